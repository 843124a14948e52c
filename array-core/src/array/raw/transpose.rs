//! The transposing copy kernel: a 2-D copy whose source runs down the
//! destination's columns, written straight into the destination's spare
//! capacity, tile by tile when the source's column would leave the cache
//! (`rules::tile`), row by row otherwise.
//!
//! Writing in place of pushing lets a tile fill its rows out of order, so
//! that both the strided reads and the writes of one tile stay in cache; the
//! whole block is bounds-checked once, from its two extreme offsets, and
//! each element is written exactly once before the length is set.

use super::View;
use crate::layout::Layout;
use crate::rules::tile::{WHOLE_ROWS, column_leaves_cache, for_each_tile_row, tile_cols};
use crate::shape::Shape;

impl<'a, T: Clone, S: Shape, L: Layout> View<'a, T, S, L> {
    /// Appends `rows * cols` clones to `out` in row-major order: element
    /// `(r, c)` of the result is the one `r + c * col_stride` elements from
    /// the view's first element.
    ///
    /// # Panics
    /// If an offset of the block lies outside the view's region (the
    /// callers pass a view's own dims and strides, so it does not).
    pub(crate) fn append_transposed(
        &self,
        rows: usize,
        cols: usize,
        col_stride: isize,
        out: &mut Vec<T>,
    ) {
        let total = rows.checked_mul(cols).expect("the block fits in memory");
        if total == 0 {
            return;
        }
        // The offsets form the set {r + c * col_stride}; its extremes are
        // at the block's corners. Both inside the region means all are, as
        // the region is one contiguous range.
        let far_col = (cols - 1) as isize * col_stride;
        let (lo, hi) = (far_col.min(0), far_col.max(0) + (rows - 1) as isize);
        let first = self.offset as isize;
        assert!(
            first + lo >= 0 && ((first + hi) as usize) < self.region_len,
            "the transposed block lies inside the view's region"
        );
        let stride_bytes = col_stride.unsigned_abs().saturating_mul(size_of::<T>());
        let tile_cols = if column_leaves_cache(cols, stride_bytes) {
            tile_cols(size_of::<T>())
        } else {
            WHOLE_ROWS
        };
        if std::mem::needs_drop::<T>() {
            // A `clone` may panic half-way through a tile, and a type with
            // drop glue must then have every clone already made dropped
            // exactly once: fill the block safely first, then overwrite.
            let fill = self.elem_a(0).expect("the block is not empty").clone();
            let start = out.len();
            out.resize(start + total, fill);
            let dst = &mut out[start..];
            for_each_tile_row(rows, cols, tile_cols, |r, c0, c1| {
                for (slot, c) in dst[r * cols + c0..r * cols + c1].iter_mut().zip(c0..c1) {
                    let x = self.elem_a(r as isize + c as isize * col_stride);
                    *slot = x.expect("inside the checked block").clone();
                }
            });
            return;
        }
        out.reserve(total);
        let start = out.len();
        let dst = &mut out.spare_capacity_mut()[..total];
        // SAFETY: `offset` is inside the region (invariant 1 of the module).
        let src = unsafe { self.region.as_ptr().add(self.offset) } as *const T;
        for_each_tile_row(rows, cols, tile_cols, |r, c0, c1| {
            for (slot, c) in dst[r * cols + c0..r * cols + c1].iter_mut().zip(c0..c1) {
                // SAFETY: `r + c * col_stride` lies in [lo, hi], which the
                // assertion above placed inside the region, a live shared
                // borrow for 'a of initialised elements.
                let x = unsafe { &*src.offset(r as isize + c as isize * col_stride) };
                slot.write(x.clone());
            }
        });
        // Should a `clone` panic first, the length is never set and the
        // clones already written are leaked, which for a type without drop
        // glue (the only kind that reaches here) loses nothing.
        // SAFETY: `for_each_tile_row` visits every (row, column) pair once, so
        // every slot of `out[start..start + total]` was written, in reserved room.
        unsafe { out.set_len(start + total) };
    }
}

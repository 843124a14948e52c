//! Mutable iteration: [`IterMut`] over the elements of a `ViewMut`, the
//! splits of a dynamic-rank `ViewMut` into disjoint parts, and
//! [`AxisIterMut`] over disjoint mutable sub-views. Each hands out several
//! mutable borrows of one buffer at once; the argument that they never
//! alias is written beside each (the parent module's invariants 2 and 3).

use super::*;
use crate::layout::item_layout;

impl<'a, T, S: Shape, L: Layout> ViewMut<'a, T, S, L> {
    /// Splits into per-element mutable references, in logical order or in
    /// memory order. The offsets are computed here from this view's own
    /// dims and strides, so they are distinct (the uniqueness invariant)
    /// and in bounds: no caller can hand in offsets that alias.
    pub(crate) fn into_elements(self, memory_order: bool) -> IterMut<'a, T, S> {
        let strides = L::strides(&self.shape, &self.stored);
        let offsets = if memory_order {
            crate::layout::offsets::Offsets::memory(&self.shape, strides)
        } else {
            crate::layout::offsets::Offsets::logical(&self.shape, strides)
        };
        IterMut {
            base: self.region.as_ptr().wrapping_add(self.offset),
            start: self.offset as isize,
            region_len: self.region_len as isize,
            offsets,
            marker: PhantomData,
        }
    }
}

/// Mutable references to every element of a [`ViewMut`], one at a time.
///
/// Made by `iter_mut` (logical, row-major order) and
/// `iter_memory_order_mut` on [`ViewMut`] and
/// [`Array`](crate::Array), and by `into_iter` on a `ViewMut`.
///
/// ```
/// use array_core::array;
/// let mut a = array![[1, 2], [3, 4]];
/// let mut t = a.t_mut(); // F layout
/// for (k, x) in t.iter_mut().enumerate() {
///     *x = k as i32; // logical order of the transpose: a[0,0], a[1,0], a[0,1], a[1,1]
/// }
/// assert_eq!(a.as_slice(), &[0, 2, 1, 3]);
/// ```
pub struct IterMut<'a, T, S: Shape> {
    base: *mut T,
    start: isize,
    region_len: isize,
    offsets: crate::layout::offsets::Offsets<S>,
    marker: PhantomData<&'a mut [T]>,
}

// SAFETY: an `IterMut` hands out `&'a mut T` to distinct elements, exactly
// like `std::slice::IterMut`, which is `Send` when `T: Send`.
unsafe impl<T: Send, S: Shape> Send for IterMut<'_, T, S> {}
// SAFETY: `&IterMut` gives no access to elements at all.
unsafe impl<T: Sync, S: Shape> Sync for IterMut<'_, T, S> {}

impl<'a, T, S: Shape> Iterator for IterMut<'a, T, S> {
    type Item = &'a mut T;

    #[inline]
    fn next(&mut self) -> Option<&'a mut T> {
        let off = self.offsets.next()?;
        let at = self.start + off;
        assert!(
            at >= 0 && at < self.region_len,
            "offset {off} outside the view's region"
        );
        // The offsets come from the view's own dims and strides
        // (`into_elements`), which reach distinct elements (invariant 2), and
        // each is yielded once.
        // SAFETY: `at` is inside the region uniquely borrowed for 'a (just
        // checked), and no two returned references alias (above).
        Some(unsafe { &mut *self.base.offset(off) })
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.offsets.size_hint()
    }
}

impl<T, S: Shape> ExactSizeIterator for IterMut<'_, T, S> {}
impl<T, S: Shape> std::iter::FusedIterator for IterMut<'_, T, S> {}

impl<'a, T> ViewMut<'a, T, DynRank, Strided> {
    /// Splits along `axis` before `index` into two mutable views.
    ///
    /// Why this is sound: this view is unique (no two multi-indices reach
    /// one element), so the images of the disjoint index sets `{i_axis <
    /// index}` and `{i_axis >= index}` are disjoint element sets, and each
    /// half, a restriction of a unique view, is unique too. The two halves
    /// may therefore both live for `'a`. This is the only way two
    /// `ViewMut`s of one buffer come to exist side by side (with
    /// [`AxisIterMut`], which repeats the argument for every item).
    ///
    /// # Panics
    /// If `axis` is not below the rank or `index` exceeds the axis length
    /// (the public callers check both and return errors first).
    pub(crate) fn split_along(self, axis: usize, index: usize) -> (Self, Self) {
        let dims = self.shape.as_slice();
        assert!(
            axis < dims.len() && index <= dims[axis],
            "split position checked by the caller"
        );
        let mut first = dims.to_vec();
        first[axis] = index;
        let mut second = dims.to_vec();
        second[axis] -= index;
        let delta = index as isize * self.stored[axis];
        let first = DynRank::new(&first);
        let second = DynRank::new(&second);
        let second_offset =
            shifted_offset(self.region_len, self.offset, delta, &second, &self.stored)
                .expect("the second half lies inside the first's region");
        let (region, region_len, offset) = (self.region, self.region_len, self.offset);
        (
            ViewMut::assemble(region, region_len, offset, first, self.stored.clone()),
            ViewMut::assemble(region, region_len, second_offset, second, self.stored),
        )
    }

    /// One mutable sub-view per index of the axes *not* in `kept` (in
    /// logical order), each over the `kept` axes: `kept = [k]` gives the
    /// lanes along axis `k`, `kept` = every axis but `k` gives the slices of
    /// `axis_iter(k)`.
    ///
    /// # Panics
    /// If `kept` is not strictly increasing or names an axis past the rank.
    pub(crate) fn into_subviews<S2: Shape, L2: Layout>(
        self,
        kept: &[usize],
    ) -> AxisIterMut<'a, T, S2, L2> {
        let dims = self.shape.as_slice();
        assert!(
            kept.windows(2).all(|w| w[0] < w[1]) && kept.iter().all(|&k| k < dims.len()),
            "kept axes checked by the caller"
        );
        let (mut outer_dims, mut outer_strides) = (Vec::new(), Vec::new());
        for (k, (&d, &s)) in dims.iter().zip(&self.stored).enumerate() {
            if !kept.contains(&k) {
                outer_dims.push(d);
                outer_strides.push(s);
            }
        }
        AxisIterMut {
            region: self.region,
            region_len: self.region_len,
            offset: self.offset,
            kept_dims: kept.iter().map(|&k| dims[k]).collect(),
            kept_strides: kept.iter().map(|&k| self.stored[k]).collect(),
            outer: crate::layout::offsets::Offsets::logical(
                &DynRank::new(&outer_dims),
                outer_strides.into(),
            ),
            marker: PhantomData,
        }
    }
}

/// The item types an iterator produces, carried without owning them.
type ItemTypes<S, L> = fn() -> (S, L);

/// Mutable sub-views of a [`ViewMut`], one at a time, in logical order:
/// the items of `outer_iter`, `axis_iter`, `rows`, `columns` and `lanes`
/// on a `ViewMut` (and of their `_mut` forms on [`Array`](crate::Array)).
///
/// The items are disjoint, so they may all be kept and written at once.
///
/// ```
/// use array_core::array;
/// let mut a = array![[1, 2, 3], [4, 5, 6]];
/// let rows: Vec<_> = a.rows_mut().collect();
/// for (k, mut row) in rows.into_iter().enumerate() {
///     row.fill(k as i32);
/// }
/// assert_eq!(a.as_slice(), &[0, 0, 0, 1, 1, 1]);
/// ```
pub struct AxisIterMut<'a, T, S: Shape, L: Layout> {
    region: NonNull<T>,
    region_len: usize,
    offset: usize,
    kept_dims: Vec<usize>,
    kept_strides: Vec<isize>,
    outer: crate::layout::offsets::Offsets<DynRank>,
    marker: PhantomData<(&'a mut [T], ItemTypes<S, L>)>,
}

// SAFETY: the iterator hands out `ViewMut`s of distinct elements, which are
// `Send` when `T: Send`, like `std::slice::ChunksMut`.
unsafe impl<T: Send, S: Shape, L: Layout> Send for AxisIterMut<'_, T, S, L> {}
// SAFETY: `&AxisIterMut` gives no access to elements.
unsafe impl<T: Sync, S: Shape, L: Layout> Sync for AxisIterMut<'_, T, S, L> {}

impl<'a, T, S: Shape, L: Layout> Iterator for AxisIterMut<'a, T, S, L> {
    type Item = ViewMut<'a, T, S, L>;

    fn next(&mut self) -> Option<ViewMut<'a, T, S, L>> {
        let delta = self.outer.next()?;
        let (shape, stored) = item_layout::<S, L>(&self.kept_dims, &self.kept_strides);
        let offset = shifted_offset(
            self.region_len,
            self.offset,
            delta,
            &shape,
            &self.kept_strides,
        )
        .expect("a sub-view lies inside its source");
        // Each item is the source restricted to one index of the other axes:
        // items are disjoint and each is unique (see `split_along`), so
        // handing out many `ViewMut<'a>` over one region is sound.
        Some(ViewMut::assemble(
            self.region,
            self.region_len,
            offset,
            shape,
            stored,
        ))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.outer.size_hint()
    }
}

impl<T, S: Shape, L: Layout> ExactSizeIterator for AxisIterMut<'_, T, S, L> {}
impl<T, S: Shape, L: Layout> std::iter::FusedIterator for AxisIterMut<'_, T, S, L> {}

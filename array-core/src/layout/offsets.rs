//! Element offsets of a layout, in logical or memory order: a pure index
//! odometer over dims and strides that every element iterator and copy
//! loop walks. No memory is touched here.

use crate::shape::Shape;
use std::iter::FusedIterator;

/// Element offsets (relative to the first element) of every multi-index,
/// visiting the axes in the order the dims and strides are given, last axis
/// fastest. A pure index odometer: no memory is touched.
#[derive(Clone, Debug)]
pub(crate) struct Offsets<S: Shape> {
    dims: S::Dims,
    strides: S::Strides,
    index: S::Dims,
    next: isize,
    remaining: usize,
}

impl<S: Shape> Offsets<S> {
    /// Logical (C) order over `shape` with `strides`.
    pub(crate) fn logical(shape: &S, strides: S::Strides) -> Self {
        Offsets::logical_dims(shape.dims(), strides)
    }

    /// Memory order: axes sorted by decreasing |stride| (ties keep logical
    /// order) and negative strides walked backwards, so a view that does not
    /// overlap itself is visited at increasing addresses.
    pub(crate) fn memory(shape: &S, strides: S::Strides) -> Self {
        let dims = shape.dims();
        if dims.as_ref().contains(&0) {
            // Nothing to visit; the strides of an empty view are unbounded.
            return Offsets::logical_dims(dims, strides);
        }
        let n = dims.as_ref().len();
        let mut perm: Vec<usize> = (0..n).collect();
        crate::rules::short_sort::sort_by_key(&mut perm, |&i| {
            std::cmp::Reverse(strides.as_ref()[i].unsigned_abs())
        });
        let mut pd = dims.clone();
        let mut ps = strides.clone();
        let mut start = 0isize;
        for (k, &i) in perm.iter().enumerate() {
            let (d, s) = (dims.as_ref()[i], strides.as_ref()[i]);
            pd.as_mut()[k] = d;
            ps.as_mut()[k] = if d <= 1 {
                // Never stepped along; its stride may be anything, even
                // `isize::MIN`, which has no negation.
                0
            } else if s < 0 {
                // Inside the hull, so `s * (d - 1)` and `-s` fit.
                start += s * (d as isize - 1);
                -s
            } else {
                s
            };
        }
        let mut it = Offsets::logical_dims(pd, ps);
        it.next = start;
        it
    }

    fn logical_dims(dims: S::Dims, strides: S::Strides) -> Self {
        let mut index = dims.clone();
        index.as_mut().fill(0);
        Offsets {
            remaining: dims.as_ref().iter().product(),
            dims,
            strides,
            index,
            next: 0,
        }
    }
}

impl<S: Shape> Iterator for Offsets<S> {
    type Item = isize;

    #[inline]
    fn next(&mut self) -> Option<isize> {
        if self.remaining == 0 {
            return None;
        }
        self.remaining -= 1;
        let out = self.next;
        if self.remaining > 0 {
            let dims = self.dims.as_ref();
            let strides = self.strides.as_ref();
            let index = self.index.as_mut();
            for k in (0..dims.len()).rev() {
                // Step only to an index that exists: a length-1 axis may
                // carry any stride (NumPy ignores it), even one whose
                // single step would overflow.
                if index[k] + 1 < dims[k] {
                    index[k] += 1;
                    self.next += strides[k];
                    break;
                }
                // Back to index 0; `stride * (dim - 1)` is inside the
                // view's hull, so it fits.
                self.next -= strides[k] * (dims[k] as isize - 1);
                index[k] = 0;
            }
        }
        Some(out)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.remaining, Some(self.remaining))
    }
}

impl<S: Shape> ExactSizeIterator for Offsets<S> {}
impl<S: Shape> FusedIterator for Offsets<S> {}

#[cfg(test)]
mod tests {
    use super::Offsets;
    use crate::DynRank;

    #[test]
    fn logical_offsets_follow_row_major_index_order() {
        let s = DynRank::new(&[2, 3]);
        let o: Vec<isize> = Offsets::logical(&s, vec![1, 2].into()).collect();
        assert_eq!(o, [0, 2, 4, 1, 3, 5]);
    }

    #[test]
    fn memory_offsets_increase_for_negative_and_permuted_strides() {
        let s = DynRank::new(&[2, 3]);
        let o: Vec<isize> = Offsets::memory(&s, vec![1, -2].into()).collect();
        assert_eq!(o, [-4, -3, -2, -1, 0, 1]);
    }

    /// Found by the `from_parts` fuzz target: a length-1 axis with a
    /// stride whose single step overflows `isize` made the odometer
    /// overflow while wrapping back.
    #[test]
    fn length_one_axes_with_extreme_strides_do_not_overflow() {
        let s = DynRank::new(&[2, 1, 2]);
        let o: Vec<isize> = Offsets::logical(&s, vec![2, isize::MAX, 1].into()).collect();
        assert_eq!(o, [0, 1, 2, 3]);
        let o: Vec<isize> = Offsets::logical(&s, vec![2, isize::MIN, 1].into()).collect();
        assert_eq!(o, [0, 1, 2, 3]);
        // Also found by it: an empty view may carry any stride at all.
        let e = DynRank::new(&[2, 0]);
        assert_eq!(Offsets::memory(&e, vec![isize::MIN, 1].into()).count(), 0);
    }

    #[test]
    fn empty_and_scalar_shapes() {
        assert_eq!(
            Offsets::logical(&DynRank::new(&[2, 0]), vec![1, 1].into()).count(),
            0
        );
        assert_eq!(
            Offsets::logical(&DynRank::new(&[]), vec![].into()).collect::<Vec<_>>(),
            [0]
        );
    }
}

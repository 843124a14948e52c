//! The element iterator of a view, by reference: [`Iter`].

use super::View;
use crate::layout::Layout;
use crate::layout::offsets::Offsets;
use crate::shape::Shape;
use std::iter::FusedIterator;

/// An iterator over the elements of a view, by reference.
///
/// Made by [`View::iter`] (logical, row-major order) or
/// [`View::iter_memory_order`].
///
/// ```
/// use array_core::array;
/// let a = array![[1, 2], [3, 4]];
/// let v: Vec<i32> = a.t().iter().copied().collect();
/// assert_eq!(v, [1, 3, 2, 4]);
/// ```
pub struct Iter<'a, T, S: Shape, L: Layout> {
    view: View<'a, T, S, L>,
    offsets: Offsets<S>,
}

impl<'a, T, S: Shape, L: Layout> Iter<'a, T, S, L> {
    pub(crate) fn new(view: View<'a, T, S, L>, offsets: Offsets<S>) -> Self {
        Iter { view, offsets }
    }
}

impl<'a, T, S: Shape, L: Layout> Iterator for Iter<'a, T, S, L> {
    type Item = &'a T;

    #[inline]
    fn next(&mut self) -> Option<&'a T> {
        let off = self.offsets.next()?;
        self.view.elem_a(off)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.offsets.size_hint()
    }
}

impl<T, S: Shape, L: Layout> ExactSizeIterator for Iter<'_, T, S, L> {}
impl<T, S: Shape, L: Layout> FusedIterator for Iter<'_, T, S, L> {}

//! Building mutable views and writing through them.

use super::ViewMut;
use super::read::impl_index;
use crate::error::LayoutError;
use crate::iter::Offsets;
use crate::layout::{Flags, Layout};
use crate::shape::Shape;

impl<'a, T, S: Shape, L: Layout> ViewMut<'a, T, S, L> {
    /// A mutable view of `buffer` with the given dims, strides and offset.
    ///
    /// Besides the checks of [`View::from_parts`](crate::View::from_parts),
    /// refuses strides that let two indices reach the same element (a zero
    /// stride on an axis longer than 1, or overlapping axes).
    ///
    /// ```
    /// use array_core::{Strided, ViewMut, shape};
    /// let mut buf = [0; 6];
    /// let mut m = ViewMut::<i32, shape![3], Strided>::from_parts(&mut buf, [3], [2], 0).unwrap();
    /// m.fill(1);
    /// assert_eq!(buf, [1, 0, 1, 0, 1, 0]);
    /// let mut buf = [0; 6];
    /// assert!(ViewMut::<i32, shape![3], Strided>::from_parts(&mut buf, [3], [0], 0).is_err());
    /// ```
    pub fn from_parts(
        buffer: &'a mut [T],
        dims: impl AsRef<[usize]>,
        strides: impl AsRef<[isize]>,
        offset: usize,
    ) -> Result<Self, LayoutError> {
        let (shape, stored, offset) =
            super::view::user_parts::<S, L>(dims.as_ref(), strides.as_ref(), offset, buffer.len())?;
        ViewMut::new_checked(buffer, shape, stored, offset)
    }

    /// The length of every axis.
    ///
    /// ```
    /// use array_core::array;
    /// assert_eq!(array![[1, 2]].view_mut().dims(), [1, 2]);
    /// ```
    pub fn dims(&self) -> S::Dims {
        self.shape().dims()
    }

    /// The signed stride of every axis, in elements.
    ///
    /// ```
    /// use array_core::array;
    /// assert_eq!(array![[1, 2]].view_mut().strides(), [2, 1]);
    /// ```
    pub fn strides(&self) -> S::Strides {
        L::strides(self.shape(), self.stored())
    }

    /// The number of elements.
    ///
    /// ```
    /// use array_core::array;
    /// assert_eq!(array![[1, 2]].view_mut().len(), 2);
    /// ```
    pub fn len(&self) -> usize {
        self.shape().size()
    }

    /// True when there are no elements.
    ///
    /// ```
    /// use array_core::{Array, shape};
    /// assert!(Array::<u8, shape![0]>::zeros_static().view_mut().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// NumPy's flags: contiguity from the strides, `writeable` true,
    /// `owns_data` false.
    ///
    /// ```
    /// use array_core::array;
    /// let mut a = array![1, 2];
    /// assert!(a.view_mut().flags().writeable);
    /// ```
    pub fn flags(&self) -> Flags {
        Flags {
            writeable: true,
            ..self.view().flags()
        }
    }

    /// The element at a multi-index, mutably, or `None` when out of bounds.
    ///
    /// ```
    /// use array_core::array;
    /// let mut a = array![[1, 2], [3, 4]];
    /// let mut m = a.view_mut();
    /// *m.get_mut([1, 1]).unwrap() = 0;
    /// assert!(m.get_mut([2, 0]).is_none());
    /// ```
    pub fn get_mut<I: AsRef<[usize]>>(&mut self, index: I) -> Option<&mut T> {
        let off = self.view().offset_of(index.as_ref())?;
        self.elem_mut(off)
    }

    /// Sets every element to `value`.
    ///
    /// ```
    /// use array_core::array;
    /// let mut a = array![[1, 2], [3, 4]];
    /// a.view_mut().fill(0);
    /// assert_eq!(a.as_slice(), &[0; 4]);
    /// ```
    pub fn fill(&mut self, value: T)
    where
        T: Clone,
    {
        let offsets = Offsets::memory(self.shape(), self.strides());
        self.for_each_at(offsets, |x| *x = value.clone());
    }

    /// Every element, mutably, in logical (row-major index) order.
    ///
    /// ```
    /// use array_core::array;
    /// let mut a = array![[1, 2], [3, 4]];
    /// for (k, x) in a.t_mut().into_iter_mut().enumerate() {
    ///     *x = k as i32;
    /// }
    /// assert_eq!(a.as_slice(), &[0, 2, 1, 3]);
    /// ```
    pub fn into_iter_mut(self) -> impl Iterator<Item = &'a mut T> {
        let offsets = Offsets::logical(self.shape(), self.strides());
        self.into_elems(offsets)
    }

    /// Every element, mutably, in memory order (the fastest order).
    ///
    /// ```
    /// use array_core::array;
    /// let mut a = array![[1, 2], [3, 4]];
    /// a.t_mut().into_iter_memory_order_mut().for_each(|x| *x += 1);
    /// assert_eq!(a.as_slice(), &[2, 3, 4, 5]);
    /// ```
    pub fn into_iter_memory_order_mut(self) -> impl Iterator<Item = &'a mut T> {
        let offsets = Offsets::memory(self.shape(), self.strides());
        self.into_elems(offsets)
    }

    #[inline(always)]
    pub(crate) fn elem_ref(&self, off: isize) -> &T {
        self.elem(off).expect("offset checked against the shape")
    }
}

impl_index!(ViewMut<'a>);

impl<T, S: Shape, L: Layout, I> std::ops::IndexMut<I> for ViewMut<'_, T, S, L>
where
    S: crate::shape::FixedRank,
    I: crate::shape::MultiIndex<S>,
{
    #[track_caller]
    fn index_mut(&mut self, index: I) -> &mut T {
        let dims = self.dims();
        match self.get_mut(index.as_ref()) {
            Some(x) => x,
            None => panic!(
                "index {:?} is out of bounds for array of shape {}",
                index.as_ref(),
                crate::error::ShapeText(dims.as_ref())
            ),
        }
    }
}

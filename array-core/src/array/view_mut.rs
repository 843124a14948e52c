//! Building mutable views and writing through them.

use super::ViewMut;
use super::raw::IterMut;
use super::read::{forward_reads, impl_index};
use crate::array::Array;
use crate::error::LayoutError;
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
        let (shape, stored, offset) = super::view::user_parts::<T, S, L>(
            dims.as_ref(),
            strides.as_ref(),
            offset,
            buffer.len(),
        )?;
        ViewMut::new_checked(buffer, shape, stored, offset)
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

    #[inline(always)]
    pub(crate) fn elem_ref(&self, off: isize) -> &T {
        self.elem(off).expect("offset checked against the shape")
    }
}

impl_index!(ViewMut<'a>, mut);
forward_reads!(
    ViewMut<'a>,
    "let mut a = array![[1, 2, 3], [4, 5, 6]];\nlet x = a.view_mut();",
    "let mut b = array![[1.0, 2.0], [3.0, 6.0]];\nlet y = b.view_mut();",
    strides
);

impl<'a, T, S: Shape, L: Layout> IntoIterator for ViewMut<'a, T, S, L> {
    type Item = &'a mut T;
    type IntoIter = IterMut<'a, T, S>;

    /// Every element, mutably, for the whole lifetime of the view, in
    /// logical order.
    ///
    /// ```
    /// use array_core::array;
    /// let mut a = array![[1, 2], [3, 4]];
    /// for x in a.t_mut() {
    ///     *x *= 10;
    /// }
    /// assert_eq!(a.as_slice(), &[10, 20, 30, 40]);
    /// ```
    fn into_iter(self) -> IterMut<'a, T, S> {
        self.into_elements(false)
    }
}

impl<'s, 'a, T, S: Shape, L: Layout> IntoIterator for &'s mut ViewMut<'a, T, S, L> {
    type Item = &'s mut T;
    type IntoIter = IterMut<'s, T, S>;

    /// [`ViewMut::iter_mut`].
    ///
    /// ```
    /// use array_core::array;
    /// let mut a = array![1, 2];
    /// let mut m = a.view_mut();
    /// for x in &mut m {
    ///     *x += 1;
    /// }
    /// assert_eq!(a.as_slice(), &[2, 3]);
    /// ```
    fn into_iter(self) -> IterMut<'s, T, S> {
        self.iter_mut()
    }
}

/// Gives a writable kind (`Array`, `ViewMut`) its element-wise mutable
/// iteration, through a mutable view borrowed with `$borrow`. `$setup` is
/// doc-example code that binds `x` to the 2x2 array `[[1, 2], [3, 4]]` of
/// that kind, with its buffer `a`.
macro_rules! element_writes {
    ($Ty:ident $(<$lt:lifetime>)?, $borrow:ident, $setup:literal) => {
        impl<$($lt,)? T, S: Shape, L: Layout> $Ty<$($lt,)? T, S, L> {
            /// Every element, mutably, in logical (row-major index) order:
            /// the same order as `iter`, whatever the layout, so zipping the
            /// two pairs the right elements.
            ///
            #[doc = concat!("```\nuse array_core::array;\n", $setup, "\nfor (k, v) in x.iter_mut().enumerate() {\n    *v += 10 * k as i32;\n}\nassert_eq!(a.as_slice(), &[1, 12, 23, 34]);\n```")]
            pub fn iter_mut(&mut self) -> IterMut<'_, T, S> {
                self.$borrow().into_elements(false)
            }

            /// Every element, mutably, in the order it sits in memory: the
            /// fastest order when the order does not matter.
            ///
            #[doc = concat!("```\nuse array_core::array;\n", $setup, "\nx.iter_memory_order_mut().for_each(|v| *v += 1);\nassert_eq!(a.as_slice(), &[2, 3, 4, 5]);\n```")]
            pub fn iter_memory_order_mut(&mut self) -> IterMut<'_, T, S> {
                self.$borrow().into_elements(true)
            }

            /// Calls `f` on every element, mutably, in logical order
            /// (ndarray's `map_inplace`).
            ///
            #[doc = concat!("```\nuse array_core::array;\n", $setup, "\nx.map_inplace(|v| *v *= *v);\nassert_eq!(a.as_slice(), &[1, 4, 9, 16]);\n```")]
            #[doc(alias = "for_each_mut")]
            pub fn map_inplace(&mut self, f: impl FnMut(&mut T)) {
                self.iter_mut().for_each(f)
            }
        }
    };
}

element_writes!(
    Array,
    view_mut,
    "let mut a = array![[1, 2], [3, 4]];\nlet x = &mut a;"
);
element_writes!(
    ViewMut<'a>,
    reborrow,
    "let mut a = array![[1, 2], [3, 4]];\nlet mut x = a.view_mut();"
);

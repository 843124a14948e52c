//! Copying values in: `assign` from a broadcastable source (NumPy's
//! `np.copyto(dst, src)` and `dst[...] = src`) and `fill` on owned arrays.

use super::kernel::{write_0, write_1};
use super::operand::{Operand, assign_source};
use super::plan::Traversal;
use crate::array::{Array, ViewMut};
use crate::broadcast::BroadcastError;
use crate::layout::Layout;
use crate::shape::Shape;

/// Copies `src` into `dst` after stretching it to `dst`'s dims.
fn assign_into<'b, T: Clone + 'b, S: Shape, L: Layout, R: Operand<'b, Elem = T>>(
    mut dst: ViewMut<'_, T, S, L>,
    src: R,
) -> Result<(), BroadcastError> {
    let dims = dst.dims();
    let src = assign_source(src.operand_view(), dims.as_ref())?;
    write_1(Traversal::Tiled, &mut dst, &src, |d, s| d.clone_from(s));
    Ok(())
}

impl<T, S: Shape, L: Layout> Array<T, S, L> {
    /// Copies the values of `src` (any [`Operand`](crate::Operand): `&Array`,
    /// `&View`, `View`, ...) into this array, broadcasting `src` to its shape.
    ///
    /// As NumPy's `copyto`, leading length-1 axes of `src` beyond this
    /// array's rank are allowed: a `(1, 3)` source fills a `(3,)` array.
    ///
    /// # Panics
    /// When `src` does not broadcast, with NumPy's message; see
    /// [`Array::try_assign`].
    ///
    /// ```
    /// use array_core::array;
    /// let mut a = array![[0, 0, 0], [0, 0, 0]];
    /// a.assign(&array![1, 2, 3]);
    /// assert_eq!(a.as_slice(), &[1, 2, 3, 1, 2, 3]);
    /// let b = array![[7, 8], [9, 10], [11, 12]];
    /// a.assign(b.t()); // a transposed view
    /// assert_eq!(a.as_slice(), &[7, 9, 11, 8, 10, 12]);
    /// ```
    #[track_caller]
    pub fn assign<'b, R: Operand<'b, Elem = T>>(&mut self, src: R)
    where
        T: Clone + 'b,
    {
        self.view_mut().assign(src)
    }

    /// Like [`Array::assign`], with the broadcast error returned (and no
    /// element changed).
    ///
    /// ```
    /// use array_core::array;
    /// let mut a = array![[0, 0, 0], [0, 0, 0]];
    /// let e = a.try_assign(&array![1, 2, 3, 4]).unwrap_err();
    /// assert_eq!(e.to_string(), "could not broadcast input array from shape (4,) into shape (2,3)");
    /// assert_eq!(a.as_slice(), &[0; 6]);
    /// ```
    pub fn try_assign<'b, R: Operand<'b, Elem = T>>(&mut self, src: R) -> Result<(), BroadcastError>
    where
        T: Clone + 'b,
    {
        self.view_mut().try_assign(src)
    }

    /// Sets every element to `value`.
    ///
    /// ```
    /// use array_core::array;
    /// let mut a = array![[1, 2], [3, 4]];
    /// a.fill(7);
    /// assert_eq!(a.as_slice(), &[7; 4]);
    /// ```
    pub fn fill(&mut self, value: T)
    where
        T: Clone,
    {
        self.view_mut().fill(value)
    }
}

impl<T, S: Shape, L: Layout> ViewMut<'_, T, S, L> {
    /// Copies the values of `src` into this view, broadcasting `src` to its
    /// shape (NumPy's `view[...] = src`).
    ///
    /// # Panics
    /// When `src` does not broadcast, with NumPy's message; see
    /// [`ViewMut::try_assign`].
    ///
    /// ```
    /// use array_core::array;
    /// let mut a = array![[0, 0], [0, 0]];
    /// a.t_mut().assign(&array![[1, 2], [3, 4]]);
    /// assert_eq!(a.as_slice(), &[1, 3, 2, 4]);
    /// ```
    #[track_caller]
    pub fn assign<'b, R: Operand<'b, Elem = T>>(&mut self, src: R)
    where
        T: Clone + 'b,
    {
        if let Err(e) = self.try_assign(src) {
            panic!("{e}")
        }
    }

    /// Like [`ViewMut::assign`], with the broadcast error returned (and no
    /// element changed).
    ///
    /// ```
    /// use array_core::array;
    /// let mut a = array![1, 2, 3];
    /// let e = a.view_mut().try_assign(&array![[1, 2, 3], [4, 5, 6]]).unwrap_err();
    /// assert_eq!(e.to_string(), "could not broadcast input array from shape (2,3) into shape (3,)");
    /// ```
    pub fn try_assign<'b, R: Operand<'b, Elem = T>>(&mut self, src: R) -> Result<(), BroadcastError>
    where
        T: Clone + 'b,
    {
        assign_into(self.reborrow(), src)
    }

    /// Sets every element to `value` (one kernel with [`Array::fill`]:
    /// contiguous runs are filled as slices).
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
        write_0(Traversal::Memory, self, |x| x.clone_from(&value));
    }
}

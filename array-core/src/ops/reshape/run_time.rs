//! Reshapes to run-time dims (`try_reshape` in C order, `try_reshape_f`
//! in F order): one negative entry is inferred, the element count is
//! checked, and the result is a view in the layout's own order or a
//! `CowArray` (NumPy's nocopy rule) in the other.

use super::contiguous_target;
use crate::array::{Array, CowArray, View, ViewMut};
use crate::error::{ReshapeError, ShapeError};
use crate::layout::{C, F, Layout, NotProvenC, NotProvenF, Order, ProvenC, ProvenF, Strided};
use crate::ops::CopyPolicy;
use crate::shape::Shape;

/// A reshape in `order` that may copy, with its errors narrowed to shape
/// errors (C and F orders with copies allowed cannot fail otherwise).
#[track_caller]
fn may_copy<'a, T: Clone, S: Shape, L: Layout, S2: Shape>(
    v: View<'a, T, S, L>,
    target: &[isize],
    order: Order,
) -> Result<CowArray<'a, T, S2, Strided>, ShapeError> {
    match v.reshape_with(target, order, CopyPolicy::IfNeeded) {
        Ok(r) => Ok(r),
        Err(ReshapeError::Shape(e)) => Err(e),
        Err(e) => unreachable!("order C or F with copies allowed cannot fail with {e}"),
    }
}

/// One order's run-time reshapes on every kind: `$name` in `$order`, a view
/// when the layout `$L` proves that order (or, on a `ViewMut`, must prove
/// it), else a `CowArray`. The invocation gives the C-order docs, then the
/// F-order ones, each as: proven view, other view, mutable view, proven
/// array, other array.
macro_rules! run_time_reshapes {
    ($($name:ident, $order:expr, $L:ident, $NotProven:ident, $Proven:ident:
       {$(#[$view:meta])*} {$(#[$view_cow:meta])*} {$(#[$view_mut:meta])*}
       {$(#[$array:meta])*} {$(#[$array_cow:meta])*})*) => {$(
        impl<'a, T, S: Shape> View<'a, T, S, $L> {
            $(#[$view])*
            #[inline]
            pub fn $name<S2: Shape>(self, target: impl AsRef<[isize]>) -> Result<View<'a, T, S2, $L>, ShapeError> {
                let shape = contiguous_target::<S2>(self.len(), target.as_ref())?;
                Ok(self.recast(shape))
            }
        }

        impl<'a, T: Clone, S: Shape, L: $NotProven> View<'a, T, S, L> {
            $(#[$view_cow])*
            #[track_caller]
            pub fn $name<S2: Shape>(self, target: impl AsRef<[isize]>) -> Result<CowArray<'a, T, S2, Strided>, ShapeError> {
                may_copy(self, target.as_ref(), $order)
            }
        }

        impl<'a, T, S: Shape, L: Layout> ViewMut<'a, T, S, L> {
            $(#[$view_mut])*
            pub fn $name<S2: Shape>(self, target: impl AsRef<[isize]>) -> Result<ViewMut<'a, T, S2, $L>, ShapeError>
            where
                L: $Proven,
            {
                let shape = contiguous_target::<S2>(self.len(), target.as_ref())?;
                Ok(self.recast(shape))
            }
        }

        impl<T, S: Shape> Array<T, S, $L> {
            $(#[$array])*
            pub fn $name<S2: Shape>(&self, target: impl AsRef<[isize]>) -> Result<View<'_, T, S2, $L>, ShapeError> {
                self.view().$name(target)
            }
        }

        impl<T: Clone, S: Shape, L: $NotProven> Array<T, S, L> {
            $(#[$array_cow])*
            #[track_caller]
            pub fn $name<S2: Shape>(&self, target: impl AsRef<[isize]>) -> Result<CowArray<'_, T, S2, Strided>, ShapeError> {
                self.view().$name(target)
            }
        }
    )*};
}

run_time_reshapes! {
    try_reshape, Order::C, C, NotProvenC, ProvenC:
    {
        /// Reshapes in C order to run-time dims (one negative entry is
        /// inferred): a view, after a check of the element count only.
        ///
        /// ```
        /// use array_core::{array, DynRank, shape};
        /// let a = array![[1, 2, 3], [4, 5, 6]];
        /// let r = a.view().try_reshape::<shape![_, 2]>(&[-1, 2]).unwrap();
        /// assert_eq!(r.dims(), [3, 2]);
        /// let e = a.view().try_reshape::<DynRank>(&[4, 2]).unwrap_err();
        /// assert_eq!(e.to_string(), "cannot reshape array of size 6 into shape (4,2)");
        /// ```
        #[doc(alias = "to_shape")]
    }
    {
        /// Reshapes in C order to run-time dims (one negative entry is
        /// inferred): a view when NumPy's nocopy rule allows, else a copy.
        ///
        /// ```
        /// use array_core::{array, DynRank};
        /// let a = array![[1, 2, 3], [4, 5, 6]];
        /// assert!(a.t().try_reshape::<DynRank>(&[6]).unwrap().is_copy());
        /// let e = a.t().try_reshape::<DynRank>(&[5]).unwrap_err();
        /// assert_eq!(e.to_string(), "cannot reshape array of size 6 into shape (5,)");
        /// ```
        #[doc(alias = "to_shape")]
    }
    {
        /// Reshapes a mutable view in C order to run-time dims: a mutable view
        /// of the same elements, after a check of the element count only.
        ///
        /// ```
        /// use array_core::{array, DynRank};
        /// let mut a = array![[1, 2, 3], [4, 5, 6]];
        /// let mut r = a.view_mut().try_reshape::<DynRank>(&[6]).unwrap();
        /// r[[5]] = 60;
        /// assert_eq!(a[[1, 2]], 60);
        /// ```
    }
    {
        /// [`View::try_reshape`] of the whole array: a view after a count check.
        ///
        /// ```
        /// use array_core::{array, DynRank};
        /// let a = array![[1, 2], [3, 4]];
        /// assert_eq!(a.try_reshape::<DynRank>(&[-1]).unwrap().as_slice(), &[1, 2, 3, 4]);
        /// ```
    }
    {
        /// [`View::try_reshape`] (C order) of the whole array: may copy.
        ///
        /// ```
        /// use array_core::{Array, DynRank, F, shape};
        /// let a = Array::<i32, shape![2, 2], F>::from_shape_vec([2, 2], vec![1, 3, 2, 4]).unwrap();
        /// assert!(a.try_reshape::<DynRank>(&[4]).unwrap().is_copy());
        /// ```
    }
    try_reshape_f, Order::F, F, NotProvenF, ProvenF:
    {
        /// Reshapes in F order to run-time dims: a view after a count check.
        ///
        /// ```
        /// use array_core::{array, DynRank};
        /// let a = array![[1, 2, 3], [4, 5, 6]];
        /// let r = a.t().try_reshape_f::<DynRank>(&[2, -1]).unwrap();
        /// assert_eq!(r.to_vec(), [1, 3, 5, 2, 4, 6]);
        /// ```
    }
    {
        /// Reshapes in F order to run-time dims: a view when NumPy's nocopy
        /// rule allows, else a copy.
        ///
        /// ```
        /// use array_core::{array, DynRank};
        /// let a = array![[1, 2, 3], [4, 5, 6]];
        /// let r = a.view().try_reshape_f::<DynRank>(&[3, 2]).unwrap();
        /// assert!(r.is_copy());
        /// assert_eq!(r.view().to_vec(), [1, 5, 4, 3, 2, 6]);
        /// ```
    }
    {
        /// Reshapes a mutable view in F order to run-time dims: a mutable view
        /// of the same elements, after a check of the element count only.
        ///
        /// ```
        /// use array_core::{array, DynRank};
        /// let mut a = array![[1, 2, 3], [4, 5, 6]];
        /// let mut r = a.t_mut().try_reshape_f::<DynRank>(&[6]).unwrap();
        /// r[[1]] = 20;
        /// assert_eq!(a[[0, 1]], 20);
        /// ```
    }
    {
        /// [`View::try_reshape_f`] of the whole array: a view after a count check.
        ///
        /// ```
        /// use array_core::{Array, DynRank, F, shape};
        /// let a = Array::<i32, shape![2, 2], F>::from_shape_vec([2, 2], vec![1, 3, 2, 4]).unwrap();
        /// assert_eq!(a.try_reshape_f::<DynRank>(&[4]).unwrap().as_slice(), &[1, 3, 2, 4]);
        /// ```
    }
    {
        /// [`View::try_reshape_f`] (F order) of the whole array: may copy.
        ///
        /// ```
        /// use array_core::{array, DynRank};
        /// let a = array![[1, 2], [3, 4]];
        /// assert!(a.try_reshape_f::<DynRank>(&[4]).unwrap().is_copy());
        /// ```
    }
}

//! reshape: a view with no check when the type proves contiguity and the
//! counts match statically; NumPy's nocopy rule at run time otherwise.
//!
//! The family, by what is known when (each on `View`; the ones that never
//! copy on `ViewMut` too, mutability coming from the receiver; `Array`
//! borrows as a view):
//!
//! | | C order | F order | order as an argument |
//! |---|---|---|---|
//! | static target | `reshape::<S2>()` | `reshape_f::<S2>()` | - |
//! | run-time target | `try_reshape(dims)` | `try_reshape_f(dims)` | `reshape_with(dims, order, copy)` |
//! | must not copy | - | - | `try_reshape_view(dims, order)` |
//! | owned, no copy | `into_reshape::<S2>()` | `into_reshape_f::<S2>()` | - |
//!
//! In the layout's own order (`C` for `reshape`, `F` for `reshape_f`) the
//! result is a view, by type; in the other order it is a `CowArray`, since
//! only the run-time strides decide (NumPy's nocopy rule).

mod run_time;
mod static_shape;

use super::target_error;
use crate::array::{Array, CowArray, View, ViewMut};
use crate::audit::{self, CopyOp};
use crate::copy;
use crate::error::{ReshapeError, ShapeError};
use crate::layout::{Layout, Order, Strided};
use crate::rules::reshape::{ReshapePlan, plan_reshape, resolve_target};
use crate::shape::Shape;

/// NumPy's `copy=` argument of `reshape`.
///
/// ```
/// use array_core::{array, CopyPolicy, Order, DynRank};
/// let a = array![[1, 2], [3, 4]];
/// let r = a.t().reshape_with::<DynRank>(&[4], Order::C, CopyPolicy::Never);
/// assert!(r.is_err()); // C order of an F array needs a copy
/// ```
#[derive(Copy, Clone, Debug, PartialEq, Eq, Default)]
pub enum CopyPolicy {
    /// `copy=None`: a view when the strides allow it, else a copy.
    #[default]
    IfNeeded,
    /// `copy=False`: a view or [`ReshapeError::NeedsCopy`].
    Never,
    /// `copy=True`: always a fresh copy.
    Always,
}

impl<'a, T, S: Shape, L: Layout> View<'a, T, S, L> {
    /// NumPy's `reshape(target, order, copy)`, exactly (ndarray's
    /// `to_shape`): any negative entry of
    /// `target` is inferred, orders `C`, `F`, `A` (`K` is an error, as in
    /// NumPy), and the view-or-copy decision of NumPy's nocopy algorithm.
    ///
    /// The other reshapes are shorthands for this one with the decision
    /// moved into the type where the layout allows it.
    ///
    /// ```
    /// use array_core::{Array, CopyPolicy, DynRank, Order};
    /// let a = Array::<i64, DynRank>::from_fn(DynRank::new(&[4, 6]), |ix| (6 * ix[0] + ix[1]) as i64);
    /// // The transpose is F-ordered: flattening it in C order needs a copy,
    /// // in F order it does not.
    /// let cols = a.view().permuted_axes(&[1, 0]).unwrap();
    /// let r = cols.clone().reshape_with::<DynRank>(&[-1], Order::C, CopyPolicy::IfNeeded).unwrap();
    /// assert!(r.is_copy());
    /// let r = cols.reshape_with::<DynRank>(&[-1], Order::F, CopyPolicy::IfNeeded).unwrap();
    /// assert!(r.is_view());
    /// ```
    #[doc(alias = "to_shape")]
    #[track_caller]
    pub fn reshape_with<S2: Shape>(
        self,
        target: impl AsRef<[isize]>,
        order: Order,
        copy: CopyPolicy,
    ) -> Result<CowArray<'a, T, S2, Strided>, ReshapeError>
    where
        T: Clone,
    {
        let target = target.as_ref();
        let order = reshape_order(order)?;
        let dims = self.dims();
        let strides = self.strides();
        let (dims, strides) = (dims.as_ref(), strides.as_ref());
        let size = self.len();
        if copy == CopyPolicy::Always {
            let resolved =
                resolve_target(size, target).map_err(|e| target_error(e, size, target))?;
            let (c, f) = self.contiguity();
            let mem = order.resolve(c, f);
            return Ok(CowArray::Owned(copy_reshaped(&self, &resolved, mem)?));
        }
        let plan = plan(dims, strides, size, target, order)?;
        match plan {
            ReshapePlan::View { dims, strides } => {
                let shape = S2::from_dims(&dims)?;
                let stored = shape.strides_from(&strides);
                let v = self
                    .relayout::<S2, Strided>(shape, stored, 0)
                    .expect("a nocopy reshape addresses the same elements");
                Ok(CowArray::View(v))
            }
            ReshapePlan::Copy { .. } if copy == CopyPolicy::Never => Err(ReshapeError::NeedsCopy),
            ReshapePlan::Copy { dims, order } => {
                Ok(CowArray::Owned(copy_reshaped(&self, &dims, order)?))
            }
        }
    }
}

/// The layout of a reshape that must not copy, or `NeedsCopy`.
fn nocopy_layout<S2: Shape>(
    dims: &impl AsRef<[usize]>,
    strides: &impl AsRef<[isize]>,
    target: impl AsRef<[isize]>,
    order: Order,
) -> Result<(S2, S2::Strides), ReshapeError> {
    let (dims, strides) = (dims.as_ref(), strides.as_ref());
    let size = dims.iter().product();
    match plan(dims, strides, size, target.as_ref(), reshape_order(order)?)? {
        ReshapePlan::View { dims, strides } => {
            let shape = S2::from_dims(&dims)?;
            let stored = shape.strides_from(&strides);
            Ok((shape, stored))
        }
        ReshapePlan::Copy { .. } => Err(ReshapeError::NeedsCopy),
    }
}

/// NumPy's reshape orders: `K` is refused ("order 'K' is not permitted").
fn reshape_order(order: Order) -> Result<Order, ReshapeError> {
    match order {
        Order::K => Err(ReshapeError::OrderK),
        other => Ok(other),
    }
}

/// NumPy's view-or-copy decision, with target errors in public form.
fn plan(
    dims: &[usize],
    strides: &[isize],
    size: usize,
    target: &[isize],
    order: Order,
) -> Result<ReshapePlan, ReshapeError> {
    Ok(plan_reshape(dims, strides, target, order).map_err(|e| target_error(e, size, target))?)
}

/// Copies `v` in `order` and gives the copy the target dims with canonical
/// strides for that order.
#[track_caller]
fn copy_reshaped<T: Clone, S: Shape, L: Layout, S2: Shape>(
    v: &View<'_, T, S, L>,
    dims: &[usize],
    order: Order,
) -> Result<Array<T, S2, Strided>, ShapeError> {
    let shape = S2::from_dims(dims)?;
    audit::note::<T>(CopyOp::Reshape, v.len(), L::NAME, Strided::NAME);
    let data = copy::gather(v, &copy::order_axes(v.ndim(), order));
    let mut strides = shape.zero_strides();
    crate::rules::flags::contiguous_strides_into(dims, strides.as_mut(), order);
    Ok(Array::from_parts_unchecked(data, shape, strides))
}

/// Resolves a run-time target against a contiguous view (count check only).
#[inline]
fn contiguous_target<S2: Shape>(size: usize, target: &[isize]) -> Result<S2, ShapeError> {
    let dims = resolve_target(size, target).map_err(|e| target_error(e, size, target))?;
    S2::from_dims_owned(dims)
}

/// `try_reshape_view` on both view kinds, one text; the invocation gives
/// the docs for `View`, then for `ViewMut`.
macro_rules! nocopy_reshape {
    ({ $(#[$v:meta])* } { $(#[$m:meta])* }) => {
        nocopy_reshape!(@kind View; $(#[$v])*);
        nocopy_reshape!(@kind ViewMut; $(#[$m])*);
    };
    (@kind $Ty:ident; $(#[$doc:meta])*) => {
        impl<'a, T, S: Shape, L: Layout> $Ty<'a, T, S, L> {
            $(#[$doc])*
            pub fn try_reshape_view<S2: Shape>(
                self,
                target: impl AsRef<[isize]>,
                order: Order,
            ) -> Result<$Ty<'a, T, S2, Strided>, ReshapeError> {
                let (shape, stored) =
                    nocopy_layout::<S2>(&self.dims(), &self.strides(), target, order)?;
                // The nocopy plan maps the new indices one-to-one onto the
                // same elements, so a mutable view stays free of self-overlap.
                Ok(self
                    .relayout::<S2, Strided>(shape, stored, 0)
                    .expect("a nocopy reshape addresses the same elements"))
            }
        }
    };
}

nocopy_reshape! {
    {
        /// A reshape that must not copy (NumPy's `reshape(target, order,
        /// copy=False)`, ndarray's `into_shape_with_order`): a strided view of
        /// the same elements, or [`ReshapeError::NeedsCopy`] when the strides
        /// forbid one. Orders `C`, `F`, `A`; one negative entry is inferred.
        ///
        /// ```
        /// use array_core::{Array, DynRank, Order, shape};
        /// let a = Array::<i32, shape![2, 3]>::zeros_static();
        /// assert!(a.view().try_reshape_view::<DynRank>(&[3, 2], Order::C).is_ok());
        /// // The transpose is F-ordered: a C-order flatten needs a copy ...
        /// let e = a.t().try_reshape_view::<DynRank>(&[6], Order::C).unwrap_err();
        /// assert_eq!(e.to_string(), "Unable to avoid creating a copy while reshaping.");
        /// // ... an F-order one does not.
        /// assert!(a.t().try_reshape_view::<DynRank>(&[6], Order::F).is_ok());
        /// ```
        #[doc(alias = "into_shape_with_order")]
    } {
        /// A reshape of a mutable view that must not copy (NumPy's
        /// `copy=False` on a writeable array): a mutable strided view of the
        /// same elements, or [`ReshapeError::NeedsCopy`]. Orders `C`, `F`, `A`
        /// as in [`View::reshape_with`].
        ///
        /// ```
        /// use array_core::{array, DynRank, Order};
        /// let mut a = array![[1, 2, 3], [4, 5, 6]];
        /// let mut r = a.view_mut().try_reshape_view::<DynRank>(&[3, 2], Order::C).unwrap();
        /// r[[2, 1]] = 60;
        /// assert_eq!(a[[1, 2]], 60);
        /// let e = a.t_mut().try_reshape_view::<DynRank>(&[6], Order::C).unwrap_err();
        /// assert_eq!(e.to_string(), "Unable to avoid creating a copy while reshaping.");
        /// ```
        #[doc(alias = "into_shape_with_order")]
    }
}

//! reshape: a view with no check when the type proves contiguity and the
//! counts match statically; NumPy's nocopy rule at run time otherwise.

use super::target_error;
use crate::array::{Array, CowArray, View, ViewMut};
use crate::copy;
use crate::error::{ReshapeError, ShapeError};
use crate::layout::{C, Contiguous, F, Layout, Order, Strided};
use crate::rules::MemOrder;
use crate::rules::reshape::{ReshapeOrder, ReshapePlan, plan_reshape, resolve_target};
use crate::shape::{SameElementCount, Shape, StaticShape};

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
    /// NumPy's `reshape(target, order, copy)`, exactly: any negative entry of
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
            let mem = match order {
                ReshapeOrder::F => MemOrder::F,
                ReshapeOrder::A if crate::rules::flags::is_fortran(dims, strides) => MemOrder::F,
                _ => MemOrder::C,
            };
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

    /// A reshape that must not copy (NumPy `copy=False`): a strided view, or
    /// [`ReshapeError::NeedsCopy`] when the strides forbid one.
    ///
    /// ```
    /// use array_core::{Array, DynRank, shape};
    /// let a = Array::<i32, shape![2, 3]>::zeros_static();
    /// assert!(a.view().try_reshape_view::<DynRank>(&[3, 2]).is_ok());
    /// let e = a.t().try_reshape_view::<DynRank>(&[6]).unwrap_err();
    /// assert_eq!(e.to_string(), "Unable to avoid creating a copy while reshaping.");
    /// ```
    pub fn try_reshape_view<S2: Shape>(
        self,
        target: impl AsRef<[isize]>,
    ) -> Result<View<'a, T, S2, Strided>, ReshapeError>
    where
        T: Clone,
    {
        match self.reshape_with(target, Order::C, CopyPolicy::Never)? {
            CowArray::View(v) => Ok(v),
            CowArray::Owned(_) => unreachable!("CopyPolicy::Never never copies"),
        }
    }
}

/// NumPy's reshape orders: `K` is refused ("order 'K' is not permitted").
fn reshape_order(order: Order) -> Result<ReshapeOrder, ReshapeError> {
    match order {
        Order::C => Ok(ReshapeOrder::C),
        Order::F => Ok(ReshapeOrder::F),
        Order::A => Ok(ReshapeOrder::A),
        Order::K => Err(ReshapeError::OrderK),
    }
}

/// NumPy's view-or-copy decision, with target errors in public form.
fn plan(
    dims: &[usize],
    strides: &[isize],
    size: usize,
    target: &[isize],
    order: ReshapeOrder,
) -> Result<ReshapePlan, ReshapeError> {
    Ok(plan_reshape(dims, strides, target, order).map_err(|e| target_error(e, size, target))?)
}

/// Copies `v` in `order` and gives the copy the target dims with canonical
/// strides for that order.
fn copy_reshaped<T: Clone, S: Shape, L: Layout, S2: Shape>(
    v: &View<'_, T, S, L>,
    dims: &[usize],
    order: MemOrder,
) -> Result<Array<T, S2, Strided>, ShapeError> {
    let shape = S2::from_dims(dims)?;
    let fortran = order == MemOrder::F;
    let data = copy::gather(
        v,
        &copy::order_axes(v.ndim(), if fortran { Order::F } else { Order::C }),
    );
    let mut strides = shape.zero_strides();
    crate::layout::contiguous_strides_into(dims, strides.as_mut(), fortran);
    Ok(Array::from_parts_unchecked(data, shape, strides))
}

/// Resolves a run-time target against a contiguous view (count check only).
fn contiguous_target<S2: Shape>(size: usize, target: &[isize]) -> Result<S2, ShapeError> {
    let dims = resolve_target(size, target).map_err(|e| target_error(e, size, target))?;
    S2::from_dims(&dims)
}

impl<'a, T, S: Shape> View<'a, T, S, C> {
    /// Reshapes in C order to a static shape: a view with no run-time check.
    /// A different element count does not compile.
    ///
    /// ```
    /// use array_core::{array, View, C, shape};
    /// let a = array![[1, 2, 3], [4, 5, 6]];
    /// let r: View<'_, i32, shape![3, 2], C> = a.view().reshape();
    /// assert_eq!(r[[1, 0]], 3);
    /// ```
    #[inline]
    pub fn reshape<S2: StaticShape>(self) -> View<'a, T, S2, C>
    where
        S: StaticShape,
        (S, S2): SameElementCount,
    {
        let shape = S2::try_static().expect("a static shape");
        self.recast(shape)
    }

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
    pub fn try_reshape<S2: Shape>(
        self,
        target: impl AsRef<[isize]>,
    ) -> Result<View<'a, T, S2, C>, ShapeError> {
        let shape = contiguous_target::<S2>(self.len(), target.as_ref())?;
        Ok(self.recast(shape))
    }
}

impl<'a, T, S: Shape> View<'a, T, S, F> {
    /// Reshapes in F order to a static shape: a view with no run-time check
    /// (the mirror of `C`'s [`reshape`](View::reshape)).
    ///
    /// ```
    /// use array_core::{array, View, F, shape};
    /// let a = array![[1, 2, 3], [4, 5, 6]];
    /// let r: View<'_, i32, shape![6], F> = a.t().reshape_f();
    /// assert_eq!(r.to_vec(), [1, 2, 3, 4, 5, 6]);
    /// ```
    #[inline]
    pub fn reshape_f<S2: StaticShape>(self) -> View<'a, T, S2, F>
    where
        S: StaticShape,
        (S, S2): SameElementCount,
    {
        let shape = S2::try_static().expect("a static shape");
        self.recast(shape)
    }

    /// Reshapes in F order to run-time dims: a view after a count check.
    ///
    /// ```
    /// use array_core::{array, DynRank};
    /// let a = array![[1, 2, 3], [4, 5, 6]];
    /// let r = a.t().try_reshape_f::<DynRank>(&[2, -1]).unwrap();
    /// assert_eq!(r.to_vec(), [1, 3, 5, 2, 4, 6]);
    /// ```
    pub fn try_reshape_f<S2: Shape>(
        self,
        target: impl AsRef<[isize]>,
    ) -> Result<View<'a, T, S2, F>, ShapeError> {
        let shape = contiguous_target::<S2>(self.len(), target.as_ref())?;
        Ok(self.recast(shape))
    }
}

macro_rules! may_copy_reshape {
    ($layout:ident, $example:literal) => {
        impl<'a, T: Clone, S: Shape> View<'a, T, S, $layout> {
            /// Reshapes in C order to a static shape. The element count is
            /// checked at compile time; whether the strides allow a view is
            /// only known at run time (NumPy's nocopy rule), so the result
            /// may be a copy.
            ///
            #[doc = $example]
            pub fn reshape<S2: StaticShape>(self) -> CowArray<'a, T, S2, Strided>
            where
                S: StaticShape,
                (S, S2): SameElementCount,
            {
                let dims = S2::try_static().expect("a static shape").dims();
                let target: Vec<isize> = dims.as_ref().iter().map(|&d| d as isize).collect();
                self.reshape_with(&target, Order::C, CopyPolicy::IfNeeded)
                    .expect("the element count was checked at compile time")
            }

            /// Reshapes in C order to run-time dims (one negative entry is
            /// inferred): a view when NumPy's nocopy rule allows, else a copy.
            ///
            /// ```
            /// use array_core::{array, DynRank};
            /// let a = array![[1, 2, 3], [4, 5, 6]];
            /// let e = a.t().try_reshape::<DynRank>(&[5]).unwrap_err();
            /// assert_eq!(e.to_string(), "cannot reshape array of size 6 into shape (5,)");
            /// ```
            pub fn try_reshape<S2: Shape>(
                self,
                target: impl AsRef<[isize]>,
            ) -> Result<CowArray<'a, T, S2, Strided>, ShapeError> {
                match self.reshape_with(target, Order::C, CopyPolicy::IfNeeded) {
                    Ok(r) => Ok(r),
                    Err(ReshapeError::Shape(e)) => Err(e),
                    Err(e) => unreachable!("order C with copies allowed cannot fail with {e}"),
                }
            }
        }
    };
}

may_copy_reshape!(
    F,
    "```\nuse array_core::{array, shape};\nlet a = array![[1, 2, 3], [4, 5, 6]];\nlet r = a.t().reshape::<shape![6]>();\nassert!(r.is_copy());\nassert_eq!(r.view().to_vec(), [1, 4, 2, 5, 3, 6]);\n```"
);
may_copy_reshape!(
    Strided,
    "```\nuse array_core::{View, Strided, shape};\nlet buf = [1, 2, 3, 4, 5, 6];\nlet s = View::<i32, shape![2, 3], Strided>::from_parts(&buf, [2, 3], [3, 1], 0).unwrap();\nlet r = s.reshape::<shape![3, 2]>();\nassert!(r.is_view());\n```"
);

impl<T, S: Shape, L: Contiguous> Array<T, S, L> {
    /// Reshapes the owned array to a static shape without touching the
    /// buffer (in the layout's own order). A different element count does
    /// not compile.
    ///
    /// ```
    /// use array_core::{array, Array, shape};
    /// let a = array![[1, 2, 3], [4, 5, 6]];
    /// let b: Array<i32, shape![3, 2]> = a.into_shape();
    /// assert_eq!(b[[2, 0]], 5);
    /// ```
    pub fn into_shape<S2: StaticShape>(self) -> Array<T, S2, L>
    where
        S: StaticShape,
        (S, S2): SameElementCount,
    {
        let shape = S2::try_static().expect("a static shape");
        Array::from_parts_unchecked(self.into_vec(), shape, L::stored::<S2>())
    }
}

impl<T, S: Shape> Array<T, S, C> {
    /// [`View::reshape`] of the whole array: a view, checked at compile time.
    ///
    /// ```
    /// use array_core::{array, shape};
    /// let a = array![[1, 2], [3, 4]];
    /// assert_eq!(a.reshape::<shape![4]>().as_slice(), &[1, 2, 3, 4]);
    /// ```
    pub fn reshape<S2: StaticShape>(&self) -> View<'_, T, S2, C>
    where
        S: StaticShape,
        (S, S2): SameElementCount,
    {
        self.view().reshape()
    }
}

impl<'a, T, S: Shape, L: Layout> ViewMut<'a, T, S, L> {
    /// A reshape of a mutable view that must not copy (NumPy's `copy=False`
    /// on a writeable array): a mutable strided view of the same elements,
    /// or [`ReshapeError::NeedsCopy`]. Orders `C`, `F`, `A` as in
    /// [`View::reshape_with`].
    ///
    /// ```
    /// use array_core::{array, DynRank, Order};
    /// let mut a = array![[1, 2, 3], [4, 5, 6]];
    /// let mut r = a.view_mut().try_reshape_view_mut::<DynRank>(&[3, 2], Order::C).unwrap();
    /// *r.get_mut([2, 1]).unwrap() = 60;
    /// assert_eq!(a[[1, 2]], 60);
    /// let e = a.t_mut().try_reshape_view_mut::<DynRank>(&[6], Order::C).unwrap_err();
    /// assert_eq!(e.to_string(), "Unable to avoid creating a copy while reshaping.");
    /// ```
    pub fn try_reshape_view_mut<S2: Shape>(
        self,
        target: impl AsRef<[isize]>,
        order: Order,
    ) -> Result<ViewMut<'a, T, S2, Strided>, ReshapeError> {
        let target = target.as_ref();
        let order = reshape_order(order)?;
        let size = self.len();
        let (dims, strides) = (self.dims(), self.strides());
        let plan = plan(dims.as_ref(), strides.as_ref(), size, target, order)?;
        match plan {
            // The nocopy plan maps the new indices one-to-one onto the same
            // elements, so the mutable view stays free of self-overlap.
            ReshapePlan::View { dims, strides } => {
                let shape = S2::from_dims(&dims)?;
                let stored = shape.strides_from(&strides);
                Ok(self
                    .relayout::<S2, Strided>(shape, stored, 0)
                    .expect("a nocopy reshape addresses the same elements"))
            }
            ReshapePlan::Copy { .. } => Err(ReshapeError::NeedsCopy),
        }
    }
}

impl<'a, T, S: Shape> ViewMut<'a, T, S, C> {
    /// Reshapes a mutable C view to a static shape: a mutable view with no
    /// run-time check. A different element count does not compile.
    ///
    /// ```
    /// use array_core::{array, shape};
    /// let mut a = array![[1, 2, 3], [4, 5, 6]];
    /// a.view_mut().reshape_mut::<shape![3, 2]>()[[2, 0]] = 50;
    /// assert_eq!(a[[1, 1]], 50);
    /// ```
    #[inline]
    pub fn reshape_mut<S2: StaticShape>(self) -> ViewMut<'a, T, S2, C>
    where
        S: StaticShape,
        (S, S2): SameElementCount,
    {
        let shape = S2::try_static().expect("a static shape");
        self.recast(shape)
    }
}

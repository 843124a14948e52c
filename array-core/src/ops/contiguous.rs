//! Contiguity conversions: NumPy's `ascontiguousarray` / `asfortranarray`
//! (borrow when the type or the strides allow, copy otherwise) and
//! promotion of a view to a contiguous layout after a run-time check.

use crate::array::{CowArray, View, ViewMut};
use crate::audit::{self, CopyOp};
use crate::copy;
use crate::error::LayoutError;
use crate::layout::{C, Contiguous, F, Layout, Order, Strided};
use crate::shape::Shape;

/// Resolves NumPy's `A` (F if F-contiguous and not C-contiguous, else C) and
/// `K` (C if C-contiguous, else F if F-contiguous, else K) for a view.
pub(crate) fn resolve_order<T, S: Shape, L: Layout>(v: &View<'_, T, S, L>, order: Order) -> Order {
    let (c, f) = v.contiguity();
    // NumPy's copy treats every array of at most one axis as C for `K`.
    order.resolve(c || (order == Order::K && v.ndim() <= 1), f)
}

/// Run-time promotion to a contiguous layout, on `View` and `ViewMut`
/// alike: the same elements, now with a type that proves contiguity.
macro_rules! promote {
    ($Ty:ident, $what:literal, $ex_c:literal, $ex_f:literal) => {
        impl<'a, T, S: Shape, L: Layout> $Ty<'a, T, S, L> {
            #[doc = concat!("Promotes to a `C` ", $what, " if the strides are C-contiguous by NumPy's")]
            /// rule (length-1 axes ignored, zero-size arrays always
            /// qualify), so that later calls are checked statically; else
            /// [`LayoutError::NotLayout`] with the dims and strides.
            ///
            #[doc = $ex_c]
            pub fn try_into_c(self) -> Result<$Ty<'a, T, S, C>, LayoutError> {
                self.try_into_contiguous()
            }

            #[doc = concat!("Promotes to an `F` ", $what, " if the strides are F-contiguous; else")]
            /// [`LayoutError::NotLayout`].
            ///
            #[doc = $ex_f]
            pub fn try_into_f(self) -> Result<$Ty<'a, T, S, F>, LayoutError> {
                self.try_into_contiguous()
            }

            /// The same elements under the contiguous layout `L2`, when the
            /// type proves its order or the strides show it.
            fn try_into_contiguous<L2: Contiguous>(self) -> Result<$Ty<'a, T, S, L2>, LayoutError> {
                let proven = match L2::ORDER {
                    Order::C => L::ALWAYS_C_CONTIGUOUS,
                    _ => L::ALWAYS_F_CONTIGUOUS,
                };
                let strides = self.strides();
                let stored = if proven {
                    L2::stored::<S>()
                } else {
                    match L2::store(self.shape(), strides.as_ref()) {
                        Some(stored) => stored,
                        None => {
                            let dims = self.dims();
                            return Err(LayoutError::not_layout::<L2>(dims.as_ref(), strides.as_ref()));
                        }
                    }
                };
                let shape = self.shape().clone();
                self.relayout(shape, stored, 0)
            }
        }
    };
}

promote!(
    View,
    "view",
    "```\nuse array_core::array;\nlet a = array![[1, 2], [3, 4]];\nlet s = a.view().permuted_axes(&[0, 1]).unwrap(); // Strided by type\nlet c = s.try_into_c().expect(\"C-contiguous at run time\");\nassert_eq!(c.as_slice(), &[1, 2, 3, 4]);\nlet e = a.view().permuted_axes(&[1, 0]).unwrap().try_into_c().unwrap_err();\nassert_eq!(e.to_string(), \"strides [1, 2] of shape (2,2) are not C-contiguous, so they cannot form a `C` view\");\n```",
    "```\nuse array_core::array;\nlet a = array![[1, 2], [3, 4]];\nlet f = a.view().permuted_axes(&[1, 0]).unwrap().try_into_f().unwrap();\nassert_eq!(f.as_slice(), &[1, 2, 3, 4]);\n```"
);
promote!(
    ViewMut,
    "mutable view",
    "```\nuse array_core::array;\nlet mut a = array![[1, 2], [3, 4]];\nlet mut c = a.view_mut().permuted_axes(&[0, 1]).unwrap().try_into_c().unwrap();\nc.as_mut_slice()[3] = 40;\nassert_eq!(a[[1, 1]], 40);\n```",
    "```\nuse array_core::array;\nlet mut a = array![[1, 2], [3, 4]];\nassert!(a.view_mut().try_into_f().is_err());\n```"
);

/// NumPy's `ndmin=1` for a run-time rank: a 0-d `DynRank` view becomes `(1,)`.
fn promote_0d<'a, T, S: Shape, L: Layout>(v: View<'a, T, S, L>) -> View<'a, T, S, L> {
    if v.ndim() != 0 || S::RANK.is_some() {
        return v;
    }
    match S::from_dims(&[1]) {
        Ok(shape) => {
            let stored = L::store(&shape, &[1]).expect("a (1,) stride-1 layout fits every layout");
            v.relayout(shape, stored, 0)
                .expect("the one element stays in bounds")
        }
        Err(_) => v,
    }
}

macro_rules! copy_if_needed {
    ($method:ident, $target:ident, $promote:ident, $copy:ident, $numpy:literal, $($layout:ident),+) => {$(
        impl<'a, T, S: Shape> View<'a, T, S, $layout> {
            #[doc = concat!("NumPy's `", $numpy, "`: the same memory as a `", stringify!($target), "` view when the")]
            #[doc = "strides allow it (checked at run time), else a copy in that order."]
            ///
            /// A 0-d input of a `DynRank` shape becomes a `(1,)` view, as
            /// NumPy's `ndmin=1` does; shapes with a static rank keep it.
            ///
            /// ```
            /// use array_core::{array, DynRank, Strided, View};
            /// let a = array![[1, 2], [3, 4]];
            /// assert_eq!(a.t().to_c_contiguous().view().as_slice(), &[1, 3, 2, 4]);
            /// assert!(a.view().to_f_contiguous().is_copy());
            /// // Strided by type, C-contiguous at run time:
            /// let buf = [1, 2, 3, 4];
            /// let s = View::<i32, DynRank, Strided>::from_parts(&buf, [2, 2], [2, 1], 0).unwrap();
            /// assert!(s.clone().to_c_contiguous().is_view());
            /// assert!(s.to_f_contiguous().is_copy());
            /// ```
            #[doc(alias = $numpy)]
            #[doc(alias = "as_standard_layout")]
            #[track_caller]
            pub fn $method(self) -> CowArray<'a, T, S, $target>
            where
                T: Clone,
            {
                let v = promote_0d(self);
                match v.clone().$promote() {
                    Ok(view) => CowArray::View(view),
                    Err(_) => {
                        audit::note::<T>(CopyOp::ToContiguous, v.len(), $layout::NAME, $target::NAME);
                        CowArray::Owned(copy::$copy(&v))
                    }
                }
            }
        }
    )+};
}

copy_if_needed!(
    to_c_contiguous,
    C,
    try_into_c,
    copy_c,
    "ascontiguousarray",
    F,
    Strided
);
copy_if_needed!(
    to_f_contiguous,
    F,
    try_into_f,
    copy_f,
    "asfortranarray",
    C,
    Strided
);

impl<'a, T, S: Shape> View<'a, T, S, C> {
    /// `ascontiguousarray` on a view the type proves C-contiguous: the
    /// same memory, no stride check, no copy.
    ///
    /// ```
    /// use array_core::{array, shape, View, C};
    /// let a = array![1, 2];
    /// let c: View<'_, i32, shape![2], C> = a.view().to_c_contiguous();
    /// assert_eq!(c.as_ptr(), a.as_slice().as_ptr());
    /// ```
    #[inline(always)]
    #[doc(alias = "ascontiguousarray")]
    #[doc(alias = "as_standard_layout")]
    pub fn to_c_contiguous(self) -> View<'a, T, S, C> {
        promote_0d(self)
    }
}

impl<'a, T, S: Shape> View<'a, T, S, F> {
    /// `asfortranarray` on a view the type proves F-contiguous: the same
    /// memory, no stride check, no copy.
    ///
    /// ```
    /// use array_core::{array, shape, View, F};
    /// let a = array![[1, 2], [3, 4]];
    /// let f: View<'_, i32, shape![2, 2], F> = a.t().to_f_contiguous();
    /// assert_eq!(f.as_slice(), &[1, 2, 3, 4]);
    /// ```
    #[inline(always)]
    #[doc(alias = "asfortranarray")]
    pub fn to_f_contiguous(self) -> View<'a, T, S, F> {
        promote_0d(self)
    }
}

//! [`CowArray`]: the answer of a run-time view-or-copy decision.

use super::{Array, View};
use crate::layout::{Flags, Layout, Strided};
use crate::shape::Shape;

/// Either a view of the input or an owned copy, and it says which.
///
/// Returned where only the strides, known at run time, decide whether a
/// view is possible (NumPy's `reshape` and `ravel` on non-contiguous input).
/// The type says "may copy"; [`CowArray::is_view`] says what happened.
///
/// ```
/// use array_core::{Array, Order, shape};
/// let a = Array::<i32, shape![2, 3]>::from_fn_static(|[i, j]| (3 * i + j) as i32);
/// let t = a.t();                            // F layout
/// let r = t.ravel_order(Order::C);                // must copy: C order of an F array
/// assert!(r.is_copy());
/// let k = t.ravel_order(Order::K);                // memory order: a view
/// assert!(k.is_view());
/// assert_eq!(k.view().to_vec(), [0, 1, 2, 3, 4, 5]);
/// ```
pub enum CowArray<'a, T, S: Shape, L: Layout = Strided> {
    /// A view of the input's memory.
    View(View<'a, T, S, L>),
    /// A fresh copy.
    Owned(Array<T, S, L>),
}

impl<'a, T, S: Shape, L: Layout> CowArray<'a, T, S, L> {
    /// True when the result shares the input's memory.
    ///
    /// ```
    /// use array_core::{array, Order};
    /// assert!(array![1, 2, 3].view().ravel_order(Order::C).is_view());
    /// ```
    pub fn is_view(&self) -> bool {
        matches!(self, CowArray::View(_))
    }

    /// True when the result is a fresh copy.
    ///
    /// ```
    /// use array_core::{array, Order};
    /// assert!(array![[1, 2], [3, 4]].t().ravel_order(Order::C).is_copy());
    /// ```
    pub fn is_copy(&self) -> bool {
        !self.is_view()
    }

    /// A read-only view of the result, whichever it is.
    ///
    /// ```
    /// use array_core::{array, Order};
    /// let a = array![[1, 2], [3, 4]];
    /// assert_eq!(a.t().ravel_order(Order::C).view().to_vec(), [1, 3, 2, 4]);
    /// ```
    pub fn view(&self) -> View<'_, T, S, L> {
        match self {
            CowArray::View(v) => v.clone(),
            CowArray::Owned(a) => a.view(),
        }
    }

    /// NumPy's flags of the result: `owns_data` is true for the copy (as a
    /// fresh NumPy allocation would be), false for a view.
    ///
    /// ```
    /// use array_core::{array, Order};
    /// let a = array![[1, 2], [3, 4]];
    /// assert!(a.t().ravel_order(Order::C).flags().owns_data);
    /// ```
    pub fn flags(&self) -> Flags {
        match self {
            CowArray::View(v) => v.flags(),
            CowArray::Owned(a) => a.flags(),
        }
    }

    /// The shape.
    ///
    /// ```
    /// use array_core::{array, Const};
    /// let a = array![[1, 2], [3, 4]];
    /// assert_eq!(a.t().to_c_contiguous().shape(), &(Const::<2>, Const::<2>));
    /// ```
    pub fn shape(&self) -> &S {
        match self {
            CowArray::View(v) => v.shape(),
            CowArray::Owned(a) => a.shape(),
        }
    }

    #[inline(always)]
    pub(crate) fn elem_ref(&self, off: isize) -> &T {
        match self {
            CowArray::View(v) => v.elem_ref(off),
            CowArray::Owned(a) => a.elem_ref(off),
        }
    }
}

impl<T: std::fmt::Debug, S: Shape, L: Layout> std::fmt::Debug for CowArray<'_, T, S, L> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CowArray::View(v) => write!(f, "CowArray::View({v:?})"),
            CowArray::Owned(a) => write!(f, "CowArray::Owned({a:?})"),
        }
    }
}

super::read::impl_index!(CowArray<'a>);
super::read::forward_reads!(
    CowArray<'a>,
    "let b = array![[1, 4], [2, 5], [3, 6]];\nlet x = b.t().to_c_contiguous(); // a C-ordered copy",
    "let c = array![[1.0, 3.0], [2.0, 6.0]];\nlet y = c.t().to_c_contiguous();",
    strides,
    as_ptr
);

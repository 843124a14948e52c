//! One axis length: static ([`Const`]) or dynamic ([`Dyn`]).
//!
//! A static dim is a zero-sized type: its length lives in the type, so a
//! shape made only of static dims costs no memory and no checks. A dynamic
//! dim stores its length. Two `Dyn` dims are never assumed equal because
//! their *types* are equal; only their values say that.

use std::fmt;
use std::hash::Hash;

mod sealed {
    pub trait Sealed {}
}
pub(crate) use sealed::Sealed;

/// An axis length, known at compile time or at run time.
///
/// ```
/// use array_core::{Const, Dim, Dyn};
/// assert_eq!(<Const<3> as Dim>::STATIC, Some(3));
/// assert_eq!(<Dyn as Dim>::STATIC, None);
/// assert_eq!(Dyn(7).value(), 7);
/// assert_eq!(Const::<3>::from_len(3), Some(Const::<3>));
/// assert_eq!(Const::<3>::from_len(4), None);
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not an axis length",
    label = "expected `Const<N>` (static) or `Dyn` (dynamic)",
    note = "shapes are tuples of dims such as `(Const<2>, Dyn)`; `shape![2, _]` spells one"
)]
pub trait Dim: Copy + Eq + Hash + fmt::Debug + Send + Sync + 'static + Sealed {
    /// The length, when the type fixes it.
    const STATIC: Option<usize>;
    /// The length (for a static dim, the constant).
    fn value(self) -> usize;
    /// Builds the dim for a run-time length: `None` when a static dim's
    /// length differs.
    fn from_len(len: usize) -> Option<Self>;
}

/// A static axis length `N`, carried in the type.
///
/// ```
/// use array_core::{Array, Const};
/// let a: Array<f64, (Const<2>, Const<3>)> = Array::zeros_static();
/// assert_eq!(a.dims(), [2, 3]);
/// ```
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct Const<const N: usize>;

/// A dynamic axis length, known only at run time.
///
/// ```
/// use array_core::{Array, Const, Dyn};
/// let a: Array<u8, (Dyn, Const<2>)> = Array::zeros((Dyn(4), Const));
/// assert_eq!(a.dims(), [4, 2]);
/// ```
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct Dyn(pub usize);

impl<const N: usize> Sealed for Const<N> {}
impl Sealed for Dyn {}

impl<const N: usize> Dim for Const<N> {
    const STATIC: Option<usize> = Some(N);
    #[inline(always)]
    fn value(self) -> usize {
        N
    }
    #[inline]
    fn from_len(len: usize) -> Option<Self> {
        (len == N).then_some(Const)
    }
}

impl Dim for Dyn {
    const STATIC: Option<usize> = None;
    #[inline(always)]
    fn value(self) -> usize {
        self.0
    }
    #[inline]
    fn from_len(len: usize) -> Option<Self> {
        Some(Dyn(len))
    }
}

impl<const N: usize> fmt::Debug for Const<N> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Const<{N}>")
    }
}

impl fmt::Debug for Dyn {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Dyn({})", self.0)
    }
}

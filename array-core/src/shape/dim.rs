//! One axis length: static ([`Const`], [`Big`], [`Minus`]) or dynamic
//! ([`Dyn`]).
//!
//! A static dim is a zero-sized type: its length lives in the type, so a
//! shape made only of static dims costs no memory and no checks. A dynamic
//! dim stores its length. Two `Dyn` dims are never assumed equal because
//! their *types* are equal; only their values say that.

use std::fmt;
use std::hash::Hash;
use std::marker::PhantomData;

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
// Mirrors `Shape`'s message block in `shape/mod.rs` on purpose: each of the
// two traits a user names in a type explains its own misuse.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not an axis length",
    label = "expected `Const<N>` (static) or `Dyn` (dynamic)",
    note = "shapes are tuples of dims such as `(Const<2>, Dyn)`; `shape![2, _]` spells one"
)]
pub trait Dim: Copy + Eq + Hash + fmt::Debug + Send + Sync + 'static + Sealed {
    /// The length, when the type fixes it.
    const STATIC: Option<usize>;
    /// [`StaticKind`] or [`DynamicKind`]: which type-level rules apply to
    /// the dim (broadcasting, literal bounds).
    #[doc(hidden)]
    type Kind;
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

/// A static axis length `N` above 1024, carried in the type.
///
/// [`Const<N>`] checks static reshapes and bounds while `cargo check` runs,
/// through a type-level count that covers lengths up to 1024; `shape!`,
/// `array!` and `s!` spell longer static lengths as `Big<N>`, whose counts
/// are checked when the program is built instead (a constant evaluated at
/// build time, with the same message). Everything else treats both alike:
/// a `Big<N>` is as static as a `Const<N>`.
///
/// ```
/// use array_core::{Array, Big, Const, Dim, View, C, shape};
/// assert_eq!(<Big<50176> as Dim>::STATIC, Some(50176));
/// let img = Array::<u8, shape![224, 224, 3]>::zeros_static();
/// let px: View<'_, u8, (Big<50176>, Const<3>), C> = img.reshape(); // a view
/// assert_eq!(px.as_ptr(), img.as_ptr());
/// ```
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct Big<const N: usize>;

/// A static axis length: `D`'s length minus `K`, what `s![K..]` leaves of
/// a static axis `D` ([`Const`] or [`Big`]).
///
/// Stable Rust cannot compute `Const<{ N - K }>` from a const parameter, so
/// the subtraction is kept in the type. The length is as static as a
/// `Const`'s: reshapes and broadcasts of it are checked at compile time.
///
/// ```
/// use array_core::{array, s, Const, Dim, Minus, View, Strided};
/// let a = array![[1, 2, 3], [4, 5, 6]];
/// let v: View<'_, i32, (Const<2>, Minus<Const<3>, 1>), Strided> = a.slice(s![.., 1..]);
/// assert_eq!(<Minus<Const<3>, 1> as Dim>::STATIC, Some(2));
/// assert_eq!(v.to_vec(), [2, 3, 5, 6]);
/// ```
pub struct Minus<D, const K: usize>(PhantomData<fn() -> D>);

impl<D, const K: usize> Clone for Minus<D, K> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<D, const K: usize> Copy for Minus<D, K> {}
impl<D, const K: usize> PartialEq for Minus<D, K> {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}
impl<D, const K: usize> Eq for Minus<D, K> {}
impl<D, const K: usize> Hash for Minus<D, K> {
    fn hash<H: std::hash::Hasher>(&self, _: &mut H) {}
}
impl<D, const K: usize> Default for Minus<D, K> {
    fn default() -> Self {
        Minus(PhantomData)
    }
}

/// Marks the dims whose length the type fixes ([`Dim::Kind`]).
#[doc(hidden)]
pub enum StaticKind {}

/// Marks the dims whose length only the value knows ([`Dim::Kind`]).
#[doc(hidden)]
pub enum DynamicKind {}

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
impl<const N: usize> Sealed for Big<N> {}
impl<const N: usize, const K: usize> Sealed for Minus<Const<N>, K> {}
impl<const N: usize, const K: usize> Sealed for Minus<Big<N>, K> {}
impl Sealed for Dyn {}

// `Const` and `Big` differ only in what the type rules can do with them.
macro_rules! fixed_dim {
    ($($name:ident)*) => {$(
        impl<const N: usize> Dim for $name<N> {
            const STATIC: Option<usize> = Some(N);
            type Kind = StaticKind;
            #[inline(always)]
            fn value(self) -> usize {
                N
            }
            #[inline]
            fn from_len(len: usize) -> Option<Self> {
                (len == N).then_some($name)
            }
        }

        impl<const N: usize> fmt::Debug for $name<N> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}<{N}>", stringify!($name))
            }
        }
    )*};
}
fixed_dim!(Const Big);

macro_rules! minus_dim {
    ($($base:ident)*) => {$(
        impl<const N: usize, const K: usize> Dim for Minus<$base<N>, K> {
            // `s!` proves `K <= N` before it names this type.
            const STATIC: Option<usize> = Some(N.saturating_sub(K));
            type Kind = StaticKind;
            #[inline(always)]
            fn value(self) -> usize {
                N.saturating_sub(K)
            }
            #[inline]
            fn from_len(len: usize) -> Option<Self> {
                (len == N.saturating_sub(K)).then_some(Minus(PhantomData))
            }
        }

        impl<const N: usize, const K: usize> fmt::Debug for Minus<$base<N>, K> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "Minus<{}<{N}>, {K}>", stringify!($base))
            }
        }
    )*};
}
minus_dim!(Const Big);

impl Dim for Dyn {
    const STATIC: Option<usize> = None;
    type Kind = DynamicKind;
    #[inline(always)]
    fn value(self) -> usize {
        self.0
    }
    #[inline]
    fn from_len(len: usize) -> Option<Self> {
        Some(Dyn(len))
    }
}

impl fmt::Debug for Dyn {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Dyn({})", self.0)
    }
}

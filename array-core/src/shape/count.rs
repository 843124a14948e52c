//! Element counts as types, for checks that must fail at compile time.
//!
//! A static dim `Const<N>` maps to the typenum number `U<N>`; a shape made of
//! such dims has its element count as a typenum product. Typenum's results
//! are canonical, so equal counts are *equal types*, and "same count" is a
//! trait implemented only reflexively: a mismatch is an unimplemented trait
//! (E0277), whose message we write, rather than a type mismatch that would
//! print binary typenum internals.
//!
//! Typenum's const-generic mapping covers lengths 0 to 1024 plus the powers
//! of two and ten; longer static dims still work everywhere else, and their
//! reshapes use the run-time checked path.

use super::{Const, Dim, Shape};
use core::ops::Mul;
use typenum::generic_const_mappings::{Const as TypenumConst, ToUInt};
use typenum::{Prod, U1, UInt, UTerm, Unsigned};

/// A static dim whose length is also available as a typenum number.
///
/// ```
/// use array_core::{Const, StaticDim};
/// use typenum::Unsigned;
/// assert_eq!(<<Const<12> as StaticDim>::Count as Unsigned>::USIZE, 12);
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a static axis length",
    label = "expected `Const<N>` with `N` at most 1024 (or a power of two or ten)",
    note = "a dynamic axis (`Dyn`, `_` in `shape!`) has no length at compile time; use `try_reshape` for a run-time checked reshape"
)]
pub trait StaticDim: Dim {
    /// The length as a typenum unsigned integer.
    type Count: Unsigned;
}

impl<const N: usize> StaticDim for Const<N>
where
    TypenumConst<N>: ToUInt,
    <TypenumConst<N> as ToUInt>::Output: Unsigned,
{
    type Count = <TypenumConst<N> as ToUInt>::Output;
}

/// A shape whose dims are all static, with its element count as a type.
///
/// ```
/// use array_core::{StaticShape, shape};
/// use typenum::Unsigned;
/// assert_eq!(<<shape![2, 3, 4] as StaticShape>::Count as Unsigned>::USIZE, 24);
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a fully static shape",
    label = "this shape has a dynamic axis (or an axis longer than 1024)",
    note = "static reshapes need every dim static; use `try_reshape` for a run-time checked reshape"
)]
pub trait StaticShape: Shape {
    /// The element count as a typenum unsigned integer.
    type Count: Unsigned;
}

#[diagnostic::do_not_recommend]
impl StaticShape for () {
    type Count = U1;
}

#[diagnostic::do_not_recommend]
impl<D0: StaticDim> StaticShape for (D0,) {
    type Count = D0::Count;
}

macro_rules! static_shape {
    ($($prefix:ident),+ ; $last:ident) => {
        #[diagnostic::do_not_recommend]
        impl<$($prefix: StaticDim,)+ $last: StaticDim> StaticShape for ($($prefix,)+ $last,)
        where
            ($($prefix,)+): StaticShape,
            <($($prefix,)+) as StaticShape>::Count: Mul<$last::Count>,
            Prod<<($($prefix,)+) as StaticShape>::Count, $last::Count>: Unsigned,
        {
            type Count = Prod<<($($prefix,)+) as StaticShape>::Count, $last::Count>;
        }
    };
}

static_shape!(D0; D1);
static_shape!(D0, D1; D2);
static_shape!(D0, D1, D2; D3);
static_shape!(D0, D1, D2, D3; D4);
static_shape!(D0, D1, D2, D3, D4; D5);

/// Proof that two static shapes hold the same number of elements.
///
/// Implemented for `(From, To)` pairs whose typenum counts are the same
/// type, so a static reshape with the wrong count fails to compile with a
/// message naming both shapes.
///
/// ```
/// use array_core::{SameElementCount, shape};
/// fn same<A, B>() where (A, B): SameElementCount {}
/// same::<shape![2, 3], shape![3, 2]>();
/// same::<shape![6], shape![1, 6, 1]>();
/// ```
pub trait SameElementCount {}

impl<A: StaticShape, B: StaticShape> SameElementCount for (A, B) where
    (A::Count, B::Count): CountsMatch<A, B>
{
}

/// The check behind [`SameElementCount`]: implemented only for a pair of
/// *equal* typenum counts, and carrying both shapes so that the error can
/// name them instead of printing typenum's binary encoding.
#[doc(hidden)]
#[diagnostic::on_unimplemented(
    message = "cannot reshape `{From}` into `{To}`: the element counts differ",
    label = "the product of the dims must be the same on both sides",
    note = "a static reshape keeps every element, so `{From}` and `{To}` must hold equally many",
    note = "use `try_reshape` to check run-time dims instead, or fix the target shape"
)]
pub trait CountsMatch<From, To> {}

#[diagnostic::do_not_recommend]
impl<N, From, To> CountsMatch<From, To> for (N, N) {}

/// A count no shape has. The impls below never hold for a real reshape;
/// they exist so that `(Known, Unknown)` matches more than one impl while
/// the target shape is still being inferred (`let r: View<_, shape![4, 2]> =
/// a.reshape();`). With `(N, N)` alone, rustc would unify the unknown count
/// with the known one at once and later report the mismatch as E0271 in
/// typenum's binary types; with a second candidate it waits until both
/// counts are known and then reports our message.
#[doc(hidden)]
pub enum Undecided {}

#[diagnostic::do_not_recommend]
impl<U, B, From, To> CountsMatch<From, To> for (UInt<U, B>, Undecided) {}
#[diagnostic::do_not_recommend]
impl<From, To> CountsMatch<From, To> for (UTerm, Undecided) {}
#[diagnostic::do_not_recommend]
impl<U, B, From, To> CountsMatch<From, To> for (Undecided, UInt<U, B>) {}
#[diagnostic::do_not_recommend]
impl<From, To> CountsMatch<From, To> for (Undecided, UTerm) {}

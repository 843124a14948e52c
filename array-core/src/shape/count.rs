//! Type-level arithmetic on dims, all of it in one place: lengths and
//! element counts as typenum numbers, their products (a shape's count),
//! differences ([`Minus`]), equality (static reshapes), NumPy's broadcast
//! rule on two dims ([`BroadcastDim`]), ranks as Peano numbers (for the
//! slice walk's ellipsis), and the build-time checks for the lengths
//! typenum cannot hold.
//!
//! A static dim `Const<N>` maps to the typenum number `U<N>`; a shape made of
//! such dims has its element count as a typenum product. Typenum's results
//! are canonical, so equal counts are *equal types*, and "same count" is a
//! trait implemented only reflexively: a mismatch is an unimplemented trait
//! (E0277), whose message we write, rather than a type mismatch that would
//! print binary typenum internals.
//!
//! Typenum's const-generic mapping covers the lengths of [`Const`] (0 to
//! 1024, as `shape!` spells them); a [`Big`] length has the count
//! `BigCount`, which absorbs every product it enters and agrees with any
//! count. Those reshapes are checked instead by [`SameCountAtBuild`], a
//! constant that the build evaluates, with a message naming both shapes and
//! both counts.

use super::{Big, Const, Dim, Dyn, DynamicKind, Minus, Shape, StaticKind};
use core::ops::{Mul, Sub};
use typenum::generic_const_mappings::{Const as TypenumConst, ToUInt};
use typenum::{Diff, Eq as Same, False, IsEqual, Prod, True, U1, UInt, UTerm, Unsigned};

/// The typenum numbers (as opposed to `BigCount`); a local trait, so
/// that impls for numbers and for `BigCount` never overlap.
#[doc(hidden)]
pub trait Number: Unsigned {}
impl<U: Unsigned, B: typenum::Bit> Number for UInt<U, B> {}
impl Number for UTerm {}

/// The count of a shape with a [`Big`] dim: not a typenum number, so the
/// type system leaves its comparison to [`SameCountAtBuild`].
#[doc(hidden)]
pub enum BigCount {}

impl<X> Mul<X> for BigCount {
    type Output = BigCount;
    fn mul(self, _: X) -> BigCount {
        match self {}
    }
}

impl<U, B> Mul<BigCount> for UInt<U, B> {
    type Output = BigCount;
    fn mul(self, rhs: BigCount) -> BigCount {
        match rhs {}
    }
}

impl Mul<BigCount> for UTerm {
    type Output = BigCount;
    fn mul(self, rhs: BigCount) -> BigCount {
        match rhs {}
    }
}

// `StaticDim` and `StaticShape` (below) repeat one template on purpose: a
// trait whose failure is a user's mistake carries its own message, label
// and note, and the two mistakes (a dynamic dim, a shape with one) differ.
/// A static dim whose length is also available as a typenum number.
///
/// ```
/// use array_core::{Const, StaticDim};
/// use typenum::Unsigned;
/// assert_eq!(<<Const<12> as StaticDim>::Count as Unsigned>::USIZE, 12);
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a static axis length",
    label = "expected a static dim: `Const<N>` (as `shape!` writes it, `N` at most 1024), `Big<N>` or `Minus<D, K>`",
    note = "a dynamic axis (`Dyn`, `_` in `shape!`) has no length at compile time; use `try_reshape` for a run-time checked reshape"
)]
pub trait StaticDim: Dim {
    /// The length as a typenum unsigned integer (`BigCount` for [`Big`]).
    type Count;
}

#[diagnostic::do_not_recommend]
impl<const N: usize> StaticDim for Big<N> {
    type Count = BigCount;
}

impl<const N: usize> StaticDim for Const<N>
where
    TypenumConst<N>: ToUInt,
    <TypenumConst<N> as ToUInt>::Output: Unsigned,
{
    type Count = <TypenumConst<N> as ToUInt>::Output;
}

#[diagnostic::do_not_recommend]
impl<const N: usize, const K: usize> StaticDim for Minus<Const<N>, K>
where
    Const<N>: StaticDim,
    Const<K>: StaticDim,
    <Const<N> as StaticDim>::Count: Sub<<Const<K> as StaticDim>::Count>,
{
    type Count = Diff<<Const<N> as StaticDim>::Count, <Const<K> as StaticDim>::Count>;
}

#[diagnostic::do_not_recommend]
impl<const N: usize, const K: usize> StaticDim for Minus<Big<N>, K> {
    type Count = BigCount;
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
    label = "this shape has a dynamic axis",
    note = "static reshapes need every dim static; use `try_reshape` for a run-time checked reshape"
)]
pub trait StaticShape: Shape {
    /// The element count as a typenum unsigned integer (`BigCount` when
    /// a dim is [`Big`]).
    type Count;
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

// A `Big` count agrees with every count here; the build checks the values.
#[diagnostic::do_not_recommend]
impl<U, B, From, To> CountsMatch<From, To> for (BigCount, UInt<U, B>) {}
#[diagnostic::do_not_recommend]
impl<From, To> CountsMatch<From, To> for (BigCount, UTerm) {}
#[diagnostic::do_not_recommend]
impl<U, B, From, To> CountsMatch<From, To> for (UInt<U, B>, BigCount) {}
#[diagnostic::do_not_recommend]
impl<From, To> CountsMatch<From, To> for (UTerm, BigCount) {}

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

/// The build-time half of the static count check: `CHECKED` is a constant
/// the build evaluates for each reshape it instantiates, and its evaluation
/// fails, with a message naming both shapes and both counts, when they
/// differ. Shapes of `Const` dims never reach the failing branch: the type
/// system refused them already, while `cargo check` ran.
#[doc(hidden)]
pub(crate) struct SameCountAtBuild<From, To>(core::marker::PhantomData<(From, To)>);

impl<From: Shape, To: Shape> SameCountAtBuild<From, To> {
    /// Evaluates to `()`, or fails the build.
    pub(crate) const CHECKED: () = {
        let (from, to) = (From::STATIC_DIMS, To::STATIC_DIMS);
        if let (Some(a), Some(b)) = (From::STATIC_SIZE, To::STATIC_SIZE)
            && a != b
        {
            super::text::fail(super::text::reshape_count_message(from, a, to, b));
        }
    };
}

/// The dim of a broadcast result on one axis, from the two operands' dims.
///
/// ```
/// use array_core::{BroadcastDim, Big, Const, Dyn};
/// fn result<A: BroadcastDim<B>, B: array_core::Dim>() -> Option<usize> {
///     <A::Output as array_core::Dim>::STATIC
/// }
/// assert_eq!(result::<Const<3>, Const<3>>(), Some(3));
/// assert_eq!(result::<Const<1>, Const<3>>(), Some(3));
/// assert_eq!(result::<Big<5000>, Const<1>>(), Some(5000));
/// assert_eq!(result::<Const<3>, Dyn>(), None);
/// ```
pub trait BroadcastDim<Rhs: Dim>: Dim {
    /// The result's dim.
    type Output: Dim;
}

#[diagnostic::do_not_recommend]
impl<A: Dim, B: Dim> BroadcastDim<B> for A
where
    (A::Kind, B::Kind): KindPair<A, B>,
{
    type Output = <(A::Kind, B::Kind) as KindPair<A, B>>::Output;
}

/// Chooses the rule for a pair of dims from their kinds. Two static dims
/// that do not broadcast fail here, and this message is the one reported.
#[doc(hidden)]
#[diagnostic::on_unimplemented(
    message = "static axes `{A}` and `{B}` cannot be broadcast together",
    label = "the lengths differ and neither is 1",
    note = "NumPy's rule: aligned axes broadcast when their lengths are equal or one of them is 1"
)]
pub trait KindPair<A, B> {
    /// The result's dim.
    type Output: Dim;
}

#[diagnostic::do_not_recommend]
impl<A: StaticDim, B: StaticDim> KindPair<A, B> for (StaticKind, StaticKind)
where
    (A::Count, B::Count): BroadcastCounts<A, B>,
    <(A::Count, B::Count) as BroadcastCounts<A, B>>::Output: Dim,
{
    type Output = <(A::Count, B::Count) as BroadcastCounts<A, B>>::Output;
}
impl<A, B> KindPair<A, B> for (StaticKind, DynamicKind) {
    type Output = Dyn;
}
impl<A, B> KindPair<A, B> for (DynamicKind, StaticKind) {
    type Output = Dyn;
}
impl<A, B> KindPair<A, B> for (DynamicKind, DynamicKind) {
    type Output = Dyn;
}

/// The broadcast of two static dims `A` and `B` from their counts `Self`:
/// equal lengths give `A`, a 1 stretches to the other dim, and different
/// lengths that are not 1 have no impl. A `BigCount` cannot be compared
/// in the type system: the pair is taken as it would be were it valid, and
/// the build checks the lengths ([`BroadcastAtBuild`]).
#[doc(hidden)]
pub trait BroadcastCounts<A, B> {
    /// The result's dim.
    type Output;
}

#[diagnostic::do_not_recommend]
impl<A, B, X: Number + IsEqual<Y> + IsEqual<U1>, Y: Number + IsEqual<U1>> BroadcastCounts<A, B>
    for (X, Y)
where
    (Same<X, Y>, Same<X, U1>, Same<Y, U1>): StretchRule<A, B>,
{
    type Output = <(Same<X, Y>, Same<X, U1>, Same<Y, U1>) as StretchRule<A, B>>::Output;
}

// These three impls mirror `KindPair`'s three for dynamic kinds on
// purpose: each undecidable pair (a `BigCount` here, a dynamic dim there)
// gets its own answer, one line each.
impl<A, B, Y: Number> BroadcastCounts<A, B> for (BigCount, Y) {
    type Output = A;
}
impl<A, B, X: Number> BroadcastCounts<A, B> for (X, BigCount) {
    type Output = B;
}
impl<A, B> BroadcastCounts<A, B> for (BigCount, BigCount) {
    type Output = A;
}

/// NumPy's rule on one axis, from three answers: are the lengths equal, is
/// the left one 1, is the right one 1. A failure is reported as
/// `KindPair`'s (above), which carries the message.
#[doc(hidden)]
pub trait StretchRule<A, B> {
    /// The result's dim.
    type Output;
}

#[diagnostic::do_not_recommend]
impl<A, B, X, Y> StretchRule<A, B> for (True, X, Y) {
    type Output = A;
}
#[diagnostic::do_not_recommend]
impl<A, B> StretchRule<A, B> for (False, True, False) {
    type Output = B;
}
#[diagnostic::do_not_recommend]
impl<A, B> StretchRule<A, B> for (False, False, True) {
    type Output = A;
}

/// The build-time half of the static broadcast check: `CHECKED` fails the
/// build when two aligned static lengths differ and neither is 1, or when
/// the result type `Out` names a static length other than NumPy's result.
/// Shapes of `Const` dims never reach the failing branch (the type system
/// decided them); [`Big`] dims do.
#[doc(hidden)]
pub(crate) struct BroadcastAtBuild<A, B, Out>(core::marker::PhantomData<(A, B, Out)>);

impl<A: Shape, B: Shape, Out: Shape> BroadcastAtBuild<A, B, Out> {
    /// Evaluates to `()`, or fails the build.
    pub(crate) const CHECKED: () = {
        let (a, b, out) = (A::STATIC_DIMS, B::STATIC_DIMS, Out::STATIC_DIMS);
        let verdict = super::text::static_broadcast_verdict(a, b, out);
        if !matches!(verdict, super::text::BroadcastVerdict::Agrees) {
            super::text::fail(super::text::broadcast_message(verdict, a, b, out));
        }
    };
}

// Ranks and item counts as Peano numbers: the slice walk's ellipsis takes
// the rank minus the items named after it.

/// Zero, in the count of axes the items name.
#[doc(hidden)]
pub struct Z;

/// One more than `N`.
#[doc(hidden)]
pub struct Succ<N>(core::marker::PhantomData<N>);

/// What `Z - Succ<B>` is: more items than axes around an ellipsis.
#[doc(hidden)]
pub struct Underflow;

/// `Self - B` on Peano numbers, [`Underflow`] when `B` is larger (a total
/// function, so that a wrong count fails once, in the slice walk).
#[doc(hidden)]
pub trait PeanoSub<B> {
    /// The difference.
    type Out;
}

impl<A> PeanoSub<Z> for A {
    type Out = A;
}

impl<A: PeanoSub<B>, B> PeanoSub<Succ<B>> for Succ<A> {
    type Out = A::Out;
}

impl<B> PeanoSub<Succ<B>> for Z {
    type Out = Underflow;
}

/// A tuple of dims (the part of a shape not yet sliced), with its length.
#[doc(hidden)]
pub trait DimList {
    /// The number of dims, as a Peano number.
    type Len;
}

impl DimList for () {
    type Len = Z;
}

macro_rules! dim_list {
    (0;) => {};
    ($rank:literal; $h:ident $(, $d:ident)*) => {
        impl<$h: Dim $(, $d: Dim)*> DimList for ($h, $($d,)*) {
            type Len = Succ<<($($d,)*) as DimList>::Len>;
        }
    };
}
super::arity::for_each_rank!(dim_list);

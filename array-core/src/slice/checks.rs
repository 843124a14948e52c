//! Compile-time bounds checks for literal indices and range bounds.
//!
//! `s![2, 1..9]` builds its literal items through constructors whose
//! where-clauses say "this literal fits the axis". The axis type is inferred
//! from the array being sliced, so on a static axis the check is an ordinary
//! trait bound: it fails under `cargo check`, on the literal the user wrote
//! (the macro spans the constructor there), with a message in words. On a
//! dynamic axis the bound always holds and the run-time rules apply.
//!
//! The comparison itself is typenum's (`IsLess`, `IsLessOrEqual`); its
//! answer, `True` or `False`, must implement a trait that only `True`
//! implements, so a failed comparison is an unimplemented trait (E0277, our
//! message) rather than a type mismatch printing binary typenum numbers.
//! Lengths reach typenum through [`CheckableLength`], a table for 0 to
//! 1024 (`s!` passes larger literals as run-time values). A literal on a
//! static axis longer than 1024 does not compile, with a message saying to
//! write it in parentheses, `(3)`, which makes it a run-time value.

use crate::shape::{Const, Dyn, Flat, Shape};
use typenum::generic_const_mappings::U;
use typenum::{IsLess, IsLessOrEqual, Le, LeEq, True, Unsigned};

/// A static length small enough (at most 1024) to be compared at compile
/// time, with its typenum number.
///
/// ```
/// use array_core::Const;
/// use array_core::slice::CheckableLength;
/// use typenum::Unsigned;
/// assert_eq!(<<Const<37> as CheckableLength>::Count as Unsigned>::USIZE, 37);
/// ```
#[diagnostic::on_unimplemented(
    message = "the axis `{Self}` is too long for a compile-time bounds check",
    label = "literal indices and bounds are checked at compile time only on static axes of length at most 1024",
    note = "write the index or bound in parentheses, e.g. `s![(3)..(7)]`, to check it at run time"
)]
pub trait CheckableLength {
    /// The length as a typenum number.
    type Count: Unsigned;
}

macro_rules! checkable_lengths {
    (@high [$($high:literal)*] $low:tt) => {
        $( checkable_lengths!(@low $high $low); )*
    };
    (@low $high:literal [$($low:literal)*]) => {
        $(
            #[diagnostic::do_not_recommend]
            impl CheckableLength for Const<{ $high * 32 + $low }> {
                type Count = U<{ $high * 32 + $low }>;
            }
        )*
    };
}
checkable_lengths!(@high
    [0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31]
    [0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31]
);
#[diagnostic::do_not_recommend]
impl CheckableLength for Const<1024> {
    type Count = U<1024>;
}

/// Proof that the literal index `I` selects a position of this axis.
///
/// When the axis is too long to check (its length is not
/// [`CheckableLength`]), this trait's own message is the one reported; a
/// literal past the end is reported by the comparison's message instead.
///
/// ```
/// use array_core::{Const, Dyn};
/// use array_core::slice::IndexFits;
/// fn fits<const I: usize, D: IndexFits<I>>() {}
/// fits::<3, Const<4>>();
/// fits::<9, Dyn>(); // checked when slicing
/// ```
#[diagnostic::on_unimplemented(
    message = "the axis `{Self}` is too long for a compile-time check of the literal index {I}",
    label = "literal indices are checked at compile time only on static axes of length at most 1024",
    note = "write the index in parentheses, `({I})`, to check it at run time"
)]
pub trait IndexFits<const I: usize> {}

/// Proof that the literal range bound `B` lies within this axis (at most
/// its length).
///
/// As for [`IndexFits`], this trait's own message speaks for an axis too
/// long to check.
///
/// ```
/// use array_core::{Const, Dyn};
/// use array_core::slice::RangeFits;
/// fn fits<const B: usize, D: RangeFits<B>>() {}
/// fits::<4, Const<4>>(); // one past the last position
/// fits::<9, Dyn>();      // clamped when slicing, as NumPy does
/// ```
#[diagnostic::on_unimplemented(
    message = "the axis `{Self}` is too long for a compile-time check of the literal bound {B}",
    label = "literal bounds are checked at compile time only on static axes of length at most 1024",
    note = "write the bound in parentheses, `({B})`, to check it at run time"
)]
pub trait RangeFits<const B: usize> {}

/// The answer of the comparison `I < N`, implemented only for `True`.
#[doc(hidden)]
#[diagnostic::on_unimplemented(
    message = "index {I} is out of bounds for an axis of length {N}",
    label = "this index is out of bounds for an axis of length {N}",
    note = "a literal index on a static axis must be less than the axis length"
)]
pub trait IndexBelowLength<const I: usize, const N: usize> {}

#[diagnostic::do_not_recommend]
impl<const I: usize, const N: usize> IndexBelowLength<I, N> for True {}

/// The answer of the comparison `B <= N`, implemented only for `True`.
#[doc(hidden)]
#[diagnostic::on_unimplemented(
    message = "slice bound {B} is past the end of an axis of length {N}",
    label = "this bound is past the end of an axis of length {N}",
    note = "literal slice bounds on a static axis must be at most the axis length; \
            NumPy would clamp them silently, which here is treated as a mistake"
)]
pub trait BoundWithinLength<const B: usize, const N: usize> {}

#[diagnostic::do_not_recommend]
impl<const B: usize, const N: usize> BoundWithinLength<B, N> for True {}

type Count<const N: usize> = <Const<N> as CheckableLength>::Count;

impl<const I: usize, const N: usize> IndexFits<I> for Const<N>
where
    Const<I>: CheckableLength,
    Const<N>: CheckableLength,
    Count<I>: IsLess<Count<N>>,
    Le<Count<I>, Count<N>>: IndexBelowLength<I, N>,
{
}

impl<const B: usize, const N: usize> RangeFits<B> for Const<N>
where
    Const<B>: CheckableLength,
    Const<N>: CheckableLength,
    Count<B>: IsLessOrEqual<Count<N>>,
    LeEq<Count<B>, Count<N>>: BoundWithinLength<B, N>,
{
}

// Dynamic axes (and flattened ones, whose length may only be known at run
// time) are checked when slicing.
#[diagnostic::do_not_recommend]
impl<const I: usize> IndexFits<I> for Dyn {}
#[diagnostic::do_not_recommend]
impl<const B: usize> RangeFits<B> for Dyn {}
#[diagnostic::do_not_recommend]
impl<const I: usize, S: Shape> IndexFits<I> for Flat<S> {}
#[diagnostic::do_not_recommend]
impl<const B: usize, S: Shape> RangeFits<B> for Flat<S> {}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::shape;

    fn index_fits<const I: usize, D: IndexFits<I>>() {}
    fn range_fits<const B: usize, D: RangeFits<B>>() {}

    #[test]
    fn literals_within_a_static_axis_fit() {
        index_fits::<0, Const<1>>();
        index_fits::<3, Const<4>>();
        index_fits::<1023, Const<1024>>();
        range_fits::<0, Const<0>>();
        range_fits::<4, Const<4>>();
        range_fits::<1024, Const<1024>>();
    }

    #[test]
    fn anything_fits_a_dynamic_axis() {
        index_fits::<99, Dyn>();
        range_fits::<99, Dyn>();
        index_fits::<99, Flat<shape![2, _]>>();
        range_fits::<99, Flat<shape![2, 3]>>();
    }
}

//! Compile-time bounds checks for literal indices and range bounds.
//!
//! `s![2, 1..9]` builds its literal items through constructors whose
//! where-clauses say "this literal fits the axis". The axis type is inferred
//! from the array being sliced, so on a static axis the check is an ordinary
//! trait bound: it fails under `cargo check`, on the literal the user wrote
//! (the macro spans the constructor there), with a message in words. On a
//! dynamic axis the bound always holds and the run-time rules apply.
//!
//! The comparison itself is typenum's (`IsLess`, `IsLessOrEqual`) on the
//! axis's [`StaticDim::Count`]; its answer, `True` or `False`, must
//! implement a trait that only `True` implements, so a failed comparison is
//! an unimplemented trait (E0277, our message) rather than a type mismatch
//! printing binary typenum numbers. A [`Big`] axis (longer than 1024) has
//! no typenum count: its literals are compared when the program is built,
//! by a constant in the constructor ([`fits_at_build`]), with the same words.

use crate::shape::text::{fail, literal_bound_message};
use crate::shape::{Big, Const, Dim, Dyn, Flat, Minus, Shape, StaticDim};
use typenum::{IsLess, IsLessOrEqual, Le, LeEq, True};

/// Proof that the literal index `I` selects a position of this axis.
///
/// ```
/// use array_core::{Const, Dyn};
/// use array_core::slice::IndexFits;
/// fn fits<const I: usize, D: IndexFits<I>>() {}
/// fits::<3, Const<4>>();
/// fits::<9, Dyn>(); // checked when slicing
/// ```
#[diagnostic::on_unimplemented(
    message = "the literal index {I} cannot be checked against the axis `{Self}`",
    label = "literal indices are checked at compile time against static axes",
    note = "write the index in parentheses, `({I})`, to check it at run time"
)]
pub trait IndexFits<const I: usize> {}

/// Proof that the literal range bound `B` lies within this axis (at most
/// its length).
///
/// ```
/// use array_core::{Const, Dyn};
/// use array_core::slice::RangeFits;
/// fn fits<const B: usize, D: RangeFits<B>>() {}
/// fits::<4, Const<4>>(); // one past the last position
/// fits::<9, Dyn>();      // clamped when slicing, as NumPy does
/// ```
#[diagnostic::on_unimplemented(
    message = "the literal bound {B} cannot be checked against the axis `{Self}`",
    label = "literal bounds are checked at compile time against static axes",
    note = "write the bound in parentheses, `({B})`, to check it at run time"
)]
pub trait RangeFits<const B: usize> {}

// The four answer traits below repeat one template on purpose: index or
// bound, against a length or a remainder (`N - K`), each error quotes its
// own numbers in its own words.
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

/// The answer of `I < N - K`, for the axis `Minus<Const<N>, K>`.
#[doc(hidden)]
#[diagnostic::on_unimplemented(
    message = "index {I} is out of bounds for an axis of length {N} - {K}",
    label = "this index is out of bounds for an axis of length {N} - {K}",
    note = "a literal index on a static axis must be less than the axis length"
)]
pub trait IndexBelowRest<const I: usize, const N: usize, const K: usize> {}

#[diagnostic::do_not_recommend]
impl<const I: usize, const N: usize, const K: usize> IndexBelowRest<I, N, K> for True {}

/// The answer of `B <= N - K`, for the axis `Minus<Const<N>, K>`.
#[doc(hidden)]
#[diagnostic::on_unimplemented(
    message = "slice bound {B} is past the end of an axis of length {N} - {K}",
    label = "this bound is past the end of an axis of length {N} - {K}",
    note = "literal slice bounds on a static axis must be at most the axis length"
)]
pub trait BoundWithinRest<const B: usize, const N: usize, const K: usize> {}

#[diagnostic::do_not_recommend]
impl<const B: usize, const N: usize, const K: usize> BoundWithinRest<B, N, K> for True {}

type Count<D> = <D as StaticDim>::Count;

impl<const I: usize, const N: usize> IndexFits<I> for Const<N>
where
    Const<I>: StaticDim,
    Const<N>: StaticDim,
    Count<Const<I>>: IsLess<Count<Const<N>>>,
    Le<Count<Const<I>>, Count<Const<N>>>: IndexBelowLength<I, N>,
{
}

impl<const B: usize, const N: usize> RangeFits<B> for Const<N>
where
    Const<B>: StaticDim,
    Const<N>: StaticDim,
    Count<Const<B>>: IsLessOrEqual<Count<Const<N>>>,
    LeEq<Count<Const<B>>, Count<Const<N>>>: BoundWithinLength<B, N>,
{
}

impl<const I: usize, const N: usize, const K: usize> IndexFits<I> for Minus<Const<N>, K>
where
    Const<I>: StaticDim,
    Self: StaticDim,
    Count<Const<I>>: IsLess<Count<Self>>,
    Le<Count<Const<I>>, Count<Self>>: IndexBelowRest<I, N, K>,
{
}

impl<const B: usize, const N: usize, const K: usize> RangeFits<B> for Minus<Const<N>, K>
where
    Const<B>: StaticDim,
    Self: StaticDim,
    Count<Const<B>>: IsLessOrEqual<Count<Self>>,
    LeEq<Count<Const<B>>, Count<Self>>: BoundWithinRest<B, N, K>,
{
}

// Axes too long for typenum's numbers: the constructors' build-time check
// (`fits_at_build`) compares the literal.
#[diagnostic::do_not_recommend]
impl<const I: usize, const N: usize> IndexFits<I> for Big<N> {}
#[diagnostic::do_not_recommend]
impl<const B: usize, const N: usize> RangeFits<B> for Big<N> {}
#[diagnostic::do_not_recommend]
impl<const I: usize, const N: usize, const K: usize> IndexFits<I> for Minus<Big<N>, K> {}
#[diagnostic::do_not_recommend]
impl<const B: usize, const N: usize, const K: usize> RangeFits<B> for Minus<Big<N>, K> {}

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

/// The build-time comparison of a literal with a static axis, for the axes
/// the type rules leave to the build (on the others it never fails: the
/// trait bound refused a bad literal first). `INDEX` selects `I < len`
/// (an index) or `I <= len` (a range bound).
pub(crate) struct FitsAtBuild<const I: usize, const INDEX: bool, D>(core::marker::PhantomData<D>);

impl<const I: usize, const INDEX: bool, D: Dim> FitsAtBuild<I, INDEX, D> {
    /// Evaluates to `()`, or fails the build.
    pub(crate) const CHECKED: () = {
        if let Some(len) = D::STATIC {
            let fits = if INDEX { I < len } else { I <= len };
            if !fits {
                fail(literal_bound_message(INDEX, I, len));
            }
        }
    };
}

/// Evaluates [`FitsAtBuild`] for the constructors.
#[inline(always)]
pub(crate) fn fits_at_build<const I: usize, const INDEX: bool, D: Dim>() {
    let () = FitsAtBuild::<I, INDEX, D>::CHECKED;
}

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
        index_fits::<3, Minus<Const<6>, 2>>();
        range_fits::<4, Minus<Const<6>, 2>>();
        index_fits::<1024, Big<5000>>();
        range_fits::<1024, Minus<Big<5000>, 7>>();
    }

    #[test]
    fn anything_fits_a_dynamic_axis() {
        index_fits::<99, Dyn>();
        range_fits::<99, Dyn>();
        index_fits::<99, Flat<shape![2, _]>>();
        range_fits::<99, Flat<shape![2, 3]>>();
    }
}

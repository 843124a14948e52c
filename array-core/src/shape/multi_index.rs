//! Which multi-indices address an element of which shapes: `[usize; R]` for
//! a tuple shape of rank `R` (`a[[i, j]]` on a 2-D array).
//!
//! These traits are the bounds of the `Index<I>` impls. They exist so that
//! a mistake is an unimplemented trait (E0277) whose message is ours,
//! "an index of length 1 cannot address an array of shape ...", instead of
//! rustc's mismatch of array lengths. The index type is left generic in the
//! impls so that rustc does not guess the rank from the shape before it has
//! looked at the index the user wrote.
//!
//! [`DynRank`](crate::DynRank) arrays are indexed by a slice `&[usize]`
//! instead, through their own impls; [`FixedRank`] keeps the two apart.

use super::Shape;
use std::fmt;

/// Shapes whose rank is part of the type: every tuple shape, not
/// [`DynRank`](crate::DynRank).
///
/// ```
/// use array_core::{FixedRank, shape};
/// fn rank_is_static<S: FixedRank>() -> usize {
///     S::RANK.unwrap()
/// }
/// assert_eq!(rank_is_static::<shape![2, _, 4]>(), 3);
/// ```
#[diagnostic::on_unimplemented(
    message = "the rank of `{Self}` is not fixed by its type",
    label = "expected a tuple shape such as `shape![2, 3]`",
    note = "a `DynRank` array is indexed by a slice: `a[&ix[..]]`"
)]
pub trait FixedRank: Shape {}

/// Shapes of exactly `R` axes, whose elements are addressed by `[usize; R]`.
///
/// ```
/// use array_core::{IndexRank, View, array};
/// fn corner<S: IndexRank<2>>(v: View<'_, i32, S>) -> i32 {
///     v[[0, 0]]
/// }
/// assert_eq!(corner(array![[7, 8], [9, 10]].view()), 7);
/// ```
#[diagnostic::on_unimplemented(
    message = "an index of length {R} cannot address an array of shape `{Self}`",
    label = "this index needs one component per axis of `{Self}`",
    note = "write one `usize` per axis, e.g. `a[[i, j]]` for a 2-D array; `.get(ix)` returns `None` instead of failing"
)]
pub trait IndexRank<const R: usize>: FixedRank + Shape<Dims = [usize; R]> {}

/// A multi-index for arrays of shape `S`: `[usize; R]` when `S` has rank `R`.
///
/// ```
/// use array_core::{MultiIndex, shape};
/// fn takes<S: array_core::Shape, I: MultiIndex<S>>(ix: I) -> usize {
///     ix.as_ref().len()
/// }
/// assert_eq!(takes::<shape![2, 3], _>([1, 2]), 2);
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not an index for an array of shape `{S}`",
    label = "expected `[usize; R]`, one `usize` per axis",
    note = "convert signed or narrower integers first, e.g. `[i as usize, j as usize]`, or use `.get(..)`"
)]
pub trait MultiIndex<S: Shape>: AsRef<[usize]> + fmt::Debug {}

impl<S: IndexRank<R>, const R: usize> MultiIndex<S> for [usize; R] {}

macro_rules! fixed_rank {
    ($rank:literal; $($d:ident),*) => {
        impl<$($d: super::Dim),*> FixedRank for ($($d,)*) {}
        impl<$($d: super::Dim),*> IndexRank<$rank> for ($($d,)*) {}
    };
}

super::arity::for_each_rank!(fixed_rank);

//! The item count `s!` read off the tokens, carried by the first item, so
//! that a wrong count for a tuple shape is one error whose message gives
//! both numbers ("wrong number of slice items: `s!` names 3, the array has 2 axes").
//!
//! [`Counted`] wraps the first item of the tuple and acts as that item
//! everywhere (its run-time description, its kind for the layout rule, its
//! step of the walk), except that its step first compares the count with
//! the rank of the dims it is given, which are all the array's dims. When
//! the comparison fails, the rest of the walk depends on its failed answer
//! and reports nothing more. Hand-written item tuples slice as well; their
//! count is checked by the walk itself, in words but without the numbers.

use super::items::{ItemSpec, SliceItem};
use super::walk::{AddNamed, DynRankItem, OnAxis, Step};
use crate::shape::Dim;
use std::fmt;

/// The first slice item, with the number of axes all the items name
/// (`NAMED`: every item but `NewAxis` and `...`) and whether one of them is
/// `...` (`ELLIPSIS`). `s!` writes it; it acts exactly as the item it wraps.
///
/// ```
/// use array_core::{array, s};
/// use array_core::slice::{Counted, Full, StaticAt};
/// let a = array![[1, 2], [3, 4]];
/// let items = (Counted::<2, false, _>::new(StaticAt::<1, _>::new()), Full);
/// assert_eq!(a.slice(items).to_vec(), a.slice(s![1, ..]).to_vec());
/// ```
pub struct Counted<const NAMED: usize, const ELLIPSIS: bool, I>(I);

impl<const NAMED: usize, const ELLIPSIS: bool, I> Counted<NAMED, ELLIPSIS, I> {
    /// The first item, counted.
    ///
    /// ```
    /// use array_core::slice::{Counted, Full};
    /// let _ = Counted::<1, false, _>::new(Full);
    /// ```
    #[inline(always)]
    pub fn new(first: I) -> Self {
        Counted(first)
    }
}

impl<const NAMED: usize, const ELLIPSIS: bool, I: Clone> Clone for Counted<NAMED, ELLIPSIS, I> {
    fn clone(&self) -> Self {
        Counted(self.0.clone())
    }
}
impl<const NAMED: usize, const ELLIPSIS: bool, I: Copy> Copy for Counted<NAMED, ELLIPSIS, I> {}
impl<const NAMED: usize, const ELLIPSIS: bool, I: fmt::Debug> fmt::Debug
    for Counted<NAMED, ELLIPSIS, I>
{
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl<const NAMED: usize, const ELLIPSIS: bool, I: SliceItem> super::items::Sealed
    for Counted<NAMED, ELLIPSIS, I>
{
}
impl<const NAMED: usize, const ELLIPSIS: bool, I: SliceItem> SliceItem
    for Counted<NAMED, ELLIPSIS, I>
{
    type Kind = I::Kind;
    #[inline(always)]
    fn spec(&self) -> ItemSpec {
        self.0.spec()
    }
}

impl<N, const NAMED: usize, const ELLIPSIS: bool, I: AddNamed<N>> AddNamed<N>
    for Counted<NAMED, ELLIPSIS, I>
{
    type Out = I::Out;
}

impl<const NAMED: usize, const ELLIPSIS: bool, I: DynRankItem> DynRankItem
    for Counted<NAMED, ELLIPSIS, I>
{
}

impl<D: Dim, const NAMED: usize, const ELLIPSIS: bool, I: OnAxis<D>> OnAxis<D>
    for Counted<NAMED, ELLIPSIS, I>
{
    type Out = I::Out;
}

impl<Dims, Tail, const NAMED: usize, const ELLIPSIS: bool, I> Step<Dims, Tail>
    for Counted<NAMED, ELLIPSIS, I>
where
    Dims: CountFits<NAMED, ELLIPSIS>,
    I: Step<<Dims as CountFits<NAMED, ELLIPSIS>>::Dims, Tail>,
{
    type Out = <I as Step<<Dims as CountFits<NAMED, ELLIPSIS>>::Dims, Tail>>::Out;
    type Rest = <I as Step<<Dims as CountFits<NAMED, ELLIPSIS>>::Dims, Tail>>::Rest;
}

/// The dims `Self` of an array, once `N` items (and a `...` when `E`) are
/// proven to fit them: `Dims` is `Self`, reached only through the proof.
#[doc(hidden)]
pub trait CountFits<const N: usize, const E: bool> {
    /// `Self`.
    type Dims;
}

// `SameCount` and `AtMost` repeat one template on purpose (as do the walk's
// own checks in `walk.rs`): each count error has its own words, and
// `on_unimplemented` cannot choose between two messages.
/// Proof that `N` items name the `R` axes of the dims `D` (equal numbers).
#[doc(hidden)]
#[diagnostic::on_unimplemented(
    message = "wrong number of slice items: `s!` names {N}, the array has {R} axes",
    label = "{N} items naming axes, for an array of {R} axes",
    note = "each item other than `NewAxis` and `...` names one axis; write `..` for an axis to keep whole, or `...` for all the remaining ones"
)]
pub trait SameCount<const N: usize, const R: usize, D> {
    /// `D`.
    type Dims;
}

impl<const N: usize, D> SameCount<N, N, D> for () {
    type Dims = D;
}

/// Proof that `N` items and a `...` fit the `R` axes of the dims `D`
/// (`N <= R`; implemented for every such pair of ranks 0 to 6).
#[doc(hidden)]
#[diagnostic::on_unimplemented(
    message = "too many slice items: `s!` names {N} besides `...`, the array has {R} axes",
    label = "{N} items naming axes, and `...`, for an array of {R} axes",
    note = "each item other than `NewAxis` and `...` names one axis; `...` stands for the axes the others leave (possibly none)"
)]
pub trait AtMost<const N: usize, const R: usize, D> {
    /// `D`.
    type Dims;
}

macro_rules! at_most {
    ($rank:literal; $($n:literal)*) => {$(
        impl<D> AtMost<$n, $rank, D> for () {
            type Dims = D;
        }
    )*};
}
at_most!(0; 0);
at_most!(1; 0 1);
at_most!(2; 0 1 2);
at_most!(3; 0 1 2 3);
at_most!(4; 0 1 2 3 4);
at_most!(5; 0 1 2 3 4 5);
at_most!(6; 0 1 2 3 4 5 6);

macro_rules! count_fits {
    ($rank:literal; $($d:ident),*) => {
        impl<const N: usize, $($d),*> CountFits<N, false> for ($($d,)*)
        where
            (): SameCount<N, $rank, Self>,
        {
            type Dims = <() as SameCount<N, $rank, Self>>::Dims;
        }

        impl<const N: usize, $($d),*> CountFits<N, true> for ($($d,)*)
        where
            (): AtMost<N, $rank, Self>,
        {
            type Dims = <() as AtMost<N, $rank, Self>>::Dims;
        }
    };
}
crate::shape::arity::for_each_rank!(count_fits);

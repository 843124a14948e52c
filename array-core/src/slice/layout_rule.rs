//! The result layout of a slice, decided from the kinds of its items.
//!
//! mdspan's rule for `layout_right` (P2630), which NumPy's contiguity flags
//! agree with: a C array stays C when the items are integers on the leading
//! axes, then at most one range of step 1, then `..` on every later axis.
//! An F array mirrors it: `..` on the leading axes, then at most one range
//! of step 1, then integers on the trailing axes. Anything else is
//! `Strided`, and a `Strided` input stays `Strided`.
//!
//! * `...` stands for some number of `..`, so it is allowed wherever any
//!   number of `..` would be: after the range (C), before it (F).
//! * A new axis has length 1, and NumPy's flags ignore length-1 axes, so it
//!   is allowed anywhere and changes nothing. In a `C`/`F` result its stride
//!   is the canonical one, not NumPy's 0; no element address differs.
//! * The rule looks at kinds only, never at values, so it is never wrong
//!   but sometimes conservative: `s![.., 0..1]` is `Strided` by type although
//!   NumPy would call the result C-contiguous (its last axis has length 1).
//!
//! Each rule is a small state machine over the item tuple, run by the trait
//! solver: [`Fold`] feeds every item's kind (`SliceItem::Kind`) to [`Next`].

use super::items::SliceItem;
use crate::layout::{C, F, Layout, Strided};

/// Kinds of items, as far as the layout rule cares.
#[doc(hidden)]
pub(super) mod kind {
    /// An integer index.
    pub struct Int;
    /// `..`.
    pub struct Whole;
    /// A range with step 1 that may be partial.
    pub struct Part;
    /// A range with any other step.
    pub struct Stepped;
    /// A new axis.
    pub struct New;
    /// `...`.
    pub struct Rest;
}

/// States of the two machines.
#[doc(hidden)]
pub(super) mod state {
    /// C rule: only integers (and new axes) so far.
    pub struct CLead;
    /// C rule: the range slot is taken; only `..` may follow.
    pub struct CTail;
    /// F rule: only `..` (and new axes) so far.
    pub struct FLead;
    /// F rule: the range slot is taken; only integers may follow.
    pub struct FTail;
    /// The layout cannot be kept.
    pub struct Lost;
}

/// One transition: the state after an item of kind `K`.
#[doc(hidden)]
pub trait Next<K> {
    /// The next state.
    type State;
}

macro_rules! transitions {
    ($($from:ident + $kind:ident => $to:ident;)*) => {
        $(impl Next<kind::$kind> for state::$from {
            type State = state::$to;
        })*
    };
}
transitions! {
    CLead + Int => CLead;
    CLead + New => CLead;
    CLead + Whole => CTail;
    CLead + Part => CTail;
    CLead + Rest => CTail;
    CLead + Stepped => Lost;
    CTail + Whole => CTail;
    CTail + Rest => CTail;
    CTail + New => CTail;
    CTail + Int => Lost;
    CTail + Part => Lost;
    CTail + Stepped => Lost;
    FLead + Whole => FLead;
    FLead + Rest => FLead;
    FLead + New => FLead;
    FLead + Part => FTail;
    FLead + Int => FTail;
    FLead + Stepped => Lost;
    FTail + Int => FTail;
    FTail + New => FTail;
    FTail + Whole => Lost;
    FTail + Part => Lost;
    FTail + Rest => Lost;
    FTail + Stepped => Lost;
}

impl<K> Next<K> for state::Lost {
    type State = state::Lost;
}

/// Runs a machine from state `St` over a tuple of items.
#[doc(hidden)]
pub trait Fold<St> {
    /// The final state.
    type End;
}

impl<St> Fold<St> for () {
    type End = St;
}

macro_rules! fold {
    () => {};
    ($h:ident $(, $t:ident)*) => {
        impl<St, $h: SliceItem $(, $t)*> Fold<St> for ($h, $($t,)*)
        where
            St: Next<$h::Kind>,
            ($($t,)*): Fold<<St as Next<$h::Kind>>::State>,
        {
            type End = <($($t,)*) as Fold<<St as Next<$h::Kind>>::State>>::End;
        }
    };
}
crate::shape::arity::for_each_item_count!(fold);

/// The machines' answers.
#[doc(hidden)]
pub(super) mod answer {
    /// The layout is kept.
    pub struct Keep;
    /// The result is `Strided`.
    pub struct Lose;
}

/// Maps a final state to [`answer::Keep`] or [`answer::Lose`].
#[doc(hidden)]
pub trait Verdict {
    /// The answer.
    type Answer;
}

impl Verdict for state::CLead {
    type Answer = answer::Keep;
}
impl Verdict for state::CTail {
    type Answer = answer::Keep;
}
impl Verdict for state::FLead {
    type Answer = answer::Keep;
}
impl Verdict for state::FTail {
    type Answer = answer::Keep;
}
impl Verdict for state::Lost {
    type Answer = answer::Lose;
}

/// Whether a tuple of items keeps C, and whether it keeps F.
#[doc(hidden)]
pub trait LayoutRule {
    /// [`answer::Keep`] when a C input stays C.
    type KeepsC;
    /// [`answer::Keep`] when an F input stays F.
    type KeepsF;
}

impl<T> LayoutRule for T
where
    T: Fold<state::CLead> + Fold<state::FLead>,
    <T as Fold<state::CLead>>::End: Verdict,
    <T as Fold<state::FLead>>::End: Verdict,
{
    type KeepsC = <<T as Fold<state::CLead>>::End as Verdict>::Answer;
    type KeepsF = <<T as Fold<state::FLead>>::End as Verdict>::Answer;
}

/// The layout of a sliced array of layout `Self`, given the two answers.
#[doc(hidden)]
pub trait SliceLayout<KeepsC, KeepsF>: Layout {
    /// `Self` when kept, else `Strided`.
    type Out: Layout;
}

impl<KF> SliceLayout<answer::Keep, KF> for C {
    type Out = C;
}
impl<KF> SliceLayout<answer::Lose, KF> for C {
    type Out = Strided;
}
impl<KC> SliceLayout<KC, answer::Keep> for F {
    type Out = F;
}
impl<KC> SliceLayout<KC, answer::Lose> for F {
    type Out = Strided;
}
impl<KC, KF> SliceLayout<KC, KF> for Strided {
    type Out = Strided;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Dyn;
    use crate::slice::items::{At, Ellipsis, Full, NewAxis, Range, RangeStep, StaticRange};

    /// The layouts a C and an F input get from the items `T`.
    fn layouts<T: LayoutRule>() -> (&'static str, &'static str)
    where
        C: SliceLayout<T::KeepsC, T::KeepsF>,
        F: SliceLayout<T::KeepsC, T::KeepsF>,
    {
        (
            <<C as SliceLayout<T::KeepsC, T::KeepsF>>::Out as Layout>::NAME,
            <<F as SliceLayout<T::KeepsC, T::KeepsF>>::Out as Layout>::NAME,
        )
    }

    type Lit = StaticRange<1, 3, 2, Dyn>;

    #[test]
    fn c_keeps_integers_then_one_range_then_full() {
        assert_eq!(layouts::<(At, Range, Full)>().0, "C");
        assert_eq!(layouts::<(At, At, Full)>().0, "C");
        assert_eq!(layouts::<(Lit, Full, Full)>().0, "C");
        assert_eq!(layouts::<(At, Ellipsis)>().0, "C");
        assert_eq!(layouts::<(Lit, Ellipsis, Full)>().0, "C");
        assert_eq!(layouts::<(At, At)>().0, "C");
        assert_eq!(layouts::<()>().0, "C");
        assert_eq!(layouts::<(NewAxis, At, NewAxis, Range, NewAxis)>().0, "C");
    }

    #[test]
    fn c_is_lost_by_steps_inner_ranges_and_late_integers() {
        assert_eq!(layouts::<(RangeStep, Full)>().0, "Strided");
        assert_eq!(layouts::<(Full, Range)>().0, "Strided");
        assert_eq!(layouts::<(Range, Lit)>().0, "Strided");
        assert_eq!(layouts::<(Full, At)>().0, "Strided");
        assert_eq!(layouts::<(Ellipsis, At)>().0, "Strided");
        assert_eq!(layouts::<(At, Full, RangeStep)>().0, "Strided");
    }

    #[test]
    fn f_mirrors_c() {
        assert_eq!(layouts::<(Full, Range, At)>().1, "F");
        assert_eq!(layouts::<(Full, At, At)>().1, "F");
        assert_eq!(layouts::<(Ellipsis, Lit)>().1, "F");
        assert_eq!(layouts::<(Ellipsis, At)>().1, "F");
        assert_eq!(layouts::<(At, At)>().1, "F");
        assert_eq!(layouts::<(Range, Full)>().1, "Strided");
        assert_eq!(layouts::<(At, Full)>().1, "Strided");
        assert_eq!(layouts::<(At, Ellipsis)>().1, "Strided");
        assert_eq!(layouts::<(Full, RangeStep)>().1, "Strided");
        assert_eq!(layouts::<(NewAxis, Full, NewAxis, Range, At)>().1, "F");
    }
}

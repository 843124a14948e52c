//! The slice items: one type per *kind* of item that `s![..]` can see in
//! the source, so that the result's shape and layout can be types.
//!
//! Run-time bounds are stored as `isize` (negative counts from the end, as
//! in Python); bounds written as literals live in const generic parameters
//! and are checked against a static axis when the item is built (see
//! [`checks`](super::checks)).

use super::checks::{self, IndexFits, RangeFits};
use super::layout_rule::kind;
use crate::rules::slice::BasicItem;
use crate::shape::Dim;
use std::fmt;
use std::marker::PhantomData;

mod sealed {
    pub trait Sealed {}
}
pub(crate) use sealed::Sealed;

/// An integer index: selects one position and drops the axis.
/// Negative values count from the end (`-1` is the last position).
///
/// ```
/// use array_core::{array, s};
/// use array_core::slice::{Full, At};
/// let a = array![[1, 2, 3], [4, 5, 6]];
/// assert_eq!(a.slice((At(-1), Full)).to_vec(), [4, 5, 6]);
/// assert_eq!(a.slice(s![-1, ..]).to_vec(), [4, 5, 6]);
/// ```
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub struct At(pub isize);

// `StaticAt` and `Bound` (below) are parallel on purpose: a literal index
// and a literal range bound are checked against the axis by different
// rules, and each error names the item the user wrote.
/// An index written as a non-negative integer literal, `s![2, ..]`.
///
/// `D` is the axis it applies to (inferred from the array being sliced):
/// on a static axis the literal is checked at compile time, on a dynamic
/// axis at run time.
///
/// ```
/// use array_core::{array, s, Const};
/// use array_core::slice::{Full, StaticAt};
/// let a = array![[1, 2, 3], [4, 5, 6]];
/// let row = a.slice((StaticAt::<1, Const<2>>::new(), Full));
/// assert_eq!(row.to_vec(), a.slice(s![1, ..]).to_vec());
/// ```
pub struct StaticAt<const I: usize, D> {
    axis: PhantomData<fn() -> D>,
}

impl<const I: usize, D: Dim + IndexFits<I>> StaticAt<I, D> {
    /// The item; it only exists when index `I` fits the axis `D` (for a
    /// static axis; a dynamic one is checked when slicing).
    ///
    /// ```
    /// use array_core::{Const, Dyn};
    /// use array_core::slice::StaticAt;
    /// let _ = StaticAt::<3, Const<4>>::new();
    /// let _ = StaticAt::<9, Dyn>::new(); // checked at run time
    /// ```
    #[inline(always)]
    pub fn new() -> Self {
        checks::fits_at_build::<I, true, D>();
        StaticAt { axis: PhantomData }
    }
}

impl<const I: usize, D: Dim + IndexFits<I>> Default for StaticAt<I, D> {
    fn default() -> Self {
        Self::new()
    }
}

/// `..`: the whole axis. Keeps the axis' dim type, so a static axis stays
/// static.
///
/// ```
/// use array_core::{array, s, Const, View, C};
/// let a = array![[1, 2, 3], [4, 5, 6]];
/// let v: View<'_, i32, (Const<2>, Const<3>), C> = a.slice(s![.., ..]);
/// assert_eq!(v.to_vec(), [1, 2, 3, 4, 5, 6]);
/// ```
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Full;

/// `a..b`, `a..` or `..b` with step 1 and at least one bound computed at
/// run time (or negative): the result's axis is dynamic. `None` is an
/// omitted bound.
///
/// ```
/// use array_core::{array, s};
/// use array_core::slice::Range;
/// let a = array![10, 11, 12, 13];
/// let k = 1;
/// assert_eq!(a.slice(s![k..]).to_vec(), [11, 12, 13]);
/// assert_eq!(a.slice((Range { start: Some(-2), end: None },)).to_vec(), [12, 13]);
/// ```
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub struct Range {
    /// First position taken (`None`: from the start).
    pub start: Option<isize>,
    /// Position the range stops before (`None`: to the end).
    pub end: Option<isize>,
}

/// `a..b` or `..b` written with non-negative integer literals and step 1.
/// The result's length `LEN` (`END - START`, or 0) is part of the type: on
/// a static axis the result is `Const<LEN>`, and both bounds are checked
/// against the axis at compile time.
///
/// Build it with [`StaticRange::new`], which takes the two bound proofs
/// (`s!` writes this for you).
///
/// ```
/// use array_core::{array, s, Const, View, C};
/// let a = array![[1, 2], [3, 4], [5, 6], [7, 8]];
/// let v: View<'_, i32, (Const<2>, Const<2>), C> = a.slice(s![1..3, ..]);
/// assert_eq!(v.to_vec(), [3, 4, 5, 6]);
/// ```
pub struct StaticRange<const START: usize, const END: usize, const LEN: usize, D> {
    axis: PhantomData<fn() -> D>,
}

/// Proof that the literal bound `B` fits the axis `D` (`B <= len`); made by
/// [`Bound::new`] and consumed by [`StaticRange::new`].
///
/// ```
/// use array_core::Const;
/// use array_core::slice::{Bound, StaticRange};
/// let r = StaticRange::<1, 3, 2, Const<4>>::new(Bound::new(), Bound::new());
/// # let _ = r;
/// ```
pub struct Bound<const B: usize, D> {
    axis: PhantomData<fn() -> D>,
}

impl<const B: usize, D: Dim + RangeFits<B>> Bound<B, D> {
    /// The proof; only exists when `B` fits a static axis `D`.
    ///
    /// ```
    /// use array_core::Const;
    /// use array_core::slice::Bound;
    /// let _ = Bound::<4, Const<4>>::new(); // one past the end is a valid bound
    /// ```
    #[inline(always)]
    pub fn new() -> Self {
        checks::fits_at_build::<B, false, D>();
        Bound { axis: PhantomData }
    }
}

impl<const B: usize, D: Dim + RangeFits<B>> Default for Bound<B, D> {
    fn default() -> Self {
        Self::new()
    }
}

impl<const START: usize, const END: usize, const LEN: usize, D: Dim>
    StaticRange<START, END, LEN, D>
{
    /// The item, from the proofs that both bounds fit the axis.
    ///
    /// `LEN` must be `END - START` (0 when `END < START`); a mismatch fails
    /// to build.
    ///
    /// ```
    /// use array_core::Dyn;
    /// use array_core::slice::{Bound, StaticRange};
    /// let _ = StaticRange::<0, 5, 5, Dyn>::new(Bound::new(), Bound::new());
    /// ```
    #[inline(always)]
    pub fn new(start: Bound<START, D>, end: Bound<END, D>) -> Self {
        // The length is spelled out because stable Rust cannot compute a
        // type from const parameters; `s!` computes it, this keeps hand
        // written items honest.
        const {
            assert!(
                LEN == END.saturating_sub(START),
                "StaticRange's LEN must be END - START"
            )
        };
        let _ = (start, end);
        StaticRange { axis: PhantomData }
    }
}

/// `a..` written with a non-negative integer literal start and step 1. On a
/// static axis the result keeps a static length, [`Minus`]`<D, START>`
/// (stable Rust cannot spell `Const<{ N - START }>`), and the start is
/// checked against the axis at compile time.
///
/// ```
/// use array_core::{array, s, Const, Minus, View, C};
/// let a = array![[1, 2], [3, 4], [5, 6]];
/// let v: View<'_, i32, (Minus<Const<3>, 1>, Const<2>), C> = a.slice(s![1.., ..]);
/// assert_eq!(v.to_vec(), [3, 4, 5, 6]);
/// ```
///
/// [`Minus`]: crate::Minus
pub struct StaticFrom<const START: usize, D> {
    axis: PhantomData<fn() -> D>,
}

impl<const START: usize, D: Dim> StaticFrom<START, D> {
    /// The item, from the proof that the start fits the axis.
    ///
    /// ```
    /// use array_core::Const;
    /// use array_core::slice::{Bound, StaticFrom};
    /// let _ = StaticFrom::<2, Const<5>>::new(Bound::new());
    /// ```
    #[inline(always)]
    pub fn new(start: Bound<START, D>) -> Self {
        let _ = start;
        StaticFrom { axis: PhantomData }
    }
}

/// `a..b;k`: a range with a step other than 1 (negative steps walk
/// backwards, as NumPy's `a:b:k`); the result's axis is dynamic and the
/// layout `Strided`.
///
/// ```
/// use array_core::{array, s};
/// use array_core::slice::RangeStep;
/// let a = array![0, 1, 2, 3, 4];
/// assert_eq!(a.slice(s![..;-2]).to_vec(), [4, 2, 0]);
/// let r = RangeStep { start: Some(1), end: None, step: 2 };
/// assert_eq!(a.slice((r,)).to_vec(), [1, 3]);
/// ```
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub struct RangeStep {
    /// First position taken (`None`: the first, or the last for a negative step).
    pub start: Option<isize>,
    /// Position the range stops before (`None`: past the last, or before
    /// the first for a negative step).
    pub end: Option<isize>,
    /// Distance between taken positions; 0 is an error.
    pub step: isize,
}

/// A new axis of length 1 (NumPy's `np.newaxis`), consuming no axis.
///
/// ```
/// use array_core::{array, s};
/// let a = array![1, 2, 3];
/// assert_eq!(a.slice(s![NewAxis, ..]).dims(), [1, 3]);
/// ```
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct NewAxis;

/// `...`: as many `..` as the axes not named by the other items.
///
/// ```
/// use array_core::{Array, s, shape};
/// let a = Array::<i32, shape![2, 3, 4]>::zeros_static();
/// assert_eq!(a.slice(s![..., 0]).dims(), [2, 3]);
/// ```
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Ellipsis;

/// One item as the run-time walk sees it.
#[doc(hidden)]
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum ItemSpec {
    /// Select one position, drop the axis.
    Index(isize),
    /// Python's `slice(start, end, step)`.
    Slice {
        /// Start, `None` for omitted.
        start: Option<isize>,
        /// Stop, `None` for omitted.
        end: Option<isize>,
        /// Step (0 is an error).
        step: isize,
    },
    /// Insert a length-1 axis.
    NewAxis,
    /// Fill in full slices.
    Ellipsis,
}

impl ItemSpec {
    /// The item as NumPy's indexing rule takes it; an ellipsis keeps `keep`
    /// axes (the rank less the items that name an axis).
    #[inline(always)]
    pub(crate) fn basic(self, keep: usize) -> BasicItem {
        match self {
            ItemSpec::Index(i) => BasicItem::Index(i),
            ItemSpec::Slice { start, end, step } => BasicItem::Slice {
                start,
                stop: end,
                step,
            },
            ItemSpec::NewAxis => BasicItem::NewAxis,
            ItemSpec::Ellipsis => BasicItem::Keep(keep),
        }
    }
}

/// A value that can be one slice item.
#[doc(hidden)]
pub trait SliceItem: Sealed {
    /// What the item does to an axis, for the layout rule (one of the
    /// types in `layout_rule::kind`).
    type Kind;
    /// The item's run-time description.
    fn spec(&self) -> ItemSpec;
}

impl Sealed for At {}
impl SliceItem for At {
    type Kind = kind::Int;
    #[inline(always)]
    fn spec(&self) -> ItemSpec {
        ItemSpec::Index(self.0)
    }
}

impl<const I: usize, D> Sealed for StaticAt<I, D> {}
impl<const I: usize, D> SliceItem for StaticAt<I, D> {
    type Kind = kind::Int;
    #[inline(always)]
    fn spec(&self) -> ItemSpec {
        ItemSpec::Index(isize::try_from(I).unwrap_or(isize::MAX))
    }
}

impl Sealed for Full {}
impl SliceItem for Full {
    type Kind = kind::Whole;
    #[inline(always)]
    fn spec(&self) -> ItemSpec {
        ItemSpec::Slice {
            start: None,
            end: None,
            step: 1,
        }
    }
}

impl Sealed for Range {}
impl SliceItem for Range {
    type Kind = kind::Part;
    #[inline(always)]
    fn spec(&self) -> ItemSpec {
        ItemSpec::Slice {
            start: self.start,
            end: self.end,
            step: 1,
        }
    }
}

impl<const START: usize, const END: usize, const LEN: usize, D> Sealed
    for StaticRange<START, END, LEN, D>
{
}
impl<const START: usize, const END: usize, const LEN: usize, D> SliceItem
    for StaticRange<START, END, LEN, D>
{
    type Kind = kind::Part;
    #[inline(always)]
    fn spec(&self) -> ItemSpec {
        let bound = |b: usize| isize::try_from(b).unwrap_or(isize::MAX);
        ItemSpec::Slice {
            start: Some(bound(START)),
            end: Some(bound(END)),
            step: 1,
        }
    }
}

impl<const START: usize, D> Sealed for StaticFrom<START, D> {}
impl<const START: usize, D> SliceItem for StaticFrom<START, D> {
    type Kind = kind::Part;
    #[inline(always)]
    fn spec(&self) -> ItemSpec {
        ItemSpec::Slice {
            start: Some(isize::try_from(START).unwrap_or(isize::MAX)),
            end: None,
            step: 1,
        }
    }
}

impl Sealed for RangeStep {}
impl SliceItem for RangeStep {
    type Kind = kind::Stepped;
    #[inline(always)]
    fn spec(&self) -> ItemSpec {
        ItemSpec::Slice {
            start: self.start,
            end: self.end,
            step: self.step,
        }
    }
}

impl Sealed for NewAxis {}
impl SliceItem for NewAxis {
    type Kind = kind::New;
    #[inline(always)]
    fn spec(&self) -> ItemSpec {
        ItemSpec::NewAxis
    }
}

impl Sealed for Ellipsis {}
impl SliceItem for Ellipsis {
    type Kind = kind::Rest;
    #[inline(always)]
    fn spec(&self) -> ItemSpec {
        ItemSpec::Ellipsis
    }
}

// Items with a phantom axis are plain markers: copyable and printable
// whatever the axis type is.
macro_rules! marker_traits {
    ($name:ident < $(const $c:ident),* >) => {
        impl<$(const $c: usize,)* D> Clone for $name<$($c,)* D> {
            fn clone(&self) -> Self {
                *self
            }
        }
        impl<$(const $c: usize,)* D> Copy for $name<$($c,)* D> {}
        impl<$(const $c: usize,)* D> fmt::Debug for $name<$($c,)* D> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(stringify!($name))?;
                let params: &[usize] = &[$($c),*];
                f.debug_list().entries(params).finish()
            }
        }
    };
}
marker_traits!(StaticAt<const I>);
marker_traits!(StaticRange<const START, const END, const LEN>);
marker_traits!(StaticFrom<const START>);
marker_traits!(Bound<const B>);

/// An integer usable as a slice index, bound or step.
///
/// Implemented for every primitive integer type. Values beyond `isize`'s
/// range saturate, which slicing treats exactly as NumPy treats any index
/// past the end (bounds clamp, indices are out of bounds).
///
/// ```
/// use array_core::{array, s};
/// let a = array![1, 2, 3, 4];
/// let (i, j): (usize, u8) = (1, 3);
/// assert_eq!(a.slice(s![i..j as i64]).to_vec(), [2, 3]);
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be used as a slice index",
    label = "expected an integer",
    note = "slice items are integers (`2`, `i`, `-1`), ranges written out in `s!` (`a..b`, `a..`, `..b`, `..`, `a..b;step`), `NewAxis` and `...`"
)]
pub trait SliceInt: Copy {
    /// The value as an `isize`, saturating.
    fn to_isize(self) -> isize;
}

macro_rules! slice_int {
    ($($t:ty),*) => {$(
        impl SliceInt for $t {
            #[inline(always)]
            fn to_isize(self) -> isize {
                #[allow(irrefutable_let_patterns)]
                if let Ok(v) = isize::try_from(self) {
                    v
                } else if self > 0 as $t {
                    isize::MAX
                } else {
                    isize::MIN
                }
            }
        }
    )*};
}
slice_int!(
    i8, i16, i32, i64, i128, isize, u8, u16, u32, u64, u128, usize
);

impl<T: SliceInt> SliceInt for &T {
    #[inline(always)]
    fn to_isize(self) -> isize {
        (*self).to_isize()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integers_saturate_into_isize() {
        assert_eq!(5u8.to_isize(), 5);
        assert_eq!((-3i64).to_isize(), -3);
        assert_eq!(usize::MAX.to_isize(), isize::MAX);
        assert_eq!(i128::MIN.to_isize(), isize::MIN);
        assert_eq!(u128::MAX.to_isize(), isize::MAX);
        assert_eq!((&7i32).to_isize(), 7);
    }

    #[test]
    fn specs_describe_each_kind() {
        assert_eq!(At(-1).spec(), ItemSpec::Index(-1));
        assert_eq!(
            Full.spec(),
            ItemSpec::Slice {
                start: None,
                end: None,
                step: 1
            }
        );
        let r = StaticRange::<1, 3, 2, crate::Dyn>::new(Bound::new(), Bound::new());
        assert_eq!(
            r.spec(),
            ItemSpec::Slice {
                start: Some(1),
                end: Some(3),
                step: 1
            }
        );
        assert_eq!(format!("{r:?}"), "StaticRange[1, 3, 2]");
        assert_eq!(NewAxis.spec(), ItemSpec::NewAxis);
        assert_eq!(Ellipsis.spec(), ItemSpec::Ellipsis);
    }
}

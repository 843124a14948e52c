//! Slicing with `s![..]`: views whose shape and layout are types.
//!
//! `s![1..3, ..]` is a tuple of *items* whose types say what kind each one
//! is ([`At`], [`StaticAt`], [`Full`], [`Range`], [`StaticRange`],
//! [`StaticFrom`], [`RangeStep`], [`NewAxis`], [`Ellipsis`]); the first
//! carries the number of axes they name ([`Counted`]). [`SliceArg`] maps
//! the items and an input shape and layout to the result's shape and
//! layout:
//!
//! * **shape**: an index drops its axis, `..` keeps the dim type (a static
//!   axis stays static), a range with literal bounds on a static axis is
//!   `Const<LEN>`, a literal start `a..` on a static axis `D` is
//!   [`Minus<D, a>`](crate::Minus), any other range is `Dyn`, a new axis
//!   is `Const<1>`;
//! * **layout**: a `C` input stays `C` under integers on the leading axes,
//!   then at most one range of step 1, then `..` on every later axis; `F`
//!   mirrors it; anything else, and any `Strided` input, is `Strided`.
//!   `...` may stand wherever `..` may, and a [`NewAxis`] (length 1) fits
//!   anywhere. The rule looks at the kinds of the items, never at their
//!   values, so it is sometimes conservative: `s![.., 0..1]` is `Strided`
//!   by type although NumPy calls the result C-contiguous (its last axis
//!   has length 1). [`SliceArg::OutLayout`] names the result's layout;
//! * **checks**: a wrong item count for a tuple shape (with both numbers),
//!   and a literal index or bound outside a static axis, are compile errors
//!   in words; the rest
//!   (run-time values, [`DynRank`] arrays) is checked when
//!   slicing and reported as a [`SliceError`].
//!
//! At run time slicing follows NumPy exactly: bounds are normalised by
//! Python's `slice.indices`, so out-of-range run-time bounds clamp and
//! reversed ones give an empty axis; an integer index out of range is an
//! error.
//!
//! A literal item's type names the axis it applies to, inferred from the
//! array being sliced. In code generic over the shape, where no axis is
//! known, write literals in parentheses (`s![(0), ..]` is `(At, Full)`)
//! and bound the function with `(At, Full): SliceArg<S, L>`.
//!
//! ```
//! use array_core::{array, s, Const, Dyn, Strided, View, C};
//! let a = array![[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]];
//! let rows: View<'_, i32, (Const<2>, Const<4>), C> = a.slice(s![1..3, ..]);
//! assert_eq!(rows.as_slice(), &[5, 6, 7, 8, 9, 10, 11, 12]);
//! let col: View<'_, i32, (Const<3>,), Strided> = a.slice(s![.., 2]);
//! assert_eq!(col.to_vec(), [3, 7, 11]);
//! let back: View<'_, i32, (Dyn,), Strided> = a.slice(s![0, ..;-1]);
//! assert_eq!(back.to_vec(), [4, 3, 2, 1]);
//! ```

mod checks;
mod counted;
mod error;
mod items;
mod layout_rule;
mod methods;
mod plan;
mod walk;

pub use checks::{IndexFits, RangeFits};
pub use counted::Counted;
pub use error::SliceError;
pub use items::{
    At, Bound, Ellipsis, Full, NewAxis, Range, RangeStep, SliceInt, StaticAt, StaticFrom,
    StaticRange,
};
pub use methods::MoveLayout;

use crate::error::ShapeError;
use crate::layout::Layout;
use crate::rules::slice::BasicWalk;
use crate::shape::{Dim, DynRank, Shape};
use items::ItemSpec;
use layout_rule::{LayoutRule, SliceLayout};
use walk::{DynRankItems, Exhausted, ItemTuple, SpecVisitor, Walk};

/// A tuple of slice items that can slice an array of shape `S` and layout
/// `L`, and what the result is.
///
/// Implemented for the tuples `s![..]` builds (and for hand-written tuples
/// of the item types, up to 16 items). Use it as a bound to slice in
/// generic code.
///
/// ```
/// use array_core::{array, s, Layout, Shape, SliceArg, View};
/// fn first_rows<'a, S: Shape, L: Layout, A: SliceArg<S, L>>(
///     v: View<'a, i32, S, L>,
///     items: A,
/// ) -> View<'a, i32, A::OutShape, A::OutLayout> {
///     v.slice(items)
/// }
/// let a = array![[1, 2], [3, 4], [5, 6]];
/// assert_eq!(first_rows(a.view(), s![..2, ..]).to_vec(), [1, 2, 3, 4]);
/// ```
#[diagnostic::on_unimplemented(
    message = "these slice items cannot slice an array of shape `{S}` and layout `{L}`",
    label = "not a slice of this array",
    note = "build slice items with `s![..]`"
)]
pub trait SliceArg<S: Shape, L: Layout>: ItemTuple {
    /// The shape of the result.
    type OutShape: Shape;
    /// The layout of the result: `L` when the items keep it, else `Strided`.
    type OutLayout: MoveLayout;
}

/// The result of slicing `A` out of a `(S, L)` array, as a plain tuple of
/// shape, stored layout and first-element move.
type Resolved<S, L, A> = (
    <A as SliceArg<S, L>>::OutShape,
    <<A as SliceArg<S, L>>::OutLayout as Layout>::Stored<<A as SliceArg<S, L>>::OutShape>,
    isize,
);

/// Runs the items over `dims` and `strides` and builds the result's shape
/// and stored layout.
#[inline(always)]
pub(crate) fn resolve<S: Shape, L: Layout, A: SliceArg<S, L>>(
    items: &A,
    dims: &[usize],
    strides: &[isize],
) -> Result<Resolved<S, L, A>, SliceError> {
    if S::RANK.is_some() {
        resolve_tuple::<S, L, A>(items, dims, strides)
    } else {
        resolve_dyn_rank::<S, L, A>(items, dims, strides)
    }
}

/// [`resolve`] for a `DynRank` array: the item count is only known here.
fn resolve_dyn_rank<S: Shape, L: Layout, A: SliceArg<S, L>>(
    items: &A,
    dims: &[usize],
    strides: &[isize],
) -> Result<Resolved<S, L, A>, SliceError> {
    let (specs, n) = plan::collect_specs(|f| items.for_each_spec(&mut |spec| f(spec)));
    let plan = plan::plan(dims, strides, &specs[..n])?;
    let shape = A::OutShape::from_dims(plan.dims())?;
    let stored = <A::OutLayout as Layout>::store(&shape, plan.strides())
        .expect("the slice layout rule only keeps C or F when the strides are C or F");
    Ok((shape, stored, plan.offset))
}

/// [`resolve`] for a tuple shape. The types have matched every item to its
/// axes (the counts agree, one `...` at most, at most 6 axes out), so no
/// count is checked here and the walk is NumPy's basic indexing one item
/// at a time (`rules::slice::BasicWalk`) into small fixed arrays, inlined:
/// for literal items on static axes the optimiser folds it, and the shape
/// and layout work after it, to constants.
#[inline(always)]
fn resolve_tuple<S: Shape, L: Layout, A: SliceArg<S, L>>(
    items: &A,
    dims: &[usize],
    strides: &[isize],
) -> Result<Resolved<S, L, A>, SliceError> {
    let mut named = 0;
    items.for_each_spec(&mut |spec| {
        named += usize::from(matches!(spec, ItemSpec::Index(_) | ItemSpec::Slice { .. }));
    });
    let mut walk = TupleWalk {
        dims,
        strides,
        keep: dims.len() - named,
        walk: BasicWalk::default(),
        out_dims: [0; 6],
        out_strides: [0; 6],
        rank: 0,
        result: Ok(()),
    };
    items.for_each_spec(&mut walk);
    walk.result?;
    let (out_dims, out_strides, rank, offset) =
        (walk.out_dims, walk.out_strides, walk.rank, walk.walk.offset);
    let shape = A::OutShape::from_dims(&out_dims[..rank])?;
    // The slice layout rule keeps C or F only when the strides are C or F.
    let stored = <A::OutLayout as Layout>::store_proven(&shape, &out_strides[..rank]);
    Ok((shape, stored, offset))
}

/// The walk of [`resolve_tuple`]: NumPy's basic indexing, one item at a
/// time, into arrays of at most 6 axes (`Prepend` refused more at compile
/// time).
struct TupleWalk<'d> {
    dims: &'d [usize],
    strides: &'d [isize],
    /// The axes an ellipsis keeps.
    keep: usize,
    walk: BasicWalk,
    out_dims: [usize; 6],
    out_strides: [isize; 6],
    rank: usize,
    result: Result<(), SliceError>,
}

impl SpecVisitor for TupleWalk<'_> {
    #[inline(always)]
    fn visit(&mut self, spec: ItemSpec) {
        if self.result.is_err() {
            return;
        }
        let (out_dims, out_strides, rank) =
            (&mut self.out_dims, &mut self.out_strides, &mut self.rank);
        self.result = self
            .walk
            .step(self.dims, self.strides, spec.basic(self.keep), |d, st| {
                if *rank == out_dims.len() {
                    return Err(SliceError::from(ShapeError::TooManyAxes {
                        found: *rank + 1,
                    }));
                }
                (out_dims[*rank], out_strides[*rank]) = (d, st);
                *rank += 1;
                Ok(())
            });
    }
}

macro_rules! tuple_shape_arg {
    ($rank:literal; $($d:ident),*) => {
        impl<T, L: Layout, $($d: Dim),*> SliceArg<($($d,)*), L> for T
        where
            T: ItemTuple + Walk<($($d,)*)> + LayoutRule,
            <T as Walk<($($d,)*)>>::Rest: Exhausted,
            <T as Walk<($($d,)*)>>::Out: Shape,
            L: SliceLayout<T::KeepsC, T::KeepsF>,
            <L as SliceLayout<T::KeepsC, T::KeepsF>>::Out: MoveLayout,
        {
            type OutShape = <T as Walk<($($d,)*)>>::Out;
            type OutLayout = <L as SliceLayout<T::KeepsC, T::KeepsF>>::Out;
        }
    };
}
crate::shape::arity::for_each_rank!(tuple_shape_arg);

/// A `DynRank` array: the item count and every bound are checked at run
/// time; the result is `DynRank`.
impl<T, L: Layout> SliceArg<DynRank, L> for T
where
    T: ItemTuple + DynRankItems + LayoutRule,
    L: SliceLayout<T::KeepsC, T::KeepsF>,
    <L as SliceLayout<T::KeepsC, T::KeepsF>>::Out: MoveLayout,
{
    type OutShape = DynRank;
    type OutLayout = <L as SliceLayout<T::KeepsC, T::KeepsF>>::Out;
}

/// What `s!` expands to: paths into this crate that users never import.
#[doc(hidden)]
pub mod macro_support {
    pub use super::counted::Counted;
    pub use super::items::{
        At, Bound, Ellipsis, Full, NewAxis, Range, RangeStep, SliceInt, StaticAt, StaticFrom,
        StaticRange,
    };

    /// An integer item from any integer expression.
    #[inline(always)]
    pub fn index<I: SliceInt>(index: I) -> At {
        At(index.to_isize())
    }

    /// A range bound from any integer expression.
    #[inline(always)]
    pub fn bound<I: SliceInt>(bound: I) -> Option<isize> {
        Some(bound.to_isize())
    }

    /// The exclusive end of `..=end`: one past `end`, or "to the end" for
    /// `..=-1` (the last position).
    #[inline(always)]
    pub fn inclusive_end<I: SliceInt>(end: I) -> Option<isize> {
        match end.to_isize() {
            -1 => None,
            e => Some(e.saturating_add(1)),
        }
    }

    /// A step from any integer expression.
    #[inline(always)]
    pub fn step<I: SliceInt>(step: I) -> isize {
        step.to_isize()
    }

    /// `a..b` with run-time bounds.
    #[inline(always)]
    pub fn range(start: Option<isize>, end: Option<isize>) -> Range {
        Range { start, end }
    }

    /// `a..b;k`.
    #[inline(always)]
    pub fn range_step(start: Option<isize>, end: Option<isize>, step: isize) -> RangeStep {
        RangeStep { start, end, step }
    }
}

//! The result shape of a slice, computed by the type system.
//!
//! The items are a tuple (`(At, Full)`), the input shape a tuple of dims
//! (`(Const<4>, Dyn)`). [`Walk`] goes through the items left to right; each
//! item ([`Step`]) takes the next dim or not and contributes zero or one
//! dim to the result ([`OnAxis`]): an index drops its axis, `..` keeps the
//! dim type, a literal range on a static axis gives `Const<LEN>`, a literal
//! start `a..` on a static axis `D` gives `Minus<D, a>`, any other range
//! gives `Dyn`, a new axis inserts `Const<1>`. An ellipsis
//! keeps as many dims as the input has beyond the ones the later items
//! name, a count done in Peano numbers (`Z`, `Succ`, in `shape/count.rs`).
//!
//! A wrong item count fails on one of two traits whose messages say so in
//! words: [`SplitDims`] (an item but no axis left, with or without an
//! ellipsis) and [`Exhausted`] (axes left over). `s!` checks the count
//! before the walk (see `counted.rs`); these messages are for item tuples
//! built by hand.

use super::items::{
    At, Ellipsis, Full, ItemSpec, NewAxis, Range, RangeStep, SliceItem, StaticAt, StaticFrom,
    StaticRange,
};
use crate::shape::{
    Big, Const, Dim, DimList, Dyn, Flat, Minus, PeanoSub, Shape, Succ, Underflow, Z,
};

/// `()` whatever `Self` is: a bound on `<Dims as NoDims>::Empty` asks for
/// something of no dims without being trivially false, which the compiler
/// would refuse.
#[doc(hidden)]
pub trait NoDims {
    /// `()`.
    type Empty;
}

impl<T> NoDims for T {
    type Empty = ();
}

// `SplitDims`, `Prepend` and `Exhausted` repeat one template on purpose (as
// do `SameCount` and `AtMost` in `counted.rs`): each names a different
// mistake in its own words.
/// The first dim of a non-empty tuple of dims and the rest.
#[doc(hidden)]
#[diagnostic::on_unimplemented(
    message = "this slice has more items than the array has axes",
    label = "too many slice items for the array's rank",
    note = "each item other than `NewAxis` and `...` names one axis"
)]
pub trait SplitDims {
    /// The first dim.
    type Head: Dim;
    /// The others.
    type Tail: DimList;
}

/// `(D, Self...)`: the result so far with one more dim in front.
#[doc(hidden)]
#[diagnostic::on_unimplemented(
    message = "this slice would give an array of more than 6 axes",
    label = "too many axes in the result",
    note = "tuple shapes have at most 6 axes; slice a `DynRank` array for more"
)]
pub trait Prepend<D> {
    /// The longer tuple.
    type Out;
}

/// Nothing left to slice: the items named every axis.
#[doc(hidden)]
#[diagnostic::on_unimplemented(
    message = "this slice has fewer items than the array has axes",
    label = "the axes `{Self}` are not named by any slice item",
    note = "name every axis: add `..` for each axis to keep whole, or `...` for all the remaining ones"
)]
pub trait Exhausted {}

#[diagnostic::do_not_recommend]
impl Exhausted for () {}

macro_rules! split_and_prepend {
    (0;) => {};
    ($rank:literal; $h:ident $(, $d:ident)*) => {
        #[diagnostic::do_not_recommend]
        impl<$h: Dim $(, $d: Dim)*> SplitDims for ($h, $($d,)*) {
            type Head = $h;
            type Tail = ($($d,)*);
        }
        #[diagnostic::do_not_recommend]
        impl<$h: Dim $(, $d: Dim)*> Prepend<$h> for ($($d,)*) {
            type Out = ($h, $($d,)*);
        }
    };
}
crate::shape::arity::for_each_rank!(split_and_prepend);

/// What one axis-naming item makes of the dim `D`: `()` (dropped) or a
/// one-tuple holding the result's dim.
#[doc(hidden)]
pub trait OnAxis<D: Dim> {
    /// `()` or `(D2,)`.
    type Out: Concat<()>;
}

/// `Self` (zero or one dims) followed by the dims `B`.
#[doc(hidden)]
pub trait Concat<B> {
    /// The joined tuple.
    type Out;
}

impl<B> Concat<B> for () {
    type Out = B;
}

impl<D, B: Prepend<D>> Concat<B> for (D,) {
    type Out = B::Out;
}

impl<D: Dim> OnAxis<D> for At {
    type Out = ();
}
impl<const I: usize, D: Dim> OnAxis<D> for StaticAt<I, D> {
    type Out = ();
}
impl<D: Dim> OnAxis<D> for Full {
    type Out = (D,);
}
impl<D: Dim> OnAxis<D> for Range {
    type Out = (Dyn,);
}
impl<D: Dim> OnAxis<D> for RangeStep {
    type Out = (Dyn,);
}
// A literal range keeps a static length on a static axis (both bounds were
// checked against it); `a..` keeps `D`'s length minus `a`. On a `Minus`
// axis, stable Rust cannot add the two starts: the result is dynamic.
impl<const START: usize, const END: usize, const LEN: usize, const N: usize> OnAxis<Const<N>>
    for StaticRange<START, END, LEN, Const<N>>
{
    type Out = (Const<LEN>,);
}
impl<const START: usize, const END: usize, const LEN: usize, const N: usize> OnAxis<Big<N>>
    for StaticRange<START, END, LEN, Big<N>>
{
    type Out = (Const<LEN>,);
}
impl<const START: usize, const END: usize, const LEN: usize, D: Dim, const K: usize>
    OnAxis<Minus<D, K>> for StaticRange<START, END, LEN, Minus<D, K>>
where
    Minus<D, K>: Dim,
{
    type Out = (Const<LEN>,);
}
impl<const START: usize, const END: usize, const LEN: usize> OnAxis<Dyn>
    for StaticRange<START, END, LEN, Dyn>
{
    type Out = (Dyn,);
}
impl<const START: usize, const END: usize, const LEN: usize, S: Shape> OnAxis<Flat<S>>
    for StaticRange<START, END, LEN, Flat<S>>
{
    type Out = (Dyn,);
}
impl<const START: usize, const N: usize> OnAxis<Const<N>> for StaticFrom<START, Const<N>> {
    type Out = (Minus<Const<N>, START>,);
}
impl<const START: usize, const N: usize> OnAxis<Big<N>> for StaticFrom<START, Big<N>> {
    type Out = (Minus<Big<N>, START>,);
}
impl<const START: usize, D: Dim, const K: usize> OnAxis<Minus<D, K>>
    for StaticFrom<START, Minus<D, K>>
where
    Minus<D, K>: Dim,
{
    type Out = (Dyn,);
}
impl<const START: usize> OnAxis<Dyn> for StaticFrom<START, Dyn> {
    type Out = (Dyn,);
}
impl<const START: usize, S: Shape> OnAxis<Flat<S>> for StaticFrom<START, Flat<S>> {
    type Out = (Dyn,);
}

/// Adds the number of axes an item names (1, or 0 for `NewAxis` and `...`)
/// to `N`.
#[doc(hidden)]
pub trait AddNamed<N> {
    /// The sum.
    type Out;
}

/// The number of axes a tuple of items names.
#[doc(hidden)]
pub trait CountNamed {
    /// The count, as a Peano number.
    type N;
}

/// Walks a tuple of items over a tuple of dims.
#[doc(hidden)]
pub trait Walk<Dims> {
    /// The result's dims.
    type Out;
    /// The dims no item named.
    type Rest;
}

/// One item at the front of the walk, with the items after it.
#[doc(hidden)]
pub trait Step<Dims, Tail> {
    /// The result's dims from this item on.
    type Out;
    /// The dims no item named.
    type Rest;
}

macro_rules! axis_item {
    ($item:ident $(< $(const $c:ident),* >)?) => {
        impl<N $($(, const $c: usize)*, D)?> AddNamed<N> for $item $(<$($c,)* D>)? {
            type Out = Succ<N>;
        }

        impl<Dims, Tail $($(, const $c: usize)*, D)?> Step<Dims, Tail> for $item $(<$($c,)* D>)?
        where
            Dims: SplitDims,
            Tail: Walk<Dims::Tail>,
            Self: OnAxis<Dims::Head>,
            <Self as OnAxis<Dims::Head>>::Out: Concat<<Tail as Walk<Dims::Tail>>::Out>,
        {
            type Out =
                <<Self as OnAxis<Dims::Head>>::Out as Concat<<Tail as Walk<Dims::Tail>>::Out>>::Out;
            type Rest = <Tail as Walk<Dims::Tail>>::Rest;
        }
    };
}
axis_item!(At);
axis_item!(StaticAt<const I>);
axis_item!(Full);
axis_item!(Range);
axis_item!(StaticRange<const START, const END, const LEN>);
axis_item!(StaticFrom<const START>);
axis_item!(RangeStep);

impl<N> AddNamed<N> for NewAxis {
    type Out = N;
}

impl<Dims, Tail: Walk<Dims>> Step<Dims, Tail> for NewAxis
where
    Tail::Out: Prepend<Const<1>>,
{
    type Out = <Tail::Out as Prepend<Const<1>>>::Out;
    type Rest = Tail::Rest;
}

impl<N> AddNamed<N> for Ellipsis {
    type Out = N;
}

/// Keeps the first `K` dims whole, then walks the items `Tail` over the
/// others: an ellipsis that stands for `K` axes. For `K = Underflow` (more
/// items than axes) it asks for the head of no dims, so the error is
/// [`SplitDims`]'s, the same as without an ellipsis.
#[doc(hidden)]
pub trait EllipsisTakes<Tail, K> {
    /// The result's dims from the ellipsis on.
    type Out;
    /// The dims no item named.
    type Rest;
}

impl<Dims, Tail> EllipsisTakes<Tail, Underflow> for Dims
where
    <Dims as NoDims>::Empty: SplitDims,
{
    type Out = ();
    type Rest = ();
}

impl<Dims, Tail: Walk<Dims>> EllipsisTakes<Tail, Z> for Dims {
    type Out = Tail::Out;
    type Rest = Tail::Rest;
}

impl<Dims: SplitDims, Tail, K> EllipsisTakes<Tail, Succ<K>> for Dims
where
    Dims::Tail: EllipsisTakes<Tail, K>,
    <Dims::Tail as EllipsisTakes<Tail, K>>::Out: Prepend<Dims::Head>,
{
    type Out = <<Dims::Tail as EllipsisTakes<Tail, K>>::Out as Prepend<Dims::Head>>::Out;
    type Rest = <Dims::Tail as EllipsisTakes<Tail, K>>::Rest;
}

impl<Dims: DimList, Tail: CountNamed> Step<Dims, Tail> for Ellipsis
where
    Dims::Len: PeanoSub<Tail::N>,
    Dims: EllipsisTakes<Tail, <Dims::Len as PeanoSub<Tail::N>>::Out>,
{
    type Out = <Dims as EllipsisTakes<Tail, <Dims::Len as PeanoSub<Tail::N>>::Out>>::Out;
    type Rest = <Dims as EllipsisTakes<Tail, <Dims::Len as PeanoSub<Tail::N>>::Out>>::Rest;
}

/// Receives the run-time descriptions of a slice's items, in order
/// ([`ItemTuple::for_each_spec`]). Closures are visitors; a struct with an
/// `#[inline(always)]` `visit` keeps the whole walk inlined.
#[doc(hidden)]
pub trait SpecVisitor {
    /// Takes the next item.
    fn visit(&mut self, spec: ItemSpec);
}

impl<F: FnMut(ItemSpec)> SpecVisitor for F {
    #[inline(always)]
    fn visit(&mut self, spec: ItemSpec) {
        self(spec)
    }
}

/// A tuple of slice items: what `s![..]` builds.
#[doc(hidden)]
pub trait ItemTuple {
    /// The number of items.
    const LEN: usize;
    /// Gives `f` every item's run-time description, in order.
    fn for_each_spec(&self, f: &mut impl SpecVisitor);
}

impl ItemTuple for () {
    const LEN: usize = 0;
    #[inline(always)]
    fn for_each_spec(&self, _: &mut impl SpecVisitor) {}
}

impl CountNamed for () {
    type N = Z;
}

impl<Dims> Walk<Dims> for () {
    type Out = ();
    type Rest = Dims;
}

macro_rules! item_tuple {
    ($len:literal; $h:ident $hi:tt $(, $t:ident $ti:tt)*) => {
        impl<$h: SliceItem $(, $t: SliceItem)*> ItemTuple for ($h, $($t,)*) {
            const LEN: usize = $len;
            #[inline(always)]
            fn for_each_spec(&self, f: &mut impl SpecVisitor) {
                f.visit(self.$hi.spec());
                $( f.visit(self.$ti.spec()); )*
            }
        }

        impl<$h $(, $t)*> CountNamed for ($h, $($t,)*)
        where
            ($($t,)*): CountNamed,
            $h: AddNamed<<($($t,)*) as CountNamed>::N>,
        {
            type N = <$h as AddNamed<<($($t,)*) as CountNamed>::N>>::Out;
        }

        impl<Dims, $h $(, $t)*> Walk<Dims> for ($h, $($t,)*)
        where
            $h: Step<Dims, ($($t,)*)>,
        {
            type Out = <$h as Step<Dims, ($($t,)*)>>::Out;
            type Rest = <$h as Step<Dims, ($($t,)*)>>::Rest;
        }
    };
}
item_tuple!(1; A 0);
item_tuple!(2; A 0, B 1);
item_tuple!(3; A 0, B 1, C 2);
item_tuple!(4; A 0, B 1, C 2, D 3);
item_tuple!(5; A 0, B 1, C 2, D 3, E 4);
item_tuple!(6; A 0, B 1, C 2, D 3, E 4, F 5);
item_tuple!(7; A 0, B 1, C 2, D 3, E 4, F 5, G 6);
item_tuple!(8; A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7);
item_tuple!(9; A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8);
item_tuple!(10; A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9);
item_tuple!(11; A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10);
item_tuple!(12; A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11);
item_tuple!(13; A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12);
item_tuple!(14; A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12, N 13);
item_tuple!(15; A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12, N 13, O 14);
item_tuple!(16; A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12, N 13, O 14, P 15);

/// Items that can slice a [`DynRank`](crate::DynRank) array: every item,
/// with the axis of literal items fixed to `Dyn` (their bounds are checked
/// at run time there).
#[doc(hidden)]
pub trait DynRankItem {}

impl DynRankItem for At {}
impl<const I: usize> DynRankItem for StaticAt<I, Dyn> {}
impl DynRankItem for Full {}
impl DynRankItem for Range {}
impl<const START: usize, const END: usize, const LEN: usize> DynRankItem
    for StaticRange<START, END, LEN, Dyn>
{
}
impl<const START: usize> DynRankItem for StaticFrom<START, Dyn> {}
impl DynRankItem for RangeStep {}
impl DynRankItem for NewAxis {}
impl DynRankItem for Ellipsis {}

/// A tuple of items that can slice a `DynRank` array.
#[doc(hidden)]
pub trait DynRankItems {}

macro_rules! dyn_rank_items {
    ($($t:ident),*) => {
        impl<$($t: DynRankItem),*> DynRankItems for ($($t,)*) {}
    };
}
crate::shape::arity::for_each_item_count!(dyn_rank_items);

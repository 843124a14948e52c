//! N-dimensional arrays whose shape and memory layout the compiler knows.
//!
//! NumPy answers "did this give me a view or a copy?" at run time, after
//! the allocation. Here the answer is in the return type: an array's
//! **shape** (each axis static or dynamic) and its **layout** (`C`, `F` or
//! `Strided`) are type parameters, so a reshape of a C-contiguous array is a
//! view with no check at all, a static reshape with the wrong element count
//! does not compile, and operations whose answer depends on run-time strides
//! return a [`CowArray`] that says "may copy" and follows NumPy's rules
//! exactly.
//!
//! ```
//! use array_core::{array, Array, C, F, Order, View, shape};
//!
//! let a = array![[1, 2, 3], [4, 5, 6]];         // Array<i32, shape![2, 3], C>
//! let r: View<'_, i32, shape![3, 2], C> = a.reshape(); // a view, checked at compile time
//! assert_eq!(r[[2, 1]], 6);
//!
//! let t: View<'_, i32, shape![3, 2], F> = a.t(); // transposing turns C into F
//! let flat = t.ravel_order(Order::C);                  // C order of an F array: a copy
//! assert!(flat.is_copy());
//! assert_eq!(flat.view().to_vec(), [1, 4, 2, 5, 3, 6]);
//! ```
//!
//! # Types
//!
//! * **Shapes** ([`Shape`]): a tuple of dims for ranks 0 to 6, each
//!   [`Const<N>`](Const) (a length fixed in the type) or [`Dyn`] (a length
//!   known at run time), spelled with [`shape!`]: `shape![3, _]` is
//!   `(Const<3>, Dyn)`. [`DynRank`] is the shape whose number of axes is
//!   itself a run-time value (up to [`MAX_RANK`]). A shape whose dims are all
//!   static knows its element count at compile time, which is what lets the
//!   compiler check a static reshape.
//! * **Layouts** ([`Layout`]): [`C`] (row-major, the default) and [`F`]
//!   (column-major) store no strides, since the dims determine them, and
//!   prove contiguity ([`Contiguous`]), which `as_slice` needs. [`Strided`]
//!   stores one signed stride per axis (steps, permuted axes, broadcasts;
//!   zero and negative strides allowed). [`Flags`] is NumPy's run-time answer
//!   for concrete strides; [`Order`] is NumPy's `order=` argument.
//! * **Ownership**: [`Array`] owns a dense buffer. [`View`] reads borrowed
//!   elements; it has no way to write and no way to become a [`ViewMut`], so
//!   read-only is a type, not a flag. [`ViewMut`] writes, and its elements
//!   never overlap. [`CowArray`] is the result of an operation that may copy;
//!   [`CowArray::is_view`] says whether it did. A `View` with a tuple shape is
//!   `Copy`, like a reference; a `DynRank` view keeps its dims in a `Vec` and
//!   is only `Clone`, so code that uses one twice clones it (the dims, never
//!   the elements).
//!
//! Mutability comes from the receiver: on a `ViewMut`, every method that
//! never copies (`reshape`, `t`, `slice`, `rows`, `split_at`, ...) has the
//! name it has on a `View` and returns a `ViewMut`. An owned `Array` lends
//! views (`t`, `slice`) and mutable views (`t_mut`, `slice_mut`,
//! `rows_mut`).
//!
//! # View or copy
//!
//! The reshape family, by what is known when (each on `View`; the ones that
//! never copy on `ViewMut` too; `Array` borrows as a view):
//!
//! | | C order | F order | order as an argument |
//! |---|---|---|---|
//! | static target | `reshape::<S2>()` | `reshape_f::<S2>()` | - |
//! | run-time target | `try_reshape(dims)` | `try_reshape_f(dims)` | [`reshape_with(dims, order, copy)`](View::reshape_with) |
//! | must not copy | - | - | [`try_reshape_view(dims, order)`](View::try_reshape_view) |
//! | owned, no copy | `into_reshape::<S2>()` | `into_reshape_f::<S2>()` | - |
//!
//! In the layout's own order (`C` for `reshape`, `F` for `reshape_f`) the
//! result is a view, by type; in the other order, and on `Strided` data, it
//! is a `CowArray`, because only the run-time strides decide (NumPy's nocopy
//! rule). [`CopyPolicy`] is NumPy's `copy=` argument.
//!
//! * `ravel()`, `ravel_f()` and [`ravel_order`](View::ravel_order) give a view
//!   in the layout's own order, by type; otherwise a `CowArray` decided by
//!   NumPy's ravel rule, which is not reshape's: ravel never runs the nocopy
//!   algorithm, so uniformly strided data (`arange(10)[::2]`) is copied by
//!   `ravel` although `reshape(-1)` views it. `flatten()` always copies.
//! * `t()` reverses the axes and swaps `C` and `F` in the type, keeping static
//!   dims static; [`permuted_axes`](View::permuted_axes) and
//!   [`swap_axes`](View::swap_axes) give `Strided` views.
//! * `to_c_contiguous()` and `to_f_contiguous()` are NumPy's
//!   `ascontiguousarray` and `asfortranarray`: the same view when the type
//!   proves the layout, else a `CowArray` that copies only when the strides
//!   require it. [`try_into_c`](View::try_into_c) and `try_into_f` check the
//!   strides and carry the proof into the type, never copying.
//! * [`to_owned`](View::to_owned) copies in the layout's own order (`C` for
//!   `Strided`); [`to_owned_order`](View::to_owned_order) in any of NumPy's
//!   orders.
//!
//! # Indexing and slicing
//!
//! * [`s!`] and the [`slice`](mod@crate::slice) module: NumPy's basic
//!   indexing, always a view. A `C` input stays `C` under integers on the
//!   leading axes, then at most one step-1 range, then `..` on every later
//!   axis (`F` mirrors this); anything else is `Strided`. `..` keeps a static
//!   axis static, and a range with literal bounds on a static axis is static
//!   too. With a tuple shape, every axis is named (`..` for each whole axis,
//!   or one `...`). Run-time bounds follow NumPy: clamped, and empty when
//!   reversed.
//! * Copying indexers, which always return an owned array:
//!   [`View::take`], [`View::compress`], [`View::boolean_mask`] (NumPy's
//!   `a[a > 5]` is `a.boolean_mask(a.map(|&x| x > 5).view())`),
//!   [`View::boolean_mask_leading`] and [`View::fancy_index`] (advanced
//!   indexing, with NumPy's result layout). A result of advanced indexing
//!   never shares memory with its input.
//! * [`View::subscript`] is NumPy's whole `a[index]` rule; [`Indexed`] says
//!   whether it gave an element, a view or a copy.
//! * `a[[i, j]]` is one element; `get([i, j])` returns an `Option`.
//!
//! # Broadcasting and arithmetic
//!
//! * [`View::broadcast_to`], [`broadcast_pair`] and [`broadcast_shapes`]:
//!   NumPy's broadcasting. The views repeat elements through stride 0, so
//!   they are `View`s and can never be written.
//! * [`arith`]: `a += &b` (NumPy's `np.add(a, b, out=a)`), `&a + &b` (a new
//!   `C` array), the `out=` functions [`arith::add`] and friends, and
//!   [`Zip`] for any closure over an output and up to three inputs; `map`
//!   and `map_inplace` for one array. `a += &a.t()` does not compile, because
//!   the right side borrows `a`: copy it first.
//! * Memory overlap: [`shares_memory`] (exact, NumPy's bounded Diophantine
//!   solver) and [`may_share_memory`] (extents only), on any mix of arrays,
//!   views and `CowArray`s of any element types.
//!
//! # Axes, iteration and reductions
//!
//! * [`axis`]: `rows`, `columns`, `outer_iter`, `axis_iter`, `lanes`,
//!   `index_axis`, `split_at`, `insert_axis`, `squeeze`. Axes are `usize`.
//! * [`iter`]: every iterator walks logical order (row-major index order) on
//!   every layout, so `iter_mut` and `iter` of two arrays of one shape pair
//!   equal indices; the `*_memory_order` iterators walk memory instead.
//! * Reductions: `sum`, `product`, `fold`, `min`, `max`, `mean`, and their
//!   `_axis` forms ([`View::sum_axis`], ...). Whole-array reductions visit
//!   the elements in memory order, which for floating point decides the
//!   rounding: the sum of a transposed view equals its source's bit for bit.
//!   An axis reduction returns a new `C` array over the remaining axes, each
//!   element folded along the axis in increasing index order. `min` and
//!   `max` follow NumPy: a NaN wins. An empty array has no minimum: `min` is
//!   `None`, and `min_axis` over an empty axis is an error.
//!
//! # Static dims of any length
//!
//! `shape!`, `array!` and `s!` spell a literal length up to 1024 as
//! [`Const`] and a longer one as [`Big`]; `s![a.., ..]` with a literal
//! start on a static axis keeps it static as [`Minus`]. All are static: a
//! reshape between fully static shapes of equal element count is a view with
//! no run-time check, and a static broadcast has a static result type.
//!
//! The type system compares `Const` lengths (through `typenum`), so those
//! mistakes fail under `cargo check`. A `Big` length is too long for its
//! numbers: a count or broadcast mismatch involving one fails when the
//! program is built (`cargo build`, `cargo test`), with the same words and
//! a note naming the caller's line. [`reading_errors`] lists which error
//! appears when.
//!
//! # Printing
//!
//! `Debug` prints like NumPy's `repr` (`array([[1, 2],\n       [3, 4]])`),
//! `Display` like its `str` (`[[1 2]\n [3 4]]`). Arrays of more than 1000
//! elements are summarised with the first and last three entries of each
//! axis around `...`, as NumPy 2 does.
//!
//! # Copies, other crates, compile errors
//!
//! * [`audit`]: every run-time copy is an event with the operation, its
//!   size, the layouts and the caller's line; `audit::record` collects them
//!   and `audit::forbid_copies` turns any into an error, so "no hidden
//!   copies" is a unit test.
//! * [`bridge`]: the optional features `ndarray` (views and arrays both ways,
//!   without copying where the layout allows), `numpy` (NumPy arrays through
//!   PyO3 as views of NumPy's own memory) and `serde`.
//! * [`reading_errors`]: what the compile errors for shapes, layouts,
//!   indices and aliasing say, and what to do about each.

// Lets the crate's own unit tests use `array!`/`shape!`, whose expansions
// name `::array_core::__private`.
#[cfg(test)]
extern crate self as array_core;

pub mod arith;
mod array;
pub mod audit;
pub mod axis;
pub mod bridge;
mod broadcast;
mod construct;
mod copy;
mod error;
mod fmt;
mod index;
pub mod iter;
mod layout;
mod ops;
mod overlap;
mod reduce;
#[doc = include_str!("docs/errors.md")]
pub mod reading_errors {}
pub(crate) mod rules;
mod shape;
pub mod slice;

pub use arith::{BroadcastDim, BroadcastShape, Operand, OperandMut, ScalarOperand, Zip};
pub use array::{Array, CowArray, View, ViewMut};
pub use broadcast::{AxisClash, BroadcastCall, BroadcastError, broadcast_pair, broadcast_shapes};
pub use construct::{Arange, One, Zero};
pub use error::{AxisError, LayoutError, ReshapeError, ShapeError};
pub use index::{IndexError, IndexItem, Indexed, ItemElement};
pub use iter::{Iter, IterMut};
pub use layout::{
    C, Contiguous, F, Flags, Layout, NotProvenC, NotProvenF, Order, ProvenC, ProvenF, Strided,
};
pub use ops::CopyPolicy;
pub use overlap::{
    ByteLayout, MemoryRegion, OverlapError, has_internal_overlap, may_share_memory, shares_memory,
    shares_memory_bounded,
};
pub use reduce::Float;
pub use shape::{
    Big, Const, Dim, Dyn, DynRank, FixedRank, Flat, IndexRank, MAX_RANK, Minus, MultiIndex,
    PerAxis, SameElementCount, Shape, StaticDim, StaticShape, ToDyn,
};
pub use slice::{MoveLayout, SliceArg, SliceError};

/// Builds an owned C-order array with a fully static shape from a nested
/// literal: `array![[1, 2, 3], [4, 5, 6]]` is an
/// `Array<i32, shape![2, 3], C>`.
///
/// Rows must have equal lengths (a ragged literal is a compile error that
/// points at the first row whose length differs); nesting goes up to 6
/// levels. The repeat form `array![0.0; 2, 3]` fills a static shape with
/// clones of one value. To use an array *value* as an element, wrap it in
/// parentheses: `array![([1, 2]), ([3, 4])]` is a 1-D array of two `[i32; 2]`.
///
/// ```
/// use array_core::{array, Array, shape};
/// let a: Array<i32, shape![2, 3]> = array![[1, 2, 3], [4, 5, 6]];
/// assert_eq!(a[[1, 2]], 6);
/// let z: Array<f64, shape![2, 2]> = array![0.0; 2, 2];
/// assert_eq!(z.as_slice(), &[0.0; 4]);
/// ```
pub use array_macros::array;

/// Spells a shape type: a literal is a static axis, `_` a dynamic one, and a
/// const generic parameter name a static one.
///
/// ```
/// use array_core::{Array, Const, Dyn, View, shape};
/// let _: shape![2, _, 4] = (Const::<2>, Dyn(9), Const::<4>);
/// fn first_row<const N: usize>(a: View<'_, f64, shape![2, N]>) -> f64 {
///     a[[0, 0]] + N as f64
/// }
/// let a = Array::<f64, shape![2, 3]>::zeros_static();
/// assert_eq!(first_row(a.view()), 3.0);
/// ```
pub use array_macros::shape;

/// Slice items, written like a NumPy index: `a.slice(s![1, 2..5, ..;-1])`
/// is `a[1, 2:5, ::-1]`.
///
/// Items: an integer `i` (negative from the end) drops its axis; `..`
/// keeps it whole; `a..b`, `a..`, `..b`, `a..=b` take a range; `a..b;k`
/// steps by `k` (negative walks backwards); `NewAxis` (or `None`) inserts
/// an axis of length 1; `...` stands for `..` on every axis no other item
/// names. Bounds and steps may be any integer expressions.
///
/// The result's shape and layout are types ([`SliceArg`]): a `C` array
/// stays `C` under integers on the leading axes, then at most one step-1
/// range, then `..` (`F` mirrors it), otherwise the result is `Strided`;
/// `..` keeps a static axis static and a range with literal bounds on a
/// static axis is static too, its bounds checked at compile time. At run
/// time slicing follows NumPy (Python's `slice.indices`) exactly.
///
/// ```
/// use array_core::{array, s, Const, Dyn, Strided, View, C};
/// let a = array![[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]];
/// let rows: View<'_, i32, (Const<2>, Const<4>), C> = a.slice(s![1..3, ..]);
/// assert_eq!(rows.as_slice(), &[5, 6, 7, 8, 9, 10, 11, 12]);
/// let cols: View<'_, i32, (Const<3>, Const<2>), Strided> = a.slice(s![.., 1..3]);
/// assert_eq!(cols.to_vec(), [2, 3, 6, 7, 10, 11]);
/// let k = 2;
/// let picked: View<'_, i32, (Dyn,), Strided> = a.slice(s![..;k, -1]);
/// assert_eq!(picked.to_vec(), [4, 12]);
/// assert_eq!(a.slice(s![NewAxis, ..., 0]).dims(), [1, 3]);
/// ```
pub use array_macros::s;

/// The README's examples, compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
pub struct ReadmeDoctests;

/// Paths used by macro expansions; not part of the public API.
#[doc(hidden)]
pub mod __private {
    pub use crate::layout::C;
    pub use crate::shape::{Big, Const, Dyn, Minus};
    pub use crate::slice::macro_support::*;
    use crate::{Array, Shape};

    /// `array!`'s nested form: elements already flattened in C order.
    ///
    /// `LEN` is inferred from the literal rather than spelled by the macro:
    /// when an element has a syntax error, rustc recovers by reading a
    /// different element count, and a spelled length would add a second
    /// error. The count is still checked at compile time, after type
    /// checking.
    #[inline]
    pub fn array_from_flat<S: Shape, T, const LEN: usize>(data: [T; LEN]) -> Array<T, S, C> {
        const {
            assert!(
                matches!(S::STATIC_SIZE, Some(size) if size == LEN),
                "array! element count matches its shape"
            );
        }
        let shape = S::try_static().expect("array! spells a fully static shape");
        Array::from_parts_unchecked(Vec::from(data), shape, ())
    }

    /// `array!`'s repeat form.
    #[inline]
    pub fn array_repeat<S: Shape, T: Clone>(value: T) -> Array<T, S, C> {
        let shape = S::try_static().expect("array! spells a fully static shape");
        Array::full(shape, value)
    }
}

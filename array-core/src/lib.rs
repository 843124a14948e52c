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
//! # Where things live
//!
//! * [`shape`](crate::Shape): dims ([`Const`], [`Dyn`]) and shapes (tuples, [`DynRank`]);
//! * layouts: [`C`], [`F`], [`Strided`], [`Flags`], [`Order`];
//! * ownership: [`Array`], [`View`], [`ViewMut`], [`CowArray`];
//! * copying indexers, always owned results: [`View::take`],
//!   [`View::boolean_mask`], [`View::fancy_index`], and NumPy's whole
//!   `a[index]` rule in [`View::subscript`];
//! * broadcasting, read-only views: [`View::broadcast_to`], [`broadcast_pair`];
//! * memory overlap: [`shares_memory`], [`may_share_memory`];
//! * operations: reshape, ravel, flatten, transposes and contiguity
//!   conversions, each in its own module under `ops`;
//! * elementwise arithmetic with broadcasting: [`arith`] (`+=`, `&a + &b`,
//!   `out=` functions, [`Zip`]);
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
pub use index::{IndexError, IndexItem, Indexed};
pub use iter::{Iter, IterMut};
pub use layout::{C, Contiguous, F, Flags, Layout, NotProvenC, NotProvenF, Order, Strided};
pub use ops::CopyPolicy;
pub use overlap::{
    ByteLayout, MemoryRegion, OverlapError, has_internal_overlap, may_share_memory, shares_memory,
    shares_memory_bounded,
};
pub use reduce::Float;
pub use shape::{
    Const, Dim, Dyn, DynRank, FixedRank, Flat, IndexRank, MAX_RANK, MultiIndex, SameElementCount,
    Shape, StaticDim, StaticShape, ToDyn,
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
    pub use crate::shape::{Const, Dyn};
    pub use crate::slice::macro_support::*;
    use crate::{Array, Shape};

    /// `array!`'s nested form: elements already flattened in C order.
    #[inline]
    pub fn array_from_flat<S: Shape, T, const LEN: usize>(data: [T; LEN]) -> Array<T, S, C> {
        let shape = S::try_static().expect("array! spells a fully static shape");
        assert_eq!(shape.size(), LEN, "array! element count matches its shape");
        Array::from_parts_unchecked(Vec::from(data), shape, ())
    }

    /// `array!`'s repeat form.
    #[inline]
    pub fn array_repeat<S: Shape, T: Clone>(value: T) -> Array<T, S, C> {
        let shape = S::try_static().expect("array! spells a fully static shape");
        Array::full(shape, value)
    }
}

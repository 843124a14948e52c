//! Procedural macros for array-core: `shape!`, `array!` and `s!` (slicing).
//!
//! Do not depend on this crate directly: array-core re-exports every macro
//! (`array_core::shape!`, `array_core::array!`, `array_core::s!`) and provides the hidden
//! `array_core::__private` module that all expansions name, so the user never
//! has to import anything else.
//!
//! Each macro reports every error of an invocation together, spanned on the
//! offending tokens, and then still expands to something of rustc's error
//! type, so that one mistake gives one error and no follow-ups.
//!
//! The crate has no dependencies: it reads the compiler's token trees
//! directly. The user's expressions are never parsed here; they are passed
//! on token for token and rustc parses them in the expansion
//! (the `split` module finds where each one ends).

mod array;
mod code;
mod dim;
mod errors;
mod literal;
mod paths;
mod render;
mod shape;
mod slice;
mod split;

/// The token types the macros work on: the compiler's own, or in unit
/// tests proc-macro2's copies of them (the same API), which work outside a
/// macro invocation.
#[cfg(not(test))]
use proc_macro as token;
#[cfg(test)]
use proc_macro2 as token;

use errors::Errors;
use proc_macro::TokenStream;

/// Runs one macro: `expand`, or on errors `fallback` (see [`errors`]).
#[allow(clippy::useless_conversion)] // the identity outside unit tests
fn run(
    input: TokenStream,
    expand: fn(token::TokenStream) -> Result<token::TokenStream, Errors>,
    fallback: fn(&Errors) -> token::TokenStream,
) -> TokenStream {
    expand(input.into())
        .unwrap_or_else(|errors| fallback(&errors))
        .into()
}

/// The type of a shape, written as a list of dims.
///
/// Use it through array-core: `array_core::shape!`.
///
/// Each dim is one of
/// - an integer literal (`3` or `3usize`): a static axis, `Const<3>`;
/// - `_`: a dynamic axis whose length is known only at run time, `Dyn`;
/// - a const generic name or const item (`N`): a static axis, `Const<{ N }>`;
/// - a braced const expression (`{ K * 2 }`): a static axis, `Const<{ K * 2 }>`.
///   Stable Rust does not allow generic parameters inside it (`{ N * 2 }`
///   with a const generic `N` needs `generic_const_exprs`); consts are fine.
///
/// The result is a tuple of dims for ranks 0 to 6: `shape![]` is `()`,
/// `shape![3]` is `(Const<3>,)`. A rank known only at run time is `DynRank`,
/// which this macro does not write.
///
/// ```ignore
/// use array_core::{Array, C, shape};
///
/// // (Const<2>, Dyn, Const<4>)
/// type Batch = shape![2, _, 4];
///
/// const K: usize = 3;
/// fn rows<const N: usize>(a: &Array<f64, shape![N, { K * 2 }], C>) -> usize {
///     N
/// }
/// ```
///
/// Rejected, each with an error on the dim that is wrong: more than 6 axes,
/// a negative dim (`-3`), a float or string literal, an integer literal that
/// does not fit `usize` or has a suffix other than `usize`, and any other
/// expression (`x.len()`; wrap a const expression in braces instead).
///
/// ```text
/// error: dimension must be non-negative, found `-3`
///  --> src/main.rs:3:22
///   |
/// 3 | type Bad = shape![2, -3];
///   |                      ^^
/// ```
#[proc_macro]
pub fn shape(input: TokenStream) -> TokenStream {
    run(input, shape::expand, errors::type_fallback)
}

/// An owned, C-ordered array with a fully static shape, from its elements.
///
/// Use it through array-core: `array_core::array!`.
///
/// **Nested form.** Each level of brackets is an axis, from 1 to 6 levels;
/// the macro's own brackets are the first:
///
/// ```ignore
/// use array_core::array;
///
/// let v = array![1, 2, 3];                   // shape (3,)
/// let m = array![[1.0, 2.0], [3.0, 4.0]];    // shape (2, 2)
/// let t = array![[[a + 1, f(x)]]];           // shape (1, 1, 2); any expressions
/// let e: Array<u8, _, _> = array![];         // shape (0,)
/// let z: Array<u8, _, _> = array![[], []];   // shape (2, 0)
/// ```
///
/// Every row at one depth must have the same length. A bracketed array
/// literal inside the macro is always a row, never an element: to store an
/// array *value* as one element, write it in parentheses,
/// `array![([1, 2]), ([3, 4])]` (shape `(2,)`, elements of type `[i32; 2]`).
/// Elements are passed on token for token in one Rust array literal, so their
/// common type is rustc's to check: `array![1, 2.0]` fails on the `2.0`.
///
/// **Repeat form.** `value; dims` clones `value` into every element. The dims
/// are integer literals, const generic names or braced const expressions, as
/// in [`shape!`] (at
/// least one, at most 6; a trailing comma is fine); large dims are fine:
///
/// ```ignore
/// let zeros = array![0.0; 2, 3];             // shape (2, 3)
/// let buffer = array![0u8; 5000];            // shape (5000,)
/// let square = array![T::default(); N, N];   // inside fn f<const N: usize>
/// ```
///
/// Rejected, all errors of one invocation reported together: rows of unequal
/// length (on the first row whose length differs, at any depth), a row mixed
/// with plain elements at one depth, more than 6 levels of brackets, a
/// `[x; n]` used as a row, and a repeat form without value or dims or with a
/// dim that is not a non-negative `usize` literal, a const generic name or a
/// braced const expression.
///
/// ```text
/// error: array! rows must have equal lengths: this row has 2 elements but the first row has 3
///  --> src/main.rs:4:31
///   |
/// 4 |     let m = array![[1, 2, 3], [4, 5]];
///   |                               ^^^^^^
/// ```
#[proc_macro]
pub fn array(input: TokenStream) -> TokenStream {
    run(input, array::expand, errors::expr_fallback)
}

/// Slice items for `slice`, `slice_mut` and `slice_move`, written like a
/// NumPy index: `a.slice(s![1, 2..5, ..;-1])` is `a[1, 2:5, ::-1]`.
///
/// Use it through array-core: `array_core::s!`.
///
/// Items, separated by commas (bounds and steps may be any integer
/// expressions, of any integer type):
///
/// | item | NumPy | result axis |
/// |---|---|---|
/// | `i` | `i` | dropped; negative counts from the end |
/// | `..` | `:` | kept whole; a static axis stays static |
/// | `a..b`, `a..`, `..b`, `a..=b` | `a:b`, `a:`, `:b`, `a:b+1` | static `Const<b - a>` when both bounds are non-negative literals and the axis is static, else dynamic |
/// | `a..b;k`, `..;k` | `a:b:k`, `::k` | dynamic; negative `k` walks backwards (`..;-1` reverses) |
/// | `NewAxis` (or `None`) | `np.newaxis` | a new axis of length 1 |
/// | `...` | `...` | as many `..` as the axes no other item names |
///
/// The macro sees each item's *kind*, so the result's type is decided at
/// compile time: a `C` array stays `C` under integers on the leading axes,
/// then at most one range of step 1, then `..` on every later axis; `F`
/// mirrors it; anything else is `Strided`.
///
/// At run time, bounds follow Python's `slice.indices` exactly: a bound
/// past the end clamps, a reversed range is empty, and with a negative
/// step `a..b;-1` walks from `a` down to just after `b` (as `a[a:b:-1]`).
/// A literal bound or index on a *static* axis is checked at compile time
/// instead: past the end, it does not compile. Write it in parentheses,
/// `(9)`, to make it a run-time value with NumPy's clamping (also the way
/// to use literals in code generic over the shape, where the axis a
/// literal item is checked against cannot be inferred). Literals above
/// 1024 are always run-time values.
///
/// ```ignore
/// use array_core::{array, s, Const, View, C, Strided};
///
/// let a = array![[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12], [13, 14, 15, 16]];
/// let rows: View<'_, i32, (Const<2>, Const<4>), C> = a.slice(s![1..3, ..]);
/// let cols: View<'_, i32, (Const<4>, Const<2>), Strided> = a.slice(s![.., 1..3]);
/// let k = 2;
/// let every_other = a.slice(s![..;k, -1]);      // dims [2], values [4, 12]
/// let grown = a.slice(s![NewAxis, ..., 0]);     // dims [1, 4]
/// ```
///
/// Rejected at compile time, each error on the token at fault: two `...`,
/// a literal step of 0, a step after something that is not a range, more
/// than 16 items; and, through the types, a literal index or bound outside
/// a static axis and an item count that does not match a tuple shape's
/// rank.
///
/// ```text
/// error: slice step cannot be zero
///  --> src/main.rs:4:22
///   |
/// 4 |     let v = a.slice(s![..;0]);
///   |                           ^
/// ```
#[proc_macro]
pub fn s(input: TokenStream) -> TokenStream {
    run(input, slice::expand, errors::expr_fallback)
}

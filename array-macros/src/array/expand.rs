//! Code generation for `array!`.
//!
//! Both forms become one call into `::array_core::__private` with the shape
//! spelled as a tuple of static dims (`Const`, or `Big` above 1024). The nested form passes its elements as
//! one flat Rust array literal, so rustc itself checks that they have one type
//! and reports a mismatch on the user's element.

use super::parse::Repeat;
use super::validate::Block;
use crate::code::{code, comma_separated, concat, group, usize_literal};
use crate::dim::Dim;
use crate::paths;
use crate::token::{Delimiter, TokenStream};

/// `array_from_flat::<(Const<d0>, ..), _, _>([e0, e1, ..])`: the length is
/// left to rustc (see `array_from_flat` in array-core).
pub(crate) fn from_flat(block: &Block) -> TokenStream {
    let shape = paths::shape_tuple(
        block
            .dims
            .iter()
            .map(|&d| paths::literal_dim(d, usize_literal(d))),
    );
    let elements = comma_separated(
        block
            .elements
            .iter()
            .map(|element| element.iter().cloned().collect()),
    );
    concat([
        paths::array_from_flat(),
        code("::<"),
        shape,
        code(", _, _>"),
        group(Delimiter::Parenthesis, group(Delimiter::Bracket, elements)),
    ])
}

/// `array_repeat::<(Const<d0>, ..), _>(value)`.
pub(crate) fn repeat(repeat: &Repeat) -> TokenStream {
    let shape = paths::shape_tuple(repeat.dims.iter().map(Dim::to_type));
    concat([
        paths::array_repeat(),
        code("::<"),
        shape,
        code(", _>"),
        group(
            Delimiter::Parenthesis,
            repeat.value.iter().cloned().collect(),
        ),
    ])
}

//! Code generation for `array!`.
//!
//! Both forms become one call into `::array_core::__private` with the shape
//! spelled as a tuple of static dims (`Const`, or `Big` above 1024). The nested form passes its elements as
//! one flat Rust array literal, so rustc itself checks that they have one type
//! and reports a mismatch on the user's element.

use super::parse::Repeat;
use super::validate::Block;
use crate::dim::Dim;
use crate::paths;
use proc_macro2::{Literal, TokenStream};
use quote::{ToTokens, quote};

/// `array_from_flat::<(Const<d0>, ..), _, LEN>([e0, e1, ..])`.
pub(crate) fn from_flat(block: &Block) -> TokenStream {
    let function = paths::array_from_flat();
    let shape = paths::shape_tuple(
        block
            .dims
            .iter()
            .map(|&d| paths::literal_dim(d, Literal::usize_unsuffixed(d).into_token_stream())),
    );
    let len = Literal::usize_unsuffixed(block.elements.len());
    let elements = &block.elements;
    quote!(#function::<#shape, _, #len>([#(#elements),*]))
}

/// `array_repeat::<(Const<d0>, ..), _>(value)`.
pub(crate) fn repeat(repeat: &Repeat) -> TokenStream {
    let function = paths::array_repeat();
    let shape = paths::shape_tuple(repeat.dims.iter().map(Dim::to_type));
    let value = &repeat.value;
    quote!(#function::<#shape, _>(#value))
}

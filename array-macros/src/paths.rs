//! The `::array_core::__private` items that expansions name.
//!
//! Generated code reaches array-core only through this hidden module, never
//! through a path the user must import. The contract array-core provides:
//!
//! - `struct Const<const N: usize>;` a static dim of length at most
//!   [`LARGEST_CONST_DIM`], `struct Big<const N: usize>;` a longer one;
//! - `struct Dyn;` a dynamic dim;
//! - `fn array_from_flat<S, T, const LEN: usize>(data: [T; LEN]) -> Array<T, S, C>`
//!   (elements in C order; `LEN`, inferred, must be the static element count of `S`);
//! - `fn array_repeat<S, T: Clone>(value: T) -> Array<T, S, C>`.
//! - the slice items and conversion functions of `s!` (array-core's `slice::macro_support`):
//!   `Full`, `NewAxis`, `Ellipsis`, `StaticAt<I, D>::new()`,
//!   `StaticRange<START, END, LEN, D>::new(Bound<START, D>, Bound<END, D>)`,
//!   `StaticFrom<START, D>::new(Bound<START, D>)`,
//!   `Bound<B, D>::new()`, and `index`, `bound`, `inclusive_end`, `step`,
//!   `range`, `range_step` from any integer expression.

use crate::code::{code, comma_separated, concat, group, respan};
use crate::token::{Delimiter, Ident, Span, TokenStream, TokenTree};

/// `::array_core::__private::<name>`.
fn private(name: &str) -> TokenStream {
    private_at(name, Span::call_site())
}

/// `::array_core::__private::<name>`, the last segment spanned at `span` so
/// that rustc points at the user's token when it complains about the item.
fn private_at(name: &str, span: Span) -> TokenStream {
    concat([
        code("::array_core::__private::"),
        TokenTree::Ident(Ident::new(name, span)).into(),
    ])
}

/// `::array_core::__private::<name>` for a slice item or function, every
/// token spanned at `span`, so that an error about the item (a literal
/// bound past a static axis) points at the user's token alone.
pub(crate) fn slice_support(name: &str, span: Span) -> TokenStream {
    respan(private(name), span)
}

/// The longest static length spelled `Const`: array-core compares `Const`
/// lengths in the type system through typenum's table, which covers 0 to
/// 1024. Longer literal lengths are spelled `Big`.
pub(crate) const LARGEST_CONST_DIM: usize = 1024;

/// `::array_core::__private::Const<#arg>`; `arg` is an integer literal or a
/// braced const expression.
pub(crate) fn const_dim(arg: TokenStream) -> TokenStream {
    concat([private("Const"), code("<"), arg, code(">")])
}

/// The static dim of a literal length: `Const<#literal>`, or
/// `Big<#literal>` above [`LARGEST_CONST_DIM`].
pub(crate) fn literal_dim(value: usize, literal: TokenStream) -> TokenStream {
    if value > LARGEST_CONST_DIM {
        concat([private("Big"), code("<"), literal, code(">")])
    } else {
        const_dim(literal)
    }
}

/// `::array_core::__private::Dyn`, spanned on the user's `_`.
pub(crate) fn dyn_dim(span: Span) -> TokenStream {
    private_at("Dyn", span)
}

/// `::array_core::__private::array_from_flat`.
pub(crate) fn array_from_flat() -> TokenStream {
    private("array_from_flat")
}

/// `::array_core::__private::array_repeat`.
pub(crate) fn array_repeat() -> TokenStream {
    private("array_repeat")
}

/// The tuple type of a shape: `()`, `(D0,)`, `(D0, D1)`, ...
pub(crate) fn shape_tuple(dims: impl IntoIterator<Item = TokenStream>) -> TokenStream {
    let dims: Vec<TokenStream> = dims.into_iter().collect();
    let trailing_comma = if dims.len() == 1 {
        code(",")
    } else {
        TokenStream::new()
    };
    group(
        Delimiter::Parenthesis,
        concat([comma_separated(dims), trailing_comma]),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::code::canonical;
    use quote::quote;

    #[test]
    fn tuples_of_every_small_rank() {
        let d = || quote!(D);
        assert_eq!(canonical(shape_tuple([])), canonical(quote!(())));
        assert_eq!(canonical(shape_tuple([d()])), canonical(quote!((D,))));
        assert_eq!(
            canonical(shape_tuple([d(), d()])),
            canonical(quote!((D, D)))
        );
    }

    #[test]
    fn private_paths() {
        assert_eq!(
            canonical(const_dim(quote!(3))),
            canonical(quote!(::array_core::__private::Const<3>))
        );
        assert_eq!(
            canonical(literal_dim(1024, quote!(1024))),
            canonical(quote!(::array_core::__private::Const<1024>))
        );
        assert_eq!(
            canonical(literal_dim(1025, quote!(1_025))),
            canonical(quote!(::array_core::__private::Big<1_025>))
        );
        assert_eq!(
            canonical(dyn_dim(Span::call_site())),
            canonical(quote!(::array_core::__private::Dyn))
        );
    }
}

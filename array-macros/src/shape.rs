//! `shape![2, _, N]`: a shape type written as a list of dims.
//!
//! Expands to a tuple of dims (`()` for rank 0, `(Const<3>,)` for rank 1).
//! See [`crate::dim`] for what a dim may be.

use crate::dim::{self, Dim, DimContext};
use crate::errors::Errors;
use crate::paths;
use crate::token::TokenStream;

/// Parses and validates the dims of a `shape!` invocation.
pub(crate) fn parse(input: TokenStream) -> Result<Vec<Dim>, Errors> {
    let mut errors = Errors::new();
    let dims = dim::parse_list(input, DimContext::Shape, &mut errors);
    errors.finish()?;
    Ok(dims)
}

/// The shape type of validated dims.
pub(crate) fn expand_dims(dims: &[Dim]) -> TokenStream {
    paths::shape_tuple(dims.iter().map(Dim::to_type))
}

/// `shape![..]` from input tokens to a type, or every error of the invocation.
pub(crate) fn expand(input: TokenStream) -> Result<TokenStream, Errors> {
    parse(input).map(|dims| expand_dims(&dims))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::code::canonical;
    use quote::quote;

    crate::errors::expansion_test_helpers!();

    #[test]
    fn rank_zero_is_the_unit_type() {
        assert_eq!(ok(quote!()), canonical(quote!(())));
    }

    #[test]
    fn rank_one_is_a_one_tuple() {
        assert_eq!(
            ok(quote!(3)),
            canonical(quote!((::array_core::__private::Const<3>,)))
        );
        assert_eq!(
            ok(quote!(_,)),
            canonical(quote!((::array_core::__private::Dyn,)))
        );
    }

    #[test]
    fn mixed_static_dynamic_and_generic_dims() {
        assert_eq!(
            ok(quote!(2, _, 4)),
            canonical(quote!((
                ::array_core::__private::Const<2>,
                ::array_core::__private::Dyn,
                ::array_core::__private::Const<4>
            )))
        );
        assert_eq!(
            ok(quote!(N, { N * 2 })),
            canonical(quote!((
                ::array_core::__private::Const<{ N }>,
                ::array_core::__private::Const<{ N * 2 }>
            )))
        );
    }

    #[test]
    fn rank_six_is_accepted_and_seven_is_not() {
        let six = ok(quote!(1, 2, 3, 4, 5, _));
        assert_eq!(six.matches("Const").count(), 5);
        assert_eq!(
            err(quote!(1, 2, 3, 4, 5, 6, 7)),
            [
                "shape! supports ranks 0 to 6, found 7 axes; use DynRank for a rank known only at run time"
            ]
        );
    }

    #[test]
    fn dims_above_1024_are_big() {
        assert_eq!(
            ok(quote!(5000, 1_000_000)),
            canonical(quote!((
                ::array_core::__private::Big<5000>,
                ::array_core::__private::Big<1_000_000>
            )))
        );
    }

    #[test]
    fn every_bad_dim_is_reported_together() {
        assert_eq!(
            err(quote!(-3, 2.0, "a", x.len(), 3u8, 2)),
            [
                "dimension must be non-negative, found `-3`",
                "dimension must be an integer, found the float literal `2.0`",
                "dimension must be an integer, found the string literal `\"a\"`",
                "expected a dimension: an integer literal, `_` for a dynamic axis, \
                 or a const generic name, found `x.len()`; write `_` for a length known \
                 only at run time, or wrap a const expression in braces: `{ K * 2 }`",
                "dimension must be a usize, found `3u8` with suffix `u8`; write `3` or `3usize`",
            ]
        );
    }

    #[test]
    fn overflowing_literal() {
        assert_eq!(
            err(quote!(18446744073709551616)),
            [format!(
                "dimension `18446744073709551616` does not fit in usize (at most {})",
                usize::MAX
            )]
        );
    }
}

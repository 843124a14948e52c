//! `array![..]`: an owned C-order array with a fully static shape.
//!
//! [`parse`] reads the input into a tree of rows (or a repeat form),
//! [`validate`] checks that the tree is rectangular and at most
//! [`MAX_TUPLE_RANK`](crate::dim::MAX_TUPLE_RANK) deep, and [`expand`](mod@expand) emits the call into
//! array-core.

mod expand;
mod parse;
mod validate;

use crate::errors::Errors;
use crate::token::TokenStream;
use parse::ArrayInput;

/// `array![..]` from input tokens to an expression, or every error of the
/// invocation.
pub(crate) fn expand(input: TokenStream) -> Result<TokenStream, Errors> {
    let mut errors = Errors::new();
    let expansion = match parse::parse(input, &mut errors) {
        Some(ArrayInput::Nested(root)) => {
            validate::check(root, &mut errors).map(|block| expand::from_flat(&block))
        }
        Some(ArrayInput::Repeat(repeat)) => Some(expand::repeat(&repeat)),
        None => None,
    };
    errors.finish()?;
    Ok(expansion.expect("an invocation without errors always expands"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::code::canonical;
    use quote::quote;

    crate::errors::expansion_test_helpers!();

    #[test]
    fn matrix() {
        assert_eq!(
            ok(quote!([1, 2, 3], [4, 5, 6])),
            canonical(quote! { ::array_core::__private::array_from_flat::<
                (
                    ::array_core::__private::Const<2>,
                    ::array_core::__private::Const<3>
                ),
                _,
                _
            >([1, 2, 3, 4, 5, 6])})
        );
    }

    #[test]
    fn vector() {
        assert_eq!(
            ok(quote!(1, 2, 3)),
            canonical(quote! { ::array_core::__private::array_from_flat::<
                (::array_core::__private::Const<3>,),
                _,
                _
            >([1, 2, 3])})
        );
    }

    #[test]
    fn elements_are_arbitrary_expressions_kept_as_written() {
        assert_eq!(
            ok(quote!([a + 1, f(x)], [([1, 2]), 2.0])),
            canonical(quote! { ::array_core::__private::array_from_flat::<
                (
                    ::array_core::__private::Const<2>,
                    ::array_core::__private::Const<2>
                ),
                _,
                _
            >([a + 1, f(x), ([1, 2]), 2.0])})
        );
    }

    #[test]
    fn empty_arrays() {
        assert_eq!(
            ok(quote!()),
            canonical(quote! { ::array_core::__private::array_from_flat::<
                (::array_core::__private::Const<0>,),
                _,
                _
            >([])})
        );
        assert_eq!(
            ok(quote!([], [])),
            canonical(quote! { ::array_core::__private::array_from_flat::<
                (
                    ::array_core::__private::Const<2>,
                    ::array_core::__private::Const<0>
                ),
                _,
                _
            >([])})
        );
    }

    #[test]
    fn six_dimensions() {
        let got = ok(quote!([[[[[1, 2]]]]], [[[[[3, 4]]]]]));
        let want = quote! { ::array_core::__private::array_from_flat::<
            (
                ::array_core::__private::Const<2>,
                ::array_core::__private::Const<1>,
                ::array_core::__private::Const<1>,
                ::array_core::__private::Const<1>,
                ::array_core::__private::Const<1>,
                ::array_core::__private::Const<2>
            ),
            _,
            _
        >([1, 2, 3, 4])};
        assert_eq!(got, canonical(want));
    }

    #[test]
    fn repeat_form() {
        assert_eq!(
            ok(quote!(0.0; 2, 3)),
            canonical(quote! { ::array_core::__private::array_repeat::<
                (
                    ::array_core::__private::Const<2>,
                    ::array_core::__private::Const<3>
                ),
                _
            >(0.0)})
        );
        assert_eq!(
            ok(quote!(0u8; 5000)),
            canonical(quote! { ::array_core::__private::array_repeat::<
                (::array_core::__private::Big<5000>,),
                _
            >(0u8)})
        );
        assert_eq!(
            ok(quote!(T::default(); N, {N * 2}, 3,)),
            canonical(quote! { ::array_core::__private::array_repeat::<
                (
                    ::array_core::__private::Const<{ N }>,
                    ::array_core::__private::Const<{ N * 2 }>,
                    ::array_core::__private::Const<3>
                ),
                _
            >(T::default())})
        );
    }

    #[test]
    fn repeat_form_rank_limit() {
        assert!(expand(quote!(0; 1, 1, 1, 1, 1, 1)).is_ok());
        assert_eq!(
            err(quote!(0; 1, 1, 1, 1, 1, 1, 1)),
            ["array! supports at most 6 dimensions, found 7 repeat dims"]
        );
    }

    #[test]
    fn every_listed_error() {
        let cases: [(TokenStream, &[&str]); 8] = [
            (
                quote!([1, 2, 3], [4, 5]),
                &[
                    "array! rows must have equal lengths: this row has 2 elements but the first row has 3",
                ],
            ),
            (
                quote!([1, 2], 3),
                &["expected a row `[...]` like the others at this depth, found an element"],
            ),
            (
                quote!([[[[[[1]]]]]]),
                &["array! supports at most 6 dimensions, found 7 levels of brackets"],
            ),
            (
                quote!(0;),
                &["array! repeat form needs at least one dim after `;`, e.g. `array![0; 3]`"],
            ),
            (
                quote!(0; -1),
                &["dimension must be non-negative, found `-1`"],
            ),
            (
                quote!(0; x.len()),
                &[
                    "repeat dims must be integer literals or const generic names, found `x.len()`; \
                 for a length known only at run time, use `Array::full` with a `Dyn` axis",
                ],
            ),
            (
                quote!(0; 2.0),
                &["dimension must be an integer, found the float literal `2.0`"],
            ),
            (
                quote!(0; 3i64),
                &[
                    "dimension must be a usize, found `3i64` with suffix `i64`; write `3` or `3usize`",
                ],
            ),
        ];
        for (input, want) in cases {
            assert_eq!(err(input), want);
        }
    }

    #[test]
    fn trailing_comma_after_repeat_dims_is_allowed() {
        assert_eq!(ok(quote!(0; 2, 3,)), ok(quote!(0; 2, 3)));
    }

    #[test]
    fn all_errors_of_an_invocation_are_reported_together() {
        assert_eq!(
            err(quote!([1, 2, 3], [4, 5], 6, [[7], 8, 9])),
            [
                "array! rows must have equal lengths: this row has 2 elements but the first row has 3",
                "expected a row `[...]` like the others at this depth, found an element",
                "expected an element like the others at this depth, found a row `[...]`; \
                 to store an array as one element, wrap it in parentheses: `([...])`",
            ]
        );
    }
}

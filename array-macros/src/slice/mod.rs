//! `s![..]`: slice items whose types say what kind each item is.
//!
//! [`parse`] reads the items as written (`...`, or an expression with an
//! optional `; step`), [`validate`] reports what the tokens alone show to
//! be wrong and chooses each item's type (static when its bounds are
//! literals), and [`expand`](mod@expand) emits the tuple of items.

mod expand;
mod parse;
mod validate;

use crate::errors::Errors;
use crate::token::TokenStream;

/// `s![..]` from input tokens to an expression, or every error of the
/// invocation.
pub(crate) fn expand(input: TokenStream) -> Result<TokenStream, Errors> {
    let mut errors = Errors::new();
    let items = parse::parse(input, &mut errors);
    let planned = validate::check(items, &mut errors);
    errors.finish()?;
    Ok(expand::items(&planned))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::code::canonical;
    use quote::quote;

    crate::errors::expansion_test_helpers!();

    #[test]
    fn full_ranges_and_literal_indices() {
        assert_eq!(
            ok(quote!(2, ..)),
            canonical(quote!((
                ::array_core::__private::Counted::<2, false, _>::new(
                    ::array_core::__private::StaticAt::<2, _>::new()
                ),
                ::array_core::__private::Full,
            )))
        );
        assert_eq!(ok(quote!(..;1)), ok(quote!(..)));
        assert_eq!(ok(quote!()), canonical(quote!(())));
    }

    #[test]
    fn literal_ranges_are_static_with_their_length() {
        assert_eq!(
            ok(quote!(1..3)),
            canonical(quote!((
                ::array_core::__private::Counted::<1, false, _>::new(
                    ::array_core::__private::StaticRange::<1, 3, 2, _>::new(
                        ::array_core::__private::Bound::<1, _>::new(),
                        ::array_core::__private::Bound::<3, _>::new()
                    )
                ),
            )))
        );
        // An omitted start is 0; an inclusive end is one more; a reversed
        // range is empty, as in Python.
        assert!(ok(quote!(..4)).contains("StaticRange : : < 0 , 4 , 4 , _ >"));
        assert!(ok(quote!(1..=4)).contains("StaticRange : : < 1 , 5 , 4 , _ >"));
        assert!(ok(quote!(3..1)).contains("StaticRange : : < 3 , 1 , 0 , _ >"));
        assert!(ok(quote!(0usize..2isize)).contains("StaticRange : : < 0 , 2 , 2 , _ >"));
        assert_eq!(ok(quote!(1..3;1)), ok(quote!(1..3)));
        // A literal start alone keeps the rest of a static axis static.
        assert!(ok(quote!(2..)).contains("StaticFrom : : < 2 , _ >"));
        assert!(ok(quote!(2..;1)).contains("StaticFrom : : < 2 , _ >"));
    }

    #[test]
    fn other_items_are_computed_at_run_time() {
        assert_eq!(
            ok(quote!(i, -1, 2000.., a..b, ..=n)),
            canonical(quote!((
                ::array_core::__private::Counted::<5, false, _>::new(
                    ::array_core::__private::index({ i })
                ),
                ::array_core::__private::index({ -1 }),
                ::array_core::__private::range(
                    ::array_core::__private::bound({ 2000 }),
                    ::core::option::Option::None
                ),
                ::array_core::__private::range(
                    ::array_core::__private::bound({ a }),
                    ::array_core::__private::bound({ b })
                ),
                ::array_core::__private::range(
                    ::core::option::Option::None,
                    ::array_core::__private::inclusive_end({ n })
                ),
            )))
        );
        // Suffixed literals keep their type and are run-time values.
        assert!(ok(quote!(3u8)).contains("index ( { 3u8 } )"));
        assert!(ok(quote!(-2..)).contains("bound ( { - 2 } )"));
    }

    #[test]
    fn steps_new_axes_and_ellipsis() {
        assert_eq!(
            ok(quote!(NewAxis, ..;-1, ..., 1..;k, None)),
            // Two items name axes; the new axes and `...` do not.
            canonical(quote!((
                ::array_core::__private::Counted::<2, true, _>::new(
                    ::array_core::__private::NewAxis
                ),
                ::array_core::__private::range_step(
                    ::core::option::Option::None,
                    ::core::option::Option::None,
                    ::array_core::__private::step({ -1 })
                ),
                ::array_core::__private::Ellipsis,
                ::array_core::__private::range_step(
                    ::array_core::__private::bound({ 1 }),
                    ::core::option::Option::None,
                    ::array_core::__private::step({ k })
                ),
                ::array_core::__private::NewAxis,
            )))
        );
    }

    #[test]
    fn every_listed_error() {
        let cases: [(TokenStream, &[&str]); 6] = [
            (
                quote!(..., 0, ...),
                &["an index can only have a single ellipsis (`...`)"],
            ),
            (quote!(..;0), &["slice step cannot be zero"]),
            (quote!(1..4;-0), &["slice step cannot be zero"]),
            (
                quote!(1;2),
                &["a step needs a range before it, found `1`; write `a..b;k`, `a..;k` or `..;k`"],
            ),
            (
                quote!(NewAxis;2),
                &[
                    "a step needs a range before it, found `NewAxis`; write `a..b;k`, `a..;k` or `..;k`",
                ],
            ),
            (quote!(..;), &["expected a step after `;`, e.g. `..;2`"]),
        ];
        for (input, want) in cases {
            assert_eq!(err(input), want);
        }
    }

    #[test]
    fn at_most_sixteen_items() {
        assert!(expand(quote!(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)).is_ok());
        assert_eq!(
            err(quote!(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)),
            ["s! supports at most 16 items, found 17"]
        );
    }

    #[test]
    fn all_errors_of_an_invocation_are_reported_together() {
        assert_eq!(
            err(quote!(..;0, ..., ..., 2;1)),
            [
                "slice step cannot be zero",
                "an index can only have a single ellipsis (`...`)",
                "a step needs a range before it, found `2`; write `a..b;k`, `a..;k` or `..;k`",
            ]
        );
    }
}

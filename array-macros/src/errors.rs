//! Error collection and the fallback expansions used when an invocation is
//! rejected.
//!
//! Every macro collects all errors of one invocation in an [`Errors`] and
//! reports them together (the pattern of serde's `internals/ctxt.rs`, combined
//! with [`syn::Error::combine`]). The fallbacks make one mistake give one error:
//! they carry the `compile_error!` invocations inside something whose type is
//! rustc's error type, so nothing the user wrote around the macro reports a
//! follow-up mismatch.

use proc_macro2::{Span, TokenStream};
use quote::{ToTokens, quote};
use std::fmt::Display;

/// Collects the errors of one macro invocation.
#[derive(Default)]
pub(crate) struct Errors {
    errors: Vec<syn::Error>,
}

impl Errors {
    /// An empty collector.
    pub(crate) fn new() -> Self {
        Self::default()
    }

    /// Records an error (which may itself hold several).
    pub(crate) fn push(&mut self, error: syn::Error) {
        self.errors.push(error);
    }

    /// Records an error spanned on `tokens` (first to last token).
    pub(crate) fn spanned<T: ToTokens>(&mut self, tokens: T, message: impl Display) {
        self.push(syn::Error::new_spanned(tokens, message));
    }

    /// Records an error at `span`.
    pub(crate) fn at(&mut self, span: Span, message: impl Display) {
        self.push(syn::Error::new(span, message));
    }

    /// Whether nothing has been recorded.
    pub(crate) fn is_empty(&self) -> bool {
        self.errors.is_empty()
    }

    /// `Ok` when nothing was recorded, else every error combined into one.
    pub(crate) fn finish(self) -> syn::Result<()> {
        let mut all = self.errors.into_iter();
        match all.next() {
            None => Ok(()),
            Some(mut first) => {
                for error in all {
                    first.combine(error);
                }
                Err(first)
            }
        }
    }
}

/// The expansion of a rejected macro in expression position.
///
/// A block whose tail is `compile_error!`: its type is rustc's error type, so
/// `let a = array![..bad..]; a.sum()` reports nothing beyond the macro's own
/// errors (an `unreachable!()` tail would add an `unreachable statement`
/// warning on the user's next line).
pub(crate) fn expr_fallback(error: &syn::Error) -> TokenStream {
    let errors = error.to_compile_error();
    quote!({ #errors })
}

/// The expansion of a rejected macro in type position.
///
/// A macro in type position must expand to exactly one type. A bare
/// `compile_error!` is accepted there but rustc substitutes `()` for it (a
/// valid rank-0 shape, so the user then sees type mismatches), and several of
/// them in a row do not parse. Inside an array length they are expressions:
/// the length, and with it the projection below, becomes rustc's error type,
/// which suppresses every follow-up error (measured on rustc 1.95).
pub(crate) fn type_fallback(error: &syn::Error) -> TokenStream {
    let errors = error.to_compile_error();
    quote!(<[(); { #errors }] as ::core::iter::IntoIterator>::Item)
}

/// The message of every error in `error`, in order.
#[cfg(test)]
pub(crate) fn messages(error: &syn::Error) -> Vec<String> {
    error.clone().into_iter().map(|e| e.to_string()).collect()
}

/// Defines the two helpers every macro's unit tests use, over that
/// module's `expand`: `ok(input)`, the expansion as a string, and
/// `err(input)`, the messages of the errors it reports.
#[cfg(test)]
macro_rules! expansion_test_helpers {
    () => {
        fn ok(input: proc_macro2::TokenStream) -> String {
            expand(input).unwrap().to_string()
        }

        fn err(input: proc_macro2::TokenStream) -> Vec<String> {
            crate::errors::messages(&expand(input).unwrap_err())
        }
    };
}
#[cfg(test)]
pub(crate) use expansion_test_helpers;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_collector_is_ok() {
        let errors = Errors::new();
        assert!(errors.is_empty());
        assert!(errors.finish().is_ok());
    }

    #[test]
    fn errors_are_combined_in_order() {
        let mut errors = Errors::new();
        errors.at(Span::call_site(), "first");
        errors.spanned(quote!(a b), "second");
        assert!(!errors.is_empty());
        let error = errors.finish().unwrap_err();
        assert_eq!(messages(&error), ["first", "second"]);
    }

    #[test]
    fn expression_fallback_is_a_block_ending_in_compile_error() {
        let mut errors = Errors::new();
        errors.at(Span::call_site(), "one");
        errors.at(Span::call_site(), "two");
        let got = expr_fallback(&errors.finish().unwrap_err());
        let want = quote!({
            ::core::compile_error! { "one" }
            ::core::compile_error! { "two" }
        });
        assert_eq!(got.to_string(), want.to_string());
    }

    #[test]
    fn type_fallback_hides_errors_in_an_array_length() {
        let error = syn::Error::new(Span::call_site(), "bad");
        let got = type_fallback(&error);
        let want = quote!(
            <[(); {
                ::core::compile_error! { "bad" }
            }] as ::core::iter::IntoIterator>::Item
        );
        assert_eq!(got.to_string(), want.to_string());
    }
}

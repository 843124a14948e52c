//! Error collection and the fallback expansions used when an invocation is
//! rejected.
//!
//! Every macro collects all errors of one invocation in an [`Errors`] and
//! reports them together (the pattern of serde's `internals/ctxt.rs`). The
//! fallbacks make one mistake give one error: they carry the
//! `compile_error!` invocations inside something whose type is rustc's error
//! type, so nothing the user wrote around the macro reports a follow-up
//! mismatch.

use crate::code::{code, concat, group, respan};
use crate::token::{Delimiter, Group, Ident, Literal, Punct, Span, TokenStream, TokenTree};
use std::fmt::Display;

/// One error: its message and the first and last span it underlines.
pub(crate) struct Error {
    message: String,
    start: Span,
    end: Span,
}

impl Error {
    /// An error underlining `span`.
    pub(crate) fn new(span: Span, message: impl Display) -> Self {
        Self {
            message: message.to_string(),
            start: span,
            end: span,
        }
    }

    /// An error underlining `tokens`, from the first to the last.
    pub(crate) fn spanned(tokens: &(impl Spans + ?Sized), message: impl Display) -> Self {
        let (start, end) = tokens.first_and_last();
        Self {
            message: message.to_string(),
            start,
            end,
        }
    }

    /// `::core::compile_error! { "message" }`, spanned so that rustc
    /// underlines from `start` to `end`: it joins the span of the path with
    /// that of the braces, as it does for any macro call.
    fn to_compile_error(&self) -> TokenStream {
        let mut message = Literal::string(&self.message);
        message.set_span(self.end);
        let mut braces = Group::new(Delimiter::Brace, TokenTree::Literal(message).into());
        braces.set_span(self.end);
        concat([
            respan(code("::core::compile_error!"), self.start),
            TokenTree::Group(braces).into(),
        ])
    }
}

/// Tokens an error can underline: the span of the first and the last.
pub(crate) trait Spans {
    /// The first and last span (`call_site` twice when there are none).
    fn first_and_last(&self) -> (Span, Span);
}

impl Spans for [TokenTree] {
    fn first_and_last(&self) -> (Span, Span) {
        match (self.first(), self.last()) {
            (Some(first), Some(last)) => (first.span(), last.span()),
            _ => (Span::call_site(), Span::call_site()),
        }
    }
}

impl Spans for Vec<TokenTree> {
    fn first_and_last(&self) -> (Span, Span) {
        self.as_slice().first_and_last()
    }
}

impl Spans for TokenTree {
    fn first_and_last(&self) -> (Span, Span) {
        (self.span(), self.span())
    }
}

impl Spans for Punct {
    fn first_and_last(&self) -> (Span, Span) {
        (self.span(), self.span())
    }
}

impl Spans for Ident {
    fn first_and_last(&self) -> (Span, Span) {
        (self.span(), self.span())
    }
}

/// Collects the errors of one macro invocation.
#[derive(Default)]
pub(crate) struct Errors {
    errors: Vec<Error>,
}

impl Errors {
    /// An empty collector.
    pub(crate) fn new() -> Self {
        Self::default()
    }

    /// Records an error.
    pub(crate) fn push(&mut self, error: Error) {
        self.errors.push(error);
    }

    /// Records an error underlining `tokens` (first to last token).
    pub(crate) fn spanned(&mut self, tokens: &(impl Spans + ?Sized), message: impl Display) {
        self.push(Error::spanned(tokens, message));
    }

    /// Records an error at `span`.
    pub(crate) fn at(&mut self, span: Span, message: impl Display) {
        self.push(Error::new(span, message));
    }

    /// Whether nothing has been recorded.
    pub(crate) fn is_empty(&self) -> bool {
        self.errors.is_empty()
    }

    /// `Ok` when nothing was recorded, else the collector itself.
    pub(crate) fn finish(self) -> Result<(), Errors> {
        if self.errors.is_empty() {
            Ok(())
        } else {
            Err(self)
        }
    }

    /// One `compile_error!` per error, in the order they were recorded.
    fn to_compile_errors(&self) -> TokenStream {
        concat(self.errors.iter().map(Error::to_compile_error))
    }

    /// The message of every error, in order.
    #[cfg(test)]
    pub(crate) fn messages(&self) -> Vec<String> {
        self.errors.iter().map(|e| e.message.clone()).collect()
    }
}

/// The expansion of a rejected macro in expression position.
///
/// A block whose tail is `compile_error!`: its type is rustc's error type, so
/// `let a = array![..bad..]; a.sum()` reports nothing beyond the macro's own
/// errors (an `unreachable!()` tail would add an `unreachable statement`
/// warning on the user's next line).
pub(crate) fn expr_fallback(errors: &Errors) -> TokenStream {
    group(Delimiter::Brace, errors.to_compile_errors())
}

/// The expansion of a rejected macro in type position.
///
/// A macro in type position must expand to exactly one type. A bare
/// `compile_error!` is accepted there but rustc substitutes `()` for it (a
/// valid rank-0 shape, so the user then sees type mismatches), and several of
/// them in a row do not parse. Inside an array length they are expressions:
/// the length, and with it the projection below, becomes rustc's error type,
/// which suppresses every follow-up error (measured on rustc 1.95).
pub(crate) fn type_fallback(errors: &Errors) -> TokenStream {
    let length = group(Delimiter::Brace, errors.to_compile_errors());
    concat([
        code("<"),
        group(Delimiter::Bracket, concat([code("();"), length])),
        code("as ::core::iter::IntoIterator>::Item"),
    ])
}

/// Defines the two helpers every macro's unit tests use, over that
/// module's `expand`: `ok(input)`, the expansion as a string, and
/// `err(input)`, the messages of the errors it reports.
#[cfg(test)]
macro_rules! expansion_test_helpers {
    () => {
        fn ok(input: proc_macro2::TokenStream) -> String {
            match expand(input) {
                Ok(tokens) => crate::code::canonical(tokens),
                Err(errors) => panic!("unexpected errors: {:?}", errors.messages()),
            }
        }

        fn err(input: proc_macro2::TokenStream) -> Vec<String> {
            match expand(input) {
                Ok(tokens) => panic!("expected errors, got `{tokens}`"),
                Err(errors) => errors.messages(),
            }
        }
    };
}
#[cfg(test)]
pub(crate) use expansion_test_helpers;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::code::canonical;
    use quote::quote;

    #[test]
    fn empty_collector_is_ok() {
        let errors = Errors::new();
        assert!(errors.is_empty());
        assert!(errors.finish().is_ok());
    }

    #[test]
    fn errors_are_kept_in_order() {
        let mut errors = Errors::new();
        errors.at(Span::call_site(), "first");
        errors.spanned(&quote!(a b).into_iter().collect::<Vec<_>>(), "second");
        assert!(!errors.is_empty());
        let errors = errors.finish().err().unwrap();
        assert_eq!(errors.messages(), ["first", "second"]);
    }

    #[test]
    fn expression_fallback_is_a_block_ending_in_compile_error() {
        let mut errors = Errors::new();
        errors.at(Span::call_site(), "one");
        errors.at(Span::call_site(), "two");
        let got = expr_fallback(&errors);
        let want = quote!({
            ::core::compile_error! { "one" }
            ::core::compile_error! { "two" }
        });
        assert_eq!(canonical(got), canonical(want));
    }

    #[test]
    fn type_fallback_hides_errors_in_an_array_length() {
        let mut errors = Errors::new();
        errors.at(Span::call_site(), "bad");
        let got = type_fallback(&errors);
        let want = quote!(
            <[(); {
                ::core::compile_error! { "bad" }
            }] as ::core::iter::IntoIterator>::Item
        );
        assert_eq!(canonical(got), canonical(want));
    }

    #[test]
    fn messages_are_escaped_string_literals() {
        let mut errors = Errors::new();
        errors.at(Span::call_site(), "found `\"a\"`");
        assert_eq!(
            canonical(expr_fallback(&errors)),
            canonical(quote!({
                ::core::compile_error! { "found `\"a\"`" }
            }))
        );
    }
}

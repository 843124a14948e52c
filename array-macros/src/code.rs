//! Building expansions: fixed Rust source fragments joined with the user's
//! tokens.
//!
//! A fragment is written as source text ([`code`]) and gets the call site's
//! span, as `quote!` would give it; [`respan`] moves a fragment onto a
//! user's token when rustc should point there. Delimited groups are built
//! with [`group`], since a fragment must have balanced delimiters.

use crate::token::{Delimiter, Group, Literal, Span, TokenStream, TokenTree};

/// The tokens of `source`, spanned at the call site.
///
/// `source` is fixed text in this crate, so a lexing failure is a bug here.
pub(crate) fn code(source: &str) -> TokenStream {
    source
        .parse()
        .unwrap_or_else(|_| panic!("array-macros wrote invalid tokens: {source}"))
}

/// The streams one after another.
pub(crate) fn concat(parts: impl IntoIterator<Item = TokenStream>) -> TokenStream {
    parts.into_iter().collect()
}

/// `tokens` inside `delimiter`.
pub(crate) fn group(delimiter: Delimiter, tokens: TokenStream) -> TokenStream {
    TokenTree::Group(Group::new(delimiter, tokens)).into()
}

/// The streams separated by commas, without a trailing one.
pub(crate) fn comma_separated(items: impl IntoIterator<Item = TokenStream>) -> TokenStream {
    let mut out = TokenStream::new();
    for (index, item) in items.into_iter().enumerate() {
        if index > 0 {
            out.extend(code(","));
        }
        out.extend(item);
    }
    out
}

/// An unsuffixed integer literal.
pub(crate) fn usize_literal(value: usize) -> TokenStream {
    TokenTree::Literal(Literal::usize_unsuffixed(value)).into()
}

/// `tokens` with every token, inside groups too, spanned at `span`.
pub(crate) fn respan(tokens: TokenStream, span: Span) -> TokenStream {
    tokens
        .into_iter()
        .map(|mut token| {
            if let TokenTree::Group(group) = &token {
                let mut inner = Group::new(group.delimiter(), respan(group.stream(), span));
                inner.set_span(span);
                token = TokenTree::Group(inner);
            } else {
                token.set_span(span);
            }
            token
        })
        .collect()
}

/// The tokens with one space between any two, whatever their spacing:
/// fragments lexed from text and `quote!` join punctuation differently
/// (`::<` against `:: <`), and tests compare the tokens.
#[cfg(test)]
pub(crate) fn canonical(tokens: impl IntoIterator<Item = TokenTree>) -> String {
    let texts: Vec<String> = tokens
        .into_iter()
        .map(|token| match token {
            TokenTree::Group(group) => {
                let (open, close) = match group.delimiter() {
                    Delimiter::Parenthesis => ("(", ")"),
                    Delimiter::Bracket => ("[", "]"),
                    Delimiter::Brace => ("{", "}"),
                    Delimiter::None => ("", ""),
                };
                format!("{open} {} {close}", canonical(group.stream()))
            }
            other => other.to_string(),
        })
        .collect();
    texts.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::quote;

    #[test]
    fn fragments_and_groups_join() {
        let got = concat([
            code("f::<"),
            code("u8"),
            code(">"),
            group(
                Delimiter::Parenthesis,
                comma_separated([code("a"), code("b + 1")]),
            ),
        ]);
        assert_eq!(canonical(got), canonical(quote!(f::<u8>(a, b + 1))));
        assert_eq!(comma_separated([]).to_string(), "");
        assert_eq!(usize_literal(7).to_string(), "7");
    }

    #[test]
    fn respan_keeps_the_tokens() {
        let tokens = code("::a::b<{ 1 }>");
        let got = respan(tokens.clone(), Span::call_site());
        assert_eq!(got.to_string(), tokens.to_string());
    }
}

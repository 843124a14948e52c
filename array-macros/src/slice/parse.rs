//! Parsing `s![..]` input into items, keeping every token and span.
//!
//! Items are separated by top-level commas (a trailing comma is fine). Each
//! item is `...`, or an expression optionally followed by `;` and a step
//! expression. The expression's *syntax* decides the kind: a range
//! expression (`a..b`, `a..`, `..b`, `..`, `a..=b`) is a range, the bare
//! names `NewAxis` and `None` are a new axis, anything else is an index.

use proc_macro2::{Ident, TokenStream};
use quote::ToTokens;
use syn::parse::{Parse, ParseStream, Parser};
use syn::punctuated::Punctuated;
use syn::{Expr, ExprRange, RangeLimits, Token};

/// One item as written.
pub(crate) struct Item {
    /// What kind of item the syntax says it is.
    pub(crate) kind: ItemKind,
    /// `; step`, when written.
    pub(crate) step: Option<Step>,
}

/// The kinds `s!` tells apart in the source.
pub(crate) enum ItemKind {
    /// Any expression that is not a range or a new axis.
    Index(Expr),
    /// A range expression (boxed: it holds two expressions).
    Range(Box<RangeItem>),
    /// `NewAxis` or `None`.
    NewAxis(Ident),
    /// `...`.
    Ellipsis(Token![...]),
}

/// A range expression's parts.
pub(crate) struct RangeItem {
    pub(crate) start: Option<Expr>,
    pub(crate) end: Option<Expr>,
    /// `..=`: the end is included.
    pub(crate) inclusive: bool,
    /// The whole range, for spans.
    pub(crate) tokens: TokenStream,
}

/// `; step`.
pub(crate) struct Step {
    pub(crate) semi: Token![;],
    pub(crate) expr: Expr,
}

impl Parse for Item {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        let kind = if input.peek(Token![...]) {
            ItemKind::Ellipsis(input.parse()?)
        } else {
            classify(input.parse()?)
        };
        let step = if input.peek(Token![;]) {
            let semi = input.parse()?;
            if input.is_empty() || input.peek(Token![,]) {
                return Err(syn::Error::new_spanned(
                    semi,
                    "expected a step after `;`, e.g. `..;2`",
                ));
            }
            Some(Step {
                semi,
                expr: input.parse()?,
            })
        } else {
            None
        };
        Ok(Item { kind, step })
    }
}

/// The kind of an item from its expression's syntax.
fn classify(expr: Expr) -> ItemKind {
    match expr {
        // A `$e:expr` forwarded by `macro_rules!` arrives in an invisible group.
        Expr::Group(group) if group.attrs.is_empty() => classify(*group.expr),
        Expr::Range(range) if range.attrs.is_empty() => {
            ItemKind::Range(Box::new(range_item(range)))
        }
        Expr::Path(path)
            if path.attrs.is_empty()
                && path.qself.is_none()
                && (path.path.is_ident("NewAxis") || path.path.is_ident("None")) =>
        {
            ItemKind::NewAxis(path.path.segments[0].ident.clone())
        }
        other => ItemKind::Index(other),
    }
}

fn range_item(range: ExprRange) -> RangeItem {
    let tokens = range.to_token_stream();
    RangeItem {
        start: range.start.map(|e| *e),
        end: range.end.map(|e| *e),
        inclusive: matches!(range.limits, RangeLimits::Closed(_)),
        tokens,
    }
}

/// Parses the whole input.
pub(crate) fn parse(input: TokenStream) -> syn::Result<Vec<Item>> {
    let items = Punctuated::<Item, Token![,]>::parse_terminated.parse2(input)?;
    Ok(items.into_iter().collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::quote;

    fn kinds(input: TokenStream) -> Vec<String> {
        parse(input)
            .unwrap()
            .iter()
            .map(|item| {
                let kind = match &item.kind {
                    ItemKind::Index(e) => format!("index {}", e.to_token_stream()),
                    ItemKind::Range(r) => format!(
                        "range {:?} {:?} {}",
                        r.start.as_ref().map(|e| e.to_token_stream().to_string()),
                        r.end.as_ref().map(|e| e.to_token_stream().to_string()),
                        r.inclusive
                    ),
                    ItemKind::NewAxis(_) => "new".into(),
                    ItemKind::Ellipsis(_) => "ellipsis".into(),
                };
                match &item.step {
                    Some(step) => format!("{kind} step {}", step.expr.to_token_stream()),
                    None => kind,
                }
            })
            .collect()
    }

    #[test]
    fn every_kind() {
        assert_eq!(
            kinds(quote!(1, -1, i + 1, .., 1.., ..2, a..b, 0..=3, NewAxis, None, ...)),
            [
                "index 1",
                "index - 1",
                "index i + 1",
                "range None None false",
                "range Some(\"1\") None false",
                "range None Some(\"2\") false",
                "range Some(\"a\") Some(\"b\") false",
                "range Some(\"0\") Some(\"3\") true",
                "new",
                "new",
                "ellipsis",
            ]
        );
    }

    #[test]
    fn steps_follow_a_semicolon() {
        assert_eq!(
            kinds(quote!(..;2, 1..;-1, ..n;k, x;2)),
            [
                "range None None false step 2",
                "range Some(\"1\") None false step - 1",
                "range None Some(\"n\") false step k",
                "index x step 2",
            ]
        );
    }

    #[test]
    fn empty_and_trailing_comma() {
        assert!(kinds(quote!()).is_empty());
        assert_eq!(kinds(quote!(.., ..,)).len(), 2);
    }

    #[test]
    fn missing_step_is_an_error() {
        let e = parse(quote!(..;)).err().unwrap();
        assert_eq!(e.to_string(), "expected a step after `;`, e.g. `..;2`");
    }
}

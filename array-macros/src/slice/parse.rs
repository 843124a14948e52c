//! Parsing `s![..]` input into items, keeping every token and span.
//!
//! Items are separated by top-level commas (a trailing comma is fine). Each
//! item is `...`, or an expression optionally followed by `;` and a step
//! expression. The expression's *syntax* decides the kind: a range
//! expression (`a..b`, `a..`, `..b`, `..`, `a..=b`) is a range, the bare
//! names `NewAxis` and `None` are a new axis, anything else is an index.
//! Where an expression ends, and which `..` is the range's, is decided at
//! the top level of the tokens ([`crate::split`]).

use crate::errors::Errors;
use crate::literal::unwrap_invisible;
use crate::split::{find_range, is_ellipsis, split, split_once};
use crate::token::{Ident, Punct, TokenStream, TokenTree};

/// One item as written.
pub(crate) struct Item {
    /// What kind of item the syntax says it is.
    pub(crate) kind: ItemKind,
    /// `; step`, when written.
    pub(crate) step: Option<Step>,
}

/// The kinds `s!` tells apart in the source. Expressions are kept token for
/// token; rustc parses them in the expansion.
pub(crate) enum ItemKind {
    /// Any expression that is not a range or a new axis.
    Index(Vec<TokenTree>),
    /// A range expression.
    Range(RangeItem),
    /// `NewAxis` or `None`.
    NewAxis(Ident),
    /// `...`, its three dots.
    Ellipsis(Vec<TokenTree>),
}

/// A range expression's parts.
pub(crate) struct RangeItem {
    pub(crate) start: Option<Vec<TokenTree>>,
    pub(crate) end: Option<Vec<TokenTree>>,
    /// `..=`: the end is included.
    pub(crate) inclusive: bool,
    /// The whole range, for spans.
    pub(crate) tokens: Vec<TokenTree>,
}

/// `; step`.
pub(crate) struct Step {
    pub(crate) semi: Punct,
    pub(crate) expr: Vec<TokenTree>,
}

/// Parses the whole input, recording an error for every item that is not
/// one; returns the items that are.
pub(crate) fn parse(input: TokenStream, errors: &mut Errors) -> Vec<Item> {
    let mut items = Vec::new();
    for segment in split(input, ',') {
        if segment.tokens.is_empty() {
            if let Some(comma) = &segment.separator {
                errors.spanned(comma, "expected a slice item before this `,`");
            }
            continue;
        }
        if let Some(item) = parse_item(segment.tokens, errors) {
            items.push(item);
        }
    }
    items
}

fn parse_item(tokens: Vec<TokenTree>, errors: &mut Errors) -> Option<Item> {
    let (expr, step) = match split_once(&tokens, ';') {
        None => (tokens, None),
        Some((expr, semi, step)) => {
            if expr.is_empty() {
                errors.spanned(&semi, "expected a range before `;`, e.g. `..;2`");
                return None;
            }
            if step.is_empty() {
                errors.spanned(&semi, "expected a step after `;`, e.g. `..;2`");
                return None;
            }
            if let Some((_, second, _)) = split_once(&step, ';') {
                errors.spanned(
                    &second,
                    "an item takes one step; expected `,` before this `;`",
                );
                return None;
            }
            (expr, Some(Step { semi, expr: step }))
        }
    };
    let kind = classify(expr, errors)?;
    Some(Item { kind, step })
}

/// The kind of an item from its tokens.
fn classify(tokens: Vec<TokenTree>, errors: &mut Errors) -> Option<ItemKind> {
    let tokens = unwrap_invisible(&tokens);
    if is_ellipsis(&tokens) {
        return Some(ItemKind::Ellipsis(tokens));
    }
    if let Some(operator) = find_range(&tokens) {
        let part = |part: &[TokenTree]| (!part.is_empty()).then(|| part.to_vec());
        let end = part(&tokens[operator.at + operator.len()..]);
        if operator.inclusive && end.is_none() {
            errors.spanned(
                &tokens[operator.at..],
                "an inclusive range `..=` needs an end, e.g. `1..=3`",
            );
            return None;
        }
        return Some(ItemKind::Range(RangeItem {
            start: part(&tokens[..operator.at]),
            end,
            inclusive: operator.inclusive,
            tokens,
        }));
    }
    Some(match tokens.as_slice() {
        [TokenTree::Ident(name)] if matches!(name.to_string().as_str(), "NewAxis" | "None") => {
            ItemKind::NewAxis(name.clone())
        }
        _ => ItemKind::Index(tokens),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::quote;

    fn text(tokens: &[TokenTree]) -> String {
        tokens.iter().cloned().collect::<TokenStream>().to_string()
    }

    fn kinds(input: TokenStream) -> Vec<String> {
        let mut errors = Errors::new();
        let items = parse(input, &mut errors);
        assert!(errors.is_empty());
        items
            .iter()
            .map(|item| {
                let kind = match &item.kind {
                    ItemKind::Index(e) => format!("index {}", text(e)),
                    ItemKind::Range(r) => format!(
                        "range {:?} {:?} {}",
                        r.start.as_deref().map(text),
                        r.end.as_deref().map(text),
                        r.inclusive
                    ),
                    ItemKind::NewAxis(_) => "new".into(),
                    ItemKind::Ellipsis(_) => "ellipsis".into(),
                };
                match &item.step {
                    Some(step) => format!("{kind} step {}", text(&step.expr)),
                    None => kind,
                }
            })
            .collect()
    }

    fn errs(input: TokenStream) -> Vec<String> {
        let mut errors = Errors::new();
        parse(input, &mut errors);
        errors.finish().unwrap_err().messages()
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
    fn expressions_end_at_top_level_commas() {
        assert_eq!(
            kinds(quote!(f(a, b)..g::<u8, u16>(c), x.len() - 1)),
            [
                "range Some(\"f (a , b)\") Some(\"g :: < u8 , u16 > (c)\") false",
                "index x . len () - 1",
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
    fn malformed_items() {
        assert_eq!(
            errs(quote!(..;)),
            ["expected a step after `;`, e.g. `..;2`"]
        );
        assert_eq!(
            errs(quote!(;2)),
            ["expected a range before `;`, e.g. `..;2`"]
        );
        assert_eq!(
            errs(quote!(..;2;3)),
            ["an item takes one step; expected `,` before this `;`"]
        );
        assert_eq!(
            errs(quote!(1..=)),
            ["an inclusive range `..=` needs an end, e.g. `1..=3`"]
        );
        assert_eq!(
            errs(quote!(1,, 2, ..;)),
            [
                "expected a slice item before this `,`",
                "expected a step after `;`, e.g. `..;2`"
            ]
        );
    }
}

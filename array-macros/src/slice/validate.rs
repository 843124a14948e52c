//! Checks on `s![..]` items and the choice of each item's type.
//!
//! What can be decided from the tokens alone is decided here: a second
//! `...`, a literal step of 0 and a step after something that is not a
//! range are errors spanned on the offending token. Then each item gets the
//! most precise type its syntax allows: non-negative integer literals
//! become static items (checked against a static axis at compile time), a
//! literal step of 1 is dropped, `..` is [`Planned::Full`].

use super::parse::{Item, ItemKind, RangeItem, Step};
use crate::errors::{Errors, Spans};
use crate::literal::{LiteralKind, classify, signed_integer, unwrap_invisible};
use crate::render::render;
use crate::token::{Span, TokenTree};

/// An expression, token for token.
type Expr = Vec<TokenTree>;

/// The most items one `s!` can have (array-core's item tuples stop there).
pub(crate) const MAX_ITEMS: usize = 16;

/// A non-negative integer literal and where it was written.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Literal {
    pub(crate) value: usize,
    pub(crate) span: Span,
}

/// The end of a range computed at run time.
pub(crate) enum End {
    /// Omitted: to the end.
    Open,
    /// `..b`.
    Exclusive(Expr),
    /// `..=b`.
    Inclusive(Expr),
}

/// An item with its type chosen.
pub(crate) enum Planned {
    /// A non-negative integer literal index.
    StaticIndex(Literal),
    /// Any other index.
    Index(Expr),
    /// `..` (or `..;1`).
    Full,
    /// A step-1 range whose bounds are non-negative literals (the start may
    /// be omitted). `end` is exclusive.
    StaticRange {
        start: Option<Literal>,
        end: Literal,
        len: usize,
    },
    /// `a..` with a non-negative literal start, step 1.
    StaticFrom(Literal),
    /// Any other step-1 range.
    Range { start: Option<Expr>, end: End },
    /// A range with a step other than a literal 1.
    RangeStep {
        start: Option<Expr>,
        end: End,
        step: Expr,
    },
    /// A new axis.
    NewAxis(Span),
    /// `...`.
    Ellipsis(Span),
}

/// Checks `items` and chooses their types, recording every error.
pub(crate) fn check(items: Vec<Item>, errors: &mut Errors) -> Vec<Planned> {
    if items.len() > MAX_ITEMS {
        errors.at(
            item_span(&items[MAX_ITEMS]),
            format!(
                "s! supports at most {MAX_ITEMS} items, found {}",
                items.len()
            ),
        );
    }
    let mut seen_ellipsis = false;
    let mut planned = Vec::with_capacity(items.len());
    for item in items {
        if let ItemKind::Ellipsis(dots) = &item.kind {
            if seen_ellipsis {
                errors.spanned(dots, "an index can only have a single ellipsis (`...`)");
            }
            seen_ellipsis = true;
        }
        if let Some(p) = plan(item, errors) {
            planned.push(p);
        }
    }
    planned
}

fn item_span(item: &Item) -> Span {
    kind_tokens(&item.kind).first_and_last().0
}

fn plan(item: Item, errors: &mut Errors) -> Option<Planned> {
    let range = match item.kind {
        ItemKind::Range(range) => range,
        other => {
            if let Some(step) = &item.step {
                let mut tokens = vec![TokenTree::Punct(step.semi.clone())];
                tokens.extend(step.expr.iter().cloned());
                errors.spanned(
                    &tokens,
                    format!(
                        "a step needs a range before it, found `{}`; write `a..b;k`, `a..;k` or `..;k`",
                        render(kind_tokens(&other))
                    ),
                );
                return None;
            }
            return Some(match other {
                ItemKind::Index(expr) => match literal(&expr) {
                    Some(lit) => Planned::StaticIndex(lit),
                    None => Planned::Index(expr),
                },
                ItemKind::NewAxis(name) => Planned::NewAxis(name.span()),
                ItemKind::Ellipsis(dots) => Planned::Ellipsis(dots.first_and_last().0),
                ItemKind::Range(_) => unreachable!("ranges are handled above"),
            });
        }
    };
    match item.step.map(|step| step_value(step, errors)) {
        Some(StepValue::Zero) => None,
        Some(StepValue::Other(step)) => Some(Planned::RangeStep {
            start: range.start,
            end: run_time_end(range.end, range.inclusive),
            step,
        }),
        None | Some(StepValue::One) => Some(step_one(range)),
    }
}

/// A step-1 range: `..`, a static range, or a run-time one.
fn step_one(range: RangeItem) -> Planned {
    let RangeItem {
        start,
        end,
        inclusive,
        ..
    } = range;
    if start.is_none() && end.is_none() {
        return Planned::Full;
    }
    let start_literal = match &start {
        None => Some(None),
        Some(e) => literal(e).map(Some),
    };
    let end_literal = end.as_deref().and_then(literal).and_then(|lit| {
        if inclusive {
            Some(lit.value + 1)
                .filter(|&value| value <= MAX_STATIC_LITERAL)
                .map(|value| Literal { value, ..lit })
        } else {
            Some(lit)
        }
    });
    match (start_literal, end_literal) {
        (Some(start), Some(end)) => Planned::StaticRange {
            len: end.value.saturating_sub(start.map_or(0, |s| s.value)),
            start,
            end,
        },
        (Some(Some(start)), None) if end.is_none() => Planned::StaticFrom(start),
        _ => Planned::Range {
            start,
            end: run_time_end(end, inclusive),
        },
    }
}

fn run_time_end(end: Option<Expr>, inclusive: bool) -> End {
    match end {
        None => End::Open,
        Some(e) if inclusive => End::Inclusive(e),
        Some(e) => End::Exclusive(e),
    }
}

enum StepValue {
    Zero,
    One,
    Other(Expr),
}

/// Reads a literal step (`2`, `-1`); reports a literal 0.
fn step_value(step: Step, errors: &mut Errors) -> StepValue {
    let expr = step.expr;
    match signed_integer(&expr) {
        Some(0) => {
            errors.spanned(&expr, "slice step cannot be zero");
            StepValue::Zero
        }
        Some(1) => StepValue::One,
        _ => StepValue::Other(expr),
    }
}

/// The largest literal made static: array-core compares literals with
/// axis lengths in the type system as `Const` lengths.
pub(crate) const MAX_STATIC_LITERAL: usize = crate::paths::LARGEST_CONST_DIM;

/// A non-negative integer literal up to [`MAX_STATIC_LITERAL`], without a
/// suffix or with `usize` or `isize`: the literals whose value becomes a
/// type. Other suffixes keep their type, and larger values are checked
/// when slicing.
fn literal(tokens: &[TokenTree]) -> Option<Literal> {
    match unwrap_invisible(tokens).as_slice() {
        [TokenTree::Literal(token)] => match classify(token) {
            LiteralKind::Int(int) if matches!(int.suffix.as_str(), "" | "usize" | "isize") => int
                .to_usize()
                .filter(|&value| value <= MAX_STATIC_LITERAL)
                .map(|value| Literal {
                    value,
                    span: token.span(),
                }),
            _ => None,
        },
        _ => None,
    }
}

/// The tokens an item was written with (a range's step aside).
fn kind_tokens(kind: &ItemKind) -> Vec<TokenTree> {
    match kind {
        ItemKind::Index(tokens) | ItemKind::Ellipsis(tokens) => tokens.clone(),
        ItemKind::Range(range) => range.tokens.clone(),
        ItemKind::NewAxis(name) => vec![TokenTree::Ident(name.clone())],
    }
}

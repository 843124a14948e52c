//! Code generation for `s![..]`: a tuple with one value per item, the
//! first carrying the count ([`items`]).
//!
//! Run-time items are calls of small conversion functions (so any integer
//! type works and a wrong type is reported on the user's expression).
//! Static items are typed constructors whose axis parameter is left to
//! inference (`_`): it becomes the axis of the array being sliced, and the
//! constructor's where-clause checks the literal against it. Every token
//! of such a constructor is spanned on the user's literal, so a bound past
//! a static axis is reported there.

use super::validate::{End, Literal, Planned};
use crate::code::{code, comma_separated, concat, group, respan, usize_literal};
use crate::errors::Spans;
use crate::paths::slice_support;
use crate::split::split_once;
use crate::token::{Delimiter, Group, Span, TokenStream, TokenTree};

/// The tuple of items, the first wrapped as
/// `Counted::<NAMED, ELLIPSIS, _>::new(first)`: the number of axes the items
/// name and whether a `...` is among them, so that a wrong count is
/// reported with both numbers.
pub(crate) fn items(planned: &[Planned]) -> TokenStream {
    let named = planned
        .iter()
        .filter(|p| !matches!(p, Planned::NewAxis(_) | Planned::Ellipsis(_)))
        .count();
    let ellipsis = planned.iter().any(|p| matches!(p, Planned::Ellipsis(_)));
    let mut items = planned.iter().map(item);
    let Some(first) = items.next() else {
        return code("()");
    };
    let counted = concat([
        slice_support("Counted", Span::call_site()),
        code("::<"),
        usize_literal(named),
        code(if ellipsis {
            ", true, _>::new"
        } else {
            ", false, _>::new"
        }),
        paren(first),
    ]);
    let mut all = comma_separated(std::iter::once(counted).chain(items));
    all.extend(code(","));
    paren(all)
}

fn item(planned: &Planned) -> TokenStream {
    let here = Span::call_site();
    match planned {
        Planned::StaticIndex(index) => on_literal("StaticAt", *index),
        Planned::Index(expr) => convert("index", expr),
        Planned::Full => slice_support("Full", here),
        Planned::StaticRange { start, end, len } => {
            let start = start.unwrap_or(Literal {
                value: 0,
                span: here,
            });
            concat([
                slice_support("StaticRange", here),
                code("::<"),
                comma_separated([
                    usize_literal(start.value),
                    usize_literal(end.value),
                    usize_literal(*len),
                    code("_"),
                ]),
                code(">::new"),
                paren(comma_separated([bound_proof(start), bound_proof(*end)])),
            ])
        }
        Planned::StaticFrom(start) => concat([
            slice_support("StaticFrom", here),
            code("::<"),
            usize_literal(start.value),
            code(", _>::new"),
            paren(bound_proof(*start)),
        ]),
        Planned::Range { start, end } => call(
            "range",
            comma_separated([start_bound(start.as_deref()), end_bound(end)]),
        ),
        Planned::RangeStep { start, end, step } => call(
            "range_step",
            comma_separated([
                start_bound(start.as_deref()),
                end_bound(end),
                convert("step", step),
            ]),
        ),
        Planned::NewAxis(span) => slice_support("NewAxis", *span),
        Planned::Ellipsis(span) => slice_support("Ellipsis", *span),
    }
}

/// `::array_core::__private::<function>({ <expr> })`: a conversion of the
/// user's expression. The braces keep a syntax error inside it to itself:
/// in a bare argument list rustc would recover from `k k` by reading two
/// arguments and then report the call as well. They sit where the user's
/// expression starts, so that a type error points there, and keep the
/// expansion's context, so that `unused_braces` does not fire in the
/// user's crate.
fn convert(function: &str, expr: &[TokenTree]) -> TokenStream {
    let mut braces = Group::new(Delimiter::Brace, unparen(expr));
    braces.set_span(Span::call_site().located_at(expr.first_and_last().0));
    call(function, TokenTree::Group(braces).into())
}

/// `::array_core::__private::<function>(<arguments>)`.
fn call(function: &str, arguments: TokenStream) -> TokenStream {
    concat([slice_support(function, Span::call_site()), paren(arguments)])
}

fn paren(tokens: TokenStream) -> TokenStream {
    group(Delimiter::Parenthesis, tokens)
}

/// `Bound::<B, _>::new()`, every token on the user's literal.
fn bound_proof(bound: Literal) -> TokenStream {
    on_literal("Bound", bound)
}

/// `<name>::<VALUE, _>::new()`, every token spanned on the user's literal,
/// so that rustc reports a literal past a static axis there.
fn on_literal(name: &str, literal: Literal) -> TokenStream {
    respan(
        concat([
            slice_support(name, literal.span),
            code("::<"),
            usize_literal(literal.value),
            code(", _>::new()"),
        ]),
        literal.span,
    )
}

fn none() -> TokenStream {
    code("::core::option::Option::None")
}

fn start_bound(start: Option<&[TokenTree]>) -> TokenStream {
    match start {
        None => none(),
        Some(expr) => convert("bound", expr),
    }
}

fn end_bound(end: &End) -> TokenStream {
    match end {
        End::Open => none(),
        End::Exclusive(expr) => convert("bound", expr),
        End::Inclusive(expr) => convert("inclusive_end", expr),
    }
}

/// A parenthesised expression without its parentheses. `(9)` is how a
/// user asks for a literal to be a run-time value (NumPy's clamping
/// instead of a compile-time check); passed on as `bound((9))` it would
/// trip the `unused_parens` lint in the user's crate. A tuple (`(a, b)`,
/// `()`) keeps its parentheses.
fn unparen(tokens: &[TokenTree]) -> TokenStream {
    match tokens {
        [TokenTree::Group(group)] if group.delimiter() == Delimiter::Parenthesis => {
            let inner: Vec<TokenTree> = group.stream().into_iter().collect();
            if inner.is_empty() || split_once(&inner, ',').is_some() {
                tokens.iter().cloned().collect()
            } else {
                unparen(&inner)
            }
        }
        other => other.iter().cloned().collect(),
    }
}

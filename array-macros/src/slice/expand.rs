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
use crate::paths::slice_support;
use proc_macro2::{Span, TokenStream};
use quote::{quote, quote_spanned};

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
    let counted = slice_support("Counted", Span::call_site());
    let named = proc_macro2::Literal::usize_unsuffixed(named);
    let mut items = planned.iter().map(item);
    match items.next() {
        None => quote!(()),
        Some(first) => quote!((#counted::<#named, #ellipsis, _>::new(#first), #(#items,)*)),
    }
}

fn item(planned: &Planned) -> TokenStream {
    let here = Span::call_site();
    match planned {
        Planned::StaticIndex(index) => {
            let path = slice_support("StaticAt", index.span);
            let value = value(index.value, index.span);
            quote_spanned!(index.span=> #path::<#value, _>::new())
        }
        Planned::Index(expr) => {
            let index = slice_support("index", here);
            let expr = unparen(expr);
            quote!(#index(#expr))
        }
        Planned::Full => slice_support("Full", here),
        Planned::StaticRange { start, end, len } => {
            let range = slice_support("StaticRange", here);
            let start = start.unwrap_or(Literal {
                value: 0,
                span: here,
            });
            let (start_value, end_value) = (value(start.value, here), value(end.value, here));
            let len = value(*len, here);
            let start_proof = bound_proof(start);
            let end_proof = bound_proof(*end);
            quote!(#range::<#start_value, #end_value, #len, _>::new(#start_proof, #end_proof))
        }
        Planned::StaticFrom(start) => {
            let from = slice_support("StaticFrom", here);
            let start_value = value(start.value, here);
            let start_proof = bound_proof(*start);
            quote!(#from::<#start_value, _>::new(#start_proof))
        }
        Planned::Range { start, end } => {
            let range = slice_support("range", here);
            let (start, end) = (start_bound(start.as_ref()), end_bound(end));
            quote!(#range(#start, #end))
        }
        Planned::RangeStep { start, end, step } => {
            let range = slice_support("range_step", here);
            let (start, end) = (start_bound(start.as_ref()), end_bound(end));
            let step_fn = slice_support("step", here);
            let step = unparen(step);
            quote!(#range(#start, #end, #step_fn(#step)))
        }
        Planned::NewAxis(span) => slice_support("NewAxis", *span),
        Planned::Ellipsis(span) => slice_support("Ellipsis", *span),
    }
}

/// An unsuffixed `usize` literal at `span`.
fn value(value: usize, span: Span) -> proc_macro2::Literal {
    let mut literal = proc_macro2::Literal::usize_unsuffixed(value);
    literal.set_span(span);
    literal
}

/// `Bound::<B, _>::new()`, every token on the user's literal.
fn bound_proof(bound: Literal) -> TokenStream {
    let path = slice_support("Bound", bound.span);
    let value = value(bound.value, bound.span);
    quote_spanned!(bound.span=> #path::<#value, _>::new())
}

fn none() -> TokenStream {
    quote!(::core::option::Option::None)
}

fn start_bound(start: Option<&syn::Expr>) -> TokenStream {
    match start {
        None => none(),
        Some(expr) => {
            let bound = slice_support("bound", Span::call_site());
            let expr = unparen(expr);
            quote!(#bound(#expr))
        }
    }
}

fn end_bound(end: &End) -> TokenStream {
    match end {
        End::Open => none(),
        End::Exclusive(expr) => {
            let bound = slice_support("bound", Span::call_site());
            let expr = unparen(expr);
            quote!(#bound(#expr))
        }
        End::Inclusive(expr) => {
            let bound = slice_support("inclusive_end", Span::call_site());
            let expr = unparen(expr);
            quote!(#bound(#expr))
        }
    }
}

/// A parenthesised expression without its parentheses. `(9)` is how a
/// user asks for a literal to be a run-time value (NumPy's clamping
/// instead of a compile-time check); passed on as `bound((9))` it would
/// trip the `unused_parens` lint in the user's crate.
fn unparen(expr: &syn::Expr) -> &syn::Expr {
    match expr {
        syn::Expr::Paren(paren) if paren.attrs.is_empty() => unparen(&paren.expr),
        other => other,
    }
}

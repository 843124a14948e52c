//! Parsing `array![..]` input into a tree of rows, or a repeat form.
//!
//! The nested form is a comma-separated list of expressions in which a
//! bracketed array literal is a row (one more level of nesting); any other
//! expression is an element and is kept token for token, spans included. The
//! repeat form is `value; dims`, recognised by a `;` at the top level (no
//! element expression can contain one outside its own brackets or braces).

use crate::dim::{self, Dim, DimContext};
use crate::errors::Errors;
use crate::render::{render, render_stream};
use proc_macro2::{Punct, Span, TokenStream, TokenTree};
use syn::parse::{ParseStream, Parser};
use syn::punctuated::Punctuated;
use syn::{Expr, Token};

/// What an `array!` invocation says.
pub(crate) enum ArrayInput {
    /// `array![[1, 2], [3, 4]]`, `array![1, 2]`, `array![]`.
    Nested(Row),
    /// `array![value; 2, 3]`.
    Repeat(Repeat),
}

/// One bracketed level: the macro's own brackets, or a `[..]` inside them.
pub(crate) struct Row {
    /// The whole `[..]`, or the call site for the macro's own brackets.
    pub(crate) span: Span,
    pub(crate) items: Vec<Node>,
}

/// An item of a row.
pub(crate) enum Node {
    /// A nested `[..]`.
    Row(Row),
    /// Any other expression.
    Element(Expr),
    /// Something already reported as an error; it counts towards its row's
    /// length but is neither a row nor an element.
    Invalid,
}

/// `value; dims`, with the dims validated.
pub(crate) struct Repeat {
    pub(crate) value: Expr,
    pub(crate) dims: Vec<Dim>,
}

/// Parses `input`, recording errors. `None` only when the input is so broken
/// that no structure can be checked; `errors` then holds why.
pub(crate) fn parse(input: TokenStream, errors: &mut Errors) -> Option<ArrayInput> {
    match split_semicolon(input) {
        Ok((value, semi, dims)) => parse_repeat(value, &semi, dims, errors).map(ArrayInput::Repeat),
        Err(input) => parse_nested(input, errors).map(ArrayInput::Nested),
    }
}

/// Splits at the first top-level `;`, or gives the input back.
fn split_semicolon(input: TokenStream) -> Result<(TokenStream, Punct, TokenStream), TokenStream> {
    let mut tokens = input.clone().into_iter();
    let mut before = TokenStream::new();
    for token in tokens.by_ref() {
        match token {
            TokenTree::Punct(p) if p.as_char() == ';' => {
                return Ok((before, p, tokens.collect()));
            }
            other => before.extend([other]),
        }
    }
    Err(input)
}

fn parse_nested(input: TokenStream, errors: &mut Errors) -> Option<Row> {
    match Punctuated::<Expr, Token![,]>::parse_terminated.parse2(input) {
        Ok(exprs) => Some(Row {
            span: Span::call_site(),
            items: exprs.into_iter().map(|e| node(e, errors)).collect(),
        }),
        Err(error) => {
            errors.push(error);
            None
        }
    }
}

fn node(expr: Expr, errors: &mut Errors) -> Node {
    match expr {
        Expr::Array(array) if array.attrs.is_empty() => Node::Row(Row {
            span: array.bracket_token.span.join(),
            items: array.elems.into_iter().map(|e| node(e, errors)).collect(),
        }),
        Expr::Array(array) => {
            errors.spanned(
                &array.attrs[0],
                "attributes are not supported on a row of array!; \
                 to store an array as one element, wrap it in parentheses: `([..])`",
            );
            Node::Invalid
        }
        Expr::Repeat(repeat) => {
            errors.spanned(
                &repeat,
                format!(
                    "a repeat expression `{}` cannot be a row of array!; write \
                     `array![value; dims]` to fill a whole array, or wrap it in \
                     parentheses to store an array as one element",
                    render_stream(&quote::ToTokens::to_token_stream(&repeat))
                ),
            );
            Node::Invalid
        }
        other => Node::Element(other),
    }
}

fn parse_repeat(
    value: TokenStream,
    semi: &Punct,
    dims: TokenStream,
    errors: &mut Errors,
) -> Option<Repeat> {
    let value = if value.is_empty() {
        errors.spanned(
            semi,
            "array! repeat form needs a value before `;`, e.g. `array![0; 3]`",
        );
        None
    } else {
        match parse_single_expr(value) {
            Ok(expr) => Some(expr),
            Err(error) => {
                errors.push(error);
                None
            }
        }
    };
    let dims = if dims.is_empty() {
        errors.spanned(
            semi,
            "array! repeat form needs at least one dim after `;`, e.g. `array![0; 3]`",
        );
        Vec::new()
    } else {
        dim::parse_list(dims, DimContext::Repeat, errors)
    };
    Some(Repeat {
        value: value?,
        dims,
    })
}

/// Parses exactly one expression, with a message in array!'s words when more
/// follows.
fn parse_single_expr(tokens: TokenStream) -> syn::Result<Expr> {
    let all = tokens.clone();
    let parser = |input: ParseStream<'_>| {
        let expr: Expr = input.parse()?;
        if !input.is_empty() {
            return Err(syn::Error::new_spanned(
                &all,
                format!(
                    "array! repeat form takes one value before `;`, found `{}`",
                    render(all.clone())
                ),
            ));
        }
        Ok(expr)
    };
    parser.parse2(tokens)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::errors::messages;
    use quote::quote;

    fn parse_ok(input: TokenStream) -> ArrayInput {
        let mut errors = Errors::new();
        let parsed = parse(input, &mut errors);
        assert!(errors.is_empty());
        parsed.unwrap()
    }

    fn parse_err(input: TokenStream) -> Vec<String> {
        let mut errors = Errors::new();
        parse(input, &mut errors);
        messages(&errors.finish().unwrap_err())
    }

    fn shape_of(node: &Node) -> String {
        match node {
            Node::Row(row) => {
                let items: Vec<String> = row.items.iter().map(shape_of).collect();
                format!("[{}]", items.join(","))
            }
            Node::Element(_) => "e".into(),
            Node::Invalid => "!".into(),
        }
    }

    fn nested(input: TokenStream) -> String {
        match parse_ok(input) {
            ArrayInput::Nested(row) => shape_of(&Node::Row(row)),
            ArrayInput::Repeat(_) => panic!("expected the nested form"),
        }
    }

    #[test]
    fn brackets_are_rows_and_everything_else_is_an_element() {
        assert_eq!(nested(quote!([1, 2], [a + 1, f(x)])), "[[e,e],[e,e]]");
        assert_eq!(nested(quote!(1, 2, 3,)), "[e,e,e]");
        assert_eq!(nested(quote!()), "[]");
        assert_eq!(nested(quote!([], [])), "[[],[]]");
        assert_eq!(nested(quote!(([1, 2]), x[0], { [3] })), "[e,e,e]");
        assert_eq!(nested(quote!(|a, b| a + b, f::<u8, u16>(x))), "[e,e]");
    }

    #[test]
    fn elements_keep_their_tokens() {
        let ArrayInput::Nested(row) = parse_ok(quote!(a + 1, f(x))) else {
            panic!()
        };
        let Node::Element(first) = &row.items[0] else {
            panic!()
        };
        assert_eq!(quote!(#first).to_string(), quote!(a + 1).to_string());
    }

    #[test]
    fn repeat_form() {
        let ArrayInput::Repeat(repeat) = parse_ok(quote!(0.0; 2, N,)) else {
            panic!("expected the repeat form")
        };
        let value = &repeat.value;
        assert_eq!(quote!(#value).to_string(), "0.0");
        assert_eq!(repeat.dims.len(), 2);
        // A `;` inside a block element does not make a repeat form.
        assert_eq!(
            nested(quote!(
                {
                    let a = 1;
                    a
                },
                2
            )),
            "[e,e]"
        );
    }

    #[test]
    fn repeat_expressions_are_not_rows() {
        assert_eq!(
            parse_err(quote!([0; 3], [1, 2, 3])),
            [
                "a repeat expression `[0; 3]` cannot be a row of array!; write \
              `array![value; dims]` to fill a whole array, or wrap it in \
              parentheses to store an array as one element"
            ]
        );
    }

    #[test]
    fn bad_repeat_forms() {
        assert_eq!(
            parse_err(quote!(0;)),
            ["array! repeat form needs at least one dim after `;`, e.g. `array![0; 3]`"]
        );
        assert_eq!(
            parse_err(quote!(; 3)),
            ["array! repeat form needs a value before `;`, e.g. `array![0; 3]`"]
        );
        assert_eq!(
            parse_err(quote!(1, 2; 3)),
            ["array! repeat form takes one value before `;`, found `1, 2`"]
        );
        assert_eq!(
            parse_err(quote!(0; -1)),
            ["dimension must be non-negative, found `-1`"]
        );
        assert_eq!(
            parse_err(quote!(0; x.len())),
            [
                "repeat dims must be integer literals or const generic names, found `x.len()`; \
                 for a length known only at run time, use `Array::full` with a `Dyn` axis"
            ]
        );
        assert_eq!(
            parse_err(quote!(0; 2; 3)),
            [
                "repeat dims must be integer literals or const generic names, found `2; 3`; \
                 for a length known only at run time, use `Array::full` with a `Dyn` axis"
            ]
        );
    }

    #[test]
    fn value_and_dim_errors_are_reported_together() {
        assert_eq!(
            parse_err(quote!(1, 2; 2.5, _)),
            [
                "array! repeat form takes one value before `;`, found `1, 2`",
                "dimension must be an integer, found the float literal `2.5`",
                "repeat dims must be static, found `_`; array! needs every length at \
                 compile time; for a length known only at run time, use `Array::full` \
                 with a `Dyn` axis",
            ]
        );
        assert_eq!(parse_err(quote!(;)).len(), 2);
    }

    #[test]
    fn syntax_errors_come_from_syn() {
        assert_eq!(parse_err(quote!(1 2)), ["expected `,`"]);
    }
}

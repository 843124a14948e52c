//! Parsing `array![..]` input into a tree of rows, or a repeat form.
//!
//! The nested form is a comma-separated list of expressions in which a
//! bracketed array literal is a row (one more level of nesting); any other
//! expression is an element and is kept token for token, spans included
//! (rustc parses it in the expansion). The repeat form is `value; dims`,
//! recognised by a `;` at the top level (no element expression can contain
//! one outside its own brackets or braces).

use crate::dim::{self, Dim, DimContext};
use crate::errors::Errors;
use crate::render::render;
use crate::split::{Segment, split, split_once};
use crate::token::{Delimiter, Punct, Span, TokenStream, TokenTree};

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
    /// Any other expression, token for token.
    Element(Vec<TokenTree>),
    /// Something already reported as an error; it counts towards its row's
    /// length but is neither a row nor an element.
    Invalid,
}

/// `value; dims`, with the dims validated.
pub(crate) struct Repeat {
    pub(crate) value: Vec<TokenTree>,
    pub(crate) dims: Vec<Dim>,
}

/// Parses `input`, recording errors. `None` only when a repeat form has no
/// single value to repeat; `errors` then holds why.
pub(crate) fn parse(input: TokenStream, errors: &mut Errors) -> Option<ArrayInput> {
    let tokens: Vec<TokenTree> = input.into_iter().collect();
    match split_once(&tokens, ';') {
        Some((value, semi, dims)) => {
            parse_repeat(value, &semi, dims, errors).map(ArrayInput::Repeat)
        }
        None => {
            let input = tokens.into_iter().collect();
            Some(ArrayInput::Nested(row(Span::call_site(), input, errors)))
        }
    }
}

fn row(span: Span, input: TokenStream, errors: &mut Errors) -> Row {
    let items = split(input, ',')
        .into_iter()
        .filter_map(|segment| node(segment, errors))
        .collect();
    Row { span, items }
}

/// The node of one comma-separated entry; `None` for an empty entry, which
/// is reported and not counted (so it adds no unequal-length error).
fn node(segment: Segment, errors: &mut Errors) -> Option<Node> {
    match segment.tokens.as_slice() {
        [] => {
            if let Some(comma) = &segment.separator {
                errors.spanned(
                    comma,
                    "expected an element or a row `[...]` before this `,`",
                );
            }
            None
        }
        [TokenTree::Group(group)] if group.delimiter() == Delimiter::Bracket => {
            let inner: Vec<TokenTree> = group.stream().into_iter().collect();
            if split_once(&inner, ';').is_some() {
                errors.spanned(
                    &segment.tokens,
                    format!(
                        "a repeat expression `{}` cannot be a row of array!; write \
                         `array![value; dims]` to fill a whole array, or wrap it in \
                         parentheses to store an array as one element",
                        render(segment.tokens.iter().cloned())
                    ),
                );
                Some(Node::Invalid)
            } else {
                Some(Node::Row(row(group.span(), group.stream(), errors)))
            }
        }
        _ => Some(Node::Element(segment.tokens)),
    }
}

fn parse_repeat(
    value: Vec<TokenTree>,
    semi: &Punct,
    dims: Vec<TokenTree>,
    errors: &mut Errors,
) -> Option<Repeat> {
    let value = if value.is_empty() {
        errors.spanned(
            semi,
            "array! repeat form needs a value before `;`, e.g. `array![0; 3]`",
        );
        None
    } else if split_once(&value, ',').is_some() {
        errors.spanned(
            &value,
            format!(
                "array! repeat form takes one value before `;`, found `{}`",
                render(value.iter().cloned())
            ),
        );
        None
    } else {
        Some(value)
    };
    let dims = if dims.is_empty() {
        errors.spanned(
            semi,
            "array! repeat form needs at least one dim after `;`, e.g. `array![0; 3]`",
        );
        Vec::new()
    } else {
        dim::parse_list(dims.into_iter().collect(), DimContext::Repeat, errors)
    };
    Some(Repeat {
        value: value?,
        dims,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
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
        errors.finish().unwrap_err().messages()
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
        let first: TokenStream = first.iter().cloned().collect();
        assert_eq!(first.to_string(), quote!(a + 1).to_string());
    }

    #[test]
    fn repeat_form() {
        let ArrayInput::Repeat(repeat) = parse_ok(quote!(0.0; 2, N,)) else {
            panic!("expected the repeat form")
        };
        let value: TokenStream = repeat.value.iter().cloned().collect();
        assert_eq!(value.to_string(), "0.0");
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
    fn elements_are_not_parsed_here() {
        // rustc parses each element in the expansion and reports a syntax
        // error there, on the user's tokens.
        assert_eq!(nested(quote!(1 2, 3)), "[e,e]");
    }

    #[test]
    fn empty_entries_are_reported_and_not_counted() {
        assert_eq!(
            parse_err(quote!([1,, 2], [3, 4])),
            ["expected an element or a row `[...]` before this `,`"]
        );
    }
}

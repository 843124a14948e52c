//! Checking that the rows of a nested `array!` form a rectangular block.
//!
//! The expected shape is read along the first row at every depth (NumPy's
//! rule): `array![[1, 2, 3], [4, 5]]` expects 3 elements per row and reports
//! the second row. Every row at depth `k` must then have `dims[k]` items, and
//! its items must all be rows (above the last depth) or all be elements (at
//! it). Every offending row or item is reported, not only the first.

use super::parse::{Node, Row};
use crate::dim::MAX_TUPLE_RANK;
use crate::errors::Errors;
use crate::token::TokenTree;

/// A rectangular array literal: its dims and its elements in C order.
pub(crate) struct Block {
    pub(crate) dims: Vec<usize>,
    pub(crate) elements: Vec<Vec<TokenTree>>,
}

/// Checks the tree under `root` (the macro's own brackets), recording
/// errors; returns the flattened block when there are none.
pub(crate) fn check(root: Row, errors: &mut Errors) -> Option<Block> {
    let (dims, too_deep) = reference_dims(&root);
    if let Some(row) = too_deep {
        errors.at(
            row.span,
            format!(
                "array! supports at most {MAX_TUPLE_RANK} dimensions, found {} levels of brackets",
                dims.len()
            ),
        );
    }
    check_row(&root, 0, &dims, errors);
    if !errors.is_empty() {
        // Also covers errors recorded while parsing (`Node::Invalid`).
        return None;
    }
    let mut elements = Vec::with_capacity(dims.iter().product());
    flatten(root, &mut elements);
    Some(Block { dims, elements })
}

/// The dims read along the first row of every depth, and the first row
/// deeper than [`MAX_TUPLE_RANK`] if there is one.
fn reference_dims(root: &Row) -> (Vec<usize>, Option<&Row>) {
    let mut dims = vec![root.items.len()];
    let mut too_deep = None;
    let mut row = root;
    // The first item that is not an already-reported error decides what the
    // next depth holds.
    while let Some(Node::Row(first)) = row.items.iter().find(|n| !matches!(n, Node::Invalid)) {
        dims.push(first.items.len());
        if dims.len() == MAX_TUPLE_RANK + 1 {
            too_deep = Some(first);
        }
        row = first;
    }
    (dims, too_deep)
}

fn check_row(row: &Row, depth: usize, dims: &[usize], errors: &mut Errors) {
    let expected = dims[depth];
    let found = row.items.len();
    if found != expected {
        errors.at(
            row.span,
            format!(
                "array! rows must have equal lengths: this row has {} but the first row has {}",
                count(found),
                expected
            ),
        );
    }
    let rows_below = depth + 1 < dims.len();
    for item in &row.items {
        match item {
            Node::Row(inner) if rows_below => check_row(inner, depth + 1, dims, errors),
            Node::Row(inner) => errors.at(
                inner.span,
                "expected an element like the others at this depth, found a row `[...]`; \
                 to store an array as one element, wrap it in parentheses: `([...])`",
            ),
            Node::Element(element) if rows_below => errors.spanned(
                element,
                "expected a row `[...]` like the others at this depth, found an element",
            ),
            Node::Element(_) | Node::Invalid => {}
        }
    }
}

/// "1 element", "3 elements".
fn count(n: usize) -> String {
    if n == 1 {
        "1 element".to_owned()
    } else {
        format!("{n} elements")
    }
}

fn flatten(row: Row, out: &mut Vec<Vec<TokenTree>>) {
    for item in row.items {
        match item {
            Node::Row(inner) => flatten(inner, out),
            Node::Element(element) => out.push(element),
            Node::Invalid => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::parse::{ArrayInput, parse};
    use super::*;
    use proc_macro2::TokenStream;
    use quote::quote;

    fn check_tokens(input: TokenStream) -> Result<Block, Vec<String>> {
        let mut errors = Errors::new();
        let Some(ArrayInput::Nested(root)) = parse(input, &mut errors) else {
            panic!("expected the nested form")
        };
        let block = check(root, &mut errors);
        match errors.finish() {
            Ok(()) => Ok(block.unwrap()),
            Err(errors) => {
                assert!(block.is_none());
                Err(errors.messages())
            }
        }
    }

    fn dims(input: TokenStream) -> Vec<usize> {
        check_tokens(input).map(|b| b.dims).unwrap()
    }

    fn errs(input: TokenStream) -> Vec<String> {
        check_tokens(input).err().unwrap()
    }

    #[test]
    fn shapes_of_rectangular_literals() {
        assert_eq!(dims(quote!([1, 2, 3], [4, 5, 6])), [2, 3]);
        assert_eq!(dims(quote!(1, 2, 3)), [3]);
        assert_eq!(dims(quote!()), [0]);
        assert_eq!(dims(quote!([], [])), [2, 0]);
        assert_eq!(dims(quote!([[1], [2]], [[3], [4]], [[5], [6]])), [3, 2, 1]);
        assert_eq!(dims(quote!([[[[[1, 2]]]]])), [1, 1, 1, 1, 1, 2]);
    }

    #[test]
    fn elements_are_flattened_in_c_order() {
        let block = check_tokens(quote!([[a, b], [c, d]], [[e, f], [g, h]])).unwrap();
        let elements: Vec<String> = block
            .elements
            .iter()
            .map(|e| e.iter().cloned().collect::<TokenStream>().to_string())
            .collect();
        assert_eq!(elements, ["a", "b", "c", "d", "e", "f", "g", "h"]);
    }

    #[test]
    fn ragged_rows() {
        assert_eq!(
            errs(quote!([1, 2, 3], [4, 5])),
            [
                "array! rows must have equal lengths: this row has 2 elements but the first row has 3"
            ]
        );
        assert_eq!(
            errs(quote!([1, 2], [3])),
            ["array! rows must have equal lengths: this row has 1 element but the first row has 2"]
        );
        assert_eq!(
            errs(quote!([], [1, 2])),
            [
                "array! rows must have equal lengths: this row has 2 elements but the first row has 0"
            ]
        );
    }

    #[test]
    fn ragged_inner_row_at_depth_three() {
        assert_eq!(
            errs(quote!([[1, 2], [3, 4]], [[5, 6], [7]])),
            ["array! rows must have equal lengths: this row has 1 element but the first row has 2"]
        );
    }

    #[test]
    fn every_ragged_row_is_reported() {
        assert_eq!(
            errs(quote!([1, 2, 3], [4, 5], [6, 7, 8], [9])),
            [
                "array! rows must have equal lengths: this row has 2 elements but the first row has 3",
                "array! rows must have equal lengths: this row has 1 element but the first row has 3",
            ]
        );
    }

    #[test]
    fn rows_mixed_with_elements() {
        assert_eq!(
            errs(quote!([1, 2], 3)),
            ["expected a row `[...]` like the others at this depth, found an element"]
        );
        assert_eq!(
            errs(quote!(1, [2])),
            [
                "expected an element like the others at this depth, found a row `[...]`; \
              to store an array as one element, wrap it in parentheses: `([...])`"
            ]
        );
        assert_eq!(
            errs(quote!([[1], [2]], [3, [[4]]])),
            [
                "expected a row `[...]` like the others at this depth, found an element",
                "expected an element like the others at this depth, found a row `[...]`; \
                 to store an array as one element, wrap it in parentheses: `([...])`",
            ]
        );
    }

    #[test]
    fn seven_levels_are_too_many() {
        assert_eq!(
            errs(quote!([[[[[[1]]]]]])),
            ["array! supports at most 6 dimensions, found 7 levels of brackets"]
        );
        assert_eq!(
            errs(quote!([[[[[[[1]]]]]]])),
            ["array! supports at most 6 dimensions, found 8 levels of brackets"]
        );
    }

    #[test]
    fn depth_and_raggedness_are_reported_together() {
        assert_eq!(
            errs(quote!([[[[[[1]]]]]], [[[[[[2, 3]]]]]])),
            [
                "array! supports at most 6 dimensions, found 7 levels of brackets",
                "array! rows must have equal lengths: this row has 2 elements but the first row has 1",
            ]
        );
    }

    #[test]
    fn an_invalid_first_item_does_not_decide_the_depth() {
        assert_eq!(
            errs(quote!([0; 2], [1, 2], [3])),
            [
                "a repeat expression `[0; 2]` cannot be a row of array!; write \
                 `array![value; dims]` to fill a whole array, or wrap it in \
                 parentheses to store an array as one element",
                "array! rows must have equal lengths: this row has 1 element but the first row has 2",
            ]
        );
    }
}

//! One dimension of a shape, and comma-separated lists of them.
//!
//! Shared by `shape![2, _, N]` and the dims of `array![value; 2, N]`. A dim is
//! written as an integer literal (`3`, `3usize`), `_` for a dynamic axis (only
//! in `shape!`), a const generic name (`N`) or a braced const expression
//! (`{ K * 2 }`; on stable Rust it may not use generic parameters, which
//! rustc itself reports). Each list entry is checked on its own so that every bad dim
//! of an invocation is reported.

use crate::code::group;
use crate::errors::{Error, Errors};
use crate::literal::{self, LiteralKind};
use crate::paths;
use crate::render::render;
use crate::split::{Segment, split};
use crate::token::{Delimiter, Group, Ident, Literal, TokenStream, TokenTree};

/// The largest rank of a tuple shape: `array_core` implements `Shape` for
/// tuples of 0 to 6 dims. (Its own `MAX_RANK`, 64, is the limit of a
/// run-time `DynRank`, which these macros never spell.)
pub(crate) const MAX_TUPLE_RANK: usize = 6;

/// A validated dimension.
#[derive(Clone)]
pub(crate) enum Dim {
    /// An integer literal that fits `usize`, kept as the user wrote it.
    Static { value: usize, literal: Literal },
    /// `_`: an axis whose length is known only at run time.
    Dynamic(Ident),
    /// A const generic parameter (or const item) name.
    Generic(Ident),
    /// A braced const expression, kept with its braces.
    Block(Group),
}

impl Dim {
    /// The dim as a type: `Const<3>`, `Big<5000>`, `Dyn`, `Const<{ N }>`,
    /// `Const<{ N * 2 }>`.
    pub(crate) fn to_type(&self) -> TokenStream {
        match self {
            Dim::Static { value, literal } => {
                paths::literal_dim(*value, TokenTree::Literal(literal.clone()).into())
            }
            Dim::Dynamic(underscore) => paths::dyn_dim(underscore.span()),
            Dim::Generic(name) => paths::const_dim(group(
                Delimiter::Brace,
                TokenTree::Ident(name.clone()).into(),
            )),
            Dim::Block(block) => paths::const_dim(TokenTree::Group(block.clone()).into()),
        }
    }
}

/// Where a dim list is written; chooses what is allowed and the messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DimContext {
    /// `shape![..]`: `_` is allowed.
    Shape,
    /// The dims after `;` in `array![value; ..]`: every dim must be static.
    Repeat,
}

impl DimContext {
    fn too_many(self, found: usize) -> String {
        match self {
            DimContext::Shape => format!(
                "shape! supports ranks 0 to {MAX_TUPLE_RANK}, found {found} axes; \
                 use DynRank for a rank known only at run time"
            ),
            DimContext::Repeat => {
                format!(
                    "array! supports at most {MAX_TUPLE_RANK} dimensions, found {found} repeat dims"
                )
            }
        }
    }

    fn not_a_dim(self, found: &str) -> String {
        match self {
            DimContext::Shape => format!(
                "expected a dimension: an integer literal, `_` for a dynamic axis, \
                 or a const generic name, found `{found}`; write `_` for a length known \
                 only at run time, or wrap a const expression in braces: `{{ K * 2 }}`"
            ),
            DimContext::Repeat => format!(
                "repeat dims must be integer literals or const generic names, found `{found}`; \
                 for a length known only at run time, use `Array::full` with a `Dyn` axis"
            ),
        }
    }
}

/// Parses a comma-separated dim list (trailing comma allowed), recording an
/// error for every bad dim and for a rank above [`MAX_TUPLE_RANK`]. Returns the dims
/// that are valid; the caller must not expand if `errors` is not empty.
pub(crate) fn parse_list(input: TokenStream, context: DimContext, errors: &mut Errors) -> Vec<Dim> {
    let segments = split(input, ',');
    let mut dims = Vec::new();
    for (index, segment) in segments.iter().enumerate() {
        if index == MAX_TUPLE_RANK {
            let mut excess: Vec<TokenTree> = segments[MAX_TUPLE_RANK..]
                .iter()
                .flat_map(Segment::all_tokens)
                .collect();
            if segments.last().is_some_and(|s| s.separator.is_some()) {
                // Do not underline the trailing comma.
                excess.pop();
            }
            errors.spanned(&excess, context.too_many(segments.len()));
        }
        if segment.tokens.is_empty() {
            // Only a comma can end an empty segment (see `split`).
            if let Some(comma) = &segment.separator {
                errors.spanned(comma, context.not_a_dim(","));
            }
            continue;
        }
        match parse_dim(&segment.tokens, context) {
            Ok(dim) => dims.push(dim),
            Err(error) => errors.push(error),
        }
    }
    dims
}

/// Parses the tokens of one dim.
fn parse_dim(tokens: &[TokenTree], context: DimContext) -> Result<Dim, Error> {
    let tokens = literal::unwrap_invisible(tokens);
    let found = || render(tokens.iter().cloned());
    match tokens.as_slice() {
        [TokenTree::Literal(literal)] => parse_literal(literal, &found()),
        [TokenTree::Punct(minus), TokenTree::Literal(literal)] if minus.as_char() == '-' => {
            let message = match literal::classify(literal) {
                LiteralKind::Int(_) => {
                    format!("dimension must be non-negative, found `{}`", found())
                }
                LiteralKind::Float => format!(
                    "dimension must be an integer, found the float literal `{}`",
                    found()
                ),
                _ => context.not_a_dim(&found()),
            };
            Err(Error::spanned(&tokens, message))
        }
        [TokenTree::Ident(ident)] if ident.to_string().as_str() == "_" => match context {
            DimContext::Shape => Ok(Dim::Dynamic(ident.clone())),
            DimContext::Repeat => Err(Error::spanned(
                ident,
                "repeat dims must be static, found `_`; array! needs every length at \
                 compile time; for a length known only at run time, use `Array::full` \
                 with a `Dyn` axis",
            )),
        },
        [TokenTree::Ident(ident)] if !is_reserved(ident) => Ok(Dim::Generic(ident.clone())),
        [TokenTree::Group(group)] if group.delimiter() == Delimiter::Brace => {
            if group.stream().is_empty() {
                Err(Error::spanned(
                    &tokens,
                    "expected a const expression inside the braces, found `{}`",
                ))
            } else {
                Ok(Dim::Block(group.clone()))
            }
        }
        _ => Err(Error::spanned(&tokens, context.not_a_dim(&found()))),
    }
}

/// Parses a literal dim: an unsuffixed or `usize` integer that fits `usize`.
fn parse_literal(literal: &Literal, found: &str) -> Result<Dim, Error> {
    let token = TokenTree::Literal(literal.clone());
    match literal::classify(literal) {
        LiteralKind::Int(int) if int.negative => Err(Error::spanned(
            &token,
            format!("dimension must be non-negative, found `{found}`"),
        )),
        LiteralKind::Int(int) if !matches!(int.suffix.as_str(), "" | "usize") => {
            let digits = int.base10();
            Err(Error::spanned(
                &token,
                format!(
                    "dimension must be a usize, found `{found}` with suffix `{}`; \
                     write `{digits}` or `{digits}usize`",
                    int.suffix
                ),
            ))
        }
        LiteralKind::Int(int) => match int.to_usize() {
            Some(value) => Ok(Dim::Static {
                value,
                literal: literal.clone(),
            }),
            None => Err(Error::spanned(
                &token,
                format!(
                    "dimension `{found}` does not fit in usize (at most {})",
                    usize::MAX
                ),
            )),
        },
        LiteralKind::Float => Err(Error::spanned(
            &token,
            format!("dimension must be an integer, found the float literal `{found}`"),
        )),
        LiteralKind::Str => Err(Error::spanned(
            &token,
            format!("dimension must be an integer, found the string literal `{found}`"),
        )),
        LiteralKind::Other => Err(Error::spanned(&token, DimContext::Shape.not_a_dim(found))),
    }
}

/// Keywords that can never name a const generic parameter.
fn is_reserved(ident: &Ident) -> bool {
    matches!(
        ident.to_string().as_str(),
        "true" | "false" | "self" | "Self" | "crate" | "super" | "mut" | "ref" | "as" | "in"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::code::canonical;
    use quote::quote;

    fn parse(input: TokenStream, context: DimContext) -> Result<Vec<String>, Vec<String>> {
        let mut errors = Errors::new();
        let dims = parse_list(input, context, &mut errors);
        match errors.finish() {
            Ok(()) => Ok(dims.iter().map(|d| canonical(d.to_type())).collect()),
            Err(errors) => Err(errors.messages()),
        }
    }

    #[test]
    fn every_kind_of_dim() {
        let got = parse(quote!(2, _, N, { N * 2 }, 3usize), DimContext::Shape).unwrap();
        let want = [
            quote!(::array_core::__private::Const<2>),
            quote!(::array_core::__private::Dyn),
            quote!(::array_core::__private::Const<{ N }>),
            quote!(::array_core::__private::Const<{ N * 2 }>),
            quote!(::array_core::__private::Const<3usize>),
        ];
        assert_eq!(got, want.map(canonical));
    }

    #[test]
    fn trailing_comma_and_empty_list() {
        assert_eq!(parse(quote!(2, 3,), DimContext::Shape).unwrap().len(), 2);
        assert_eq!(parse(quote!(), DimContext::Shape).unwrap().len(), 0);
    }

    #[test]
    fn hex_and_underscored_literals_are_kept() {
        let got = parse(quote!(0x10, 1_000), DimContext::Repeat).unwrap();
        assert_eq!(
            got[0],
            canonical(quote!(::array_core::__private::Const<0x10>))
        );
        assert_eq!(
            got[1],
            canonical(quote!(::array_core::__private::Const<1_000>))
        );
    }

    #[test]
    fn invisible_groups_are_looked_through() {
        let literal = Group::new(Delimiter::None, quote!(4));
        let negative = Group::new(Delimiter::None, quote!(-4));
        assert_eq!(parse(quote!(#literal), DimContext::Shape).unwrap().len(), 1);
        assert_eq!(
            parse(quote!(#negative), DimContext::Shape).unwrap_err(),
            ["dimension must be non-negative, found `-4`"]
        );
    }

    #[test]
    fn empty_entries_are_reported_on_their_comma() {
        let got = parse(quote!(2,, 3), DimContext::Shape).unwrap_err();
        assert_eq!(
            got,
            [
                "expected a dimension: an integer literal, `_` for a dynamic axis, \
              or a const generic name, found `,`; write `_` for a length known \
                 only at run time, or wrap a const expression in braces: `{ K * 2 }`"
            ]
        );
        assert_eq!(
            parse(quote!(,), DimContext::Repeat).unwrap_err(),
            [
                "repeat dims must be integer literals or const generic names, found `,`; \
                 for a length known only at run time, use `Array::full` with a `Dyn` axis"
            ]
        );
    }

    #[test]
    fn literal_errors() {
        let cases = [
            (quote!(-3), "dimension must be non-negative, found `-3`"),
            (
                quote!(2.0),
                "dimension must be an integer, found the float literal `2.0`",
            ),
            (
                quote!(-2.5),
                "dimension must be an integer, found the float literal `-2.5`",
            ),
            (
                quote!("3"),
                "dimension must be an integer, found the string literal `\"3\"`",
            ),
            (
                quote!(3u8),
                "dimension must be a usize, found `3u8` with suffix `u8`; write `3` or `3usize`",
            ),
            (
                quote!(4i32),
                "dimension must be a usize, found `4i32` with suffix `i32`; write `4` or `4usize`",
            ),
            (
                quote!('a'),
                "expected a dimension: an integer literal, `_` for a dynamic axis, \
                 or a const generic name, found `'a'`; write `_` for a length known \
                 only at run time, or wrap a const expression in braces: `{ K * 2 }`",
            ),
        ];
        for (input, message) in cases {
            assert_eq!(parse(input, DimContext::Shape).unwrap_err(), [message]);
        }
        let too_big = parse(quote!(99999999999999999999999), DimContext::Shape).unwrap_err();
        assert_eq!(
            too_big,
            [format!(
                "dimension `99999999999999999999999` does not fit in usize (at most {})",
                usize::MAX
            )]
        );
    }

    #[test]
    fn other_tokens_are_quoted() {
        let cases = [
            (quote!(x.len()), "x.len()"),
            (quote!(2 3), "2 3"),
            (quote!(true), "true"),
            (quote!((3)), "(3)"),
            (quote!(Self::N), "Self::N"),
        ];
        for (input, found) in cases {
            assert_eq!(
                parse(input.clone(), DimContext::Shape).unwrap_err(),
                [format!(
                    "expected a dimension: an integer literal, `_` for a dynamic axis, \
                     or a const generic name, found `{found}`; write `_` for a length known \
                     only at run time, or wrap a const expression in braces: `{{ K * 2 }}`"
                )]
            );
            assert_eq!(
                parse(input, DimContext::Repeat).unwrap_err(),
                [format!(
                    "repeat dims must be integer literals or const generic names, found `{found}`; \
                     for a length known only at run time, use `Array::full` with a `Dyn` axis"
                )]
            );
        }
    }

    #[test]
    fn empty_braces_are_rejected() {
        assert_eq!(
            parse(quote!({}), DimContext::Shape).unwrap_err(),
            ["expected a const expression inside the braces, found `{}`"]
        );
    }

    #[test]
    fn dynamic_axes_only_in_shapes() {
        assert!(parse(quote!(_), DimContext::Shape).is_ok());
        assert_eq!(
            parse(quote!(_), DimContext::Repeat).unwrap_err(),
            [
                "repeat dims must be static, found `_`; array! needs every length at \
                 compile time; for a length known only at run time, use `Array::full` \
                 with a `Dyn` axis"
            ]
        );
    }

    #[test]
    fn rank_limit_is_reported_once_with_the_other_errors() {
        let got = parse(quote!(1, 2, 3, 4, 5, 6, -7, 8,), DimContext::Shape).unwrap_err();
        assert_eq!(
            got,
            [
                "shape! supports ranks 0 to 6, found 8 axes; \
                 use DynRank for a rank known only at run time",
                "dimension must be non-negative, found `-7`",
            ]
        );
        let got = parse(quote!(1, 1, 1, 1, 1, 1, 1), DimContext::Repeat).unwrap_err();
        assert_eq!(
            got,
            ["array! supports at most 6 dimensions, found 7 repeat dims"]
        );
        assert!(parse(quote!(1, 1, 1, 1, 1, 1), DimContext::Repeat).is_ok());
    }
}

//! Reading literal tokens: what kind of literal, and an integer's value.
//!
//! A literal token only shows its source text; this module reads that text
//! the way the Rust lexer wrote it (`3`, `3usize`, `0x1F`, `1_000`, `2.0`,
//! `1e3`, `"a"`, `'a'`, `b"a"`).

use crate::token::{Delimiter, Literal, TokenTree};

/// What a literal token is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum LiteralKind {
    /// An integer literal.
    Int(IntLiteral),
    /// A float literal (`2.0`, `1e3`, `2f64`).
    Float,
    /// A string literal (`"a"`, `r"a"`, `r#"a"#`).
    Str,
    /// A character, byte, byte string or C string literal.
    Other,
}

/// An integer literal's value and suffix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct IntLiteral {
    /// The value, `None` when it does not fit `u128`.
    pub(crate) value: Option<u128>,
    /// Whether the token itself carries a minus sign (tokens made by
    /// `Literal::i32_suffixed(-1)` and the like; source text never does).
    pub(crate) negative: bool,
    /// `""`, `"usize"`, `"u8"`, ...
    pub(crate) suffix: String,
    /// The digits as written, without `_` and without a radix prefix.
    digits: String,
}

impl IntLiteral {
    /// The value in base 10, as a message quotes it (`0x10` is `16`).
    pub(crate) fn base10(&self) -> String {
        match self.value {
            Some(value) => value.to_string(),
            None => self.digits.clone(),
        }
    }

    /// The value as a `usize`, when it fits and is not negative.
    pub(crate) fn to_usize(&self) -> Option<usize> {
        if self.negative {
            return None;
        }
        self.value.and_then(|v| usize::try_from(v).ok())
    }
}

/// The kind of `literal`.
pub(crate) fn classify(literal: &Literal) -> LiteralKind {
    let text = literal.to_string();
    let (negative, unsigned) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.as_str()),
    };
    let mut chars = unsigned.chars();
    match (chars.next(), chars.next()) {
        (Some('"'), _) | (Some('r'), Some('"' | '#')) => LiteralKind::Str,
        (Some(first), _) if first.is_ascii_digit() => number(unsigned, negative),
        _ => LiteralKind::Other,
    }
}

fn number(text: &str, negative: bool) -> LiteralKind {
    let (radix, body) = match text.get(..2) {
        Some("0x") => (16, &text[2..]),
        Some("0o") => (8, &text[2..]),
        Some("0b") => (2, &text[2..]),
        _ => (10, text),
    };
    let digits_end = body
        .find(|c: char| !(c == '_' || c.is_digit(radix)))
        .unwrap_or(body.len());
    let (digits, rest) = body.split_at(digits_end);
    let float_rest = rest.starts_with(['.', 'e', 'E']) || rest.starts_with('f');
    if radix == 10 && float_rest {
        return LiteralKind::Float;
    }
    let digits: String = digits.chars().filter(|&c| c != '_').collect();
    let value = digits.chars().try_fold(0u128, |acc, c| {
        let digit = c.to_digit(radix)?;
        acc.checked_mul(u128::from(radix))?
            .checked_add(u128::from(digit))
    });
    LiteralKind::Int(IntLiteral {
        value,
        negative,
        suffix: rest.to_owned(),
        digits,
    })
}

/// The tokens inside invisible groups: a `$x:literal` or `$x:expr`
/// forwarded by a `macro_rules!` macro arrives wrapped in one.
pub(crate) fn unwrap_invisible(tokens: &[TokenTree]) -> Vec<TokenTree> {
    match tokens {
        [TokenTree::Group(group)] if group.delimiter() == Delimiter::None => {
            unwrap_invisible(&group.stream().into_iter().collect::<Vec<_>>())
        }
        other => other.to_vec(),
    }
}

/// The value of an integer literal, possibly negated (`2`, `-1`, `- -1`).
pub(crate) fn signed_integer(tokens: &[TokenTree]) -> Option<i128> {
    match unwrap_invisible(tokens).as_slice() {
        [TokenTree::Literal(literal)] => match classify(literal) {
            LiteralKind::Int(int) => {
                let value = i128::try_from(int.value?).ok()?;
                Some(if int.negative { -value } else { value })
            }
            _ => None,
        },
        [TokenTree::Punct(minus), rest @ ..] if minus.as_char() == '-' => {
            signed_integer(rest).map(|v| -v)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proc_macro2::TokenStream;
    use quote::quote;

    fn kind(tokens: TokenStream) -> LiteralKind {
        match tokens.into_iter().next() {
            Some(TokenTree::Literal(literal)) => classify(&literal),
            other => panic!("not a literal: {other:?}"),
        }
    }

    fn int(tokens: TokenStream) -> (Option<u128>, String, String) {
        match kind(tokens) {
            LiteralKind::Int(int) => (int.value, int.suffix.clone(), int.base10()),
            other => panic!("not an integer: {other:?}"),
        }
    }

    #[test]
    fn integers_in_every_radix() {
        assert_eq!(int(quote!(3)), (Some(3), "".into(), "3".into()));
        assert_eq!(int(quote!(3usize)), (Some(3), "usize".into(), "3".into()));
        assert_eq!(int(quote!(1_000)), (Some(1000), "".into(), "1000".into()));
        assert_eq!(int(quote!(0x1F)), (Some(31), "".into(), "31".into()));
        assert_eq!(int(quote!(0x10u8)), (Some(16), "u8".into(), "16".into()));
        assert_eq!(int(quote!(0o17)), (Some(15), "".into(), "15".into()));
        assert_eq!(int(quote!(0b101_i64)), (Some(5), "i64".into(), "5".into()));
    }

    #[test]
    fn integers_beyond_u128_keep_their_digits() {
        let (value, _, digits) = int(quote!(999999999999999999999999999999999999999999));
        assert_eq!(value, None);
        assert_eq!(digits, "999999999999999999999999999999999999999999");
    }

    #[test]
    fn other_kinds() {
        assert_eq!(kind(quote!(2.0)), LiteralKind::Float);
        assert_eq!(kind(quote!(1e3)), LiteralKind::Float);
        assert_eq!(kind(quote!(2f64)), LiteralKind::Float);
        assert_eq!(kind(quote!("3")), LiteralKind::Str);
        assert_eq!(kind(quote!(r"3")), LiteralKind::Str);
        assert_eq!(kind(quote!('a')), LiteralKind::Other);
        assert_eq!(kind(quote!(b'a')), LiteralKind::Other);
        assert_eq!(kind(quote!(b"a")), LiteralKind::Other);
    }

    #[test]
    fn negative_literal_tokens() {
        let token = TokenTree::Literal(proc_macro2::Literal::i32_unsuffixed(-4));
        let LiteralKind::Int(int) = classify(&match &token {
            TokenTree::Literal(l) => l.clone(),
            _ => unreachable!(),
        }) else {
            panic!("not an integer")
        };
        assert!(int.negative);
        assert_eq!(int.to_usize(), None);
        assert_eq!(signed_integer(&[token]), Some(-4));
    }

    #[test]
    fn signed_integers() {
        let values = |t: TokenStream| signed_integer(&t.into_iter().collect::<Vec<_>>());
        assert_eq!(values(quote!(2)), Some(2));
        assert_eq!(values(quote!(-1)), Some(-1));
        assert_eq!(values(quote!(--1)), Some(1));
        assert_eq!(values(quote!(-0)), Some(0));
        assert_eq!(values(quote!(k)), None);
        assert_eq!(values(quote!(2.0)), None);
        let grouped = proc_macro2::Group::new(proc_macro2::Delimiter::None, quote!(-3));
        assert_eq!(values(quote!(#grouped)), Some(-3));
    }
}

//! Renders user tokens back to source-like text for error messages.
//!
//! `TokenStream`'s `Display` spaces every token (`x . len ()`); messages quote
//! the user's syntax the way it is usually written (`x.len()`). Spans cannot
//! recover the source text on stable (`Span::join` is unstable), so this
//! printer applies rustfmt's common spacing rules. It only has to be readable.

use crate::token::{Delimiter, Spacing, TokenTree};

/// Source-like text of `tokens`.
pub(crate) fn render(tokens: impl IntoIterator<Item = TokenTree>) -> String {
    let mut printer = Printer::default();
    printer.print(tokens);
    printer.out
}

/// What was printed last, as far as spacing is concerned.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
enum Prev {
    /// Nothing yet (start of the text or of a group).
    #[default]
    Start,
    /// An identifier or keyword.
    Ident,
    /// A literal.
    Literal,
    /// A group with these delimiters.
    Group(Delimiter),
    /// A punctuation character that binds to the next token: the first of a
    /// joint pair, a prefix operator, `.`, `::`, a macro `!`, or a generic `<`.
    Tight(char),
    /// The `>` closing generic arguments.
    Closer,
    /// Any other punctuation character.
    Loose(char),
}

#[derive(Default)]
struct Printer {
    out: String,
    prev: Prev,
    /// Depth of generic angle brackets opened with `::<` or `Type<`.
    angles: usize,
    /// Whether the previous `:` was the first of a `::`.
    colon_joint: bool,
}

impl Printer {
    fn print(&mut self, tokens: impl IntoIterator<Item = TokenTree>) {
        for token in tokens {
            match token {
                TokenTree::Ident(ident) => {
                    self.space_unless_tight();
                    self.out.push_str(&ident.to_string());
                    self.prev = Prev::Ident;
                }
                TokenTree::Literal(lit) => {
                    self.space_unless_tight();
                    self.out.push_str(&lit.to_string());
                    self.prev = Prev::Literal;
                }
                TokenTree::Group(group) => {
                    let delimiter = group.delimiter();
                    let call_like =
                        matches!(delimiter, Delimiter::Parenthesis | Delimiter::Bracket)
                            && matches!(
                                self.prev,
                                Prev::Ident | Prev::Group(_) | Prev::Tight('!') | Prev::Closer
                            );
                    if !call_like {
                        self.space_unless_tight();
                    }
                    let (open, close) = match delimiter {
                        Delimiter::Parenthesis => ("(", ")"),
                        Delimiter::Bracket => ("[", "]"),
                        Delimiter::Brace if group.stream().is_empty() => ("{", "}"),
                        Delimiter::Brace => ("{ ", " }"),
                        Delimiter::None => ("", ""),
                    };
                    let mut inner = Printer::default();
                    inner.print(group.stream());
                    self.out.push_str(open);
                    self.out.push_str(&inner.out);
                    self.out.push_str(close);
                    self.prev = Prev::Group(delimiter);
                }
                TokenTree::Punct(punct) => self.punct(punct.as_char(), punct.spacing()),
            }
        }
    }

    fn space_unless_tight(&mut self) {
        if !matches!(self.prev, Prev::Start | Prev::Tight(_)) {
            self.out.push(' ');
        }
    }

    fn punct(&mut self, ch: char, spacing: Spacing) {
        let joint = spacing == Spacing::Joint;
        let second_colon = ch == ':' && self.colon_joint;
        let generic_open = ch == '<'
            && (self.prev == Prev::Tight(':')
                || (self.prev == Prev::Ident && self.last_ident_is_type_like()));
        let generic_close = ch == '>' && self.angles > 0 && !joint;
        let space_before = match ch {
            _ if matches!(self.prev, Prev::Start | Prev::Tight(_)) => false,
            ',' | ';' | '.' | '?' => false,
            ':' if joint => !matches!(self.prev, Prev::Ident | Prev::Group(_) | Prev::Closer),
            ':' => false,
            '<' if generic_open => false,
            '>' if self.angles > 0 => false,
            '!' if self.prev == Prev::Ident => false,
            _ => true,
        };
        let prefix = matches!(ch, '-' | '!' | '*' | '&')
            && matches!(self.prev, Prev::Start | Prev::Tight(_) | Prev::Loose(_))
            && self.prev != Prev::Loose('?');
        let macro_bang = ch == '!' && self.prev == Prev::Ident;
        if space_before {
            self.out.push(' ');
        }
        self.out.push(ch);

        if generic_open {
            self.angles += 1;
        } else if generic_close {
            self.angles -= 1;
        }
        self.colon_joint = ch == ':' && joint && !second_colon;
        let tight = joint || second_colon || generic_open || prefix || macro_bang || ch == '.';
        self.prev = if tight {
            Prev::Tight(ch)
        } else if generic_close {
            Prev::Closer
        } else {
            Prev::Loose(ch)
        };
    }

    /// Whether the identifier just printed looks like a type (`Vec`, `Const`)
    /// so that a following `<` opens generics rather than compares.
    fn last_ident_is_type_like(&self) -> bool {
        let last_word = self
            .out
            .rsplit(|c: char| !(c.is_alphanumeric() || c == '_'))
            .next()
            .unwrap_or("");
        last_word.starts_with(|c: char| c.is_ascii_uppercase())
            && last_word.chars().any(|c| c.is_ascii_lowercase())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proc_macro2::TokenStream;
    use quote::quote;

    fn r(tokens: TokenStream) -> String {
        render(tokens)
    }

    #[test]
    fn method_calls_and_paths_are_tight() {
        assert_eq!(r(quote!(x.len())), "x.len()");
        assert_eq!(r(quote!(a.b.c(1, 2)[0])), "a.b.c(1, 2)[0]");
        assert_eq!(
            r(quote!(::core::mem::size_of::<u8>())),
            "::core::mem::size_of::<u8>()"
        );
        assert_eq!(r(quote!(Self::N)), "Self::N");
        assert_eq!(r(quote!(Vec<u8>)), "Vec<u8>");
        assert_eq!(r(quote!(vec![1, 2])), "vec![1, 2]");
    }

    #[test]
    fn operators_keep_their_spaces() {
        assert_eq!(r(quote!(a + 1)), "a + 1");
        assert_eq!(r(quote!(N * 2)), "N * 2");
        assert_eq!(r(quote!(a < b)), "a < b");
        assert_eq!(r(quote!(a += 1)), "a += 1");
        assert_eq!(r(quote!(0..3)), "0..3");
    }

    #[test]
    fn prefix_operators_are_tight() {
        assert_eq!(r(quote!(-3)), "-3");
        assert_eq!(r(quote!(-1.5)), "-1.5");
        assert_eq!(r(quote!(a - -b)), "a - -b");
        assert_eq!(r(quote!(&x[0])), "&x[0]");
        assert_eq!(r(quote!(!done)), "!done");
        assert_eq!(r(quote!(f(-x))), "f(-x)");
    }

    #[test]
    fn groups_and_separators() {
        assert_eq!(r(quote!({ N * 2 })), "{ N * 2 }");
        assert_eq!(r(quote!({})), "{}");
        assert_eq!(r(quote!(1, 2)), "1, 2");
        assert_eq!(r(quote!(2; 3)), "2; 3");
        assert_eq!(r(quote!([0; 3])), "[0; 3]");
        assert_eq!(r(quote!(x?)), "x?");
        assert_eq!(r(quote!(3u8)), "3u8");
        assert_eq!(r(quote!("a")), "\"a\"");
    }
}

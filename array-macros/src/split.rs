//! Where one Rust expression ends in the user's tokens.
//!
//! The macros do not parse the expressions they are given (array elements,
//! slice bounds and steps): each is passed on token for token, spans
//! included, and rustc parses it where the expansion puts it. What the
//! macros must know is where one ends: at a separator (`,` or `;`) outside
//! every group, closure parameter list (`|a, b| a + b`) and list of generic
//! arguments (`f::<u8, u16>(x)`, `x as Foo<A, B>`, `<T as Tr>::N`).
//! Likewise a range item's `..` counts only at that top level.

use crate::token::{Punct, Spacing, TokenStream, TokenTree};

/// The tokens between two top-level separators, and the separator that
/// ends them (`None` for the last).
pub(crate) struct Segment {
    pub(crate) tokens: Vec<TokenTree>,
    pub(crate) separator: Option<Punct>,
}

impl Segment {
    /// The tokens and the separator, for underlining the whole entry.
    pub(crate) fn all_tokens(&self) -> Vec<TokenTree> {
        let mut all = self.tokens.clone();
        all.extend(self.separator.iter().cloned().map(TokenTree::Punct));
        all
    }
}

/// Splits `input` at its top-level `separator`s. A trailing separator (or
/// an empty input) does not make an empty last segment.
pub(crate) fn split(input: TokenStream, separator: char) -> Vec<Segment> {
    let tokens: Vec<TokenTree> = input.into_iter().collect();
    let mut segments = Vec::new();
    let mut start = 0;
    for (at, punct) in separators(&tokens, separator) {
        segments.push(Segment {
            tokens: tokens[start..at].to_vec(),
            separator: Some(punct),
        });
        start = at + 1;
    }
    if start < tokens.len() {
        segments.push(Segment {
            tokens: tokens[start..].to_vec(),
            separator: None,
        });
    }
    segments
}

/// Splits `tokens` at the first top-level `separator`: the tokens before,
/// the separator, the tokens after. `None` when there is none.
pub(crate) fn split_once(
    tokens: &[TokenTree],
    separator: char,
) -> Option<(Vec<TokenTree>, Punct, Vec<TokenTree>)> {
    let (at, punct) = separators(tokens, separator).next()?;
    Some((tokens[..at].to_vec(), punct, tokens[at + 1..].to_vec()))
}

/// The top-level `separator`s in `tokens` and their positions; each one
/// starts a new expression.
fn separators(tokens: &[TokenTree], separator: char) -> impl Iterator<Item = (usize, Punct)> + '_ {
    let mut nesting = Nesting::default();
    tokens
        .iter()
        .enumerate()
        .filter_map(move |(at, token)| match token {
            TokenTree::Punct(p) if p.as_char() == separator && nesting.is_top_level() => {
                nesting = Nesting::default();
                Some((at, p.clone()))
            }
            _ => {
                nesting.step(token);
                None
            }
        })
}

/// A top-level range operator in an expression.
pub(crate) struct RangeOperator {
    /// Index of the first `.`.
    pub(crate) at: usize,
    /// `..=` rather than `..`.
    pub(crate) inclusive: bool,
}

impl RangeOperator {
    /// How many tokens the operator takes.
    pub(crate) fn len(&self) -> usize {
        if self.inclusive { 3 } else { 2 }
    }
}

/// The first top-level `..` or `..=` of `tokens` (a `...` is neither).
pub(crate) fn find_range(tokens: &[TokenTree]) -> Option<RangeOperator> {
    let mut nesting = Nesting::default();
    for (at, token) in tokens.iter().enumerate() {
        if nesting.is_top_level()
            && let Some(first) = dot(token)
            && first.spacing() == Spacing::Joint
            && let Some(second) = tokens.get(at + 1).and_then(dot)
        {
            let third = tokens.get(at + 2).and_then(|t| match t {
                TokenTree::Punct(p) if second.spacing() == Spacing::Joint => Some(p.as_char()),
                _ => None,
            });
            return match third {
                Some('.') => None,
                Some('=') => Some(RangeOperator {
                    at,
                    inclusive: true,
                }),
                _ => Some(RangeOperator {
                    at,
                    inclusive: false,
                }),
            };
        }
        nesting.step(token);
    }
    None
}

/// Whether `tokens` are exactly `...`.
pub(crate) fn is_ellipsis(tokens: &[TokenTree]) -> bool {
    matches!(tokens, [a, b, c]
        if [a, b, c].iter().all(|t| dot(t).is_some())
            && [a, b].iter().all(|t| dot(t).is_some_and(|p| p.spacing() == Spacing::Joint)))
}

fn dot(token: &TokenTree) -> Option<&Punct> {
    match token {
        TokenTree::Punct(p) if p.as_char() == '.' => Some(p),
        _ => None,
    }
}

/// How deep the scan is in the constructs that may hold a separator
/// without ending the expression, outside delimited groups (which are
/// single tokens and never split).
#[derive(Default)]
struct Nesting {
    /// A token of the expression has been read (a `|` before any opens a
    /// closure's parameters).
    started: bool,
    /// Inside `|...|`.
    closure_params: bool,
    /// Open generic `<`s.
    angles: usize,
    /// After `as`, `->`, or a `:` in closure parameters: a `<` opens
    /// generics.
    in_type: bool,
    /// The last two punctuation characters with their spacing, if the last
    /// tokens were punctuation.
    last: Option<(char, Spacing)>,
    before_last: Option<(char, Spacing)>,
}

impl Nesting {
    fn is_top_level(&self) -> bool {
        !self.closure_params && self.angles == 0
    }

    fn step(&mut self, token: &TokenTree) {
        let punct = match token {
            TokenTree::Punct(p) => Some((p.as_char(), p.spacing())),
            TokenTree::Ident(ident) => {
                let word = ident.to_string();
                if word == "as" {
                    self.in_type = true;
                }
                self.started |= !matches!(word.as_str(), "move" | "async");
                None
            }
            TokenTree::Literal(_) => {
                if self.angles == 0 {
                    self.in_type = false;
                }
                self.started = true;
                None
            }
            TokenTree::Group(_) => {
                self.started = true;
                None
            }
        };
        if let Some((ch, spacing)) = punct {
            let started = std::mem::replace(&mut self.started, true);
            self.punct(ch, started);
            self.before_last = self.last;
            self.last = Some((ch, spacing));
        } else {
            self.before_last = None;
            self.last = None;
        }
    }

    /// Takes in a punctuation character; `started` is whether a token of
    /// the expression came before it.
    fn punct(&mut self, ch: char, started: bool) {
        let after_joint = |c: char| self.last == Some((c, Spacing::Joint));
        match ch {
            '|' if !started && !self.closure_params => self.closure_params = true,
            '|' if self.closure_params && self.angles == 0 => {
                self.closure_params = false;
                self.in_type = false;
                // The body is an expression of its own: `|a| |b, c| a + b`.
                self.started = false;
            }
            '<' => {
                let after_path_separator =
                    after_joint(':') && matches!(self.before_last, Some((':', Spacing::Joint)));
                // `<T as Tr>::N` where an operand begins: first, or after an
                // operator (not `x? < y`; a `<` joined to the punctuation
                // before it is part of `<<` or `<=`).
                let starts_operand =
                    !started || matches!(self.last, Some((c, Spacing::Alone)) if c != '?');
                if self.in_type || self.angles > 0 || after_path_separator || starts_operand {
                    self.angles += 1;
                }
            }
            // `->` and `=>` are not closing brackets; a closure's `->`
            // starts its return type.
            '>' if after_joint('-') && self.angles == 0 => self.in_type = true,
            '>' if after_joint('-') || after_joint('=') => {}
            '>' if self.angles > 0 => self.angles -= 1,
            ':' if self.closure_params => self.in_type = true,
            ':' | '&' | '\'' => {}
            _ if self.angles == 0 => self.in_type = false,
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::quote;

    fn pieces(input: TokenStream, separator: char) -> Vec<String> {
        split(input, separator)
            .iter()
            .map(|s| {
                s.tokens
                    .iter()
                    .cloned()
                    .collect::<TokenStream>()
                    .to_string()
            })
            .collect()
    }

    #[test]
    fn commas_in_groups_do_not_split() {
        assert_eq!(
            pieces(
                quote!(f(a, b), [1, 2], {
                    x;
                    y
                }),
                ','
            ),
            [
                quote!(f(a, b)).to_string(),
                quote!([1, 2]).to_string(),
                quote!({
                    x;
                    y
                })
                .to_string()
            ]
        );
        assert!(pieces(quote!(), ',').is_empty());
        assert_eq!(pieces(quote!(a, b,), ',').len(), 2);
        assert_eq!(pieces(quote!(a,, b), ','), ["a", "", "b"]);
    }

    #[test]
    fn generic_arguments_do_not_split() {
        assert_eq!(
            pieces(quote!(f::<u8, u16>(x), 2), ','),
            [quote!(f::<u8, u16>(x)).to_string(), "2".into()]
        );
        assert_eq!(
            pieces(quote!(x as Foo<A, B>, y), ','),
            [quote!(x as Foo<A, B>).to_string(), "y".into()]
        );
        assert_eq!(
            pieces(quote!(<T as Tr<A, B>>::N, 1), ','),
            [quote!(<T as Tr<A, B>>::N).to_string(), "1".into()]
        );
        assert_eq!(
            pieces(quote!(Vec::<Vec<u8, A>, B>::new(), 1), ','),
            [quote!(Vec::<Vec<u8, A>, B>::new()).to_string(), "1".into()]
        );
    }

    #[test]
    fn comparisons_and_shifts_are_not_generics() {
        assert_eq!(
            pieces(quote!(a < b, c > d, e << 2, f <= g, h >> 1), ','),
            ["a < b", "c > d", "e << 2", "f <= g", "h >> 1"]
        );
        assert_eq!(
            pieces(quote!(x as u8 + 1, y < z), ','),
            ["x as u8 + 1", "y < z"]
        );
    }

    #[test]
    fn closure_parameters_do_not_split() {
        assert_eq!(
            pieces(
                quote!(|a, b| a + b, move |x: Pair<u8, u8>, y| x, || 1, 2),
                ','
            ),
            [
                quote!(|a, b| a + b).to_string(),
                quote!(move |x: Pair<u8, u8>, y| x).to_string(),
                quote!(|| 1).to_string(),
                "2".into()
            ]
        );
        assert_eq!(
            pieces(quote!(|a| |b, c| a + b + c, 4), ','),
            [quote!(|a| |b, c| a + b + c).to_string(), "4".into()]
        );
        assert_eq!(
            pieces(quote!(|x| -> Map<K, V> { x }, 3), ','),
            [quote!(|x| -> Map<K, V> { x }).to_string(), "3".into()]
        );
        // `|` after the start of an expression is an operator.
        assert_eq!(pieces(quote!(a | b, c), ','), ["a | b", "c"]);
    }

    #[test]
    fn split_once_at_the_first_top_level_separator() {
        let tokens: Vec<TokenTree> = quote!(f::<u8; 2>(x); 3; 4).into_iter().collect();
        let (before, semi, after) = split_once(&tokens, ';').unwrap();
        assert_eq!(semi.as_char(), ';');
        assert_eq!(
            before.into_iter().collect::<TokenStream>().to_string(),
            quote!(f::<u8; 2>(x)).to_string()
        );
        assert_eq!(
            after.into_iter().collect::<TokenStream>().to_string(),
            "3 ; 4"
        );
        let tokens: Vec<TokenTree> = quote!([a; 2]).into_iter().collect();
        assert!(split_once(&tokens, ';').is_none());
    }

    fn range(input: TokenStream) -> Option<(usize, bool)> {
        let tokens: Vec<TokenTree> = input.into_iter().collect();
        find_range(&tokens).map(|r| (r.at, r.inclusive))
    }

    #[test]
    fn range_operators() {
        assert_eq!(range(quote!(..)), Some((0, false)));
        assert_eq!(range(quote!(1..3)), Some((1, false)));
        assert_eq!(range(quote!(a.b..c)), Some((3, false)));
        assert_eq!(range(quote!(..=4)), Some((0, true)));
        assert_eq!(range(quote!(1..-1)), Some((1, false)));
        assert_eq!(range(quote!(..n)), Some((0, false)));
        assert_eq!(range(quote!(x + 1..2 * y)), Some((3, false)));
        assert_eq!(range(quote!((0..3).len())), None);
        assert_eq!(range(quote!(a.b)), None);
        assert_eq!(range(quote!(...)), None);
    }

    #[test]
    fn ellipsis() {
        let is = |t: TokenStream| is_ellipsis(&t.into_iter().collect::<Vec<_>>());
        assert!(is(quote!(...)));
        assert!(!is(quote!(..)));
        assert!(!is(quote!(.. .)));
        assert!(!is(quote!(..=)));
    }
}

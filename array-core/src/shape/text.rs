//! Shapes written out by `const fn`s, for messages that the build prints
//! when a constant fails (no formatting machinery runs in constants).

/// Room for any message built here (a rank-6 shape of 20-digit dims, twice).
pub(crate) const MESSAGE_LEN: usize = 384;

/// A byte buffer being filled.
struct Text {
    buf: [u8; MESSAGE_LEN],
    len: usize,
}

impl Text {
    const fn new() -> Self {
        Text {
            buf: [0; MESSAGE_LEN],
            len: 0,
        }
    }

    const fn str(mut self, s: &str) -> Self {
        let bytes = s.as_bytes();
        let mut i = 0;
        while i < bytes.len() && self.len < MESSAGE_LEN {
            self.buf[self.len] = bytes[i];
            self.len += 1;
            i += 1;
        }
        self
    }

    const fn num(mut self, n: usize) -> Self {
        let mut digits = [0u8; 20];
        let (mut n, mut k) = (n, 0);
        loop {
            digits[k] = b'0' + (n % 10) as u8;
            n /= 10;
            k += 1;
            if n == 0 {
                break;
            }
        }
        while k > 0 && self.len < MESSAGE_LEN {
            k -= 1;
            self.buf[self.len] = digits[k];
            self.len += 1;
        }
        self
    }

    /// `(224, 224, 3)`, Python's tuple form; `_` for a dynamic dim.
    const fn shape(self, dims: &[Option<usize>]) -> Self {
        self.shape_sep(dims, ", ")
    }

    /// `(2000,3)`, the form of NumPy's broadcast messages.
    const fn compact_shape(self, dims: &[Option<usize>]) -> Self {
        self.shape_sep(dims, ",")
    }

    const fn shape_sep(mut self, dims: &[Option<usize>], sep: &str) -> Self {
        self = self.str("(");
        let mut i = 0;
        while i < dims.len() {
            if i > 0 {
                self = self.str(sep);
            }
            self = match dims[i] {
                Some(d) => self.num(d),
                None => self.str("_"),
            };
            i += 1;
        }
        if dims.len() == 1 {
            self = self.str(",");
        }
        self.str(")")
    }
}

/// "cannot reshape (224, 224, 3) [150528 elements] into (50176, 4)
/// [200704 elements]", as bytes and a length.
pub(crate) const fn reshape_count_message(
    from: &[Option<usize>],
    from_count: usize,
    to: &[Option<usize>],
    to_count: usize,
) -> ([u8; MESSAGE_LEN], usize) {
    let t = Text::new()
        .str("cannot reshape ")
        .shape(from)
        .str(" [")
        .num(from_count)
        .str(" elements] into ")
        .shape(to)
        .str(" [")
        .num(to_count)
        .str(" elements]");
    (t.buf, t.len)
}

/// What the build finds when it compares two static shapes' broadcast
/// with the result type.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum BroadcastVerdict {
    /// Nothing static contradicts NumPy's rule or the result type.
    Agrees,
    /// Two aligned static lengths differ and neither is 1.
    Clash,
    /// The lengths broadcast, but the result type names another length
    /// (a length-1 axis spelled `Big<1>`, which the type rules take for a
    /// long one).
    WrongResultType,
}

/// NumPy's broadcast rule on the static lengths of two shapes (`None`:
/// dynamic, checked at run time), and the result type's agreement with it.
/// Shapes of run-time rank (no static dims listed) are left to run time.
pub(crate) const fn static_broadcast_verdict(
    a: &[Option<usize>],
    b: &[Option<usize>],
    out: &[Option<usize>],
) -> BroadcastVerdict {
    let rank = if a.len() > b.len() { a.len() } else { b.len() };
    if out.len() != rank {
        return BroadcastVerdict::Agrees;
    }
    let mut i = 0;
    while i < rank {
        let x = aligned(a, rank, i);
        let y = aligned(b, rank, i);
        if let (Some(x), Some(y)) = (x, y) {
            if x != y && x != 1 && y != 1 {
                return BroadcastVerdict::Clash;
            }
            let r = if x == 1 { y } else { x };
            if let Some(o) = out[i]
                && o != r
            {
                return BroadcastVerdict::WrongResultType;
            }
        }
        i += 1;
    }
    BroadcastVerdict::Agrees
}

/// Axis `i` of `dims` right-aligned to `rank` axes; a missing leading axis
/// has length 1.
const fn aligned(dims: &[Option<usize>], rank: usize, i: usize) -> Option<usize> {
    let missing = rank - dims.len();
    if i < missing {
        Some(1)
    } else {
        dims[i - missing]
    }
}

/// NumPy's "operands could not be broadcast together with shapes (2000,3)
/// (5,3)", or, for [`BroadcastVerdict::WrongResultType`], what is wrong
/// with the result type.
pub(crate) const fn broadcast_message(
    verdict: BroadcastVerdict,
    a: &[Option<usize>],
    b: &[Option<usize>],
    out: &[Option<usize>],
) -> ([u8; MESSAGE_LEN], usize) {
    let t = match verdict {
        BroadcastVerdict::WrongResultType => Text::new()
            .str("the static result shape ")
            .compact_shape(out)
            .str(" is not the broadcast of ")
            .compact_shape(a)
            .str(" and ")
            .compact_shape(b)
            .str("; spell a length-1 axis `Const<1>`, not `Big<1>`"),
        _ => Text::new()
            .str("operands could not be broadcast together with shapes ")
            .compact_shape(a)
            .str(" ")
            .compact_shape(b),
    };
    (t.buf, t.len)
}

/// "slice bound 2000 is past the end of an axis of length 1500" (or "index
/// 1500 is out of bounds for axis of length 1500"), for literals on axes the
/// type rules leave to the build.
pub(crate) const fn literal_bound_message(
    is_index: bool,
    literal: usize,
    len: usize,
) -> ([u8; MESSAGE_LEN], usize) {
    let t = if is_index {
        Text::new()
            .str("index ")
            .num(literal)
            .str(" is out of bounds for an axis of length ")
            .num(len)
    } else {
        Text::new()
            .str("slice bound ")
            .num(literal)
            .str(" is past the end of an axis of length ")
            .num(len)
    };
    (t.buf, t.len)
}

/// Panics with the text in `message` (the build prints it when a constant
/// fails).
pub(crate) const fn fail(message: ([u8; MESSAGE_LEN], usize)) -> ! {
    let (buf, len) = message;
    let (text, _) = buf.split_at(len);
    match core::str::from_utf8(text) {
        Ok(text) => panic!("{}", text),
        Err(_) => panic!("a static check failed"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_name_both_shapes_and_counts() {
        let (buf, len) = reshape_count_message(
            &[Some(224), Some(224), Some(3)],
            150528,
            &[Some(50176), Some(4)],
            200704,
        );
        assert_eq!(
            std::str::from_utf8(&buf[..len]).unwrap(),
            "cannot reshape (224, 224, 3) [150528 elements] into (50176, 4) [200704 elements]"
        );
        let (buf, len) = reshape_count_message(&[Some(0)], 0, &[], 1);
        assert_eq!(
            std::str::from_utf8(&buf[..len]).unwrap(),
            "cannot reshape (0,) [0 elements] into () [1 elements]"
        );
    }

    fn text(message: ([u8; MESSAGE_LEN], usize)) -> String {
        String::from_utf8(message.0[..message.1].to_vec()).unwrap()
    }

    #[test]
    fn static_broadcasts_follow_numpy() {
        use BroadcastVerdict::*;
        let (two, three, one, dy) = (Some(2), Some(3), Some(1), None);
        assert_eq!(
            static_broadcast_verdict(&[two, three], &[one, three], &[two, three]),
            Agrees
        );
        assert_eq!(
            static_broadcast_verdict(&[two, three], &[three], &[two, three]),
            Agrees
        );
        assert_eq!(
            static_broadcast_verdict(&[two, one], &[one, three], &[two, three]),
            Agrees
        );
        assert_eq!(static_broadcast_verdict(&[two], &[three], &[two]), Clash);
        assert_eq!(
            static_broadcast_verdict(&[dy, three], &[two, three], &[dy, three]),
            Agrees
        );
        assert_eq!(
            static_broadcast_verdict(&[one], &[Some(2000)], &[one]),
            WrongResultType
        );
        // A run-time rank (no static dims listed) is left to run time.
        assert_eq!(static_broadcast_verdict(&[], &[two], &[]), Agrees);
        assert_eq!(
            text(broadcast_message(
                Clash,
                &[Some(2000), three],
                &[Some(5), three],
                &[]
            )),
            "operands could not be broadcast together with shapes (2000,3) (5,3)"
        );
        assert_eq!(
            text(literal_bound_message(false, 2000, 1500)),
            "slice bound 2000 is past the end of an axis of length 1500"
        );
    }
}

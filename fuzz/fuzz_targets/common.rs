//! The fuzz targets' shared pieces: a reader that turns fuzzer bytes into
//! small layouts, and brute-force element addresses to check against.

#![allow(dead_code)]

/// Reads values from the fuzzer's bytes; past the end, every read is 0.
pub struct Bytes<'a>(pub &'a [u8]);

impl Bytes<'_> {
    pub fn byte(&mut self) -> u8 {
        match self.0.split_first() {
            Some((&b, rest)) => {
                self.0 = rest;
                b
            }
            None => 0,
        }
    }

    /// A number in `0..n`.
    pub fn below(&mut self, n: usize) -> usize {
        self.byte() as usize % n.max(1)
    }

    /// A small signed number in `-range..=range`.
    pub fn small(&mut self, range: isize) -> isize {
        (self.byte() as isize % (2 * range + 1)) - range
    }

    pub fn flag(&mut self) -> bool {
        self.byte() & 1 == 1
    }

    /// A dim: mostly small, sometimes zero or hostile.
    pub fn dim(&mut self) -> usize {
        match self.byte() {
            0..=239 => self.below(5),
            240..=247 => 0,
            248..=251 => usize::MAX / 2 + self.below(3),
            _ => 1 << 40,
        }
    }

    /// A stride: mostly small, sometimes extreme.
    pub fn stride(&mut self) -> isize {
        match self.byte() {
            0..=239 => self.small(7),
            240..=245 => isize::MIN,
            246..=251 => isize::MAX,
            _ => 1 << 40,
        }
    }
}

/// The element offset of every multi-index of `dims`/`strides` from
/// `offset`, in row-major order, in `i128` (no overflow); `None` past
/// `limit` elements.
pub fn addresses(
    dims: &[usize],
    strides: &[isize],
    offset: usize,
    limit: usize,
) -> Option<Vec<i128>> {
    let mut count: u128 = 1;
    for &d in dims {
        count = count.checked_mul(d as u128)?;
    }
    if count > limit as u128 {
        return None;
    }
    if count == 0 {
        return Some(Vec::new());
    }
    let mut out = vec![offset as i128];
    for (&d, &s) in dims.iter().zip(strides) {
        out = out
            .iter()
            .flat_map(|&o| (0..d).map(move |i| o + i as i128 * s as i128))
            .collect();
    }
    Some(out)
}

/// A valid small layout over a buffer of `len` elements: dims 0..=4,
/// strides in -len..=len, an offset that keeps every element inside (or
/// `None` when the bytes describe none).
pub fn small_layout(b: &mut Bytes<'_>, len: usize) -> Option<(Vec<usize>, Vec<isize>, usize)> {
    let rank = b.below(4);
    let dims: Vec<usize> = (0..rank).map(|_| b.below(5)).collect();
    let strides: Vec<isize> = (0..rank).map(|_| b.small(len as isize)).collect();
    let offset = b.below(len.max(1));
    let addr = addresses(&dims, &strides, offset, 4096)?;
    addr.iter()
        .all(|&a| a >= 0 && (a as usize) < len)
        .then_some((dims, strides, offset))
}

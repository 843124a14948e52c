//! [`Inline`]: a short list of axis values kept on the stack, so that the
//! rules' and the kernels' per-axis scratch (dims, strides, axis orders)
//! never allocates.

use crate::shape::MAX_RANK;
use std::ops::{Deref, DerefMut};

/// Up to [`MAX_RANK`] values, stored inline.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Inline<T: Copy + Default> {
    buf: [T; MAX_RANK],
    len: usize,
}

impl<T: Copy + Default> Inline<T> {
    /// An empty list.
    pub(crate) fn new() -> Self {
        Inline {
            buf: [T::default(); MAX_RANK],
            len: 0,
        }
    }

    /// Appends `value`.
    ///
    /// # Panics
    /// Past [`MAX_RANK`] values; every caller stores one value per axis of
    /// a shape, which has at most that many.
    pub(crate) fn push(&mut self, value: T) {
        assert!(self.len < MAX_RANK, "more than {MAX_RANK} axes");
        self.buf[self.len] = value;
        self.len += 1;
    }
}

impl<T: Copy + Default> Deref for Inline<T> {
    type Target = [T];
    fn deref(&self) -> &[T] {
        &self.buf[..self.len]
    }
}

impl<T: Copy + Default> DerefMut for Inline<T> {
    fn deref_mut(&mut self) -> &mut [T] {
        &mut self.buf[..self.len]
    }
}

impl<T: Copy + Default> FromIterator<T> for Inline<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        let mut out = Inline::new();
        for v in iter {
            out.push(v);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::Inline;

    #[test]
    fn collects_and_derefs() {
        let v: Inline<usize> = (0..5).collect();
        assert_eq!(&v[..], &[0, 1, 2, 3, 4]);
        let mut w = v;
        w.reverse();
        assert_eq!(&w[..], &[4, 3, 2, 1, 0]);
    }
}

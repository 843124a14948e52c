//! [`PerAxis`]: one value per axis of a run-time rank, stored inline for up
//! to [`PerAxis::INLINE`] axes, so that small [`DynRank`](super::DynRank)
//! shapes and their strides never allocate (ndarray's `IxDyn` does the same
//! for four axes).

use std::fmt;
use std::hash::{Hash, Hasher};
use std::ops::{Deref, DerefMut};

/// One value per axis (a dim or a stride) of a [`DynRank`](super::DynRank)
/// shape: a slice, stored inline up to six axes and on the heap beyond.
///
/// It dereferences to `[T]` and compares equal to slices, arrays and `Vec`s
/// of the same values.
///
/// ```
/// use array_core::{Array, DynRank};
/// let a = Array::<f32, DynRank>::zeros(DynRank::new(&[2, 1, 3]));
/// let dims = a.dims();
/// assert_eq!(dims, [2, 1, 3]);
/// assert_eq!(dims, vec![2, 1, 3]);
/// assert_eq!(dims.iter().product::<usize>(), 6);
/// ```
#[derive(Clone)]
pub struct PerAxis<T: Copy + Default> {
    storage: Storage<T>,
}

#[derive(Clone)]
enum Storage<T: Copy + Default> {
    Inline {
        len: usize,
        items: [T; PerAxis::<usize>::INLINE],
    },
    Heap(Vec<T>),
}

impl<T: Copy + Default> PerAxis<T> {
    /// The most axes stored without allocating.
    pub const INLINE: usize = 6;

    /// The values of `items`, copied.
    ///
    /// ```
    /// use array_core::PerAxis;
    /// assert_eq!(PerAxis::from_slice(&[4, 5]).len(), 2);
    /// ```
    #[inline]
    pub fn from_slice(items: &[T]) -> Self {
        if items.len() <= Self::INLINE {
            let mut inline = [T::default(); PerAxis::<usize>::INLINE];
            inline[..items.len()].copy_from_slice(items);
            PerAxis {
                storage: Storage::Inline {
                    len: items.len(),
                    items: inline,
                },
            }
        } else {
            PerAxis {
                storage: Storage::Heap(items.to_vec()),
            }
        }
    }

    /// `len` copies of `value`.
    ///
    /// ```
    /// use array_core::PerAxis;
    /// assert_eq!(PerAxis::filled(0isize, 3), [0, 0, 0]);
    /// ```
    #[inline]
    pub fn filled(value: T, len: usize) -> Self {
        if len <= Self::INLINE {
            PerAxis {
                storage: Storage::Inline {
                    len,
                    items: [value; PerAxis::<usize>::INLINE],
                },
            }
        } else {
            PerAxis {
                storage: Storage::Heap(vec![value; len]),
            }
        }
    }
}

impl<T: Copy + Default> Deref for PerAxis<T> {
    type Target = [T];
    #[inline]
    fn deref(&self) -> &[T] {
        match &self.storage {
            Storage::Inline { len, items } => &items[..*len],
            Storage::Heap(v) => v,
        }
    }
}

impl<T: Copy + Default> DerefMut for PerAxis<T> {
    #[inline]
    fn deref_mut(&mut self) -> &mut [T] {
        match &mut self.storage {
            Storage::Inline { len, items } => &mut items[..*len],
            Storage::Heap(v) => v,
        }
    }
}

impl<T: Copy + Default> AsRef<[T]> for PerAxis<T> {
    #[inline]
    fn as_ref(&self) -> &[T] {
        self
    }
}

impl<T: Copy + Default> AsMut<[T]> for PerAxis<T> {
    #[inline]
    fn as_mut(&mut self) -> &mut [T] {
        self
    }
}

impl<T: Copy + Default> Default for PerAxis<T> {
    fn default() -> Self {
        PerAxis::from_slice(&[])
    }
}

impl<T: Copy + Default> FromIterator<T> for PerAxis<T> {
    #[inline]
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        let mut inline = [T::default(); PerAxis::<usize>::INLINE];
        let mut iter = iter.into_iter();
        for (n, slot) in inline.iter_mut().enumerate() {
            match iter.next() {
                Some(x) => *slot = x,
                None => {
                    return PerAxis {
                        storage: Storage::Inline {
                            len: n,
                            items: inline,
                        },
                    };
                }
            }
        }
        // Exactly `INLINE` values stay inline; only a seventh one spills.
        let Some(seventh) = iter.next() else {
            return PerAxis {
                storage: Storage::Inline {
                    len: Self::INLINE,
                    items: inline,
                },
            };
        };
        let mut heap = inline.to_vec();
        heap.push(seventh);
        heap.extend(iter);
        PerAxis {
            storage: Storage::Heap(heap),
        }
    }
}

impl<'a, T: Copy + Default> IntoIterator for &'a PerAxis<T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;
    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

impl<T: Copy + Default> From<Vec<T>> for PerAxis<T> {
    fn from(v: Vec<T>) -> Self {
        if v.len() <= Self::INLINE {
            PerAxis::from_slice(&v)
        } else {
            PerAxis {
                storage: Storage::Heap(v),
            }
        }
    }
}

impl<T: Copy + Default> From<&[T]> for PerAxis<T> {
    fn from(v: &[T]) -> Self {
        PerAxis::from_slice(v)
    }
}

impl<T: Copy + Default> From<PerAxis<T>> for Vec<T> {
    fn from(p: PerAxis<T>) -> Vec<T> {
        p.to_vec()
    }
}

impl<T: Copy + Default + fmt::Debug> fmt::Debug for PerAxis<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&**self, f)
    }
}

impl<T: Copy + Default + PartialEq> PartialEq for PerAxis<T> {
    fn eq(&self, other: &Self) -> bool {
        **self == **other
    }
}
impl<T: Copy + Default + Eq> Eq for PerAxis<T> {}

impl<T: Copy + Default + Hash> Hash for PerAxis<T> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        (**self).hash(state)
    }
}

impl<T: Copy + Default + PartialEq> PartialEq<[T]> for PerAxis<T> {
    fn eq(&self, other: &[T]) -> bool {
        **self == *other
    }
}
impl<T: Copy + Default + PartialEq> PartialEq<&[T]> for PerAxis<T> {
    fn eq(&self, other: &&[T]) -> bool {
        **self == **other
    }
}
impl<T: Copy + Default + PartialEq> PartialEq<Vec<T>> for PerAxis<T> {
    fn eq(&self, other: &Vec<T>) -> bool {
        **self == **other
    }
}
impl<T: Copy + Default + PartialEq, const N: usize> PartialEq<[T; N]> for PerAxis<T> {
    fn eq(&self, other: &[T; N]) -> bool {
        **self == *other
    }
}
impl<T: Copy + Default + PartialEq> PartialEq<PerAxis<T>> for Vec<T> {
    fn eq(&self, other: &PerAxis<T>) -> bool {
        **self == **other
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_and_heap_hold_the_same_values() {
        for n in [0usize, 1, 5, 6, 7, 64] {
            let v: Vec<usize> = (0..n).collect();
            let a = PerAxis::from_slice(&v);
            let b: PerAxis<usize> = v.iter().copied().collect();
            assert_eq!(a, v);
            assert_eq!(b, v);
            assert_eq!(a, b);
            assert_eq!(matches!(a.storage, Storage::Inline { .. }), n <= 6);
            assert_eq!(matches!(b.storage, Storage::Inline { .. }), n <= 6);
        }
        let mut m = PerAxis::filled(1isize, 3);
        m[1] = 7;
        assert_eq!(m, [1, 7, 1]);
    }
}

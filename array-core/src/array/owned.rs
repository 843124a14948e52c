//! [`Array`]: an owned, dense n-dimensional array.

use super::raw::IterMut;
use super::read::{forward_reads, impl_index};
use super::{View, ViewMut};
use crate::error::ShapeError;
use crate::layout::{C, Contiguous, Flags, Layout, Strided};
use crate::shape::Shape;

/// An owned n-dimensional array: a dense buffer, a shape `S` and a layout
/// `L` (`C` by default).
///
/// With `L = C` or `F` the buffer is in that order and [`Array::as_slice`]
/// is available. `Array<T, S, Strided>` comes from copies in NumPy's K
/// order and from fancy indexing, whose results NumPy lays out with
/// permuted axes: still dense, but not in C or F order.
///
/// ```
/// use array_core::{Array, F, array, shape};
/// let a = array![[1, 2, 3], [4, 5, 6]];
/// let b: Array<i32, shape![2, 3], F> = Array::from_shape_vec([2, 3], vec![1, 4, 2, 5, 3, 6]).unwrap();
/// assert_eq!(a.view().to_vec(), b.view().to_vec());
/// assert_eq!(b.as_slice(), &[1, 4, 2, 5, 3, 6]);
/// ```
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Array<T, S: Shape, L: Layout = C> {
    data: Vec<T>,
    shape: S,
    stored: L::Stored<S>,
}

impl<T, S: Shape, L: Layout> Array<T, S, L> {
    /// Assembles an array from a buffer already in the layout's order.
    /// Callers guarantee `data.len() == shape.size()` and that `stored`
    /// describes a dense permutation of the buffer.
    pub(crate) fn from_parts_unchecked(data: Vec<T>, shape: S, stored: L::Stored<S>) -> Self {
        debug_assert_eq!(data.len(), shape.size());
        Array {
            data,
            shape,
            stored,
        }
    }

    /// A read-only view of every element.
    ///
    /// ```
    /// use array_core::array;
    /// let a = array![1, 2, 3];
    /// assert_eq!(a.view().len(), 3);
    /// ```
    #[inline]
    pub fn view(&self) -> View<'_, T, S, L> {
        View::of_buffer(&self.data, self.shape.clone(), self.stored.clone())
    }

    /// A mutable view of every element.
    ///
    /// ```
    /// use array_core::array;
    /// let mut a = array![1, 2, 3];
    /// a.view_mut()[[0]] = 10;
    /// assert_eq!(a[[0]], 10);
    /// ```
    #[inline]
    pub fn view_mut(&mut self) -> ViewMut<'_, T, S, L> {
        ViewMut::of_buffer(&mut self.data, self.shape.clone(), self.stored.clone())
    }

    /// The shape.
    ///
    /// ```
    /// use array_core::{Array, Const, Dyn, shape};
    /// let a = Array::<u8, shape![2, _]>::zeros((Const, Dyn(5)));
    /// assert_eq!(a.shape(), &(Const::<2>, Dyn(5)));
    /// ```
    #[inline]
    pub fn shape(&self) -> &S {
        &self.shape
    }

    /// The signed stride of every axis, in elements. A zero-size array
    /// reports all-zero strides, as a fresh NumPy allocation does.
    ///
    /// ```
    /// use array_core::{Array, shape};
    /// assert_eq!(Array::<u8, shape![2, 3]>::zeros_static().strides(), [3, 1]);
    /// assert_eq!(Array::<u8, shape![0, 3]>::zeros_static().strides(), [0, 0]);
    /// ```
    pub fn strides(&self) -> S::Strides {
        if self.data.is_empty() {
            return self.shape.zero_strides();
        }
        L::strides(&self.shape, &self.stored)
    }

    /// NumPy's flags: contiguity from the layout, `owns_data` and
    /// `writeable` true.
    ///
    /// ```
    /// use array_core::{Array, F, shape};
    /// let a = Array::<f64, shape![2, 2], F>::zeros_static();
    /// assert!(!a.flags().c_contiguous && a.flags().f_contiguous && a.flags().owns_data);
    /// ```
    pub fn flags(&self) -> Flags {
        let (c, f) = self.view().contiguity();
        Flags {
            c_contiguous: c,
            f_contiguous: f,
            owns_data: true,
            writeable: true,
        }
    }

    /// The element at a multi-index, mutably, or `None` when out of bounds.
    ///
    /// ```
    /// use array_core::array;
    /// let mut a = array![[1, 2], [3, 4]];
    /// *a.get_mut([0, 1]).unwrap() = 20;
    /// assert_eq!(a[[0, 1]], 20);
    /// ```
    pub fn get_mut<I: AsRef<[usize]>>(&mut self, index: I) -> Option<&mut T> {
        let off = self.view().offset_of(index.as_ref())?;
        self.data.get_mut(usize::try_from(off).ok()?)
    }

    /// A raw pointer to the first element (index `[0, ..., 0]`).
    ///
    /// ```
    /// use array_core::array;
    /// let a = array![[1, 2], [3, 4]];
    /// assert_eq!(a.as_ptr(), a.view().as_ptr());
    /// ```
    pub fn as_ptr(&self) -> *const T {
        self.data.as_ptr()
    }

    /// The buffer, in memory order (ndarray's `into_raw_vec`).
    ///
    /// ```
    /// use array_core::array;
    /// assert_eq!(array![[1, 2], [3, 4]].reversed_axes().into_vec(), [1, 2, 3, 4]);
    /// ```
    pub fn into_vec(self) -> Vec<T> {
        self.data
    }

    /// Forgets the layout's static guarantee, keeping the same buffer.
    ///
    /// ```
    /// use array_core::{Array, Strided, shape};
    /// let a: Array<u8, shape![2, 2], Strided> = Array::<u8, shape![2, 2]>::zeros_static().into_strided();
    /// assert_eq!(a.strides(), [2, 1]);
    /// ```
    pub fn into_strided(self) -> Array<T, S, Strided> {
        let strides = L::strides(&self.shape, &self.stored);
        Array {
            data: self.data,
            shape: self.shape,
            stored: strides,
        }
    }

    #[inline(always)]
    pub(crate) fn elem_ref(&self, off: isize) -> &T {
        &self.data[off as usize]
    }
}

// The bound sits on each method rather than on the block, so that a call
// on a `Strided` array says why (E0277, `Contiguous`'s message) instead of
// "no method named" (E0599).
impl<T, S: Shape, L: Layout> Array<T, S, L> {
    /// An array of the given dims over `data`, which must be in the layout's
    /// order and have exactly as many elements as the dims describe.
    ///
    /// ```
    /// use array_core::{Array, DynRank, shape};
    /// let a = Array::<i32, shape![2, _]>::from_shape_vec([2, 2], vec![1, 2, 3, 4]).unwrap();
    /// assert_eq!(a[[1, 0]], 3);
    /// let e = Array::<i32, DynRank>::from_shape_vec([2, 2], vec![1, 2, 3]).unwrap_err();
    /// assert_eq!(e.to_string(), "buffer has 3 elements but the shape needs 4");
    /// ```
    pub fn from_shape_vec(dims: impl AsRef<[usize]>, data: Vec<T>) -> Result<Self, ShapeError>
    where
        L: Contiguous,
    {
        let shape = S::from_dims(dims.as_ref())?;
        let n = crate::shape::checked_len_for::<T>(dims.as_ref())?;
        if n != data.len() {
            return Err(ShapeError::BufferLength {
                expected: n,
                found: data.len(),
            });
        }
        Ok(Array {
            data,
            shape,
            stored: L::stored::<S>(),
        })
    }

    /// The elements in memory order.
    ///
    /// ```
    /// use array_core::array;
    /// assert_eq!(array![[1, 2], [3, 4]].as_slice(), &[1, 2, 3, 4]);
    /// ```
    #[inline]
    pub fn as_slice(&self) -> &[T]
    where
        L: Contiguous,
    {
        &self.data
    }

    /// The elements in memory order, mutably.
    ///
    /// ```
    /// use array_core::array;
    /// let mut a = array![1, 2];
    /// a.as_mut_slice()[1] = 5;
    /// assert_eq!(a.as_slice(), &[1, 5]);
    /// ```
    #[inline]
    pub fn as_mut_slice(&mut self) -> &mut [T]
    where
        L: Contiguous,
    {
        &mut self.data
    }
}

impl_index!(Array, mut);
forward_reads!(
    Array,
    "let x = array![[1, 2, 3], [4, 5, 6]];",
    "let y = array![[1.0, 2.0], [3.0, 6.0]];"
);

impl<T, S: Shape, L: Layout> IntoIterator for Array<T, S, L> {
    type Item = T;
    type IntoIter = IntoIter<T, S>;

    /// The elements by value, in logical (row-major index) order.
    ///
    /// ```
    /// use array_core::array;
    /// let a = array![[1, 2], [3, 4]].reversed_axes(); // F layout
    /// assert_eq!(a.into_iter().collect::<Vec<_>>(), [1, 3, 2, 4]);
    /// ```
    fn into_iter(self) -> IntoIter<T, S> {
        let (c, _) = self.view().contiguity();
        if c {
            return IntoIter {
                inner: IntoIterInner::Ordered(self.data.into_iter()),
            };
        }
        let offsets = crate::layout::offsets::Offsets::logical(&self.shape, self.strides());
        IntoIter {
            inner: IntoIterInner::Permuted {
                slots: self.data.into_iter().map(Some).collect(),
                offsets,
            },
        }
    }
}

impl<'s, T, S: Shape, L: Layout> IntoIterator for &'s Array<T, S, L> {
    type Item = &'s T;
    type IntoIter = crate::array::Iter<'s, T, S, L>;

    /// [`Array::iter`].
    ///
    /// ```
    /// use array_core::array;
    /// let a = array![1, 2, 3];
    /// let mut total = 0;
    /// for x in &a {
    ///     total += x;
    /// }
    /// assert_eq!(total, 6);
    /// ```
    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

impl<'s, T, S: Shape, L: Layout> IntoIterator for &'s mut Array<T, S, L> {
    type Item = &'s mut T;
    type IntoIter = IterMut<'s, T, S>;

    /// [`Array::iter_mut`].
    ///
    /// ```
    /// use array_core::array;
    /// let mut a = array![1, 2, 3];
    /// for x in &mut a {
    ///     *x *= 2;
    /// }
    /// assert_eq!(a.as_slice(), &[2, 4, 6]);
    /// ```
    fn into_iter(self) -> Self::IntoIter {
        self.iter_mut()
    }
}

/// The elements of an [`Array`] by value, in logical order.
///
/// ```
/// use array_core::array;
/// let mut it = array![[1, 2], [3, 4]].into_iter();
/// assert_eq!(it.next(), Some(1));
/// assert_eq!(it.len(), 3);
/// ```
pub struct IntoIter<T, S: Shape> {
    inner: IntoIterInner<T, S>,
}

enum IntoIterInner<T, S: Shape> {
    /// The buffer is already in logical order.
    Ordered(std::vec::IntoIter<T>),
    /// Memory order differs: each element is taken from its slot once.
    Permuted {
        slots: Vec<Option<T>>,
        offsets: crate::layout::offsets::Offsets<S>,
    },
}

impl<T, S: Shape> Iterator for IntoIter<T, S> {
    type Item = T;

    fn next(&mut self) -> Option<T> {
        match &mut self.inner {
            IntoIterInner::Ordered(it) => it.next(),
            IntoIterInner::Permuted { slots, offsets } => {
                let off = offsets.next()?;
                Some(
                    slots[off as usize]
                        .take()
                        .expect("a dense layout visits each slot once"),
                )
            }
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        match &self.inner {
            IntoIterInner::Ordered(it) => it.size_hint(),
            IntoIterInner::Permuted { offsets, .. } => offsets.size_hint(),
        }
    }
}

impl<T, S: Shape> ExactSizeIterator for IntoIter<T, S> {}
impl<T, S: Shape> std::iter::FusedIterator for IntoIter<T, S> {}

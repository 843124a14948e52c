//! [`Array`]: an owned, dense n-dimensional array.

use super::read::impl_index;
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
        View::new_checked(&self.data, self.shape.clone(), self.stored.clone(), 0)
            .expect("an array's layout always fits its buffer")
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
        ViewMut::new_checked(&mut self.data, self.shape.clone(), self.stored.clone(), 0)
            .expect("an array's layout always fits its buffer and never overlaps")
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

    /// The length of every axis.
    ///
    /// ```
    /// use array_core::array;
    /// assert_eq!(array![[1, 2, 3]].dims(), [1, 3]);
    /// ```
    #[inline]
    pub fn dims(&self) -> S::Dims {
        self.shape.dims()
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

    /// The number of axes.
    ///
    /// ```
    /// use array_core::array;
    /// assert_eq!(array![[[1]]].ndim(), 3);
    /// ```
    #[inline]
    pub fn ndim(&self) -> usize {
        self.shape.rank()
    }

    /// The number of elements.
    ///
    /// ```
    /// use array_core::array;
    /// assert_eq!(array![[1, 2], [3, 4]].len(), 4);
    /// ```
    #[inline]
    pub fn len(&self) -> usize {
        self.data.len()
    }

    /// True when there are no elements.
    ///
    /// ```
    /// use array_core::{Array, shape};
    /// assert!(Array::<f64, shape![0]>::zeros_static().is_empty());
    /// ```
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.data.is_empty()
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

    /// The element at a multi-index, or `None` when out of bounds.
    ///
    /// ```
    /// use array_core::array;
    /// let a = array![[1, 2], [3, 4]];
    /// assert_eq!(a.get([1, 1]), Some(&4));
    /// assert_eq!(a.get([1, 2]), None);
    /// ```
    pub fn get<I: AsRef<[usize]>>(&self, index: I) -> Option<&T> {
        let off = self.view().offset_of(index.as_ref())?;
        self.data.get(usize::try_from(off).ok()?)
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

    /// The elements in logical (row-major index) order.
    ///
    /// ```
    /// use array_core::array;
    /// let a = array![[1, 2], [3, 4]];
    /// assert_eq!(a.iter().sum::<i32>(), 10);
    /// ```
    pub fn iter(&self) -> crate::iter::Iter<'_, T, S, L> {
        self.view().iter()
    }

    /// Every element, mutably, in memory order (the fastest order).
    ///
    /// ```
    /// use array_core::array;
    /// let mut a = array![1, 2, 3];
    /// a.iter_mut().for_each(|x| *x *= 2);
    /// assert_eq!(a.as_slice(), &[2, 4, 6]);
    /// ```
    pub fn iter_mut(&mut self) -> std::slice::IterMut<'_, T> {
        self.data.iter_mut()
    }

    /// The buffer, in memory order.
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

impl<T, S: Shape, L: Contiguous> Array<T, S, L> {
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
    pub fn from_shape_vec(dims: impl AsRef<[usize]>, data: Vec<T>) -> Result<Self, ShapeError> {
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
    pub fn as_slice(&self) -> &[T] {
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
    pub fn as_mut_slice(&mut self) -> &mut [T] {
        &mut self.data
    }
}

impl_index!(Array);

impl<T, S: Shape, L: Layout, I> std::ops::IndexMut<I> for Array<T, S, L>
where
    S: crate::shape::FixedRank,
    I: crate::shape::MultiIndex<S>,
{
    #[track_caller]
    fn index_mut(&mut self, index: I) -> &mut T {
        let dims = self.dims();
        match self.get_mut(index.as_ref()) {
            Some(x) => x,
            None => panic!(
                "index {:?} is out of bounds for array of shape {}",
                index.as_ref(),
                crate::error::ShapeText(dims.as_ref())
            ),
        }
    }
}

//! Read access shared by every array kind: dims, strides, flags, indexing,
//! iteration. Implemented once on [`View`]; `Array`, `ViewMut` and
//! `CowArray` forward through a read-only view.

use super::View;
use crate::iter::{Iter, Offsets};
use crate::layout::{Flags, Layout};
use crate::rules::flags::{is_c_contiguous, is_f_contiguous};
use crate::shape::Shape;

impl<'a, T, S: Shape, L: Layout> View<'a, T, S, L> {
    /// The length of every axis.
    ///
    /// ```
    /// use array_core::array;
    /// assert_eq!(array![[1, 2, 3], [4, 5, 6]].view().dims(), [2, 3]);
    /// ```
    #[inline]
    pub fn dims(&self) -> S::Dims {
        self.shape().dims()
    }

    /// The signed stride of every axis, in elements.
    ///
    /// ```
    /// use array_core::array;
    /// assert_eq!(array![[1, 2, 3], [4, 5, 6]].t().strides(), [1, 3]);
    /// ```
    #[inline]
    pub fn strides(&self) -> S::Strides {
        L::strides(self.shape(), self.stored())
    }

    /// The number of axes.
    ///
    /// ```
    /// use array_core::array;
    /// assert_eq!(array![[1, 2]].view().ndim(), 2);
    /// ```
    #[inline]
    pub fn ndim(&self) -> usize {
        self.shape().rank()
    }

    /// The number of elements.
    ///
    /// ```
    /// use array_core::array;
    /// assert_eq!(array![[1, 2], [3, 4]].view().len(), 4);
    /// ```
    #[inline]
    pub fn len(&self) -> usize {
        self.shape().size()
    }

    /// True when the view has no elements.
    ///
    /// ```
    /// use array_core::{Array, shape};
    /// assert!(Array::<u8, shape![3, 0]>::zeros_static().view().is_empty());
    /// ```
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// NumPy's flags for this view: contiguity from the actual strides,
    /// `owns_data` false, `writeable` false (a `View` never writes).
    ///
    /// ```
    /// use array_core::array;
    /// let a = array![[1, 2], [3, 4]];
    /// let f = a.t().flags();
    /// assert!(!f.c_contiguous && f.f_contiguous && !f.owns_data && !f.writeable);
    /// ```
    pub fn flags(&self) -> Flags {
        let (c, f) = self.contiguity();
        Flags {
            c_contiguous: c,
            f_contiguous: f,
            owns_data: false,
            writeable: false,
        }
    }

    /// (C-contiguous, F-contiguous) by NumPy's rules, using the type's
    /// static facts before looking at strides.
    pub(crate) fn contiguity(&self) -> (bool, bool) {
        let dims = self.dims();
        let strides = self.strides();
        let c = L::ALWAYS_C_CONTIGUOUS || is_c_contiguous(dims.as_ref(), strides.as_ref());
        let f = L::ALWAYS_F_CONTIGUOUS || is_f_contiguous(dims.as_ref(), strides.as_ref());
        (c, f)
    }

    /// The element at a multi-index, or `None` when the index has the wrong
    /// length or any component is out of bounds.
    ///
    /// ```
    /// use array_core::array;
    /// let a = array![[1, 2, 3], [4, 5, 6]];
    /// assert_eq!(a.view().get([1, 0]), Some(&4));
    /// assert_eq!(a.view().get([2, 0]), None);
    /// assert_eq!(a.view().get([0]), None);
    /// ```
    pub fn get<I: AsRef<[usize]>>(&self, index: I) -> Option<&'a T> {
        let off = self.offset_of(index.as_ref())?;
        self.elem_a(off)
    }

    /// The offset of a multi-index from the first element, if in bounds.
    pub(crate) fn offset_of(&self, index: &[usize]) -> Option<isize> {
        let dims = self.dims();
        let strides = self.strides();
        if index.len() != dims.as_ref().len() {
            return None;
        }
        let mut off = 0isize;
        for ((&i, &d), &s) in index.iter().zip(dims.as_ref()).zip(strides.as_ref()) {
            if i >= d {
                return None;
            }
            off += i as isize * s;
        }
        Some(off)
    }

    /// The elements in logical (row-major index) order, whatever the layout.
    ///
    /// ```
    /// use array_core::array;
    /// let a = array![[1, 2], [3, 4]];
    /// assert_eq!(a.view().iter().copied().collect::<Vec<_>>(), [1, 2, 3, 4]);
    /// ```
    pub fn iter(&self) -> Iter<'a, T, S, L> {
        Iter::new(self.clone(), Offsets::logical(self.shape(), self.strides()))
    }

    /// The elements in the order they sit in memory (axes by decreasing
    /// |stride|, negative strides walked backwards): the fastest way to visit
    /// every element when the order does not matter.
    ///
    /// ```
    /// use array_core::array;
    /// let a = array![[1, 2], [3, 4]];
    /// assert_eq!(a.t().iter_memory_order().copied().collect::<Vec<_>>(), [1, 2, 3, 4]);
    /// ```
    pub fn iter_memory_order(&self) -> Iter<'a, T, S, L> {
        Iter::new(self.clone(), Offsets::memory(self.shape(), self.strides()))
    }

    /// Copies the elements, in logical order, into a `Vec`.
    ///
    /// ```
    /// use array_core::array;
    /// assert_eq!(array![[1, 2], [3, 4]].t().to_vec(), [1, 3, 2, 4]);
    /// ```
    pub fn to_vec(&self) -> Vec<T>
    where
        T: Clone,
    {
        self.iter().cloned().collect()
    }
}

/// Implements `Index<[usize; R]>` (and `&[usize]` for dynamic rank) on a type
/// that has a `view()` method.
///
/// The static-rank impl is generic over the index type `I` (bounded by
/// `MultiIndex<S>`, see `shape/multi_index.rs`) so that an index of the
/// wrong length is reported in words; `S: FixedRank` keeps it apart from the
/// `DynRank` impl, so `&[1, 2]` still coerces to `&[usize]` there.
macro_rules! impl_index {
    ($($ty:ident)::+ $(<$lt:lifetime>)?) => {
        impl<$($lt,)? T, S: Shape, L: Layout, I> std::ops::Index<I>
            for $($ty)::+<$($lt,)? T, S, L>
        where
            S: crate::shape::FixedRank,
            I: crate::shape::MultiIndex<S>,
        {
            type Output = T;
            #[inline]
            #[track_caller]
            fn index(&self, index: I) -> &T {
                let v = self.view();
                let off = match v.offset_of(index.as_ref()) {
                    Some(o) => o,
                    None => panic!(
                        "index {:?} is out of bounds for array of shape {}",
                        index.as_ref(),
                        crate::error::ShapeText(v.dims().as_ref())
                    ),
                };
                // Re-derive the reference from `self` so its lifetime is `&self`'s.
                self.elem_ref(off)
            }
        }

        impl<$($lt,)? T, L: Layout> std::ops::Index<&[usize]>
            for $($ty)::+<$($lt,)? T, crate::DynRank, L>
        {
            type Output = T;
            #[inline]
            #[track_caller]
            fn index(&self, index: &[usize]) -> &T {
                let v = self.view();
                let off = match v.offset_of(index) {
                    Some(o) => o,
                    None => panic!(
                        "index {:?} is out of bounds for array of shape {}",
                        index,
                        crate::error::ShapeText(&v.dims())
                    ),
                };
                self.elem_ref(off)
            }
        }
    };
}
pub(crate) use impl_index;

impl_index!(View<'a>);

impl<T, S: Shape, L: Layout> View<'_, T, S, L> {
    /// `self` as a view (so `impl_index!` can treat every kind alike).
    #[inline(always)]
    pub(crate) fn view(&self) -> View<'_, T, S, L> {
        self.clone()
    }

    #[inline(always)]
    pub(crate) fn elem_ref(&self, off: isize) -> &T {
        self.elem(off).expect("offset checked against the shape")
    }
}

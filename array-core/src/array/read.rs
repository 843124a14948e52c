//! Read access shared by every array kind: dims, strides, indexing,
//! iteration. Written once, on [`View`]; [`forward_reads!`] gives `Array`,
//! `ViewMut` and `CowArray` the same methods by borrowing a view.

use super::Iter;
use super::View;
use crate::layout::offsets::Offsets;
use crate::layout::{Flags, Layout};
use crate::rules::flags::{is_c_contiguous, is_f_contiguous};
use crate::shape::Shape;

impl<'a, T, S: Shape, L: Layout> View<'a, T, S, L> {
    /// The length of every axis (NumPy's `shape`).
    ///
    /// ```
    /// use array_core::array;
    /// assert_eq!(array![[1, 2, 3], [4, 5, 6]].view().dims(), [2, 3]);
    /// ```
    #[inline]
    #[doc(alias = "shape")]
    #[doc(alias = "raw_dim")]
    pub fn dims(&self) -> S::Dims {
        self.shape().dims()
    }

    /// The signed stride of every axis, in elements (NumPy's strides are in
    /// bytes; these are NumPy's divided by the element size).
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

    /// The number of elements (NumPy's `size`).
    ///
    /// ```
    /// use array_core::array;
    /// assert_eq!(array![[1, 2], [3, 4]].view().len(), 4);
    /// ```
    #[inline]
    #[doc(alias = "size")]
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
    /// assert_eq!(a.t().iter().copied().collect::<Vec<_>>(), [1, 3, 2, 4]);
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

    /// Calls `f` on every element, in logical order.
    ///
    /// ```
    /// use array_core::array;
    /// let a = array![[1, 2], [3, 4]];
    /// let mut seen = Vec::new();
    /// a.t().for_each(|&x| seen.push(x));
    /// assert_eq!(seen, [1, 3, 2, 4]);
    /// ```
    pub fn for_each(&self, f: impl FnMut(&'a T)) {
        self.iter().for_each(f)
    }

    /// Copies the elements, in logical order, into a `Vec`.
    ///
    /// ```
    /// use array_core::array;
    /// assert_eq!(array![[1, 2], [3, 4]].t().to_vec(), [1, 3, 2, 4]);
    /// ```
    #[doc(alias = "tolist")]
    pub fn to_vec(&self) -> Vec<T>
    where
        T: Clone,
    {
        self.iter().cloned().collect()
    }
}

impl<'a, T, S: Shape, L: Layout> IntoIterator for View<'a, T, S, L> {
    type Item = &'a T;
    type IntoIter = Iter<'a, T, S, L>;

    /// The elements in logical order, for the view's whole lifetime.
    ///
    /// ```
    /// use array_core::array;
    /// let a = array![[1, 2], [3, 4]];
    /// let v: Vec<i32> = a.t().into_iter().copied().collect();
    /// assert_eq!(v, [1, 3, 2, 4]);
    /// ```
    fn into_iter(self) -> Iter<'a, T, S, L> {
        self.iter()
    }
}

impl<'a, T, S: Shape, L: Layout> IntoIterator for &View<'a, T, S, L> {
    type Item = &'a T;
    type IntoIter = Iter<'a, T, S, L>;

    /// [`View::iter`].
    ///
    /// ```
    /// use array_core::array;
    /// let a = array![1, 2, 3];
    /// let v = a.view();
    /// let mut total = 0;
    /// for x in &v {
    ///     total += x;
    /// }
    /// assert_eq!(total, 6);
    /// ```
    fn into_iter(self) -> Iter<'a, T, S, L> {
        self.iter()
    }
}

/// Gives an array kind that has a `view()` method every read accessor of
/// [`View`], each forwarding to it. `$setup` is doc-example code that binds
/// `x` to the 2x3 array `[[1, 2, 3], [4, 5, 6]]` of that kind, `$fsetup`
/// binds `y` to the float array `[[1.0, 2.0], [3.0, 6.0]]`. With
/// `strides` and `as_ptr` the kind gets those two as well (`Array` writes its
/// own `strides`, `ViewMut` has `as_ptr` from the raw module).
macro_rules! forward_reads {
    ($Ty:ident $(<$lt:lifetime>)?, $setup:literal, $fsetup:literal $(, $extra:ident)*) => {
        impl<$($lt,)? T, S: crate::shape::Shape, L: crate::layout::Layout> $Ty<$($lt,)? T, S, L> {
            /// Folds every element into an accumulator, in memory order
            /// ([`View::fold`](crate::View::fold)).
            ///
            #[doc = concat!("```\nuse array_core::array;\n", $setup, "\nassert_eq!(x.fold(0, |acc, &v| acc + v), 21);\n```")]
            pub fn fold<'s, B>(&'s self, init: B, f: impl FnMut(B, &'s T) -> B) -> B {
                self.view().fold(init, f)
            }

            /// The sum of every element, in memory order ([`View::sum`](crate::View::sum)).
            ///
            #[doc = concat!("```\nuse array_core::array;\n", $setup, "\nassert_eq!(x.sum(), 21);\n```")]
            pub fn sum(&self) -> T
            where
                T: Clone + crate::Zero + std::ops::Add<Output = T>,
            {
                self.view().sum()
            }

            /// The product of every element, in memory order ([`View::product`](crate::View::product)).
            ///
            #[doc = concat!("```\nuse array_core::array;\n", $setup, "\nassert_eq!(x.product(), 720);\n```")]
            #[doc(alias = "prod")]
            pub fn product(&self) -> T
            where
                T: Clone + crate::One + std::ops::Mul<Output = T>,
            {
                self.view().product()
            }

            /// The smallest element; NaN wins ([`View::min`](crate::View::min)).
            ///
            #[doc = concat!("```\nuse array_core::array;\n", $setup, "\nassert_eq!(x.min(), Some(&1));\n```")]
            pub fn min(&self) -> Option<&T>
            where
                T: PartialOrd,
            {
                self.view().min()
            }

            /// The largest element; NaN wins ([`View::max`](crate::View::max)).
            ///
            #[doc = concat!("```\nuse array_core::array;\n", $setup, "\nassert_eq!(x.max(), Some(&6));\n```")]
            pub fn max(&self) -> Option<&T>
            where
                T: PartialOrd,
            {
                self.view().max()
            }

            /// The arithmetic mean, `None` when empty ([`View::mean`](crate::View::mean)).
            ///
            #[doc = concat!("```\nuse array_core::array;\n", $fsetup, "\nassert_eq!(y.mean(), Some(3.0));\n```")]
            pub fn mean(&self) -> Option<T>
            where
                T: crate::Float,
            {
                self.view().mean()
            }

            /// Folds along `axis` ([`View::fold_axis`](crate::View::fold_axis)).
            ///
            #[doc = concat!("```\nuse array_core::array;\n", $setup, "\nassert_eq!(x.fold_axis(1, 0, |acc, &v| acc + v).unwrap().as_slice(), &[6, 15]);\n```")]
            pub fn fold_axis<B: Clone>(
                &self,
                axis: usize,
                init: B,
                f: impl FnMut(&B, &T) -> B,
            ) -> Result<crate::Array<B, S::Smaller, crate::C>, crate::AxisError> {
                self.view().fold_axis(axis, init, f)
            }

            /// Sums along `axis` ([`View::sum_axis`](crate::View::sum_axis)).
            ///
            #[doc = concat!("```\nuse array_core::array;\n", $setup, "\nassert_eq!(x.sum_axis(0).unwrap().as_slice(), &[5, 7, 9]);\n```")]
            pub fn sum_axis(&self, axis: usize) -> Result<crate::Array<T, S::Smaller, crate::C>, crate::AxisError>
            where
                T: Clone + crate::Zero + std::ops::Add<Output = T>,
            {
                self.view().sum_axis(axis)
            }

            /// Multiplies along `axis` ([`View::product_axis`](crate::View::product_axis)).
            ///
            #[doc = concat!("```\nuse array_core::array;\n", $setup, "\nassert_eq!(x.product_axis(0).unwrap().as_slice(), &[4, 10, 18]);\n```")]
            pub fn product_axis(&self, axis: usize) -> Result<crate::Array<T, S::Smaller, crate::C>, crate::AxisError>
            where
                T: Clone + crate::One + std::ops::Mul<Output = T>,
            {
                self.view().product_axis(axis)
            }

            /// The smallest element along `axis` ([`View::min_axis`](crate::View::min_axis)).
            ///
            #[doc = concat!("```\nuse array_core::array;\n", $setup, "\nassert_eq!(x.min_axis(1).unwrap().as_slice(), &[1, 4]);\n```")]
            pub fn min_axis(&self, axis: usize) -> Result<crate::Array<T, S::Smaller, crate::C>, crate::AxisError>
            where
                T: Clone + PartialOrd,
            {
                self.view().min_axis(axis)
            }

            /// The largest element along `axis` ([`View::max_axis`](crate::View::max_axis)).
            ///
            #[doc = concat!("```\nuse array_core::array;\n", $setup, "\nassert_eq!(x.max_axis(0).unwrap().as_slice(), &[4, 5, 6]);\n```")]
            pub fn max_axis(&self, axis: usize) -> Result<crate::Array<T, S::Smaller, crate::C>, crate::AxisError>
            where
                T: Clone + PartialOrd,
            {
                self.view().max_axis(axis)
            }

            /// The mean along `axis` ([`View::mean_axis`](crate::View::mean_axis)).
            ///
            #[doc = concat!("```\nuse array_core::array;\n", $fsetup, "\nassert_eq!(y.mean_axis(1).unwrap().as_slice(), &[1.5, 4.5]);\n```")]
            pub fn mean_axis(&self, axis: usize) -> Result<crate::Array<T, S::Smaller, crate::C>, crate::AxisError>
            where
                T: crate::Float,
            {
                self.view().mean_axis(axis)
            }

            /// The length of every axis (NumPy's `shape`).
            ///
            #[doc = concat!("```\nuse array_core::array;\n", $setup, "\nassert_eq!(x.dims(), [2, 3]);\n```")]
            #[inline]
            pub fn dims(&self) -> S::Dims {
                self.shape().dims()
            }

            /// The number of axes.
            ///
            #[doc = concat!("```\nuse array_core::array;\n", $setup, "\nassert_eq!(x.ndim(), 2);\n```")]
            #[inline]
            pub fn ndim(&self) -> usize {
                self.shape().rank()
            }

            /// The number of elements (NumPy's `size`).
            ///
            #[doc = concat!("```\nuse array_core::array;\n", $setup, "\nassert_eq!(x.len(), 6);\n```")]
            #[inline]
            #[doc(alias = "size")]
            pub fn len(&self) -> usize {
                self.shape().size()
            }

            /// True when there are no elements.
            ///
            #[doc = concat!("```\nuse array_core::array;\n", $setup, "\nassert!(!x.is_empty());\n```")]
            #[inline]
            pub fn is_empty(&self) -> bool {
                self.len() == 0
            }

            /// The element at a multi-index, or `None` when the index has the
            /// wrong length or any component is out of bounds.
            ///
            #[doc = concat!("```\nuse array_core::array;\n", $setup, "\nassert_eq!(x.get([1, 0]), Some(&4));\nassert_eq!(x.get([2, 0]), None);\n```")]
            pub fn get<I: AsRef<[usize]>>(&self, index: I) -> Option<&T> {
                let off = self.view().offset_of(index.as_ref())?;
                Some(self.elem_ref(off))
            }

            /// The elements in logical (row-major index) order, whatever the layout.
            ///
            #[doc = concat!("```\nuse array_core::array;\n", $setup, "\nassert_eq!(x.iter().copied().collect::<Vec<_>>(), [1, 2, 3, 4, 5, 6]);\n```")]
            pub fn iter(&self) -> crate::array::Iter<'_, T, S, L> {
                self.view().iter()
            }

            /// The elements in the order they sit in memory: the fastest way
            /// to visit every element when the order does not matter.
            ///
            #[doc = concat!("```\nuse array_core::array;\n", $setup, "\nassert_eq!(x.iter_memory_order().count(), 6);\n```")]
            pub fn iter_memory_order(&self) -> crate::array::Iter<'_, T, S, L> {
                self.view().iter_memory_order()
            }

            /// Calls `f` on every element, in logical order.
            ///
            #[doc = concat!("```\nuse array_core::array;\n", $setup, "\nlet mut total = 0;\nx.for_each(|v| total += v);\nassert_eq!(total, 21);\n```")]
            pub fn for_each<'s>(&'s self, f: impl FnMut(&'s T)) {
                self.view().iter().for_each(f)
            }

            /// Copies the elements, in logical order, into a `Vec`.
            ///
            #[doc = concat!("```\nuse array_core::array;\n", $setup, "\nassert_eq!(x.to_vec(), [1, 2, 3, 4, 5, 6]);\n```")]
            #[doc(alias = "tolist")]
            pub fn to_vec(&self) -> Vec<T>
            where
                T: Clone,
            {
                self.view().to_vec()
            }

            /// An owned copy of the elements, `C` and `F` keeping their
            /// order and `Strided` becoming `C` ([`View::to_owned`](crate::View::to_owned)).
            ///
            #[doc = concat!("```\nuse array_core::array;\n", $setup, "\nlet owned = x.to_owned();\nassert_eq!(owned.as_slice(), &[1, 2, 3, 4, 5, 6]);\n```")]
            #[doc(alias = "copy")]
            #[track_caller]
            pub fn to_owned(&self) -> crate::Array<T, S, L::Owned>
            where
                T: Clone,
            {
                self.view().to_owned()
            }

            /// A new C-ordered array of the same shape holding `f` of every
            /// element, in logical order. NumPy's `a > 5` is `a.map(|&v| v > 5)`.
            ///
            #[doc = concat!("```\nuse array_core::array;\n", $setup, "\nassert_eq!(x.map(|&v| v > 3).as_slice(), &[false, false, false, true, true, true]);\n```")]
            #[track_caller]
            pub fn map<U>(&self, f: impl FnMut(&T) -> U) -> crate::Array<U, S, crate::C> {
                self.view().map(f)
            }
        }
        $crate::array::read::forward_reads!(@more [$Ty $(<$lt>)?] $setup; $($extra)*);
    };
    (@more [$($ty:tt)*] $setup:literal; $first:ident $($rest:ident)*) => {
        $crate::array::read::forward_reads!(@$first $($ty)*, $setup);
        $crate::array::read::forward_reads!(@more [$($ty)*] $setup; $($rest)*);
    };
    (@more [$($ty:tt)*] $setup:literal;) => {};
    (@strides $Ty:ident $(<$lt:lifetime>)?, $setup:literal) => {
        impl<$($lt,)? T, S: crate::shape::Shape, L: crate::layout::Layout> $Ty<$($lt,)? T, S, L> {
            /// The signed stride of every axis, in elements.
            ///
            #[doc = concat!("```\nuse array_core::array;\n", $setup, "\nassert_eq!(x.strides(), [3, 1]);\n```")]
            pub fn strides(&self) -> S::Strides {
                self.view().strides()
            }
        }
    };
    (@as_ptr $Ty:ident $(<$lt:lifetime>)?, $setup:literal) => {
        impl<$($lt,)? T, S: crate::shape::Shape, L: crate::layout::Layout> $Ty<$($lt,)? T, S, L> {
            /// A raw pointer to the first element (index `[0, ..., 0]`).
            ///
            #[doc = concat!("```\nuse array_core::array;\n", $setup, "\nassert_eq!(x.as_ptr(), x.view().as_ptr());\n```")]
            pub fn as_ptr(&self) -> *const T {
                self.view().as_ptr()
            }
        }
    };
}
pub(crate) use forward_reads;

/// Implements `Index` on a type that has a `view()` method, and with `mut`
/// also `IndexMut` (for a kind with a `get_mut` method): by `[usize; R]` on
/// every shape, and also by `&[usize]` on `DynRank`. Reads and writes take
/// the same index types and panic alike.
///
/// The static-rank impl is generic over the index type `I` (bounded by
/// `MultiIndex<S>`, see `shape/multi_index.rs`) so that an index of the
/// wrong length is reported in words; `S: FixedRank` keeps it apart from the
/// `DynRank` impls, whose rank is only known at run time (a wrong length
/// panics there, with the numbers).
macro_rules! impl_index {
    ($Ty:ident $(<$lt:lifetime>)? $(, $mutable:ident)?) => {
        $crate::array::read::impl_index!(@by [$Ty $(<$lt>)?] [$($mutable)?] [S: Shape, I] S, I;
            S: crate::shape::FixedRank, I: crate::shape::MultiIndex<S>);
        $crate::array::read::impl_index!(@by [$Ty $(<$lt>)?] [$($mutable)?] [] crate::DynRank, &[usize];);
        $crate::array::read::impl_index!(@by [$Ty $(<$lt>)?] [$($mutable)?] [const N: usize] crate::DynRank, [usize; N];);
    };
    (@by [$Ty:ident $(<$lt:lifetime>)?] [$($mutable:ident)?] [$($gen:tt)*] $S:ty, $I:ty; $($bounds:tt)*) => {
        impl<$($lt,)? T, L: Layout, $($gen)*> std::ops::Index<$I> for $Ty<$($lt,)? T, $S, L>
        where
            $($bounds)*
        {
            type Output = T;
            #[inline]
            #[track_caller]
            fn index(&self, index: $I) -> &T {
                let off = crate::array::read::checked_offset(&self.view(), index.as_ref());
                self.elem_ref(off)
            }
        }
        $crate::array::read::impl_index!(@write [$($mutable)?] [$Ty $(<$lt>)?] [$($gen)*] $S, $I; $($bounds)*);
    };
    (@write [] $($rest:tt)*) => {};
    (@write [mut] [$Ty:ident $(<$lt:lifetime>)?] [$($gen:tt)*] $S:ty, $I:ty; $($bounds:tt)*) => {
        impl<$($lt,)? T, L: Layout, $($gen)*> std::ops::IndexMut<$I> for $Ty<$($lt,)? T, $S, L>
        where
            $($bounds)*
        {
            #[track_caller]
            fn index_mut(&mut self, index: $I) -> &mut T {
                crate::array::read::checked_offset(&self.view(), index.as_ref());
                self.get_mut(index.as_ref()).expect("index checked against the shape")
            }
        }
    };
}
pub(crate) use impl_index;

/// The offset of `index`, or a panic that gives the numbers: the index,
/// the shape, and which rule it broke.
#[track_caller]
pub(crate) fn checked_offset<T, S: Shape, L: Layout>(
    v: &View<'_, T, S, L>,
    index: &[usize],
) -> isize {
    match v.offset_of(index) {
        Some(o) => o,
        None => {
            let dims = v.dims();
            let shape = crate::error::ShapeText(dims.as_ref());
            if index.len() != dims.as_ref().len() {
                panic!(
                    "an index of length {} cannot address an array of {} axes (shape {shape})",
                    index.len(),
                    dims.as_ref().len()
                )
            }
            panic!("index {index:?} is out of bounds for array of shape {shape}")
        }
    }
}

impl_index!(View<'a>);

impl<T, S: Shape, L: Layout> View<'_, T, S, L> {
    /// `self` as a view (so the macros above can treat every kind alike).
    #[inline(always)]
    pub(crate) fn view(&self) -> View<'_, T, S, L> {
        self.clone()
    }

    #[inline(always)]
    pub(crate) fn elem_ref(&self, off: isize) -> &T {
        self.elem(off).expect("offset checked against the shape")
    }
}

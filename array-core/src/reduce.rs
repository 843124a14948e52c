//! Reductions: over every element (`sum`, `product`, `fold`, `min`, `max`,
//! `mean`) and along one axis (the same names with `_axis`).
//!
//! **Traversal order.** Whole-array reductions visit the elements in
//! memory order (the order of `iter_memory_order`), which reads memory
//! sequentially whatever the layout. For exact arithmetic the order does
//! not matter; for floating point it decides the rounding, so the sum of a
//! transposed view equals the sum of its source bit for bit, and may
//! differ in the last bits from a sum in logical order.
//!
//! **Axis reductions** return a new C-ordered array over the remaining
//! axes. Each of its elements folds the elements along the axis in
//! increasing index order; the loop runs sub-array by sub-array, each in
//! memory order, so a `C` array reduced along axis 0 streams through
//! contiguous rows.
//!
//! `min` and `max` follow NumPy: a NaN (any element not equal to itself)
//! wins. An empty array has no minimum, so `min` is `None` and `min_axis`
//! over an empty axis is [`AxisError::EmptyReduction`].

use crate::arith::kernel::write_1;
use crate::arith::operand::broadcast_onto;
use crate::arith::plan::Traversal;
use crate::array::{Array, View};
use crate::construct::{One, Zero};
use crate::error::AxisError;
use crate::layout::{C, Layout};
use crate::shape::Shape;
use std::cmp::Ordering;
use std::ops::{Add, Div, Mul};

/// Floating-point element types, for [`View::mean`] and [`View::mean_axis`].
///
/// ```
/// use array_core::Float;
/// assert_eq!(<f64 as Float>::from_count(3), 3.0);
/// ```
pub trait Float: Copy + Zero + Add<Output = Self> + Div<Output = Self> {
    /// The count `n` as this type.
    fn from_count(n: usize) -> Self;
}

impl Float for f32 {
    fn from_count(n: usize) -> Self {
        n as f32
    }
}

impl Float for f64 {
    fn from_count(n: usize) -> Self {
        n as f64
    }
}

/// The better of two candidates for `min` (`want = Less`) or `max`
/// (`want = Greater`): a NaN-like element (not comparable to itself) wins
/// and stays.
fn pick<'x, T: PartialOrd>(best: &'x T, x: &'x T, want: Ordering) -> &'x T {
    if best.partial_cmp(best).is_none() {
        return best;
    }
    match x.partial_cmp(best) {
        None => x,
        Some(o) if o == want => x,
        Some(_) => best,
    }
}

/// The extremes need only a partial order.
impl<'a, T: PartialOrd, S: Shape, L: Layout> View<'a, T, S, L> {
    /// The smallest element, `None` when empty; a NaN wins, as in NumPy.
    ///
    /// ```
    /// use array_core::array;
    /// assert_eq!(array![[3, 1], [4, 1]].view().min(), Some(&1));
    /// assert!(array![1.0, f64::NAN, 0.0].view().min().unwrap().is_nan());
    /// ```
    #[doc(alias = "amin")]
    pub fn min(&self) -> Option<&'a T> {
        self.extreme(Ordering::Less)
    }

    /// The largest element, `None` when empty; a NaN wins, as in NumPy.
    ///
    /// ```
    /// use array_core::array;
    /// assert_eq!(array![[3, 1], [4, 1]].view().max(), Some(&4));
    /// ```
    #[doc(alias = "amax")]
    pub fn max(&self) -> Option<&'a T> {
        self.extreme(Ordering::Greater)
    }

    /// The element every other compares `want` to (or a NaN), scanning in
    /// memory order.
    fn extreme(&self, want: Ordering) -> Option<&'a T> {
        self.iter_memory_order()
            .reduce(|best, x| pick(best, x, want))
    }
}

impl<'a, T, S: Shape, L: Layout> View<'a, T, S, L> {
    /// Folds every element into an accumulator, in memory order.
    ///
    /// ```
    /// use array_core::array;
    /// let a = array![[1, 2], [3, 4]];
    /// assert_eq!(a.t().fold(0, |acc, &x| acc * 10 + x), 1234); // memory order
    /// ```
    pub fn fold<B>(&self, init: B, f: impl FnMut(B, &'a T) -> B) -> B {
        self.iter_memory_order().fold(init, f)
    }

    /// The sum of every element (0 for an empty array), in memory order.
    ///
    /// ```
    /// use array_core::array;
    /// assert_eq!(array![[1, 2], [3, 4]].view().sum(), 10);
    /// ```
    pub fn sum(&self) -> T
    where
        T: Clone + Zero + Add<Output = T>,
    {
        self.fold(T::zero(), |acc, x| acc + x.clone())
    }

    /// The product of every element (1 for an empty array), in memory order.
    ///
    /// ```
    /// use array_core::array;
    /// assert_eq!(array![[1, 2], [3, 4]].view().product(), 24);
    /// ```
    #[doc(alias = "prod")]
    pub fn product(&self) -> T
    where
        T: Clone + One + Mul<Output = T>,
    {
        self.fold(T::one(), |acc, x| acc * x.clone())
    }

    /// The arithmetic mean, `None` when empty (NumPy returns NaN with a
    /// warning there).
    ///
    /// ```
    /// use array_core::array;
    /// assert_eq!(array![[1.0, 2.0], [3.0, 6.0]].view().mean(), Some(3.0));
    /// ```
    pub fn mean(&self) -> Option<T>
    where
        T: Float,
    {
        if self.is_empty() {
            return None;
        }
        Some(self.sum() / T::from_count(self.len()))
    }

    /// Folds along `axis`: a C-ordered array over the other axes whose
    /// every element is `f` applied along the axis in increasing index
    /// order, starting from `init`.
    ///
    /// ```
    /// use array_core::array;
    /// let a = array![[1, 2, 3], [4, 5, 6]];
    /// let digits = a.view().fold_axis(0, 0, |acc, &x| acc * 10 + x).unwrap();
    /// assert_eq!(digits.as_slice(), &[14, 25, 36]);
    /// ```
    pub fn fold_axis<B: Clone>(
        &self,
        axis: usize,
        init: B,
        mut f: impl FnMut(&B, &T) -> B,
    ) -> Result<Array<B, S::Smaller, C>, AxisError> {
        let dims = self.dims();
        let dims = dims.as_ref();
        if axis >= dims.len() {
            return Err(AxisError::OutOfRange {
                axis: axis as isize,
                rank: dims.len(),
            });
        }
        let rest: Vec<usize> = (0..dims.len())
            .filter(|&k| k != axis)
            .map(|k| dims[k])
            .collect();
        let shape = S::Smaller::from_dims(&rest).expect("one axis fewer fits `Smaller`");
        let mut out = Array::full(shape, init);
        for i in 0..dims[axis] {
            let sub = self
                .clone()
                .index_axis(axis, i)
                .expect("the index is inside the axis");
            let sub = broadcast_onto(sub, &rest);
            write_1(Traversal::Tiled, &mut out.view_mut(), &sub, |o, x| {
                *o = f(o, x)
            });
        }
        Ok(out)
    }

    /// Sums along `axis` (NumPy's `sum(axis=...)`).
    ///
    /// ```
    /// use array_core::array;
    /// let a = array![[1, 2, 3], [4, 5, 6]];
    /// assert_eq!(a.view().sum_axis(0).unwrap().as_slice(), &[5, 7, 9]);
    /// assert_eq!(a.view().sum_axis(1).unwrap().as_slice(), &[6, 15]);
    /// ```
    pub fn sum_axis(&self, axis: usize) -> Result<Array<T, S::Smaller, C>, AxisError>
    where
        T: Clone + Zero + Add<Output = T>,
    {
        self.fold_axis(axis, T::zero(), |acc, x| acc.clone() + x.clone())
    }

    /// Multiplies along `axis` (NumPy's `prod(axis=...)`).
    ///
    /// ```
    /// use array_core::array;
    /// let a = array![[1, 2, 3], [4, 5, 6]];
    /// assert_eq!(a.view().product_axis(1).unwrap().as_slice(), &[6, 120]);
    /// ```
    pub fn product_axis(&self, axis: usize) -> Result<Array<T, S::Smaller, C>, AxisError>
    where
        T: Clone + One + Mul<Output = T>,
    {
        self.fold_axis(axis, T::one(), |acc, x| acc.clone() * x.clone())
    }

    /// The smallest element along `axis`; NaN wins. An empty axis has no
    /// minimum: [`AxisError::EmptyReduction`], NumPy's "zero-size array to
    /// reduction operation minimum which has no identity".
    ///
    /// ```
    /// use array_core::array;
    /// let a = array![[3, 1, 2], [0, 5, 2]];
    /// assert_eq!(a.view().min_axis(0).unwrap().as_slice(), &[0, 1, 2]);
    /// ```
    pub fn min_axis(&self, axis: usize) -> Result<Array<T, S::Smaller, C>, AxisError>
    where
        T: Clone + PartialOrd,
    {
        self.extreme_axis(axis, Ordering::Less, "minimum")
    }

    /// The largest element along `axis`; NaN wins. An empty axis is
    /// [`AxisError::EmptyReduction`].
    ///
    /// ```
    /// use array_core::array;
    /// let a = array![[3, 1, 2], [0, 5, 2]];
    /// assert_eq!(a.view().max_axis(1).unwrap().as_slice(), &[3, 5]);
    /// ```
    pub fn max_axis(&self, axis: usize) -> Result<Array<T, S::Smaller, C>, AxisError>
    where
        T: Clone + PartialOrd,
    {
        self.extreme_axis(axis, Ordering::Greater, "maximum")
    }

    fn extreme_axis(
        &self,
        axis: usize,
        want: Ordering,
        operation: &'static str,
    ) -> Result<Array<T, S::Smaller, C>, AxisError>
    where
        T: Clone + PartialOrd,
    {
        let first = self.clone().index_axis(axis, 0).map_err(|e| match e {
            crate::index::IndexError::Axis(e) => e,
            _ => AxisError::EmptyReduction { axis, operation },
        })?;
        let mut out = first.map(T::clone);
        let rest = out.dims();
        for i in 1..self.dims().as_ref()[axis] {
            let sub = self.clone().index_axis(axis, i).expect("inside the axis");
            let sub = broadcast_onto(sub, rest.as_ref());
            write_1(Traversal::Tiled, &mut out.view_mut(), &sub, |o, x| {
                if std::ptr::eq(pick(o, x, want), x) {
                    *o = x.clone();
                }
            });
        }
        Ok(out)
    }

    /// The mean along `axis`. An empty axis is [`AxisError::EmptyReduction`]
    /// (NumPy returns NaN with a warning).
    ///
    /// ```
    /// use array_core::array;
    /// let a = array![[1.0, 2.0], [3.0, 6.0]];
    /// assert_eq!(a.view().mean_axis(0).unwrap().as_slice(), &[2.0, 4.0]);
    /// ```
    pub fn mean_axis(&self, axis: usize) -> Result<Array<T, S::Smaller, C>, AxisError>
    where
        T: Float,
    {
        let n = self.dims().as_ref().get(axis).copied();
        if n == Some(0) {
            return Err(AxisError::EmptyReduction {
                axis,
                operation: "mean",
            });
        }
        let mut sums = self.sum_axis(axis)?;
        let n = T::from_count(n.unwrap_or(1));
        sums.map_inplace(|s| *s = *s / n);
        Ok(sums)
    }
}

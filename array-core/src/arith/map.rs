//! `map`: a new array from a function of each element (NumPy's unary
//! ufuncs and comparisons such as `a > 5`, which make a new array).

use crate::array::{Array, View};
use crate::audit::{self, CopyOp};
use crate::layout::{C, Layout};
use crate::shape::Shape;

impl<T, S: Shape, L: Layout> View<'_, T, S, L> {
    /// A new C-ordered array of the same shape holding `f` of every
    /// element, in logical order. NumPy's `a > 5` is `a.map(|&x| x > 5)`.
    ///
    /// ```
    /// use array_core::array;
    /// let a = array![[1, 7], [6, 2]];
    /// let mask = a.view().map(|&x| x > 5);
    /// assert_eq!(mask.as_slice(), &[false, true, true, false]);
    /// assert_eq!(a.t().map(|&x| x * 10).as_slice(), &[10, 60, 70, 20]);
    /// ```
    #[track_caller]
    pub fn map<U>(&self, f: impl FnMut(&T) -> U) -> Array<U, S, C> {
        audit::note::<U>(CopyOp::Map, self.len(), L::NAME, C::NAME);
        let data: Vec<U> = self.iter().map(f).collect();
        Array::from_parts_unchecked(data, self.shape().clone(), ())
    }
}

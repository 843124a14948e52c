//! `map`: a new array from a function of each element (NumPy's unary
//! ufuncs and comparisons such as `a > 5`, which make a new array).

use super::kernel::collect_1;
use super::operand::broadcast_onto;
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
        map_to_c(self.clone(), CopyOp::Map, f)
    }
}

/// `f` of every element of `a`, in a new C-ordered array of its shape,
/// through the elementwise kernel (contiguous and strided runs alike);
/// reported to the copy audit as `op`.
#[track_caller]
pub(super) fn map_to_c<T, S: Shape, L: Layout, R>(
    a: View<'_, T, S, L>,
    op: CopyOp,
    f: impl FnMut(&T) -> R,
) -> Array<R, S, C> {
    audit::note::<R>(op, a.len(), L::NAME, C::NAME);
    let shape = a.shape().clone();
    let dims = a.dims();
    let data = collect_1(dims.as_ref(), &broadcast_onto(a, dims.as_ref()), f);
    Array::from_parts_unchecked(data, shape, ())
}

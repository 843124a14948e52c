//! Helpers shared by several test files (`mod common;`): NumPy's `arange`
//! as a buffer, strided views of it, owned C-order arrays and a small
//! F-ordered array. Each file uses some of them.

#![allow(dead_code)]

use array_core::{Array, DynRank, F, Strided, View, shape};

/// `np.arange(n)` as a buffer: every value is its own offset.
pub(crate) fn arange(n: usize) -> Vec<i64> {
    (0..n as i64).collect()
}

/// A strided view of `buf` (NumPy's `as_strided`, or the result of a slice).
pub(crate) fn strided<'a>(
    buf: &'a [i64],
    dims: &[usize],
    strides: &[isize],
    offset: usize,
) -> View<'a, i64, DynRank, Strided> {
    View::from_parts(buf, dims, strides, offset).expect("the layout fits the buffer")
}

/// An owned C-order array of the given dims over `data`.
pub(crate) fn c_array(dims: &[usize], data: Vec<i64>) -> Array<i64, DynRank> {
    Array::from_shape_vec(dims, data).expect("data matches the dims")
}

/// `[[1, 2, 3], [4, 5, 6]]` stored in F order.
pub(crate) fn f_array() -> Array<i32, shape![2, 3], F> {
    Array::from_shape_vec([2, 3], vec![1, 4, 2, 5, 3, 6]).unwrap()
}

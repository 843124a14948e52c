//! NumPy's own tests of reshape, ravel, flatten, transposes, contiguity
//! flags and contiguous copies, ported to the public API.
//!
//! Each test names the NumPy test it ports (`file::Class::test`, files under
//! `numpy/_core/tests/` of NumPy 2.4.6). Expected values are NumPy's, as its
//! test states them; byte strides are divided by the itemsize, so strides
//! here count elements. Where NumPy builds an input by slicing, the input is
//! built with `View::from_parts` from the slice's layout (worked out in a
//! comment), and `as_strided` is `from_parts` too. Parts of a NumPy test that
//! exercise Python-only behaviour (subclasses, dtypes, keyword handling,
//! `ndmin`, `squeeze`) are left out.

use array_core::{
    Array, AxisError, CopyPolicy, CowArray, DynRank, F, Layout, Order, ReshapeError, Shape,
    ShapeError, Strided, View,
};

/// `np.arange(n)` as a buffer: every value is its own offset.
fn arange(n: usize) -> Vec<i64> {
    (0..n as i64).collect()
}

/// A strided view of `buf` (NumPy's `as_strided`, or the result of a slice).
fn strided<'a>(
    buf: &'a [i64],
    dims: &[usize],
    strides: &[isize],
    offset: usize,
) -> View<'a, i64, DynRank, Strided> {
    View::from_parts(buf, dims, strides, offset).expect("the layout fits the buffer")
}

/// An owned C-order array of the given dims over `data`.
fn c_array(dims: &[usize], data: Vec<i64>) -> Array<i64, DynRank> {
    Array::from_shape_vec(dims, data).expect("data matches the dims")
}

/// A result's dims and its elements in C order.
fn dims_and_values<S: Shape, L: Layout>(r: &CowArray<'_, i64, S, L>) -> (Vec<usize>, Vec<i64>) {
    (r.dims().as_ref().to_vec(), r.view().to_vec())
}

fn reshape<'a>(
    v: View<'a, i64, DynRank, impl Layout>,
    target: &[isize],
    order: Order,
) -> CowArray<'a, i64, DynRank, Strided> {
    v.reshape_with::<DynRank>(target, order, CopyPolicy::IfNeeded)
        .expect("a valid reshape")
}

/// True when `r` shares `buf`'s memory (NumPy's `shares_memory` for these
/// tests, whose results are either views of `buf` or fresh copies).
fn is_view_of<S: Shape, L: Layout>(r: &CowArray<'_, i64, S, L>, buf: &[i64]) -> bool {
    let p = r.view().as_ptr() as usize;
    let start = buf.as_ptr() as usize;
    r.is_view() && p >= start && p < start + std::mem::size_of_val(buf)
}

// ---------------------------------------------------------------- reshape

/// test_multiarray.py::TestMethods::test_reshape
#[test]
fn test_reshape() {
    let arr = c_array(&[4, 3], (1..=12).collect());
    let (dims, values) = dims_and_values(&reshape(arr.view(), &[2, 6], Order::C));
    assert_eq!((dims, values), (vec![2, 6], (1..=12).collect::<Vec<_>>()));
    let (dims, values) = dims_and_values(&reshape(arr.view(), &[3, 4], Order::C));
    assert_eq!((dims, values), (vec![3, 4], (1..=12).collect::<Vec<_>>()));
    // [[1, 10, 8, 6], [4, 2, 11, 9], [7, 5, 3, 12]]
    let (dims, values) = dims_and_values(&reshape(arr.view(), &[3, 4], Order::F));
    assert_eq!(dims, [3, 4]);
    assert_eq!(values, [1, 10, 8, 6, 4, 2, 11, 9, 7, 5, 3, 12]);
    // arr.T.reshape((3, 4), order='C') == [[1, 4, 7, 10], [2, 5, 8, 11], [3, 6, 9, 12]]
    let (dims, values) = dims_and_values(&reshape(arr.t(), &[3, 4], Order::C));
    assert_eq!(dims, [3, 4]);
    assert_eq!(values, [1, 4, 7, 10, 2, 5, 8, 11, 3, 6, 9, 12]);
}

/// test_numeric.py::TestNonarrayArgs::test_reshape
#[test]
fn test_reshape_nonarray_args() {
    let arr = c_array(&[4, 3], (1..=12).collect());
    let (dims, values) = dims_and_values(&reshape(arr.view(), &[2, 6], Order::C));
    assert_eq!(dims, [2, 6]);
    assert_eq!(values, (1..=12).collect::<Vec<_>>());
}

/// test_numeric.py::TestNonarrayArgs::test_reshape_copy_arg
#[test]
fn test_reshape_copy_arg() {
    let data = arange(24);
    let arr = View::<i64, DynRank>::from_slice(&data, [2, 3, 4]).unwrap();
    // np.array(arr, order="F"): the same values, stored in F order.
    let arr_f_ord = arr.clone().to_f_contiguous().into_owned();
    let arr_f_buf = arr_f_ord.as_slice();
    fn with(
        v: View<'_, i64, DynRank, Strided>,
        order: Order,
        copy: CopyPolicy,
    ) -> Result<CowArray<'_, i64, DynRank>, ReshapeError> {
        v.reshape_with::<DynRank>([12, 2], order, copy)
    }
    let arr_s = arr.clone().permuted_axes(&[0, 1, 2]).unwrap();
    let arr_f = arr_f_ord.view().permuted_axes(&[0, 1, 2]).unwrap();

    let shares = |r: Result<CowArray<'_, i64, DynRank>, ReshapeError>, buf: &[i64]| {
        is_view_of(&r.expect("a valid reshape"), buf)
    };
    assert!(shares(
        with(arr_s.clone(), Order::C, CopyPolicy::IfNeeded),
        &data
    ));
    assert!(shares(
        with(arr_f.clone(), Order::F, CopyPolicy::IfNeeded),
        arr_f_buf
    ));
    assert!(shares(
        with(arr_s.clone(), Order::C, CopyPolicy::Never),
        &data
    ));
    assert!(!shares(
        with(arr_s.clone(), Order::C, CopyPolicy::Always),
        &data
    ));
    assert!(!shares(
        with(arr_s.clone(), Order::F, CopyPolicy::Always),
        &data
    ));
    assert!(!shares(
        with(arr_s.clone(), Order::F, CopyPolicy::IfNeeded),
        &data
    ));

    let err_msg = "Unable to avoid creating a copy while reshaping.";
    let e = with(arr_s, Order::F, CopyPolicy::Never).unwrap_err();
    assert_eq!(e, ReshapeError::NeedsCopy);
    assert_eq!(e.to_string(), err_msg);
    let e = with(arr_f, Order::C, CopyPolicy::Never).unwrap_err();
    assert_eq!(e.to_string(), err_msg);
}

/// test_regression.py::TestRegression::test_reshape_order
#[test]
fn test_reshape_order() {
    // np.arange(6).reshape(2, 3, order='F') == [[0, 2, 4], [1, 3, 5]]
    let data = arange(6);
    let v = View::<i64, DynRank>::from_slice(&data, [6]).unwrap();
    let r = reshape(v, &[2, 3], Order::F);
    assert_eq!(dims_and_values(&r), (vec![2, 3], vec![0, 2, 4, 1, 3, 5]));
    // a = [[1, 2], [3, 4], [5, 6], [7, 8]]; b = a[:, 1] has dims (4,),
    // stride 2, offset 1. b.reshape(2, 2, order='F') == [[2, 6], [4, 8]].
    let a = [1, 2, 3, 4, 5, 6, 7, 8];
    let b = strided(&a, &[4], &[2], 1);
    let r = reshape(b, &[2, 2], Order::F);
    assert_eq!(dims_and_values(&r), (vec![2, 2], vec![2, 6, 4, 8]));
}

/// test_regression.py::TestRegression::test_reshape_zero_strides
#[test]
fn test_reshape_zero_strides() {
    // Issue #380: as_strided(np.ones(1), shape=(5,), strides=(0,)).reshape(5, 1)
    // keeps stride 0 on the first axis.
    let one = [1i64];
    let a = strided(&one, &[5], &[0], 0);
    let r = reshape(a, &[5, 1], Order::C);
    assert!(r.is_view());
    assert_eq!(r.strides()[0], 0);
}

/// test_regression.py::TestRegression::test_reshape_zero_size
#[test]
fn test_reshape_zero_size() {
    // gh-2700: `a.shape = (-1, 2)` on np.ones((0, 2)), an in-place reshape
    // that must not copy.
    let a = Array::<i64, DynRank>::zeros(DynRank::new(&[0, 2]));
    let r = a
        .view()
        .try_reshape_view::<DynRank>(&[-1, 2], Order::C)
        .unwrap();
    assert_eq!(r.dims(), [0, 2]);
}

/// test_regression.py::TestRegression::test_reshape_trailing_ones_strides
#[test]
fn test_reshape_trailing_ones_strides() {
    // gh-2949: np.zeros(12, dtype=np.int32)[::2] is (6,) with stride 2.
    let data = arange(12);
    let a = strided(&data, &[6], &[2], 0);
    // Byte strides (16, 8, 8, 8) and (8, 24, 48, 48) with itemsize 4.
    let c = reshape(a.clone(), &[3, 2, 1, 1], Order::C);
    assert_eq!(c.strides(), [4, 2, 2, 2]);
    let f = reshape(a, &[3, 2, 1, 1], Order::F);
    assert_eq!(f.strides(), [2, 6, 12, 12]);
    // np.array(0, dtype=np.int32).reshape(1, 1).strides == (4, 4)
    let zero = [0i64];
    let scalar = View::<i64, DynRank>::from_slice(&zero, []).unwrap();
    assert_eq!(reshape(scalar, &[1, 1], Order::C).strides(), [1, 1]);
}

/// test_regression.py::TestRegression::test_reshape_size_overflow
#[test]
fn test_reshape_size_overflow() {
    // gh-7455: np.ones(20)[::2] (size 10) into the prime factors of
    // 2**63 + 5 (2**31 + 5 on 32 bits) with a leading 2; multiplied in
    // wrapping arithmetic they give 10.
    let data = arange(20);
    let a = strided(&data, &[10], &[2], 0);
    #[cfg(target_pointer_width = "64")]
    let new_shape: &[isize] = &[2, 13, 419, 691, 823, 2_977_518_503];
    #[cfg(not(target_pointer_width = "64"))]
    let new_shape: &[isize] = &[2, 7, 7, 43_826_197];
    let e = a
        .reshape_with::<DynRank>(new_shape, Order::C, CopyPolicy::IfNeeded)
        .unwrap_err();
    assert!(
        matches!(
            e,
            ReshapeError::Shape(ShapeError::SizeMismatch { size: 10, .. })
        ),
        "{e}"
    );
}

/// test_regression.py::TestRegression::test_copy_detection_zero_dim and
/// test_copy_detection_corner_case; the strides are those of the earlier
/// test_copy_detection_corner_case2 (ticket #771).
#[test]
fn test_copy_detection_corner_case() {
    // np.indices((0, 3, 4)) is a fresh (3, 0, 3, 4) array (all strides 0);
    // .T reverses it to (4, 3, 0, 3). reshape(-1, 3) gives (0, 3) with
    // strides (3 * itemsize, itemsize).
    let idx = Array::<i64, DynRank>::zeros(DynRank::new(&[3, 0, 3, 4]));
    assert_eq!(idx.strides(), [0, 0, 0, 0]);
    let empty: [i64; 0] = [];
    let t = strided(&empty, &[4, 3, 0, 3], &[0, 0, 0, 0], 0);
    let r = reshape(t, &[-1, 3], Order::C);
    assert_eq!(r.dims(), [0, 3]);
    assert_eq!(r.strides(), [3, 1]);
}

// ---------------------------------------------------------------- ravel and flatten

/// Ravels `a` in `order`: (is a view of `buf`, the values).
fn ravel<L: Layout>(a: View<'_, i64, DynRank, L>, order: Order, buf: &[i64]) -> (bool, Vec<i64>) {
    let r = a.ravel_order(order);
    (is_view_of(&r, buf), r.view().to_vec())
}

/// test_multiarray.py::TestMethods::test_ravel
#[test]
fn test_ravel() {
    // a = np.array([[0, 1], [2, 3]])
    let data = arange(4);
    let a = View::<i64, DynRank>::from_slice(&data, [2, 2]).unwrap();
    assert_eq!(ravel(a.clone(), Order::C, &data), (true, vec![0, 1, 2, 3]));
    assert_eq!(ravel(a.clone(), Order::F, &data).1, [0, 2, 1, 3]);
    assert_eq!(ravel(a.clone(), Order::A, &data), (true, vec![0, 1, 2, 3]));
    assert_eq!(ravel(a.clone(), Order::K, &data), (true, vec![0, 1, 2, 3]));
    assert_eq!(
        ravel(a.clone(), Order::C, &data).1,
        reshape(a.clone(), &[-1], Order::C).view().to_vec()
    );

    // The same values in F order: buffer [0, 2, 1, 3].
    let fdata = [0, 2, 1, 3];
    let a = View::<i64, DynRank, F>::from_slice(&fdata, [2, 2]).unwrap();
    assert_eq!(ravel(a.clone(), Order::C, &fdata).1, [0, 1, 2, 3]);
    assert_eq!(ravel(a.clone(), Order::A, &fdata), (true, vec![0, 2, 1, 3]));
    assert_eq!(ravel(a.clone(), Order::K, &fdata), (true, vec![0, 2, 1, 3]));
    assert_eq!(
        ravel(a.clone(), Order::C, &fdata).1,
        reshape(a.clone(), &[-1], Order::C).view().to_vec()
    );
    assert_eq!(
        ravel(a.clone(), Order::A, &fdata).1,
        reshape(a, &[-1], Order::A).view().to_vec()
    );

    // np.array([[0, 1], [2, 3]])[::-1, :]: dims (2, 2), strides (-2, 1), offset 2.
    let a = strided(&data, &[2, 2], &[-2, 1], 2);
    assert_eq!(ravel(a.clone(), Order::C, &data).1, [2, 3, 0, 1]);
    assert_eq!(ravel(a.clone(), Order::F, &data).1, [2, 0, 3, 1]);
    assert_eq!(ravel(a.clone(), Order::A, &data).1, [2, 3, 0, 1]);
    // 'K' doesn't reverse the axes of negative strides
    assert_eq!(ravel(a, Order::K, &data), (false, vec![2, 3, 0, 1]));

    // Test simple 1-d copy behaviour: np.arange(10)[::2].
    let data = arange(10);
    let a = strided(&data, &[5], &[2], 0);
    for order in [Order::K, Order::C, Order::F] {
        assert!(!ravel(a.clone(), order, &data).0, "{order:?}");
    }

    // Not contiguous and 1-sized axis with non matching stride:
    // np.arange(16)[::2].reshape(2, 1, 2, 2).swapaxes(-1, -2) has element
    // strides (8, 8, 2, 4); as_strided sets the length-1 axis' stride to 123.
    let data = arange(16);
    let a = strided(&data, &[2, 1, 2, 2], &[8, 123, 2, 4], 0);
    assert_eq!(
        ravel(a, Order::K, &data),
        (false, (0..15).step_by(2).collect())
    );

    // contiguous and 1-sized axis with non matching stride works:
    // np.arange(8).reshape(2, 1, 2, 2).swapaxes(-1, -2): strides (4, 4, 1, 2).
    let data = arange(8);
    let a = strided(&data, &[2, 1, 2, 2], &[4, 123, 1, 2], 0);
    assert_eq!(ravel(a, Order::K, &data), (true, arange(8)));

    // Test negative strides: np.arange(4)[::-1].reshape(2, 2) has strides
    // (-2, -1) and offset 3.
    let data = arange(4);
    let a = strided(&data, &[2, 2], &[-2, -1], 3);
    assert_eq!(ravel(a.clone(), Order::C, &data), (false, vec![3, 2, 1, 0]));
    assert_eq!(ravel(a, Order::K, &data), (false, vec![3, 2, 1, 0]));

    // 1-element tidy strides test: as_strided(np.array([[1]]), strides=(123, 432)).
    let one = [1i64];
    let a = strided(&one, &[1, 1], &[123, 432], 0);
    let r = a.ravel_order(Order::K);
    assert!(is_view_of(&r, &one));
    assert_eq!(r.strides(), [1]);

    for order in [Order::C, Order::F, Order::A, Order::K] {
        // 0-d corner case:
        let zero = [0i64];
        let a = View::<i64, DynRank>::from_slice(&zero, []).unwrap();
        assert_eq!(ravel(a, order, &zero), (true, vec![0]), "{order:?}");
    }

    // Test that certain non-inplace ravels work right (mostly) for 'K':
    // b = np.arange(2**4 * 2)[::2].reshape(2, 2, 2, 2) has strides (16, 8, 4, 2).
    let data = arange(32);
    // a = b[..., ::2]: dims (2, 2, 2, 1), strides (16, 8, 4, 4).
    let a = strided(&data, &[2, 2, 2, 1], &[16, 8, 4, 4], 0);
    let c_order = vec![0, 4, 8, 12, 16, 20, 24, 28];
    assert_eq!(ravel(a.clone(), Order::K, &data).1, c_order);
    assert_eq!(ravel(a.clone(), Order::C, &data).1, c_order);
    assert_eq!(ravel(a.clone(), Order::A, &data).1, c_order);
    assert_eq!(ravel(a, Order::F, &data).1, [0, 16, 8, 24, 4, 20, 12, 28]);
    // a = b[::2, ...]: dims (1, 2, 2, 2), strides (32, 8, 4, 2).
    let a = strided(&data, &[1, 2, 2, 2], &[32, 8, 4, 2], 0);
    let c_order = vec![0, 2, 4, 6, 8, 10, 12, 14];
    assert_eq!(ravel(a.clone(), Order::K, &data).1, c_order);
    assert_eq!(ravel(a.clone(), Order::C, &data).1, c_order);
    assert_eq!(ravel(a.clone(), Order::A, &data).1, c_order);
    assert_eq!(ravel(a, Order::F, &data).1, [0, 8, 4, 12, 2, 10, 6, 14]);
}

/// test_numeric.py::TestNonarrayArgs::test_ravel
#[test]
fn test_ravel_nonarray_args() {
    let a = c_array(&[4, 3], (1..=12).collect());
    assert_eq!(
        a.view().ravel_order(Order::C).view().to_vec(),
        (1..=12).collect::<Vec<_>>()
    );
}

/// test_regression.py::TestRegression::test_ravel_with_order
#[test]
fn test_ravel_with_order() {
    // ravel('F') of a 1-D array (C and F contiguous) is not a copy.
    let data = [1i64, 1];
    let a = View::<i64, DynRank>::from_slice(&data, [2]).unwrap();
    let r = a.ravel_order(Order::F);
    assert!(r.is_view());
    assert!(!r.flags().owns_data);
}

/// test_multiarray.py::TestMethods::test_flatten
#[test]
fn test_flatten() {
    let x0 = c_array(&[2, 3], vec![1, 2, 3, 4, 5, 6]);
    let x1 = c_array(&[2, 2, 2], vec![1, 2, 3, 4, 5, 6, 7, 8]);
    let y0 = [1, 2, 3, 4, 5, 6];
    let y0f = [1, 4, 2, 5, 3, 6];
    let y1 = [1, 2, 3, 4, 5, 6, 7, 8];
    let y1f = [1, 5, 3, 7, 2, 6, 4, 8];
    assert_eq!(x0.flatten().as_slice(), y0);
    assert_eq!(x0.view().flatten_order(Order::F).as_slice(), y0f);
    assert_eq!(x0.t().flatten().as_slice(), y0f);
    assert_eq!(x1.flatten().as_slice(), y1);
    assert_eq!(x1.view().flatten_order(Order::F).as_slice(), y1f);
    assert_eq!(x1.t().flatten().as_slice(), y1f);
    // flatten always copies.
    assert!(x0.flatten().flags().owns_data);
}

// ---------------------------------------------------------------- transposes

/// test_multiarray.py::TestMethods::test_transpose
#[test]
fn test_transpose() {
    let a = c_array(&[2, 2], vec![1, 2, 3, 4]);
    assert_eq!(a.t().to_vec(), [1, 3, 2, 4]);
    assert!(matches!(
        a.view().permuted_axes(&[0]),
        Err(AxisError::WrongCount { .. })
    ));
    assert!(matches!(
        a.view().permuted_axes(&[0, 0]),
        Err(AxisError::Repeated { .. })
    ));
    assert!(matches!(
        a.view().permuted_axes(&[0, 1, 2]),
        Err(AxisError::WrongCount { .. })
    ));
}

/// test_numeric.py::TestNonarrayArgs::test_transpose
#[test]
fn test_transpose_nonarray_args() {
    let arr = c_array(&[3, 2], vec![1, 2, 3, 4, 5, 6]);
    let tgt = [1, 3, 5, 2, 4, 6];
    for axes in [[1, 0], [-1, -2]] {
        let t = arr.view().permuted_axes(&axes).unwrap();
        assert_eq!(t.dims(), [2, 3]);
        assert_eq!(t.to_vec(), tgt);
    }
}

/// test_numeric.py::TestNonarrayArgs::test_swapaxes
#[test]
fn test_swapaxes_nonarray_args() {
    let a = c_array(&[2, 2, 2], arange(8));
    let out = a.view().swap_axes(0, 2).unwrap();
    // [[[0, 4], [2, 6]], [[1, 5], [3, 7]]]
    assert_eq!(out.to_vec(), [0, 4, 2, 6, 1, 5, 3, 7]);
}

/// test_multiarray.py::TestMethods::test_swapaxes
#[test]
fn test_swapaxes() {
    let a = c_array(&[1, 2, 3, 4], arange(24));
    // check exceptions
    for (i, j) in [(-5, 0), (4, 0), (0, -5), (0, 4)] {
        assert!(
            matches!(a.view().swap_axes(i, j), Err(AxisError::OutOfRange { .. })),
            "({i}, {j})"
        );
    }
    // `b` starts as a copy and becomes each result in turn, so later swaps
    // run on non-contiguous input.
    let b_copy = c_array(&[1, 2, 3, 4], arange(24));
    let mut b = b_copy.view().permuted_axes(&[0, 1, 2, 3]).unwrap();
    let norm = |ax: isize| ax.rem_euclid(4) as usize;
    for i in -4..4isize {
        for j in -4..4isize {
            for k in 0..2 {
                let src = if k == 0 {
                    a.view().permuted_axes(&[0, 1, 2, 3]).unwrap()
                } else {
                    b.clone()
                };
                let c = src.clone().swap_axes(i, j).unwrap();
                // check shape
                let mut shape = src.dims();
                shape.swap(norm(i), norm(j));
                assert_eq!(c.dims(), shape, "({i}, {j}, {k})");
                // check array contents: c[idx with i and j swapped] == src[idx]
                let src_dims = src.dims();
                for flat in 0..src.len() {
                    let mut idx = vec![0usize; 4];
                    let mut rest = flat;
                    for ax in (0..4).rev() {
                        idx[ax] = rest % src_dims[ax];
                        rest /= src_dims[ax];
                    }
                    let mut cidx = idx.clone();
                    cidx.swap(norm(i), norm(j));
                    assert_eq!(src[&idx[..]], c[&cidx[..]], "({i}, {j}, {k})");
                }
                // check a view is always returned, gh-5260
                assert_eq!(c.as_ptr(), src.as_ptr(), "({i}, {j}, {k})");
                assert!(!c.flags().owns_data);
                // check on non-contiguous input array
                if k == 1 {
                    b = c;
                }
            }
        }
    }
}

// ---------------------------------------------------------------- flags and contiguous copies

/// Asserts NumPy's (C_CONTIGUOUS, F_CONTIGUOUS) flags.
fn check_contig<S: Shape, L: Layout>(a: &View<'_, i64, S, L>, ccontig: bool, fcontig: bool) {
    let flags = a.flags();
    assert_eq!(
        (flags.c_contiguous, flags.f_contiguous),
        (ccontig, fcontig),
        "dims {:?} strides {:?}",
        a.dims(),
        a.strides()
    );
}

/// test_api.py::test_contiguous_flags
#[test]
fn test_contiguous_flags() {
    // a = np.ones((4, 4, 1))[::2, :, :]: dims (2, 4, 1), strides (8, 1, 1),
    // then as_strided gives the length-1 axis a stride of -123 bytes (not a
    // whole number of elements; -123 elements plays the same role: the
    // stride of a length-1 axis never matters).
    let data = arange(16);
    let a = strided(&data, &[2, 4, 1], &[8, 1, -123], 0);
    // b = np.ones((2, 2, 1, 2, 2)).swapaxes(3, 4): strides (8, 4, 4, 1, 2).
    let b = strided(&data, &[2, 2, 1, 2, 2], &[8, 4, 4, 1, 2], 0);

    // Check if new arrays are correct:
    check_contig(&a, false, false);
    check_contig(&b, false, false);
    let empty = Array::<i64, DynRank>::zeros(DynRank::new(&[2, 2, 0, 2, 2]));
    check_contig(&empty.view(), true, true);
    // np.array([[[1], [2]]], order='F'): dims (1, 2, 1)
    let col = Array::<i64, DynRank, F>::from_shape_vec([1, 2, 1], vec![1, 2]).unwrap();
    check_contig(&col.view(), true, true);
    let c22 = Array::<i64, DynRank>::zeros(DynRank::new(&[2, 2]));
    check_contig(&c22.view(), true, false);
    let f22 = Array::<i64, DynRank, F>::from_shape_vec([2, 2], vec![0; 4]).unwrap();
    check_contig(&f22.view(), false, true);

    // Check that np.array creates correct contiguous flags:
    // np.array(a, copy=None, order='C') is a C copy.
    let copied = a.clone().to_c_contiguous();
    assert!(copied.is_copy());
    check_contig(&copied.view(), true, false);

    // Check slicing update of flags:
    // a[0]: dims (4, 1), strides (1, -123).
    check_contig(&strided(&data, &[4, 1], &[1, -123], 0), true, true);
    // a[None, ::4, ..., None]: dims (1, 1, 4, 1, 1), strides (0, 32, 1, -123, 0).
    check_contig(
        &strided(&data, &[1, 1, 4, 1, 1], &[0, 32, 1, -123, 0], 0),
        true,
        true,
    );
    // b[0, 0, ...]: dims (1, 2, 2), strides (4, 1, 2).
    check_contig(&strided(&data, &[1, 2, 2], &[4, 1, 2], 0), false, true);
    // b[:, :, 0:0, :, :]: dims (2, 2, 0, 2, 2), strides unchanged.
    check_contig(
        &strided(&data, &[2, 2, 0, 2, 2], &[8, 4, 4, 1, 2], 0),
        true,
        true,
    );

    // Test ravel: a.ravel() is a (8,) copy, both C and F.
    check_contig(&a.ravel_order(Order::C).view(), true, true);
}

/// test_regression.py::TestRegression::test_array_scalar_contiguous
#[test]
fn test_array_scalar_contiguous() {
    // Array scalars are both C and Fortran contiguous
    let one = [1i64];
    check_contig(
        &View::<i64, DynRank>::from_slice(&one, []).unwrap(),
        true,
        true,
    );
}

/// test_multiarray.py::TestArrayConstruction::test_array_cont
#[test]
fn test_array_cont() {
    // d = np.ones(10)[::2]: dims (5,), stride 2.
    let data = arange(100);
    let d = strided(&data, &[5], &[2], 0);
    let c = d.clone().to_c_contiguous();
    check_contig(&c.view(), true, true);
    let f = d.to_f_contiguous();
    check_contig(&f.view(), true, true);
    // d = np.ones((10, 10))[::2, ::2]: dims (5, 5), strides (20, 2).
    let d = strided(&data, &[5, 5], &[20, 2], 0);
    assert!(d.clone().to_c_contiguous().flags().c_contiguous);
    assert!(d.to_f_contiguous().flags().f_contiguous);
}

/// test_api.py::test_copy_order
#[test]
fn test_copy_order() {
    // a = np.arange(24).reshape(2, 1, 3, 4)
    let data = arange(24);
    let a = strided(&data, &[2, 1, 3, 4], &[12, 12, 4, 1], 0);
    // b = a.copy(order='F')
    let b_owned = a.to_owned_order(Order::F);
    let b = b_owned.view();
    // c = np.arange(24).reshape(2, 1, 4, 3).swapaxes(2, 3): strides (12, 12, 1, 3).
    let c = strided(&data, &[2, 1, 3, 4], &[12, 12, 1, 3], 0);

    let check_copy_result = |x: &Array<i64, DynRank, Strided>,
                             y: &View<'_, i64, DynRank, Strided>,
                             ccontig: bool,
                             fcontig: bool| {
        assert_ne!(x.view().as_ptr(), y.as_ptr());
        assert_eq!(x.view().to_vec(), y.to_vec());
        assert_eq!(x.flags().c_contiguous, ccontig);
        assert_eq!(x.flags().f_contiguous, fcontig);
    };

    // Validate the initial state of a, b, and c
    check_contig(&a, true, false);
    check_contig(&b, false, true);
    check_contig(&c, false, false);

    // Copy with order='C'
    check_copy_result(&a.to_owned_order(Order::C), &a, true, false);
    check_copy_result(&b.to_owned_order(Order::C), &b, true, false);
    check_copy_result(&c.to_owned_order(Order::C), &c, true, false);
    // Copy with order='F'
    check_copy_result(&a.to_owned_order(Order::F), &a, false, true);
    check_copy_result(&b.to_owned_order(Order::F), &b, false, true);
    check_copy_result(&c.to_owned_order(Order::F), &c, false, true);
    // Copy with order='K'
    check_copy_result(&a.to_owned_order(Order::K), &a, true, false);
    check_copy_result(&b.to_owned_order(Order::K), &b, false, true);
    check_copy_result(&c.to_owned_order(Order::K), &c, false, false);
}

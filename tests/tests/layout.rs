//! Layouts: transposes and axis permutations (`t`, `permuted_axes`,
//! `swap_axes`), NumPy's contiguity flags (`flags`), contiguous conversions
//! (`to_c_contiguous`, `to_f_contiguous`, `try_into_c`, `try_into_f`) and
//! owned copies (`to_owned`, `to_owned_order`, K order included).
//!
//! Expected values come from three sources:
//! * NumPy's own tests, ported to the public API. Each keeps its NumPy name
//!   and says which NumPy test it ports (`file::Class::test`, files under
//!   `numpy/_core/tests/` of NumPy 2.4.6). Expected values are NumPy's, as
//!   its test states them; byte strides are divided by the itemsize, so
//!   strides here count elements. Where NumPy builds an input by slicing,
//!   the input is built with `View::from_parts` from the slice's layout
//!   (worked out in a comment), and `as_strided` is `from_parts` too. Parts
//!   of a NumPy test that exercise Python-only behaviour (subclasses, dtypes,
//!   keyword handling, `ndmin`, `squeeze`) are left out.
//! * a property test against an independent model of NumPy's rules
//!   (`model/mod.rs`, a port of the reference `model.py`) for the strides
//!   of K-order copies and the contiguity flags of a layout and of its
//!   transpose, over wider spaces than the recorded NumPy cases
//!   (`strategies/mod.rs`): rank up to 8, dims 0 to 4, zero and negative
//!   strides, overlapping layouts and arbitrary strides on length-1 axes.
//!   Every element of a test buffer is its own offset (`arange`);
//! * for the flags of plain arrays, owned copies and the conversions that
//!   return a `Result`, the logical (row-major) meaning of the arrays and
//!   NumPy's flag rules, written out by hand.
//!
//! `numpy_conformance.rs` replays the transposes, contiguous conversions and
//! K-order copies NumPy recorded on random layouts.

mod common;
mod model;
mod strategies;

use array_core::{
    Array, AxisError, C, CowArray, DynRank, F, Layout, Order, Shape, Strided, View, array, shape,
};
use common::{arange, c_array, strided};
use proptest::prelude::*;
use strategies::{build, c_axes, layouts};

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

/// Transposes, axis permutations and swaps: always views.
mod transposes {
    use super::*;

    /// Ported from NumPy's test suite:
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

    /// Ported from NumPy's test suite:
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

    /// Ported from NumPy's test suite:
    /// test_numeric.py::TestNonarrayArgs::test_swapaxes
    #[test]
    fn test_swapaxes_nonarray_args() {
        let a = c_array(&[2, 2, 2], arange(8));
        let out = a.view().swap_axes(0, 2).unwrap();
        // [[[0, 4], [2, 6]], [[1, 5], [3, 7]]]
        assert_eq!(out.to_vec(), [0, 4, 2, 6, 1, 5, 3, 7]);
    }

    /// Ported from NumPy's test suite:
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
}

/// Contiguity flags, and views or copies made contiguous.
mod contiguity {
    use super::*;

    #[test]
    fn flags_follow_numpy() {
        let a = array![[1, 2, 3], [4, 5, 6]];
        let fl = a.flags();
        assert!(fl.c_contiguous && !fl.f_contiguous && fl.owns_data && fl.writeable);
        let col = Array::<i32, shape![3, 1]>::zeros_static();
        assert!(col.flags().c_contiguous && col.flags().f_contiguous);
        let empty = Array::<i32, DynRank>::zeros(DynRank::new(&[0, 5]));
        assert!(empty.flags().c_contiguous && empty.flags().f_contiguous);
        let buf = [0; 8];
        let v = View::<i32, DynRank, Strided>::from_parts(&buf, [2, 2], [-2, 1], 2).unwrap();
        let fl = v.flags();
        assert!(!fl.c_contiguous && !fl.f_contiguous && !fl.owns_data && !fl.writeable);
    }

    /// Ported from NumPy's test suite:
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

    /// Ported from NumPy's test suite:
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

    /// Ported from NumPy's test suite:
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

    #[test]
    fn promotion_and_arange_return_results() {
        let a = array![[1, 2], [3, 4]];
        let e = a.t().try_into_c().unwrap_err();
        assert_eq!(
            e.to_string(),
            "strides [1, 2] of shape (2,2) are not C-contiguous, so they cannot form a `C` view"
        );
        assert!(a.t().try_into_f().is_ok());
        assert!(Array::try_arange(0, 4, 0).is_err());
        assert_eq!(Array::try_arange(0, 4, 2).unwrap().as_slice(), &[0, 2]);
    }
}

/// Owned copies, in the layout the type allows or in a given order.
mod copies {
    use super::*;

    #[test]
    fn to_owned_returns_an_array_keeping_the_layout_the_type_allows() {
        let a = array![[1, 2, 3], [4, 5, 6]];
        let c: Array<i32, shape![2, 3], C> = a.view().to_owned();
        assert_eq!(c.as_slice(), a.as_slice());
        assert_ne!(c.as_ptr(), a.as_ptr());
        let f: Array<i32, shape![3, 2], F> = a.t().to_owned();
        assert_eq!(f.as_slice(), &[1, 2, 3, 4, 5, 6]);
        let buf = [1, 2, 3, 4, 5, 6];
        let s = View::<i32, shape![2, 2], Strided>::from_parts(&buf, [2, 2], [3, 2], 0).unwrap();
        let owned: Array<i32, shape![2, 2], C> = s.to_owned();
        assert_eq!(owned.as_slice(), &[1, 3, 4, 6]);
    }

    #[test]
    fn to_owned_on_view_mut_and_cow() {
        let mut a = array![[1, 2], [3, 4]];
        let m = a.view_mut();
        let from_mut: Array<i32, shape![2, 2], C> = m.to_owned();
        assert_eq!(from_mut.as_slice(), &[1, 2, 3, 4]);
        let b = array![[1, 2], [3, 4]];
        let cow: CowArray<'_, i32, shape![2, 2], C> = b.t().to_c_contiguous();
        let from_cow: Array<i32, shape![2, 2], C> = cow.to_owned();
        assert_eq!(from_cow.as_slice(), &[1, 3, 2, 4]);
    }

    /// Ported from NumPy's test suite:
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

    proptest! {
        #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

        /// K-order copies get the model's strides and hold the input's values;
        /// contiguity flags of the input and of its transpose match the model.
        #[test]
        fn copy_k_and_flags_match_the_model(layout in layouts()) {
            let buf: Vec<i64> = (0..layout.buffer_len as i64).collect();
            let view = build(&layout, &buf);
            let strides = layout.strides64();
            let c_values = model::iterate(&layout.dims, &strides, layout.offset as i64, &c_axes(layout.dims.len()));

            let k = view.to_owned_order(Order::K);
            let k_strides: Vec<i64> = k.strides().iter().map(|&s| s as i64).collect();
            prop_assert_eq!(k_strides, model::copy_k_strides(&layout.dims, &strides));
            prop_assert_eq!(k.view().to_vec(), c_values.clone());

            let flags = view.flags();
            prop_assert_eq!(flags.c_contiguous, model::c_contig(&layout.dims, &strides));
            prop_assert_eq!(flags.f_contiguous, model::f_contig(&layout.dims, &strides));
            prop_assert_eq!(
                flags.f_contiguous && !flags.c_contiguous,
                model::is_fortran(&layout.dims, &strides)
            );

            let t = view.clone().t();
            let t_dims: Vec<usize> = layout.dims.iter().rev().copied().collect();
            let t_strides: Vec<i64> = strides.iter().rev().copied().collect();
            let t_flags = t.flags();
            prop_assert_eq!(t_flags.c_contiguous, model::c_contig(&t_dims, &t_strides));
            prop_assert_eq!(t_flags.f_contiguous, model::f_contig(&t_dims, &t_strides));
            prop_assert_eq!(t.buffer_offset(), layout.offset);
            prop_assert_eq!(
                t.to_vec(),
                model::iterate(&t_dims, &t_strides, layout.offset as i64, &c_axes(t_dims.len()))
            );
        }
    }
}

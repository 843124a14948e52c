//! Reshape, ravel and flatten: `reshape`, `reshape_f`, `try_reshape`,
//! `try_reshape_view` and `reshape_with` (orders, copy policies, `-1`
//! targets, errors), `ravel`/`ravel_order` and `flatten`/`flatten_order`:
//! when the result is a view and when a copy, its strides and its values.
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
//! * property tests against an independent model of NumPy's rules
//!   (`model/mod.rs`, a port of the reference `model.py`), over wider spaces
//!   than the recorded NumPy cases (`strategies/mod.rs`): rank up to 8, dims
//!   0 to 4, zero and negative strides, overlapping layouts and arbitrary
//!   strides on length-1 axes, with reshape targets drawn from the element
//!   count (factorisations, permutations of the dims, merges and splits,
//!   `-1`, and invalid ones). Every element of a test buffer is its own
//!   offset (`arange`), so a result's values say exactly which elements it
//!   reads, in which order;
//! * for the reshape methods whose order is in their name, the logical
//!   (row-major) meaning of the arrays, written out by hand.
//!
//! `numpy_conformance.rs` replays the reshapes, ravels and flattens NumPy
//! recorded on random layouts.

mod common;
mod model;
mod strategies;

use array_core::{
    Array, C, CopyPolicy, CowArray, DynRank, F, Layout, Order, ReshapeError, Shape, ShapeError,
    Strided, View, array, shape,
};
use common::{arange, c_array, f_array, strided};
use proptest::prelude::*;
use strategies::{build, c_axes, layouts};

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

fn model_order(order: Order) -> model::Order {
    match order {
        Order::C => model::Order::C,
        Order::F => model::Order::F,
        Order::A => model::Order::A,
        Order::K => model::Order::K,
    }
}

/// Reshapes: views where the strides allow, copies otherwise.
mod reshape {
    use super::*;

    /// Ported from NumPy's test suite:
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

    /// Ported from NumPy's test suite:
    /// test_numeric.py::TestNonarrayArgs::test_reshape
    #[test]
    fn test_reshape_nonarray_args() {
        let arr = c_array(&[4, 3], (1..=12).collect());
        let (dims, values) = dims_and_values(&reshape(arr.view(), &[2, 6], Order::C));
        assert_eq!(dims, [2, 6]);
        assert_eq!(values, (1..=12).collect::<Vec<_>>());
    }

    /// Ported from NumPy's test suite:
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

    /// Ported from NumPy's test suite:
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

    /// Ported from NumPy's test suite:
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

    /// Ported from NumPy's test suite:
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

    /// Ported from NumPy's test suite:
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

    /// Ported from NumPy's test suite:
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

    /// Ported from NumPy's test suite:
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

    #[test]
    fn the_order_is_in_the_name_never_implied_by_the_layout() {
        let a = array![[1, 2, 3], [4, 5, 6]];
        // C order of C data: a view; F order of C data: a copy.
        let c: View<'_, i32, shape![6], C> = a.reshape();
        assert_eq!(c.to_vec(), [1, 2, 3, 4, 5, 6]);
        let f = a.reshape_f::<shape![6]>();
        assert!(f.is_copy());
        assert_eq!(f.to_vec(), [1, 4, 2, 5, 3, 6]);
        // The F array asked for C order copies in C order.
        let fa = f_array();
        let r = fa.reshape::<shape![3, 2]>();
        assert!(r.is_copy());
        assert_eq!(r.to_vec(), [1, 2, 3, 4, 5, 6]);
        let rf: View<'_, i32, shape![3, 2], F> = fa.reshape_f();
        assert_eq!(rf.to_vec(), [1, 5, 4, 3, 2, 6]);
    }

    #[test]
    fn mutable_reshapes_take_mutability_from_the_receiver() {
        let mut a = array![[1, 2, 3], [4, 5, 6]];
        a.view_mut().reshape::<shape![3, 2]>()[[2, 1]] = 60;
        a.view_mut().try_reshape::<DynRank>(&[-1]).unwrap()[[0]] = 10;
        // The F-order flatten of the transpose is the buffer itself.
        a.t_mut().reshape_f::<shape![6]>()[[3]] = 40;
        let mut v = a
            .view_mut()
            .try_reshape_view::<DynRank>(&[3, 2], Order::C)
            .unwrap();
        v[[1, 0]] = 30;
        assert_eq!(a.as_slice(), &[10, 2, 30, 40, 5, 60]);
        let mut r = a.view_mut().ravel();
        r[[1]] = 20;
        assert_eq!(a.as_slice(), &[10, 20, 30, 40, 5, 60]);
    }

    #[test]
    fn try_reshape_view_needs_no_clone_and_takes_an_order() {
        // A type that is not `Clone`.
        struct Token(u8);
        let tokens: Vec<Token> = (0..6).map(Token).collect();
        let v = View::<Token, DynRank, C>::from_slice(&tokens, [2, 3]).unwrap();
        let r = v
            .clone()
            .try_reshape_view::<DynRank>(&[3, 2], Order::C)
            .unwrap();
        assert_eq!(r[[2, 1]].0, 5);
        let t = v.permuted_axes(&[1, 0]).unwrap();
        assert!(
            t.clone()
                .try_reshape_view::<DynRank>(&[6], Order::C)
                .is_err()
        );
        let flat = t.try_reshape_view::<DynRank>(&[6], Order::F).unwrap();
        assert_eq!(flat[[1]].0, 1);
    }

    /// A small deterministic generator for the targets (SplitMix64).
    struct Rng(u64);

    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
            let mut z = self.0;
            z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
            z ^ (z >> 31)
        }

        fn below(&mut self, n: usize) -> usize {
            (self.next() % n as u64) as usize
        }

        fn chance(&mut self, one_in: usize) -> bool {
            self.below(one_in) == 0
        }

        fn shuffle<T>(&mut self, v: &mut [T]) {
            for i in (1..v.len()).rev() {
                v.swap(i, self.below(i + 1));
            }
        }
    }

    fn prime_factors(mut n: usize) -> Vec<usize> {
        let mut out = Vec::new();
        let mut p = 2;
        while p * p <= n {
            while n.is_multiple_of(p) {
                out.push(p);
                n /= p;
            }
            p += 1;
        }
        if n > 1 {
            out.push(n);
        }
        out
    }

    /// Inserts up to two 1s and, one time in four, replaces an entry with -1.
    fn decorate(rng: &mut Rng, mut dims: Vec<isize>) -> Vec<isize> {
        for _ in 0..rng.below(3) {
            let at = rng.below(dims.len() + 1);
            dims.insert(at, 1);
        }
        if !dims.is_empty() && rng.chance(4) {
            let at = rng.below(dims.len());
            dims[at] = -1;
        }
        dims
    }

    /// Reshape targets for an array of these dims.
    fn targets(dims: &[usize], seed: u64) -> Vec<Vec<isize>> {
        let mut rng = Rng(seed);
        let size: usize = dims.iter().product();
        let mut out = Vec::new();
        // A factorisation of the size (for size 0: dims with a zero).
        let factored: Vec<isize> = if size == 0 {
            let mut t: Vec<isize> = (0..1 + rng.below(3))
                .map(|_| rng.below(5) as isize)
                .collect();
            let zero_at = rng.below(t.len());
            t[zero_at] = 0;
            t
        } else {
            let mut fs = prime_factors(size);
            rng.shuffle(&mut fs);
            let groups = 1 + rng.below(fs.len().max(1));
            let mut t = vec![1isize; groups];
            for f in fs {
                t[rng.below(groups)] *= f as isize;
            }
            t
        };
        out.push(decorate(&mut rng, factored));
        // A permutation of the dims, length-1 axes dropped or kept.
        let mut permuted: Vec<isize> = dims
            .iter()
            .filter(|&&d| d != 1 || rng.chance(2))
            .map(|&d| d as isize)
            .collect();
        rng.shuffle(&mut permuted);
        out.push(decorate(&mut rng, permuted));
        // Neighbouring dims merged or split: the targets that can be views.
        let mut merged = Vec::new();
        let mut i = 0;
        while i < dims.len() {
            if i + 1 < dims.len() && rng.chance(3) {
                merged.push((dims[i] * dims[i + 1]) as isize);
                i += 2;
                continue;
            }
            let fs = prime_factors(dims[i]);
            if fs.len() > 1 && rng.chance(2) {
                let cut = 1 + rng.below(fs.len() - 1);
                merged.push(fs[..cut].iter().product::<usize>() as isize);
                merged.push(fs[cut..].iter().product::<usize>() as isize);
            } else {
                merged.push(dims[i] as isize);
            }
            i += 1;
        }
        out.push(decorate(&mut rng, merged));
        // The dims themselves (the identical-shape rule) and the flattening.
        out.push(dims.iter().map(|&d| d as isize).collect());
        out.push(vec![-1]);
        // Invalid targets.
        if rng.chance(4) {
            out.push(match rng.below(3) {
                0 => vec![size as isize + 1],
                1 => vec![-1, -1],
                _ => vec![0, -1],
            });
        }
        out
    }

    /// The model's error, in the library's terms.
    fn same_error(model: model::ReshapeError, lib: &ReshapeError) -> bool {
        matches!(
            (model, lib),
            (
                model::ReshapeError::MoreThanOneUnknown,
                ReshapeError::Shape(ShapeError::MultipleUnknown { .. })
            ) | (
                model::ReshapeError::SizeMismatch,
                ReshapeError::Shape(ShapeError::SizeMismatch { .. })
            ) | (model::ReshapeError::OrderK, ReshapeError::OrderK)
        )
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

        /// reshape in orders C, F, A (and the K refusal): the same view-or-copy
        /// decision, dims, strides, offset and values as the model.
        #[test]
        fn reshape_matches_the_model(layout in layouts(), seed in any::<u64>()) {
            let buf: Vec<i64> = (0..layout.buffer_len as i64).collect();
            let view = build(&layout, &buf);
            let strides = layout.strides64();
            let offset = layout.offset as i64;
            for target in targets(&layout.dims, seed) {
                let target64: Vec<i64> = target.iter().map(|&t| t as i64).collect();
                for order in [Order::C, Order::F, Order::A, Order::K] {
                    let expected = model::reshape(&layout.dims, &strides, &target64, model_order(order));
                    let got = view
                        .clone()
                        .reshape_with::<DynRank>(&target, order, CopyPolicy::IfNeeded);
                    let ctx = format!("target {target:?} order {order:?}");
                    match (expected, got) {
                        (Err(e), Err(g)) => prop_assert!(same_error(e, &g), "{ctx}: model {e:?}, library {g}"),
                        (Err(e), Ok(_)) => prop_assert!(false, "{ctx}: model {e:?}, library succeeded"),
                        (Ok(m), Err(g)) => prop_assert!(false, "{ctx}: model {m:?}, library {g}"),
                        (Ok(m), Ok(r)) => {
                            prop_assert_eq!(r.is_view(), m.view, "{}: view", ctx);
                            prop_assert_eq!(r.dims(), m.shape.clone(), "{}: dims", ctx);
                            let r_strides: Vec<i64> = r.strides().iter().map(|&s| s as i64).collect();
                            prop_assert_eq!(&r_strides, &m.strides, "{}: strides", ctx);
                            let values = if m.view {
                                if let array_core::CowArray::View(v) = &r {
                                    prop_assert_eq!(v.buffer_offset(), layout.offset, "{}: offset", ctx);
                                }
                                model::iterate(&m.shape, &m.strides, offset, &c_axes(m.shape.len()))
                            } else {
                                model::copy_values_in_c(&layout.dims, &strides, offset, &m.shape, m.order)
                            };
                            prop_assert_eq!(r.view().to_vec(), values, "{}: values", ctx);
                        }
                    }
                }
            }
        }
    }
}

/// Ravel (a view when it can be) and flatten (always a copy).
mod ravel_and_flatten {
    use super::*;

    /// Ravels `a` in `order`: (is a view of `buf`, the values).
    fn ravel<L: Layout>(
        a: View<'_, i64, DynRank, L>,
        order: Order,
        buf: &[i64],
    ) -> (bool, Vec<i64>) {
        let r = a.ravel_order(order);
        (is_view_of(&r, buf), r.view().to_vec())
    }

    /// Ported from NumPy's test suite:
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

    /// Ported from NumPy's test suite:
    /// test_numeric.py::TestNonarrayArgs::test_ravel
    #[test]
    fn test_ravel_nonarray_args() {
        let a = c_array(&[4, 3], (1..=12).collect());
        assert_eq!(
            a.view().ravel_order(Order::C).view().to_vec(),
            (1..=12).collect::<Vec<_>>()
        );
    }

    /// Ported from NumPy's test suite:
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

    /// Ported from NumPy's test suite:
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

    #[test]
    fn orders_resolve_like_numpy() {
        let a = array![[1, 2], [3, 4]];
        // 'A' on an F array means F; on a C array, C.
        assert_eq!(a.t().flatten_order(Order::A).as_slice(), &[1, 2, 3, 4]);
        assert_eq!(a.view().flatten_order(Order::A).as_slice(), &[1, 2, 3, 4]);
        assert_eq!(a.view().flatten_order(Order::F).as_slice(), &[1, 3, 2, 4]);
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

        /// ravel in every order: the same view-or-copy decision, stride and
        /// element order (K: NpyIter's keep-order, negative strides not flipped).
        #[test]
        fn ravel_matches_the_model(layout in layouts()) {
            let buf: Vec<i64> = (0..layout.buffer_len as i64).collect();
            let view = build(&layout, &buf);
            let strides = layout.strides64();
            for order in [Order::C, Order::F, Order::A, Order::K] {
                let m = model::ravel(&layout.dims, &strides, model_order(order));
                let r = view.clone().ravel_order(order);
                prop_assert_eq!(r.is_view(), m.view, "{:?}: view", order);
                let r_strides: Vec<i64> = r.strides().iter().map(|&s| s as i64).collect();
                prop_assert_eq!(r_strides, m.strides, "{:?}: strides", order);
                let values = model::ravel_values(&layout.dims, &strides, layout.offset as i64, model_order(order));
                prop_assert_eq!(r.view().to_vec(), values.clone(), "{:?}: values", order);
                // flatten copies the same elements in the same order.
                let flat = view.flatten_order(order);
                prop_assert_eq!(flat.as_slice().to_vec(), values, "{:?}: flatten", order);
            }
        }
    }
}

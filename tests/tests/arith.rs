//! Elementwise arithmetic: compound assignment, allocating operators,
//! `out=` functions, `assign`/`fill` and `Zip`, with operands of every kind
//! (arrays, views, mutable views, `CowArray`s, strided views, scalars),
//! checked against NumPy's broadcasting rule (numpy-rules §11) and its
//! error messages, and against a naive nested-loop reference on random
//! strided views.

use array_core::{
    Array, AxisClash, BroadcastCall, BroadcastError, C, Const, Dyn, DynRank, F, ShapeError,
    Strided, View, ViewMut, Zip, arith, array, shape,
};
use proptest::prelude::*;
use std::num::Wrapping;

fn dyn_array(dims: &[usize], data: Vec<i64>) -> Array<i64, DynRank> {
    Array::from_shape_vec(dims, data).unwrap()
}

/// Compound assignment (`+=` and friends, and their `try_` forms).
mod compound_assignment {
    use super::*;

    #[test]
    fn add_assign_broadcasts_a_row_and_a_column() {
        let mut a = array![[1, 2, 3], [4, 5, 6]];
        a += &array![10, 20, 30]; // (2,3) += (3,): the row repeats down axis 0
        assert_eq!(a.as_slice(), &[11, 22, 33, 14, 25, 36]);
        let col = Array::<i32, shape![2, 1]>::from_shape_vec([2, 1], vec![1, 2]).unwrap();
        a -= &col; // (2,3) -= (2,1): the column repeats along axis 1
        assert_eq!(a.as_slice(), &[10, 21, 32, 12, 23, 34]);
        a *= 2;
        a /= 2;
        assert_eq!(a.as_slice(), &[10, 21, 32, 12, 23, 34]);
    }

    /// Operands that cross the output (transposed) and whose column would
    /// leave the cache are walked in tiles (256 rows by one cache line of
    /// the output, 8 `i64`s) once a run is longer than a tile and there is
    /// more than one row. Here the crossing
    /// operand steps 8192 `i64`s (64 KiB) along the output's rows, which
    /// maps its whole column to one cache set. Every element still meets
    /// exactly its own partner, in the ragged tiles at the edges too, and
    /// with a reversed operand (negative stride) as well.
    #[test]
    fn crossing_operands_walked_in_tiles() {
        const P: usize = 8192;
        let at = |k: usize| ((k / P) * 1000 + k % P) as i64; // column * 1000 + row
        for (rows, cols) in [(70, 37), (300, 17), (2, 100), (130, 16), (1, 40)] {
            let buf: Vec<i64> = (0..cols * P).map(at).collect();
            let forward =
                View::<i64, DynRank, Strided>::from_parts(&buf, [rows, cols], [1, P as isize], 0)
                    .unwrap();
            let reversed = View::<i64, DynRank, Strided>::from_parts(
                &buf,
                [rows, cols],
                [1, -(P as isize)],
                (cols - 1) * P,
            )
            .unwrap();
            let start = |r: usize, c: usize| (r * 7 + c * 3) as i64;
            for (b, col_of) in [
                (forward, &(|c| c) as &dyn Fn(usize) -> usize),
                (reversed, &|c| cols - 1 - c),
            ] {
                let expect = |f: &dyn Fn(i64, i64) -> i64| -> Vec<i64> {
                    (0..rows * cols)
                        .map(|k| {
                            let (r, c) = (k / cols, k % cols);
                            f(start(r, c), (col_of(c) * 1000 + r) as i64)
                        })
                        .collect()
                };
                let x = Array::<i64, DynRank>::from_fn(DynRank::new(&[rows, cols]), |ix| {
                    start(ix[0], ix[1])
                });
                let mut a = x.clone();
                a += &b;
                assert_eq!(a.as_slice(), expect(&|x, y| x + y), "{rows} x {cols}");
                a.assign(b.clone());
                assert_eq!(a.as_slice(), expect(&|_, y| y));
                arith::sub(&x, b.clone(), &mut a).unwrap();
                assert_eq!(a.as_slice(), expect(&|x, y| x - y));
                // The allocating kernel builds its buffer in order, never in tiles.
                let d = &x - &b;
                assert_eq!(d.as_slice(), expect(&|x, y| x - y));
            }
            // A reduction into an accumulator: axis 0 of two stacked
            // crossing slabs.
            let stacked: Vec<i64> = (0..2 * cols * P)
                .map(|k| (k / (cols * P)) as i64 * 1_000_000 + at(k % (cols * P)))
                .collect();
            let stack = View::<i64, DynRank, Strided>::from_parts(
                &stacked,
                [2, rows, cols],
                [(cols * P) as isize, 1, P as isize],
                0,
            )
            .unwrap();
            let sums = stack.sum_axis(0).unwrap();
            let want: Vec<i64> = (0..rows * cols)
                .map(|k| 2 * ((k % cols) * 1000 + k / cols) as i64 + 1_000_000)
                .collect();
            assert_eq!(sums.as_slice(), want);
        }
    }

    #[test]
    fn every_right_operand_kind() {
        let b = array![[1.0, 2.0], [3.0, 4.0]];
        let mut a = array![[0.0, 0.0], [0.0, 0.0]];
        a += &b; // &Array
        a += &b.view(); // &View
        a -= &b.t(); // &View, F-ordered: b transposed is [[1,3],[2,4]]
        let mut c = b.clone();
        a *= &c.view_mut(); // &ViewMut
        // a = (2b - b.T) * b elementwise.
        assert_eq!(a.as_slice(), &[1.0, 2.0, 12.0, 16.0]);
        c /= 2.0;
        assert_eq!(c.as_slice(), &[0.5, 1.0, 1.5, 2.0]);
    }

    #[test]
    fn compound_on_mutable_views_writes_through_their_layout() {
        let mut a = array![[1, 2, 3], [4, 5, 6]];
        {
            let mut t = a.t_mut(); // 3x2, F-ordered over a's buffer
            t += &array![100, 200]; // row of length 2 broadcast to (3,2)
            t *= 2;
        }
        // t[i][j] = a[j][i], so a[j][i] += (100, 200)[j], then doubles.
        assert_eq!(a.as_slice(), &[202, 204, 206, 408, 410, 412]);

        // A reversed, every-other-element view: elements 4, 2, 0 of the buffer.
        let mut buf = [0, 1, 2, 3, 4, 5];
        let mut m = ViewMut::<i32, shape![3], Strided>::from_parts(&mut buf, [3], [-2], 4).unwrap();
        m += &array![10, 20, 30];
        assert_eq!(buf, [30, 1, 22, 3, 14, 5]);
    }

    #[test]
    fn compound_reads_strided_right_operands() {
        let mut a = Array::<i64, shape![2, 3]>::zeros_static();
        // Buffer 0..12; a 2x3 window with row stride -6 and column stride 2,
        // starting at element 7: rows [7, 9, 11] and [1, 3, 5].
        let buf: Vec<i64> = (0..12).collect();
        let v = View::<i64, shape![2, 3], Strided>::from_parts(&buf, [2, 3], [-6, 2], 7).unwrap();
        a += &v;
        assert_eq!(a.as_slice(), &[7, 9, 11, 1, 3, 5]);
        // Stride 0: one element repeated is a broadcast in all but name.
        let z = View::<i64, shape![2, 3], Strided>::from_parts(&buf, [2, 3], [0, 0], 10).unwrap();
        a -= &z;
        assert_eq!(a.as_slice(), &[-3, -1, 1, -9, -7, -5]);
    }

    #[test]
    fn compound_errors_use_numpys_words() {
        let mut a = dyn_array(&[2, 3], vec![0; 6]);
        let e = a.try_add_assign(&dyn_array(&[4], vec![1; 4])).unwrap_err();
        assert_eq!(
            e.to_string(),
            "operands could not be broadcast together with shapes (2,3) (4,)"
        );
        assert_eq!(
            e,
            BroadcastError::Operands {
                shapes: vec![vec![2, 3], vec![4]],
                // Aligned on the right, the last axis has 3 against 4.
                clash: AxisClash {
                    axis: 1,
                    lengths: (3, 4)
                },
                call: BroadcastCall::Elementwise,
            }
        );
        // The operands broadcast, but to a shape larger than the left side.
        let mut r = dyn_array(&[3], vec![0; 3]);
        let e = r
            .try_mul_assign(&dyn_array(&[2, 3], vec![1; 6]))
            .unwrap_err();
        assert_eq!(
            e.to_string(),
            "non-broadcastable output operand with shape (3,) doesn't match the broadcast shape (2,3)"
        );
        // A leading length-1 axis still grows the broadcast shape (NumPy: `x += y`
        // with x (3,) and y (1,3) raises the same error).
        let e = r
            .try_sub_assign(&dyn_array(&[1, 3], vec![1; 3]))
            .unwrap_err();
        assert_eq!(
            e,
            BroadcastError::ToShape {
                from: vec![1, 3],
                to: vec![3],
                // The broadcast shape has more axes than the output: no
                // single axis clashes.
                clash: None,
                call: BroadcastCall::Output,
            }
        );
        // Nothing was written by the failed calls.
        assert_eq!(a.as_slice(), &[0; 6]);
        assert_eq!(r.as_slice(), &[0; 3]);
    }

    #[test]
    #[should_panic(expected = "operands could not be broadcast together with shapes (2,3) (4,)")]
    fn add_assign_operator_panics_with_the_shapes() {
        let mut a = dyn_array(&[2, 3], vec![0; 6]);
        a += &dyn_array(&[4], vec![0; 4]);
    }

    #[test]
    #[should_panic(
        expected = "non-broadcastable output operand with shape (3,) doesn't match the broadcast shape (2,3)"
    )]
    fn div_assign_on_a_view_panics_when_the_output_would_grow() {
        let mut a = dyn_array(&[3], vec![1; 3]);
        let mut m = a.view_mut();
        m /= &dyn_array(&[2, 3], vec![1; 6]);
    }

    #[test]
    fn zero_size_and_rank_zero_operands() {
        // (0,3) += (3,): nothing to do, no error.
        let mut e = dyn_array(&[0, 3], vec![]);
        e += &dyn_array(&[3], vec![1, 2, 3]);
        assert!(e.is_empty());
        // (2,0) += (1,): a length-1 axis stretches to 0.
        let mut e = dyn_array(&[2, 0], vec![]);
        assert!(e.try_add_assign(&dyn_array(&[1], vec![5])).is_ok());
        // (2,0) += (2,): 0 against 2 does not broadcast.
        let err = e.try_add_assign(&dyn_array(&[2], vec![5, 6])).unwrap_err();
        assert_eq!(
            err.to_string(),
            "operands could not be broadcast together with shapes (2,0) (2,)"
        );
        // A rank-0 array broadcasts to anything; a rank-0 output takes only rank 0.
        let mut a = array![1, 2, 3];
        let s = Array::<i64, ()>::full((), 10);
        let mut a64 = dyn_array(&[3], vec![1, 2, 3]);
        a64 += &s;
        assert_eq!(a64.as_slice(), &[11, 12, 13]);
        let mut s2 = Array::<i64, ()>::full((), 1);
        s2 += &s;
        assert_eq!(s2.as_slice(), &[11]);
        let err = s2.try_add_assign(&a64).unwrap_err();
        assert_eq!(
            err.to_string(),
            "non-broadcastable output operand with shape () doesn't match the broadcast shape (3,)"
        );
        a += 1;
        assert_eq!(a.as_slice(), &[2, 3, 4]);
    }

    #[test]
    fn any_element_type_with_the_std_trait() {
        // String += &str: not Copy, not a number.
        let mut s =
            Array::<String, shape![2]>::from_shape_vec([2], vec!["a".into(), "b".into()]).unwrap();
        let suffix = array!["x", "y"];
        s += &suffix;
        assert_eq!(s.as_slice(), &["ax".to_string(), "by".to_string()]);
        // Wrapping arithmetic wraps, as its `AddAssign` says.
        let mut w = array![Wrapping(250u8), Wrapping(1u8)];
        w += &array![Wrapping(10u8), Wrapping(10u8)];
        assert_eq!(w.as_slice(), &[Wrapping(4u8), Wrapping(11u8)]);
        // Mixed element types when the trait allows: f64 += &f64 references.
        let mut f = array![1.0f64, 2.0];
        let refs = [0.5f64, 0.25];
        let r = array![&refs[0], &refs[1]];
        f -= &r;
        assert_eq!(f.as_slice(), &[0.5, 1.75]);
    }
}

/// Allocating arithmetic: binary operators and the `try_` functions.
// The operators taking their operands by reference are under test here,
// also where the operands are views, which have by-value operators too.
#[allow(clippy::op_ref)]
mod allocating {
    use super::*;

    #[test]
    fn binary_results_keep_the_shared_shape_type() {
        let a = array![[1, 2, 3], [4, 5, 6]];
        let b = array![[6, 5, 4], [3, 2, 1]];
        let s: Array<i32, shape![2, 3], C> = &a + &b;
        assert_eq!(s.as_slice(), &[7; 6]);
        let d: Array<i32, shape![2, 3]> = &a - &b;
        assert_eq!(d.as_slice(), &[-5, -3, -1, 1, 3, 5]);
        let p: Array<i32, shape![2, 3]> = &a * &b.view();
        assert_eq!(p.as_slice(), &[6, 10, 12, 12, 10, 6]);
        let q: Array<i32, shape![2, 3]> = &b / &a;
        assert_eq!(q.as_slice(), &[6, 2, 1, 0, 0, 0]);
        // Transposed operands: the result is C-ordered in logical order.
        let t: Array<i32, shape![3, 2]> = &a.t() + &b.t();
        assert_eq!(t.as_slice(), &[7; 6]);
        let u: Array<i32, shape![3, 2]> = &a.t() * &a.t();
        assert_eq!(u.as_slice(), &[1, 16, 4, 25, 9, 36]);
    }

    #[test]
    fn binary_results_broadcast_by_numpys_rule() {
        // np.broadcast_shapes((8,1,6,1), (7,1,5)) == (8,7,6,5)
        let a = Array::<i64, DynRank>::from_fn(DynRank::new(&[8, 1, 6, 1]), |ix| {
            (100 * ix[0] + ix[2]) as i64
        });
        let b = Array::<i64, DynRank>::from_fn(DynRank::new(&[7, 1, 5]), |ix| {
            (1000 * ix[0] + 10 * ix[2]) as i64
        });
        let r = &a + &b;
        assert_eq!(r.dims(), [8, 7, 6, 5]);
        for i in 0..8 {
            for j in 0..7 {
                for k in 0..6 {
                    for l in 0..5 {
                        let want = (100 * i + k + 1000 * j + 10 * l) as i64;
                        assert_eq!(r[&[i, j, k, l][..]], want);
                    }
                }
            }
        }
        // Mixed shape types: the leading axis of the longer shape is kept, an
        // aligned `Const` and `Dyn` pair gives `Dyn`.
        let m = array![[1, 2, 3], [4, 5, 6]];
        let col = Array::<i32, shape![2, _]>::from_shape_vec([2, 1], vec![10, 20]).unwrap();
        let r: Array<i32, shape![2, _]> = &m + &col;
        assert_eq!(r.as_slice(), &[11, 12, 13, 24, 25, 26]);
        let z = Array::<i32, shape![4, _, 3]>::from_fn((Const, Dyn(1), Const), |[i, _, _]| {
            100 * i as i32
        });
        let r: Array<i32, shape![4, _, 3]> = &z + &m; // (4,1,3) + (2,3) = (4,2,3)
        assert_eq!(r.dims(), [4, 2, 3]);
        assert_eq!(&r.as_slice()[18..], &[301, 302, 303, 304, 305, 306]);
    }

    #[test]
    fn scalars_on_either_side() {
        let a = array![[1.0, 2.0], [4.0, 8.0]];
        assert_eq!((&a + 1.0).as_slice(), &[2.0, 3.0, 5.0, 9.0]);
        assert_eq!((&a - 1.0).as_slice(), &[0.0, 1.0, 3.0, 7.0]);
        assert_eq!((&a.t() * 2.0).as_slice(), &[2.0, 8.0, 4.0, 16.0]);
        assert_eq!((&a / 2.0).as_slice(), &[0.5, 1.0, 2.0, 4.0]);
        assert_eq!((8.0_f64 / &a).as_slice(), &[8.0, 4.0, 2.0, 1.0]);
        assert_eq!((10.0_f64 - &a.view()).as_slice(), &[9.0, 8.0, 6.0, 2.0]);
        assert_eq!((3_i32 * &array![1, 2]).as_slice(), &[3, 6]);
        let mut m = array![1u8, 2];
        assert_eq!((1u8 + &m.view_mut()).as_slice(), &[2, 3]);
        m += 1;
        assert_eq!(m.as_slice(), &[2, 3]);
    }

    #[test]
    fn try_functions_return_the_error() {
        let a = dyn_array(&[2, 3], vec![0; 6]);
        let b = dyn_array(&[2], vec![0; 2]);
        let e = arith::try_add(&a, &b).unwrap_err();
        assert_eq!(
            e.to_string(),
            "operands could not be broadcast together with shapes (2,3) (2,)"
        );
        assert!(arith::try_div(&b, &a).is_err());
        // (1,) with (0,) broadcasts to (0,).
        let z = arith::try_mul(&dyn_array(&[1], vec![3]), &dyn_array(&[0], vec![])).unwrap();
        assert_eq!(z.dims(), [0]);
        // Two zero-stride views whose broadcast shape has 2^80 elements.
        let one = [1u8];
        let x = View::<u8, DynRank, Strided>::from_parts(&one, [1 << 40], [0], 0).unwrap();
        let y = View::<u8, DynRank, Strided>::from_parts(&one, [1 << 40, 1], [0, 0], 0).unwrap();
        let e = arith::try_sub(x, y).unwrap_err();
        assert_eq!(
            e,
            BroadcastError::Shape(ShapeError::TooBig {
                dims: vec![1 << 40, 1 << 40]
            })
        );
    }

    #[test]
    fn zero_stride_operands_repeat_one_element() {
        let buf = [5, 7];
        // Every element of `z` is buf[1]; `w` repeats buf[0] down its rows.
        let z = View::<i32, shape![2, 3], Strided>::from_parts(&buf, [2, 3], [0, 0], 1).unwrap();
        let w = View::<i32, shape![2, 3], Strided>::from_parts(&buf, [2, 3], [1, 0], 0).unwrap();
        assert_eq!((&z + 1).as_slice(), &[8; 6]);
        assert_eq!((&z * &w).as_slice(), &[35, 35, 35, 49, 49, 49]);
        let mut out = Array::<i32, shape![2, 3]>::zeros_static();
        arith::sub(z, w, &mut out).unwrap();
        assert_eq!(out.as_slice(), &[2, 2, 2, 0, 0, 0]);
    }

    #[test]
    #[should_panic(expected = "operands could not be broadcast together with shapes (2,3) (3,2)")]
    fn binary_operator_panics_with_the_shapes() {
        let a = dyn_array(&[2, 3], vec![0; 6]);
        let b = dyn_array(&[3, 2], vec![0; 6]);
        let _ = &a * &b;
    }

    #[test]
    fn operators_accept_cow_operands() {
        let a = array![[1, 2], [3, 4]];
        let b = array![[10i32, 30], [20, 40]];
        let cow = b.t().to_c_contiguous(); // [[10, 20], [30, 40]]
        assert_eq!((&a + &cow).as_slice(), &[11, 22, 33, 44]);
        assert_eq!((&cow - &a).as_slice(), &[9, 18, 27, 36]);
        assert_eq!((&cow * 2).as_slice(), &[20, 40, 60, 80]);
        assert_eq!((2i32 * &cow).as_slice(), &[20, 40, 60, 80]);
        let mut c = a.clone();
        c += &cow;
        assert_eq!(c.as_slice(), &[11, 22, 33, 44]);
    }
}

/// `out=` functions, `assign`, `fill` and `Zip`.
mod out_assign_zip {
    use super::*;

    #[test]
    fn ufuncs_write_into_any_output_layout() {
        let a = array![[1, 2, 3], [4, 5, 6]];
        let row = array![10, 20, 30];
        let mut out = Array::<i32, shape![2, 3], F>::zeros_static();
        arith::add(&a, &row, &mut out).unwrap();
        // F order in memory: columns first.
        assert_eq!(out.as_slice(), &[11, 14, 22, 25, 33, 36]);
        arith::sub(a.view(), &row, &mut out).unwrap();
        assert_eq!(out.view().to_vec(), [-9, -18, -27, -6, -15, -24]);
        let mut t = Array::<i32, shape![3, 2]>::zeros_static();
        arith::mul(&a, &a, t.t_mut()).unwrap();
        assert_eq!(t.as_slice(), &[1, 16, 4, 25, 9, 36]);
        // The output may be larger than both inputs (they broadcast to it).
        let mut big = dyn_array(&[2, 3], vec![0; 6]);
        arith::div(
            &dyn_array(&[3], vec![6, 8, 10]),
            &dyn_array(&[1], vec![2]),
            &mut big,
        )
        .unwrap();
        assert_eq!(big.as_slice(), &[3, 4, 5, 3, 4, 5]);
    }

    #[test]
    fn ufunc_errors_list_every_operand() {
        let a = dyn_array(&[2, 3], vec![0; 6]);
        let mut out = dyn_array(&[2, 2], vec![7; 4]);
        let e = arith::add(&a, &a, &mut out).unwrap_err();
        // NumPy: np.add(a, a, out=np.zeros((2,2))).
        assert_eq!(
            e.to_string(),
            "operands could not be broadcast together with shapes (2,3) (2,3) (2,2)"
        );
        let e = arith::add(&a, &dyn_array(&[4], vec![0; 4]), &mut out).unwrap_err();
        assert_eq!(
            e.to_string(),
            "operands could not be broadcast together with shapes (2,3) (4,) (2,2)"
        );
        let mut row = dyn_array(&[1, 3], vec![7; 3]);
        let e = arith::mul(&a, &dyn_array(&[3], vec![0; 3]), &mut row).unwrap_err();
        assert_eq!(
            e.to_string(),
            "non-broadcastable output operand with shape (1,3) doesn't match the broadcast shape (2,3)"
        );
        assert_eq!(out.as_slice(), &[7; 4]);
        assert_eq!(row.as_slice(), &[7; 3]);
    }

    #[test]
    fn assign_follows_copyto() {
        let mut a = dyn_array(&[2, 3], vec![0; 6]);
        a.assign(&dyn_array(&[2, 1], vec![1, 2]));
        assert_eq!(a.as_slice(), &[1, 1, 1, 2, 2, 2]);
        // Leading length-1 axes of the source may go (np.copyto allows it).
        let mut r = dyn_array(&[3], vec![0; 3]);
        r.assign(&dyn_array(&[1, 1, 3], vec![4, 5, 6]));
        assert_eq!(r.as_slice(), &[4, 5, 6]);
        let e = r.try_assign(&dyn_array(&[2, 3], vec![0; 6])).unwrap_err();
        assert_eq!(
            e.to_string(),
            "could not broadcast input array from shape (2,3) into shape (3,)"
        );
        let e = a
            .view_mut()
            .try_assign(&dyn_array(&[4], vec![0; 4]))
            .unwrap_err();
        assert_eq!(
            e,
            BroadcastError::ToShape {
                from: vec![4],
                to: vec![2, 3],
                // (4,) aligned on the right of (2, 3): axis 1 has 4 against 3.
                clash: Some(AxisClash {
                    axis: 1,
                    lengths: (4, 3)
                }),
                call: BroadcastCall::Assign,
            }
        );
        a.fill(9);
        assert_eq!(a.as_slice(), &[9; 6]);
    }

    #[test]
    #[should_panic(expected = "could not broadcast input array from shape (4,) into shape (2,3)")]
    fn assign_panics_with_the_shapes() {
        let mut a = dyn_array(&[2, 3], vec![0; 6]);
        a.assign(&dyn_array(&[4], vec![0; 4]));
    }

    #[test]
    fn zip_walks_inputs_with_the_output() {
        let mut out = Array::<f64, shape![2, 2], F>::zeros_static();
        let x = array![[1.0, 2.0], [3.0, 4.0]];
        let y = array![0.5, 0.25];
        Zip::from(&mut out)
            .and(&x)
            .and(&y)
            .for_each(|o, x, y| *o = x * y);
        assert_eq!(out.view().to_vec(), [0.5, 0.5, 1.5, 1.0]);
        let e = Zip::from(&mut out)
            .try_and(&array![1.0, 2.0, 3.0])
            .err()
            .unwrap();
        assert_eq!(
            e.to_string(),
            "operands could not be broadcast together with shapes (2,2) (3,)"
        );
    }
}

/// Property test: random strided views against a nested-loop reference.
mod strided_operands {
    use super::*;

    /// A random layout of `dims`: axes stacked in a random order with random
    /// gaps and signs, never overlapping. Returns (strides, offset, buffer len).
    fn layout(
        dims: &[usize],
        order: &[usize],
        gaps: &[isize],
        negative: &[bool],
    ) -> (Vec<isize>, usize, usize) {
        let mut strides = vec![0isize; dims.len()];
        let mut run = 1isize;
        for &ax in order {
            strides[ax] = if negative[ax] { -run } else { run };
            run = run * dims[ax].max(1) as isize + gaps[ax];
        }
        let offset: isize = dims
            .iter()
            .zip(&strides)
            .filter(|&(_, &s)| s < 0)
            .map(|(&d, &s)| -s * (d.max(1) as isize - 1))
            .sum();
        (strides, offset as usize, run as usize + offset as usize + 1)
    }

    #[derive(Debug, Clone)]
    struct Case {
        out_dims: Vec<usize>,
        out_order: Vec<usize>,
        out_gaps: Vec<isize>,
        out_neg: Vec<bool>,
        rhs_dims: Vec<usize>,
        rhs_order: Vec<usize>,
        rhs_gaps: Vec<isize>,
        rhs_neg: Vec<bool>,
    }

    fn axis_layout(rank: usize) -> impl Strategy<Value = (Vec<usize>, Vec<isize>, Vec<bool>)> {
        (
            Just((0..rank).collect::<Vec<_>>()).prop_shuffle(),
            prop::collection::vec(0isize..3, rank),
            prop::collection::vec(any::<bool>(), rank),
        )
    }

    fn case() -> impl Strategy<Value = Case> {
        // Mostly short axes; now and then one longer than a tile's 16
        // columns, so that crossing operands are walked in tiles.
        let len = prop_oneof![6 => 0usize..5, 1 => 17usize..40];
        prop::collection::vec(len, 0..=3)
            .prop_flat_map(|out_dims| {
                let rank = out_dims.len();
                // The right side keeps some trailing axes; each is kept, set to 1,
                // or replaced by a random length (which may not broadcast).
                let rhs = (0..=rank)
                    .prop_flat_map(move |keep| prop::collection::vec((0u8..4, 0usize..5), keep));
                (Just(out_dims), axis_layout(rank), rhs)
            })
            .prop_flat_map(|(out_dims, (out_order, out_gaps, out_neg), choices)| {
                let lead = out_dims.len() - choices.len();
                let rhs_dims: Vec<usize> = choices
                    .iter()
                    .enumerate()
                    .map(|(i, &(c, r))| match c {
                        0 | 1 => out_dims[lead + i],
                        2 => 1,
                        _ => r,
                    })
                    .collect();
                let r = rhs_dims.len();
                (
                    Just((out_dims, out_order, out_gaps, out_neg, rhs_dims)),
                    axis_layout(r),
                )
            })
            .prop_map(
                |(
                    (out_dims, out_order, out_gaps, out_neg, rhs_dims),
                    (rhs_order, rhs_gaps, rhs_neg),
                )| {
                    Case {
                        out_dims,
                        out_order,
                        out_gaps,
                        out_neg,
                        rhs_dims,
                        rhs_order,
                        rhs_gaps,
                        rhs_neg,
                    }
                },
            )
    }

    /// Every multi-index of `dims`, in row-major order.
    fn indices(dims: &[usize]) -> Vec<Vec<usize>> {
        let mut out = Vec::new();
        if dims.contains(&0) {
            return out;
        }
        let mut ix = vec![0; dims.len()];
        loop {
            out.push(ix.clone());
            let mut k = dims.len();
            loop {
                if k == 0 {
                    return out;
                }
                k -= 1;
                ix[k] += 1;
                if ix[k] < dims[k] {
                    break;
                }
                ix[k] = 0;
            }
        }
    }

    /// NumPy's rule written out directly: aligned on the right, equal or 1.
    fn naive_broadcast(a: &[usize], b: &[usize]) -> Option<Vec<usize>> {
        let n = a.len().max(b.len());
        (0..n)
            .map(|i| {
                let da = if i + a.len() >= n {
                    a[i + a.len() - n]
                } else {
                    1
                };
                let db = if i + b.len() >= n {
                    b[i + b.len() - n]
                } else {
                    1
                };
                match (da, db) {
                    _ if da == db => Some(da),
                    (1, _) => Some(db),
                    (_, 1) => Some(da),
                    _ => None,
                }
            })
            .collect()
    }

    /// The element of `v` that index `ix` of a broadcast of shape `n` axes reads.
    fn read_broadcast(v: &View<'_, i64, DynRank, Strided>, ix: &[usize]) -> i64 {
        let dims = v.dims();
        let lead = ix.len() - dims.len();
        let own: Vec<usize> = dims
            .iter()
            .enumerate()
            .map(|(i, &d)| if d == 1 { 0 } else { ix[lead + i] })
            .collect();
        *v.get(&own).unwrap()
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

        #[test]
        fn strided_operations_match_nested_loops(c in case()) {
            let (os, ooff, olen) = layout(&c.out_dims, &c.out_order, &c.out_gaps, &c.out_neg);
            let (rs, roff, rlen) = layout(&c.rhs_dims, &c.rhs_order, &c.rhs_gaps, &c.rhs_neg);
            let rbuf: Vec<i64> = (0..rlen as i64).map(|x| 1000 + 7 * x).collect();
            let rhs = View::<i64, DynRank, Strided>::from_parts(&rbuf, &c.rhs_dims, &rs, roff).unwrap();
            let obuf0: Vec<i64> = (0..olen as i64).map(|x| 3 * x - 50).collect();
            let before = View::<i64, DynRank, Strided>::from_parts(&obuf0, &c.out_dims, &os, ooff).unwrap();
            let want = naive_broadcast(&c.out_dims, &c.rhs_dims);

            // out += rhs, through a strided mutable view.
            let mut obuf = obuf0.clone();
            let mut out = ViewMut::<i64, DynRank, Strided>::from_parts(&mut obuf, &c.out_dims, &os, ooff).unwrap();
            let r = out.try_add_assign(rhs.clone());
            match &want {
                Some(shape) if shape == &c.out_dims => {
                    prop_assert!(r.is_ok());
                    let after = out.view();
                    for ix in indices(&c.out_dims) {
                        let expect = before.get(&ix).unwrap() + read_broadcast(&rhs, &ix);
                        prop_assert_eq!(*after.get(&ix).unwrap(), expect);
                    }
                }
                _ => {
                    prop_assert!(r.is_err());
                    prop_assert_eq!(&obuf, &obuf0);
                }
            }
            // Elements outside the view are never touched.
            let mut touched = vec![false; olen];
            for ix in indices(&c.out_dims) {
                let off: isize = ooff as isize + ix.iter().zip(&os).map(|(&i, &s)| i as isize * s).sum::<isize>();
                touched[off as usize] = true;
            }
            for (k, t) in touched.iter().enumerate() {
                if !t {
                    prop_assert_eq!(obuf[k], obuf0[k]);
                }
            }

            // before - rhs, allocated: broadcast both ways.
            match (&want, arith::try_sub(before.clone(), rhs.clone())) {
                (Some(shape), Ok(d)) => {
                    prop_assert_eq!(&d.dims(), shape);
                    for ix in indices(shape) {
                        let expect = read_broadcast(&before, &ix) - read_broadcast(&rhs, &ix);
                        prop_assert_eq!(d[&ix[..]], expect);
                    }
                }
                (None, Err(_)) => {}
                (w, r) => prop_assert!(false, "expected {:?}, got {:?}", w, r.map(|a| a.dims())),
            }

            // out = before * rhs, into a strided output of the broadcast shape.
            if let Some(shape) = &want {
                let order: Vec<usize> = (0..shape.len()).rev().collect();
                let gaps = vec![1; shape.len()];
                let neg: Vec<bool> = (0..shape.len()).map(|i| i % 2 == 0).collect();
                let (ps, poff, plen) = layout(shape, &order, &gaps, &neg);
                let mut pbuf = vec![0i64; plen];
                let prod = ViewMut::<i64, DynRank, Strided>::from_parts(&mut pbuf, shape, &ps, poff).unwrap();
                arith::mul(before.clone(), rhs.clone(), prod).unwrap();
                let prod = View::<i64, DynRank, Strided>::from_parts(&pbuf, shape, &ps, poff).unwrap();
                for ix in indices(shape) {
                    let expect = read_broadcast(&before, &ix) * read_broadcast(&rhs, &ix);
                    prop_assert_eq!(*prod.get(&ix).unwrap(), expect);
                }
            }
        }
    }
}

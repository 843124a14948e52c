//! Iteration, axes and reductions: logical iteration order on every layout
//! (`iter`, `iter_mut`, `into_iter`, `for_each`, `map`, `map_inplace`,
//! `Zip`), with memory order only where the name says so; axis iteration
//! and operations (`rows`, `columns`, `outer_iter`, `axis_iter`, `lanes`,
//! `index_axis`, `split_at`, `insert_axis`, `squeeze`); and reductions
//! (`sum`, `product`, `min`, `max`, `mean`, `fold` and their `_axis` forms).
//!
//! Expected values come from the logical (row-major) meaning of the
//! arrays, written out by hand or computed by plain index loops, never
//! from the layout machinery under test.

mod common;

use array_core::axis::AxisIter;
use array_core::{
    Array, AxisError, C, Const, Dyn, DynRank, F, IndexError, Strided, View, ViewMut, Zip, array,
    shape,
};
use common::f_array;

/// Logical order everywhere; memory order only by name.
mod iteration_order {
    use super::*;

    #[test]
    fn iter_mut_walks_the_same_order_as_iter_on_f_arrays() {
        let mut f = f_array();
        let seen: Vec<i32> = f.iter_mut().map(|x| *x).collect();
        assert_eq!(seen, [1, 2, 3, 4, 5, 6]);
        assert_eq!(f.iter().copied().collect::<Vec<_>>(), [1, 2, 3, 4, 5, 6]);
    }

    #[test]
    fn zipping_iter_mut_with_iter_pairs_equal_indices() {
        let mut f = f_array();
        let g = array![[10, 20, 30], [40, 50, 60]];
        for (x, y) in f.iter_mut().zip(g.iter()) {
            *x += y;
        }
        // Logical [i][j] of f + g, by hand.
        assert_eq!(f.to_vec(), [11, 22, 33, 44, 55, 66]);
        assert_eq!(f.as_slice(), &[11, 44, 22, 55, 33, 66]);
    }

    #[test]
    fn iteration_in_logical_and_memory_order() {
        let a = array![[1, 2, 3], [4, 5, 6]];
        let t = a.t();
        assert_eq!(t.iter().copied().collect::<Vec<_>>(), [1, 4, 2, 5, 3, 6]);
        assert_eq!(
            t.iter_memory_order().copied().collect::<Vec<_>>(),
            [1, 2, 3, 4, 5, 6]
        );
        let mut b = a.clone();
        for (k, x) in b.t_mut().into_iter().enumerate() {
            *x = k as i32;
        }
        // Logical order of the transpose is column order of `b`.
        assert_eq!(b.as_slice(), &[0, 2, 4, 1, 3, 5]);
    }

    #[test]
    fn view_mut_iteration_is_logical_and_memory_order_is_named() {
        let mut a = array![[1, 2, 3], [4, 5, 6]];
        let mut t = a.t_mut();
        let logical: Vec<i32> = t.iter_mut().map(|x| *x).collect();
        assert_eq!(logical, [1, 4, 2, 5, 3, 6]);
        let memory: Vec<i32> = t.iter_memory_order_mut().map(|x| *x).collect();
        assert_eq!(memory, [1, 2, 3, 4, 5, 6]);
        let by_value: Vec<i32> = t.into_iter().map(|x| *x).collect();
        assert_eq!(by_value, [1, 4, 2, 5, 3, 6]);
    }

    #[test]
    fn owned_into_iter_is_logical_for_every_layout() {
        assert_eq!(
            f_array().into_iter().collect::<Vec<_>>(),
            [1, 2, 3, 4, 5, 6]
        );
        let c = array![[1, 2], [3, 4]];
        assert_eq!(c.into_iter().collect::<Vec<_>>(), [1, 2, 3, 4]);
        // Non-`Copy` elements move out once each, in logical order.
        let strings: Array<String, shape![2, 2], F> =
            Array::from_shape_vec([2, 2], vec!["a".into(), "c".into(), "b".into(), "d".into()])
                .unwrap();
        assert_eq!(strings.into_iter().collect::<String>(), "abcd");
    }

    #[test]
    fn for_each_and_map_are_logical() {
        let f = f_array();
        let mut seen = Vec::new();
        f.for_each(|&x| seen.push(x));
        assert_eq!(seen, [1, 2, 3, 4, 5, 6]);
        let mut k = 0;
        let mut g = f.clone();
        g.map_inplace(|x| {
            *x = k;
            k += 1;
        });
        assert_eq!(g.to_vec(), [0, 1, 2, 3, 4, 5]);
        assert_eq!(f.map(|&x| x * 2).as_slice(), &[2, 4, 6, 8, 10, 12]);
    }

    #[test]
    fn zip_for_each_is_logical_and_memory_order_is_named() {
        let mut out = array![[0, 0, 0], [0, 0, 0]];
        let mut order = Vec::new();
        Zip::from(out.t_mut()).for_each(|o| {
            *o = order.len() as i32;
            order.push(());
        });
        // The transpose's logical order visits out[0][0], out[1][0], out[0][1], ...
        assert_eq!(out.as_slice(), &[0, 2, 4, 1, 3, 5]);
        let mut out = array![[0, 0, 0], [0, 0, 0]];
        let mut k = 0;
        Zip::from(out.t_mut()).for_each_memory_order(|o| {
            *o = k;
            k += 1;
        });
        assert_eq!(out.as_slice(), &[0, 1, 2, 3, 4, 5]);
    }
}

/// Iterating over an axis, and operations on axes.
mod axes {
    use super::*;

    #[test]
    fn rows_of_a_c_array_are_c_views_and_columns_are_strided() {
        let a = array![[1, 2, 3], [4, 5, 6]];
        let rows: AxisIter<'_, i32, (Const<3>,), C> = a.rows();
        let rows: Vec<&[i32]> = rows.map(|r| r.as_slice()).collect();
        assert_eq!(rows, [[1, 2, 3], [4, 5, 6]]);
        let cols: AxisIter<'_, i32, (Const<2>,), Strided> = a.columns();
        assert_eq!(
            cols.map(|c| c.to_vec()).collect::<Vec<_>>(),
            [[1, 4], [2, 5], [3, 6]]
        );
        // An F array's columns are contiguous instead.
        let f = f_array();
        let cols: Vec<&[i32]> = f.columns().map(|c| c.as_slice()).collect();
        assert_eq!(cols, [[1, 4], [2, 5], [3, 6]]);
    }

    #[test]
    fn rows_of_an_nd_array_are_every_lane_along_the_last_axis() {
        let a = Array::<i32, shape![2, 2, 3]>::from_fn_static(|[i, j, k]| {
            (100 * i + 10 * j + k) as i32
        });
        let rows: Vec<Vec<i32>> = a.rows().map(|r| r.to_vec()).collect();
        let mut want = Vec::new();
        for i in 0..2 {
            for j in 0..2 {
                want.push((0..3).map(|k| 100 * i + 10 * j + k).collect::<Vec<i32>>());
            }
        }
        assert_eq!(rows, want);
    }

    #[test]
    fn outer_iter_keeps_static_dims_and_c_layout() {
        let a =
            Array::<i32, shape![2, 3, 4]>::from_fn_static(|[i, j, k]| (12 * i + 4 * j + k) as i32);
        let planes: Vec<View<'_, i32, shape![3, 4], C>> = a.outer_iter().collect();
        assert_eq!(planes.len(), 2);
        assert_eq!(planes[1].as_slice(), &(12..24).collect::<Vec<_>>()[..]);
        // A 0-d array has no axis to iterate.
        let z = Array::<i32, shape![]>::zeros_static();
        assert_eq!(z.outer_iter().count(), 0);
    }

    #[test]
    fn axis_iter_lanes_and_index_axis_match_index_loops() {
        let a =
            Array::<i32, shape![2, 3, 4]>::from_fn_static(|[i, j, k]| (12 * i + 4 * j + k) as i32);
        for axis in 0..3 {
            let dims = [2usize, 3, 4];
            let subs: Vec<Vec<i32>> = a.axis_iter(axis).unwrap().map(|s| s.to_vec()).collect();
            assert_eq!(subs.len(), dims[axis]);
            for (idx, sub) in subs.iter().enumerate() {
                let mut want = Vec::new();
                for i in 0..2 {
                    for j in 0..3 {
                        for k in 0..4 {
                            if [i, j, k][axis] == idx {
                                want.push(a[[i, j, k]]);
                            }
                        }
                    }
                }
                assert_eq!(sub, &want, "axis {axis} index {idx}");
                assert_eq!(&a.index_axis(axis, idx).unwrap().to_vec(), &want);
            }
            let lanes: Vec<Vec<i32>> = a.lanes(axis).unwrap().map(|l| l.to_vec()).collect();
            assert_eq!(lanes.len(), 24 / dims[axis]);
            assert!(lanes.iter().all(|l| l.len() == dims[axis]));
        }
    }

    #[test]
    fn bad_axes_and_indices_are_errors_with_the_numbers() {
        let a = array![[1, 2, 3], [4, 5, 6]];
        assert_eq!(
            a.axis_iter(2).err().unwrap(),
            AxisError::OutOfRange { axis: 2, rank: 2 }
        );
        assert_eq!(
            a.view().lanes(5).err().unwrap().to_string(),
            "axis 5 is out of bounds for array of dimension 2"
        );
        assert_eq!(
            a.index_axis(0, 2).unwrap_err(),
            IndexError::OutOfBounds {
                index: 2,
                axis: 0,
                len: 2
            }
        );
        assert_eq!(
            a.view().split_at(1, 4).unwrap_err(),
            IndexError::OutOfBounds {
                index: 4,
                axis: 1,
                len: 3
            }
        );
        assert_eq!(
            a.view().insert_axis(3).unwrap_err(),
            AxisError::OutOfRange { axis: 3, rank: 3 }
        );
    }

    #[test]
    fn split_at_gives_disjoint_mutable_halves() {
        let mut a = array![[1, 2, 3, 4], [5, 6, 7, 8]];
        let (mut left, mut right) = a.view_mut().split_at(1, 1).unwrap();
        assert_eq!(left.dims(), [2, 1]);
        assert_eq!(right.dims(), [2, 3]);
        left.fill(0);
        right.map_inplace(|x| *x *= 10);
        assert_eq!(a.as_slice(), &[0, 20, 30, 40, 0, 60, 70, 80]);
        // Splitting at the end leaves an empty second half.
        let (all, none) = a.view().split_at(0, 2).unwrap();
        assert_eq!((all.len(), none.len()), (8, 0));
    }

    #[test]
    fn mutable_axis_iterators_hand_out_disjoint_views() {
        let mut a = array![[1, 2, 3], [4, 5, 6]];
        let cols: Vec<ViewMut<'_, i32, (Dyn,), Strided>> = a.axis_iter_mut(1).unwrap().collect();
        for (k, mut c) in cols.into_iter().enumerate() {
            c.fill(k as i32);
        }
        assert_eq!(a.as_slice(), &[0, 1, 2, 0, 1, 2]);
        for mut row in a.rows_mut() {
            row.as_mut_slice().reverse();
        }
        assert_eq!(a.as_slice(), &[2, 1, 0, 2, 1, 0]);
    }

    #[test]
    fn insert_axis_and_squeeze_keep_the_layout() {
        let a = array![1, 2, 3];
        let col = a.view().insert_axis(1).unwrap();
        assert_eq!(col.dims(), [3, 1]);
        assert_eq!(col.as_slice(), &[1, 2, 3]);
        let b = array![[[1], [2], [3]]];
        let s: View<'_, i32, DynRank, C> = b.view().squeeze();
        assert_eq!(s.dims(), vec![3]);
        assert_eq!(s.as_slice(), &[1, 2, 3]);
        let t: View<'_, i32, DynRank, F> = b.t().squeeze();
        assert_eq!(t.to_vec(), [1, 2, 3]);
    }

    #[test]
    fn a_view_is_shared_across_scoped_threads() {
        let a = Array::<i64, shape![4, 250]>::from_fn_static(|[i, j]| (250 * i + j) as i64);
        let v = a.view();
        let sums: Vec<i64> = std::thread::scope(|s| {
            let handles: Vec<_> = (0..4)
                .map(|i| s.spawn(move || v.index_axis(0, i).unwrap().sum()))
                .collect();
            handles.into_iter().map(|h| h.join().unwrap()).collect()
        });
        let want: Vec<i64> = (0..4)
            .map(|i| (0..250).map(|j| 250 * i + j).sum())
            .collect();
        assert_eq!(sums, want);
    }
}

/// Whole-array and per-axis reductions.
mod reductions {
    use super::*;

    #[test]
    fn whole_array_reductions() {
        let f = f_array();
        assert_eq!(f.sum(), 21);
        assert_eq!(f.product(), 720);
        assert_eq!(f.min(), Some(&1));
        assert_eq!(f.max(), Some(&6));
        let x = array![[1.0, 2.0], [3.0, 6.0]];
        assert_eq!(x.mean(), Some(3.0));
        let empty = Array::<f64, shape![0, 3]>::zeros_static();
        assert_eq!(empty.sum(), 0.0);
        assert_eq!(empty.min(), None);
        assert_eq!(empty.mean(), None);
    }

    #[test]
    fn fold_visits_memory_order() {
        // The F array's memory holds 1, 4, 2, 5, 3, 6.
        let f = f_array();
        assert_eq!(f.fold(0i64, |acc, &x| acc * 10 + x as i64), 142536);
    }

    #[test]
    fn nan_wins_min_and_max() {
        let x = array![1.0, f64::NAN, -3.0];
        assert!(x.min().unwrap().is_nan());
        assert!(x.max().unwrap().is_nan());
        let y = array![[1.0, f64::NAN], [0.0, 2.0]];
        let m = y.min_axis(0).unwrap();
        assert_eq!(m[[0]], 0.0);
        assert!(m[[1]].is_nan());
    }

    #[test]
    fn axis_reductions_match_index_loops_on_every_layout() {
        let a = Array::<i64, shape![3, 4, 5]>::from_fn_static(|[i, j, k]| {
            (i * 31 + j * 7 + k * k) as i64 % 11
        });
        let t = a.t(); // F layout, shape (5, 4, 3)
        for axis in 0..3 {
            let got = t.sum_axis(axis).unwrap();
            let dims = [5usize, 4, 3];
            let rest: Vec<usize> = (0..3).filter(|&k| k != axis).collect();
            let mut want = vec![0i64; dims[rest[0]] * dims[rest[1]]];
            for p in 0..5 {
                for q in 0..4 {
                    for r in 0..3 {
                        let ix = [p, q, r];
                        want[ix[rest[0]] * dims[rest[1]] + ix[rest[1]]] += t[[p, q, r]];
                    }
                }
            }
            assert_eq!(got.as_slice(), &want[..], "sum along axis {axis}");
            let got_max = t.max_axis(axis).unwrap();
            let mut want_max = vec![i64::MIN; want.len()];
            for p in 0..5 {
                for q in 0..4 {
                    for r in 0..3 {
                        let ix = [p, q, r];
                        let w = &mut want_max[ix[rest[0]] * dims[rest[1]] + ix[rest[1]]];
                        *w = (*w).max(t[[p, q, r]]);
                    }
                }
            }
            assert_eq!(got_max.as_slice(), &want_max[..], "max along axis {axis}");
        }
    }

    #[test]
    fn fold_axis_folds_in_increasing_index_order() {
        let a = array![[1, 2, 3], [4, 5, 6]];
        let digits = a.fold_axis(0, 0, |acc, &x| acc * 10 + x).unwrap();
        assert_eq!(digits.as_slice(), &[14, 25, 36]);
        let digits = a.t().fold_axis(1, 0, |acc, &x| acc * 10 + x).unwrap();
        assert_eq!(digits.as_slice(), &[14, 25, 36]);
    }

    #[test]
    fn empty_axes_have_no_minimum_or_mean() {
        let e = Array::<f64, shape![2, 0]>::zeros_static();
        let err = e.min_axis(1).unwrap_err();
        assert_eq!(
            err,
            AxisError::EmptyReduction {
                axis: 1,
                operation: "minimum"
            }
        );
        assert!(
            err.to_string().starts_with(
                "zero-size array to reduction operation minimum which has no identity"
            )
        );
        assert!(e.mean_axis(1).is_err());
        // Summing an empty axis is fine: the identity.
        assert_eq!(e.sum_axis(1).unwrap().as_slice(), &[0.0, 0.0]);
        // Reducing along the non-empty axis gives an empty result.
        assert_eq!(e.max_axis(0).unwrap().len(), 0);
    }

    #[test]
    fn mean_axis() {
        let x = array![[1.0, 2.0], [3.0, 6.0]];
        assert_eq!(x.mean_axis(0).unwrap().as_slice(), &[2.0, 4.0]);
        assert_eq!(x.mean_axis(1).unwrap().as_slice(), &[1.5, 4.5]);
    }
}

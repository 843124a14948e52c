//! Indexing: element access (`a[[i, j]]` and `get`, on every rank type),
//! the copying indexers `take`, `compress` and boolean masks, NumPy's basic
//! and advanced indexing (`fancy_index`) and its whole `a[index]` rule
//! (`subscript`).
//!
//! Expected values come from four independent sources:
//! * the indexing cases recorded from NumPy 2.4.6 (`tests/data/numpy_cases.jsonl.gz`,
//!   or the file named by `NUMPY_CASES`), compared on
//!   shape, strides, flags, offset and values;
//! * NumPy's own tests (numpy/_core/tests/test_indexing.py), ported one by
//!   one, named after them and marked as ported;
//! * a reference model of NumPy's indexing rules written here from the
//!   documentation (`indexing_support/model.rs`: result shape and the source
//!   position of every element), run on every index combination of
//!   `TestMultiIndexingAutomated.test_multidim`;
//! * for element access, positions and panic messages written out by hand
//!   from the logical (row-major) meaning of the arrays.

mod indexing_support;

use array_core::{
    Array, C, Dyn, DynRank, IndexError, IndexItem, Indexed, array, shape, shares_memory,
};
use indexing_support::{arange, bools, copy_of, ints, parts, view_of};

/// Reading and writing one element by its index.
mod element_access {
    use super::*;

    #[test]
    #[should_panic(expected = "index [2, 0] is out of bounds for array of shape (2,3)")]
    fn out_of_bounds_index_names_index_and_shape() {
        let a = array![[1, 2, 3], [4, 5, 6]];
        let _ = a[[2, 0]];
    }

    #[test]
    fn get_returns_none_out_of_bounds_or_wrong_rank() {
        let a = array![[1, 2, 3], [4, 5, 6]];
        assert_eq!(a.get([1, 2]), Some(&6));
        assert_eq!(a.get([0, 3]), None);
        assert_eq!(a.get([0, 0, 0]), None);
        let d = Array::<i32, DynRank>::zeros(DynRank::new(&[2, 2]));
        assert_eq!(d[&[1, 1][..]], 0);
    }

    #[test]
    fn dyn_rank_arrays_take_fixed_size_index_arrays() {
        let mut a = Array::<i32, DynRank>::from_shape_vec([2, 3], (0..6).collect()).unwrap();
        assert_eq!(a[[1, 2]], 5);
        a[[0, 1]] = 10;
        assert_eq!(a[&[0, 1][..]], 10);
        assert_eq!(a.view()[[1, 0]], 3);
        let mut m = a.view_mut();
        m[[1, 1]] = 40;
        assert_eq!(a.as_slice(), &[0, 10, 2, 3, 40, 5]);
    }

    #[test]
    #[should_panic(
        expected = "an index of length 3 cannot address an array of 2 axes (shape (2,3))"
    )]
    fn a_dyn_rank_index_of_the_wrong_length_panics_with_the_numbers() {
        let a = Array::<i32, DynRank>::zeros(DynRank::new(&[2, 3]));
        let _ = a[[0, 0, 0]];
    }

    #[test]
    #[should_panic(expected = "index [2, 0] is out of bounds for array of shape (2,3)")]
    fn an_index_out_of_bounds_panics_with_the_shape() {
        let a = Array::<i32, DynRank>::zeros(DynRank::new(&[2, 3]));
        let _ = a[[2, 0]];
    }

    #[test]
    fn get_returns_none_for_a_wrong_length() {
        let a = Array::<i32, DynRank>::zeros(DynRank::new(&[2, 3]));
        assert_eq!(a.get([0, 0, 0]), None);
        assert_eq!(a.get([1, 2]), Some(&0));
    }
}

/// `take`, `compress`, `boolean_mask` and `boolean_mask_leading`: the
/// one-purpose copying indexers.
mod take_compress_masks {
    use super::*;

    #[test]
    fn take_keeps_the_rank_in_the_type_and_copies_in_c_order() {
        let a = array![[1, 2, 3], [4, 5, 6]];
        // np.take(a, [2, 0, -1], axis=1) == [[3, 1, 3], [6, 4, 6]]
        let r: Array<i32, (Dyn, Dyn), C> = a.take(1, &[2, 0, -1]).unwrap();
        assert_eq!(r.dims(), [2, 3]);
        assert_eq!(r.as_slice(), &[3, 1, 3, 6, 4, 6]);
        // Along axis 0 from a transposed (F) view: the result is still C.
        let t = a.t().take(0, &[1]).unwrap();
        assert_eq!(t.dims(), [1, 2]);
        assert_eq!(t.as_slice(), &[2, 5]);
        // An empty index list gives an empty axis.
        assert_eq!(a.take(0, &[]).unwrap().dims(), [0, 3]);
        assert!(!shares_memory(&a, &r).unwrap());
    }

    #[test]
    fn take_errors_name_the_index_the_axis_and_its_length() {
        let a = array![[1, 2, 3], [4, 5, 6]];
        assert_eq!(
            a.take(1, &[0, 3]).unwrap_err(),
            IndexError::OutOfBounds {
                index: 3,
                axis: 1,
                len: 3
            }
        );
        assert_eq!(
            a.take(-2, &[-3]).unwrap_err().to_string(),
            "index -3 is out of bounds for axis 0 with size 2"
        );
        assert_eq!(
            a.take(2, &[0]).unwrap_err().to_string(),
            "axis 2 is out of bounds for array of dimension 2"
        );
        // Checked even when the result is empty.
        let empty = Array::<i32, shape![0, 3]>::zeros_static();
        assert!(empty.take(1, &[5]).is_err());
    }

    #[test]
    fn take_on_dynamic_rank_and_strided_views() {
        let a = arange(&[2, 3, 4]);
        let p = a.view().permuted_axes(&[2, 0, 1]).unwrap(); // (4, 2, 3)
        let r = p.take(2, &[2, 2]).unwrap();
        assert_eq!(r.dims(), [4, 2, 2]);
        // r[i, j, k] = a[j, 2, i]
        let want: Vec<usize> = (0..4)
            .flat_map(|i| (0..2).flat_map(move |j| [j * 12 + 8 + i; 2]))
            .collect();
        assert_eq!(r.as_slice(), &want[..]);
    }

    #[test]
    fn compress_selects_positions_of_one_axis() {
        let a = array![[1, 2, 3], [4, 5, 6]];
        assert_eq!(
            a.compress(1, &[true, false, true]).unwrap().as_slice(),
            &[1, 3, 4, 6]
        );
        assert_eq!(a.compress(0, &[false, false]).unwrap().dims(), [0, 3]);
        assert_eq!(
            a.compress(1, &[true]).unwrap_err(),
            IndexError::MaskLength {
                axis: 1,
                len: 3,
                mask_len: 1
            }
        );
    }

    #[test]
    fn whole_masks_give_1d_arrays_in_c_order() {
        let a = array![[1, 2, 3], [4, 5, 6], [7, 8, 9]];
        let b = array![
            [true, false, true],
            [false, true, false],
            [true, false, true]
        ];
        // test_boolean_indexing_twodim: a[b] == [1, 3, 5, 7, 9]
        let r: Array<i32, (Dyn,), C> = a.boolean_mask(b.view()).unwrap();
        assert_eq!(r.as_slice(), &[1, 3, 5, 7, 9]);
        // C order also for an F-ordered view and a transposed mask.
        assert_eq!(
            a.t().boolean_mask(b.t()).unwrap().as_slice(),
            &[1, 7, 5, 3, 9]
        );
        // Wrong rank and wrong length are errors.
        assert_eq!(
            a.boolean_mask(array![true, false, true].view())
                .unwrap_err(),
            IndexError::MaskRank {
                ndim: 2,
                mask_ndim: 1
            }
        );
        let tall = bools(&[4, 3], &[true; 12]);
        assert_eq!(
            a.boolean_mask(tall.view()).unwrap_err().to_string(),
            "boolean index did not match indexed array along axis 0; size of axis is 3 but size of corresponding boolean axis is 4"
        );
    }

    #[test]
    fn leading_masks_keep_the_other_axes() {
        let a = array![[1, 2, 3], [4, 5, 6], [7, 8, 9]];
        let b = array![
            [true, false, true],
            [false, true, false],
            [true, false, true]
        ];
        // test_boolean_indexing_twodim: a[b[1]] == [[4, 5, 6]], a[b[0]] == a[b[2]]
        let r1 = a
            .boolean_mask_leading(array![false, true, false].view())
            .unwrap();
        assert_eq!(
            (r1.dims().to_vec(), r1.view().to_vec()),
            (vec![1, 3], vec![4, 5, 6])
        );
        assert_eq!(b.view().get([0, 0]), b.view().get([2, 0]));
        let r0 = a
            .boolean_mask_leading(array![true, false, true].view())
            .unwrap();
        assert_eq!(r0.view().to_vec(), [1, 2, 3, 7, 8, 9]);
        assert_eq!(r0.strides(), vec![3, 1]);
        // A whole-shape mask through the leading entry point: 1-D.
        assert_eq!(a.boolean_mask_leading(b.view()).unwrap().dims(), vec![5]);
        // Too many mask dims.
        let deep = bools(&[3, 3, 1], &[true; 9]);
        assert_eq!(
            a.boolean_mask_leading(deep.view()).unwrap_err().to_string(),
            "too many indices for array: array is 2-dimensional, but 3 were indexed"
        );
    }
}

/// Basic indexing through `subscript`: integers, slices, new axes and
/// ellipses give views (or an element).
mod basic {
    use super::*;

    /// Ported from NumPy's test suite:
    /// test_indexing.py::TestIndexing::test_none_index
    #[test]
    fn test_none_index() {
        let a = array![1, 2, 3];
        let r = view_of(a.subscript(&[IndexItem::NewAxis]).unwrap());
        assert_eq!(r.dims(), vec![1, 3]);
        assert_eq!(r.to_vec(), [1, 2, 3]);
    }

    /// Ported from NumPy's test suite:
    /// test_indexing.py::TestIndexing::test_empty_tuple_index
    #[test]
    fn test_empty_tuple_index() {
        let a = array![1, 2, 3];
        let r = view_of(a.subscript(&[]).unwrap());
        assert_eq!(r.to_vec(), [1, 2, 3]);
        assert!(shares_memory(&a, &r).unwrap());
        // On a 0-d array, a[()] is the element.
        let z = Array::<i32, DynRank>::from_shape_vec([], vec![7]).unwrap();
        assert!(matches!(z.subscript(&[]).unwrap(), Indexed::Element(&7)));
    }

    /// Ported from NumPy's test suite:
    /// test_indexing.py::TestIndexing::test_ellipsis_index
    #[test]
    fn test_ellipsis_index() {
        let a = array![[1, 2, 3], [4, 5, 6], [7, 8, 9]];
        let v = a.view();
        let all = view_of(v.subscript(&[IndexItem::Ellipsis]).unwrap());
        assert_eq!(all.to_vec(), a.view().to_vec());
        assert!(shares_memory(&a, &all).unwrap());
        let row = |items: &[IndexItem<'_>]| parts(&v.subscript(items).unwrap());
        // a[0, ...] == a[0] == a[0, :]
        assert_eq!(row(&[0.into(), IndexItem::Ellipsis]), row(&[0.into()]));
        assert_eq!(row(&[0.into()]), row(&[0.into(), IndexItem::full()]));
        // a[..., 0] == a[:, 0]
        assert_eq!(
            row(&[IndexItem::Ellipsis, 0.into()]),
            row(&[IndexItem::full(), 0.into()])
        );
        // a[0, ..., 1] is a 0-d array (a view), not a scalar.
        let r = view_of(
            v.subscript(&[0.into(), IndexItem::Ellipsis, 1.into()])
                .unwrap(),
        );
        assert_eq!((r.dims().to_vec(), r.to_vec()), (vec![], vec![2]));
    }

    /// Ported from NumPy's test suite:
    /// test_indexing.py::TestIndexing::test_single_int_index
    #[test]
    fn test_single_int_index() {
        let a = array![[1, 2, 3], [4, 5, 6], [7, 8, 9]];
        assert_eq!(
            view_of(a.subscript(&[0.into()]).unwrap()).to_vec(),
            [1, 2, 3]
        );
        assert_eq!(
            view_of(a.subscript(&[(-1).into()]).unwrap()).to_vec(),
            [7, 8, 9]
        );
        assert!(a.subscript(&[(1 << 30).into()]).is_err());
        assert!(a.subscript(&[isize::MIN.into()]).is_err());
    }

    /// Ported from NumPy's test suite:
    /// test_indexing.py::TestIndexing::test_everything_returns_views
    #[test]
    fn test_everything_returns_views() {
        let a = array![0, 1, 2, 3, 4];
        for items in [vec![], vec![IndexItem::Ellipsis], vec![IndexItem::full()]] {
            let r = view_of(a.subscript(&items).unwrap());
            assert_eq!(r.as_ptr(), a.as_slice().as_ptr());
        }
    }
}

/// Boolean items in `subscript` and `fancy_index`: masks of any rank, and
/// 0-d booleans.
mod boolean {
    use super::*;

    /// Ported from NumPy's test suite:
    /// test_indexing.py::TestIndexing::test_single_bool_index
    #[test]
    fn test_single_bool_index() {
        let a = array![[1, 2, 3], [4, 5, 6], [7, 8, 9]];
        let t = bools(&[], &[true]);
        let f = bools(&[], &[false]);
        // a[np.array(True)] == a[None]
        let r = copy_of(a.subscript(&[(&t).into()]).unwrap());
        let none = view_of(a.subscript(&[IndexItem::NewAxis]).unwrap());
        assert_eq!(
            (r.dims().to_vec(), r.view().to_vec()),
            (none.dims().to_vec(), none.to_vec())
        );
        // a[np.array(False)] == a[None][0:0]
        let r = copy_of(a.subscript(&[(&f).into()]).unwrap());
        assert_eq!(r.dims(), vec![0, 3, 3]);
    }

    /// Ported from NumPy's test suite:
    /// test_indexing.py::TestIndexing::test_boolean_shape_mismatch
    #[test]
    fn test_boolean_shape_mismatch() {
        let arr = Array::<f64, DynRank>::zeros(DynRank::new(&[5, 4, 3]));
        let one = bools(&[1], &[true]);
        assert!(arr.subscript(&[(&one).into()]).is_err());
        let six = bools(&[6], &[false; 6]);
        assert!(arr.subscript(&[(&six).into()]).is_err());
        let square = bools(&[4, 4], &[false; 16]);
        assert!(arr.subscript(&[(&square).into()]).is_err());
        assert!(
            arr.subscript(&[IndexItem::full(), (&square).into()])
                .is_err()
        );
    }

    /// Ported from NumPy's test suite:
    /// test_indexing.py::TestIndexing::test_boolean_indexing_onedim
    #[test]
    fn test_boolean_indexing_onedim() {
        let a = array![[0.0, 0.0, 0.0]];
        let r = copy_of(a.subscript(&[(&[true]).into()]).unwrap());
        assert_eq!(
            (r.dims().to_vec(), r.view().to_vec()),
            (vec![1, 3], vec![0.0; 3])
        );
    }

    /// Ported from NumPy's test suite:
    /// test_indexing.py::TestIndexing::test_boolean_indexing_list
    #[test]
    fn test_boolean_indexing_list() {
        let a = array![1, 2, 3];
        let b = [true, false, true];
        assert_eq!(
            a.fancy_index(&[(&b).into()]).unwrap().view().to_vec(),
            [1, 3]
        );
        // a[None, b] == [[1, 3]]
        let r = a.fancy_index(&[IndexItem::NewAxis, (&b).into()]).unwrap();
        assert_eq!(
            (r.dims().to_vec(), r.view().to_vec()),
            (vec![1, 2], vec![1, 3])
        );
    }

    /// Ported from NumPy's test suite:
    /// test_indexing.py::TestIndexing::test_scalar_array_bool
    #[test]
    fn test_scalar_array_bool() {
        // a = np.array(1); a[np.array(True)] has one element, a[False] none.
        let a = Array::<i32, DynRank>::from_shape_vec([], vec![1]).unwrap();
        let r = copy_of(a.subscript(&[(&bools(&[], &[true])).into()]).unwrap());
        assert_eq!((r.dims().to_vec(), r.view().to_vec()), (vec![1], vec![1]));
        let r = copy_of(a.subscript(&[(&bools(&[], &[false])).into()]).unwrap());
        assert_eq!(r.dims(), vec![0]);
    }

    /// Ported from NumPy's test suite:
    /// test_indexing.py::TestBooleanIndexing::test_boolean_indexing_weirdness
    #[test]
    fn test_boolean_indexing_weirdness() {
        // a = ones((2, 3, 4)); a[False, True, ...].shape == (0, 2, 3, 4)
        let a = arange(&[2, 3, 4]);
        let (t, f) = (bools(&[], &[true]), bools(&[], &[false]));
        let r = a
            .fancy_index(&[(&f).into(), (&t).into(), IndexItem::Ellipsis])
            .unwrap();
        assert_eq!(r.dims(), vec![0, 2, 3, 4]);
        // a[True, [0, 1], True, True, [1], [[2]]].shape == (1, 2)
        let deep = ints(&[1, 1], &[2]);
        let r = a
            .fancy_index(&[
                (&t).into(),
                (&[0, 1]).into(),
                (&t).into(),
                (&t).into(),
                (&[1]).into(),
                (&deep).into(),
            ])
            .unwrap();
        assert_eq!(r.dims(), vec![1, 2]);
        assert_eq!(r.view().to_vec(), [6, 18]);
        // a[False, [0, 1], ...] does not broadcast.
        assert!(
            a.fancy_index(&[(&f).into(), (&[0, 1]).into(), IndexItem::Ellipsis])
                .is_err()
        );
    }
}

/// Advanced indexing: layout, broadcasting and errors of the copies.
mod advanced {
    use super::*;

    #[test]
    fn separated_index_arrays_go_first_adjacent_ones_stay() {
        let a = arange(&[2, 3, 4, 5]);
        let (i, j) = (ints(&[2], &[0, 1]), ints(&[2], &[1, 2]));
        // a[:, i, j, :] keeps the index axis in place: (2, 2, 5)
        let r = a
            .fancy_index(&[
                IndexItem::full(),
                (&i).into(),
                (&j).into(),
                IndexItem::full(),
            ])
            .unwrap();
        assert_eq!(r.dims(), vec![2, 2, 5]);
        // r[p, q, s] = a[p, i[q], j[q], s]
        assert_eq!(r[&[1, 1, 4][..]], 60 + 20 + 10 + 4);
        // a[:, i, :, j] has a slice between: index axis first, (2, 2, 4)
        let r = a
            .fancy_index(&[
                IndexItem::full(),
                (&i).into(),
                IndexItem::full(),
                (&j).into(),
            ])
            .unwrap();
        assert_eq!(r.dims(), vec![2, 2, 4]);
        // r[q, p, m] = a[p, i[q], m, j[q]]
        assert_eq!(r[&[1, 0, 3][..]], 20 + 3 * 5 + 2);
        // An integer counts as an advanced index: a[0, :, i] puts the index
        // axis first, (2, 3, 5)
        let r = a
            .fancy_index(&[0.into(), IndexItem::full(), (&i).into()])
            .unwrap();
        assert_eq!(r.dims(), vec![2, 3, 5]);
        assert_eq!(r[&[1, 2, 4][..]], 2 * 20 + 5 + 4);
        // ... and a[:, 0, i] keeps them in place: (2, 2, 5)
        let r = a
            .fancy_index(&[IndexItem::full(), 0.into(), (&i).into()])
            .unwrap();
        assert_eq!(r.dims(), vec![2, 2, 5]);
        assert_eq!(r[&[1, 1, 0][..]], 60 + 5);
    }

    #[test]
    fn transposed_buffer_strides_are_numpys() {
        // a[:, [2, 4, 2, 0]] on a (5, 5) array: NumPy gives strides (1, 5) (F).
        let a = arange(&[5, 5]);
        let r = a
            .fancy_index(&[IndexItem::full(), (&[2, 4, 2, 0]).into()])
            .unwrap();
        assert_eq!(
            (r.dims().to_vec(), r.strides().to_vec()),
            (vec![5, 4], vec![1, 5])
        );
        assert!(r.flags().f_contiguous && !r.flags().c_contiguous);
        // The buffer is dense: as_strided views of it read the right values.
        assert_eq!(r.view().to_vec()[..4], [2, 4, 2, 0]);
        // (5, 5, 3)[:, [3, 2]] -> strides (3, 15, 1): neither C nor F.
        let a = arange(&[5, 5, 3]);
        let r = a
            .fancy_index(&[IndexItem::full(), (&[3, 2]).into()])
            .unwrap();
        assert_eq!(
            (r.dims().to_vec(), r.strides().to_vec()),
            (vec![5, 2, 3], vec![3, 15, 1])
        );
    }

    #[test]
    fn index_arrays_broadcast_together() {
        let a = arange(&[3, 4]);
        let rows = ints(&[3, 1], &[0, 1, 2]);
        let cols = ints(&[2], &[3, 0]);
        // a[[[0], [1], [2]], [3, 0]] -> (3, 2)
        let r = a.fancy_index(&[(&rows).into(), (&cols).into()]).unwrap();
        assert_eq!(r.dims(), vec![3, 2]);
        assert_eq!(r.view().to_vec(), [3, 0, 7, 4, 11, 8]);
        let e = a
            .fancy_index(&[(&[0, 1]).into(), (&[0, 1, 2]).into()])
            .unwrap_err();
        assert_eq!(
            e.to_string(),
            "shape mismatch: indexing arrays could not be broadcast together with shapes (2,) (3,)"
        );
    }

    #[test]
    fn index_errors_follow_numpy() {
        let a = arange(&[2, 3]);
        let e = a
            .fancy_index(&[(&[0, 1]).into(), (&[0, 3]).into()])
            .unwrap_err();
        assert_eq!(
            e.to_string(),
            "index 3 is out of bounds for axis 1 with size 3"
        );
        let e = a.subscript(&[0.into(), 0.into(), 0.into()]).unwrap_err();
        assert_eq!(
            e.to_string(),
            "too many indices for array: array is 2-dimensional, but 3 were indexed"
        );
        let e = a
            .subscript(&[IndexItem::Ellipsis, IndexItem::Ellipsis])
            .unwrap_err();
        assert_eq!(e, IndexError::MultipleEllipsis);
        let e = a.subscript(&[IndexItem::slice(None, None, 0)]).unwrap_err();
        assert_eq!(e.to_string(), "slice step cannot be zero");
        let e = a
            .subscript(&[IndexItem::full(), (&[true, false]).into()])
            .unwrap_err();
        assert_eq!(
            e,
            IndexError::MaskLength {
                axis: 1,
                len: 3,
                mask_len: 2
            }
        );
        // More than 64 result axes: 63 new axes, the index axis and axis 1.
        let mut items = vec![IndexItem::NewAxis; 63];
        items.push((&[0]).into());
        assert_eq!(
            a.subscript(&items).unwrap_err().to_string(),
            "number of dimensions must be within [0, 64], indexing result would have 65"
        );
        items.remove(0);
        assert_eq!(copy_of(a.subscript(&items).unwrap()).dims().len(), 64);
    }

    #[test]
    fn indices_are_not_checked_when_they_broadcast_to_nothing() {
        // NumPy checks index arrays unless their broadcast shape is empty:
        // zeros((3, 3))[[5], []] is an empty array, zeros((3, 0))[[5]] an error.
        let a = arange(&[3, 3]);
        let r = a
            .fancy_index(&[(&[5]).into(), (&[] as &[isize]).into()])
            .unwrap();
        assert_eq!(r.dims(), vec![0]);
        let empty = arange(&[3, 0]);
        assert_eq!(
            empty.fancy_index(&[(&[5]).into()]).unwrap_err().to_string(),
            "index 5 is out of bounds for axis 0 with size 3"
        );
        // Integers are always checked.
        assert!(
            a.fancy_index(&[5.into(), (&[] as &[isize]).into()])
                .is_err()
        );
    }

    #[test]
    fn zero_size_results_have_zero_strides() {
        let a = arange(&[3, 4]);
        let r = a.fancy_index(&[(&[] as &[isize]).into()]).unwrap();
        assert_eq!(
            (r.dims().to_vec(), r.strides().to_vec()),
            (vec![0, 4], vec![0, 0])
        );
        let r = a
            .fancy_index(&[IndexItem::full(), (&[] as &[isize]).into()])
            .unwrap();
        assert_eq!(
            (r.dims().to_vec(), r.strides().to_vec()),
            (vec![3, 0], vec![0, 0])
        );
    }

    #[test]
    fn subspace_follows_the_inputs_memory_order() {
        // An F-ordered input: a.T[[1, 0]] on (4, 3) keeps the subspace axis as
        // the input's memory order has it; values as NumPy's.
        let base = arange(&[3, 4]);
        let t = base.t(); // (4, 3), strides (1, 4)
        let r = t.fancy_index(&[(&[1, 0]).into()]).unwrap();
        assert_eq!(r.dims(), vec![2, 3]);
        assert_eq!(r.view().to_vec(), [1, 5, 9, 0, 4, 8]);
        // Index axis outside, one subspace axis of stride 4 inside: C.
        assert_eq!(r.strides(), vec![3, 1]);
        // Two subspace axes in F order: t3[[0]] on a (2, 3, 4) transposed array.
        let base = arange(&[4, 3, 2]);
        let t3 = base.t(); // (2, 3, 4), strides (1, 2, 6)
        let r = t3.fancy_index(&[(&[1]).into()]).unwrap();
        assert_eq!(r.dims(), vec![1, 3, 4]);
        assert_eq!(r.strides(), vec![12, 1, 3]);
        assert_eq!(r[&[0, 2, 3][..]], base[&[3, 2, 1][..]]);
    }

    #[test]
    fn results_never_alias_and_work_for_non_copy_types() {
        let a: Array<String, DynRank> =
            Array::from_shape_vec([2, 2], vec!["a".into(), "b".into(), "c".into(), "d".into()])
                .unwrap();
        let r = a.fancy_index(&[(&[1, 1]).into()]).unwrap();
        assert_eq!(r.view().to_vec(), ["c", "d", "c", "d"]);
        assert!(!shares_memory(&a, &r).unwrap());
    }

    /// Ported from NumPy's test suite:
    /// test_indexing.py::TestIndexing::test_empty_fancy_index
    #[test]
    fn test_empty_fancy_index() {
        let a = array![1, 2, 3];
        let r = copy_of(a.subscript(&[(&[] as &[isize]).into()]).unwrap());
        assert_eq!(r.dims(), vec![0]);
    }

    /// Ported from NumPy's test suite:
    /// test_indexing.py::TestIndexing::test_reversed_strides_result_allocation
    #[test]
    fn test_reversed_strides_result_allocation() {
        // a = arange(10)[:, None]; i = arange(10)[::-1]; a[i] == a[i.copy()]
        let a = arange(&[10, 1]);
        let forward = ints(&[10], &(0..10).collect::<Vec<_>>());
        let reversed = view_of(
            forward
                .subscript(&[IndexItem::slice(None, None, -1)])
                .unwrap(),
        );
        let copied = ints(&[10], &(0..10).rev().collect::<Vec<_>>());
        let r1 = a.fancy_index(&[IndexItem::indices(reversed)]).unwrap();
        let r2 = a.fancy_index(&[(&copied).into()]).unwrap();
        assert_eq!(r1.dims(), r2.dims());
        assert_eq!(r1.view().to_vec(), r2.view().to_vec());
    }

    /// Ported from NumPy's test suite:
    /// test_indexing.py::TestIndexing::test_broaderrors_indexing
    #[test]
    fn test_broaderrors_indexing() {
        let a = arange(&[5, 5]);
        let e = a
            .subscript(&[(&[0, 1]).into(), (&[0, 1, 2]).into()])
            .unwrap_err();
        assert!(matches!(e, IndexError::Broadcast { .. }));
    }

    /// Ported from NumPy's test suite:
    /// test_indexing.py::TestIndexing::test_trivial_fancy_out_of_bounds
    #[test]
    fn test_trivial_fancy_out_of_bounds() {
        let a = arange(&[5]);
        let mut ind = [1isize; 20];
        ind[19] = 10;
        assert!(a.fancy_index(&[(&ind[..]).into()]).is_err());
        let mut ind = [1isize; 20];
        ind[0] = 11;
        assert!(a.fancy_index(&[(&ind[..]).into()]).is_err());
    }

    /// Ported from NumPy's test suite:
    /// test_indexing.py::TestIndexing::test_trivial_fancy_not_possible
    #[test]
    fn test_trivial_fancy_not_possible() {
        // idx = arange(6).reshape(2, 1, 3)[:, :, 0], a non-contiguous 2-D index.
        let a = arange(&[6]);
        let base = ints(&[2, 1, 3], &[0, 1, 2, 3, 4, 5]);
        let idx = view_of(
            base.subscript(&[IndexItem::full(), IndexItem::full(), 0.into()])
                .unwrap(),
        );
        let r = a.fancy_index(&[IndexItem::indices(idx.clone())]).unwrap();
        assert_eq!(r.dims(), vec![2, 1]);
        let idx_values: Vec<usize> = idx.to_vec().iter().map(|&i| i as usize).collect();
        assert_eq!(r.view().to_vec(), idx_values);
    }

    /// Ported from NumPy's test suite:
    /// test_indexing.py::TestIndexing::test_memory_order
    #[test]
    fn test_memory_order() {
        // b = arange(10).reshape(5, 2).T is F-ordered: a[b] is F-ordered too.
        let a = arange(&[10]);
        let b = ints(&[5, 2], &(0..10).collect::<Vec<_>>());
        let r = a.fancy_index(&[IndexItem::indices(b.t())]).unwrap();
        assert_eq!(r.dims(), vec![2, 5]);
        assert!(r.flags().f_contiguous && !r.flags().c_contiguous);
        assert_eq!(r.view().to_vec(), [0, 2, 4, 6, 8, 1, 3, 5, 7, 9]);
        // The subspace-of-one-element branch: a.reshape(-1, 1)[b, 0].
        let a = arange(&[10, 1]);
        let r = a
            .fancy_index(&[IndexItem::indices(b.t()), 0.into()])
            .unwrap();
        assert!(r.flags().f_contiguous && !r.flags().c_contiguous);
    }

    /// Ported from NumPy's test suite:
    /// test_indexing.py::TestIndexing::test_indexing_array_weird_strides
    #[test]
    fn test_indexing_array_weird_strides() {
        // ind = broadcast_to(arange(10)[:, None, None, None], (10, 55, 4, 4))
        let x = arange(&[10]);
        let column = ints(&[10, 1, 1, 1], &(0..10).collect::<Vec<_>>());
        let ind = column.broadcast_to::<DynRank>([10, 55, 4, 4]).unwrap();
        let dense = Array::<isize, DynRank>::from_shape_vec([10, 55, 4, 4], ind.to_vec()).unwrap();
        let r1 = x.fancy_index(&[IndexItem::indices(ind.clone())]).unwrap();
        let r2 = x.fancy_index(&[(&dense).into()]).unwrap();
        assert_eq!(r1.dims(), r2.dims());
        assert_eq!(r1.view().to_vec(), r2.view().to_vec());
        // Higher dimensional advanced index: x2[ind, zind]
        let x2 = arange(&[10, 2]);
        let zind = [0isize; 4];
        let r1 = x2
            .fancy_index(&[IndexItem::indices(ind), (&zind).into()])
            .unwrap();
        let r2 = x2.fancy_index(&[(&dense).into(), (&zind).into()]).unwrap();
        assert_eq!(r1.view().to_vec(), r2.view().to_vec());
    }

    /// Ported from NumPy's test suite:
    /// test_indexing.py::TestIndexing::test_nontuple_ndindex
    #[test]
    fn test_nontuple_ndindex() {
        let a = arange(&[5, 5]);
        assert_eq!(
            a.fancy_index(&[(&[0, 1]).into()]).unwrap().view().to_vec(),
            (0..10).collect::<Vec<_>>()
        );
        assert_eq!(
            a.fancy_index(&[(&[0, 1]).into(), (&[0, 1]).into()])
                .unwrap()
                .view()
                .to_vec(),
            [0, 6]
        );
    }
}

/// The whole `a[index]` rule: the recorded NumPy cases, and the reference
/// model on the combinations of `TestMultiIndexingAutomated.test_multidim`
/// and on random indices.
mod whole_index_rule {
    use super::*;

    use crate::indexing_support::model::{Ix, reference, run};
    use crate::indexing_support::recorded::{case_file, check};
    use serde_json::Value;

    #[test]
    fn every_recorded_index_case_matches_numpy() {
        let text = String::from_utf8(case_file()).unwrap();
        let mut count = 0;
        let mut kinds = std::collections::BTreeSet::new();
        for line in text.lines() {
            let case: Value = serde_json::from_str(line).unwrap();
            if case["kind"] == "index" {
                kinds.insert(case["desc"]["kind"].as_str().unwrap().to_string());
                check(&case);
                count += 1;
            }
        }
        assert!(count > 0, "the case file has no index cases");
        for k in [
            "bool_axis0",
            "bool_full",
            "ellipsis",
            "empty_tuple",
            "int_list",
            "int_list_mid",
            "int_tuple",
            "list_nonadjacent",
            "scalar_array",
            "two_lists",
        ] {
            assert!(kinds.contains(k), "no recorded case of kind {k}");
        }
    }

    #[test]
    fn model_agrees_on_test_multidim_combinations() {
        use Ix::*;
        // TestMultiIndexingAutomated._create_complex_indices (minus the float
        // array, which a typed index cannot spell).
        let complex: Vec<Option<Ix>> = vec![
            None,
            Some(Ellipsis),
            Some(Int(0)),
            Some(Mask(vec![3], vec![true, false, false])),
            Some(Mask(vec![2, 2], vec![true, false, false, true])),
            Some(Mask(vec![1, 2, 2], vec![false; 4])),
            Some(Slice(Some(-5), Some(5), 2)),
            Some(Slice(Some(1), Some(1), 100)),
            Some(Slice(Some(4), Some(-1), -2)),
            Some(Slice(None, None, -3)),
            Some(Arr(vec![0, 1, 1], vec![])),
            Some(Arr(vec![3], vec![0, 1, -2])),
            Some(Arr(vec![3, 1], vec![2, 0, 1])),
            Some(Arr(vec![2, 2], vec![0, -1, 0, 1])),
            Some(Arr(vec![2], vec![2, -1])),
            Some(Arr(vec![1; 31], vec![0])),
        ];
        let simple: Vec<Option<Ix>> = vec![
            Some(Ellipsis),
            Some(New),
            Some(Int(-1)),
            Some(Arr(vec![1], vec![1])),
            Some(Mask(vec![1], vec![true])),
            None,
        ];
        let fill: Vec<Option<Ix>> = vec![Some(Slice(None, None, 1)), Some(Int(0))];
        let arrays = [arange(&[3, 1, 5, 6]), arange(&[3, 0, 5, 6])];
        let (mut checked, mut errors) = (0, 0);
        for simple_pos in [0, 2, 3] {
            let mut columns = [&fill, &complex, &fill, &fill];
            columns[simple_pos] = &simple;
            for i0 in columns[0] {
                for i1 in columns[1] {
                    for i2 in columns[2] {
                        for i3 in columns[3] {
                            let index: Vec<Ix> =
                                [i0, i1, i2, i3].into_iter().flatten().cloned().collect();
                            for a in &arrays {
                                let want = reference(&a.dims(), &index);
                                let got = run(a, &index);
                                match (want, got) {
                                    (None, Err(_)) => errors += 1,
                                    (Some((dims, values)), Ok(r)) => {
                                        let (d, _, v) = parts(&r);
                                        assert_eq!(d, dims, "{index:?} on {:?}", a.dims());
                                        assert_eq!(v, values, "{index:?} on {:?}", a.dims());
                                        let advanced =
                                            index.iter().any(|ix| matches!(ix, Arr(..) | Mask(..)));
                                        assert_eq!(r.is_copy(), advanced, "{index:?}");
                                    }
                                    (want, got) => panic!(
                                        "{index:?} on {:?}: model {:?}, got {:?}",
                                        a.dims(),
                                        want.map(|w| w.0),
                                        got.map(|r| parts(&r).0)
                                    ),
                                }
                                checked += 1;
                            }
                        }
                    }
                }
            }
        }
        assert!(checked > 1000 && errors > 0 && errors < checked);
    }

    #[test]
    fn model_agrees_on_random_indices() {
        use Ix::*;
        // A small deterministic generator (xorshift64*).
        let mut state = 0x2545_f491_4f6c_dd1d_u64;
        let mut next = |n: u64| {
            state ^= state >> 12;
            state ^= state << 25;
            state ^= state >> 27;
            (state.wrapping_mul(0x2545_f491_4f6c_dd1d) >> 33) % n
        };
        let (mut accepted, mut rejected) = (0, 0);
        for _ in 0..3000 {
            let ndim = 1 + next(4) as usize;
            let dims: Vec<usize> = (0..ndim).map(|_| next(4) as usize).collect();
            let a = arange(&dims);
            let nitems = next(5) as usize;
            let mut index = Vec::new();
            for _ in 0..nitems {
                let v = |next: &mut dyn FnMut(u64) -> u64| next(9) as isize - 4;
                index.push(match next(7) {
                    0 => Int(v(&mut next)),
                    1 => Slice(
                        (next(2) == 0).then(|| v(&mut next)),
                        (next(2) == 0).then(|| v(&mut next)),
                        [1, 2, -1, -2][next(4) as usize],
                    ),
                    2 => New,
                    3 => Ellipsis,
                    4 | 5 => {
                        let d: Vec<usize> = (0..next(3)).map(|_| 1 + next(3) as usize).collect();
                        let n = d.iter().product();
                        Arr(d, (0..n).map(|_| v(&mut next)).collect())
                    }
                    _ => {
                        let k = 1 + next(2) as usize;
                        let d: Vec<usize> = (0..k).map(|_| next(4) as usize).collect();
                        let n = d.iter().product();
                        Mask(d, (0..n).map(|_| next(2) == 0).collect())
                    }
                });
            }
            let want = reference(&dims, &index);
            let got = run(&a, &index);
            match (want, got) {
                (None, Err(_)) => rejected += 1,
                (Some((d, v)), Ok(r)) => {
                    let (gd, _, gv) = parts(&r);
                    assert_eq!((gd, gv), (d, v), "{index:?} on {dims:?}");
                    accepted += 1;
                }
                (want, got) => panic!(
                    "{index:?} on {dims:?}: model {:?}, got {:?}",
                    want.map(|w| w.0),
                    got.map(|r| parts(&r).0)
                ),
            }
        }
        assert!(
            accepted > 500 && rejected > 100,
            "{accepted} accepted, {rejected} rejected"
        );
    }
}

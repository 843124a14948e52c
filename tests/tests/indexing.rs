//! Copying indexers: `take`, `compress`, boolean masks, NumPy's advanced
//! indexing (`fancy_index`) and its whole `a[index]` rule (`subscript`).
//!
//! Expected values come from three independent sources:
//! * the indexing cases recorded from NumPy 2.4.6 (`numpy/cases.jsonl.gz`
//!   in the shared folder, or the file named by `NUMPY_CASES`), compared on
//!   shape, strides, flags, offset and values;
//! * NumPy's own tests (numpy/_core/tests/test_indexing.py), ported one by
//!   one and named after them;
//! * a reference model of NumPy's indexing rules written here from the
//!   documentation (result shape and the source position of every element),
//!   run on every index combination of `TestMultiIndexingAutomated.test_multidim`.

use array_core::{
    Array, C, Dyn, DynRank, IndexError, IndexItem, Indexed, Strided, View, array, shape,
    shares_memory,
};
use std::io::Read;

/// `np.arange(n).reshape(dims)` with `usize` elements, so that every value
/// is its own position in the buffer.
fn arange(dims: &[usize]) -> Array<usize, DynRank> {
    let n = dims.iter().product();
    Array::from_shape_vec(dims, (0..n).collect()).unwrap()
}

/// An integer index array of any shape.
fn ints(dims: &[usize], values: &[isize]) -> Array<isize, DynRank> {
    Array::from_shape_vec(dims, values.to_vec()).unwrap()
}

/// A boolean mask of any shape.
fn bools(dims: &[usize], values: &[bool]) -> Array<bool, DynRank> {
    Array::from_shape_vec(dims, values.to_vec()).unwrap()
}

/// Dims, strides and values (logical order) of any `subscript` answer.
fn parts<T: Clone>(r: &Indexed<'_, T>) -> (Vec<usize>, Vec<isize>, Vec<T>) {
    match r {
        Indexed::Element(x) => (vec![], vec![], vec![(*x).clone()]),
        Indexed::View(v) => (v.dims(), v.strides(), v.to_vec()),
        Indexed::Copy(a) => (a.dims(), a.strides(), a.view().to_vec()),
    }
}

fn view_of<'a, T>(r: Indexed<'a, T>) -> View<'a, T, DynRank, Strided> {
    match r {
        Indexed::View(v) => v,
        other => panic!("expected a view, got {}", kind(&other)),
    }
}

fn copy_of<T>(r: Indexed<'_, T>) -> Array<T, DynRank, Strided> {
    match r {
        Indexed::Copy(a) => a,
        other => panic!("expected a copy, got {}", kind(&other)),
    }
}

fn kind<T>(r: &Indexed<'_, T>) -> &'static str {
    match r {
        Indexed::Element(_) => "an element",
        Indexed::View(_) => "a view",
        Indexed::Copy(_) => "a copy",
    }
}

// ---------------------------------------------------------------------------
// Recorded NumPy cases
// ---------------------------------------------------------------------------

mod recorded {
    use super::*;
    use serde_json::Value;

    fn case_file() -> Vec<u8> {
        let path = std::env::var("NUMPY_CASES").unwrap_or_else(|_| {
            concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/../../shared/numpy/cases.jsonl.gz"
            )
            .to_string()
        });
        let raw = std::fs::read(&path).unwrap_or_else(|e| panic!("reading {path}: {e}"));
        if path.ends_with(".gz") {
            let mut out = Vec::new();
            flate2::read::GzDecoder::new(&raw[..])
                .read_to_end(&mut out)
                .unwrap();
            out
        } else {
            raw
        }
    }

    /// An index item as the case file spells it, owning its arrays.
    enum Spelled {
        Int(isize),
        Full,
        Ellipsis,
        Ints(Array<isize, DynRank>),
        Mask(Array<bool, DynRank>),
    }

    fn nested(v: &Value, dims: &mut Vec<usize>, flat: &mut Vec<i64>, depth: usize) {
        match v {
            Value::Array(items) => {
                if dims.len() == depth {
                    dims.push(items.len());
                }
                for item in items {
                    nested(item, dims, flat, depth + 1);
                }
            }
            n => flat.push(n.as_i64().unwrap()),
        }
    }

    fn spell(v: &Value, boolean: bool) -> Spelled {
        match v {
            Value::String(s) if s == ":" => Spelled::Full,
            Value::String(s) if s == "..." => Spelled::Ellipsis,
            Value::Number(n) => Spelled::Int(n.as_i64().unwrap() as isize),
            Value::Object(o) => {
                let i = o["array0d"].as_i64().unwrap() as isize;
                Spelled::Ints(ints(&[], &[i]))
            }
            Value::Array(_) => {
                let (mut dims, mut flat) = (Vec::new(), Vec::new());
                nested(v, &mut dims, &mut flat, 0);
                if boolean {
                    let b: Vec<bool> = flat.iter().map(|&x| x != 0).collect();
                    Spelled::Mask(bools(&dims, &b))
                } else {
                    let i: Vec<isize> = flat.iter().map(|&x| x as isize).collect();
                    Spelled::Ints(ints(&dims, &i))
                }
            }
            other => panic!("unknown index item {other}"),
        }
    }

    fn item(s: &Spelled) -> IndexItem<'_> {
        match s {
            Spelled::Int(i) => IndexItem::Int(*i),
            Spelled::Full => IndexItem::full(),
            Spelled::Ellipsis => IndexItem::Ellipsis,
            Spelled::Ints(a) => a.into(),
            Spelled::Mask(m) => m.into(),
        }
    }

    fn usizes(v: &Value) -> Vec<usize> {
        v.as_array()
            .unwrap()
            .iter()
            .map(|x| x.as_u64().unwrap() as usize)
            .collect()
    }

    fn isizes(v: &Value) -> Vec<isize> {
        v.as_array()
            .unwrap()
            .iter()
            .map(|x| x.as_i64().unwrap() as isize)
            .collect()
    }

    fn check(case: &Value) {
        let id = &case["id"];
        let desc = &case["desc"];
        let what = format!("case {id}: {} {}", desc["kind"], desc["index"]);
        let a = arange(&usizes(&case["shape_in"]));
        let boolean = desc["kind"].as_str().unwrap().starts_with("bool");
        let spelled: Vec<Spelled> = desc["index"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| spell(v, boolean))
            .collect();
        let items: Vec<IndexItem<'_>> = spelled.iter().map(item).collect();
        let want = &case["result"];
        let got = a
            .view()
            .subscript(&items)
            .unwrap_or_else(|e| panic!("{what}: {e}"));
        if !want["is_ndarray"].as_bool().unwrap() {
            let Indexed::Element(x) = got else {
                panic!("{what}: NumPy gave a scalar, we gave {}", kind(&got))
            };
            assert_eq!(*x as i64, want["value"].as_i64().unwrap(), "{what}");
            return;
        }
        let (dims, strides, values) = parts(&got);
        assert_eq!(dims, usizes(&want["shape"]), "{what}: shape");
        assert_eq!(strides, isizes(&want["strides"]), "{what}: strides");
        let values: Vec<i64> = values.iter().map(|&x| x as i64).collect();
        let want_values: Vec<i64> = want["values"]
            .as_array()
            .unwrap()
            .iter()
            .map(|x| x.as_i64().unwrap())
            .collect();
        assert_eq!(values, want_values, "{what}: values");
        let flags = match &got {
            Indexed::View(v) => v.flags(),
            Indexed::Copy(c) => c.flags(),
            Indexed::Element(_) => unreachable!(),
        };
        assert_eq!(
            flags.c_contiguous,
            want["c"].as_bool().unwrap(),
            "{what}: C"
        );
        assert_eq!(
            flags.f_contiguous,
            want["f"].as_bool().unwrap(),
            "{what}: F"
        );
        if want["view"].as_bool().unwrap() {
            let v = view_of(got);
            assert_eq!(
                v.buffer_offset() as i64,
                want["offset"].as_i64().unwrap(),
                "{what}: offset"
            );
        } else {
            let c = copy_of(got);
            assert!(!shares_memory(&a, &c).unwrap(), "{what}: a copy");
            // The always-copying entry point gives the same array.
            let f = a.fancy_index(&items).unwrap();
            assert_eq!((f.dims(), f.strides()), (c.dims(), c.strides()), "{what}");
            assert_eq!(f.view().to_vec(), c.view().to_vec(), "{what}");
        }
    }

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
}

// ---------------------------------------------------------------------------
// take, compress and masks (typed entry points)
// ---------------------------------------------------------------------------

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
    assert_eq!((r1.dims(), r1.view().to_vec()), (vec![1, 3], vec![4, 5, 6]));
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

// ---------------------------------------------------------------------------
// Advanced indexing: layout, broadcasting, errors
// ---------------------------------------------------------------------------

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
    assert_eq!((r.dims(), r.strides()), (vec![5, 4], vec![1, 5]));
    assert!(r.flags().f_contiguous && !r.flags().c_contiguous);
    // The buffer is dense: as_strided views of it read the right values.
    assert_eq!(r.view().to_vec()[..4], [2, 4, 2, 0]);
    // (5, 5, 3)[:, [3, 2]] -> strides (3, 15, 1): neither C nor F.
    let a = arange(&[5, 5, 3]);
    let r = a
        .fancy_index(&[IndexItem::full(), (&[3, 2]).into()])
        .unwrap();
    assert_eq!((r.dims(), r.strides()), (vec![5, 2, 3], vec![3, 15, 1]));
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
    assert_eq!((r.dims(), r.strides()), (vec![0, 4], vec![0, 0]));
    let r = a
        .fancy_index(&[IndexItem::full(), (&[] as &[isize]).into()])
        .unwrap();
    assert_eq!((r.dims(), r.strides()), (vec![3, 0], vec![0, 0]));
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

// ---------------------------------------------------------------------------
// Ports of numpy/_core/tests/test_indexing.py (TestIndexing)
// ---------------------------------------------------------------------------

#[test]
fn test_none_index() {
    let a = array![1, 2, 3];
    let r = view_of(a.subscript(&[IndexItem::NewAxis]).unwrap());
    assert_eq!(r.dims(), vec![1, 3]);
    assert_eq!(r.to_vec(), [1, 2, 3]);
}

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

#[test]
fn test_empty_fancy_index() {
    let a = array![1, 2, 3];
    let r = copy_of(a.subscript(&[(&[] as &[isize]).into()]).unwrap());
    assert_eq!(r.dims(), vec![0]);
}

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
    assert_eq!((r.dims(), r.to_vec()), (vec![], vec![2]));
}

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

#[test]
fn test_single_bool_index() {
    let a = array![[1, 2, 3], [4, 5, 6], [7, 8, 9]];
    let t = bools(&[], &[true]);
    let f = bools(&[], &[false]);
    // a[np.array(True)] == a[None]
    let r = copy_of(a.subscript(&[(&t).into()]).unwrap());
    let none = view_of(a.subscript(&[IndexItem::NewAxis]).unwrap());
    assert_eq!((r.dims(), r.view().to_vec()), (none.dims(), none.to_vec()));
    // a[np.array(False)] == a[None][0:0]
    let r = copy_of(a.subscript(&[(&f).into()]).unwrap());
    assert_eq!(r.dims(), vec![0, 3, 3]);
}

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

#[test]
fn test_boolean_indexing_onedim() {
    let a = array![[0.0, 0.0, 0.0]];
    let r = copy_of(a.subscript(&[(&[true]).into()]).unwrap());
    assert_eq!((r.dims(), r.view().to_vec()), (vec![1, 3], vec![0.0; 3]));
}

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
    assert_eq!((r.dims(), r.view().to_vec()), (vec![1, 2], vec![1, 3]));
}

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

#[test]
fn test_scalar_array_bool() {
    // a = np.array(1); a[np.array(True)] has one element, a[False] none.
    let a = Array::<i32, DynRank>::from_shape_vec([], vec![1]).unwrap();
    let r = copy_of(a.subscript(&[(&bools(&[], &[true])).into()]).unwrap());
    assert_eq!((r.dims(), r.view().to_vec()), (vec![1], vec![1]));
    let r = copy_of(a.subscript(&[(&bools(&[], &[false])).into()]).unwrap());
    assert_eq!(r.dims(), vec![0]);
}

#[test]
fn test_everything_returns_views() {
    let a = array![0, 1, 2, 3, 4];
    for items in [vec![], vec![IndexItem::Ellipsis], vec![IndexItem::full()]] {
        let r = view_of(a.subscript(&items).unwrap());
        assert_eq!(r.as_ptr(), a.as_slice().as_ptr());
    }
}

#[test]
fn test_broaderrors_indexing() {
    let a = arange(&[5, 5]);
    let e = a
        .subscript(&[(&[0, 1]).into(), (&[0, 1, 2]).into()])
        .unwrap_err();
    assert!(matches!(e, IndexError::Broadcast { .. }));
}

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

// ---------------------------------------------------------------------------
// A reference model of NumPy's indexing, and the combinations of
// TestMultiIndexingAutomated.test_multidim
// ---------------------------------------------------------------------------

mod model {
    use super::*;

    /// One index item, owning its data.
    #[derive(Clone, Debug)]
    pub(super) enum Ix {
        Int(isize),
        Slice(Option<isize>, Option<isize>, isize),
        New,
        Ellipsis,
        Arr(Vec<usize>, Vec<isize>),
        Mask(Vec<usize>, Vec<bool>),
    }

    /// Python's `range(*slice(start, stop, step).indices(n))`.
    fn slice_positions(
        start: Option<isize>,
        stop: Option<isize>,
        step: isize,
        n: usize,
    ) -> Option<Vec<usize>> {
        if step == 0 {
            return None;
        }
        let n = n as isize;
        let (lower, upper) = if step > 0 { (0, n) } else { (-1, n - 1) };
        let clamp = |v: Option<isize>, default: isize| match v {
            None => default,
            Some(v) if v < 0 => (v + n).max(lower),
            Some(v) => v.min(upper),
        };
        let (start, stop) = if step > 0 {
            (clamp(start, lower), clamp(stop, upper))
        } else {
            (clamp(start, upper), clamp(stop, lower))
        };
        let mut out = Vec::new();
        let mut i = start;
        while (step > 0 && i < stop) || (step < 0 && i > stop) {
            out.push(i as usize);
            i += step;
        }
        Some(out)
    }

    fn wrap(i: isize, n: usize) -> Option<usize> {
        let j = if i < 0 { i + n as isize } else { i };
        (0 <= j && (j as usize) < n).then_some(j as usize)
    }

    /// What one result axis reads.
    enum Axis {
        /// Positions along a source axis.
        Source(usize, Vec<usize>),
        /// A new axis of length 1.
        New,
    }

    /// The result dims and, for every result element in C order, its
    /// position in a C-ordered source of `dims`; `None` for an IndexError.
    pub(super) fn reference(dims: &[usize], index: &[Ix]) -> Option<(Vec<usize>, Vec<usize>)> {
        // Masks become one coordinate array per mask axis.
        let mut items: Vec<(Ix, Option<usize>)> = Vec::new();
        for ix in index {
            match ix {
                Ix::Mask(mdims, values) => {
                    assert!(!mdims.is_empty(), "the model has no 0-d masks");
                    let mut coords = vec![Vec::new(); mdims.len()];
                    for (flat, &keep) in values.iter().enumerate() {
                        if keep {
                            let mut rest = flat;
                            for k in (0..mdims.len()).rev() {
                                coords[k].push((rest % mdims[k]) as isize);
                                rest /= mdims[k];
                            }
                        }
                    }
                    for (k, c) in coords.into_iter().enumerate() {
                        items.push((Ix::Arr(vec![c.len()], c), Some(mdims[k])));
                    }
                }
                // A 0-d integer array is an integer (that forces a copy).
                Ix::Arr(d, v) if d.is_empty() => items.push((Ix::Int(v[0]), None)),
                other => items.push((other.clone(), None)),
            }
        }
        let used = items
            .iter()
            .filter(|(ix, _)| matches!(ix, Ix::Int(_) | Ix::Slice(..) | Ix::Arr(..)))
            .count();
        let ellipses = items
            .iter()
            .filter(|(ix, _)| matches!(ix, Ix::Ellipsis))
            .count();
        if ellipses > 1 || used > dims.len() {
            return None;
        }
        let width = dims.len() - used;
        if ellipses == 0 {
            items.push((Ix::Ellipsis, None));
        }
        let any_array = items.iter().any(|(ix, _)| matches!(ix, Ix::Arr(..)));
        let is_advanced =
            |ix: &Ix| matches!(ix, Ix::Arr(..)) || (any_array && matches!(ix, Ix::Int(_)));
        // Walk the items: basic axes, advanced operands, fixed integers.
        let mut basic: Vec<Axis> = Vec::new();
        let mut advanced: Vec<(usize, Vec<usize>, Vec<isize>)> = Vec::new(); // (axis, dims, values)
        let mut fixed = vec![None; dims.len()];
        let mut insert_at = None;
        let mut positions = Vec::new();
        let mut axis = 0;
        for (pos, (ix, mask_len)) in items.iter().enumerate() {
            // NumPy does not compare a mask axis of length 0.
            if let Some(m) = mask_len
                && *m != 0
                && *m != dims[axis]
            {
                return None;
            }
            if is_advanced(ix) {
                positions.push(pos);
                insert_at.get_or_insert(basic.len());
            }
            match ix {
                Ix::Int(i) => {
                    let i = wrap(*i, dims[axis])?;
                    if any_array {
                        advanced.push((axis, vec![], vec![i as isize]));
                    } else {
                        fixed[axis] = Some(i);
                    }
                    axis += 1;
                }
                Ix::Slice(a, b, s) => {
                    basic.push(Axis::Source(axis, slice_positions(*a, *b, *s, dims[axis])?));
                    axis += 1;
                }
                Ix::New => basic.push(Axis::New),
                Ix::Ellipsis => {
                    for (k, &n) in dims.iter().enumerate().skip(axis).take(width) {
                        basic.push(Axis::Source(k, (0..n).collect()));
                    }
                    axis += width;
                }
                Ix::Arr(d, v) => {
                    advanced.push((axis, d.clone(), v.clone()));
                    axis += 1;
                }
                Ix::Mask(..) => unreachable!(),
            }
        }
        // Broadcast the advanced operands.
        let nd = advanced.iter().map(|(_, d, _)| d.len()).max().unwrap_or(0);
        let mut bshape = vec![1usize; nd];
        for (_, d, _) in &advanced {
            for (k, &n) in d.iter().enumerate() {
                let slot = &mut bshape[nd - d.len() + k];
                if n != 1 {
                    if *slot != 1 && *slot != n {
                        return None;
                    }
                    *slot = n;
                }
            }
        }
        let adjacent = positions.windows(2).all(|w| w[1] == w[0] + 1);
        let insert_at = if any_array {
            if adjacent { insert_at.unwrap_or(0) } else { 0 }
        } else {
            basic.len()
        };
        let basic_len = |a: &Axis| match a {
            Axis::Source(_, p) => p.len(),
            Axis::New => 1,
        };
        let mut out_dims: Vec<usize> = basic[..insert_at].iter().map(basic_len).collect();
        let nb = if any_array { bshape.len() } else { 0 };
        if any_array {
            out_dims.extend(&bshape);
        }
        out_dims.extend(basic[insert_at..].iter().map(basic_len));
        let size: usize = out_dims.iter().product();
        // Bounds of the advanced values, unless they broadcast to nothing.
        if bshape.iter().product::<usize>() > 0 {
            for (axis, _, values) in &advanced {
                for &v in values {
                    wrap(v, dims[*axis])?;
                }
            }
        }
        let mut positions_out = Vec::with_capacity(size);
        let mut index = vec![0usize; out_dims.len()];
        for _ in 0..size {
            let mut source = fixed.clone();
            let (before, rest) = index.split_at(insert_at);
            let (bidx, after) = rest.split_at(nb);
            for (a, &i) in basic.iter().zip(before.iter().chain(after)) {
                if let Axis::Source(k, p) = a {
                    source[*k] = Some(p[i]);
                }
            }
            for (axis, d, values) in &advanced {
                // The operand's own index: its dims right-aligned in bshape.
                let lead = nd - d.len();
                let mut flat = 0;
                for (k, &n) in d.iter().enumerate() {
                    flat = flat * n + if n == 1 { 0 } else { bidx[lead + k] };
                }
                source[*axis] = Some(wrap(values[flat], dims[*axis]).unwrap());
            }
            let mut flat = 0;
            for (k, s) in source.iter().enumerate() {
                flat = flat * dims[k] + s.unwrap();
            }
            positions_out.push(flat);
            for k in (0..index.len()).rev() {
                index[k] += 1;
                if index[k] < out_dims[k] {
                    break;
                }
                index[k] = 0;
            }
        }
        Some((out_dims, positions_out))
    }

    /// An item's array, owned while the index borrows it.
    enum Owned {
        None,
        Ints(Array<isize, DynRank>),
        Mask(Array<bool, DynRank>),
    }

    /// Owned arrays for the items, then the items borrowing them.
    pub(super) fn run<'a>(
        a: &'a Array<usize, DynRank>,
        index: &[Ix],
    ) -> Result<Indexed<'a, usize>, IndexError> {
        let owned: Vec<Owned> = index
            .iter()
            .map(|ix| match ix {
                Ix::Arr(d, v) => Owned::Ints(ints(d, v)),
                Ix::Mask(d, v) => Owned::Mask(bools(d, v)),
                _ => Owned::None,
            })
            .collect();
        let items: Vec<IndexItem<'_>> = index
            .iter()
            .zip(&owned)
            .map(|(ix, o)| match (ix, o) {
                (Ix::Int(i), _) => IndexItem::Int(*i),
                (Ix::Slice(a, b, s), _) => IndexItem::slice(*a, *b, *s),
                (Ix::New, _) => IndexItem::NewAxis,
                (Ix::Ellipsis, _) => IndexItem::Ellipsis,
                (_, Owned::Ints(arr)) => IndexItem::indices(arr.view()),
                (_, Owned::Mask(mask)) => IndexItem::mask(mask.view()),
                _ => unreachable!(),
            })
            .collect();
        // The borrowed arrays must outlive the call only: the answer is
        // either a copy, or a view or element of `a`.
        a.view().subscript(&items)
    }
}

#[test]
fn model_agrees_on_test_multidim_combinations() {
    use model::Ix::{self, *};
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
                            let want = model::reference(&a.dims(), &index);
                            let got = model::run(a, &index);
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
    use model::Ix::*;
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
        let want = model::reference(&dims, &index);
        let got = model::run(&a, &index);
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

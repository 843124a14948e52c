//! Broadcasting: `broadcast_to`, `broadcast_pair` and `broadcast_shapes`.
//!
//! Expected values come from NumPy's rules (numpy-rules §11: stride 0 on prepended,
//! stretched and length-1 axes) and from NumPy's own tests in
//! numpy/lib/tests/test_stride_tricks.py, ported, named after them and
//! marked as ported.

use array_core::{
    Array, AxisClash, BroadcastCall, BroadcastError, DynRank, IndexItem, Indexed, ShapeError,
    Strided, View, array, broadcast_pair, broadcast_shapes, has_internal_overlap, shape,
    shares_memory,
};

/// `np.arange(n).reshape(dims)`.
fn arange(dims: &[usize]) -> Array<i64, DynRank> {
    let n: usize = dims.iter().product();
    Array::from_shape_vec(dims, (0..n as i64).collect()).unwrap()
}

/// The array as a `DynRank`, `Strided` view.
fn strided(a: &Array<i64, DynRank>) -> View<'_, i64, DynRank, Strided> {
    a.view()
        .permuted_axes(&(0..a.ndim() as isize).collect::<Vec<_>>())
        .unwrap()
}

/// The same view with its axes reversed.
fn reversed(a: &Array<i64, DynRank>) -> View<'_, i64, DynRank, Strided> {
    a.view()
        .permuted_axes(&(0..a.ndim() as isize).rev().collect::<Vec<_>>())
        .unwrap()
}

/// The view `items` select (basic indexing only).
fn sliced<'a>(
    v: View<'a, i64, DynRank, Strided>,
    items: &[IndexItem<'_>],
) -> View<'a, i64, DynRank, Strided> {
    match v.subscript(items).unwrap() {
        Indexed::View(v) => v,
        _ => panic!("basic indexing gives a view"),
    }
}

/// What broadcasting `x` (dims `from`) to `to` must read, by definition:
/// `out[i] = x[j]` with `j` the last `from.len()` components of `i`, where
/// length-1 axes of `x` read index 0.
fn expected(x: &View<'_, i64, DynRank, Strided>, to: &[usize]) -> Vec<i64> {
    let from = x.dims();
    let lead = to.len() - from.len();
    let n: usize = to.iter().product();
    let mut out = Vec::with_capacity(n);
    let mut index = vec![0usize; to.len()];
    for _ in 0..n {
        let j: Vec<usize> = index[lead..]
            .iter()
            .zip(&from)
            .map(|(&i, &d)| if d == 1 { 0 } else { i })
            .collect();
        out.push(*x.get(&j).unwrap());
        for k in (0..to.len()).rev() {
            index[k] += 1;
            if index[k] < to[k] {
                break;
            }
            index[k] = 0;
        }
    }
    out
}

/// Ported from NumPy's test suite:
/// test_stride_tricks.py::test_broadcast_to_succeeds
#[test]
fn test_broadcast_to_succeeds() {
    // (input dims, target, expected values); inputs are arange, except
    // that NumPy's np.array(0) / np.ones(1) read the same single element.
    let data: &[(&[usize], &[usize])] = &[
        (&[], &[0]),
        (&[], &[1]),
        (&[], &[3]),
        (&[1], &[1]),
        (&[1], &[2]),
        (&[1], &[1, 2, 3]),
        (&[3], &[3]),
        (&[3], &[1, 3]),
        (&[3], &[2, 3]),
        (&[0], &[0]),
        (&[1], &[0]),
        (&[1, 2], &[0, 2]),
        (&[2, 1], &[2, 0]),
    ];
    for &(from, to) in data {
        let a = arange(from);
        let b = a.broadcast_to::<DynRank>(to).unwrap();
        assert_eq!(b.dims(), to, "{from:?} -> {to:?}");
        assert_eq!(b.to_vec(), expected(&strided(&a), to), "{from:?} -> {to:?}");
    }
    // np.arange(3) -> (2, 3) reads [[0, 1, 2], [0, 1, 2]].
    let b = arange(&[3])
        .broadcast_to::<DynRank>([2, 3])
        .unwrap()
        .to_vec();
    assert_eq!(b, [0, 1, 2, 0, 1, 2]);
}

/// Where `from` (aligned on the right) first fails to stretch to `to`: an
/// axis whose length is neither 1 nor the target's; `None` when `to` has
/// fewer axes.
fn first_clash(from: &[usize], to: &[usize]) -> Option<AxisClash> {
    let lead = to.len().checked_sub(from.len())?;
    (0..from.len())
        .find(|&k| from[k] != 1 && from[k] != to[lead + k])
        .map(|k| AxisClash {
            axis: lead + k,
            lengths: (from[k], to[lead + k]),
        })
}

/// Ported from NumPy's test suite:
/// test_stride_tricks.py::test_broadcast_to_raises
#[test]
fn test_broadcast_to_raises() {
    let data: &[(&[usize], &[usize])] = &[
        (&[0], &[]),
        (&[1], &[]),
        (&[3], &[]),
        (&[3], &[1]),
        (&[3], &[2]),
        (&[3], &[4]),
        (&[1, 2], &[2, 1]),
        (&[1, 1], &[1]),
    ];
    for &(from, to) in data {
        let a = arange(from);
        assert_eq!(
            a.broadcast_to::<DynRank>(to).unwrap_err(),
            BroadcastError::ToShape {
                from: from.to_vec(),
                to: to.to_vec(),
                clash: first_clash(from, to),
                call: BroadcastCall::BroadcastTo,
            },
            "{from:?} -> {to:?}"
        );
    }
}

#[test]
fn broadcast_to_errors_say_what_numpy_says() {
    let e = arange(&[3]).broadcast_to::<DynRank>([2, 4]).unwrap_err();
    assert_eq!(
        e.to_string(),
        "operands could not be broadcast together with remapped shapes [original->remapped]: (3,)  and requested shape (2,4)"
    );
    let e = arange(&[2]).broadcast_to::<DynRank>([]).unwrap_err();
    assert_eq!(
        e.to_string(),
        "cannot broadcast a non-scalar to a scalar array (shape (2,))"
    );
    // The target must fit the result's shape type.
    let e = arange(&[3])
        .broadcast_to::<shape![2, 3]>([2, 4])
        .unwrap_err();
    assert!(matches!(e, BroadcastError::ToShape { .. }));
    let e = arange(&[3])
        .broadcast_to::<shape![2, 3]>([4, 3])
        .unwrap_err();
    assert_eq!(
        e,
        BroadcastError::Shape(ShapeError::StaticDimMismatch {
            axis: 0,
            expected: 2,
            found: 4
        })
    );
    // More elements than isize::MAX cannot be addressed, even with stride 0.
    let e = arange(&[1])
        .broadcast_to::<DynRank>([usize::MAX / 2, 4])
        .unwrap_err();
    assert!(matches!(
        e,
        BroadcastError::Shape(ShapeError::TooBig { .. })
    ));
}

#[test]
fn broadcast_views_have_numpys_strides() {
    // numpy-rules §11: prepended axes, stretched axes and every length-1 input
    // axis get stride 0; the other axes keep the input's stride.
    let a = arange(&[2, 3]);
    let x = sliced(
        strided(&a),
        &[
            IndexItem::slice(None, None, -1),
            IndexItem::slice(None, None, 2),
        ],
    ); // np.arange(6).reshape(2, 3)[::-1, ::2]: strides (-3, 2)
    assert_eq!(x.strides(), vec![-3, 2]);
    let b = x.clone().broadcast_to::<DynRank>([4, 2, 2]).unwrap();
    assert_eq!(b.strides(), vec![0, -3, 2]);
    assert_eq!(b.to_vec(), expected(&x, &[4, 2, 2]));
    // A length-1 axis gets stride 0 even when it is not stretched.
    let col = arange(&[3, 1]);
    let b = col.broadcast_to::<DynRank>([2, 3, 1]).unwrap();
    assert_eq!(b.strides(), vec![0, 1, 0]);
    let row = arange(&[1, 3]);
    assert_eq!(
        row.broadcast_to::<DynRank>([1, 3]).unwrap().strides(),
        vec![0, 1]
    );
    // A 1 may stretch to 0.
    assert_eq!(
        arange(&[2, 1])
            .broadcast_to::<DynRank>([2, 0])
            .unwrap()
            .strides(),
        vec![1, 0]
    );
}

#[test]
fn broadcast_views_are_read_only_views_of_the_input() {
    // test_writeable: the result of broadcast_to is read-only. Here it is a
    // `View`, which has no way to write and no way to become a `ViewMut`
    // (the module's compile_fail examples show both).
    let original = array![1, 2, 3];
    let b = original.broadcast_to::<shape![2, 3]>([2, 3]).unwrap();
    assert!(!b.flags().writeable);
    assert!(shares_memory(&original, &b).unwrap());
    assert!(has_internal_overlap(&b).unwrap());
    assert!(!has_internal_overlap(&original).unwrap());
    assert_eq!(b.as_ptr(), original.as_slice().as_ptr());
    // Static shapes stay static: the dims are in the type.
    let _: View<'_, i32, shape![2, 3], Strided> = b;
}

/// Ported from NumPy's test suite:
/// test_stride_tricks.py::test_same
#[test]
fn test_same() {
    let (x, y) = (arange(&[10]), arange(&[10]));
    let (bx, by) = broadcast_pair(x.view(), y.view()).unwrap();
    assert_eq!(bx.to_vec(), x.view().to_vec());
    assert_eq!(by.to_vec(), y.view().to_vec());
}

/// Ported from NumPy's test suite:
/// test_stride_tricks.py::test_one_off
#[test]
fn test_one_off() {
    let x = array![[1, 2, 3]];
    let y = array![[1], [2], [3]];
    let (bx, by) = broadcast_pair(x.view(), y.view()).unwrap();
    assert_eq!(bx.to_vec(), [1, 2, 3, 1, 2, 3, 1, 2, 3]);
    assert_eq!(by.to_vec(), [1, 1, 1, 2, 2, 2, 3, 3, 3]);
}

#[test]
fn inputs_of_the_common_shape_keep_their_strides() {
    // np.broadcast_arrays returns an input of the common shape as it is:
    // broadcast_arrays(ones((1, 3)), ones(3)) gives strides (24, 8) for the
    // first (unchanged) and (0, 8) for the second (through broadcast_to).
    let (a, b) = (arange(&[1, 3]), arange(&[3]));
    let (x, y) = broadcast_pair(a.view(), b.view()).unwrap();
    assert_eq!(
        (x.strides().to_vec(), y.strides().to_vec()),
        (vec![3, 1], vec![0, 1])
    );
    // broadcast_to itself zeroes every length-1 axis.
    assert_eq!(
        a.broadcast_to::<DynRank>([1, 3]).unwrap().strides(),
        vec![0, 1]
    );
}

/// Ported from NumPy's test suite:
/// test_stride_tricks.py::test_same_input_shapes
#[test]
fn test_same_input_shapes() {
    let data: &[&[usize]] = &[
        &[],
        &[1],
        &[3],
        &[0, 1],
        &[0, 3],
        &[1, 0],
        &[3, 0],
        &[1, 3],
        &[3, 1],
        &[3, 3],
    ];
    for &shape in data {
        assert_eq!(broadcast_shapes(shape, shape).unwrap(), shape);
        let a = arange(shape);
        let (x, y) = broadcast_pair(a.view(), a.view()).unwrap();
        assert_eq!(
            (x.dims().to_vec(), y.dims().to_vec()),
            (shape.to_vec(), shape.to_vec())
        );
    }
}

/// Pairs of input shapes and their common shape, from
/// test_two_compatible_by_ones_input_shapes and
/// test_two_compatible_by_prepending_ones_input_shapes.
const COMPATIBLE: &[(&[usize], &[usize], &[usize])] = &[
    (&[1], &[3], &[3]),
    (&[1, 3], &[3, 3], &[3, 3]),
    (&[3, 1], &[3, 3], &[3, 3]),
    (&[1, 3], &[3, 1], &[3, 3]),
    (&[1, 1], &[3, 3], &[3, 3]),
    (&[1, 1], &[1, 3], &[1, 3]),
    (&[1, 1], &[3, 1], &[3, 1]),
    (&[1, 0], &[0, 0], &[0, 0]),
    (&[0, 1], &[0, 0], &[0, 0]),
    (&[1, 0], &[0, 1], &[0, 0]),
    (&[1, 1], &[0, 0], &[0, 0]),
    (&[1, 1], &[1, 0], &[1, 0]),
    (&[1, 1], &[0, 1], &[0, 1]),
    (&[], &[3], &[3]),
    (&[3], &[3, 3], &[3, 3]),
    (&[3], &[3, 1], &[3, 3]),
    (&[1], &[3, 3], &[3, 3]),
    (&[], &[3, 3], &[3, 3]),
    (&[1, 1], &[3], &[1, 3]),
    (&[1], &[3, 1], &[3, 1]),
    (&[1], &[1, 3], &[1, 3]),
    (&[], &[1, 3], &[1, 3]),
    (&[], &[3, 1], &[3, 1]),
    (&[], &[0], &[0]),
    (&[0], &[0, 0], &[0, 0]),
    (&[0], &[0, 1], &[0, 0]),
    (&[1], &[0, 0], &[0, 0]),
    (&[], &[0, 0], &[0, 0]),
    (&[1, 1], &[0], &[1, 0]),
    (&[1], &[0, 1], &[0, 1]),
    (&[1], &[1, 0], &[1, 0]),
    (&[], &[1, 0], &[1, 0]),
    (&[], &[0, 1], &[0, 1]),
];

/// Ported from NumPy's test suite:
/// test_stride_tricks.py::test_two_compatible_by_ones_input_shapes and
/// test_two_compatible_by_prepending_ones_input_shapes (the pairs in `COMPATIBLE`).
#[test]
fn test_two_compatible_input_shapes() {
    for &(s0, s1, want) in COMPATIBLE {
        // Broadcasting is symmetric.
        for (a, b) in [(s0, s1), (s1, s0)] {
            assert_eq!(broadcast_shapes(a, b).unwrap(), want, "{a:?} {b:?}");
            let (x, y) = (arange(a), arange(b));
            let (bx, by) = broadcast_pair(x.view(), y.view()).unwrap();
            assert_eq!(
                (bx.dims().to_vec(), by.dims().to_vec()),
                (want.to_vec(), want.to_vec())
            );
        }
    }
}

/// Ported from NumPy's test suite:
/// test_stride_tricks.py::test_incompatible_shapes_raise_valueerror
#[test]
fn test_incompatible_shapes_raise_valueerror() {
    let data: &[(&[usize], &[usize])] = &[(&[3], &[4]), (&[2, 3], &[2]), (&[1, 3, 4], &[2, 3, 3])];
    for &(a, b) in data {
        for (a, b) in [(a, b), (b, a)] {
            let BroadcastError::Operands {
                shapes,
                clash,
                call,
            } = broadcast_shapes(a, b).unwrap_err()
            else {
                panic!("{a:?} with {b:?}: not an operands error")
            };
            assert_eq!(shapes, [a.to_vec(), b.to_vec()]);
            assert_eq!(call, BroadcastCall::BroadcastShapes);
            // The clash is where the right-aligned lengths differ, neither 1.
            let n = a.len().max(b.len());
            let at = |s: &[usize], k: usize| {
                if k + s.len() >= n {
                    s[k + s.len() - n]
                } else {
                    1
                }
            };
            let (x, y) = (at(a, clash.axis), at(b, clash.axis));
            assert_eq!(clash.lengths, (x, y));
            assert!(x != y && x != 1 && y != 1);
            assert!(broadcast_pair(arange(a).view(), arange(b).view()).is_err());
        }
    }
    // [(3,), (3,), (4,)]: the third shape fails against the first two.
    let ab = broadcast_shapes(&[3], &[3]).unwrap();
    assert!(broadcast_shapes(&ab, &[4]).is_err());
    assert_eq!(
        broadcast_shapes(&[3, 4], &[5]).unwrap_err().to_string(),
        "shape mismatch: objects cannot be broadcast to a single shape.  \
         Mismatch is between arg 0 with shape (3, 4) and arg 1 with shape (5,)."
    );
}

/// Ported from NumPy's test suite:
/// test_stride_tricks.py::test_same_as_ufunc
#[test]
fn test_same_as_ufunc() {
    // The broadcast view of x1 reads what `x0 + x1` would, with x0 zeros:
    // by definition, x1 at the right-aligned index with 1-axes at 0. Also
    // transposed, and flipped (negative strides) for non-0-d inputs.
    for &(s0, s1, _) in COMPATIBLE {
        for (a, b) in [(s0, s1), (s1, s0)] {
            let (x0, x1) = (arange(a), arange(b));
            let mut variants = vec![(strided(&x0), strided(&x1)), (reversed(&x0), reversed(&x1))];
            if !a.is_empty() && !b.is_empty() {
                let flip = [IndexItem::slice(None, None, -1)];
                variants.push((sliced(strided(&x0), &flip), sliced(strided(&x1), &flip)));
                variants.push((sliced(reversed(&x0), &flip), sliced(reversed(&x1), &flip)));
            }
            for (v0, v1) in variants {
                let Ok(target) = broadcast_shapes(&v0.dims(), &v1.dims()) else {
                    continue; // a transpose may make the pair incompatible
                };
                let (_, b1) = broadcast_pair(v0.clone(), v1.clone()).unwrap();
                assert_eq!(b1.dims(), target);
                assert_eq!(
                    b1.to_vec(),
                    expected(&v1, &target),
                    "{:?} {:?}",
                    v0.dims(),
                    v1.dims()
                );
            }
        }
    }
}

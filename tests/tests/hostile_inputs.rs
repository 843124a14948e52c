//! Hostile inputs: one row per kind of bad input, each naming the error it
//! must produce. None may abort, and none may panic where the API offers a
//! `Result`. Expected errors follow NumPy's rules (an array whose non-zero
//! dims overflow is "too big" even when another dim is 0; one unknown
//! dimension at most; indices wrap once) and the documented error types.

use array_core::{
    Array, AxisError, DynRank, IndexError, LayoutError, Order, ReshapeError, ShapeError, Strided,
    View, ViewMut, array,
};
use std::fmt::Debug;

/// One row: what is tried, and whether the error is the expected one.
struct Row {
    name: &'static str,
    outcome: Result<String, String>,
}

/// Runs `attempt`, which must fail; `expect` names the error it must be.
fn row<T: Debug, E: Debug + std::fmt::Display>(
    name: &'static str,
    attempt: impl FnOnce() -> Result<T, E>,
    expect: impl FnOnce(&E) -> bool,
) -> Row {
    let outcome = match std::panic::catch_unwind(std::panic::AssertUnwindSafe(attempt)) {
        Err(_) => Err("panicked where a Result is offered".to_string()),
        Ok(Ok(v)) => Err(format!("succeeded: {v:?}")),
        Ok(Err(e)) if expect(&e) => Ok(e.to_string()),
        Ok(Err(e)) => Err(format!("wrong error: {e:?} ({e})")),
    };
    Row { name, outcome }
}

#[test]
fn every_hostile_input_gives_its_documented_error() {
    let buf: Vec<i32> = (0..12).collect();
    let mut buf_mut: Vec<i32> = (0..12).collect();
    let a = array![[1, 2, 3], [4, 5, 6]];
    let huge = usize::MAX / 2 + 1;
    let rows = vec![
        row(
            "dims whose product overflows usize",
            || View::<i32, DynRank, Strided>::from_parts(&buf, [huge, 4], [1, 1], 0),
            |e| matches!(e, LayoutError::Shape(ShapeError::TooBig { .. })),
        ),
        row(
            "dims whose product overflows, owned",
            || Array::<u8, DynRank>::try_full(DynRank::new(&[huge, 4]), 0),
            |e| matches!(e, ShapeError::TooBig { .. }),
        ),
        row(
            "isize::MIN stride",
            || View::<i32, DynRank, Strided>::from_parts(&buf, [2], [isize::MIN], 11),
            |e| matches!(e, LayoutError::OutOfBounds { .. }),
        ),
        row(
            "isize::MIN stride on a length-1 axis does not move: fine, but a long axis is refused",
            || View::<i32, DynRank, Strided>::from_parts(&buf, [3, 2], [isize::MIN, 1], 0),
            |e| matches!(e, LayoutError::OutOfBounds { .. }),
        ),
        row(
            "offset past the buffer",
            || View::<i32, DynRank, Strided>::from_parts(&buf, [2], [1], 11),
            |e| {
                matches!(
                    e,
                    LayoutError::OutOfBounds {
                        highest: 12,
                        len: 12,
                        ..
                    }
                )
            },
        ),
        row(
            "offset past isize::MAX",
            || View::<i32, DynRank, Strided>::from_parts(&buf, [1], [1], usize::MAX),
            |e| matches!(e, LayoutError::OutOfBounds { .. }),
        ),
        row(
            "65 axes",
            || DynRank::try_new(&[1; 65]),
            |e| matches!(e, ShapeError::TooManyAxes { found: 65 }),
        ),
        row(
            "65 axes through a reshape target",
            || a.view().try_reshape::<DynRank>(&[1; 65]),
            |e| matches!(e, ShapeError::TooManyAxes { found: 65 }),
        ),
        row(
            "zero-size array with huge other dims (NumPy: too big)",
            || View::<i32, DynRank, Strided>::from_parts(&buf, [0, huge, huge], [1, 1, 1], 0),
            |e| matches!(e, LayoutError::Shape(ShapeError::TooBig { .. })),
        ),
        row(
            "zero-size owned array with huge other dims",
            || Array::<u8, DynRank>::try_full(DynRank::new(&[0, huge, 4]), 0),
            |e| matches!(e, ShapeError::TooBig { .. }),
        ),
        row(
            "reshape target with two unknowns",
            || a.view().try_reshape::<DynRank>(&[-1, -1]),
            |e| matches!(e, ShapeError::MultipleUnknown { .. }),
        ),
        row(
            "reshape target with negative entries (each unknown, as NumPy)",
            || a.t().try_reshape::<DynRank>(&[-2, -3]),
            |e| matches!(e, ShapeError::MultipleUnknown { .. }),
        ),
        row(
            "reshape target that does not divide",
            || a.view().try_reshape::<DynRank>(&[-1, 4]),
            |e| matches!(e, ShapeError::SizeMismatch { size: 6, .. }),
        ),
        row(
            "reshape in order K",
            || {
                a.view()
                    .reshape_with::<DynRank>(&[6], Order::K, array_core::CopyPolicy::IfNeeded)
            },
            |e| matches!(e, ReshapeError::OrderK),
        ),
        row(
            "index list with an entry past the axis",
            || a.take(1, &[0, 3]),
            |e| {
                matches!(
                    e,
                    IndexError::OutOfBounds {
                        index: 3,
                        axis: 1,
                        len: 3
                    }
                )
            },
        ),
        row(
            "index list with a negative entry past the axis",
            || a.take(0, &[-3]),
            |e| {
                matches!(
                    e,
                    IndexError::OutOfBounds {
                        index: -3,
                        axis: 0,
                        len: 2
                    }
                )
            },
        ),
        row(
            "index list on an axis the array does not have",
            || a.take(2, &[0]),
            |e| {
                matches!(
                    e,
                    IndexError::Axis(AxisError::OutOfRange { axis: 2, rank: 2 })
                )
            },
        ),
        row(
            "boolean mask of the wrong length",
            || a.boolean_mask(array![[true, false], [false, true]].view()),
            |e| {
                matches!(
                    e,
                    IndexError::MaskLength {
                        axis: 1,
                        len: 3,
                        mask_len: 2
                    }
                )
            },
        ),
        row(
            "boolean mask of the wrong rank",
            || a.boolean_mask(array![true, false].view()),
            |e| {
                matches!(
                    e,
                    IndexError::MaskRank {
                        ndim: 2,
                        mask_ndim: 1
                    }
                )
            },
        ),
        row(
            "mutable view whose indices overlap",
            || ViewMut::<i32, DynRank, Strided>::from_parts(&mut buf_mut, [3, 3], [1, 1], 0),
            |e| matches!(e, LayoutError::Overlapping),
        ),
        row(
            "axis past the rank",
            || a.view().index_axis(5, 0),
            |e| {
                matches!(
                    e,
                    IndexError::Axis(AxisError::OutOfRange { axis: 5, rank: 2 })
                )
            },
        ),
        row(
            "arange with a zero step",
            || Array::try_arange(0.0, 1.0, 0.0),
            |e| matches!(e, ShapeError::ArangeStep),
        ),
    ];
    let failures: Vec<String> = rows
        .iter()
        .filter_map(|r| r.outcome.as_ref().err().map(|e| format!("{}: {e}", r.name)))
        .collect();
    assert!(
        failures.is_empty(),
        "hostile inputs:\n{}",
        failures.join("\n")
    );
    // Every error says what is wrong in words.
    for r in &rows {
        assert!(!r.outcome.as_ref().unwrap().is_empty(), "{}", r.name);
    }
}

/// Regression (found by the `from_parts` fuzz target): a length-1 axis may
/// carry any stride, even one whose single step overflows; iterating such a
/// view once overflowed while wrapping the index back.
#[test]
fn length_one_axes_may_carry_extreme_strides() {
    let buf: Vec<i32> = (0..4).collect();
    for stride in [isize::MAX, isize::MIN, isize::MAX - 1] {
        let v =
            View::<i32, DynRank, Strided>::from_parts(&buf, [2, 1, 2], [2, stride, 1], 0).unwrap();
        assert_eq!(v.to_vec(), [0, 1, 2, 3]);
        assert_eq!(v.to_owned().as_slice(), &[0, 1, 2, 3]);
        assert_eq!(v.iter_memory_order().count(), 4);
    }
    // An empty view may carry any stride: walking it visits nothing.
    let e = View::<i32, DynRank, Strided>::from_parts(&buf, [2, 0], [isize::MIN, 1], 0).unwrap();
    assert_eq!(e.iter_memory_order().count(), 0);
    assert_eq!(e.flatten_order(array_core::Order::K).len(), 0);
}

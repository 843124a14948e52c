//! NumPy's whole `a[index]` rule (`subscript`: integers, slices, new axes,
//! an ellipsis, integer arrays and masks) against the test suite's
//! reference model, written from NumPy's documentation: the same dims, the
//! same elements, and an error exactly when the model has one.

#![no_main]

#[path = "common.rs"]
mod common;
#[path = "../../tests/tests/indexing_support/model.rs"]
mod model;

use array_core::{Array, DynRank, Indexed};
use common::Bytes;
use libfuzzer_sys::fuzz_target;
use model::Ix;

/// The model's helpers, as the test suite defines them.
fn ints(dims: &[usize], values: &[isize]) -> Array<isize, DynRank> {
    Array::from_shape_vec(dims, values.to_vec()).unwrap()
}
fn bools(dims: &[usize], values: &[bool]) -> Array<bool, DynRank> {
    Array::from_shape_vec(dims, values.to_vec()).unwrap()
}

fn item(b: &mut Bytes<'_>) -> Ix {
    match b.below(8) {
        0 | 1 => Ix::Int(b.small(4)),
        2 | 3 => {
            let bound = |b: &mut Bytes<'_>| b.flag().then(|| b.small(5));
            let (start, stop) = (bound(b), bound(b));
            let step = match b.small(3) {
                0 => 1,
                s => s,
            };
            Ix::Slice(start, stop, step)
        }
        4 => Ix::New,
        5 => Ix::Ellipsis,
        6 => {
            let n = b.below(4);
            Ix::Arr(vec![n], (0..n).map(|_| b.small(4)).collect())
        }
        _ => {
            let n = 1 + b.below(3);
            Ix::Mask(vec![n], (0..n).map(|_| b.flag()).collect())
        }
    }
}

fuzz_target!(|data: &[u8]| {
    let mut b = Bytes(data);
    let dims: Vec<usize> = (0..b.below(4)).map(|_| b.below(4)).collect();
    let index: Vec<Ix> = (0..b.below(4)).map(|_| item(&mut b)).collect();
    let n: usize = dims.iter().product();
    let a = Array::<usize, DynRank>::from_shape_vec(&dims, (0..n).collect()).unwrap();
    let got = model::run(&a, &index);
    match (got, model::reference(&dims, &index)) {
        (Err(_), None) => {}
        (Ok(r), Some((want_dims, want_values))) => {
            let (got_dims, got_values) = match r {
                Indexed::Element(x) => (vec![], vec![*x]),
                Indexed::View(v) => (v.dims().to_vec(), v.to_vec()),
                Indexed::Copy(c) => (c.dims().to_vec(), c.to_vec()),
            };
            assert_eq!(got_dims, want_dims, "dims of a[{index:?}] for {dims:?}");
            assert_eq!(
                got_values, want_values,
                "elements of a[{index:?}] for {dims:?}"
            );
        }
        (got, want) => panic!(
            "a[{index:?}] for {dims:?}: library {:?}, model {want:?}",
            got.map(|_| ())
        ),
    }
});

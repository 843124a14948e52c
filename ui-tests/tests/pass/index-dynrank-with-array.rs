//! A dynamic-rank array takes fixed-size index arrays, as ndarray's `IxDyn` does.
use array_core::{Array, DynRank};

fn main() {
    let mut a = Array::<i32, DynRank>::from_shape_vec([2, 3], (0..6).collect()).unwrap();
    assert_eq!(a[[1, 2]], 5);
    a[[0, 1]] = 10;
    assert_eq!(a[&[0, 1][..]], 10);
    assert_eq!(a.view()[[1, 0]], 3);
}

//! `array!` builds an owned C array whose shape is spelled by the literal.
use array_core::{Array, C, array, shape};

fn main() {
    let m: Array<f64, shape![2, 3], C> = array![[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]];
    let v: Array<u8, shape![4]> = array![1, 2, 3, 4];
    let z: Array<i64, shape![2, 2, 3]> = array![0; 2, 2, 3];
    let e: Array<u8, shape![0]> = array![];
    let rows: Array<u8, shape![2, 0]> = array![[], []];
    let pairs: Array<[i32; 2], shape![2]> = array![([1, 2]), ([3, 4])];
    assert_eq!(m[[1, 2]] + v[[3]] as f64 + z[[1, 1, 2]] as f64, 10.0);
    assert!(e.is_empty() && rows.is_empty());
    assert_eq!(pairs[[1]], [3, 4]);
}

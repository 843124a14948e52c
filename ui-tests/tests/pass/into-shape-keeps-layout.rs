//! `into_shape` on an owned F array reinterprets its buffer in F order.
use array_core::{Array, F, array, shape};

fn main() {
    let a = array![[1, 2, 3], [4, 5, 6]];
    let f: Array<i32, shape![3, 2], F> = a.reversed_axes();
    let g: Array<i32, shape![2, 3], F> = f.into_shape();
    assert_eq!(g.as_slice(), &[1, 2, 3, 4, 5, 6]);
    assert_eq!(g[[1, 0]], 2);
}

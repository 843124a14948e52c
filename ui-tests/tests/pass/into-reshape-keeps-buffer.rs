//! `into_reshape` (C order) and `into_reshape_f` (F order) reinterpret an
//! owned buffer without copying; the order is in the name, not implied by
//! the layout.
use array_core::{Array, F, array, shape};

fn main() {
    let a = array![[1, 2, 3], [4, 5, 6]];
    let f: Array<i32, shape![3, 2], F> = a.reversed_axes();
    let g: Array<i32, shape![2, 3], F> = f.into_reshape_f();
    assert_eq!(g.as_slice(), &[1, 2, 3, 4, 5, 6]);
    assert_eq!(g[[1, 0]], 2);
    let c: Array<i32, shape![6]> = array![[1, 2], [3, 4], [5, 6]].into_reshape();
    assert_eq!(c.as_slice(), &[1, 2, 3, 4, 5, 6]);
}

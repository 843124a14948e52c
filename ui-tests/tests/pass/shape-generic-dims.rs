//! `shape!` accepts const generic names, and `_` for a dynamic axis.
use array_core::{Array, Const, Dyn, View, shape};

fn rows<const N: usize>(a: View<'_, f64, shape![N, 2]>) -> usize {
    a.dims()[0] + N
}

fn main() {
    let s: shape![2, _, 4] = (Const::<2>, Dyn(3), Const::<4>);
    let a = Array::<f64, shape![3, 2]>::zeros_static();
    assert_eq!(rows(a.view()), 6);
    let d = Array::<f64, shape![2, _, 4]>::zeros(s);
    assert_eq!(d.dims(), [2, 3, 4]);
}

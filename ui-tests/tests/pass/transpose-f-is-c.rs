//! Transposing twice gives C back; a permutation other than a full reversal
//! is strided, with every axis dynamic.
use array_core::{C, Strided, View, array, shape};

fn main() {
    let a = array![[[1, 2], [3, 4]], [[5, 6], [7, 8]]];
    let back: View<'_, i32, shape![2, 2, 2], C> = a.t().t();
    assert_eq!(back[[1, 0, 1]], 6);
    let p: View<'_, i32, shape![_, _, _], Strided> = a.view().permuted_axes(&[1, 0, 2]).unwrap();
    assert_eq!(p[[1, 0, 1]], 4);
}

//! A full transpose of a C array is an F view of the reversed shape: no copy.
use array_core::{F, View, array, shape};

fn main() {
    let a = array![[1, 2, 3], [4, 5, 6]];
    let v: View<'_, i32, shape![3, 2], F> = a.t();
    assert_eq!(v[[2, 1]], 6);
}

//! `s!` decides the result's layout from the kinds of its items: whole rows
//! of a C array stay C, a partial inner range is strided; literal bounds on
//! static axes give static dims.
use array_core::{C, Strided, View, array, s, shape};

fn main() {
    let a = array![[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]];
    let rows: View<'_, i32, shape![2, 4], C> = a.slice(s![1..3, ..]);
    let cols: View<'_, i32, shape![3, 2], Strided> = a.slice(s![.., 1..3]);
    let row: View<'_, i32, shape![4], C> = a.slice(s![1, ..]);
    assert_eq!(rows[[0, 0]], 5);
    assert_eq!(cols[[2, 1]], 11);
    assert_eq!(row.as_slice(), &[5, 6, 7, 8]);
}

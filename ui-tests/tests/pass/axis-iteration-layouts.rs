//! Rows of a C array are C views (so `as_slice` works by type); columns
//! are strided; `outer_iter` keeps static dims; an F array's columns are
//! contiguous.
use array_core::axis::AxisIter;
use array_core::{Array, C, Const, F, Strided, View, array, shape};

fn main() {
    let a = array![[1, 2, 3], [4, 5, 6]];
    let rows: AxisIter<'_, i32, (Const<3>,), C> = a.rows();
    let sums: Vec<i32> = rows.map(|r| r.as_slice().iter().sum()).collect();
    assert_eq!(sums, [6, 15]);
    let cols: AxisIter<'_, i32, (Const<2>,), Strided> = a.columns();
    assert_eq!(cols.map(|c| c.to_vec()).collect::<Vec<_>>(), [[1, 4], [2, 5], [3, 6]]);
    let cube = Array::<i32, shape![2, 3, 4]>::zeros_static();
    let plane: View<'_, i32, shape![3, 4], C> = cube.view().outer_iter().next().unwrap();
    assert_eq!(plane.as_slice().len(), 12);
    let f: Array<i32, shape![2, 3], F> = array![[1, 2], [3, 4], [5, 6]].reversed_axes();
    let col: View<'_, i32, (Const<2>,), C> = f.columns().next().unwrap();
    assert_eq!(col.as_slice(), &[1, 2]);
}

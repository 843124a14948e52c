//! Run-time checked reshapes return a `Result`; a dynamic axis stays dynamic.
use array_core::{C, CowArray, ShapeError, Strided, View, array, shape};

fn main() {
    let a = array![[1, 2, 3], [4, 5, 6]];
    let r: Result<View<'_, i32, shape![_, 2], C>, ShapeError> = a.view().try_reshape([-1, 2]);
    assert_eq!(r.unwrap().dims(), [3, 2]);
    let bad: Result<View<'_, i32, shape![_, 4], C>, ShapeError> = a.view().try_reshape([-1, 4]);
    assert!(bad.is_err());
    let f: Result<CowArray<'_, i32, shape![_], Strided>, ShapeError> = a.t().try_reshape([6]);
    assert!(f.unwrap().is_copy());
}

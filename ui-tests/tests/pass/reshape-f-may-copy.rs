//! A C-order reshape of F or strided data may copy: the type says so.
use array_core::{CowArray, F, Strided, View, array, shape};

fn main() {
    let a = array![[1, 2, 3], [4, 5, 6]];
    let r: CowArray<'_, i32, shape![6], Strided> = a.t().reshape();
    assert!(r.is_copy());
    assert_eq!(r.view().to_vec(), [1, 4, 2, 5, 3, 6]);
    // Reshaping F data in F order is a view.
    let f: View<'_, i32, shape![2, 3], F> = a.t().reshape_f();
    assert_eq!(f.as_slice(), &[1, 2, 3, 4, 5, 6]);
}

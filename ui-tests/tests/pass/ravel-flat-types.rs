//! `ravel` of C data is a view whose length is static; of F data it may copy;
//! `flatten` always owns.
use array_core::{Array, C, CowArray, Flat, View, array, shape};

fn main() {
    let a = array![[1, 2, 3], [4, 5, 6]];
    let v: View<'_, i32, (Flat<shape![2, 3]>,), C> = a.ravel();
    // The flat length is static, so a static reshape of it type-checks.
    let back: View<'_, i32, shape![3, 2], C> = v.reshape();
    assert_eq!(back[[1, 1]], 4);
    let t: CowArray<'_, i32, (Flat<shape![3, 2]>,), C> = a.t().ravel();
    assert!(t.is_copy());
    let owned: Array<i32, (Flat<shape![2, 3]>,), C> = a.flatten();
    assert_eq!(owned.as_slice(), &[1, 2, 3, 4, 5, 6]);
}

//! A static reshape of C data is a C view; a wrong count would not compile.
use array_core::{Array, C, View, array, shape};

fn main() {
    let a = array![[1, 2, 3], [4, 5, 6]];
    let r: View<'_, i32, shape![3, 2], C> = a.reshape();
    assert_eq!(r[[2, 0]], 5);
    let r3: View<'_, i32, shape![1, 6, 1], C> = a.view().reshape();
    assert_eq!(r3[[0, 5, 0]], 6);
    // Empty shapes reshape too (their count is typenum's zero).
    let empty = Array::<u8, shape![2, 0]>::zeros_static();
    let e: View<'_, u8, shape![0, 5], C> = empty.reshape();
    assert!(e.is_empty());
    let owned: Array<i32, shape![6]> = a.into_reshape();
    assert_eq!(owned[[4]], 5);
}

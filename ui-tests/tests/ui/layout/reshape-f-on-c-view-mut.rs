use array_core::{array, shape};

fn main() {
    let mut a = array![[1, 2, 3], [4, 5, 6]];
    // An F-order reshape of C data may need a copy, which a mutable view
    // cannot hand back.
    let _r = a.view_mut().reshape_f::<shape![3, 2]>();
}

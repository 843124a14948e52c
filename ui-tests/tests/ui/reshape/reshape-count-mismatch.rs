use array_core::{array, shape};

fn main() {
    let a = array![[1, 2, 3], [4, 5, 6]];
    let _r = a.view().reshape::<shape![4, 2]>();
}

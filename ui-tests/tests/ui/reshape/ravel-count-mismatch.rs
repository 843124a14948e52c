use array_core::{array, shape};

fn main() {
    let a = array![[1, 2, 3], [4, 5, 6]];
    let flat = a.ravel();
    let _r = flat.reshape::<shape![2, 4]>();
}

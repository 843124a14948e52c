use array_core::{Array, array, shape};

fn main() {
    let a = array![[1, 2, 3], [4, 5, 6]];
    let _b: Array<i32, shape![7]> = a.into_reshape();
}

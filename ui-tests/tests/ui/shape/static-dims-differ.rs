use array_core::{Array, array, shape};

fn main() {
    let _a: Array<i32, shape![3, 2]> = array![[1, 2, 3], [4, 5, 6]];
}

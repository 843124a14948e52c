use array_core::{array, s};

fn main() {
    let a = array![[1, 2, 3], [4, 5, 6]];
    let _v = a.slice(s![0..5, ..]);
}

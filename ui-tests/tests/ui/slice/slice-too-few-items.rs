//! Every axis must be named (by `..` or `...` when kept whole).
use array_core::{Array, s, shape};

fn main() {
    let a = Array::<i32, shape![2, 3, 4]>::zeros_static();
    let _v = a.slice(s![1]);
}

//! An ellipsis cannot stand for a negative number of axes.
use array_core::{Array, s, shape};

fn main() {
    let a = Array::<i32, shape![4, 4]>::zeros_static();
    let _v = a.slice(s![1, ..., 1, 1]);
}

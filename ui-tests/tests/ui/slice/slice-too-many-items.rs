//! More slice items than the array has axes.
use array_core::{Array, s, shape};

fn main() {
    let a = Array::<i32, shape![4, 4]>::zeros_static();
    let _v = a.slice(s![.., .., 1]);
}

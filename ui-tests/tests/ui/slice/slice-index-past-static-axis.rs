//! A literal index past the end of a static axis is a compile error on the
//! index.
use array_core::{Array, s, shape};

fn main() {
    let a = Array::<i32, shape![4, 4]>::zeros_static();
    let _col = a.slice(s![.., 4]);
}

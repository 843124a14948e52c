//! A hand-built item tuple (no `s!`) that leaves an axis unnamed.
use array_core::slice::Full;
use array_core::{Array, shape};

fn main() {
    let a = Array::<i32, shape![4, 4]>::zeros_static();
    let _v = a.slice((Full,));
}

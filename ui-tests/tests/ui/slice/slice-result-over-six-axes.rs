//! A tuple shape has at most 6 axes, so a new axis cannot make a seventh.
use array_core::{Array, s, shape};

fn main() {
    let a = Array::<i32, shape![1, 1, 1, 1, 1, 1]>::zeros_static();
    let _v = a.slice(s![NewAxis, ...]);
}

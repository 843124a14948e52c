//! A literal step of 0 is rejected by the macro, on the step.
use array_core::{Array, s, shape};

fn main() {
    let a = Array::<i32, shape![4]>::zeros_static();
    let _v = a.slice(s![..;0]);
}

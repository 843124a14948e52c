//! Literal bounds are compared with static axes of length up to 1024; a
//! longer static axis asks for a run-time bound.
use array_core::{Array, s, shape};

fn main() {
    let a = Array::<u8, shape![2000]>::zeros_static();
    let _v = a.slice(s![0..10]);
}

//! A static broadcast of a length above 1024 against a different length
//! that is not 1: the build refuses it with NumPy's message.
use array_core::{Array, shape};

fn main() {
    let a = Array::<f32, shape![2000, 3]>::zeros_static();
    let b = Array::<f32, shape![5, 3]>::zeros_static();
    let _ = &a + &b;
}

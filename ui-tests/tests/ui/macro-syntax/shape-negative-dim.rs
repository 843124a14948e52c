use array_core::{Array, shape};

fn main() {
    let _a = Array::<f64, shape![2, -3]>::zeros_static();
}

use array_core::{Array, shape};

fn main() {
    let v = vec![1, 2, 3];
    let _a = Array::<f64, shape![2, v.len()]>::zeros_static();
}

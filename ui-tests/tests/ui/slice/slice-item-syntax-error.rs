use array_core::{Array, s, shape};

fn main() {
    let a = Array::<f64, shape![4, 6]>::zeros_static();
    let k = 2;
    let _v = a.slice(s![1..k k, ..]);
}

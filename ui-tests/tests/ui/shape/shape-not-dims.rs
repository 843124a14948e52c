use array_core::Array;

fn main() {
    let _a = Array::<f64, (usize, usize)>::zeros((2, 3));
}

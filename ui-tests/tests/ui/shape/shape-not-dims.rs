use array_core::Array;

// "Any 2-D size" is spelled `shape![_, _]`, not with the lengths' type.
#[allow(dead_code)]
struct Model {
    weights: Array<f64, (usize, usize)>,
}

fn main() {}

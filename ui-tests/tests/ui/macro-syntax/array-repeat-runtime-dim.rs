use array_core::array;

fn main() {
    let v = vec![1, 2, 3];
    let _a = array![0.0; v.len(), 2];
}

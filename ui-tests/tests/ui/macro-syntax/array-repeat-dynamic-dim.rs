use array_core::array;

fn main() {
    let _a = array![0.0; 2, _];
}

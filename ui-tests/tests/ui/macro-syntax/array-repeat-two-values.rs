use array_core::array;

fn main() {
    let _a = array![1, 2; 3];
}

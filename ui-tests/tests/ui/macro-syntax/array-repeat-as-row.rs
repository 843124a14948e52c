use array_core::array;

fn main() {
    let _a = array![[0; 3], [1, 2, 3]];
}

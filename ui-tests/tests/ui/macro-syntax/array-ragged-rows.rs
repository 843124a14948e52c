use array_core::array;

fn main() {
    let _m = array![[1, 2, 3], [4, 5]];
}

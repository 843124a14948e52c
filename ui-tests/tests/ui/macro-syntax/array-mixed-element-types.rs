use array_core::array;

fn main() {
    let _m = array![[1, 2], [3.5, 4]];
}

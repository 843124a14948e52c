use array_core::array;

fn main() {
    let x = 1;
    let _m = array![[x + 1, x 2], [3, 4]];
}

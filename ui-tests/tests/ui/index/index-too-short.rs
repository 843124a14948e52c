use array_core::array;

fn main() {
    let a = array![[1, 2, 3], [4, 5, 6]];
    let _x = a[[1]];
}

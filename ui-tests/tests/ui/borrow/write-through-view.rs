use array_core::array;

fn main() {
    let a = array![[1, 2], [3, 4]];
    let v = a.view();
    v[[0, 0]] = 10;
}

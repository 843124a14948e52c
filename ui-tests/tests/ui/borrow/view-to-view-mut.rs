use array_core::array;

fn main() {
    let a = array![[1, 2], [3, 4]];
    let v = a.view();
    let mut m = v.view_mut();
    m[[0, 0]] = 10;
}

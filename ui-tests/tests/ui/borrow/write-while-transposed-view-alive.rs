use array_core::array;

fn main() {
    let mut a = array![[1, 2], [3, 4]];
    let t = a.t();
    let mut m = a.view_mut();
    m[[0, 1]] += t[[0, 1]];
}

use array_core::array;

fn main() {
    let mut a = array![[1, 2, 3], [4, 5, 6]];
    let first = a.view();
    let mut m = a.view_mut();
    m += &first;
}

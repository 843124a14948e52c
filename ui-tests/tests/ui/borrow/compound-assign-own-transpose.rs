use array_core::array;

fn main() {
    // NumPy's `a += a.T` copies `a.T` behind the scenes; here it is a borrow error.
    let mut a = array![[1, 2], [3, 4]];
    a += &a.t();
}

use array_core::{Strided, View, shape};

fn main() {
    let buf = [1, 2, 3, 4, 5, 6];
    let every_other = View::<i32, shape![3], Strided>::from_parts(&buf, [3], [2], 0).unwrap();
    let _s = every_other.as_slice();
}

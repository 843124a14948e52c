use array_core::{Strided, View, shape};

fn main() {
    let buf = [1, 2, 3, 4, 5, 6];
    let s = View::<i32, shape![2, 3], Strided>::from_parts(&buf, [2, 3], [3, 1], 0).unwrap();
    let _r = s.reshape::<shape![3, 3]>();
}

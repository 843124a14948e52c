use array_core::{array, shape};

fn main() {
    let a = array![1, 2, 3];
    let b = a.broadcast_to::<shape![2, 3]>([2, 3]).unwrap();
    b[[1, 0]] = 10;
}

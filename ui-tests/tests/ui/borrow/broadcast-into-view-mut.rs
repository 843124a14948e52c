use array_core::{Strided, ViewMut, array, shape};

fn main() {
    let a = array![1, 2, 3];
    let b = a.broadcast_to::<shape![2, 3]>([2, 3]).unwrap();
    let mut m: ViewMut<'_, i32, shape![2, 3], Strided> = b.into();
    m[[0, 0]] = 10;
}

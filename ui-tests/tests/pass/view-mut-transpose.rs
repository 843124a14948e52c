//! Mutable transposes keep the layout swap of shared ones.
use array_core::{F, ViewMut, array, shape};

fn main() {
    let mut a = array![[1, 2, 3], [4, 5, 6]];
    let mut t: ViewMut<'_, i32, shape![3, 2], F> = a.t_mut();
    t[[2, 0]] = 30;
    assert_eq!(a[[0, 2]], 30);
}

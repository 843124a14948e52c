use array_core::{C, View, array, shape};

fn first_row_sum(v: View<'_, i32, shape![3, 2], C>) -> i32 {
    v[[0, 0]] + v[[0, 1]]
}

fn main() {
    let a = array![[1, 2, 3], [4, 5, 6]];
    let _ = first_row_sum(a.t());
}

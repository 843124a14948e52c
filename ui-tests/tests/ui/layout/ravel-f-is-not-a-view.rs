use array_core::{C, View, array, shape};

fn main() {
    let a = array![[1, 2, 3], [4, 5, 6]];
    let _r: View<'_, i32, shape![6], C> = a.t().ravel();
}

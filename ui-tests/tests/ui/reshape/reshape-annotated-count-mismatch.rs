use array_core::{C, View, array, shape};

fn main() {
    let a = array![[1, 2, 3], [4, 5, 6]];
    // The target shape comes from the annotation, not from a turbofish.
    let _r: View<'_, i32, shape![4, 2], C> = a.view().reshape();
}

use array_core::{C, Flat, View, array, shape};

fn main() {
    let a = array![[1, 2, 3], [4, 5, 6]];
    // Raveling F data in C order may copy, so the result is a `CowArray`.
    let _r: View<'_, i32, (Flat<shape![3, 2]>,), C> = a.t().ravel();
}

use array_core::{Array, DynRank};

fn main() {
    let a = Array::<i32, DynRank>::zeros(DynRank::new(&[2, 3]));
    let _x = a[[1, 2]];
}

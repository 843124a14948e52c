use array_core::{Array, Const, Dyn, shape};

fn main() {
    let a = Array::<i32, shape![_, 3]>::zeros((Dyn(2), Const));
    let _r = a.view().reshape::<shape![6]>();
}

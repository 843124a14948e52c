use array_core::{View, array, shape};

fn transposed() -> View<'static, i32, shape![2, 2], array_core::F> {
    let a = array![[1, 2], [3, 4]];
    a.t()
}

fn main() {
    let _ = transposed();
}

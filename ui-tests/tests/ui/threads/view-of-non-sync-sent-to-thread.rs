use array_core::{Array, shape};
use std::cell::Cell;

fn main() {
    let a = Array::<Cell<i32>, shape![2]>::from_fn_static(|_| Cell::new(0));
    let v = a.view();
    // A `View` is a shared borrow: sending it to another thread needs `T: Sync`.
    std::thread::scope(|s| {
        s.spawn(move || v.len());
    });
}

//! A hand-built item tuple (no `s!`) with an ellipsis and more other items
//! than the array has axes.
use array_core::slice::{Ellipsis, Full};
use array_core::{Array, shape};

fn main() {
    let a = Array::<i32, shape![4, 4]>::zeros_static();
    let _v = a.slice((Full, Ellipsis, Full, Full));
}

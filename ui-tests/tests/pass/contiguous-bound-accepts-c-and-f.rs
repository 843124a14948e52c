//! A function bounded by `L: Contiguous` takes C and F views alike.
use array_core::{Contiguous, Shape, View, array};

fn sum<S: Shape, L: Contiguous>(v: View<'_, i32, S, L>) -> i32 {
    v.as_slice().iter().sum()
}

fn main() {
    let a = array![[1, 2, 3], [4, 5, 6]];
    assert_eq!(sum(a.view()) + sum(a.t()), 42);
}

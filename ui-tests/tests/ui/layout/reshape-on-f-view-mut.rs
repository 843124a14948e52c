//! The mirror of `reshape-f-on-c-view-mut`: a C-order reshape of an F
//! mutable view may need a copy, so it is not offered.
use array_core::{array, shape};

fn main() {
    let mut a = array![[1, 2, 3], [4, 5, 6]];
    let _r = a.t_mut().reshape::<shape![6]>();
}

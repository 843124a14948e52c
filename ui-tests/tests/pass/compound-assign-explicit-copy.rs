//! NumPy's `a += a.T` made explicit: copy the transpose first, then add.
//! The copy is an owned C array of the transposed shape.
use array_core::{Array, C, array, shape};

fn main() {
    let mut a = array![[1, 2], [3, 4]];
    let t: Array<i32, shape![2, 2], C> = a.t().to_c_contiguous().into_owned();
    a += &t;
    assert_eq!(a.as_slice(), &[2, 5, 5, 8]);
}

//! Static axes of lengths 3 and 2 do not broadcast (neither is 1).
use array_core::array;

fn main() {
    let a = array![[1, 2, 3], [4, 5, 6]];
    let b = array![[1, 2], [3, 4]];
    let _ = &a + &b;
}

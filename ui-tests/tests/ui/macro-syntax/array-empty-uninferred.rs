use array_core::array;

fn main() {
    let e = array![];
    assert!(e.is_empty());
}

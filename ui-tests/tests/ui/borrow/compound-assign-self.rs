use array_core::array;

fn main() {
    let mut a = array![1.0, 2.0, 3.0];
    a *= &a;
}

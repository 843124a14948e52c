use array_core::{Order, array};

fn main() {
    let a = array![[1, 2, 3], [4, 5, 6]];
    let k = a.t().to_owned_order(Order::K);
    let _s = k.as_slice();
}

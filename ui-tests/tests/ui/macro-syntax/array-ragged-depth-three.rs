use array_core::array;

fn main() {
    let _t = array![[[1, 2], [3, 4]], [[5, 6], [7]]];
}

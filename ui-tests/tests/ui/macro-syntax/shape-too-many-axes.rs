use array_core::shape;

type Bad = shape![1, 2, 3, 4, 5, 6, 7];

fn main() {
    let _: Option<Bad> = None;
}

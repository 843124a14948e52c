use array_core::shape;

type Bad = shape![2.0, 3];

fn main() {
    let _: Option<Bad> = None;
}

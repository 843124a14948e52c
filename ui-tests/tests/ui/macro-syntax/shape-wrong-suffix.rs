use array_core::shape;

type Bad = shape![3u8, 2];

fn main() {
    let _: Option<Bad> = None;
}

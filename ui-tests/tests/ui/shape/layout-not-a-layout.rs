use array_core::{Array, shape};

#[allow(dead_code)]
struct Image {
    pixels: Array<u8, shape![480, 640], u8>,
}

fn main() {}

//! An RGB image whose height and width are known only at run time and
//! whose 3 channels are part of the type: `shape![_, _, 3]`.
//!
//! ```text
//! cargo run --example image_pixels
//! ```

use array_core::{Array, C, Const, Dyn, View, array, s, shape};

/// Height x width x RGB, C-ordered: one pixel is 3 adjacent values.
type Image = Array<f32, shape![_, _, 3]>;

/// A function that takes one pixel: exactly 3 channels, contiguous.
fn luminance(px: View<'_, f32, shape![3], C>) -> f32 {
    let [r, g, b] = [px[[0]], px[[1]], px[[2]]];
    0.2126 * r + 0.7152 * g + 0.0722 * b
}

fn main() {
    // Run-time dims, as a decoder would report them.
    let (height, width) = (4, 6);

    // From a decoder's interleaved bytes (RGBRGB...), converted to f32.
    // `from_shape_vec` checks that the buffer has height * width * 3 values.
    let bytes: Vec<u8> = (0..height * width * 3)
        .map(|i| (i * 7 % 256) as u8)
        .collect();
    let raw = Array::<u8, shape![_, _, 3]>::from_shape_vec([height, width, 3], bytes)
        .expect("height * width * 3 bytes");
    let img: Image = Array::from_fn((Dyn(height), Dyn(width), Const::<3>), |[y, x, c]| {
        f32::from(raw[[y, x, c]]) / 255.0
    });
    println!("image dims {:?}, strides {:?}", img.dims(), img.strides());

    // Pixels x channels: a view of the same buffer (a C array reshapes
    // without copying; only the element count is checked). The channel
    // axis stays static.
    let pixels: View<'_, f32, shape![_, 3], C> = img
        .try_reshape::<shape![_, 3]>(&[-1, 3])
        .expect("same element count");
    println!(
        "as pixels: dims {:?}, same memory: {}",
        pixels.dims(),
        pixels.as_ptr() == img.as_ptr()
    );

    // Per-channel means: reduce over the pixel axis.
    let means = pixels.mean_axis(0).expect("axis 0 exists and is not empty");
    println!("per-channel means {means}");

    // Each pixel is a C view of 3 values: `rows` of the pixel matrix.
    let brightest = pixels.rows().map(luminance).fold(f32::MIN, f32::max);
    println!("brightest luminance {brightest:.3}");

    // One pixel by position: integers on the leading axes keep it C.
    let px: View<'_, f32, shape![3], C> = img.slice(s![2, 3, ..]);
    println!("pixel (2, 3) = {:?}", px.as_slice());

    // Each image row is one contiguous run of width * 3 values.
    for (y, row) in img.outer_iter().enumerate().take(2) {
        let values: &[f32] = row.as_slice();
        println!(
            "row {y}: {} values, first pixel {:?}",
            values.len(),
            &values[..3]
        );
    }

    // One channel is a strided view (every third value): still no copy.
    let green = img.slice(s![.., .., 1]);
    println!(
        "green plane: dims {:?}, strides {:?}, max {:?}",
        green.dims(),
        green.strides(),
        green.max()
    );

    // Per-channel gains, in place: a (3,) array broadcasts over (h, w, 3).
    let mut graded = img.clone();
    graded *= &array![1.1_f32, 1.0, 0.9];
    println!(
        "means after grading {}",
        graded
            .try_reshape::<shape![_, 3]>(&[-1, 3])
            .expect("same count")
            .mean_axis(0)
            .expect("non-empty")
    );

    // Back to bytes in the decoder's interleaved order: C order is that order.
    let out: Vec<u8> = graded
        .iter()
        .map(|v| (v.clamp(0.0, 1.0) * 255.0).round() as u8)
        .collect();
    println!("{} bytes out, first pixel {:?}", out.len(), &out[..3]);
}

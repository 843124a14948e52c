//! Handing ndarray data to a function typed for contiguous data, without
//! copying when the layout allows it.
//!
//! ```text
//! cargo run --example ndarray_interop --features ndarray
//! ```

use array_core::{Array, C, Dyn, Strided, View};

/// A library function that says "contiguous rows" in its signature.
fn row_sums(m: View<'_, f64, (Dyn, Dyn), C>) -> Vec<f64> {
    m.rows().map(|r| r.as_slice().iter().sum()).collect()
}

fn main() {
    let nd = ndarray::Array2::from_shape_fn((3, 4), |(i, j)| (4 * i + j) as f64);

    // A C-ordered ndarray array: proven contiguous at run time, no copy.
    let v = View::<f64, (Dyn, Dyn), Strided>::from(nd.view());
    let c = v.try_into_c().expect("standard layout is C-contiguous");
    println!(
        "row sums of the array:     {:?} (same memory: {})",
        row_sums(c),
        c.as_ptr() == nd.as_ptr()
    );

    // Its transpose is not C-contiguous: `to_c_contiguous` copies, and says so.
    let t = View::<f64, (Dyn, Dyn), Strided>::from(nd.t());
    let tc = t.to_c_contiguous();
    println!(
        "row sums of the transpose: {:?} (copied: {})",
        row_sums(tc.view()),
        tc.is_copy()
    );

    // Owned arrays move both ways without copying their buffer.
    let ptr = nd.as_ptr();
    let mine = Array::<f64, (Dyn, Dyn), Strided>::from(nd);
    println!("owned, same buffer: {}", mine.view().as_ptr() == ptr);
    let back = ndarray::Array2::from(mine);
    println!("and back to ndarray, same buffer: {}", back.as_ptr() == ptr);
}

//! A function that needs contiguous data says so in its signature, and
//! every caller converts on purpose: C data passes as it is, F and strided
//! data go through `to_c_contiguous` (copies only when needed) or
//! `try_into_c` (a run-time check, never a copy).
//!
//! ```text
//! cargo run --example contiguous_signature
//! ```

use array_core::{Array, C, Contiguous, CowArray, Dyn, DynRank, Shape, Strided, View, s, shape};

/// Needs C-ordered rows: each row is a plain `&[f64]`. The dims are
/// dynamic, so any number of rows and columns is accepted.
fn row_sums(m: View<'_, f64, (Dyn, Dyn), C>) -> Vec<f64> {
    m.rows().map(|row| row.as_slice().iter().sum()).collect()
}

/// Needs one dense block in either order (`C` or `F`), any shape: it only
/// reads the elements, in memory order.
fn checksum<S: Shape, L: Contiguous>(v: View<'_, f64, S, L>) -> f64 {
    v.as_slice()
        .iter()
        .enumerate()
        .map(|(i, x)| (i + 1) as f64 * x)
        .sum()
}

fn main() {
    // A 3 x 4 C-ordered array with run-time dims.
    let a = Array::<f64, shape![_, _]>::from_shape_vec([3, 4], (0..12).map(f64::from).collect())
        .expect("3 x 4 = 12 elements");

    // C data: the view passes directly, no check and no copy.
    println!("row sums of a:             {:?}", row_sums(a.view()));

    // A slice of whole rows keeps the C layout, by type.
    let last_rows = a.slice(s![1.., ..]);
    println!("row sums of a[1:]:         {:?}", row_sums(last_rows));

    // The transpose is an F view: `row_sums(a.t())` does not compile.
    // `to_c_contiguous` copies, because F data is not C-contiguous, and
    // the `CowArray` it returns says so.
    let t = a.t().to_c_contiguous();
    println!(
        "row sums of a.T:           {:?} (copied: {})",
        row_sums(t.view()),
        t.is_copy()
    );

    // `checksum` accepts the F view itself: F is contiguous too.
    println!(
        "checksum of a.T, no copy:  {} (memory order, so the same as a's: {})",
        checksum(a.t()),
        checksum(a.view())
    );

    // Every other column: a Strided view. `try_into_c` checks the strides
    // and refuses; `to_c_contiguous` copies.
    let even_cols = a.slice(s![.., ..;2]);
    match even_cols.try_into_c() {
        Ok(_) => println!("a[:, ::2] is C-contiguous"),
        Err(e) => println!("a[:, ::2].try_into_c():    {e}"),
    }
    let copied = even_cols.to_c_contiguous();
    println!(
        "row sums of a[:, ::2]:     {:?} (copied: {})",
        row_sums(copied.view()),
        copied.is_copy()
    );

    // Strided by type, C-contiguous at run time (memory handed over by
    // another library, say): `try_into_c` proves it without copying.
    let buf: Vec<f64> = (0..6).map(f64::from).collect();
    let foreign =
        View::<f64, (Dyn, Dyn), Strided>::from_parts(&buf, [2, 3], [3, 1], 0).expect("in bounds");
    let proven = foreign.try_into_c().expect("C strides");
    println!(
        "row sums of foreign data:  {:?} (same memory: {})",
        row_sums(proven),
        proven.as_ptr() == buf.as_ptr()
    );

    // A run-time rank goes through the same functions once its rank is
    // checked: `try_reshape` on a C view is a view after a count check.
    let d = Array::<f64, DynRank>::zeros(DynRank::new(&[2, 2]));
    let fixed = d
        .try_reshape::<(Dyn, Dyn)>(&[2, 2])
        .expect("rank 2, 4 elements");
    println!("row sums of a DynRank 2x2: {:?}", row_sums(fixed));

    // When the copy is the expected case, match on the CowArray.
    match a.t().to_c_contiguous() {
        CowArray::View(_) => println!("a.T was already C-contiguous"),
        CowArray::Owned(c) => println!("a.T copied into {} C-ordered elements", c.len()),
    }
}

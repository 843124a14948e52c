//! The view-or-copy cases of NumPy's "Copies and views" guide, one line
//! each: the NumPy expression, the call here, whether it gave a view or a
//! copy, and `shares_memory` with the source as a cross-check.
//!
//! Where the type decides, the result is a `View` (always a view) or an
//! `Array` (always a copy); where only the run-time strides decide, it is
//! a `CowArray` whose `is_view()` reports what happened.
//!
//! ```text
//! cargo run --example views_vs_copies
//! ```

use array_core::{
    Array, CopyPolicy, DynRank, IndexItem, MemoryRegion, Order, View, array, broadcast_pair,
    may_share_memory, s, shape, shares_memory,
};

fn line(numpy: &str, here: &str, source: &impl MemoryRegion, result: &impl MemoryRegion) {
    let shares = shares_memory(source, result).expect("small problem");
    let kind = if shares { "view" } else { "copy" };
    println!("{numpy:<34} {here:<44} {kind}");
}

fn main() {
    println!("{:<34} {:<44} result", "NumPy", "array-core");
    println!("{}", "-".repeat(84));

    // x = np.arange(12).reshape(3, 4)
    let x = Array::<i64, shape![3, 4]>::from_fn_static(|[i, j]| (4 * i + j) as i64);

    // Basic indexing: always a view, by type.
    line(
        "x[1:3]",
        "x.slice(s![1..3, ..])",
        &x,
        &x.slice(s![1..3, ..]),
    );
    line(
        "x[:, ::2]",
        "x.slice(s![.., ..;2])",
        &x,
        &x.slice(s![.., ..;2]),
    );
    line("x[..., 0]", "x.slice(s![..., 0])", &x, &x.slice(s![..., 0]));
    line(
        "x[::-1]",
        "x.slice(s![..;-1, ..])",
        &x,
        &x.slice(s![..;-1, ..]),
    );
    line(
        "x[np.newaxis]",
        "x.slice(s![NewAxis, ...])",
        &x,
        &x.slice(s![NewAxis, ...]),
    );

    // Advanced indexing: always a copy, by type (an owned Array).
    line(
        "x[[0, 2]]",
        "x.take(0, &[0, 2])",
        &x,
        &x.take(0, &[0, 2]).unwrap(),
    );
    line(
        "x[:, [3, 1]]",
        "x.fancy_index(&[full(), (&[3, 1]).into()])",
        &x,
        &x.fancy_index(&[IndexItem::full(), (&[3, 1]).into()])
            .unwrap(),
    );
    let mask = x.map(|&v| v > 5);
    line(
        "x[x > 5]",
        "x.boolean_mask(x.map(|&v| v > 5).view())",
        &x,
        &x.boolean_mask(mask.view()).unwrap(),
    );

    // Transposes: always a view; `.T` of C data is F data, by type.
    line("x.T", "x.t()", &x, &x.t());
    line(
        "x.transpose(1, 0)",
        "x.view().permuted_axes(&[1, 0])",
        &x,
        &x.view().permuted_axes(&[1, 0]).unwrap(),
    );
    line(
        "np.swapaxes(x, 0, 1)",
        "x.view().swap_axes(0, 1)",
        &x,
        &x.view().swap_axes(0, 1).unwrap(),
    );

    // reshape: a view of C data in C order, by type ...
    line(
        "x.reshape(6, 2)",
        "x.reshape::<shape![6, 2]>()",
        &x,
        &x.reshape::<shape![6, 2]>(),
    );
    // ... and NumPy's run-time rule otherwise: x.T cannot be flattened in
    // C order without copying.
    let t = x.t();
    let r = t
        .reshape_with::<DynRank>(&[12], Order::C, CopyPolicy::IfNeeded)
        .unwrap();
    line(
        "x.T.reshape(12)",
        "x.t().reshape_with(&[12], C, IfNeeded)",
        &x,
        &r,
    );
    let e = t
        .reshape_with::<DynRank>(&[12], Order::C, CopyPolicy::Never)
        .unwrap_err();
    println!(
        "{:<34} {:<44} error: {e}",
        "x.T.reshape(12, copy=False)", "x.t().reshape_with(&[12], C, Never)"
    );
    // `y = x.T; y.shape = (12,)` is the in-place form: a view or an error.
    let e = t.try_reshape_view::<DynRank>(&[12], Order::C).unwrap_err();
    println!(
        "{:<34} {:<44} error: {e}",
        "y = x.T; y.shape = (12,)", "x.t().try_reshape_view(&[12], C)"
    );

    // ravel: a view when NumPy's ravel rule allows it; flatten: always a copy.
    line("x.ravel()", "x.ravel()", &x, &x.ravel());
    line("x.T.ravel()", "x.t().ravel()", &x, &t.ravel());
    line(
        "x.T.ravel('K')",
        "x.t().ravel_order(Order::K)",
        &x,
        &t.ravel_order(Order::K),
    );
    line("x.flatten()", "x.flatten()", &x, &x.flatten());

    // Uniformly strided data: reshape(-1) keeps the stride, ravel copies
    // (NumPy's ravel never runs the reshape algorithm).
    let evens = x.ravel().slice(s![..;2]);
    let r = evens
        .reshape_with::<DynRank>(&[-1], Order::C, CopyPolicy::IfNeeded)
        .unwrap();
    line(
        "x.ravel()[::2].reshape(-1)",
        "evens.reshape_with(&[-1], C, IfNeeded)",
        &x,
        &r,
    );
    line(
        "x.ravel()[::2].ravel()",
        "evens.ravel()",
        &x,
        &evens.ravel(),
    );

    // Contiguity conversions: the same memory when the layout allows it.
    line(
        "np.ascontiguousarray(x)",
        "x.view().to_c_contiguous()",
        &x,
        &x.view().to_c_contiguous(),
    );
    line(
        "np.ascontiguousarray(x.T)",
        "x.t().to_c_contiguous()",
        &x,
        &t.to_c_contiguous(),
    );
    line(
        "np.asfortranarray(x.T)",
        "x.t().to_f_contiguous()",
        &x,
        &t.to_f_contiguous(),
    );
    line(
        "np.asfortranarray(x)",
        "x.view().to_f_contiguous()",
        &x,
        &x.view().to_f_contiguous(),
    );

    // Copies on request.
    line("x.copy()", "x.to_owned()", &x, &x.to_owned());
    line(
        "np.copy(x.T)  (order='K')",
        "x.t().to_owned_order(Order::K)",
        &x,
        &t.to_owned_order(Order::K),
    );

    // Broadcasting: read-only views with stride 0.
    let row = array![10, 20, 30, 40];
    let b: View<'_, i64, shape![3, 4], _> = row.broadcast_to([3, 4]).unwrap();
    line(
        "np.broadcast_to(row, (3, 4))",
        "row.broadcast_to([3, 4])",
        &row,
        &b,
    );
    let (bx, brow) = broadcast_pair(x.view(), row.view()).unwrap();
    line(
        "np.broadcast_arrays(x, row)[1]",
        "broadcast_pair(x.view(), row.view()).1",
        &row,
        &brow,
    );
    line(
        "np.broadcast_arrays(x, row)[0]",
        "broadcast_pair(x.view(), row.view()).0",
        &x,
        &bx,
    );

    // shares_memory is exact; may_share_memory compares extents only.
    let (even, odd) = (x.slice(s![.., ..;2]), x.slice(s![.., 1..;2]));
    println!();
    println!(
        "x[:, ::2] and x[:, 1::2]: may_share_memory {}, shares_memory {}",
        may_share_memory(&even, &odd),
        shares_memory(&even, &odd).unwrap()
    );
    println!("x.flags:\n{}", x.flags());
    println!("x.T.flags:\n{}", x.t().flags());
}

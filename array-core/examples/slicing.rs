//! Slicing with `s![..]`: NumPy's basic indexing, with the result's shape
//! and layout in its type. Every slice is a view; `slice_move` is the one
//! form that copies.
//!
//! ```text
//! cargo run --example slicing
//! ```

use array_core::{
    Array, C, Const, Dyn, DynRank, SliceError, Strided, View, array, s, shape, shares_memory,
};

fn main() {
    // a = np.arange(24).reshape(4, 6)
    let a = Array::<i32, shape![4, 6]>::from_fn_static(|[i, j]| (6 * i + j) as i32);
    println!("a =\n{a}\n");

    // a[1:3]: whole rows of a C array stay C, and literal bounds on a
    // static axis give a static dim.
    let rows: View<'_, i32, shape![2, 6], C> = a.slice(s![1..3, ..]);
    println!(
        "a[1:3]        C, dims {:?}, as_slice {:?}",
        rows.dims(),
        rows.as_slice()
    );

    // a[2]: an integer drops its axis.
    let row: View<'_, i32, shape![6], C> = a.slice(s![2, ..]);
    println!("a[2]          C, {row}");

    // a[:, 1]: a column is strided (stride 6).
    let col: View<'_, i32, shape![4], Strided> = a.slice(s![.., 1]);
    println!("a[:, 1]       Strided, strides {:?}: {col}", col.strides());

    // a[1:3, 2:5]: a block; rows do not touch, so Strided.
    let block: View<'_, i32, shape![2, 3], Strided> = a.slice(s![1..3, 2..5]);
    println!("a[1:3, 2:5]   Strided:\n{block}");

    // Steps, negative steps and inclusive ranges.
    println!("a[0, ::2]     {}", a.slice(s![0, ..;2]));
    println!("a[0, ::-1]    {}", a.slice(s![0, ..;-1]));
    println!("a[0, 4:1:-1]  {}", a.slice(s![0, 4..1;-1]));
    println!("a[0, 1:4]     {} (s![0, 1..=3])", a.slice(s![0, 1..=3]));

    // Negative integers count from the end.
    println!("a[-1, -2]     {}", a.slice(s![-1, -2]));

    // New axes and the ellipsis.
    let col_vec = a.slice(s![0, .., NewAxis]);
    println!("a[0, :, None] dims {:?}", col_vec.dims());
    println!("a[..., 0]     {}", a.slice(s![..., 0]));

    // Run-time bounds follow NumPy: clamped, reversed ranges are empty.
    let (lo, hi) = (2, 100);
    let tail: View<'_, i32, (Dyn, Const<6>), C> = a.slice(s![lo..hi, ..]);
    println!("a[2:100]      dims {:?} (clamped, as NumPy)", tail.dims());
    println!("a[0, 4:1]     {} (empty)", a.slice(s![0, (4)..(1)]));
    // A literal bound past a static axis is a compile error instead:
    // `a.slice(s![0..5, ..])` on 4 rows does not compile. Parentheses make
    // the bound a run-time value: `s![0..(5), ..]`.

    // An integer out of range is an error (`slice` panics, `try_slice`
    // returns it).
    let i = 7;
    let e: SliceError = a.view().try_slice(s![i, ..]).unwrap_err();
    println!("a[7]          error: {e}");

    // Slices of a DynRank array: the rank is checked when slicing.
    let d = Array::<i32, DynRank>::from_shape_vec([2, 3, 4], (0..24).collect()).expect("24");
    let plane = d.slice(s![1, .., ..;2]);
    println!("d[1, :, ::2]  dims {:?}:\n{plane}", plane.dims());

    // Every slice shares memory with its source.
    println!(
        "shares memory: a[1:3] {}, a[:, 1] {}",
        shares_memory(&rows, &a).unwrap(),
        shares_memory(&col, &a).unwrap()
    );

    // Writing through a slice: `slice_mut` on the owner.
    let mut m = array![[0, 0, 0], [0, 0, 0]];
    m.slice_mut(s![.., 1]).fill(7);
    let mut corner = m.slice_mut(s![1.., 2..]);
    corner += 1;
    println!("after writes:\n{m}");

    // Mutable views split into disjoint mutable views.
    let (mut left, mut right) = m.view_mut().split_at(1, 1).expect("axis 1, index 1");
    left.fill(-1);
    right *= 10;
    println!("after split_at(1, 1):\n{m}");

    // `slice_move` copies the selected elements into a new array.
    let owned = a.clone().slice_move(s![.., ..;2]);
    println!(
        "slice_move of a[:, ::2]: {:?}, shares memory with a: {}",
        owned.dims(),
        shares_memory(&owned, &a).unwrap()
    );
}

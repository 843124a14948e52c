//! Copy-kernel and view-versus-copy benchmarks.
//!
//! ```text
//! cargo bench -p array-core --bench copy
//! ```
//!
//! Results are recorded in `docs/benchmarks.md`. The baselines are
//! `slice_to_vec` (a plain `memcpy`-speed copy of the same bytes) and
//! `naive_transpose` (an element-by-element strided loop, what a copy without
//! tiling does).

use array_core::{Array, DynRank, Order, Strided, View};
use divan::Bencher;

fn main() {
    divan::main();
}

/// Square side for the 2-D copies: 2048 x 2048 f64 = 32 MiB, past the caches.
const SIDE: usize = 2048;

fn square() -> Array<f64, DynRank> {
    Array::from_fn(DynRank::new(&[SIDE, SIDE]), |ix| {
        (ix[0] * SIDE + ix[1]) as f64
    })
}

#[divan::bench]
fn slice_to_vec(b: Bencher<'_, '_>) {
    let a = square();
    b.bench_local(|| divan::black_box(a.as_slice().to_vec()));
}

#[divan::bench]
fn flatten_c_of_c(b: Bencher<'_, '_>) {
    let a = square();
    b.bench_local(|| divan::black_box(a.flatten()));
}

#[divan::bench]
fn ravel_c_of_c_view(b: Bencher<'_, '_>) {
    let a = square();
    b.bench_local(|| divan::black_box(a.view().ravel().len()));
}

#[divan::bench]
fn transpose_copy_tiled(b: Bencher<'_, '_>) {
    let a = square();
    b.bench_local(|| divan::black_box(a.t().ravel_order(Order::C)));
}

#[divan::bench]
fn naive_transpose(b: Bencher<'_, '_>) {
    let a = square();
    let src = a.as_slice();
    b.bench_local(|| {
        let mut out = Vec::with_capacity(SIDE * SIDE);
        for j in 0..SIDE {
            for i in 0..SIDE {
                out.push(src[i * SIDE + j]);
            }
        }
        divan::black_box(out)
    });
}

#[divan::bench]
fn strided_every_other_row(b: Bencher<'_, '_>) {
    let a = square();
    let v = View::<f64, DynRank, Strided>::from_parts(
        a.as_slice(),
        [SIDE / 2, SIDE],
        [2 * SIDE as isize, 1],
        0,
    )
    .expect("in bounds");
    b.bench_local(|| divan::black_box(v.clone().to_c_contiguous()));
}

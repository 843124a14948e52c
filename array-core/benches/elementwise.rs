//! In-place (`out=`) versus allocating elementwise arithmetic.
//!
//! ```text
//! cargo bench -p array-core --bench elementwise
//! ```
//!
//! Results are recorded in `docs/benchmarks.md`. `slice_zip_baseline` is a
//! plain loop over three slices: the speed a contiguous kernel should reach.

use array_core::{Array, DynRank, arith};
use divan::Bencher;

fn main() {
    divan::main();
}

const N: usize = 4_000_000;

fn operands() -> (Array<f64, DynRank>, Array<f64, DynRank>) {
    let a = Array::from_fn(DynRank::new(&[N]), |ix| ix[0] as f64);
    let b = Array::from_fn(DynRank::new(&[N]), |ix| 1.0 / (1.0 + ix[0] as f64));
    (a, b)
}

#[divan::bench]
fn slice_zip_baseline(bench: Bencher<'_, '_>) {
    let (a, b) = operands();
    let mut out = vec![0.0; N];
    bench.bench_local(|| {
        for ((o, x), y) in out.iter_mut().zip(a.as_slice()).zip(b.as_slice()) {
            *o = x + y;
        }
        divan::black_box(&out);
    });
}

#[divan::bench]
fn add_into_out(bench: Bencher<'_, '_>) {
    let (a, b) = operands();
    let mut out = Array::<f64, DynRank>::zeros(DynRank::new(&[N]));
    bench.bench_local(|| {
        arith::add(&a, &b, &mut out).expect("same shapes");
        divan::black_box(&out);
    });
}

#[divan::bench]
fn add_allocating(bench: Bencher<'_, '_>) {
    let (a, b) = operands();
    bench.bench_local(|| divan::black_box(&a + &b));
}

#[divan::bench]
fn add_assign_in_place(bench: Bencher<'_, '_>) {
    let (mut a, b) = operands();
    bench.bench_local(|| {
        a += &b;
        divan::black_box(&a);
    });
}

#[divan::bench]
fn add_assign_transposed_operand(bench: Bencher<'_, '_>) {
    let side = 2000;
    let mut a = Array::<f64, DynRank>::zeros(DynRank::new(&[side, side]));
    let b = Array::<f64, DynRank>::from_fn(DynRank::new(&[side, side]), |ix| ix[1] as f64);
    bench.bench_local(|| {
        a += &b.t();
        divan::black_box(&a);
    });
}

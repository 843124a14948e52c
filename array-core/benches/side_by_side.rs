//! array-core and ndarray on the same data, in one process, for the rows of
//! the performance table in `docs/benchmarks.md`:
//!
//! ```text
//! cargo bench -p array-core --bench side_by_side
//! ```
//!
//! Each group has a baseline (`memcpy`, an untransposed in-place add, a
//! slice of a `Vec`) so that the figures to compare are ratios measured in
//! the same run; absolute times vary between runs on a shared machine.

use array_core::{Array, C, DynRank, Order, View, shape};
use divan::{Bencher, black_box};
use ndarray::{Array2, IxDyn, ShapeBuilder};

fn main() {
    divan::main();
}

/// Square sides for the transposing copies: 8, 32 and 128 MiB of `f64`.
const SIDES: [usize; 3] = [1024, 2048, 4096];

/// The same with a side that is not a power of two (2000: a 16,000-byte
/// stride, whose column stays in cache, walked row by row).
const SIDES_INTO: [usize; 4] = [1024, 2000, 2048, 4096];

fn square(side: usize) -> Array<f64, DynRank> {
    Array::from_fn(DynRank::new(&[side, side]), |ix| {
        (ix[0] * side + ix[1]) as f64
    })
}

fn nd_square(side: usize) -> Array2<f64> {
    Array2::from_shape_fn((side, side), |(i, j)| (i * side + j) as f64)
}

/// A C-order copy of a transposed (F-order) view, against `memcpy` of the
/// same bytes into a fresh allocation.
mod transposing_copy {
    use super::*;

    #[divan::bench(args = SIDES)]
    fn memcpy(b: Bencher<'_, '_>, side: usize) {
        let a = square(side);
        let src = a.view().try_into_c().unwrap();
        b.bench_local(|| black_box(src.as_slice().to_vec()));
    }

    #[divan::bench(args = SIDES)]
    fn array_core(b: Bencher<'_, '_>, side: usize) {
        let a = square(side);
        b.bench_local(|| black_box(a.t().ravel_order(Order::C).into_owned()));
    }

    #[divan::bench(args = SIDES)]
    fn ndarray(b: Bencher<'_, '_>, side: usize) {
        let a = nd_square(side);
        b.bench_local(|| black_box(a.t().as_standard_layout().into_owned()));
    }
}

/// The same copies into an existing C-order array (NumPy's
/// `np.copyto(dst, a.T)`), against `copy_from_slice` of the same bytes: no
/// allocation and no fresh pages on either side, so the ratio is the
/// kernels' alone.
mod transposing_copy_into {
    use super::*;

    #[divan::bench(args = SIDES_INTO)]
    fn copy_from_slice(b: Bencher<'_, '_>, side: usize) {
        let a = square(side);
        let src = a.view().try_into_c().unwrap();
        let mut dst = vec![0.0; side * side];
        b.bench_local(|| {
            dst.copy_from_slice(src.as_slice());
            black_box(&dst);
        });
    }

    #[divan::bench(args = SIDES_INTO)]
    fn array_core(b: Bencher<'_, '_>, side: usize) {
        let a = square(side);
        let mut dst = square(side);
        b.bench_local(|| {
            dst.assign(a.t());
            black_box(&dst);
        });
    }

    #[divan::bench(args = SIDES_INTO)]
    fn ndarray(b: Bencher<'_, '_>, side: usize) {
        let a = nd_square(side);
        let mut dst = nd_square(side);
        b.bench_local(|| {
            dst.assign(&a.t());
            black_box(&dst);
        });
    }
}

/// `a += &b.t()` against `a += &b`, 2000 x 2000 `f64`.
mod add_assign_transposed {
    use super::*;

    const SIDE: usize = 2000;

    #[divan::bench]
    fn array_core_plain(b: Bencher<'_, '_>) {
        let mut a = square(SIDE);
        let x = square(SIDE);
        b.bench_local(|| {
            a += &x;
            black_box(&a);
        });
    }

    #[divan::bench]
    fn array_core_transposed(b: Bencher<'_, '_>) {
        let mut a = square(SIDE);
        let x = square(SIDE);
        b.bench_local(|| {
            a += &x.t();
            black_box(&a);
        });
    }

    #[divan::bench]
    fn ndarray_plain(b: Bencher<'_, '_>) {
        let mut a = nd_square(SIDE);
        let x = nd_square(SIDE);
        b.bench_local(|| {
            a += &x;
            black_box(&a);
        });
    }

    #[divan::bench]
    fn ndarray_transposed(b: Bencher<'_, '_>) {
        let mut a = nd_square(SIDE);
        let x = nd_square(SIDE);
        b.bench_local(|| {
            a += &x.t();
            black_box(&a);
        });
    }
}

/// A C-order reshape view with a run-time rank: `try_reshape` on `DynRank`
/// against ndarray's `to_shape` on `IxDyn`. Nanosecond work: every sample
/// times 1000 calls, so the timer's own cost does not count.
mod dyn_rank_reshape_view {
    use super::*;

    #[divan::bench(sample_size = 1000)]
    fn array_core(b: Bencher<'_, '_>) {
        let a = Array::<f64, DynRank>::zeros(DynRank::new(&[4, 6, 10]));
        b.bench_local(|| {
            let v = black_box(&a)
                .view()
                .try_reshape::<DynRank>([24isize, 10])
                .unwrap();
            black_box(v.len())
        });
    }

    #[divan::bench(sample_size = 1000)]
    fn ndarray(b: Bencher<'_, '_>) {
        let a = ndarray::ArrayD::<f64>::zeros(IxDyn(&[4, 6, 10]));
        b.bench_local(|| {
            let v = black_box(&a).to_shape(IxDyn(&[24, 10])).unwrap();
            black_box(v.len())
        });
    }
}

/// A static reshape view against building a slice of a `Vec`.
mod static_reshape_view {
    use super::*;

    #[divan::bench(sample_size = 1000)]
    fn array_core(b: Bencher<'_, '_>) {
        let a = Array::<f64, shape![4, 6, 10]>::zeros_static();
        b.bench_local(|| {
            let v: View<'_, f64, shape![24, 10], C> = black_box(&a).view().reshape();
            black_box(v.as_ptr())
        });
    }

    #[divan::bench(sample_size = 1000)]
    fn slice_of_vec(b: Bencher<'_, '_>) {
        let v = vec![0.0f64; 240];
        b.bench_local(|| {
            let s: &[f64] = &black_box(&v)[..];
            black_box(s.as_ptr())
        });
    }

    #[divan::bench(sample_size = 1000)]
    fn ndarray_static_rank(b: Bencher<'_, '_>) {
        let a = ndarray::Array3::<f64>::zeros((4, 6, 10).f());
        let a = a.as_standard_layout().into_owned();
        b.bench_local(|| {
            let v = black_box(&a)
                .view()
                .into_shape_with_order((24, 10))
                .unwrap();
            black_box(v.as_ptr())
        });
    }
}

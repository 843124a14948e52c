//! The best plain loops found for the two goals of `docs/benchmarks.md`
//! that are not met, timed in the same run as array-core's own kernels:
//!
//! ```text
//! cargo bench -p array-core --bench limits
//! ```
//!
//! The reference loops work on `Vec<f64>`s without bounds checks, know the
//! shape and the element type, and skip everything a library must do
//! (layout checks, clone semantics, the choice between walks). What they
//! reach is the measured limit of this kind of kernel on the machine that
//! runs them; array-core's row of each group is compared with it and with
//! the `memcpy` or untransposed baseline of the same group.

// The reference loops read without bounds checks and write into spare
// capacity, as the best kernel a library could hope for would; each block
// says why it stays in bounds. The library's own unsafe code lives in
// `src/array/raw` alone.
#![allow(unsafe_code)]

use array_core::{Array, DynRank, Order};
use divan::{Bencher, black_box};
use std::mem::MaybeUninit;

fn main() {
    divan::main();
}

fn square(side: usize) -> Array<f64, DynRank> {
    Array::from_fn(DynRank::new(&[side, side]), |ix| {
        (ix[0] * side + ix[1]) as f64
    })
}

fn square_vec(side: usize) -> Vec<f64> {
    (0..side * side).map(|i| i as f64).collect()
}

/// Panics unless `out` is the transpose of the `side x side` C-order
/// `src`: each reference loop is checked once before it is timed.
fn assert_transposed(out: &[f64], src: &[f64], side: usize) {
    for r in 0..side {
        for c in 0..side {
            assert_eq!(out[r * side + c], src[c * side + r], "element ({r}, {c})");
        }
    }
}

/// Writes the transpose of the `side x side` C-order `src` into `dst`
/// (`dst[r * side + c] = src[c * side + r]`) in tiles of `tile_rows`
/// destination rows by `tile_cols` destination columns, each tile row by
/// row.
fn transpose_tiled(
    src: &[f64],
    side: usize,
    dst: &mut [MaybeUninit<f64>],
    tile_rows: usize,
    tile_cols: usize,
) {
    assert!(src.len() == side * side && dst.len() == side * side);
    for r0 in (0..side).step_by(tile_rows) {
        for c0 in (0..side).step_by(tile_cols) {
            let c1 = (c0 + tile_cols).min(side);
            for r in r0..(r0 + tile_rows).min(side) {
                for (slot, c) in dst[r * side + c0..r * side + c1].iter_mut().zip(c0..c1) {
                    // SAFETY: r < side and c < side, so c * side + r <
                    // side * side = src.len() (asserted above).
                    slot.write(unsafe { *src.get_unchecked(c * side + r) });
                }
            }
        }
    }
}

/// The same in tiles of 256 x 8, each made of 2 x 2 blocks: two source
/// rows are read two elements at a time and written as two destination
/// rows of two (the pattern that lets the compiler pair loads and stores).
fn transpose_blocks_2x2(src: &[f64], side: usize, dst: &mut [MaybeUninit<f64>]) {
    let (s, d) = (src.as_ptr(), dst.as_mut_ptr().cast::<f64>());
    for_each_2x2_block(src.len(), dst.len(), side, |r, c| {
        // SAFETY: `for_each_2x2_block` gives r + 1 < side and c + 1 <
        // side, so every offset below is under side * side, the length
        // of both buffers.
        unsafe {
            let p = s.add(c * side + r);
            let (a0, a1) = (*p, *p.add(1));
            let (b0, b1) = (*p.add(side), *p.add(side + 1));
            let q = d.add(r * side + c);
            q.write(a0);
            q.add(1).write(b0);
            q.add(side).write(a1);
            q.add(side + 1).write(b1);
        }
    });
}

/// Calls `block(r, c)` with the top-left corner of every 2 x 2 block of a
/// `side x side` transpose, in tiles of 256 x 8, after checking that both
/// buffers (of `src_len` and `dst_len` elements) hold `side * side` and
/// that `side` is a multiple of 8: then `r + 1 < side` and `c + 1 < side`.
#[inline(always)]
fn for_each_2x2_block(
    src_len: usize,
    dst_len: usize,
    side: usize,
    mut block: impl FnMut(usize, usize),
) {
    assert!(src_len == side * side && dst_len == side * side && side.is_multiple_of(8));
    for r0 in (0..side).step_by(256) {
        for c0 in (0..side).step_by(8) {
            for r in (r0..(r0 + 256).min(side)).step_by(2) {
                for c in (c0..c0 + 8).step_by(2) {
                    block(r, c);
                }
            }
        }
    }
}

/// The 2 x 2 blocks with SSE2's shuffles: two 16-byte loads, two
/// `unpack`s, two 16-byte stores per block (x86-64 only; SSE2 is part of
/// its baseline).
#[cfg(target_arch = "x86_64")]
fn transpose_sse2_2x2(src: &[f64], side: usize, dst: &mut [MaybeUninit<f64>]) {
    use std::arch::x86_64::{_mm_loadu_pd, _mm_storeu_pd, _mm_unpackhi_pd, _mm_unpacklo_pd};
    let (s, d) = (src.as_ptr(), dst.as_mut_ptr().cast::<f64>());
    for_each_2x2_block(src.len(), dst.len(), side, |r, c| {
        // SAFETY: as in `transpose_blocks_2x2`, every element read or
        // written is under side * side; SSE2 is always present on
        // x86-64, and the loads and stores are the unaligned kind.
        unsafe {
            let p = s.add(c * side + r);
            let (a, b) = (_mm_loadu_pd(p), _mm_loadu_pd(p.add(side)));
            let q = d.add(r * side + c);
            _mm_storeu_pd(q, _mm_unpacklo_pd(a, b));
            _mm_storeu_pd(q.add(side), _mm_unpackhi_pd(a, b));
        }
    });
}

/// The initialised elements of `v` as slots to write over.
fn as_uninit(v: &mut [f64]) -> &mut [MaybeUninit<f64>] {
    // SAFETY: `MaybeUninit<f64>` has the layout of `f64`, every `f64` is a
    // valid `MaybeUninit<f64>`, and the loops only write `f64`s into the
    // slots, so the slice stays initialised.
    unsafe { std::slice::from_raw_parts_mut(v.as_mut_ptr().cast(), v.len()) }
}

/// A fresh C-order transposed copy of a 1024² `f64` array (8 MiB each
/// side, resident in the last-level cache), against `memcpy` of the same
/// bytes into a fresh buffer.
mod transposing_copy_1024 {
    use super::*;

    const SIDE: usize = 1024;

    fn fresh(side: usize, fill: impl FnOnce(&mut [MaybeUninit<f64>])) -> Vec<f64> {
        let mut out = Vec::with_capacity(side * side);
        fill(&mut out.spare_capacity_mut()[..side * side]);
        // SAFETY: `fill` is one of this file's transposing loops, each of
        // which writes every one of the side * side slots (each bench
        // checks its loop's output with `assert_transposed` before timing).
        unsafe { out.set_len(side * side) };
        out
    }

    #[divan::bench]
    fn memcpy(b: Bencher<'_, '_>) {
        let src = square_vec(SIDE);
        b.bench_local(|| black_box(src.to_vec()));
    }

    #[divan::bench]
    fn array_core(b: Bencher<'_, '_>) {
        let a = square(SIDE);
        let run = || a.t().ravel_order(Order::C).into_owned();
        assert_transposed(run().as_slice(), &square_vec(SIDE), SIDE);
        b.bench_local(|| black_box(run()));
    }

    #[divan::bench(args = [(256, 8), (64, 8), (64, 16), (32, 32)])]
    fn plain_tiles(b: Bencher<'_, '_>, (tile_rows, tile_cols): (usize, usize)) {
        let src = square_vec(SIDE);
        let run = || {
            fresh(SIDE, |d| {
                transpose_tiled(&src, SIDE, d, tile_rows, tile_cols)
            })
        };
        assert_transposed(&run(), &src, SIDE);
        b.bench_local(|| black_box(run()));
    }

    #[divan::bench]
    fn plain_blocks_2x2(b: Bencher<'_, '_>) {
        let src = square_vec(SIDE);
        let run = || fresh(SIDE, |d| transpose_blocks_2x2(&src, SIDE, d));
        assert_transposed(&run(), &src, SIDE);
        b.bench_local(|| black_box(run()));
    }

    #[cfg(target_arch = "x86_64")]
    #[divan::bench]
    fn plain_sse2_2x2(b: Bencher<'_, '_>) {
        let src = square_vec(SIDE);
        let run = || fresh(SIDE, |d| transpose_sse2_2x2(&src, SIDE, d));
        assert_transposed(&run(), &src, SIDE);
        b.bench_local(|| black_box(run()));
    }
}

/// The transposing copy into an existing 2048² `f64` array (no page
/// faults on either side), against `copy_from_slice`: the tile shapes
/// `rules::tile` chose between, at a power-of-two stride.
mod transposing_copy_into_2048 {
    use super::*;

    const SIDE: usize = 2048;

    #[divan::bench]
    fn copy_from_slice(b: Bencher<'_, '_>) {
        let src = square_vec(SIDE);
        let mut dst = vec![0.0; SIDE * SIDE];
        b.bench_local(|| {
            dst.copy_from_slice(&src);
            black_box(&dst);
        });
    }

    #[divan::bench]
    fn array_core(b: Bencher<'_, '_>) {
        let a = square(SIDE);
        let mut dst = square(SIDE);
        dst.assign(a.t());
        assert_transposed(dst.as_slice(), &square_vec(SIDE), SIDE);
        b.bench_local(|| {
            dst.assign(a.t());
            black_box(&dst);
        });
    }

    #[divan::bench(args = [(256, 8), (512, 8), (64, 16), (256, 16), (32, 32)])]
    fn plain_tiles(b: Bencher<'_, '_>, (tile_rows, tile_cols): (usize, usize)) {
        let src = square_vec(SIDE);
        let mut dst = vec![0.0; SIDE * SIDE];
        // The existing elements, written over in place.
        let run =
            |dst: &mut [f64]| transpose_tiled(&src, SIDE, as_uninit(dst), tile_rows, tile_cols);
        run(&mut dst);
        assert_transposed(&dst, &src, SIDE);
        b.bench_local(|| {
            run(&mut dst);
            black_box(&dst);
        });
    }
}

/// `a += b.T` against `a += b`, 2000² `f64` (a 16,000-byte stride).
mod add_assign_transposed_2000 {
    use super::*;

    const SIDE: usize = 2000;

    #[divan::bench]
    fn plain_add(b: Bencher<'_, '_>) {
        let mut a = square_vec(SIDE);
        let x = square_vec(SIDE);
        b.bench_local(|| {
            for (a, x) in a.iter_mut().zip(&x) {
                *a += *x;
            }
            black_box(&a);
        });
    }

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

    /// Panics unless `add` turns `a` into `a + x.T`: each reference loop
    /// is checked once before it is timed.
    fn assert_adds_transposed(add: impl Fn(&mut [f64], &[f64])) {
        let (mut a, x) = (square_vec(SIDE), square_vec(SIDE));
        add(&mut a, &x);
        for r in 0..SIDE {
            for c in 0..SIDE {
                let want = (r * SIDE + c) as f64 + (c * SIDE + r) as f64;
                assert_eq!(a[r * SIDE + c], want, "element ({r}, {c})");
            }
        }
    }

    /// Row `r` of `a` plus column `r` of `x`, stepped through by `zip`:
    /// no index arithmetic or bounds check per element.
    fn add_transposed_rows(a: &mut [f64], x: &[f64]) {
        for (r, row) in a.chunks_exact_mut(SIDE).enumerate() {
            for (a, x) in row.iter_mut().zip(x[r..].iter().step_by(SIDE)) {
                *a += *x;
            }
        }
    }

    #[divan::bench]
    fn plain_transposed_rows(b: Bencher<'_, '_>) {
        assert_adds_transposed(add_transposed_rows);
        let mut a = square_vec(SIDE);
        let x = square_vec(SIDE);
        b.bench_local(|| {
            add_transposed_rows(&mut a, &x);
            black_box(&a);
        });
    }

    /// The same in tiles of `tile_rows` rows by `tile_cols` columns.
    fn add_transposed_tiles(a: &mut [f64], x: &[f64], tile_rows: usize, tile_cols: usize) {
        for r0 in (0..SIDE).step_by(tile_rows) {
            for c0 in (0..SIDE).step_by(tile_cols) {
                let c1 = (c0 + tile_cols).min(SIDE);
                for r in r0..(r0 + tile_rows).min(SIDE) {
                    let row = &mut a[r * SIDE + c0..r * SIDE + c1];
                    let col = x[c0 * SIDE + r..].iter().step_by(SIDE);
                    for (a, x) in row.iter_mut().zip(col) {
                        *a += *x;
                    }
                }
            }
        }
    }

    /// Tiles of 256 x 8 walked in squares of 8 x 8 with constant trip
    /// counts: the compiler unrolls each square and, knowing the two
    /// slices apart, pairs the loads and stores into 16-byte vectors.
    fn add_transposed_squares(a: &mut [f64], x: &[f64]) {
        let side = black_box(SIDE); // a run-time stride, as in a library
        for r1 in (0..side).step_by(256) {
            for c0 in (0..side).step_by(8) {
                for r0 in (r1..(r1 + 256).min(side)).step_by(8) {
                    let a = &mut a[r0 * side + c0..][..7 * side + 8];
                    let x = &x[c0 * side + r0..][..7 * side + 8];
                    for r in 0..8 {
                        let row: &mut [f64; 8] = (&mut a[r * side..][..8]).try_into().unwrap();
                        let col = &x[r..][..7 * side + 1];
                        for t in 0..8 {
                            row[t] += col[t * side];
                        }
                    }
                }
            }
        }
    }

    #[divan::bench]
    fn plain_transposed_squares(b: Bencher<'_, '_>) {
        assert_adds_transposed(add_transposed_squares);
        let mut a = square_vec(SIDE);
        let x = square_vec(SIDE);
        b.bench_local(|| {
            add_transposed_squares(&mut a, &x);
            black_box(&a);
        });
    }

    #[divan::bench(args = [(256, 8), (8, 512), (64, 64)])]
    fn plain_transposed_tiles(b: Bencher<'_, '_>, (tile_rows, tile_cols): (usize, usize)) {
        assert_adds_transposed(|a, x| add_transposed_tiles(a, x, tile_rows, tile_cols));
        let mut a = square_vec(SIDE);
        let x = square_vec(SIDE);
        b.bench_local(|| {
            add_transposed_tiles(&mut a, &x, tile_rows, tile_cols);
            black_box(&a);
        });
    }
}

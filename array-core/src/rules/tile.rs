//! The tile geometry of loops whose reads cross their writes: a transposing
//! copy, or an elementwise loop with a transposed input.
//!
//! Walking such a loop row by row reads one element per cache line of the
//! crossing operand and leaves the line before its neighbours are needed;
//! walking it in tiles keeps the lines of one tile in cache until all their
//! elements are used. Both the allocating transposing copy
//! (`array::raw::transpose`) and the elementwise plan (`arith::plan`) visit
//! their blocks through [`for_each_tile`], so they share one geometry.

use std::ops::Range;

/// Rows per tile (along the writes' outer axis). Inside a tile, the
/// crossing operand is read along its own rows, one run of `TILE_ROWS`
/// consecutive elements per tile column: long enough for the hardware
/// prefetcher to stream each of them.
pub(crate) const TILE_ROWS: usize = 256;

/// Columns per tile (along the writes' run) for written elements of
/// `elem_bytes`: one cache line of them (8 `f64`s), so each row of a tile
/// writes one whole line, and the crossing operand keeps only that many
/// lines alive: few enough to fit in one cache set (12 ways in L1, 16 in
/// L2 here) even when a power-of-two stride maps them all to it.
///
/// Measured on the reference machine with the plain loops of
/// `benches/limits.rs` (group `transposing_copy_into_2048`: a transposed
/// 2048² `f64` square into an existing array, against a copy of the same
/// bytes; three runs): 256 x 8 tiles 2.08 to 2.72x, 512 x 8 about the
/// same, 256 x 16 2.30 to 2.95x, 64 x 16 (this crate's earlier tiles) 2.86
/// to 3.40x, 32 x 32 3.40 to 4.23x.
pub(crate) const fn tile_cols(elem_bytes: usize) -> usize {
    if elem_bytes == 0 || elem_bytes >= LINE_BYTES {
        1
    } else {
        LINE_BYTES / elem_bytes
    }
}

/// [`for_each_tile`]'s column count for a walk of whole rows in order.
pub(crate) const WHOLE_ROWS: usize = usize::MAX;

/// The cache the untiled walk relies on: a 1 MiB, 16-way L2 with 64-byte
/// lines (1,024 sets), as on current x86-64 cores (this project's reference
/// machine: AMD EPYC, L2 1 MiB 16-way; Intel cores since Skylake-SP have
/// 1 to 2 MiB, 16-way).
const LINE_BYTES: usize = 64;
const L2_SETS: usize = 1024;
const L2_WAYS: usize = 16;

/// True when a walk along `len` elements `stride_bytes` apart, repeated for
/// the neighbouring elements on the next row, would lose its cache lines
/// before it comes back to them, so that tiles pay.
///
/// Untiled, a crossing operand keeps one line per element of the run alive
/// between two rows. Those lines fall into `L2_SETS / (the stride's share of
/// the set index)` sets: a stride that is a multiple of a large power of two
/// (a 2048 x 2048 `f64` transposed: 16 KiB) maps them all to a few sets,
/// whose ways are soon used up; other strides spread them over many sets
/// (2000 x 2000 `f64`: 16,000 bytes, 512 sets). Half the ways of those sets
/// are left to the other operands.
///
/// Measured on the reference machine (transposed `f64` squares, both walks
/// in one run): `dst.assign(a.t())` against a copy into an existing buffer,
/// tiled / untiled, 2.2 to 2.6x / 14 to 16x at 2048² and 4096², 3.7 to
/// 4.4x / 2.2 to 2.5x at 2000², 3.7 to 4.1x / 1.9 to 2.7x at 3000²; at
/// 4000² (256 sets, 4,000 lines) the allocating copy was 1.06 to 1.44x /
/// 1.61x a fresh copy.
pub(crate) fn column_leaves_cache(len: usize, stride_bytes: usize) -> bool {
    // The set index is (address / 64) mod 1024: it repeats every 64 KiB, so
    // only the stride's residue modulo 64 KiB matters.
    if stride_bytes < LINE_BYTES {
        // Several elements share a line: the walk is nearly sequential.
        return len.saturating_mul(stride_bytes) / LINE_BYTES > L2_SETS * L2_WAYS / 2;
    }
    let period = LINE_BYTES * L2_SETS;
    let shared = 1usize << stride_bytes.trailing_zeros().min(period.trailing_zeros());
    let sets = period / shared;
    len > (sets * L2_WAYS / 2).min(L2_SETS * L2_WAYS / 2)
}

/// Calls `tile(r0..r1, c0..c1)` for every tile of `TILE_ROWS` rows by
/// `tile_cols` columns of a `rows x cols` block, in row-major order of the
/// tiles: together they cover every (row, column) pair exactly once. With
/// `tile_cols` = [`WHOLE_ROWS`] each tile is up to `TILE_ROWS` whole rows,
/// in order.
#[inline(always)]
pub(crate) fn for_each_tile(
    rows: usize,
    cols: usize,
    tile_cols: usize,
    mut tile: impl FnMut(Range<usize>, Range<usize>),
) {
    for r0 in (0..rows).step_by(TILE_ROWS) {
        let r1 = (r0 + TILE_ROWS).min(rows);
        for c0 in (0..cols).step_by(tile_cols) {
            tile(r0..r1, c0..c0.saturating_add(tile_cols).min(cols));
        }
    }
}

/// Calls `row(r, c0, c1)` for every row `r` of every tile of
/// [`for_each_tile`], the tile's columns being `c0..c1`: every (row,
/// column) pair exactly once, tile by tile; with `tile_cols` =
/// [`WHOLE_ROWS`], every row, whole, in order.
#[inline(always)]
pub(crate) fn for_each_tile_row(
    rows: usize,
    cols: usize,
    tile_cols: usize,
    mut row: impl FnMut(usize, usize, usize),
) {
    for_each_tile(rows, cols, tile_cols, |rs, cs| {
        for r in rs {
            row(r, cs.start, cs.end);
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every pair once, whatever the block's size against the tile's.
    #[test]
    fn every_pair_exactly_once() {
        for (rows, cols) in [(0, 5), (1, 1), (3, 40), (256, 8), (257, 9), (600, 33)] {
            for tile_cols in [1, 8, 16, WHOLE_ROWS] {
                let mut seen = vec![0u8; rows * cols];
                for_each_tile_row(rows, cols, tile_cols, |r, c0, c1| {
                    assert!(c0 < c1 && c1 <= cols && c1 - c0 <= tile_cols);
                    for c in c0..c1 {
                        seen[r * cols + c] += 1;
                    }
                });
                assert!(
                    seen.iter().all(|&n| n == 1),
                    "{rows} x {cols} / {tile_cols}"
                );
            }
        }
    }

    #[test]
    fn a_tile_is_one_cache_line_wide() {
        assert_eq!(tile_cols(8), 8);
        assert_eq!(tile_cols(4), 16);
        assert_eq!(tile_cols(1), 64);
        assert_eq!(tile_cols(24), 2);
        assert_eq!(tile_cols(64), 1);
        assert_eq!(tile_cols(4096), 1);
        assert_eq!(tile_cols(0), 1);
    }

    #[test]
    fn columns_with_power_of_two_strides_leave_the_cache() {
        let f64_bytes = 8;
        // Transposed squares of f64: stride = side elements.
        for side in [1024, 1536, 2048, 4000, 4096, 8192] {
            assert!(column_leaves_cache(side, side * f64_bytes), "{side}");
        }
        for side in [1000, 2000, 3000] {
            assert!(!column_leaves_cache(side, side * f64_bytes), "{side}");
        }
        // A column longer than half the L2 leaves it whatever the stride.
        assert!(column_leaves_cache(20_000, 20_000 * f64_bytes));
        // A zero stride (one element read again) never does, nor a stride
        // shorter than a line, unless the span itself outgrows half the L2.
        assert!(!column_leaves_cache(4096, 0));
        assert!(!column_leaves_cache(20_000, 16));
        assert!(column_leaves_cache(200_000, 16));
        // Short columns fit even in the one set of a 64 KiB stride (half
        // its 16 ways).
        assert!(!column_leaves_cache(8, 65536));
        assert!(column_leaves_cache(9, 65536));
    }

    /// Tile by tile: the rows of one tile come before the next tile's;
    /// whole rows come in order.
    #[test]
    fn rows_of_a_tile_come_together() {
        let mut visits = Vec::new();
        for_each_tile_row(3, 20, 16, |r, c0, c1| visits.push((r, c0, c1)));
        assert_eq!(
            visits,
            [
                (0, 0, 16),
                (1, 0, 16),
                (2, 0, 16),
                (0, 16, 20),
                (1, 16, 20),
                (2, 16, 20)
            ]
        );
        visits.clear();
        for_each_tile_row(300, 20, WHOLE_ROWS, |r, c0, c1| visits.push((r, c0, c1)));
        assert_eq!(visits, (0..300).map(|r| (r, 0, 20)).collect::<Vec<_>>());
    }

    #[test]
    fn tiles_as_blocks() {
        let mut tiles = Vec::new();
        for_each_tile(300, 20, 16, |rs, cs| tiles.push((rs, cs)));
        assert_eq!(
            tiles,
            [
                (0..256, 0..16),
                (0..256, 16..20),
                (256..300, 0..16),
                (256..300, 16..20)
            ]
        );
        tiles.clear();
        for_each_tile(300, 20, WHOLE_ROWS, |rs, cs| tiles.push((rs, cs)));
        assert_eq!(tiles, [(0..256, 0..20), (256..300, 0..20)]);
        tiles.clear();
        for_each_tile(3, 0, 8, |rs, cs| tiles.push((rs, cs)));
        assert!(tiles.is_empty());
    }
}

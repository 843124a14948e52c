//! The tile geometry of loops whose reads cross their writes: a transposing
//! copy, or an elementwise loop with a transposed input.
//!
//! Walking such a loop row by row reads one element per cache line of the
//! crossing operand and leaves the line before its neighbours are needed;
//! walking it in tiles keeps the lines of one tile in cache until all their
//! elements are used. Both the allocating transposing copy
//! (`array::raw::transpose`) and the elementwise plan (`arith::plan`) visit
//! their blocks through [`for_each_tile`], so they share one geometry.

/// Rows per tile (along the writes' outer axis). Each cache line of the
/// crossing operand (8 `f64`s down one of its columns) serves 8 consecutive
/// rows, so a tile of 64 rows uses every line it loads 8 times while it is
/// still in cache.
pub(crate) const TILE_ROWS: usize = 64;

/// Columns per tile (along the writes' run): 16 consecutive written
/// elements (two cache lines of `f64`), read from 16 columns of the crossing
/// operand. Few enough columns that their lines do not all fall into the
/// same cache sets when that operand's stride is a power of two (1024 x 1024
/// `f64`: a stride of 8 KiB), which wider tiles suffer from; measured in
/// `benches/side_by_side.rs` against 8 to 128 rows and columns.
pub(crate) const TILE_COLS: usize = 16;

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
/// whose ways are soon used up; other strides spread them over every set
/// (2000 x 2000 `f64`: 16,000 bytes, 512 sets). Half the L2 is left to the
/// other operands. Measured on the reference machine: tiles make
/// `dst.assign(a.t())` 3.7 times faster at 2048² and 1.5 times slower at
/// 2000², where the untiled walk streams the output through the prefetcher.
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
    len > (sets * L2_WAYS).min(L2_SETS * L2_WAYS / 2)
}

/// Calls `row(r, c0, c1)` for every row `r` of every tile, the tile's
/// columns being `c0..c1`: together, every (row, column) pair of a
/// `rows x cols` block exactly once, tile by tile, tiles in row-major order.
#[inline(always)]
pub(crate) fn for_each_tile(rows: usize, cols: usize, mut row: impl FnMut(usize, usize, usize)) {
    for r0 in (0..rows).step_by(TILE_ROWS) {
        let r1 = (r0 + TILE_ROWS).min(rows);
        for c0 in (0..cols).step_by(TILE_COLS) {
            let c1 = (c0 + TILE_COLS).min(cols);
            for r in r0..r1 {
                row(r, c0, c1);
            }
        }
    }
}

/// Like [`for_each_tile`] when `tiled`; otherwise whole rows in order
/// (`row(r, 0, cols)` for each `r`), the walk for a column that stays in
/// cache ([`column_leaves_cache`]).
#[inline(always)]
pub(crate) fn for_each_row_part(
    rows: usize,
    cols: usize,
    tiled: bool,
    mut row: impl FnMut(usize, usize, usize),
) {
    if tiled {
        for_each_tile(rows, cols, row);
    } else if cols > 0 {
        (0..rows).for_each(|r| row(r, 0, cols));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every pair once, whatever the block's size against the tile's.
    #[test]
    fn every_pair_exactly_once() {
        for (rows, cols) in [(0, 5), (1, 1), (3, 40), (64, 16), (65, 17), (130, 33)] {
            let mut seen = vec![0u8; rows * cols];
            for_each_tile(rows, cols, |r, c0, c1| {
                assert!(c0 < c1 && c1 <= cols && c1 - c0 <= TILE_COLS);
                for c in c0..c1 {
                    seen[r * cols + c] += 1;
                }
            });
            assert!(seen.iter().all(|&n| n == 1), "{rows} x {cols}");
        }
    }

    #[test]
    fn columns_with_power_of_two_strides_leave_the_cache() {
        let f64_bytes = 8;
        // Transposed squares of f64: stride = side elements.
        for side in [1024, 1536, 2048, 4096, 8192] {
            assert!(column_leaves_cache(side, side * f64_bytes), "{side}");
        }
        for side in [1000, 2000, 3000, 4000] {
            assert!(!column_leaves_cache(side, side * f64_bytes), "{side}");
        }
        // A column longer than half the L2 leaves it whatever the stride.
        assert!(column_leaves_cache(20_000, 20_000 * f64_bytes));
        // A zero stride (one element read again) never does, nor a stride
        // shorter than a line, unless the span itself outgrows half the L2.
        assert!(!column_leaves_cache(4096, 0));
        assert!(!column_leaves_cache(20_000, 16));
        assert!(column_leaves_cache(200_000, 16));
        // Short columns fit even in the few sets of a 64 KiB stride.
        assert!(!column_leaves_cache(16, 65536));
        assert!(column_leaves_cache(17, 65536));
    }

    #[test]
    fn untiled_parts_are_whole_rows() {
        let mut visits = Vec::new();
        for_each_row_part(3, 20, false, |r, c0, c1| visits.push((r, c0, c1)));
        assert_eq!(visits, [(0, 0, 20), (1, 0, 20), (2, 0, 20)]);
        visits.clear();
        for_each_row_part(3, 0, false, |r, c0, c1| visits.push((r, c0, c1)));
        assert!(visits.is_empty());
        for_each_row_part(3, 20, true, |r, c0, c1| visits.push((r, c0, c1)));
        assert_eq!(visits.len(), 6);
    }

    /// Tile by tile: the rows of one tile come before the next tile's.
    #[test]
    fn rows_of_a_tile_come_together() {
        let mut visits = Vec::new();
        for_each_tile(3, 20, |r, c0, c1| visits.push((r, c0, c1)));
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
    }
}

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

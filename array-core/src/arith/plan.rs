//! The traversal plan of an elementwise loop: which order to visit the
//! elements of several operands of one shape, and how to cut that order
//! into runs.
//!
//! Operand 0 is the output. Its memory order decides the traversal: axes
//! sorted by decreasing |stride|, negative strides walked backwards, so the
//! writes move forward through memory. Length-1 axes are dropped, and
//! neighbouring axes merge when every operand steps over the inner one
//! exactly (`outer stride == inner stride * inner length`). Operands that
//! are all contiguous in the same order therefore become one run over the
//! whole buffer, which the kernels hand to the compiler as slices.
//!
//! When an input crosses the output (a transposed operand: along the run it
//! steps further than along the next axis out) and the lines it loads along
//! one run would leave the cache before the next run reads their
//! neighbours, the two innermost axes are visited in tiles (`rules::tile`),
//! as short runs. Only for [`Traversal::Tiled`] loops, whose callers do not
//! observe the order ([`Plan::tile_crossing_inputs`]).

use crate::rules::tile::{column_leaves_cache, for_each_tile, tile_cols};

/// Which order a loop visits the elements in.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub(crate) enum Traversal {
    /// The output's memory order, the two innermost axes visited in tiles
    /// when an input crosses the output: fastest; for operations whose
    /// result does not depend on the order (`+=`, assignment, `out=`
    /// functions, reductions into an accumulator array). The plan is built
    /// in memory order; the kernel, which knows the element sizes, then
    /// calls [`Plan::tile_crossing_inputs`].
    Tiled,
    /// The output's memory order exactly: for building a buffer in that
    /// order, and for [`Zip::for_each_memory_order`](crate::Zip), which
    /// promises it.
    Memory,
    /// Logical (row-major index) order, for user closures that may observe
    /// the order ([`Zip::for_each`](crate::Zip)). Adjacent axes still merge
    /// into runs when every operand allows it.
    Logical,
}

/// `rows` runs of `len` elements: element `t` of run `r` of operand `k` is
/// at offset `base[k] + r * row_steps[k] + t * steps[k]`.
#[derive(Copy, Clone, Debug)]
pub(crate) struct Block<const K: usize> {
    pub(crate) base: [isize; K],
    pub(crate) rows: usize,
    pub(crate) row_steps: [isize; K],
    pub(crate) len: usize,
    pub(crate) steps: [isize; K],
}

/// A loop nest over `K` operands, outermost axis first.
#[derive(Clone, Debug)]
pub(crate) struct Plan<const K: usize> {
    /// Lengths of the remaining axes; the last is the run axis.
    dims: Vec<usize>,
    /// Per axis, the stride of each operand.
    strides: Vec<[isize; K]>,
    /// The offset of each operand's first visited element.
    start: [isize; K],
    /// True when there is no element at all.
    empty: bool,
    /// True when the runs may come in any order ([`Traversal::Tiled`]).
    any_order: bool,
    /// The columns per tile when the two innermost axes are visited in
    /// tiles.
    tile_cols: Option<usize>,
}

impl<const K: usize> Plan<K> {
    /// Plans a loop over `dims`, with `strides[k]` the strides of operand
    /// `k` (one per axis; operand 0 is the output).
    pub(crate) fn new(dims: &[usize], strides: [&[isize]; K]) -> Self {
        Self::with_traversal(dims, strides, Traversal::Memory)
    }

    /// Plans a loop in the given order; [`Plan::new`] is memory order.
    pub(crate) fn with_traversal(
        dims: &[usize],
        strides: [&[isize]; K],
        traversal: Traversal,
    ) -> Self {
        debug_assert!(strides.iter().all(|s| s.len() == dims.len()));
        let mut start = [0isize; K];
        if dims.contains(&0) {
            return Plan {
                dims: Vec::new(),
                strides: Vec::new(),
                start,
                empty: true,
                any_order: false,
                tile_cols: None,
            };
        }
        let mut axes: Vec<(usize, [isize; K])> = dims
            .iter()
            .enumerate()
            .filter(|&(_, &d)| d != 1)
            .map(|(i, &d)| (d, std::array::from_fn(|k| strides[k][i])))
            .collect();
        if traversal != Traversal::Logical {
            // Walk the output's negative axes backwards (every operand with it,
            // so the operands stay in step).
            for (d, s) in &mut axes {
                if s[0] < 0 {
                    let last = *d as isize - 1;
                    for k in 0..K {
                        start[k] += s[k] * last;
                        s[k] = -s[k];
                    }
                }
            }
            // Stable: equal output strides (only possible on a plain loop
            // without a real output) keep the logical order.
            crate::rules::short_sort::sort_by_key(&mut axes, |&(_, s)| std::cmp::Reverse(s[0]));
        }
        let mut merged: Vec<(usize, [isize; K])> = Vec::with_capacity(axes.len());
        for (d, s) in axes {
            if let Some(outer) = merged.last_mut()
                && (0..K).all(|k| s[k].checked_mul(d as isize) == Some(outer.1[k]))
            {
                *outer = (outer.0 * d, s);
                continue;
            }
            merged.push((d, s));
        }
        if merged.is_empty() {
            // Rank 0, or only length-1 axes: one element, one run of length
            // 1 (any stride will do; 1 lets it take the slice path).
            merged.push((1, [1; K]));
        }
        let (dims, strides) = merged.into_iter().unzip();
        Plan {
            dims,
            strides,
            start,
            empty: false,
            any_order: traversal == Traversal::Tiled,
            tile_cols: None,
        }
    }

    /// Visits the two innermost axes in tiles when an input crosses the
    /// output (along the run it steps further than along the axis outside
    /// it; a broadcast input, stride 0 there, does not) and its column
    /// would leave the cache untiled (`rules::tile::column_leaves_cache`).
    /// `elem_bytes[k]` is the size of operand `k`'s elements. Plans of
    /// another [`Traversal`] keep their order.
    pub(crate) fn tile_crossing_inputs(&mut self, elem_bytes: [usize; K]) {
        let (Some(&[rows, len]), Some(&[row, run])) =
            (self.dims.last_chunk(), self.strides.last_chunk())
        else {
            return;
        };
        // One cache line of the output per tile row.
        let cols = tile_cols(elem_bytes[0]);
        let crossing = (1..K).any(|k| {
            let (run, row) = (run[k].unsigned_abs(), row[k].unsigned_abs());
            row != 0 && run > row && column_leaves_cache(len, run.saturating_mul(elem_bytes[k]))
        });
        if self.any_order && rows > 1 && len > cols && crossing {
            self.tile_cols = Some(cols);
        }
    }

    /// Calls `f(bases, len, steps)` once per run: a run is `len` elements,
    /// the `t`-th of operand `k` at offset `bases[k] + t * steps[k]`. Runs
    /// come in the output's memory order, tile by tile when the plan is
    /// tiled; together they visit every element exactly once.
    #[inline]
    pub(crate) fn for_each_run(&self, mut f: impl FnMut([isize; K], usize, [isize; K])) {
        self.for_each_block(|block| {
            for r in 0..block.rows as isize {
                f(
                    std::array::from_fn(|k| block.base[k] + r * block.row_steps[k]),
                    block.len,
                    block.steps,
                )
            }
        });
    }

    /// Calls `f` once per [`Block`] of runs: one run each when the plan is
    /// not tiled, one tile each when it is. Blocks come in the order
    /// [`Plan::for_each_run`] gives their runs.
    #[inline]
    pub(crate) fn for_each_block(&self, mut f: impl FnMut(Block<K>)) {
        if self.empty {
            return;
        }
        let run_axis = self.dims.len() - 1;
        let (len, steps) = (self.dims[run_axis], self.strides[run_axis]);
        let Some(tile_cols) = self.tile_cols else {
            self.for_each_base(run_axis, |base| {
                f(Block {
                    base,
                    rows: 1,
                    row_steps: [0; K],
                    len,
                    steps,
                })
            });
            return;
        };
        let row_axis = run_axis - 1;
        let (rows, row_steps) = (self.dims[row_axis], self.strides[row_axis]);
        self.for_each_base(row_axis, |base| {
            for_each_tile(rows, len, tile_cols, |rs, cs| {
                let (r0, c0) = (rs.start as isize, cs.start as isize);
                f(Block {
                    base: std::array::from_fn(|k| base[k] + r0 * row_steps[k] + c0 * steps[k]),
                    rows: rs.len(),
                    row_steps,
                    len: cs.len(),
                    steps,
                })
            })
        });
    }

    /// Calls `f` with the offsets of each operand's element at every index
    /// of the first `outer` axes (index 0 on the others), in row-major order
    /// of those axes.
    #[inline]
    fn for_each_base(&self, outer: usize, mut f: impl FnMut([isize; K])) {
        let mut index = vec![0usize; outer];
        let mut base = self.start;
        loop {
            f(base);
            // Advance the odometer over the outer axes.
            let mut k = outer;
            loop {
                if k == 0 {
                    return;
                }
                k -= 1;
                index[k] += 1;
                for (b, s) in base.iter_mut().zip(self.strides[k]) {
                    *b += s;
                }
                if index[k] < self.dims[k] {
                    break;
                }
                let d = self.dims[k] as isize;
                for (b, s) in base.iter_mut().zip(self.strides[k]) {
                    *b -= s * d;
                }
                index[k] = 0;
            }
        }
    }
}

/// The strides of a fresh C-ordered array of `dims` (a result being built).
pub(crate) fn c_strides(dims: &[usize]) -> Vec<isize> {
    let mut s = vec![0; dims.len()];
    crate::rules::flags::contiguous_strides_into(dims, &mut s, crate::layout::Order::C);
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An element size whose every stride is a multiple of 64 KiB: any
    /// column longer than 8 lines leaves the cache.
    const BIG: usize = 65536;

    /// Every (bases, len, steps) run, expanded to per-element offsets.
    fn offsets<const K: usize>(p: &Plan<K>) -> Vec<[isize; K]> {
        let mut out = Vec::new();
        p.for_each_run(|b, len, s| {
            for t in 0..len as isize {
                out.push(std::array::from_fn(|k| b[k] + t * s[k]));
            }
        });
        out
    }

    #[test]
    fn contiguous_operands_merge_into_one_run() {
        let p = Plan::<2>::new(&[2, 3, 4], [&[12, 4, 1], &[12, 4, 1]]);
        assert_eq!(p.dims, [24]);
        assert_eq!(p.strides, [[1, 1]]);
    }

    #[test]
    fn the_output_order_decides_and_inputs_follow() {
        // Output F-ordered 2x3 (strides 1, 2), input C-ordered (3, 1).
        let p = Plan::<2>::new(&[2, 3], [&[1, 2], &[3, 1]]);
        // Memory order of the output; the input's offsets jump by its strides.
        let expected = [[0, 0], [1, 3], [2, 1], [3, 4], [4, 2], [5, 5]];
        assert_eq!(offsets(&p), expected);
    }

    #[test]
    fn negative_output_strides_walk_forward_in_memory() {
        // Output reversed 1-D of 3 (stride -1 from offset 0), input forward.
        let p = Plan::<2>::new(&[3], [&[-1], &[1]]);
        assert_eq!(offsets(&p), [[-2, 2], [-1, 1], [0, 0]]);
    }

    #[test]
    fn broadcast_axes_do_not_merge_with_real_ones() {
        // (2, 3) output, input stretched along axis 0 (stride 0).
        let p = Plan::<2>::new(&[2, 3], [&[3, 1], &[0, 1]]);
        assert_eq!(p.dims, [2, 3]);
        // Input stretched along axis 1: a zero-stride run.
        let p = Plan::<2>::new(&[2, 3], [&[3, 1], &[1, 0]]);
        assert_eq!(
            offsets(&p),
            [[0, 0], [1, 0], [2, 0], [3, 1], [4, 1], [5, 1]]
        );
    }

    #[test]
    fn unit_axes_rank_zero_and_empty() {
        let p = Plan::<1>::new(&[1, 5, 1], [&[9, 2, 7]]);
        assert_eq!(p.dims, [5]);
        assert_eq!(offsets(&p), [[0], [2], [4], [6], [8]]);
        let p = Plan::<1>::new(&[1, 1], [&[4, 1]]);
        assert_eq!(offsets(&p), [[0]]);
        let p = Plan::<1>::new(&[], [&[]]);
        assert_eq!(offsets(&p), [[0]]);
        let p = Plan::<2>::new(&[3, 0], [&[1, 3], &[0, 1]]);
        assert!(offsets(&p).is_empty());
    }

    #[test]
    fn a_transposed_input_is_visited_in_tiles() {
        // (3, 40) output in C order, input the transpose of a (40, 3) C
        // array: along the run it steps 3, along the rows 1.
        // Elements of 64 KiB: the input's 40 lines along one run fall into
        // one cache set, so its column leaves the cache.
        let (out, inp): (&[isize], &[isize]) = (&[40, 1], &[1, 3]);
        let mut tiled = Plan::<2>::with_traversal(&[3, 40], [out, inp], Traversal::Tiled);
        tiled.tile_crossing_inputs([8, BIG]);
        assert!(tiled.tile_cols.is_some());
        let in_order = Plan::<2>::new(&[3, 40], [out, inp]);
        assert!(in_order.tile_cols.is_none());
        // The same (output, input) pairs, each once, the rows of the first
        // tile (8 columns: one line of 8-byte output elements) before any
        // element of the second.
        let (mut got, mut want) = (offsets(&tiled), offsets(&in_order));
        assert_eq!(got[..3 * 8].iter().map(|o| o[0] % 40).max(), Some(7));
        got.sort_unstable();
        want.sort_unstable();
        assert_eq!(got, want);
        assert_eq!(want.len(), 3 * 40);
        // With a third axis outside, every (3, 40) block is tiled alike.
        let strides: [&[isize]; 2] = [&[120, 40, 1], &[120, 1, 3]];
        let mut p = Plan::<2>::with_traversal(&[2, 3, 40], strides, Traversal::Tiled);
        p.tile_crossing_inputs([8, BIG]);
        assert!(p.tile_cols.is_some());
        let mut got = offsets(&p);
        got.sort_unstable();
        let mut want = offsets(&Plan::<2>::new(&[2, 3, 40], strides));
        want.sort_unstable();
        assert_eq!(got, want);
    }

    #[test]
    fn aligned_broadcast_short_and_cached_inputs_are_not_tiled() {
        fn tiled<const K: usize>(dims: &[usize], strides: [&[isize]; K], bytes: usize) -> bool {
            // 8-byte output elements: tiles of 8 columns.
            let mut elem_bytes = [bytes; K];
            elem_bytes[0] = 8;
            let mut plan = Plan::with_traversal(dims, strides, Traversal::Tiled);
            plan.tile_crossing_inputs(elem_bytes);
            plan.tile_cols.is_some()
        }
        assert!(tiled(&[3, 40], [&[40, 1], &[1, 3]], BIG));
        // Same order as the output; a broadcast row (stride 0 outside the
        // run); a run no longer than one tile's columns; no input at all.
        assert!(!tiled(&[3, 40], [&[40, 1], &[80, 2]], BIG));
        assert!(!tiled(&[3, 40], [&[40, 1], &[0, 1]], BIG));
        // A run of 20 is longer than a tile of 8-byte outputs (8 columns),
        // not than one of 2-byte outputs (32 columns).
        let strides: [&[isize]; 2] = [&[20, 1], &[1, 40]];
        for (out_bytes, tiled) in [(8, true), (2, false)] {
            let mut p = Plan::<2>::with_traversal(&[40, 20], strides, Traversal::Tiled);
            p.tile_crossing_inputs([out_bytes, BIG]);
            assert_eq!(p.tile_cols.is_some(), tiled, "{out_bytes}");
        }
        assert!(!tiled(&[3, 40], [&[40, 1]], BIG));
        // A transposed 2000 x 2000 f64 stays cached untiled; 2048 x 2048
        // does not.
        assert!(!tiled(&[2000, 2000], [&[2000, 1], &[1, 2000]], 8));
        assert!(tiled(&[2048, 2048], [&[2048, 1], &[1, 2048]], 8));
        // Logical and memory order are never tiled.
        for order in [Traversal::Logical, Traversal::Memory] {
            let mut p = Plan::<2>::with_traversal(&[3, 40], [&[40, 1], &[1, 3]], order);
            p.tile_crossing_inputs([BIG; 2]);
            assert!(p.tile_cols.is_none());
        }
    }

    #[test]
    fn c_strides_skip_zero_dims() {
        assert_eq!(c_strides(&[2, 3, 4]), [12, 4, 1]);
        assert_eq!(c_strides(&[]), Vec::<isize>::new());
    }
}

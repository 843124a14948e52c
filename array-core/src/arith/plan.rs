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

/// Which order a loop visits the elements in.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub(crate) enum Traversal {
    /// The output's memory order: fastest; for operations whose result does
    /// not depend on the order (`+=`, assignment, `out=` functions).
    Memory,
    /// Logical (row-major index) order, for user closures that may observe
    /// the order ([`Zip::for_each`](crate::Zip)). Adjacent axes still merge
    /// into runs when every operand allows it.
    Logical,
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
            };
        }
        let mut axes: Vec<(usize, [isize; K])> = dims
            .iter()
            .enumerate()
            .filter(|&(_, &d)| d != 1)
            .map(|(i, &d)| (d, std::array::from_fn(|k| strides[k][i])))
            .collect();
        if traversal == Traversal::Memory {
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
        }
    }

    /// Calls `f(bases, len, steps)` once per run: a run is `len` elements,
    /// the `t`-th of operand `k` at offset `bases[k] + t * steps[k]`. Runs
    /// come in the output's memory order.
    #[inline]
    pub(crate) fn for_each_run(&self, mut f: impl FnMut([isize; K], usize, [isize; K])) {
        if self.empty {
            return;
        }
        let outer = self.dims.len() - 1;
        let (len, steps) = (self.dims[outer], self.strides[outer]);
        let mut index = vec![0usize; outer];
        let mut base = self.start;
        loop {
            f(base, len, steps);
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
    fn c_strides_skip_zero_dims() {
        assert_eq!(c_strides(&[2, 3, 4]), [12, 4, 1]);
        assert_eq!(c_strides(&[]), Vec::<isize>::new());
    }
}

//! The elementwise kernels every arithmetic entry point shares.
//!
//! `write_N` calls `f(&mut out, &a, ...)` on an output and `N` inputs already
//! stretched to the output's dims; `collect_N` builds a fresh C-ordered
//! buffer from `N` stretched inputs. Both follow a [`Plan`]: a run whose
//! operands all have unit stride is handed to `f` through slices of equal
//! length (bounds checks hoisted, so simple `f` vectorise); a run along
//! which every input is constant (stride 0: a broadcast column) reads each
//! input once; a contiguous output with forward-strided inputs (a transposed
//! operand) is checked once per run, or once per tile of runs when the plan
//! is tiled, and stepped through; other runs go element by element through
//! the views' bounds-checked accessors.

use super::operand::Broadcast;
use super::plan::{Plan, Traversal, c_strides};
use crate::array::ViewMut;
use crate::layout::Layout;
use crate::shape::Shape;

const IN_BOUNDS: &str = "a planned run stays inside its operand";

/// `a.zip(b).zip(c)` of the input iterators (`a` alone for one).
macro_rules! zip_inputs {
    ($first:ident $(, $rest:ident)*) => {
        $first$(.zip($rest))*
    };
}

/// The pattern of [`zip_inputs!`]'s items: `((a, b), c)`.
macro_rules! zip_pattern {
    ($first:ident $(, $rest:ident)*) => {
        zip_pattern!(@acc [$first] $($rest)*)
    };
    (@acc [$($acc:tt)*]) => {
        $($acc)*
    };
    (@acc [$($acc:tt)*] $next:ident $($rest:ident)*) => {
        zip_pattern!(@acc [($($acc)*, $next)] $($rest)*)
    };
}

/// `f` over a contiguous output run and inputs `(span, stride)`. When every
/// stride is positive each input is stepped through alongside the output
/// (no index arithmetic or bounds check per element); a run that mixes in a
/// constant input (stride 0) is indexed with the strides. (Runs whose
/// inputs are all constant never get here: the kernel reads those once.)
macro_rules! strided_run {
    ($o:expr, $f:expr;) => {
        $o.iter_mut().for_each(|x| $f(x))
    };
    ($o:expr, $f:expr; $($inp:ident),+) => {
        if true $(&& $inp.1 > 0)+ {
            $(let $inp = $inp.0.iter().step_by($inp.1);)+
            $o.iter_mut()
                .zip(zip_inputs!($($inp),+))
                .for_each(|(x, zip_pattern!($($inp),+))| $f(x, $($inp),+));
        } else {
            for (i, x) in $o.iter_mut().enumerate() {
                $f(x, $(&$inp.0[i * $inp.1]),+);
            }
        }
    };
}

macro_rules! write_kernel {
    ($name:ident, $k:literal; $($inp:ident: $ty:ident @ $idx:tt),*) => {
        /// Writes through `f` into every element of `out`, in the order
        /// `traversal` names.
        #[inline]
        pub(crate) fn $name<O, S: Shape, L: Layout, $($ty),*>(
            traversal: Traversal,
            out: &mut ViewMut<'_, O, S, L>,
            $($inp: &Broadcast<'_, $ty>,)*
            mut f: impl FnMut(&mut O, $(&$ty),*),
        ) {
            let dims = out.dims();
            let out_strides = out.strides();
            $(let $inp = ($inp, $inp.strides());)*
            let mut plan = Plan::<$k>::with_traversal(
                dims.as_ref(),
                [out_strides.as_ref(), $($inp.1.as_ref()),*],
                traversal,
            );
            plan.tile_crossing_inputs([size_of::<O>(), $(size_of::<$ty>()),*]);
            plan.for_each_block(|block| {
                let (base, len, step, row_step) = (block.base, block.len, block.steps, block.row_steps);
                let unit = step.iter().all(|&s| s == 1);
                let constant = step[0] == 1 && step[1..].iter().all(|&s| s == 0);
                if !unit
                    && !constant
                    && step[0] == 1
                    && step.iter().all(|&s| s >= 0)
                    && row_step.iter().all(|&s| s >= 0)
                {
                    // A contiguous output and forward-strided inputs (a
                    // transposed operand), one run or a tile of them: each
                    // operand's span over the block is checked once, then
                    // every run steps through its share.
                    let rows = block.rows;
                    let o = out.run_mut(base[0], tile_span(rows, row_step[0], len, 1)).expect(IN_BOUNDS);
                    $(
                        let $inp = $inp
                            .0
                            .run(base[$idx], tile_span(rows, row_step[$idx], len, step[$idx]))
                            .expect(IN_BOUNDS);
                    )*
                    for r in 0..rows {
                        let o = &mut o[r * row_step[0] as usize..][..len];
                        $(let $inp = (&$inp[r * row_step[$idx] as usize..], step[$idx] as usize);)*
                        strided_run!(o, &mut f; $($inp),*);
                    }
                    return;
                }
                for r in 0..block.rows as isize {
                    let base: [isize; $k] = std::array::from_fn(|k| base[k] + r * row_step[k]);
                    if unit {
                        let o = out.run_mut(base[0], len).expect(IN_BOUNDS);
                        let o = &mut o[..len];
                        $(let $inp = &$inp.0.run(base[$idx], len).expect(IN_BOUNDS)[..len];)*
                        for i in 0..len {
                            f(&mut o[i], $(&$inp[i]),*);
                        }
                    } else if constant {
                        // Every input is constant along the run (a broadcast
                        // column): read each once.
                        let o = out.run_mut(base[0], len).expect(IN_BOUNDS);
                        $(let $inp = $inp.0.elem_a(base[$idx]).expect(IN_BOUNDS);)*
                        for x in o {
                            f(x, $($inp),*);
                        }
                    } else {
                        for t in 0..len as isize {
                            let o = out.elem_mut(base[0] + t * step[0]).expect(IN_BOUNDS);
                            f(o, $($inp.0.elem_a(base[$idx] + t * step[$idx]).expect(IN_BOUNDS)),*);
                        }
                    }
                }
            });
        }
    };
}

/// The number of elements from the first to the last of a run of `len`
/// elements `step` apart (`step >= 0`, `len >= 1`).
#[inline(always)]
fn span(len: usize, step: isize) -> usize {
    (len - 1) * step as usize + 1
}

/// The number of elements from the first to the last of `rows` runs,
/// `row_step` apart, of `len` elements `step` apart (`row_step >= 0`,
/// `step >= 0`, `rows >= 1`, `len >= 1`).
#[inline(always)]
fn tile_span(rows: usize, row_step: isize, len: usize, step: isize) -> usize {
    (rows - 1) * row_step as usize + span(len, step)
}

write_kernel!(write_0, 1;);
write_kernel!(write_1, 2; a: A @ 1);
write_kernel!(write_2, 3; a: A @ 1, b: B @ 2);
write_kernel!(write_3, 4; a: A @ 1, b: B @ 2, c: C @ 3);

macro_rules! collect_kernel {
    ($name:ident, $k:literal; $($inp:ident: $ty:ident @ $idx:tt),*) => {
        /// `f` of the inputs' elements, as a C-ordered buffer of `dims`.
        #[inline]
        pub(crate) fn $name<R, $($ty),*>(
            dims: &[usize],
            $($inp: &Broadcast<'_, $ty>,)*
            mut f: impl FnMut($(&$ty),*) -> R,
        ) -> Vec<R> {
            let out_strides = c_strides(dims);
            $(let $inp = ($inp, $inp.strides());)*
            let plan = Plan::<$k>::new(dims, [out_strides.as_slice(), $($inp.1.as_ref()),*]);
            let mut out = Vec::with_capacity(dims.iter().product());
            // A fresh C buffer is its own memory order, so the runs come in
            // the order the elements are pushed.
            plan.for_each_run(|base, len, step| {
                if step.iter().all(|&s| s == 1) {
                    $(let $inp = &$inp.0.run(base[$idx], len).expect(IN_BOUNDS)[..len];)*
                    out.extend((0..len).map(|i| f($(&$inp[i]),*)));
                } else if step[1..].iter().all(|&s| s == 0) {
                    $(let $inp = $inp.0.elem_a(base[$idx]).expect(IN_BOUNDS);)*
                    out.extend((0..len).map(|_| f($($inp),*)));
                } else if step[1..].iter().all(|&s| s > 0) {
                    // Forward-strided inputs (a transposed operand): each
                    // span checked once, then stepped through in lockstep.
                    $(
                        let $inp = $inp
                            .0
                            .run(base[$idx], span(len, step[$idx]))
                            .expect(IN_BOUNDS)
                            .iter()
                            .step_by(step[$idx] as usize);
                    )*
                    out.extend(zip_inputs!($($inp),*).map(|zip_pattern!($($inp),*)| f($($inp),*)));
                } else {
                    out.extend((0..len as isize).map(|t| {
                        f($($inp.0.elem_a(base[$idx] + t * step[$idx]).expect(IN_BOUNDS)),*)
                    }));
                }
            });
            out
        }
    };
}

collect_kernel!(collect_1, 2; a: A @ 1);
collect_kernel!(collect_2, 3; a: A @ 1, b: B @ 2);

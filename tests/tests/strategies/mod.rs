//! Strided layouts for the property tests of `reshape_ravel.rs` and
//! `layout.rs`: proptest strategies over wider spaces than the recorded
//! NumPy cases (rank up to 8, dims 0 to 4, zero and negative strides,
//! overlapping layouts, arbitrary strides on length-1 axes), each layout
//! placed in a buffer `arange(buffer_len)`, so that every element is its
//! own offset.

use array_core::{DynRank, Strided, View};
use proptest::prelude::*;

/// A strided layout over a buffer `arange(buffer_len)`.
#[derive(Clone, Debug)]
pub(crate) struct Layout {
    pub(crate) dims: Vec<usize>,
    pub(crate) strides: Vec<isize>,
    pub(crate) offset: usize,
    pub(crate) buffer_len: usize,
}

impl Layout {
    fn size(&self) -> usize {
        self.dims.iter().product()
    }

    pub(crate) fn strides64(&self) -> Vec<i64> {
        self.strides.iter().map(|&s| s as i64).collect()
    }

    /// Places `dims` and `strides` at the lowest offset that keeps every
    /// element in bounds, in a buffer just long enough.
    fn placed(dims: Vec<usize>, strides: Vec<isize>) -> Layout {
        if dims.contains(&0) {
            return Layout {
                dims,
                strides,
                offset: 0,
                buffer_len: 0,
            };
        }
        let (mut lo, mut hi) = (0isize, 0isize);
        for (&d, &s) in dims.iter().zip(&strides) {
            let reach = s * (d as isize - 1);
            if reach < 0 {
                lo += reach;
            } else {
                hi += reach;
            }
        }
        Layout {
            dims,
            strides,
            offset: (-lo) as usize,
            buffer_len: (hi - lo + 1) as usize,
        }
    }
}

/// Largest element count drawn, to keep the suite fast in debug builds.
const MAX_SIZE: usize = 4096;

/// A dim: mostly 1 and 2, sometimes 0, 3 or 4.
fn dim() -> impl Strategy<Value = usize> {
    prop_oneof![1 => Just(0), 6 => Just(1), 6 => Just(2), 3 => Just(3), 3 => Just(4)]
}

/// One axis of a layout cut from a dense parent: its dim, the step of the
/// slice that made it, whether it is a broadcast (stride 0) axis, its place
/// in the parent's memory order, and an arbitrary stride for a length-1
/// axis (`as_strided`).
type AxisRecipe = (usize, isize, bool, u16, Option<isize>);

/// Layouts NumPy reaches by slicing, transposing and broadcasting a dense
/// array: each axis is a (possibly reversed, possibly stepped) slice of a
/// parent axis, the parent's axes are in a random memory order, some axes
/// are broadcast.
fn sliced_layout() -> impl Strategy<Value = Layout> {
    let axis = (
        dim(),
        prop::sample::select(vec![-2isize, -1, 1, 1, 1, 2, 3]),
        prop::bool::weighted(0.1),
        any::<u16>(),
        prop::option::weighted(0.2, -7isize..=7),
    );
    prop::collection::vec(axis, 0..=8).prop_map(|axes: Vec<AxisRecipe>| {
        let rank = axes.len();
        // Memory order of the parent: axes sorted by their key, outermost first.
        let mut order: Vec<usize> = (0..rank).collect();
        order.sort_by_key(|&i| (axes[i].3, i));
        let mut strides = vec![0isize; rank];
        let mut run = 1isize;
        for &i in order.iter().rev() {
            let (d, step, _, _, _) = axes[i];
            strides[i] = run * step;
            run *= (d.max(1) as isize) * step.abs();
        }
        for (i, &(d, _, broadcast, _, odd)) in axes.iter().enumerate() {
            if broadcast {
                strides[i] = 0;
            }
            if let (1, Some(s)) = (d, odd) {
                strides[i] = s;
            }
        }
        Layout::placed(axes.iter().map(|a| a.0).collect(), strides)
    })
}

/// Any strides at all, overlapping ones included.
fn arbitrary_layout() -> impl Strategy<Value = Layout> {
    prop::collection::vec((dim(), -6isize..=6), 0..=8).prop_map(|axes| {
        Layout::placed(
            axes.iter().map(|a| a.0).collect(),
            axes.iter().map(|a| a.1).collect(),
        )
    })
}

pub(crate) fn layouts() -> impl Strategy<Value = Layout> {
    prop_oneof![3 => sliced_layout(), 1 => arbitrary_layout()]
        .prop_filter("moderate size", |l| l.size() <= MAX_SIZE)
}

pub(crate) fn c_axes(rank: usize) -> Vec<usize> {
    (0..rank).collect()
}

pub(crate) fn build<'b>(layout: &Layout, buf: &'b [i64]) -> View<'b, i64, DynRank, Strided> {
    View::from_parts(buf, &layout.dims, &layout.strides, layout.offset)
        .expect("a placed layout fits its buffer")
}

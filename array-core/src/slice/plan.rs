//! The run-time work of a slice: the item counts are checked here, then
//! NumPy's `get_view_from_index` (numpy-rules §8, `rules::slice::apply_basic`)
//! runs on plain dims and element strides, into fixed-size arrays so that a
//! slice never allocates.
//! Nothing here touches memory: the caller installs the result with the
//! raw-view module's bounds-checked `relayout`.

use super::error::SliceError;
use super::items::ItemSpec;
use crate::error::ShapeError;
use crate::rules::slice::apply_basic;
use crate::shape::MAX_RANK;

/// The most items one slice can have (the item tuples go up to 16).
pub(crate) const MAX_ITEMS: usize = 16;

/// The most axes a result can have before its shape type is asked.
const MAX_OUT: usize = MAX_RANK + MAX_ITEMS;

/// The result of a slice: dims, strides, and how far the first element moved.
#[derive(Clone, Debug)]
pub(crate) struct PlannedSlice {
    dims: [usize; MAX_OUT],
    strides: [isize; MAX_OUT],
    rank: usize,
    /// Elements from the input's first element to the result's.
    pub(crate) offset: isize,
}

impl PlannedSlice {
    /// The result's dims.
    pub(crate) fn dims(&self) -> &[usize] {
        &self.dims[..self.rank]
    }

    /// The result's strides, in elements.
    pub(crate) fn strides(&self) -> &[isize] {
        &self.strides[..self.rank]
    }

    fn push(&mut self, dim: usize, stride: isize) -> Result<(), SliceError> {
        if self.rank == MAX_OUT {
            return Err(ShapeError::TooManyAxes { found: MAX_OUT + 1 }.into());
        }
        self.dims[self.rank] = dim;
        self.strides[self.rank] = stride;
        self.rank += 1;
        Ok(())
    }
}

/// Collects the run-time descriptions of at most [`MAX_ITEMS`] items.
pub(crate) fn collect_specs(
    for_each: impl FnOnce(&mut dyn FnMut(ItemSpec)),
) -> ([ItemSpec; MAX_ITEMS], usize) {
    let mut specs = [ItemSpec::NewAxis; MAX_ITEMS];
    let mut n = 0;
    for_each(&mut |spec| {
        // The item tuples stop at MAX_ITEMS elements, so this always fits.
        if n < MAX_ITEMS {
            specs[n] = spec;
        }
        n += 1;
    });
    (specs, n.min(MAX_ITEMS))
}

/// Applies `items` to an array with `dims` and `strides` (which describe
/// a view whose every element is addressable, so no offset overflows).
pub(crate) fn plan(
    dims: &[usize],
    strides: &[isize],
    items: &[ItemSpec],
) -> Result<PlannedSlice, SliceError> {
    let rank = dims.len();
    let named = items
        .iter()
        .filter(|s| matches!(s, ItemSpec::Index(_) | ItemSpec::Slice { .. }))
        .count();
    let ellipses = items
        .iter()
        .filter(|s| matches!(s, ItemSpec::Ellipsis))
        .count();
    if ellipses > 1 {
        return Err(SliceError::MultipleEllipsis);
    }
    if named > rank {
        return Err(SliceError::TooManyIndices { rank, found: named });
    }
    if ellipses == 0 && named < rank {
        return Err(SliceError::TooFewIndices { rank, found: named });
    }
    let mut out = PlannedSlice {
        dims: [0; MAX_OUT],
        strides: [0; MAX_OUT],
        rank: 0,
        offset: 0,
    };
    let basic = items.iter().map(|&spec| spec.basic(rank - named));
    out.offset = apply_basic(dims, strides, basic, |d, st| out.push(d, st))?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn full() -> ItemSpec {
        ItemSpec::Slice {
            start: None,
            end: None,
            step: 1,
        }
    }

    fn slice(start: Option<isize>, end: Option<isize>, step: isize) -> ItemSpec {
        ItemSpec::Slice { start, end, step }
    }

    fn run(
        dims: &[usize],
        strides: &[isize],
        items: &[ItemSpec],
    ) -> (Vec<usize>, Vec<isize>, isize) {
        let p = plan(dims, strides, items).unwrap();
        (p.dims().to_vec(), p.strides().to_vec(), p.offset)
    }

    #[test]
    fn c_rows_keep_c_strides() {
        // ones((4,4))[1:3] in elements: dims (2,4), strides (4,1), offset 4.
        assert_eq!(
            run(&[4, 4], &[4, 1], &[slice(Some(1), Some(3), 1), full()]),
            (vec![2, 4], vec![4, 1], 4)
        );
    }

    #[test]
    fn indices_drop_axes_and_wrap_negatives() {
        // a[-1, 2] of a (3, 5) C array: offset 2*5 + 2.
        assert_eq!(
            run(&[3, 5], &[5, 1], &[ItemSpec::Index(-1), ItemSpec::Index(2)]),
            (vec![], vec![], 12)
        );
    }

    #[test]
    fn negative_steps_follow_slice_indices() {
        // slice(None, None, -1).indices(5) == (4, -1, -1): 5 elements from 4.
        assert_eq!(
            run(&[5], &[1], &[slice(None, None, -1)]),
            (vec![5], vec![-1], 4)
        );
        // slice(-10, None, -1).indices(5) == (-1, -1, -1): empty, reset.
        assert_eq!(
            run(&[5], &[1], &[slice(Some(-10), None, -1)]),
            (vec![0], vec![1], 0)
        );
        // slice(None, -10, -1).indices(5) == (4, -1, -1): all 5.
        assert_eq!(
            run(&[5], &[3], &[slice(None, Some(-10), -1)]),
            (vec![5], vec![-3], 12)
        );
    }

    #[test]
    fn new_axes_have_stride_zero_and_ellipsis_fills_the_middle() {
        assert_eq!(
            run(
                &[2, 3, 4],
                &[12, 4, 1],
                &[
                    ItemSpec::NewAxis,
                    ItemSpec::Index(1),
                    ItemSpec::Ellipsis,
                    ItemSpec::NewAxis
                ]
            ),
            (vec![1, 3, 4, 1], vec![0, 4, 1, 0], 12)
        );
        // An ellipsis may stand for no axis at all.
        assert_eq!(
            run(
                &[2, 3],
                &[3, 1],
                &[ItemSpec::Index(1), ItemSpec::Ellipsis, full()]
            ),
            (vec![3], vec![1], 3)
        );
    }

    #[test]
    fn errors_say_what_numpy_says() {
        let e = |dims: &[usize], items: &[ItemSpec]| {
            let strides = vec![1; dims.len()];
            plan(dims, &strides, items).unwrap_err()
        };
        assert_eq!(
            e(&[4], &[ItemSpec::Index(4)]),
            SliceError::IndexOutOfBounds {
                index: 4,
                axis: 0,
                size: 4
            }
        );
        assert_eq!(
            e(&[4, 2], &[full(), ItemSpec::Index(-3)]),
            SliceError::IndexOutOfBounds {
                index: -3,
                axis: 1,
                size: 2
            }
        );
        assert_eq!(
            e(&[4], &[full(), full()]),
            SliceError::TooManyIndices { rank: 1, found: 2 }
        );
        assert_eq!(
            e(&[4, 4], &[full()]),
            SliceError::TooFewIndices { rank: 2, found: 1 }
        );
        assert_eq!(
            e(&[4], &[ItemSpec::Ellipsis, ItemSpec::Ellipsis]),
            SliceError::MultipleEllipsis
        );
        assert_eq!(e(&[4], &[slice(None, None, 0)]), SliceError::ZeroStep);
        // An index on an empty axis.
        assert_eq!(
            e(&[0], &[ItemSpec::Index(0)]),
            SliceError::IndexOutOfBounds {
                index: 0,
                axis: 0,
                size: 0
            }
        );
    }

    #[test]
    fn extreme_indices_do_not_overflow() {
        let e = plan(&[3], &[1], &[ItemSpec::Index(isize::MIN)]).unwrap_err();
        assert_eq!(
            e,
            SliceError::IndexOutOfBounds {
                index: isize::MIN,
                axis: 0,
                size: 3
            }
        );
        // A huge step on a one-element result wraps like NumPy's arithmetic.
        assert_eq!(
            run(&[5], &[2], &[slice(None, None, isize::MAX)]),
            (vec![1], vec![2isize.wrapping_mul(isize::MAX)], 0)
        );
    }

    #[test]
    fn collects_specs_in_order() {
        let (specs, n) = collect_specs(|f| {
            f(ItemSpec::Index(1));
            f(ItemSpec::Ellipsis);
        });
        assert_eq!(&specs[..n], &[ItemSpec::Index(1), ItemSpec::Ellipsis]);
    }
}

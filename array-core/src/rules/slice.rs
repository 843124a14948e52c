//! Basic indexing (numpy-rules §8): wrapping one index, normalising one
//! slice, and applying a whole sequence of basic items to dims and strides
//! (mapping.c `get_view_from_index`). Slicing (`s![...]`), NumPy's
//! `a[index]` rule and every axis argument of the crate use these.
//!
//! A slice of an axis with stride `s` moves the data offset by `start * s`
//! and leaves stride `s * step` and length `len`.

/// NumPy's rule for one index (and one axis number): a negative value
/// counts from the end, once; the result must lie in `0..len`.
#[inline(always)]
pub(crate) fn wrap_index(index: isize, len: usize) -> Option<usize> {
    let wrapped = if index < 0 {
        len.checked_sub(index.unsigned_abs())
    } else {
        Some(index.unsigned_abs())
    };
    wrapped.filter(|&i| i < len)
}

/// One basic item, as `get_view_from_index` sees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum BasicItem {
    /// An integer: drops its axis and moves the first element.
    Index(isize),
    /// A slice of its axis.
    Slice {
        /// `None` is the default for the step's direction.
        start: Option<isize>,
        /// `None` is the default for the step's direction.
        stop: Option<isize>,
        /// Never 0 for a valid slice.
        step: isize,
    },
    /// A new axis of length 1 and stride 0.
    NewAxis,
    /// This many axes kept whole (an ellipsis).
    Keep(usize),
    /// One axis consumed without output (an index array, applied later).
    Skip,
}

/// Why a basic item was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum BasicItemError {
    /// An integer outside its axis after wrapping.
    OutOfBounds {
        /// The index as given.
        index: isize,
        /// The axis it names.
        axis: usize,
        /// That axis's length.
        len: usize,
    },
    /// A slice with step 0.
    ZeroStep,
}

/// Applies `items` to `dims` and `strides` (`get_view_from_index`): every
/// output axis goes to `push(dim, stride)`, and the result is how many
/// elements the first element moved. The caller has matched the items to
/// the axes (counts, one ellipsis); `push` may refuse an axis with `E`.
///
/// `dims` and `strides` describe a view whose every element is addressable,
/// so in-bounds offsets fit in `isize`; arithmetic wraps exactly as NumPy's
/// C does for the strides of length-1 results.
#[inline]
pub(crate) fn apply_basic<E: From<BasicItemError>>(
    dims: &[usize],
    strides: &[isize],
    items: impl IntoIterator<Item = BasicItem>,
    mut push: impl FnMut(usize, isize) -> Result<(), E>,
) -> Result<isize, E> {
    let mut walk = BasicWalk::default();
    for item in items {
        walk.step(dims, strides, item, &mut push)?;
    }
    Ok(walk.offset)
}

/// [`apply_basic`] one item at a time, for callers that hand out items
/// from a callback rather than an iterator.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct BasicWalk {
    /// Elements the first element has moved so far.
    pub(crate) offset: isize,
    /// The next input axis.
    axis: usize,
}

impl BasicWalk {
    /// Applies one item. Always inlined: with literal items on static axes
    /// the whole step folds to constants.
    #[inline(always)]
    pub(crate) fn step<E: From<BasicItemError>>(
        &mut self,
        dims: &[usize],
        strides: &[isize],
        item: BasicItem,
        mut push: impl FnMut(usize, isize) -> Result<(), E>,
    ) -> Result<(), E> {
        let axis = self.axis;
        match item {
            BasicItem::Index(index) => {
                let len = dims[axis];
                let i = wrap_index(index, len).ok_or(BasicItemError::OutOfBounds {
                    index,
                    axis,
                    len,
                })?;
                self.offset = self
                    .offset
                    .wrapping_add((i as isize).wrapping_mul(strides[axis]));
                self.axis += 1;
            }
            BasicItem::Slice { start, stop, step } => {
                let span = slice_indices(start, stop, step, dims[axis])
                    .map_err(|_| BasicItemError::ZeroStep)?;
                self.offset = self
                    .offset
                    .wrapping_add((span.start as isize).wrapping_mul(strides[axis]));
                // With two or more elements |step| < len, so the product
                // fits; with one the stride never moves the pointer.
                push(span.len, strides[axis].wrapping_mul(span.step))?;
                self.axis += 1;
            }
            BasicItem::NewAxis => push(1, 0)?,
            BasicItem::Keep(n) => {
                for _ in 0..n {
                    push(dims[self.axis], strides[self.axis])?;
                    self.axis += 1;
                }
            }
            BasicItem::Skip => self.axis += 1,
        }
        Ok(())
    }
}

/// A normalised slice of one axis.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct SliceSpan {
    /// Index of the first element taken (0 for an empty slice).
    pub(crate) start: usize,
    /// Step between taken elements (1 for an empty slice).
    pub(crate) step: isize,
    /// Number of elements taken.
    pub(crate) len: usize,
}

/// "slice step cannot be zero".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct ZeroStep;

/// Python's `slice(start, stop, step).indices(n)` (`PySlice_Unpack` +
/// `PySlice_AdjustIndices`) followed by NumPy's reset of an empty slice to
/// start 0, step 1, length 0 (`get_view_from_index`, numpy-rules §8), so that an
/// empty view does not move the data pointer.
#[inline(always)]
pub(crate) fn slice_indices(
    start: Option<isize>,
    stop: Option<isize>,
    step: isize,
    n: usize,
) -> Result<SliceSpan, ZeroStep> {
    if step == 0 {
        return Err(ZeroStep);
    }
    // PySlice_Unpack clamps the step so that `-step` cannot overflow.
    let step = step.max(-isize::MAX);
    // i128 holds every usize and isize and their sums, so nothing overflows.
    let n = n as i128;
    let step_wide = step as i128;
    // Bounds of the clamped indices: [0, n] going up, [-1, n-1] going down.
    let (lower, upper) = if step > 0 { (0, n) } else { (-1, n - 1) };
    let clamp = |index: Option<isize>, default: i128| match index {
        None => default,
        Some(i) if i < 0 => (i as i128 + n).max(lower),
        Some(i) => (i as i128).min(upper),
    };
    let (start, stop) = if step > 0 {
        (clamp(start, lower), clamp(stop, upper))
    } else {
        (clamp(start, upper), clamp(stop, lower))
    };
    let len = if step > 0 && stop > start {
        (stop - start - 1) / step_wide + 1
    } else if step < 0 && start > stop {
        (start - stop - 1) / -step_wide + 1
    } else {
        0
    };
    // A non-empty slice has 0 <= start < n and len <= n, so both convert;
    // an empty one (the only case where start may be -1) is reset.
    match (usize::try_from(start), usize::try_from(len)) {
        (Ok(start), Ok(len)) if len > 0 => Ok(SliceSpan { start, step, len }),
        _ => Ok(SliceSpan {
            start: 0,
            step: 1,
            len: 0,
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(start: usize, step: isize, len: usize) -> Result<SliceSpan, ZeroStep> {
        Ok(SliceSpan { start, step, len })
    }

    const EMPTY: Result<SliceSpan, ZeroStep> = Ok(SliceSpan {
        start: 0,
        step: 1,
        len: 0,
    });

    #[test]
    fn matches_python_slice_indices() {
        // slice(1, 3).indices(4) == (1, 3, 1)
        assert_eq!(slice_indices(Some(1), Some(3), 1, 4), span(1, 1, 2));
        // slice(None, None, -1).indices(5) == (4, -1, -1): 5 elements.
        assert_eq!(slice_indices(None, None, -1, 5), span(4, -1, 5));
        // slice(None, None, 2).indices(10) == (0, 10, 2): 0,2,4,6,8.
        assert_eq!(slice_indices(None, None, 2, 10), span(0, 2, 5));
        // slice(None, None, -2).indices(10) == (9, -1, -2): 9,7,5,3,1.
        assert_eq!(slice_indices(None, None, -2, 10), span(9, -2, 5));
        // slice(None, -1).indices(4) == (0, 3, 1).
        assert_eq!(slice_indices(None, Some(-1), 1, 4), span(0, 1, 3));
        // slice(-10, None).indices(4) == (0, 4, 1): clamped at 0.
        assert_eq!(slice_indices(Some(-10), None, 1, 4), span(0, 1, 4));
        // slice(10, None, -1).indices(4) == (3, -1, -1): clamped at n-1.
        assert_eq!(slice_indices(Some(10), None, -1, 4), span(3, -1, 4));
        // slice(1, 8, 3).indices(10) == (1, 8, 3): 1,4,7.
        assert_eq!(slice_indices(Some(1), Some(8), 3, 10), span(1, 3, 3));
    }

    #[test]
    fn empty_slices_reset_to_start_zero_step_one() {
        // slice(3, 1).indices(5) == (3, 1, 1): empty, NumPy resets.
        assert_eq!(slice_indices(Some(3), Some(1), 1, 5), EMPTY);
        // slice(5, None).indices(5) == (5, 5, 1).
        assert_eq!(slice_indices(Some(5), None, 1, 5), EMPTY);
        // slice(None, None, -1).indices(0) == (-1, -1, -1).
        assert_eq!(slice_indices(None, None, -1, 0), EMPTY);
        assert_eq!(slice_indices(Some(-1), Some(-1), -3, 7), EMPTY);
    }

    #[test]
    fn zero_step_is_an_error() {
        assert_eq!(slice_indices(None, None, 0, 3), Err(ZeroStep));
    }

    #[test]
    fn extreme_values_do_not_overflow() {
        // The step is clamped to -isize::MAX, as CPython does.
        assert_eq!(
            slice_indices(None, None, isize::MIN, 5),
            span(4, -isize::MAX, 1)
        );
        assert_eq!(
            slice_indices(None, None, isize::MAX, 5),
            span(0, isize::MAX, 1)
        );
        assert_eq!(slice_indices(Some(isize::MIN), None, 1, 3), span(0, 1, 3));
        assert_eq!(
            slice_indices(Some(-5), None, 1, usize::MAX),
            span(usize::MAX - 5, 1, 5)
        );
        assert_eq!(
            slice_indices(None, None, 1, usize::MAX),
            span(0, 1, usize::MAX)
        );
        assert_eq!(
            slice_indices(None, None, -1, usize::MAX),
            span(usize::MAX - 1, -1, usize::MAX)
        );
    }
}

//! Slice normalisation for basic indexing (SPEC §8).
//!
//! A slice of an axis with stride `s` moves the data offset by `start * s`
//! and leaves stride `s * step` and length `len` (mapping.c
//! `get_view_from_index`).

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
/// start 0, step 1, length 0 (`get_view_from_index`, SPEC §8), so that an
/// empty view does not move the data pointer.
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

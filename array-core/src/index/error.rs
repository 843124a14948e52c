//! [`IndexError`]: why an index was rejected, in NumPy's words.

use crate::error::{AxisError, ShapeList, ShapeText};
use std::fmt;

/// An index was rejected. The message is NumPy's `IndexError` text, with
/// the numbers.
///
/// ```
/// use array_core::{array, IndexError};
/// let a = array![[1, 2, 3], [4, 5, 6]];
/// let err = a.take(1, &[0, -4]).unwrap_err();
/// assert_eq!(err, IndexError::OutOfBounds { index: -4, axis: 1, len: 3 });
/// assert_eq!(err.to_string(), "index -4 is out of bounds for axis 1 with size 3");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum IndexError {
    /// An integer (or an entry of an integer array) is outside its axis,
    /// after negative values were wrapped once.
    OutOfBounds {
        /// The index as given.
        index: isize,
        /// The axis of the indexed array.
        axis: usize,
        /// The length of that axis.
        len: usize,
    },
    /// The axis argument itself is out of range.
    Axis(AxisError),
    /// The index uses more axes than the array has.
    TooManyIndices {
        /// Number of axes of the array.
        ndim: usize,
        /// Number of axes the index uses.
        indexed: usize,
    },
    /// More than one `...` in one index.
    MultipleEllipsis,
    /// A slice with step 0.
    ZeroStep,
    /// The integer arrays of one index do not broadcast together.
    Broadcast {
        /// The shapes of the index arrays, in order.
        shapes: Vec<Vec<usize>>,
    },
    /// A boolean mask's length differs from the axis it covers.
    MaskLength {
        /// The axis of the indexed array.
        axis: usize,
        /// The length of that axis.
        len: usize,
        /// The mask's length along it.
        mask_len: usize,
    },
    /// A whole-array mask has a different number of dims than the array.
    MaskRank {
        /// Number of axes of the array.
        ndim: usize,
        /// Number of dims of the mask.
        mask_ndim: usize,
    },
    /// The result would have more than 64 axes.
    TooManyDims {
        /// Number of axes the result would have.
        ndim: usize,
    },
    /// The result's element count or byte size does not fit in memory.
    TooBig {
        /// The result's dims.
        dims: Vec<usize>,
    },
}

impl fmt::Display for IndexError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            IndexError::OutOfBounds { index, axis, len } => write!(
                f,
                "index {index} is out of bounds for axis {axis} with size {len}"
            ),
            IndexError::Axis(e) => e.fmt(f),
            IndexError::TooManyIndices { ndim, indexed } => write!(
                f,
                "too many indices for array: array is {ndim}-dimensional, but {indexed} were indexed"
            ),
            IndexError::MultipleEllipsis => {
                write!(f, "an index can only have a single ellipsis ('...')")
            }
            IndexError::ZeroStep => write!(f, "slice step cannot be zero"),
            IndexError::Broadcast { shapes } => write!(
                f,
                "shape mismatch: indexing arrays could not be broadcast together with shapes{}",
                ShapeList(shapes)
            ),
            IndexError::MaskLength {
                axis,
                len,
                mask_len,
            } => write!(
                f,
                "boolean index did not match indexed array along axis {axis}; size of axis is {len} but size of corresponding boolean axis is {mask_len}"
            ),
            IndexError::MaskRank { ndim, mask_ndim } => write!(
                f,
                "boolean mask has {mask_ndim} dimensions but the array has {ndim}; a whole-array mask needs the array's shape"
            ),
            IndexError::TooManyDims { ndim } => write!(
                f,
                "number of dimensions must be within [0, {}], indexing result would have {ndim}",
                crate::shape::MAX_RANK
            ),
            IndexError::TooBig { dims } => write!(
                f,
                "advanced indexing operation result is too large: shape {}",
                ShapeText(dims)
            ),
        }
    }
}

impl std::error::Error for IndexError {}

impl From<crate::rules::slice::BasicItemError> for IndexError {
    fn from(e: crate::rules::slice::BasicItemError) -> Self {
        use crate::rules::slice::BasicItemError;
        match e {
            BasicItemError::OutOfBounds { index, axis, len } => {
                IndexError::OutOfBounds { index, axis, len }
            }
            BasicItemError::ZeroStep => IndexError::ZeroStep,
        }
    }
}

impl From<AxisError> for IndexError {
    fn from(e: AxisError) -> Self {
        IndexError::Axis(e)
    }
}

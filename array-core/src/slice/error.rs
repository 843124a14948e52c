//! [`SliceError`]: why a slice was rejected at run time.

use crate::error::ShapeError;
use std::fmt;

/// A slice was rejected at run time. Messages follow NumPy's wording.
///
/// With static shapes most of these are compile errors instead (wrong item
/// count, literal bounds past a static axis); what is left is an index
/// computed at run time, a zero step computed at run time, and everything
/// about [`DynRank`](crate::DynRank) arrays.
///
/// ```
/// use array_core::{array, s, SliceError};
/// let a = array![[1, 2, 3], [4, 5, 6]];
/// let i = 2;
/// let e = a.view().try_slice(s![i, ..]).unwrap_err();
/// assert_eq!(e, SliceError::IndexOutOfBounds { index: 2, axis: 0, size: 2 });
/// assert_eq!(e.to_string(), "index 2 is out of bounds for axis 0 with size 2");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SliceError {
    /// An integer index outside `-size..size`.
    IndexOutOfBounds {
        /// The index as given (negative counts from the end).
        index: isize,
        /// The axis of the input it applies to.
        axis: usize,
        /// That axis' length.
        size: usize,
    },
    /// More items name an axis than the array has axes.
    TooManyIndices {
        /// The array's rank.
        rank: usize,
        /// The number of items that name an axis.
        found: usize,
    },
    /// Fewer items name an axis than the array has axes, and no `...`.
    TooFewIndices {
        /// The array's rank.
        rank: usize,
        /// The number of items that name an axis.
        found: usize,
    },
    /// Two or more `...` items.
    MultipleEllipsis,
    /// A step of 0.
    ZeroStep,
    /// The result's shape was rejected (more than 64 axes).
    Shape(ShapeError),
}

impl fmt::Display for SliceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SliceError::IndexOutOfBounds { index, axis, size } => write!(
                f,
                "index {index} is out of bounds for axis {axis} with size {size}"
            ),
            SliceError::TooManyIndices { rank, found } => write!(
                f,
                "too many indices for array: array is {rank}-dimensional, but {found} were indexed"
            ),
            SliceError::TooFewIndices { rank, found } => write!(
                f,
                "too few indices for array: array is {rank}-dimensional, but {found} were indexed; \
                 add `..` for each remaining axis, or `...` for all of them"
            ),
            SliceError::MultipleEllipsis => {
                write!(f, "an index can only have a single ellipsis ('...')")
            }
            SliceError::ZeroStep => write!(f, "slice step cannot be zero"),
            SliceError::Shape(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for SliceError {}

impl From<crate::rules::slice::BasicItemError> for SliceError {
    fn from(e: crate::rules::slice::BasicItemError) -> Self {
        use crate::rules::slice::BasicItemError;
        match e {
            BasicItemError::OutOfBounds { index, axis, len } => SliceError::IndexOutOfBounds {
                index,
                axis,
                size: len,
            },
            BasicItemError::ZeroStep => SliceError::ZeroStep,
        }
    }
}

impl From<ShapeError> for SliceError {
    fn from(e: ShapeError) -> Self {
        SliceError::Shape(e)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_follow_numpy() {
        assert_eq!(
            SliceError::TooManyIndices { rank: 2, found: 3 }.to_string(),
            "too many indices for array: array is 2-dimensional, but 3 were indexed"
        );
        assert_eq!(
            SliceError::MultipleEllipsis.to_string(),
            "an index can only have a single ellipsis ('...')"
        );
        assert_eq!(
            SliceError::ZeroStep.to_string(),
            "slice step cannot be zero"
        );
        assert_eq!(
            SliceError::IndexOutOfBounds {
                index: -5,
                axis: 1,
                size: 4
            }
            .to_string(),
            "index -5 is out of bounds for axis 1 with size 4"
        );
        assert!(
            SliceError::TooFewIndices { rank: 3, found: 2 }
                .to_string()
                .starts_with(
                    "too few indices for array: array is 3-dimensional, but 2 were indexed"
                )
        );
    }
}

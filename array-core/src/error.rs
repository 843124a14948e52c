//! Error types returned by fallible operations.
//!
//! Every error carries the numbers needed to understand it, and its `Display`
//! text follows NumPy's wording where NumPy has a message for the same problem.

use std::fmt;

/// Writes `items` as a tuple: `(a<sep>b)`, with Python's trailing comma for
/// one item (`(5,)`) and `()` for none. The one place shapes are printed.
fn write_tuple<D: fmt::Display>(f: &mut fmt::Formatter<'_>, items: &[D], sep: &str) -> fmt::Result {
    write!(f, "(")?;
    for (i, d) in items.iter().enumerate() {
        if i > 0 {
            write!(f, "{sep}")?;
        }
        write!(f, "{d}")?;
    }
    if items.len() == 1 {
        write!(f, ",")?;
    }
    write!(f, ")")
}

/// Dims the way NumPy's error messages print a shape: `(5,)`, `(2,3)`, `()`.
pub(crate) struct ShapeText<'a, D = usize>(pub(crate) &'a [D]);

impl<D: fmt::Display> fmt::Display for ShapeText<'_, D> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_tuple(f, self.0, ",")
    }
}

/// Several shapes as NumPy lists them after a message: each after a space,
/// ` (2,3) (4,)`.
pub(crate) struct ShapeList<'a>(pub(crate) &'a [Vec<usize>]);

impl fmt::Display for ShapeList<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0
            .iter()
            .try_for_each(|s| write!(f, " {}", ShapeText(s)))
    }
}

/// Dims the way Python prints a tuple, `(3, 4)` or `(5,)`: NumPy's
/// `broadcast_shapes` message and its array `repr` use this form.
pub(crate) struct TupleText<'a>(pub(crate) &'a [usize]);

impl fmt::Display for TupleText<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_tuple(f, self.0, ", ")
    }
}

/// A shape was rejected: wrong element count, wrong rank, a static dim that
/// disagrees with a run-time length, or a size that does not fit in memory.
///
/// ```
/// use array_core::{Array, DynRank};
/// let a = Array::<i32, DynRank>::zeros(DynRank::new(&[3, 4]));
/// let err = a.view().try_reshape::<DynRank>(&[5, 3]).unwrap_err();
/// assert_eq!(err.to_string(), "cannot reshape array of size 12 into shape (5,3)");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShapeError {
    /// The target's element count differs from the array's.
    SizeMismatch {
        /// Element count of the array being reshaped.
        size: usize,
        /// The requested target, as given (negative entries are "unknown").
        target: Vec<isize>,
    },
    /// More than one negative ("unknown") entry in a reshape target.
    MultipleUnknown {
        /// The requested target.
        target: Vec<isize>,
    },
    /// The number of dims does not match the shape type's rank.
    RankMismatch {
        /// Rank required by the shape type.
        expected: usize,
        /// Number of dims supplied.
        found: usize,
    },
    /// A static axis was given a different run-time length.
    StaticDimMismatch {
        /// The axis.
        axis: usize,
        /// The length the type requires.
        expected: usize,
        /// The length supplied.
        found: usize,
    },
    /// The element count, or the byte size, does not fit in `usize`/`isize`.
    TooBig {
        /// The dims whose product overflowed.
        dims: Vec<usize>,
    },
    /// A buffer's length does not match the element count of its shape.
    BufferLength {
        /// Element count of the shape.
        expected: usize,
        /// Length of the buffer supplied.
        found: usize,
    },
    /// More axes than a dynamic-rank shape may have (NumPy's limit is 64).
    TooManyAxes {
        /// Number of axes requested.
        found: usize,
    },
    /// `arange` was given a zero or non-finite step, so its length is undefined.
    ArangeStep,
}

impl fmt::Display for ShapeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ShapeError::SizeMismatch { size, target } => write!(
                f,
                "cannot reshape array of size {size} into shape {}",
                ShapeText(target)
            ),
            ShapeError::MultipleUnknown { .. } => {
                write!(f, "can only specify one unknown dimension")
            }
            ShapeError::RankMismatch { expected, found } => write!(
                f,
                "shape has {found} dims but the shape type has rank {expected}"
            ),
            ShapeError::StaticDimMismatch {
                axis,
                expected,
                found,
            } => write!(
                f,
                "axis {axis} is static with length {expected} but a length of {found} was given"
            ),
            ShapeError::TooBig { dims } => write!(
                f,
                "array is too big: shape {} overflows the address space",
                ShapeText(dims)
            ),
            ShapeError::BufferLength { expected, found } => write!(
                f,
                "buffer has {found} elements but the shape needs {expected}"
            ),
            ShapeError::TooManyAxes { found } => write!(
                f,
                "maximum supported dimension for an ndarray is 64, found {found}"
            ),
            ShapeError::ArangeStep => {
                write!(f, "arange needs a finite, non-zero step")
            }
        }
    }
}

impl std::error::Error for ShapeError {}

/// A strided layout over a buffer was rejected.
///
/// ```
/// use array_core::{View, Strided, shape};
/// let buf = [0, 1, 2, 3];
/// // Three elements with stride 2 need indices 0, 2 and 4: 4 is past the end.
/// let err = View::<i32, shape![3], Strided>::from_parts(&buf, [3], [2], 0).unwrap_err();
/// assert!(err.to_string().contains("out of bounds"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LayoutError {
    /// The dims were rejected.
    Shape(ShapeError),
    /// Some reachable element lies outside the buffer.
    OutOfBounds {
        /// Smallest reachable element offset.
        lowest: isize,
        /// Largest reachable element offset.
        highest: isize,
        /// The buffer length.
        len: usize,
    },
    /// Two different indices reach the same element, which a mutable view forbids.
    Overlapping,
    /// The strides are valid but do not have the layout the type requires
    /// (for example strides that are not C-contiguous for a `C` view).
    NotLayout {
        /// The layout's name.
        layout: &'static str,
        /// The dims of the rejected layout.
        dims: Vec<usize>,
        /// Its strides, in elements.
        strides: Vec<isize>,
    },
    /// The stride list's length differs from the rank.
    StrideCount {
        /// The rank.
        rank: usize,
        /// Number of strides given.
        found: usize,
    },
}

impl fmt::Display for LayoutError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LayoutError::Shape(e) => e.fmt(f),
            LayoutError::OutOfBounds {
                lowest,
                highest,
                len,
            } => write!(
                f,
                "strided layout reaches elements {lowest}..={highest}, out of bounds for a buffer of {len} elements"
            ),
            LayoutError::Overlapping => write!(
                f,
                "strided layout reaches some element through two different indices; a mutable view must not overlap itself"
            ),
            LayoutError::NotLayout {
                layout,
                dims,
                strides,
            } => write!(
                f,
                "strides {strides:?} of shape {} are not {layout}-contiguous, so they cannot form a `{layout}` view",
                ShapeText(dims)
            ),
            LayoutError::StrideCount { rank, found } => {
                write!(f, "{found} strides given for an array of rank {rank}")
            }
        }
    }
}

impl std::error::Error for LayoutError {}

impl LayoutError {
    /// `NotLayout` for layout `L` with these dims and strides.
    pub(crate) fn not_layout<L: crate::layout::Layout>(dims: &[usize], strides: &[isize]) -> Self {
        LayoutError::NotLayout {
            layout: L::NAME,
            dims: dims.to_vec(),
            strides: strides.to_vec(),
        }
    }
}

impl From<ShapeError> for LayoutError {
    fn from(e: ShapeError) -> Self {
        LayoutError::Shape(e)
    }
}

/// A reshape was asked not to copy (NumPy `copy=False`), but the strides do
/// not allow a view.
///
/// ```
/// use array_core::{Array, DynRank, Order, shape};
/// let a = Array::<i32, shape![2, 3]>::zeros_static();
/// let t = a.t(); // F-ordered view
/// let err = t.try_reshape_view::<DynRank>(&[6], Order::C).unwrap_err();
/// assert_eq!(err.to_string(), "Unable to avoid creating a copy while reshaping.");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReshapeError {
    /// The target shape was rejected.
    Shape(ShapeError),
    /// The strides do not allow a view.
    NeedsCopy,
    /// Order `K` was requested, which NumPy rejects for reshape.
    OrderK,
}

impl fmt::Display for ReshapeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReshapeError::Shape(e) => e.fmt(f),
            ReshapeError::NeedsCopy => {
                write!(f, "Unable to avoid creating a copy while reshaping.")
            }
            ReshapeError::OrderK => write!(f, "order 'K' is not permitted for reshaping"),
        }
    }
}

impl std::error::Error for ReshapeError {}

impl From<ShapeError> for ReshapeError {
    fn from(e: ShapeError) -> Self {
        ReshapeError::Shape(e)
    }
}

/// Axes given to a transpose or axis query were wrong.
///
/// ```
/// use array_core::{Array, shape};
/// let a = Array::<i32, shape![2, 3]>::zeros_static();
/// let err = a.view().permuted_axes(&[0, 0]).unwrap_err();
/// assert_eq!(err.to_string(), "repeated axis in transpose: [0, 0]");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AxisError {
    /// An axis is not below the rank.
    OutOfRange {
        /// The axis given.
        axis: isize,
        /// The rank.
        rank: usize,
    },
    /// An axis appears twice in a permutation.
    Repeated {
        /// The permutation given.
        axes: Vec<isize>,
    },
    /// A reduction without an identity (`min`, `max`, `mean`) along an
    /// axis of length 0.
    EmptyReduction {
        /// The axis.
        axis: usize,
        /// NumPy's name for the reduction: "minimum", "maximum" or "mean".
        operation: &'static str,
    },
    /// A new axis would take the rank past 64 (NumPy's limit).
    RankLimit {
        /// The rank before the new axis.
        rank: usize,
    },
    /// A permutation's length differs from the rank.
    WrongCount {
        /// The permutation given.
        axes: Vec<isize>,
        /// The rank.
        rank: usize,
    },
}

impl fmt::Display for AxisError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AxisError::OutOfRange { axis, rank } => write!(
                f,
                "axis {axis} is out of bounds for array of dimension {rank}"
            ),
            AxisError::Repeated { axes } => write!(f, "repeated axis in transpose: {axes:?}"),
            AxisError::EmptyReduction { axis, operation } => write!(
                f,
                "zero-size array to reduction operation {operation} which has no identity (axis {axis} has length 0)"
            ),
            AxisError::RankLimit { rank } => write!(
                f,
                "cannot add an axis to an array of dimension {rank}: the limit is 64"
            ),
            AxisError::WrongCount { axes, rank } => {
                write!(f, "axes {axes:?} don't match array of dimension {rank}")
            }
        }
    }
}

impl std::error::Error for AxisError {}

//! [`BroadcastError`]: the one error for shapes that do not broadcast,
//! wherever that is found (elementwise operations, `broadcast_shapes`,
//! `broadcast_pair`, `broadcast_to`, `assign`, `out=` outputs), with the
//! axis and the two lengths that clash; and the shape checks that produce
//! it. Its message is NumPy's for the call that failed.

use crate::error::{ShapeError, ShapeList, ShapeText, TupleText};
use crate::rules::broadcast::{self as rules, NotBroadcastable};
use std::fmt;

/// Where two shapes clash: an axis of the broadcast result (counted from
/// the left, with the shapes aligned on the right) and the two lengths
/// found there, neither of them 1.
///
/// ```
/// use array_core::{broadcast_shapes, AxisClash, BroadcastError};
/// let BroadcastError::Operands { clash, .. } = broadcast_shapes(&[3, 4], &[5]).unwrap_err() else {
///     unreachable!()
/// };
/// assert_eq!(clash, AxisClash { axis: 1, lengths: (4, 5) });
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct AxisClash {
    /// The axis of the broadcast result.
    pub axis: usize,
    /// The first and the second length at that axis.
    pub lengths: (usize, usize),
}

/// Which call found the shapes that do not broadcast: it decides NumPy's
/// wording of the message.
///
/// ```
/// use array_core::{array, BroadcastCall, BroadcastError};
/// let mut a = array![[1, 2, 3], [4, 5, 6]];
/// let e = a.try_add_assign(&array![1, 2]).unwrap_err();
/// assert!(matches!(e, BroadcastError::Operands { call: BroadcastCall::Elementwise, .. }));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BroadcastCall {
    /// An elementwise operation (`+`, `+=`, `arith::add`, `Zip::and`):
    /// NumPy's ufunc message.
    Elementwise,
    /// `broadcast_shapes` and `broadcast_pair`: NumPy's `broadcast_shapes`
    /// / `broadcast_arrays` message.
    BroadcastShapes,
    /// `broadcast_to`.
    BroadcastTo,
    /// The source of `assign` (NumPy's `copyto`, `a[...] = b`).
    Assign,
    /// An `out=` output, which never grows.
    Output,
}

/// Shapes that do not broadcast, in NumPy's words for the call that found
/// them, with the axis and both lengths where they clash.
///
/// ```
/// use array_core::{array, AxisClash, BroadcastCall, BroadcastError, DynRank};
/// let e = array![1, 2, 3].broadcast_to::<DynRank>([2, 4]).unwrap_err();
/// assert_eq!(
///     e,
///     BroadcastError::ToShape {
///         from: vec![3],
///         to: vec![2, 4],
///         clash: Some(AxisClash { axis: 1, lengths: (3, 4) }),
///         call: BroadcastCall::BroadcastTo,
///     }
/// );
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum BroadcastError {
    /// Operands whose shapes do not broadcast together: "operands could not
    /// be broadcast together with shapes (2,3) (4,)".
    Operands {
        /// Every operand's shape, in the order the call takes them (for a
        /// function with an output, the output comes last).
        shapes: Vec<Vec<usize>>,
        /// The first clash: the lengths are the broadcast of the shapes
        /// before it and the shape that clashed.
        clash: AxisClash,
        /// The call that found it.
        call: BroadcastCall,
    },
    /// An array that cannot be broadcast to a fixed shape: a
    /// `broadcast_to` target, an `assign` destination, or an output (whose
    /// shape `to` must equal the operands' broadcast shape `from`).
    ToShape {
        /// The shape that would have to stretch (for `assign`, without the
        /// leading length-1 axes NumPy drops first).
        from: Vec<usize>,
        /// The shape it must become.
        to: Vec<usize>,
        /// Where they clash; `None` when `to` has fewer axes than `from`
        /// (or an output is larger than the broadcast shape).
        clash: Option<AxisClash>,
        /// The call that found it.
        call: BroadcastCall,
    },
    /// The broadcast shape does not fit the result's shape type, or holds
    /// more elements than fit in memory.
    Shape(ShapeError),
}

impl fmt::Display for BroadcastError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BroadcastError::Operands {
                shapes,
                call: BroadcastCall::BroadcastShapes,
                ..
            } if shapes.len() == 2 => write!(
                f,
                "shape mismatch: objects cannot be broadcast to a single shape.  \
                 Mismatch is between arg 0 with shape {} and arg 1 with shape {}.",
                TupleText(&shapes[0]),
                TupleText(&shapes[1])
            ),
            BroadcastError::Operands { shapes, .. } => write!(
                f,
                "operands could not be broadcast together with shapes{}",
                ShapeList(shapes)
            ),
            BroadcastError::ToShape {
                from,
                to,
                call: BroadcastCall::Assign,
                ..
            } => write!(
                f,
                "could not broadcast input array from shape {} into shape {}",
                ShapeText(from),
                ShapeText(to)
            ),
            BroadcastError::ToShape {
                from,
                to,
                call: BroadcastCall::Output,
                ..
            } => write!(
                f,
                "non-broadcastable output operand with shape {} doesn't match the broadcast shape {}",
                ShapeText(to),
                ShapeText(from)
            ),
            BroadcastError::ToShape { from, to, .. } if to.is_empty() => write!(
                f,
                "cannot broadcast a non-scalar to a scalar array (shape {})",
                ShapeText(from)
            ),
            BroadcastError::ToShape { from, to, .. } if to.len() < from.len() => write!(
                f,
                "input operand has more dimensions than allowed by the axis remapping: shape {} and requested shape {}",
                ShapeText(from),
                ShapeText(to)
            ),
            BroadcastError::ToShape { from, to, .. } => write!(
                f,
                "operands could not be broadcast together with remapped shapes [original->remapped]: {}  and requested shape {}",
                ShapeText(from),
                ShapeText(to)
            ),
            BroadcastError::Shape(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for BroadcastError {}

impl From<ShapeError> for BroadcastError {
    fn from(e: ShapeError) -> Self {
        BroadcastError::Shape(e)
    }
}

/// The clash a rule reported, as the public type.
fn clash_of(e: NotBroadcastable) -> Option<AxisClash> {
    match e {
        NotBroadcastable::Mismatch { axis, a, b } => Some(AxisClash {
            axis,
            lengths: (a, b),
        }),
        NotBroadcastable::TooManyAxes { .. } => None,
    }
}

/// The shape every operand broadcasts to (NumPy's rule, folded left to
/// right), or [`BroadcastError::Operands`] listing all of them.
pub(crate) fn result_shape(
    shapes: &[&[usize]],
    call: BroadcastCall,
) -> Result<Vec<usize>, BroadcastError> {
    let mut out: Vec<usize> = Vec::new();
    for s in shapes {
        out = rules::broadcast_shapes(&out, s).map_err(|e| BroadcastError::Operands {
            shapes: shapes.iter().map(|s| s.to_vec()).collect(),
            clash: clash_of(e).expect("two shapes clash only on an axis"),
            call,
        })?;
    }
    Ok(out)
}

/// An output never grows: the operands must broadcast to exactly its shape.
pub(crate) fn check_output(output: &[usize], broadcast: Vec<usize>) -> Result<(), BroadcastError> {
    if output == broadcast.as_slice() {
        return Ok(());
    }
    let clash = rules::broadcast_to_strides(&broadcast, &vec![0; broadcast.len()], output)
        .err()
        .and_then(clash_of);
    Err(BroadcastError::ToShape {
        from: broadcast,
        to: output.to_vec(),
        clash,
        call: BroadcastCall::Output,
    })
}

/// Checks that `input` broadcasts onto `output` (the rule of `out += input`):
/// the shapes broadcast together, to the output's own shape.
pub(crate) fn check_onto(output: &[usize], input: &[usize]) -> Result<(), BroadcastError> {
    check_output(
        output,
        result_shape(&[output, input], BroadcastCall::Elementwise)?,
    )
}

/// `broadcast_to_strides`'s refusal as the public error of `call`.
pub(crate) fn to_shape_error(
    e: NotBroadcastable,
    from: &[usize],
    to: &[usize],
    call: BroadcastCall,
) -> BroadcastError {
    BroadcastError::ToShape {
        from: from.to_vec(),
        to: to.to_vec(),
        clash: clash_of(e),
        call,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_are_numpys() {
        let e = result_shape(&[&[2, 3], &[4], &[2, 3]], BroadcastCall::Elementwise).unwrap_err();
        assert_eq!(
            e.to_string(),
            "operands could not be broadcast together with shapes (2,3) (4,) (2,3)"
        );
        let e = check_onto(&[3], &[2, 3]).unwrap_err();
        assert_eq!(
            e.to_string(),
            "non-broadcastable output operand with shape (3,) doesn't match the broadcast shape (2,3)"
        );
        let e = BroadcastError::ToShape {
            from: vec![4],
            to: vec![2, 3],
            clash: Some(AxisClash {
                axis: 1,
                lengths: (4, 3),
            }),
            call: BroadcastCall::Assign,
        };
        assert_eq!(
            e.to_string(),
            "could not broadcast input array from shape (4,) into shape (2,3)"
        );
    }

    #[test]
    fn shapes_fold_from_the_left() {
        let fold = |s: &[&[usize]]| result_shape(s, BroadcastCall::Elementwise);
        assert_eq!(fold(&[]), Ok(vec![]));
        assert_eq!(fold(&[&[3, 1], &[4], &[]]), Ok(vec![3, 4]));
        assert_eq!(check_onto(&[2, 3], &[1, 3]), Ok(()));
        assert_eq!(check_onto(&[], &[]), Ok(()));
        // A leading length-1 axis still makes the broadcast shape longer.
        assert!(check_onto(&[3], &[1, 3]).is_err());
    }

    #[test]
    fn the_clash_names_the_axis_and_both_lengths() {
        let e = result_shape(&[&[2, 3], &[7, 4]], BroadcastCall::Elementwise).unwrap_err();
        let BroadcastError::Operands { clash, .. } = e else {
            unreachable!()
        };
        assert_eq!(
            clash,
            AxisClash {
                axis: 0,
                lengths: (2, 7)
            }
        );
    }
}

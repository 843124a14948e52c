//! [`ElementwiseError`] and the shape checks that produce it, with NumPy's
//! messages.

use crate::error::ShapeText;
use crate::rules::broadcast::broadcast_shapes;
use std::fmt;

/// Operands whose shapes do not broadcast for an elementwise operation.
///
/// The messages are NumPy's, with the shapes printed as NumPy prints them.
///
/// ```
/// use array_core::{Array, ElementwiseError, DynRank};
/// let mut a = Array::<f64, DynRank>::zeros(DynRank::new(&[2, 3]));
/// let b = Array::<f64, DynRank>::zeros(DynRank::new(&[4]));
/// let e = a.try_add_assign(&b).unwrap_err();
/// assert_eq!(e.to_string(), "operands could not be broadcast together with shapes (2,3) (4,)");
/// assert_eq!(e, ElementwiseError::Operands { shapes: vec![vec![2, 3], vec![4]] });
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ElementwiseError {
    /// Some axis has two different lengths, neither of them 1:
    /// "operands could not be broadcast together with shapes (2,3) (4,)".
    Operands {
        /// Every operand's shape, in the order the operation takes them
        /// (for a function with an output, the output comes last).
        shapes: Vec<Vec<usize>>,
    },
    /// The operands broadcast together, but to a shape other than the
    /// output's, which cannot grow: "non-broadcastable output operand with
    /// shape (3,) doesn't match the broadcast shape (2,3)".
    Output {
        /// The output's shape.
        output: Vec<usize>,
        /// The shape the operands broadcast to.
        broadcast: Vec<usize>,
    },
    /// A source for `assign` does not broadcast to the destination: "could
    /// not broadcast input array from shape (4,) into shape (2,3)".
    Input {
        /// The source's shape, without the leading length-1 axes beyond the
        /// destination's rank (NumPy drops them before it reports).
        input: Vec<usize>,
        /// The destination's shape.
        target: Vec<usize>,
    },
    /// The operands broadcast to a shape whose result would not fit in
    /// memory (possible with zero-stride views of huge dims).
    TooBig {
        /// The broadcast shape.
        dims: Vec<usize>,
    },
}

impl fmt::Display for ElementwiseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ElementwiseError::Operands { shapes } => {
                write!(f, "operands could not be broadcast together with shapes")?;
                for s in shapes {
                    write!(f, " {}", ShapeText(s))?;
                }
                Ok(())
            }
            ElementwiseError::Output { output, broadcast } => write!(
                f,
                "non-broadcastable output operand with shape {} doesn't match the broadcast shape {}",
                ShapeText(output),
                ShapeText(broadcast)
            ),
            ElementwiseError::Input { input, target } => write!(
                f,
                "could not broadcast input array from shape {} into shape {}",
                ShapeText(input),
                ShapeText(target)
            ),
            ElementwiseError::TooBig { dims } => write!(
                f,
                "array is too big: shape {} overflows the address space",
                ShapeText(dims)
            ),
        }
    }
}

impl std::error::Error for ElementwiseError {}

/// The shape every operand broadcasts to (NumPy's rule, folded left to
/// right), or [`ElementwiseError::Operands`] listing all of them.
pub(crate) fn result_shape(shapes: &[&[usize]]) -> Result<Vec<usize>, ElementwiseError> {
    let mut out: Vec<usize> = Vec::new();
    for s in shapes {
        out = broadcast_shapes(&out, s).map_err(|_| ElementwiseError::Operands {
            shapes: shapes.iter().map(|s| s.to_vec()).collect(),
        })?;
    }
    Ok(out)
}

/// An output never grows: the operands must broadcast to exactly its shape.
pub(crate) fn check_output(
    output: &[usize],
    broadcast: Vec<usize>,
) -> Result<(), ElementwiseError> {
    if output == broadcast.as_slice() {
        Ok(())
    } else {
        Err(ElementwiseError::Output {
            output: output.to_vec(),
            broadcast,
        })
    }
}

/// Checks that `input` broadcasts onto `output` (the rule of `out += input`):
/// the shapes broadcast together, to the output's own shape.
pub(crate) fn check_onto(output: &[usize], input: &[usize]) -> Result<(), ElementwiseError> {
    check_output(output, result_shape(&[output, input])?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_are_numpys() {
        let e = result_shape(&[&[2, 3], &[4], &[2, 3]]).unwrap_err();
        assert_eq!(
            e.to_string(),
            "operands could not be broadcast together with shapes (2,3) (4,) (2,3)"
        );
        let e = check_onto(&[3], &[2, 3]).unwrap_err();
        assert_eq!(
            e.to_string(),
            "non-broadcastable output operand with shape (3,) doesn't match the broadcast shape (2,3)"
        );
        let e = ElementwiseError::Input {
            input: vec![4],
            target: vec![2, 3],
        };
        assert_eq!(
            e.to_string(),
            "could not broadcast input array from shape (4,) into shape (2,3)"
        );
    }

    #[test]
    fn shapes_fold_from_the_left() {
        assert_eq!(result_shape(&[]), Ok(vec![]));
        assert_eq!(result_shape(&[&[3, 1], &[4], &[]]), Ok(vec![3, 4]));
        assert_eq!(check_onto(&[2, 3], &[1, 3]), Ok(()));
        assert_eq!(check_onto(&[], &[]), Ok(()));
        // A leading length-1 axis still makes the broadcast shape longer.
        assert!(check_onto(&[3], &[1, 3]).is_err());
    }
}

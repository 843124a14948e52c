//! Broadcasting: result shapes and the strides of broadcast views (numpy-rules §11).

/// Why two shapes do not broadcast.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum NotBroadcastable {
    /// At `axis` of the result (shapes aligned on the right), the lengths
    /// `a` and `b` are different and neither is 1. For `broadcast_to`, `a` is
    /// the input's length and `b` the target's. Enough for "operands could
    /// not be broadcast together with shapes (3,4) (5,)".
    Mismatch {
        /// Axis of the result, counted from the left.
        axis: usize,
        /// Length in the first shape (the input for `broadcast_to`).
        a: usize,
        /// Length in the second shape (the target for `broadcast_to`).
        b: usize,
    },
    /// `broadcast_to` was asked for fewer axes than the input has.
    TooManyAxes {
        /// Axes of the input.
        ndim: usize,
        /// Axes of the requested shape.
        target_ndim: usize,
    },
}

/// `np.broadcast_shapes(a, b)`: the shapes are aligned on the right, missing
/// leading axes count as 1, and on each axis equal lengths stay while a 1
/// stretches to the other length (so 1 against 0 gives 0).
pub(crate) fn broadcast_shapes(a: &[usize], b: &[usize]) -> Result<Vec<usize>, NotBroadcastable> {
    let ndim = a.len().max(b.len());
    (0..ndim)
        .map(|axis| {
            let (da, db) = (aligned(a, ndim, axis), aligned(b, ndim, axis));
            if da == db || db == 1 {
                Ok(da)
            } else if da == 1 {
                Ok(db)
            } else {
                Err(NotBroadcastable::Mismatch { axis, a: da, b: db })
            }
        })
        .collect()
}

/// Length of `axis` of `shape` right-aligned in `ndim` axes (1 if missing).
fn aligned(shape: &[usize], ndim: usize, axis: usize) -> usize {
    match (axis + shape.len()).checked_sub(ndim) {
        Some(i) => shape[i],
        None => 1,
    }
}

/// Strides of `np.broadcast_to(a, target)` (nditer itviews, numpy-rules §11):
/// prepended axes, broadcast axes and every length-1 input axis get stride
/// 0; an axis of the input's length keeps its stride.
pub(crate) fn broadcast_to_strides(
    dims: &[usize],
    strides: &[isize],
    target: &[usize],
) -> Result<Vec<isize>, NotBroadcastable> {
    let lead = target
        .len()
        .checked_sub(dims.len())
        .ok_or(NotBroadcastable::TooManyAxes {
            ndim: dims.len(),
            target_ndim: target.len(),
        })?;
    let mut out = vec![0; lead];
    for (i, ((&d, &s), &t)) in dims.iter().zip(strides).zip(&target[lead..]).enumerate() {
        out.push(match d {
            1 => 0,
            _ if d == t => s,
            _ => {
                return Err(NotBroadcastable::Mismatch {
                    axis: lead + i,
                    a: d,
                    b: t,
                });
            }
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_broadcast_from_the_right() {
        assert_eq!(broadcast_shapes(&[3, 4], &[4]), Ok(vec![3, 4]));
        assert_eq!(
            broadcast_shapes(&[8, 1, 6, 1], &[7, 1, 5]),
            Ok(vec![8, 7, 6, 5])
        );
        assert_eq!(broadcast_shapes(&[], &[2, 3]), Ok(vec![2, 3]));
        // A 1 stretches to 0.
        assert_eq!(broadcast_shapes(&[1], &[0]), Ok(vec![0]));
        assert_eq!(broadcast_shapes(&[0, 1], &[0]), Ok(vec![0, 0]));
    }

    #[test]
    fn mismatch_names_the_axis_and_both_lengths() {
        // "operands could not be broadcast together with shapes (3,4) (5,)"
        assert_eq!(
            broadcast_shapes(&[3, 4], &[5]),
            Err(NotBroadcastable::Mismatch {
                axis: 1,
                a: 4,
                b: 5
            })
        );
        assert_eq!(
            broadcast_shapes(&[2], &[3, 0]),
            Err(NotBroadcastable::Mismatch {
                axis: 1,
                a: 2,
                b: 0
            })
        );
    }

    #[test]
    fn broadcast_views_have_zero_strides() {
        // broadcast_to(arange(4), (3,4)): a prepended axis, stride 0.
        assert_eq!(broadcast_to_strides(&[4], &[1], &[3, 4]), Ok(vec![0, 1]));
        // (3,1) strides (1,1) to (3,5): the stretched axis gets 0.
        assert_eq!(
            broadcast_to_strides(&[3, 1], &[1, 1], &[3, 5]),
            Ok(vec![1, 0])
        );
        // Every length-1 input axis gets 0, even when not stretched.
        assert_eq!(
            broadcast_to_strides(&[1, 2], &[7, 1], &[1, 2]),
            Ok(vec![0, 1])
        );
        // A length-1 axis may stretch to 0; a 0 stays 0 with its stride.
        assert_eq!(
            broadcast_to_strides(&[1, 0], &[5, 3], &[0, 0]),
            Ok(vec![0, 3])
        );
    }

    #[test]
    fn broadcast_to_errors() {
        assert_eq!(
            broadcast_to_strides(&[3], &[1], &[2, 4]),
            Err(NotBroadcastable::Mismatch {
                axis: 1,
                a: 3,
                b: 4
            })
        );
        // 0 does not stretch to 1.
        assert_eq!(
            broadcast_to_strides(&[0], &[1], &[1]),
            Err(NotBroadcastable::Mismatch {
                axis: 0,
                a: 0,
                b: 1
            })
        );
        assert_eq!(
            broadcast_to_strides(&[2, 2], &[2, 1], &[2]),
            Err(NotBroadcastable::TooManyAxes {
                ndim: 2,
                target_ndim: 1
            })
        );
    }
}

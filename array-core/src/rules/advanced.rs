//! NumPy's layout of an advanced-indexing result (numpy-rules §9; mapping.c
//! `mapiter_fill_info`, `PyArray_MapIterNew`, `PyArray_MapIterSwapAxes`):
//! where the index axes go, the order of the index axes and of the
//! subspace axes in the buffer, and the buffer's strides. Pure functions on
//! dims and strides.

use super::flags::fill_strides_into;

/// How one index item uses the result's axes, for [`consec`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ItemUse {
    /// An integer, an index array or a 0-d mask (`HAS_INTEGER`, `HAS_FANCY`,
    /// `HAS_0D_BOOL`): advanced for the adjacency test; `width` is how many
    /// result axes NumPy counts past it (1 for an integer, 0 otherwise).
    Advanced {
        /// Result axes counted past the item.
        width: usize,
    },
    /// A slice, a new axis or an ellipsis: `width` result axes.
    Basic {
        /// Result axes the item produces.
        width: usize,
    },
}

/// Where the index axes go (`mit->consec`): the result axis of the first
/// advanced item when all of them (integers included) are adjacent, else 0.
pub(crate) fn consec(items: impl IntoIterator<Item = ItemUse>) -> usize {
    #[derive(PartialEq)]
    enum Status {
        NoneYet,
        Found,
        Stopped,
        Scattered,
    }
    let (mut status, mut consec, mut result_dim) = (Status::NoneYet, 0, 0);
    for item in items {
        if let ItemUse::Advanced { .. } = item {
            if status == Status::NoneYet {
                consec = result_dim;
                status = Status::Found;
            } else if status == Status::Stopped {
                consec = 0;
                status = Status::Scattered;
            }
        } else if status == Status::Found {
            status = Status::Stopped;
        }
        let (ItemUse::Advanced { width } | ItemUse::Basic { width }) = item;
        result_dim += width;
    }
    consec
}

/// The order of the broadcast index axes in memory, outermost first:
/// nditer's `KEEPORDER` axis ordering over the index arrays
/// (`npyiter_find_best_axis_ordering`: a stable insertion sort from C order;
/// two axes swap when an operand with non-zero strides on both wants it and
/// no such operand wants them kept: on a conflict C order wins).
/// Strides are compared by absolute value: NumPy asks for
/// `DONT_NEGATE_STRIDES` here.
/// `indices` gives each index array's own dims and strides.
pub(crate) fn keep_order(indices: &[(&[usize], &[isize])], dims: &[usize]) -> Vec<usize> {
    let strides: Vec<Vec<isize>> = indices
        .iter()
        .map(|&(own_dims, own_strides)| {
            let lead = dims.len() - own_dims.len();
            let mut s = vec![0isize; dims.len()];
            for (k, (&d, &st)) in own_dims.iter().zip(own_strides).enumerate() {
                if d != 1 {
                    s[lead + k] = st;
                }
            }
            s
        })
        .collect();
    // Innermost first, as the iterator keeps its axes.
    let mut perm: Vec<usize> = (0..dims.len()).rev().collect();
    for i0 in 1..perm.len() {
        let j0 = perm[i0];
        let mut insert_at = i0;
        for i1 in (0..i0).rev() {
            let j1 = perm[i1];
            let (mut ambiguous, mut swap) = (true, false);
            for s in &strides {
                if s[j0] != 0 && s[j1] != 0 {
                    if s[j1].unsigned_abs() <= s[j0].unsigned_abs() {
                        swap = false;
                    } else if ambiguous {
                        swap = true;
                    }
                    ambiguous = false;
                }
            }
            if !ambiguous {
                if swap {
                    insert_at = i1;
                } else {
                    break;
                }
            }
        }
        perm[insert_at..=i0].rotate_right(1);
    }
    perm.reverse();
    perm
}

/// The buffer's strides: the index axes outside, in `index_order`
/// (outermost first), the subspace axes inside, ordered by the subspace's
/// |stride| (largest outermost, ties by axis) as
/// `PyArray_CreateSortedStridePerm` orders them. A zero-size buffer is a
/// fresh empty allocation: all strides 0.
pub(crate) fn buffer_strides(
    index_dims: &[usize],
    index_order: &[usize],
    sub_dims: &[usize],
    sub_strides: &[isize],
) -> Vec<isize> {
    let nf = index_dims.len();
    let mut strides = vec![0isize; nf + sub_dims.len()];
    if index_dims.contains(&0) || sub_dims.contains(&0) {
        return strides;
    }
    let dims: Vec<usize> = index_dims.iter().chain(sub_dims).copied().collect();
    // Fastest first: the subspace axes from the innermost, then the index axes.
    let fastest_first = sub_memory_order(sub_strides)
        .into_iter()
        .rev()
        .map(|k| nf + k)
        .chain(index_order.iter().rev().copied());
    // Sizes were checked against isize::MAX, so the products fit.
    fill_strides_into(&dims, &mut strides, fastest_first);
    strides
}

/// Subspace axes, outermost first: |stride| descending, ties by axis.
pub(crate) fn sub_memory_order(sub_strides: &[isize]) -> Vec<usize> {
    let mut axes: Vec<usize> = (0..sub_strides.len()).collect();
    super::short_sort::sort_by_key(&mut axes, |&k| {
        (std::cmp::Reverse(sub_strides[k].unsigned_abs()), k)
    });
    axes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn consec_follows_mapiter_fill_info() {
        let fancy = || ItemUse::Advanced { width: 0 };
        let int = || ItemUse::Advanced { width: 1 };
        let full = || ItemUse::Basic { width: 1 };
        // a[:, [0]] -> 1; a[[0], :] -> 0; a[[0], :, [0]] -> 0.
        assert_eq!(consec([full(), fancy()]), 1);
        assert_eq!(consec([fancy(), full()]), 0);
        assert_eq!(consec([fancy(), full(), fancy()]), 0);
        // Integers count as advanced: a[:, 0, [0]] -> 1, a[0, :, [0]] -> 0.
        assert_eq!(consec([full(), int(), fancy()]), 1);
        assert_eq!(consec([int(), full(), fancy()]), 0);
        // A newaxis or a wide ellipsis before them moves the position.
        assert_eq!(consec([full(), ItemUse::Basic { width: 2 }, fancy()]), 3);
    }

    #[test]
    fn buffer_strides_follow_the_subspace_order() {
        // Index (2,), subspace (5, 3) C: (15, 3, 1).
        assert_eq!(buffer_strides(&[2], &[0], &[5, 3], &[15, 1]), [15, 3, 1]);
        // Subspace F-ordered (5, 3) with strides (1, 5): index outermost.
        assert_eq!(buffer_strides(&[2], &[0], &[5, 3], &[1, 5]), [15, 1, 5]);
        // A newaxis (stride 0) sorts innermost, so it gets stride 1, not 4.
        assert_eq!(buffer_strides(&[2], &[0], &[1, 4], &[0, 1]), [4, 1, 1]);
        // Index axes in F order.
        assert_eq!(buffer_strides(&[2, 3], &[1, 0], &[], &[]), [1, 2]);
        // Zero-size buffers have all strides 0.
        assert_eq!(buffer_strides(&[0], &[0], &[4], &[1]), [0, 0]);
    }

    #[test]
    fn index_axes_follow_the_index_arrays_memory_order() {
        let c: (&[usize], &[isize]) = (&[2, 5], &[5, 1]);
        let f: (&[usize], &[isize]) = (&[2, 5], &[1, 2]);
        assert_eq!(keep_order(&[c], &[2, 5]), [0, 1]);
        assert_eq!(keep_order(&[f], &[2, 5]), [1, 0]);
        // When the operands disagree, C order wins.
        assert_eq!(keep_order(&[f, c], &[2, 5]), [0, 1]);
        assert_eq!(keep_order(&[c, f], &[2, 5]), [0, 1]);
        assert_eq!(keep_order(&[f, f], &[2, 5]), [1, 0]);
        // Broadcast (length-1 or missing) axes do not take part.
        let column: (&[usize], &[isize]) = (&[2, 1], &[1, 1]);
        assert_eq!(keep_order(&[column], &[2, 5]), [0, 1]);
    }
}

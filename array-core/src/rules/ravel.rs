//! ravel / flatten and the layout of K-order copies (numpy-rules §4, §5).
//!
//! `ravel` never runs the nocopy algorithm: a uniformly strided array that is
//! not contiguous (`arange(10)[::2]`) is copied by ravel but viewed by
//! `reshape(-1)`.

use super::flags::{fill_strides_along, fresh_strides, is_c_contiguous, is_f_contiguous, mul_dim};
use super::order::Order;

/// What `ravel` returns, as a plan for the caller to carry out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum RavelPlan {
    /// A 1-D view at the same data offset with stride 1 and length = size
    /// (a 0-d array gives a `(1,)` view).
    View,
    /// `flatten(order)`: a new owning 1-D array (stride 1, or 0 when empty)
    /// filled in `order`, which is never `A`. For `K` the traversal is
    /// [`keep_order_axes`].
    Copy {
        /// C, F or K.
        order: Order,
    },
}

/// `PyArray_Ravel` (shape.c, numpy-rules §4): `K` becomes C or F when the array is
/// contiguous that way, `A` becomes F iff `ISFORTRAN`; an array contiguous in
/// the resolved order is viewed; for a `K` array that is neither, a view is
/// still possible when its axes sorted by |stride| are contiguous with
/// positive strides; anything else is copied by `flatten`.
pub(crate) fn plan_ravel(dims: &[usize], strides: &[isize], order: Order) -> RavelPlan {
    let c = is_c_contiguous(dims, strides);
    let f = is_f_contiguous(dims, strides);
    let order = order.resolve(c, f);
    let view = match order {
        Order::F => f,
        Order::K => sorted_axes_are_contiguous(dims, strides),
        _ => c, // `A` resolved to `C` or `F` above
    };
    if view {
        RavelPlan::View
    } else {
        RavelPlan::Copy { order }
    }
}

/// The K view test of `PyArray_Ravel`: walking the axes from the smallest
/// |stride| outwards and skipping length-1 axes, each *signed* stride must be
/// the product of the dims inside it, so negative and zero strides copy.
fn sorted_axes_are_contiguous(dims: &[usize], strides: &[isize]) -> bool {
    // `None` once the expected stride overflows: nothing can match it.
    let mut expected = Some(1);
    for axis in axes_by_stride(strides).into_iter().rev() {
        if dims[axis] == 1 {
            continue;
        }
        if expected != Some(strides[axis]) {
            return false;
        }
        expected = expected.and_then(|e| mul_dim(e, dims[axis]));
    }
    true
}

/// `PyArray_CreateSortedStridePerm`: axes by |stride| descending, ties broken
/// by axis index. Length-1 and zero-stride axes take part by their value.
fn axes_by_stride(strides: &[isize]) -> Vec<usize> {
    let mut axes: Vec<usize> = (0..strides.len()).collect();
    super::short_sort::sort_by_key(&mut axes, |&axis| {
        (std::cmp::Reverse(strides[axis].unsigned_abs()), axis)
    });
    axes
}

/// The axis order of an NpyIter KEEPORDER traversal of one operand, outermost
/// first (numpy-rules §4, NumPy's `keeporder` axis sort). Length-1 axes count as
/// stride 0; starting from C order, a stable insertion sort moves larger
/// |stride| outwards, comparing two axes only when both strides are non-zero,
/// so zero-stride axes stay where they are. Ravel and flatten pass
/// `DONT_NEGATE_STRIDES`: each axis is walked in increasing index even when
/// its stride is negative (`arange(4)[::-1].ravel('K')` is `[3,2,1,0]`).
pub(crate) fn keep_order_axes(dims: &[usize], strides: &[isize]) -> Vec<usize> {
    let eff: Vec<isize> = dims
        .iter()
        .zip(strides)
        .map(|(&d, &s)| if d == 1 { 0 } else { s })
        .collect();
    // The iterator keeps its axes innermost first.
    let mut perm: Vec<usize> = (0..eff.len()).rev().collect();
    for i0 in 1..perm.len() {
        let j0 = perm[i0];
        let mut ipos = i0;
        for i1 in (0..i0).rev() {
            let j1 = perm[i1];
            if eff[j0] != 0 && eff[j1] != 0 {
                if eff[j1].unsigned_abs() <= eff[j0].unsigned_abs() {
                    break;
                }
                ipos = i1;
            }
        }
        perm[ipos..=i0].rotate_right(1);
    }
    perm.reverse();
    perm
}

/// Strides of a K-order copy (`np.copy(a)`, `np.array(a)`), as
/// `PyArray_NewLikeArrayWithShape` lays it out (ctors.c, numpy-rules §5): C if the
/// array is C-contiguous or has at most one axis, else F if F-contiguous,
/// else the axes sorted by |stride| descending get positive canonical
/// strides. Zero-size arrays get all strides 0. `None` when the element
/// count does not fit in `isize`.
pub(crate) fn copy_k_strides(dims: &[usize], strides: &[isize]) -> Option<Vec<isize>> {
    if is_c_contiguous(dims, strides) || dims.len() <= 1 {
        return fresh_strides(dims, Order::C);
    }
    if is_f_contiguous(dims, strides) {
        return fresh_strides(dims, Order::F);
    }
    // Zero-size arrays are C-contiguous, so this array has elements.
    fill_strides_along(dims, axes_by_stride(strides).into_iter().rev())
}

#[cfg(test)]
mod tests {
    use super::*;
    use Order::{A, C, F, K};

    /// Element offsets visited by nested loops over `axes` (outermost first).
    fn visit(dims: &[usize], strides: &[isize], offset: isize, axes: &[usize]) -> Vec<isize> {
        let mut out = vec![offset];
        for &axis in axes {
            out = out
                .iter()
                .flat_map(|&o| (0..dims[axis]).map(move |i| o + i as isize * strides[axis]))
                .collect();
        }
        out
    }

    #[test]
    fn contiguous_arrays_ravel_to_views() {
        assert_eq!(plan_ravel(&[2, 3], &[3, 1], C), RavelPlan::View);
        assert_eq!(plan_ravel(&[2, 3], &[3, 1], K), RavelPlan::View);
        assert_eq!(
            plan_ravel(&[2, 3], &[3, 1], F),
            RavelPlan::Copy { order: F }
        );
        // A 0-d array ravels to a (1,) view.
        assert_eq!(plan_ravel(&[], &[], C), RavelPlan::View);
        // Zero-size arrays are contiguous whatever their strides.
        assert_eq!(plan_ravel(&[0, 3], &[0, 0], F), RavelPlan::View);
    }

    #[test]
    fn transposed_array_views_in_f_a_and_k() {
        // (3,4) C array transposed: dims (4,3), strides (1,4), F only.
        for order in [F, A, K] {
            assert_eq!(plan_ravel(&[4, 3], &[1, 4], order), RavelPlan::View);
        }
        assert_eq!(
            plan_ravel(&[4, 3], &[1, 4], C),
            RavelPlan::Copy { order: C }
        );
    }

    #[test]
    fn uniformly_strided_arrays_are_copied_by_ravel() {
        // arange(10)[::2]: reshape(-1) views it (reshape.rs), ravel copies.
        assert_eq!(plan_ravel(&[5], &[2], C), RavelPlan::Copy { order: C });
        assert_eq!(plan_ravel(&[5], &[2], K), RavelPlan::Copy { order: K });
        // arange(24)[::2].reshape(3,4): strides (8,2).
        assert_eq!(
            plan_ravel(&[3, 4], &[8, 2], C),
            RavelPlan::Copy { order: C }
        );
        // A on an array that is neither resolves to C.
        assert_eq!(
            plan_ravel(&[3, 4], &[8, 2], A),
            RavelPlan::Copy { order: C }
        );
    }

    #[test]
    fn k_views_a_permuted_contiguous_array() {
        // (3,2,4) C array (strides (8,4,1)) with axes 0 and 1 swapped: dims
        // (2,3,4), strides (4,8,1), neither C nor F. By |stride|: axis 2 (1),
        // axis 0 (4 == 1*4), axis 1 (8 == 4*2): a view.
        assert_eq!(plan_ravel(&[2, 3, 4], &[4, 8, 1], K), RavelPlan::View);
        assert_eq!(keep_order_axes(&[2, 3, 4], &[4, 8, 1]), vec![1, 0, 2]);
        assert_eq!(copy_k_strides(&[2, 3, 4], &[4, 8, 1]), Some(vec![4, 8, 1]));
    }

    #[test]
    fn negative_and_zero_strides_copy_under_k() {
        // arange(4)[::-1]: offset 3, stride -1. Signed stride -1 != 1: copy,
        // traversed in increasing index: [3,2,1,0], not reversed.
        assert_eq!(plan_ravel(&[4], &[-1], K), RavelPlan::Copy { order: K });
        let axes = keep_order_axes(&[4], &[-1]);
        assert_eq!(visit(&[4], &[-1], 3, &axes), vec![3, 2, 1, 0]);
        // broadcast (3,4) strides (0,1): stride 0 on a long axis copies.
        assert_eq!(
            plan_ravel(&[3, 4], &[0, 1], K),
            RavelPlan::Copy { order: K }
        );
    }

    #[test]
    fn keep_order_sorts_by_stride_but_leaves_zero_strides_alone() {
        // F array (4,3) strides (1,4): axis 1 has the larger stride, so it is
        // outermost.
        assert_eq!(keep_order_axes(&[4, 3], &[1, 4]), vec![1, 0]);
        // Zero stride on axis 0 is never compared: C order stays.
        assert_eq!(keep_order_axes(&[3, 4], &[0, 1]), vec![0, 1]);
        // Axis 1 (stride 0) is never compared, so it does not block the sort
        // of axes 0 (stride 1) and 2 (stride 3): axis 0 moves inside axis 2,
        // past axis 1, which ends up outermost.
        assert_eq!(keep_order_axes(&[2, 5, 3], &[1, 0, 3]), vec![1, 2, 0]);
        // A length-1 axis counts as stride 0 whatever its stride.
        assert_eq!(keep_order_axes(&[1, 4], &[1, 100]), vec![0, 1]);
        // Equal |strides| keep C order (stable sort).
        assert_eq!(keep_order_axes(&[2, 2], &[-1, 1]), vec![0, 1]);
        assert_eq!(keep_order_axes(&[], &[]), Vec::<usize>::new());
    }

    #[test]
    fn k_copy_layout() {
        // C-contiguous or at most one axis: C. F-contiguous: F.
        assert_eq!(copy_k_strides(&[5], &[2]), Some(vec![1]));
        assert_eq!(copy_k_strides(&[2, 3], &[1, 2]), Some(vec![1, 2]));
        // x[::-1, ::-1] of a (2,3) C array: strides (-3,-1). Sorted by |stride|
        // it is C order, and the copy's strides are positive.
        assert_eq!(copy_k_strides(&[2, 3], &[-3, -1]), Some(vec![3, 1]));
        // Broadcast (3,4) strides (0,1): axis 1 (|1|) sorts outside axis 0
        // (|0|), so axis 0 is innermost: strides (1,3). Length-1 axes sort by
        // their value too: (2,1,3) strides (1,100,4) sorts to axes 1, 2, 0.
        assert_eq!(copy_k_strides(&[3, 4], &[0, 1]), Some(vec![1, 3]));
        assert_eq!(
            copy_k_strides(&[2, 1, 3], &[1, 100, 4]),
            Some(vec![1, 6, 2])
        );
        // Zero-size: all strides 0.
        assert_eq!(copy_k_strides(&[0, 3], &[3, 1]), Some(vec![0, 0]));
    }
}

//! reshape: unknown-dimension resolution, the nocopy algorithm and the
//! view-or-copy decision of `_reshape_with_copy_arg` (shape.c, numpy-rules §3).

use super::flags::{checked_size, contiguous_strides, is_c_contiguous, is_f_contiguous, mul_dim};
use super::order::Order;
use crate::shape::MAX_RANK;
use crate::shape::PerAxis;

/// Why a reshape target is refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TargetError {
    /// "can only specify one unknown dimension".
    MoreThanOneUnknown,
    /// "cannot reshape array of size N into shape (...)"; also when the
    /// product of the known entries overflows (`test_reshape_size_overflow`).
    SizeMismatch,
    /// "array is too big": the product of the non-zero dims of the result
    /// does not fit in `isize` (only possible for zero-size results).
    TooBig,
    /// More entries than an array may have axes (NumPy's limit, 64).
    TooManyAxes,
}

/// What `reshape` returns, as a plan for the caller to carry out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum ReshapePlan {
    /// A view of the input's data at the same offset.
    View {
        /// The resolved target dims.
        dims: Vec<usize>,
        /// The view's strides, in elements.
        strides: Vec<isize>,
    },
    /// Copy the input in `order`, then view the copy with `dims` and the
    /// canonical strides for `order` (numpy-rules §3 step 6: the result's base is
    /// the hidden copy).
    Copy {
        /// The resolved target dims.
        dims: Vec<usize>,
        /// The order of the copy, with `A` already resolved.
        order: Order,
    },
}

/// Resolves the unknown entry of a reshape target: `_fix_unknown_dimension`
/// (shape.c, numpy-rules §3 step 3). Any negative entry is unknown. As in NumPy the
/// entries are scanned left to right and the first problem found is reported:
/// a second unknown, or a known product that overflows `isize`. The resolved
/// dims must also describe an array that can exist (see [`checked_size`]).
#[inline]
pub(crate) fn resolve_target(size: usize, target: &[isize]) -> Result<PerAxis<usize>, TargetError> {
    if target.len() > MAX_RANK {
        return Err(TargetError::TooManyAxes);
    }
    let mut unknown = None;
    let mut known: isize = 1;
    for (i, &entry) in target.iter().enumerate() {
        if entry < 0 {
            if unknown.replace(i).is_some() {
                return Err(TargetError::MoreThanOneUnknown);
            }
        } else {
            known = known.checked_mul(entry).ok_or(TargetError::SizeMismatch)?;
        }
    }
    // `known` is a product of non-negative entries.
    let known = known.unsigned_abs();
    let mut dims = PerAxis::filled(0, target.len());
    for (d, &t) in dims.iter_mut().zip(target) {
        *d = t.unsigned_abs();
    }
    match unknown {
        Some(i) => {
            if known == 0 || !size.is_multiple_of(known) {
                return Err(TargetError::SizeMismatch);
            }
            dims[i] = size / known;
        }
        None if known != size => return Err(TargetError::SizeMismatch),
        None => {}
    }
    // NumPy checks this when it builds the result (`PyArray_NewFromDescr_int`);
    // a zero dim can hide huge non-zero dims from the size check above. With
    // no zero dim the product is `size`, the size of an array that exists.
    if size == 0 {
        checked_size(&dims).ok_or(TargetError::TooBig)?;
    }
    Ok(dims)
}

/// Port of `_attempt_nocopy_reshape` (shape.c, numpy-rules §3 "Nocopy algorithm"):
/// the strides of a view of `dims`/`strides` with shape `new_dims`, read in
/// `order`, or `None` when a copy is needed. Length-1 input axes are removed
/// first; trailing length-1 target axes get the last stride (C) or the last
/// stride times the last dim (F). Needs a non-empty array and
/// `new_dims` with the same element count (anything else returns `None`).
/// A stride product that overflows `isize` also means "no view".
pub(crate) fn attempt_nocopy(
    dims: &[usize],
    strides: &[isize],
    new_dims: &[usize],
    order: Order,
) -> Option<Vec<isize>> {
    let (old_dims, old_strides): (Vec<usize>, Vec<isize>) = dims
        .iter()
        .zip(strides)
        .filter(|&(&d, _)| d != 1)
        .map(|(&d, &s)| (d, s))
        .unzip();
    let mut new_strides = vec![0; new_dims.len()];
    // [oi, oj) and [ni, nj) are the groups of old and new axes with equal
    // products currently worked on.
    let (mut oi, mut oj, mut ni, mut nj) = (0, 1, 0, 1);
    while ni < new_dims.len() && oi < old_dims.len() {
        let mut np = new_dims[ni];
        let mut op = old_dims[oi];
        while np != op {
            // Out-of-range indices only happen when the element counts differ.
            if np < op {
                np = np.checked_mul(*new_dims.get(nj)?)?;
                nj += 1;
            } else {
                op = op.checked_mul(*old_dims.get(oj)?)?;
                oj += 1;
            }
        }
        // The old group must merge into one axis (signed comparison, so zero
        // and negative strides merge when the equation holds).
        for k in oi..oj - 1 {
            let merges = match order {
                Order::F => mul_dim(old_strides[k], old_dims[k]) == Some(old_strides[k + 1]),
                _ => mul_dim(old_strides[k + 1], old_dims[k + 1]) == Some(old_strides[k]),
            };
            if !merges {
                return None;
            }
        }
        if order == Order::F {
            new_strides[ni] = old_strides[oi];
            for k in ni + 1..nj {
                new_strides[k] = mul_dim(new_strides[k - 1], new_dims[k - 1])?;
            }
        } else {
            new_strides[nj - 1] = old_strides[oj - 1];
            for k in (ni + 1..nj).rev() {
                new_strides[k - 1] = mul_dim(new_strides[k], new_dims[k])?;
            }
        }
        ni = nj;
        nj += 1;
        oi = oj;
        oj += 1;
    }
    // Trailing target axes (all of length 1) take the stride just outside the
    // last group. With no group at all every axis has length 1 and NumPy's
    // value is the itemsize.
    let last = match (ni.checked_sub(1), order) {
        (None, _) => 1,
        (Some(k), Order::F) => mul_dim(new_strides[k], new_dims[k])?,
        (Some(k), _) => new_strides[k],
    };
    for stride in &mut new_strides[ni..] {
        *stride = last;
    }
    Some(new_strides)
}

/// The view-or-copy decision of `_reshape_with_copy_arg` with `copy=None`
/// (shape.c, numpy-rules §3): `A` resolves with `ISFORTRAN`; a target equal to the
/// dims (compared before any unknown is resolved) keeps the strides; an input
/// contiguous in the requested order gets canonical strides; otherwise the
/// nocopy algorithm decides between a view and a copy in that order.
/// `copy=False` callers turn `Copy` into "Unable to avoid creating a copy".
pub(crate) fn plan_reshape(
    dims: &[usize],
    strides: &[isize],
    target: &[isize],
    order: Order,
) -> Result<ReshapePlan, TargetError> {
    let c = is_c_contiguous(dims, strides);
    let f = is_f_contiguous(dims, strides);
    let fortran = f && !c;
    // `K` never reaches here ("order 'K' is not permitted for reshaping" is
    // the caller's error); `A` resolves with ISFORTRAN.
    let order = order.resolve(c, f);
    let same_shape = dims.len() == target.len()
        && dims
            .iter()
            .zip(target)
            .all(|(&d, &t)| usize::try_from(t) == Ok(d));
    if same_shape {
        // A plain view, even of a non-contiguous array or one whose fresh
        // zero-size strides are all 0.
        return Ok(ReshapePlan::View {
            dims: dims.to_vec(),
            strides: strides.to_vec(),
        });
    }
    let size = checked_size(dims).ok_or(TargetError::TooBig)?;
    let new_dims = resolve_target(size, target)?;
    let contiguous = if order == Order::F { f } else { c };
    if contiguous {
        // NumPy forces the C or F flag only for results with more than one
        // axis; otherwise the input's flags pick the fill, F iff ISFORTRAN.
        // (With at most one axis both fills give the same strides.)
        let fill = match (new_dims.len() > 1, fortran) {
            (true, _) => order,
            (false, true) => Order::F,
            (false, false) => Order::C,
        };
        let strides = contiguous_strides(&new_dims, fill).ok_or(TargetError::TooBig)?;
        return Ok(ReshapePlan::View {
            dims: new_dims.to_vec(),
            strides,
        });
    }
    // Size 0 and size 1 are always contiguous, so the nocopy algorithm only
    // ever sees non-empty arrays here.
    Ok(match attempt_nocopy(dims, strides, &new_dims, order) {
        Some(strides) => ReshapePlan::View {
            dims: new_dims.to_vec(),
            strides,
        },
        None => ReshapePlan::Copy {
            dims: new_dims.to_vec(),
            order,
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn resolve(size: usize, target: &[isize]) -> Result<Vec<usize>, TargetError> {
        resolve_target(size, target).map(|d| d.to_vec())
    }
    use Order::{A, C, F};

    /// [`plan_reshape`], under a name short enough for one-line cases.
    fn plan(
        dims: &[usize],
        strides: &[isize],
        target: &[isize],
        order: Order,
    ) -> Result<ReshapePlan, TargetError> {
        plan_reshape(dims, strides, target, order)
    }

    fn view(dims: &[usize], strides: &[isize]) -> Result<ReshapePlan, TargetError> {
        Ok(ReshapePlan::View {
            dims: dims.to_vec(),
            strides: strides.to_vec(),
        })
    }

    fn copy(dims: &[usize], order: Order) -> Result<ReshapePlan, TargetError> {
        Ok(ReshapePlan::Copy {
            dims: dims.to_vec(),
            order,
        })
    }

    #[test]
    fn broadcast_rows_split_but_do_not_flatten() {
        // broadcast_to(arange(4), (3,4)) has strides (0,1). Into (3,2,2) the
        // old axis 1 (4, stride 1) becomes (2,2) with strides (2,1); axis 0
        // keeps stride 0.
        assert_eq!(
            plan(&[3, 4], &[0, 1], &[3, 2, 2], C),
            view(&[3, 2, 2], &[0, 2, 1])
        );
        // Into (12,): merging needs 0 == 4*1, false: copy.
        assert_eq!(plan(&[3, 4], &[0, 1], &[12], C), copy(&[12], Order::C));
    }

    #[test]
    fn all_zero_strides_merge_to_zero() {
        // 0 == 3*0 holds, so (2,3) with strides (0,0) flattens to stride 0.
        assert_eq!(plan(&[2, 3], &[0, 0], &[-1], C), view(&[6], &[0]));
    }

    #[test]
    fn doubly_reversed_array_flattens_with_stride_minus_one() {
        // x = arange(6).reshape(2,3); x[::-1,::-1] has strides (-3,-1), and
        // -3 == 3*(-1), so reshape(-1) is a view with stride -1.
        assert_eq!(plan(&[2, 3], &[-3, -1], &[-1], C), view(&[6], &[-1]));
    }

    #[test]
    fn trailing_ones_take_the_last_stride() {
        // zeros(12)[::2] has dims (6,) stride 2. Group (3,2) <- (6,):
        // C gives (4,2), trailing ones copy 2; F gives (2,6), ones get 6*2.
        assert_eq!(
            plan(&[6], &[2], &[3, 2, 1, 1], C),
            view(&[3, 2, 1, 1], &[4, 2, 2, 2])
        );
        assert_eq!(
            plan(&[6], &[2], &[3, 2, 1, 1], F),
            view(&[3, 2, 1, 1], &[2, 6, 12, 12])
        );
    }

    #[test]
    fn leading_and_middle_ones_are_absorbed() {
        // (4,) stride 2 into (1,2,1,2): the 1s join the groups of 2s.
        assert_eq!(
            attempt_nocopy(&[4], &[2], &[1, 2, 1, 2], Order::C),
            Some(vec![8, 4, 4, 2])
        );
        assert_eq!(
            attempt_nocopy(&[4], &[2], &[1, 2, 1, 2], Order::F),
            Some(vec![2, 2, 4, 4])
        );
        // Length-1 input axes are dropped whatever their stride.
        assert_eq!(
            attempt_nocopy(&[2, 1, 3], &[3, 99, 1], &[6], Order::C),
            Some(vec![1])
        );
    }

    #[test]
    fn stepped_slice_reshapes_to_a_view() {
        // arange(10)[::2]: dims (5,) stride 2. reshape(-1) keeps stride 2
        // (ravel would copy, see ravel.rs).
        assert_eq!(plan(&[5], &[2], &[-1], C), view(&[5], &[2]));
        // arange(24)[::2].reshape(3,4): strides (8,2); 8 == 4*2 merges.
        assert_eq!(plan(&[3, 4], &[8, 2], &[12], C), view(&[12], &[2]));
    }

    #[test]
    fn contiguous_input_gets_canonical_strides() {
        assert_eq!(plan(&[2, 3], &[3, 1], &[3, 2], C), view(&[3, 2], &[2, 1]));
        // A on an F array reshapes in F order.
        assert_eq!(plan(&[2, 3], &[1, 2], &[3, 2], A), view(&[3, 2], &[1, 3]));
        // C on the same F array: group (3,2) <- (2,3) needs 1 == 3*2: copy.
        assert_eq!(plan(&[2, 3], &[1, 2], &[3, 2], C), copy(&[3, 2], Order::C));
        // A on a C array (and on arrays that are both) is C.
        assert_eq!(plan(&[6], &[1], &[2, 3], A), view(&[2, 3], &[3, 1]));
    }

    #[test]
    fn transposed_array_copies_in_c_but_views_in_f() {
        // (3,4) C array transposed: dims (4,3), strides (1,4), F-contiguous.
        assert_eq!(plan(&[4, 3], &[1, 4], &[12], C), copy(&[12], Order::C));
        assert_eq!(plan(&[4, 3], &[1, 4], &[12], F), view(&[12], &[1]));
    }

    #[test]
    fn identical_shape_keeps_strides_before_resolving_unknowns() {
        // Non-contiguous input, same shape: the very same strides.
        assert_eq!(plan(&[2, 2], &[4, 1], &[2, 2], C), view(&[2, 2], &[4, 1]));
        // np.empty((0,3)) has strides (0,0): kept by reshape(0,3) ...
        assert_eq!(plan(&[0, 3], &[0, 0], &[0, 3], C), view(&[0, 3], &[0, 0]));
        // ... but reshape(-1,3) is resolved first and gets canonical strides.
        assert_eq!(plan(&[0, 3], &[0, 0], &[-1, 3], C), view(&[0, 3], &[3, 1]));
    }

    #[test]
    fn empty_arrays_and_unknowns() {
        // empty((0,3)).reshape(-1) works; reshape(-1,0) fails (known == 0).
        assert_eq!(plan(&[0, 3], &[0, 0], &[-1], C), view(&[0], &[1]));
        assert_eq!(
            plan(&[0, 3], &[0, 0], &[-1, 0], C),
            Err(TargetError::SizeMismatch)
        );
        // Any negative entry is the unknown one: reshape(-2,3).
        assert_eq!(resolve(6, &[-2, 3]), Ok(vec![2, 3]));
        assert_eq!(resolve(6, &[-1, -1]), Err(TargetError::MoreThanOneUnknown));
        assert_eq!(resolve(6, &[4, -1]), Err(TargetError::SizeMismatch));
        assert_eq!(resolve(6, &[5]), Err(TargetError::SizeMismatch));
        assert_eq!(resolve(1, &[]), Ok(vec![]));
    }

    #[test]
    fn known_product_overflow_is_a_size_mismatch() {
        // test_reshape_size_overflow: ones(20)[::2] (size 10) into the prime
        // factors of 2^63 + 5 with a leading 2, which wrap to 10 in int64.
        let target = [2, 13, 419, 691, 823, 2_977_518_503];
        assert_eq!(resolve(10, &target), Err(TargetError::SizeMismatch));
        // NumPy reports whichever problem its left-to-right scan meets first.
        let big = isize::MAX;
        assert_eq!(
            resolve(10, &[big, 2, -1, -1]),
            Err(TargetError::SizeMismatch)
        );
        assert_eq!(
            resolve(10, &[-1, -1, big, 2]),
            Err(TargetError::MoreThanOneUnknown)
        );
    }

    #[test]
    fn zero_size_result_with_huge_dims_is_too_big() {
        // known = 0*2^(b/2)*2^(b/2) = 0 does not overflow, but NumPy refuses to
        // build the result: the non-zero dims multiply past isize::MAX.
        let half = 1isize << (isize::BITS / 2);
        assert_eq!(
            plan(&[0], &[0], &[0, half, half], C),
            Err(TargetError::TooBig)
        );
    }

    #[test]
    fn size_one_inputs_never_copy() {
        // One element: C and F, any strides.
        assert_eq!(
            plan(&[1, 1], &[5, -7], &[1, 1, 1], F),
            view(&[1, 1, 1], &[1, 1, 1])
        );
        assert_eq!(plan(&[], &[], &[-1], C), view(&[1], &[1]));
    }

    #[test]
    fn overflowing_stride_products_mean_no_view() {
        // Merging (2, big) needs stride0 == big*stride1, which overflows.
        let big = usize::MAX / 4;
        assert_eq!(
            attempt_nocopy(&[2, big], &[1, 8], &[2 * big], Order::C),
            None
        );
        // Splitting an axis whose new outer stride overflows.
        assert_eq!(attempt_nocopy(&[2 * big], &[8], &[2, big], Order::C), None);
        // Mismatched element counts are "no view", not a panic.
        assert_eq!(attempt_nocopy(&[6], &[1], &[4], Order::C), None);
    }
}

//! Contiguity flags, canonical strides and element counts (numpy-rules §1, §2).
//!
//! NumPy's flags depend only on dims and strides (never on the data offset)
//! and ignore length-1 axes ("relaxed strides", unconditional since 1.23).

use super::order::Order;

/// Is the array C-contiguous? Mirrors the C half of `_UpdateContiguousFlags`
/// (flagsobject.c, numpy-rules §1): any zero dim makes it true; otherwise, from the
/// last axis to the first and skipping length-1 axes, each stride must equal
/// the product of the dims after it.
#[inline]
pub(crate) fn is_c_contiguous(dims: &[usize], strides: &[isize]) -> bool {
    is_c_contiguous_in(dims, strides, 1)
}

/// Is the array F-contiguous? The F half of `_UpdateContiguousFlags`: as
/// [`is_c_contiguous`], walking from the first axis to the last.
#[inline]
pub(crate) fn is_f_contiguous(dims: &[usize], strides: &[isize]) -> bool {
    contiguous_walk(dims, dims.iter().zip(strides), 1)
}

/// The C flag with strides counted in a unit whose element size is `itemsize`
/// (NumPy's byte rule). `overlap` needs it because its caller passes bytes.
#[inline]
pub(super) fn is_c_contiguous_in(dims: &[usize], strides: &[isize], itemsize: usize) -> bool {
    contiguous_walk(dims, dims.iter().zip(strides).rev(), itemsize)
}

/// Shared walk of `_UpdateContiguousFlags`; `axes` yields (dim, stride) from
/// the fastest axis outwards.
#[inline]
fn contiguous_walk<'a>(
    dims: &[usize],
    axes: impl Iterator<Item = (&'a usize, &'a isize)>,
    itemsize: usize,
) -> bool {
    // A zero dim decides both flags before any stride is looked at.
    if dims.contains(&0) {
        return true;
    }
    // `None` once the expected stride no longer fits in isize: no stride can
    // equal it, so any later axis longer than 1 fails the test.
    let mut expected = isize::try_from(itemsize).ok();
    for (&dim, &stride) in axes {
        if dim == 1 {
            continue;
        }
        match expected {
            Some(e) if e == stride => expected = mul_dim(e, dim),
            _ => return false,
        }
    }
    true
}

/// Canonical strides of a view of contiguous data in `order`, as
/// `_array_fill_strides` (ctors.c, numpy-rules §2) fills them: a running product from
/// the fastest axis, where a zero dim does not zero the product (so dims
/// `(0, 3)` in C get `(3, 1)`). `None` when the product of the non-zero dims
/// does not fit in `isize`, which is NumPy's "array is too big". Any order
/// but `F` fills as `C`.
pub(crate) fn contiguous_strides(dims: &[usize], order: Order) -> Option<Vec<isize>> {
    let mut out = vec![0; dims.len()];
    contiguous_strides_into(dims, &mut out, order).then_some(out)
}

/// [`contiguous_strides`] into `out` (one slot per axis), without
/// allocating: the C and F layouts compute their strides this way on every
/// call. Returns false when the product overflowed, which only a zero-size
/// shape with huge other dims can do (its strides then wrap, as nothing is
/// ever addressed through them).
#[inline]
pub(crate) fn contiguous_strides_into(dims: &[usize], out: &mut [isize], order: Order) -> bool {
    match order {
        Order::F => fill_strides_into(dims, out, 0..dims.len()),
        _ => fill_strides_into(dims, out, (0..dims.len()).rev()),
    }
}

/// Strides of a freshly allocated array (`PyArray_NewFromDescr_int`, numpy-rules §2):
/// canonical strides, except that a zero-size array gets all strides 0.
/// `None` as for [`contiguous_strides`].
pub(crate) fn fresh_strides(dims: &[usize], order: Order) -> Option<Vec<isize>> {
    let strides = contiguous_strides(dims, order)?;
    if dims.contains(&0) {
        // NumPy clamps the allocation to one byte and zeroes every stride.
        return Some(vec![0; dims.len()]);
    }
    Some(strides)
}

/// Element count of `dims`, checked as `PyArray_NewFromDescr_int` checks a new
/// array (numpy-rules §13): the product of the non-zero dims must fit in `isize`
/// (else "array is too big", `None`), and any zero dim makes the count 0.
/// The caller multiplies by the itemsize for NumPy's byte limit.
pub(crate) fn checked_size(dims: &[usize]) -> Option<usize> {
    let mut nonzero: isize = 1;
    for &dim in dims.iter().filter(|&&d| d != 0) {
        nonzero = mul_dim(nonzero, dim)?;
    }
    if dims.contains(&0) {
        Some(0)
    } else {
        Some(nonzero.unsigned_abs())
    }
}

/// Running-product fill shared by the C/F and K-order layouts: `axes` yields
/// axis indices from the fastest (stride 1) outwards; zero dims do not zero
/// the product. `None` when the product overflows `isize`.
#[inline]
pub(crate) fn fill_strides_along(
    dims: &[usize],
    axes: impl Iterator<Item = usize>,
) -> Option<Vec<isize>> {
    let mut strides = vec![0; dims.len()];
    fill_strides_into(dims, &mut strides, axes).then_some(strides)
}

/// [`fill_strides_along`] into `out`; false when the product overflowed
/// (the strides past that point wrap).
#[inline]
pub(crate) fn fill_strides_into(
    dims: &[usize],
    out: &mut [isize],
    axes: impl Iterator<Item = usize>,
) -> bool {
    let mut run: isize = 1;
    let mut fits = true;
    for axis in axes {
        out[axis] = run;
        if dims[axis] != 0 {
            run = match mul_dim(run, dims[axis]) {
                Some(r) => r,
                None => {
                    fits = false;
                    run.wrapping_mul(dims[axis] as isize)
                }
            };
        }
    }
    fits
}

/// `stride * dim`, or `None` when it does not fit in `isize`.
pub(super) fn mul_dim(stride: isize, dim: usize) -> Option<isize> {
    stride.checked_mul(isize::try_from(dim).ok()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zero_d_and_single_element_arrays_are_both() {
        assert!(is_c_contiguous(&[], &[]) && is_f_contiguous(&[], &[]));
        // The stride of a length-1 axis never matters (numpy-rules §1).
        for s in [0, -1, 123] {
            assert!(is_c_contiguous(&[1, 1], &[s, 7]));
            assert!(is_f_contiguous(&[1, 1], &[s, 7]));
        }
    }

    #[test]
    fn zero_dim_overrides_every_stride() {
        assert!(is_c_contiguous(&[0, 3], &[-5, 7]));
        assert!(is_f_contiguous(&[0, 3], &[-5, 7]));
        // Both flags set: `A` (ISFORTRAN) resolves to C.
        assert_eq!(Order::A.resolve(true, true), Order::C);
    }

    #[test]
    fn c_f_and_neither() {
        // (2,3): C strides (3,1), F strides (1,2).
        assert!(is_c_contiguous(&[2, 3], &[3, 1]) && !is_f_contiguous(&[2, 3], &[3, 1]));
        assert!(is_f_contiguous(&[2, 3], &[1, 2]) && !is_c_contiguous(&[2, 3], &[1, 2]));
        let a = |d: &[usize], s: &[isize]| {
            Order::A.resolve(is_c_contiguous(d, s), is_f_contiguous(d, s))
        };
        assert_eq!(a(&[2, 3], &[1, 2]), Order::F);
        assert_eq!(a(&[2, 3], &[3, 1]), Order::C);
        // Length-1 axes are skipped: (3,1) with stride 1 on the long axis is both.
        assert!(is_c_contiguous(&[3, 1], &[1, 99]) && is_f_contiguous(&[3, 1], &[1, 99]));
        // Negative or zero stride on an axis longer than 1: neither.
        assert!(!is_c_contiguous(&[3], &[-1]) && !is_f_contiguous(&[3], &[-1]));
        assert!(!is_c_contiguous(&[3, 4], &[0, 1]) && !is_f_contiguous(&[3, 4], &[0, 1]));
        // ones((4,4))[:, :1] has strides (4,1) in elements: neither (numpy-rules §8).
        assert!(!is_c_contiguous(&[4, 1], &[4, 1]) && !is_f_contiguous(&[4, 1], &[4, 1]));
    }

    #[test]
    fn byte_units_start_at_the_itemsize() {
        // int64 (2,3) C array: byte strides (24, 8).
        assert!(is_c_contiguous_in(&[2, 3], &[24, 8], 8));
        assert!(!is_c_contiguous_in(&[2, 3], &[3, 1], 8));
    }

    #[test]
    fn huge_expected_stride_is_not_contiguous_and_does_not_panic() {
        let big = usize::MAX / 2;
        assert!(!is_c_contiguous(&[3, big, big], &[1, 1, 1]));
        // The product overflows only after the last axis is checked: still C.
        assert!(is_c_contiguous(&[big, 4], &[4, 1]));
    }

    #[test]
    fn canonical_strides_skip_zero_dims_in_the_product() {
        // arange(0).reshape(0,3).strides == (24, 8) bytes, (3, 1) elements.
        assert_eq!(contiguous_strides(&[0, 3], Order::C), Some(vec![3, 1]));
        assert_eq!(
            contiguous_strides(&[2, 0, 3], Order::F),
            Some(vec![1, 2, 2])
        );
        assert_eq!(
            contiguous_strides(&[2, 3, 4], Order::C),
            Some(vec![12, 4, 1])
        );
        assert_eq!(
            contiguous_strides(&[2, 3, 4], Order::F),
            Some(vec![1, 2, 6])
        );
        assert_eq!(contiguous_strides(&[], Order::C), Some(vec![]));
    }

    #[test]
    fn fresh_zero_size_arrays_have_zero_strides() {
        // np.empty((0,3)).strides == (0,0); np.arange(0).strides == (0,).
        assert_eq!(fresh_strides(&[0, 3], Order::C), Some(vec![0, 0]));
        assert_eq!(fresh_strides(&[0], Order::F), Some(vec![0]));
        assert_eq!(fresh_strides(&[2, 3], Order::F), Some(vec![1, 2]));
    }

    #[test]
    fn sizes_are_checked_like_numpy_allocations() {
        assert_eq!(checked_size(&[]), Some(1));
        assert_eq!(checked_size(&[2, 3, 4]), Some(24));
        assert_eq!(checked_size(&[2, 0, 4]), Some(0));
        let half = 1usize << (usize::BITS / 2);
        // half * half does not fit; neither does it next to a zero dim ("too big").
        assert_eq!(checked_size(&[half, half]), None);
        assert_eq!(checked_size(&[0, half, half]), None);
        assert_eq!(contiguous_strides(&[0, half, half], Order::C), None);
        assert_eq!(fresh_strides(&[half, half, 0], Order::F), None);
        // isize::MAX itself is allowed.
        assert_eq!(
            checked_size(&[isize::MAX.unsigned_abs()]),
            Some(isize::MAX.unsigned_abs())
        );
    }
}

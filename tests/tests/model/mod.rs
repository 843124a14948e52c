//! An independent model of NumPy's view/copy layout rules: a line-by-line
//! port of the reference model `model.py` that sits next to NumPy's rule
//! book (SPEC.md) in the project's shared NumPy folder, written from the
//! Python and sharing no code with `array-core`.
//!
//! Units are elements (itemsize 1): strides and offsets count elements, an
//! exact rescaling of NumPy's byte rules. Arithmetic is in `i64`, far from
//! overflow for the small layouts the property tests draw.
//!
//! Shared by the property tests of `reshape_ravel.rs` (reshape, ravel) and
//! `layout.rs` (K-order copies, contiguity flags), included with
//! `mod model;`; each uses part of it.

#![allow(dead_code)]

/// The itemsize in these units.
const ITEM: i64 = 1;

// ---------------------------------------------------------------- flags

/// NumPy's C_CONTIGUOUS flag: length-1 axes are skipped, zero-size arrays
/// are contiguous.
pub(crate) fn c_contig(shape: &[usize], strides: &[i64]) -> bool {
    if shape.contains(&0) {
        return true;
    }
    let mut sd = ITEM;
    for (&d, &s) in shape.iter().zip(strides).rev() {
        if d != 1 {
            if s != sd {
                return false;
            }
            sd *= d as i64;
        }
    }
    true
}

/// NumPy's F_CONTIGUOUS flag.
pub(crate) fn f_contig(shape: &[usize], strides: &[i64]) -> bool {
    if shape.contains(&0) {
        return true;
    }
    let mut sd = ITEM;
    for (&d, &s) in shape.iter().zip(strides) {
        if d != 1 {
            if s != sd {
                return false;
            }
            sd *= d as i64;
        }
    }
    true
}

/// `PyArray_ISFORTRAN`: F and not C.
pub(crate) fn is_fortran(shape: &[usize], strides: &[i64]) -> bool {
    f_contig(shape, strides) && !c_contig(shape, strides)
}

/// A memory order for reshape and ravel.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Order {
    C,
    F,
    A,
    K,
}

/// Canonical strides for a view of contiguous data: zero dims do not zero
/// the running product.
pub(crate) fn fill_strides(shape: &[usize], order: Order) -> Vec<i64> {
    let mut st = vec![0; shape.len()];
    let mut run = ITEM;
    let axes: Vec<usize> = if order == Order::F {
        (0..shape.len()).collect()
    } else {
        (0..shape.len()).rev().collect()
    };
    for i in axes {
        st[i] = run;
        if shape[i] != 0 {
            run *= shape[i] as i64;
        }
    }
    st
}

/// Strides of a freshly allocated array: all zero when the size is 0.
pub(crate) fn fresh_strides(shape: &[usize], order: Order) -> Vec<i64> {
    if shape.contains(&0) {
        return vec![0; shape.len()];
    }
    fill_strides(shape, order)
}

// ---------------------------------------------------------------- reshape

/// Why a reshape was refused, as NumPy's message says it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ReshapeError {
    /// "can only specify one unknown dimension"
    MoreThanOneUnknown,
    /// "cannot reshape array of size N into shape ..."
    SizeMismatch,
    /// "order 'K' is not permitted for reshaping"
    OrderK,
}

/// Resolves the one negative ("unknown") entry of a target.
pub(crate) fn fix_unknown(size: usize, target: &[i64]) -> Result<Vec<usize>, ReshapeError> {
    let unknown: Vec<usize> = (0..target.len()).filter(|&i| target[i] < 0).collect();
    if unknown.len() > 1 {
        return Err(ReshapeError::MoreThanOneUnknown);
    }
    let known: i64 = target.iter().filter(|&&d| d >= 0).product();
    let size = size as i64;
    let mut t = target.to_vec();
    if let Some(&u) = unknown.first() {
        if known == 0 || size % known != 0 {
            return Err(ReshapeError::SizeMismatch);
        }
        t[u] = size / known;
    } else if known != size {
        return Err(ReshapeError::SizeMismatch);
    }
    Ok(t.into_iter().map(|d| d as usize).collect())
}

/// Port of `_attempt_nocopy_reshape`: the new strides, or `None`.
pub(crate) fn attempt_nocopy(
    shape: &[usize],
    strides: &[i64],
    newdims: &[usize],
    f_order: bool,
) -> Option<Vec<i64>> {
    let (olddims, oldstr): (Vec<usize>, Vec<i64>) = shape
        .iter()
        .zip(strides)
        .filter(|(d, _)| **d != 1)
        .map(|(&d, &s)| (d, s))
        .unzip();
    let (oldnd, newnd) = (olddims.len(), newdims.len());
    let mut ns = vec![0i64; newnd];
    let (mut oi, mut oj, mut ni, mut nj) = (0, 1, 0, 1);
    while ni < newnd && oi < oldnd {
        let mut np = newdims[ni];
        let mut op = olddims[oi];
        while np != op {
            if np < op {
                np *= newdims[nj];
                nj += 1;
            } else {
                op *= olddims[oj];
                oj += 1;
            }
        }
        for ok in oi..oj - 1 {
            if f_order {
                if oldstr[ok + 1] != olddims[ok] as i64 * oldstr[ok] {
                    return None;
                }
            } else if oldstr[ok] != olddims[ok + 1] as i64 * oldstr[ok + 1] {
                return None;
            }
        }
        if f_order {
            ns[ni] = oldstr[oi];
            for nk in ni + 1..nj {
                ns[nk] = ns[nk - 1] * newdims[nk - 1] as i64;
            }
        } else {
            ns[nj - 1] = oldstr[oj - 1];
            for nk in (ni + 1..nj).rev() {
                ns[nk - 1] = ns[nk] * newdims[nk] as i64;
            }
        }
        ni = nj;
        nj += 1;
        oi = oj;
        oj += 1;
    }
    // `ni == 0` needs an input of size 1, which is contiguous and never gets
    // here (where Python would read `newdims[-1]`).
    let mut last = if ni >= 1 { ns[ni - 1] } else { ITEM };
    if f_order && ni >= 1 {
        last *= newdims[ni - 1] as i64;
    }
    for s in &mut ns[ni..] {
        *s = last;
    }
    Some(ns)
}

/// What a reshape gives: a view with these strides, or a copy laid out with
/// them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Reshaped {
    pub(crate) view: bool,
    pub(crate) shape: Vec<usize>,
    pub(crate) strides: Vec<i64>,
    /// The order a copy is made in (`C` or `F`, `A` resolved).
    pub(crate) order: Order,
}

/// NumPy's `reshape(target, order)` with copies allowed.
pub(crate) fn reshape(
    shape: &[usize],
    strides: &[i64],
    target: &[i64],
    order: Order,
) -> Result<Reshaped, ReshapeError> {
    let (c, f) = (c_contig(shape, strides), f_contig(shape, strides));
    let order = match order {
        Order::A if f && !c => Order::F,
        Order::A => Order::C,
        Order::K => return Err(ReshapeError::OrderK),
        o => o,
    };
    // 1. identical shape (checked BEFORE -1 resolution): plain view
    if target.len() == shape.len() && target.iter().zip(shape).all(|(&t, &d)| t == d as i64) {
        return Ok(Reshaped {
            view: true,
            shape: shape.to_vec(),
            strides: strides.to_vec(),
            order,
        });
    }
    let size = shape.iter().product();
    let t = fix_unknown(size, target)?;
    // 2. already contiguous in the requested order: canonical strides
    if (order == Order::C && c) || (order == Order::F && f) {
        let o = if t.len() > 1 {
            order
        } else if f && !c {
            Order::F
        } else {
            Order::C
        };
        let strides = fill_strides(&t, o);
        return Ok(Reshaped {
            view: true,
            shape: t,
            strides,
            order,
        });
    }
    // 3. nocopy attempt (size > 0 guaranteed here)
    if let Some(ns) = attempt_nocopy(shape, strides, &t, order == Order::F) {
        return Ok(Reshaped {
            view: true,
            shape: t,
            strides: ns,
            order,
        });
    }
    // 4. copy in `order`, then view it
    let strides = fill_strides(&t, order);
    Ok(Reshaped {
        view: false,
        shape: t,
        strides,
        order,
    })
}

// ---------------------------------------------------------------- ravel

/// What a ravel gives: a view or a copy, and the result's one stride.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Raveled {
    pub(crate) view: bool,
    pub(crate) strides: Vec<i64>,
}

/// NumPy's `ravel(order)`.
pub(crate) fn ravel(shape: &[usize], strides: &[i64], order: Order) -> Raveled {
    let (c, f) = (c_contig(shape, strides), f_contig(shape, strides));
    let size: usize = shape.iter().product();
    let order = match order {
        Order::K if c => Order::C,
        Order::K if f => Order::F,
        Order::A if f && !c => Order::F,
        Order::A => Order::C,
        o => o,
    };
    if (order == Order::C && c) || (order == Order::F && f) {
        return Raveled {
            view: true,
            strides: vec![ITEM],
        };
    }
    if order == Order::K {
        let mut perm: Vec<usize> = (0..shape.len()).collect();
        perm.sort_by_key(|&i| (std::cmp::Reverse(strides[i].abs()), i));
        let mut st = ITEM;
        let mut ok = true;
        for &i in perm.iter().rev() {
            if shape[i] == 1 {
                continue;
            }
            if strides[i] != st {
                ok = false;
                break;
            }
            st *= shape[i] as i64;
        }
        if ok {
            return Raveled {
                view: true,
                strides: vec![ITEM],
            };
        }
    }
    // copy (PyArray_Flatten): a fresh allocation
    Raveled {
        view: false,
        strides: vec![if size != 0 { ITEM } else { 0 }],
    }
}

/// NpyIter's KEEPORDER axis order for one operand, outermost first:
/// length-1 axes count as stride 0, zero strides never take part in a
/// comparison, a stable insertion sort from C order, negative strides not
/// flipped.
pub(crate) fn keeporder_axes(shape: &[usize], strides: &[i64]) -> Vec<usize> {
    let nd = shape.len();
    let eff: Vec<i64> = (0..nd)
        .map(|i| if shape[i] == 1 { 0 } else { strides[i] })
        .collect();
    let mut perm: Vec<usize> = (0..nd).rev().collect(); // innermost first
    for i0 in 1..nd {
        let (mut ipos, j0) = (i0, perm[i0]);
        for i1 in (0..i0).rev() {
            let j1 = perm[i1];
            if eff[j0] != 0 && eff[j1] != 0 {
                if eff[j1].abs() <= eff[j0].abs() {
                    break;
                }
                ipos = i1;
            }
        }
        if ipos != i0 {
            perm.copy_within(ipos..i0, ipos + 1);
            perm[ipos] = j0;
        }
    }
    perm.reverse(); // outermost first
    perm
}

/// Element offsets visited by nested loops over `axes` (outermost first).
pub(crate) fn iterate(shape: &[usize], strides: &[i64], offset: i64, axes: &[usize]) -> Vec<i64> {
    if shape.contains(&0) {
        return Vec::new();
    }
    let mut out = vec![offset];
    for &ax in axes {
        out = out
            .iter()
            .flat_map(|&o| (0..shape[ax]).map(move |i| o + i as i64 * strides[ax]))
            .collect();
    }
    out
}

/// The element offsets `ravel(order)` returns, in order.
pub(crate) fn ravel_values(
    shape: &[usize],
    strides: &[i64],
    offset: i64,
    order: Order,
) -> Vec<i64> {
    let (c, f) = (c_contig(shape, strides), f_contig(shape, strides));
    let order = match order {
        Order::A if f && !c => Order::F,
        Order::A => Order::C,
        Order::K if c => Order::C,
        Order::K if f => Order::F,
        Order::K => return iterate(shape, strides, offset, &keeporder_axes(shape, strides)),
        o => o,
    };
    let nd = shape.len();
    let axes: Vec<usize> = if order == Order::C {
        (0..nd).collect()
    } else {
        (0..nd).rev().collect()
    };
    iterate(shape, strides, offset, &axes)
}

/// The values of a reshape-by-copy result read in C order: the input
/// raveled in the copy's order, laid out in the target shape in that order
/// (from the model's replay script, `check_model.py`).
pub(crate) fn copy_values_in_c(
    shape: &[usize],
    strides: &[i64],
    offset: i64,
    target_shape: &[usize],
    order: Order,
) -> Vec<i64> {
    let seq = ravel_values(shape, strides, offset, order);
    let st = fill_strides(target_shape, order);
    let axes: Vec<usize> = (0..target_shape.len()).collect();
    iterate(target_shape, &st, 0, &axes)
        .into_iter()
        .map(|o| seq[o as usize])
        .collect()
}

// ---------------------------------------------------------------- copy K

/// The strides of `copy(order='K')`.
pub(crate) fn copy_k_strides(shape: &[usize], strides: &[i64]) -> Vec<i64> {
    let nd = shape.len();
    let (c, f) = (c_contig(shape, strides), f_contig(shape, strides));
    if c || nd <= 1 {
        return fresh_strides(shape, Order::C);
    }
    if f {
        return fresh_strides(shape, Order::F);
    }
    let mut perm: Vec<usize> = (0..nd).collect();
    perm.sort_by_key(|&i| (std::cmp::Reverse(strides[i].abs()), i));
    let mut st = vec![0; nd];
    let mut run = ITEM;
    for &i in perm.iter().rev() {
        st[i] = run;
        run *= shape[i] as i64;
    }
    if shape.contains(&0) {
        return vec![0; nd];
    }
    st
}

//! Memory overlap (numpy-rules §12): extents, and a port of NumPy's exact solver in
//! mem_overlap.c (`solve_may_share_memory`, `solve_may_have_internal_overlap`,
//! `diophantine_simplify`, `solve_diophantine`, `diophantine_precompute`,
//! `diophantine_dfs`).
//!
//! Two strided arrays share memory iff `Σ s_a·x_a − Σ s_b·x_b = base_b − base_a`
//! has a solution with `0 ≤ x < dim`. Flipping negative strides and dropping
//! zero strides turns this into a bounded Diophantine equation with positive
//! coefficients, `Σ a_i·x_i = b` with `0 ≤ x_i ≤ ub_i`, which is NP-hard in the
//! number of axes. NumPy solves it by a depth-first search over Euclid
//! reductions (Ramachandran 2006) and counts the candidates it visits against
//! `max_work`. As in NumPy the numbers are `i64`, with `i128` where NumPy uses
//! its 128-bit helpers; every overflow is reported, never wrapped.
//!
//! Units are the caller's: bytes with the real itemsize (so operands of
//! different element types can be compared), or elements with itemsize 1.

use std::cmp::Reverse;

use super::flags::is_c_contiguous_in;

/// One array as the overlap rules see it, in a unit of the caller's choice.
#[derive(Clone, Copy, Debug)]
pub(crate) struct OverlapOperand<'a> {
    /// Length of each axis.
    pub(crate) dims: &'a [usize],
    /// Stride of each axis, in units.
    pub(crate) strides: &'a [isize],
    /// Position of the first element, in units from a common origin.
    pub(crate) offset: isize,
    /// Units taken by one element (1 when working in elements).
    pub(crate) itemsize: usize,
}

/// The answer of the overlap solver (`mem_overlap_t`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Overlap {
    /// Proved disjoint.
    No,
    /// A common unit (or, for internal overlap, two elements) was found.
    Yes,
    /// `max_work` candidates were visited without an answer (NumPy's
    /// `TooHardError`; `may_share_memory` treats it as "may share").
    TooHard,
    /// A number left `i64` (NumPy's `OverflowError`; also "may share").
    Overflow,
}

/// The extent of an array does not fit in `isize`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct ExtentOverflow;

impl From<ExtentOverflow> for Overlap {
    fn from(_: ExtentOverflow) -> Self {
        Overlap::Overflow
    }
}

/// Half-open range `[start, end)` of units an array can touch:
/// `offset_bounds_from_strides` plus the offset (numpy-rules §12), i.e.
/// `offset + Σ min(0, s·(d−1))` to `offset + Σ max(0, s·(d−1)) + itemsize`.
/// `Ok(None)` for a zero-size array, which touches nothing. The solver uses
/// `span` directly; this checked form serves the ported NumPy tests.
#[cfg(test)]
pub(crate) fn extent(op: &OverlapOperand<'_>) -> Result<Option<(isize, isize)>, ExtentOverflow> {
    let Some((start, end)) = span(op)? else {
        return Ok(None);
    };
    match (isize::try_from(start), isize::try_from(end)) {
        (Ok(start), Ok(end)) => Ok(Some((start, end))),
        _ => Err(ExtentOverflow),
    }
}

/// `np.may_share_memory(a, b)` (default `max_work=0`): do the extents
/// intersect? Zero-size arrays never do; an overflow answers "may share".
pub(crate) fn may_share_memory(a: &OverlapOperand<'_>, b: &OverlapOperand<'_>) -> bool {
    solve_shares_memory(a, b, Some(0)) != Overlap::No
}

/// `solve_may_share_memory` (mem_overlap.c): disjoint extents are `No`; then
/// `max_work == Some(0)` gives up (`TooHard`); otherwise the bounded
/// Diophantine problem is built (length-1 and zero-stride axes dropped, one
/// term of coefficient 1 and bound `itemsize − 1` per operand with
/// itemsize > 1, right-hand side the smaller of the two ways of measuring
/// from one extent to the other), simplified and solved. `None` is NumPy's
/// exact mode (`max_work=-1`, the default of `np.shares_memory`).
pub(crate) fn solve_shares_memory(
    a: &OverlapOperand<'_>,
    b: &OverlapOperand<'_>,
    max_work: Option<u64>,
) -> Overlap {
    shares(a, b, max_work).unwrap_or_else(|early| early)
}

/// `solve_may_have_internal_overlap` (mem_overlap.c), NumPy's test for "can
/// two different elements of this array touch the same unit": C-contiguous
/// arrays cannot; otherwise look for `z ≠ ub` with `Σ|s|·z = Σ|s|·ub` and
/// `0 ≤ z ≤ 2·ub`, where `z` is the sum of two index vectors.
pub(crate) fn internal_overlap(op: &OverlapOperand<'_>, max_work: Option<u64>) -> Overlap {
    internal(op, max_work).unwrap_or_else(|early| early)
}

/// One term `a·x` with `0 ≤ x ≤ ub` (`diophantine_term_t`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Term {
    a: i64,
    ub: i64,
}

/// `Err` carries an answer found before the solver runs.
fn shares(
    a: &OverlapOperand<'_>,
    b: &OverlapOperand<'_>,
    max_work: Option<u64>,
) -> Result<Overlap, Overlap> {
    let (Some((start1, end1)), Some((start2, end2))) = (span(a)?, span(b)?) else {
        return Ok(Overlap::No);
    };
    if !(start1 < end2 && start2 < end1 && start1 < end1 && start2 < end2) {
        return Ok(Overlap::No);
    }
    if max_work == Some(0) {
        return Ok(Overlap::TooHard);
    }
    // Both differences are non-negative since the extents intersect (and
    // `end - 1` cannot overflow since `end > start`).
    let rhs = (end2 - 1)
        .checked_sub(start1)
        .zip((end1 - 1).checked_sub(start2))
        .and_then(|(r1, r2)| i64::try_from(r1.min(r2)).ok())
        .ok_or(Overlap::Overflow)?;
    let mut terms = Vec::new();
    push_axis_terms(a, true, &mut terms)?;
    push_axis_terms(b, true, &mut terms)?;
    push_itemsize_term(a.itemsize, &mut terms)?;
    push_itemsize_term(b.itemsize, &mut terms)?;
    simplify(&mut terms, rhs)?;
    Ok(solve_diophantine(
        &terms,
        rhs,
        max_work,
        false,
        &mut vec![0; terms.len()],
    ))
}

/// `Err` carries an answer found before the solver runs.
fn internal(op: &OverlapOperand<'_>, max_work: Option<u64>) -> Result<Overlap, Overlap> {
    if is_c_contiguous_in(op.dims, op.strides, op.itemsize) {
        return Ok(Overlap::No);
    }
    let mut all = Vec::new();
    push_axis_terms(op, false, &mut all)?;
    push_itemsize_term(op.itemsize, &mut all)?;
    let mut terms = Vec::with_capacity(all.len());
    for term in all {
        if term.ub == 0 {
            continue;
        } else if term.ub < 0 {
            return Ok(Overlap::No); // a zero-length axis: no elements at all
        } else if term.a == 0 {
            return Ok(Overlap::Yes); // a zero stride on an axis longer than 1
        }
        terms.push(term);
    }
    // Double the bounds for the sum of two index vectors. NumPy does not
    // check this product; bounds past 2^62 only come from impossible arrays.
    for term in &mut terms {
        term.ub = term.ub.checked_mul(2).ok_or(Overlap::Overflow)?;
    }
    // Sorted like `diophantine_simplify` would, but not simplified: merging
    // terms would change the "z ≠ ub" part of the problem.
    super::short_sort::sort_by_key(terms.as_mut_slice(), |t| Reverse(t.a));
    Ok(solve_diophantine(
        &terms,
        -1,
        max_work,
        true,
        &mut vec![0; terms.len()],
    ))
}

/// Half-open `[start, end)` in `i128`, `None` when the array is empty.
fn span(op: &OverlapOperand<'_>) -> Result<Option<(i128, i128)>, ExtentOverflow> {
    if op.dims.contains(&0) {
        return Ok(None);
    }
    let (mut lower, mut upper) = (0i128, 0i128);
    for (&dim, &stride) in op.dims.iter().zip(op.strides) {
        // dim >= 1 here; each reach fits in i128, their sum might not.
        let reach = (stride as i128)
            .checked_mul(dim as i128 - 1)
            .ok_or(ExtentOverflow)?;
        let side = if reach > 0 { &mut upper } else { &mut lower };
        *side = side.checked_add(reach).ok_or(ExtentOverflow)?;
    }
    let start = (op.offset as i128).checked_add(lower);
    let end = (op.offset as i128)
        .checked_add(upper)
        .and_then(|e| e.checked_add(op.itemsize as i128));
    match (start, end) {
        (Some(start), Some(end)) => Ok(Some((start, end))),
        _ => Err(ExtentOverflow),
    }
}

/// `strides_to_terms`: one term `|stride|·x`, `0 ≤ x ≤ dim − 1` per axis;
/// `skip_empty` drops axes of length ≤ 1 and zero strides.
fn push_axis_terms(
    op: &OverlapOperand<'_>,
    skip_empty: bool,
    terms: &mut Vec<Term>,
) -> Result<(), Overlap> {
    for (&dim, &stride) in op.dims.iter().zip(op.strides) {
        if skip_empty && (dim <= 1 || stride == 0) {
            continue;
        }
        let a = i64::try_from(stride).ok().and_then(i64::checked_abs);
        let dim = i64::try_from(dim).ok();
        let (Some(a), Some(dim)) = (a, dim) else {
            return Err(Overlap::Overflow);
        };
        // A zero-length axis gives ub = -1: no solution at all.
        terms.push(Term { a, ub: dim - 1 });
    }
    Ok(())
}

/// The bytes inside one element: `1·x`, `0 ≤ x ≤ itemsize − 1`.
fn push_itemsize_term(itemsize: usize, terms: &mut Vec<Term>) -> Result<(), Overlap> {
    if itemsize > 1 {
        let ub = i64::try_from(itemsize - 1).map_err(|_| Overlap::Overflow)?;
        terms.push(Term { a: 1, ub });
    }
    Ok(())
}

/// `diophantine_simplify`: sort the coefficients in descending order, merge
/// equal coefficients (adding their bounds), cap each bound at `b / a` and
/// drop terms whose bound becomes 0. The yes/no answer is unchanged.
/// Obviously infeasible problems (a negative bound, `b < 0`) are left alone.
fn simplify(terms: &mut Vec<Term>, b: i64) -> Result<(), Overlap> {
    if b < 0 || terms.iter().any(|t| t.ub < 0) {
        return Ok(());
    }
    super::short_sort::sort_by_key(terms.as_mut_slice(), |t| Reverse(t.a));
    let mut merged: Vec<Term> = Vec::with_capacity(terms.len());
    for term in terms.drain(..) {
        match merged.last_mut() {
            Some(last) if last.a == term.a => {
                last.ub = last.ub.checked_add(term.ub).ok_or(Overlap::Overflow)?;
            }
            _ => merged.push(term),
        }
    }
    merged.retain_mut(|t| {
        t.ub = t.ub.min(b / t.a);
        // A bound of 0 forces x = 0 in any solution.
        t.ub != 0
    });
    *terms = merged;
    Ok(())
}

/// `solve_diophantine`: is there `x` with `Σ a_i·x_i = b`, `0 ≤ x_i ≤ ub_i`?
/// Every `a_i` must be positive. A solution is left in `x` (one slot per
/// term). With `nontrivial`, `b` is replaced by `Σ a_i·(ub_i/2)` (every bound
/// even) and the solution `x_i = ub_i/2` does not count.
fn solve_diophantine(
    terms: &[Term],
    b: i64,
    max_work: Option<u64>,
    nontrivial: bool,
    x: &mut [i64],
) -> Overlap {
    debug_assert!(terms.iter().all(|t| t.a > 0) && x.len() >= terms.len());
    if terms.iter().any(|t| t.ub < 0) {
        return Overlap::No;
    }
    let b = if nontrivial {
        debug_assert!(terms.iter().all(|t| t.ub % 2 == 0));
        let mut sum: i64 = 0;
        for t in terms {
            match t.a.checked_mul(t.ub / 2).and_then(|p| sum.checked_add(p)) {
                Some(s) => sum = s,
                // NumPy answers MEM_OVERLAP_ERROR here.
                None => return Overlap::Overflow,
            }
        }
        sum
    } else {
        b
    };
    if b < 0 {
        return Overlap::No;
    }
    match terms {
        // Zero or one variable: only the trivial solution can exist.
        [] if nontrivial => Overlap::No,
        [] if b == 0 => Overlap::Yes,
        [] => Overlap::No,
        [_] if nontrivial => Overlap::No,
        [t] => {
            if b % t.a == 0 {
                x[0] = b / t.a;
                if x[0] <= t.ub {
                    return Overlap::Yes;
                }
            }
            Overlap::No
        }
        _ => match Search::new(terms, max_work, nontrivial, x) {
            Some(mut search) => search.dfs(terms.len() - 1, b),
            None => Overlap::Overflow,
        },
    }
}

/// State of `diophantine_dfs`, with the tables of `diophantine_precompute`.
struct Search<'s> {
    terms: &'s [Term],
    /// `Ep[j]`: terms 0..=j+1 folded into one, `a = gcd(a_0..=a_{j+1})`.
    reduced: Vec<Term>,
    /// Bézout coefficients of each fold: `gamma·a1 + epsilon·a2 = gcd`.
    gamma: Vec<i64>,
    epsilon: Vec<i64>,
    max_work: Option<u64>,
    nontrivial: bool,
    x: &'s mut [i64],
    /// Candidates visited so far, compared with `max_work`.
    count: u64,
}

impl<'s> Search<'s> {
    /// `diophantine_precompute`; `None` when a folded bound overflows.
    fn new(
        terms: &'s [Term],
        max_work: Option<u64>,
        nontrivial: bool,
        x: &'s mut [i64],
    ) -> Option<Self> {
        let n = terms.len();
        let mut reduced = vec![Term { a: 0, ub: 0 }; n - 1];
        let mut gamma = vec![0; n - 1];
        let mut epsilon = vec![0; n - 1];
        for j in 1..n {
            // Fold term j into everything before it.
            let prev = if j == 1 { terms[0] } else { reduced[j - 2] };
            let (gcd, g, e) = euclid(prev.a, terms[j].a)?;
            reduced[j - 1].a = gcd;
            gamma[j - 1] = g;
            epsilon[j - 1] = e;
            // The bound of the last fold is never used, so it is not computed
            // (and cannot overflow).
            if j < n - 1 {
                let (c1, c2) = (prev.a / gcd, terms[j].a / gcd);
                reduced[j - 1].ub = c1
                    .checked_mul(prev.ub)?
                    .checked_add(c2.checked_mul(terms[j].ub)?)?;
            }
        }
        Some(Self {
            terms,
            reduced,
            gamma,
            epsilon,
            max_work,
            nontrivial,
            x,
            count: 0,
        })
    }

    /// `diophantine_dfs` for variable `v` (≥ 1) and right-hand side `b`:
    /// solve `a1·x1 + a2·x2 = b` where `a1, x1` stand for terms `0..v` folded
    /// and `a2, x2` for term `v`, then recurse on each candidate `x2`.
    fn dfs(&mut self, v: usize, b: i64) -> Overlap {
        if self.max_work.is_some_and(|max| self.count >= max) {
            return Overlap::TooHard;
        }
        let Term { a: a1, ub: u1 } = if v == 1 {
            self.terms[0]
        } else {
            self.reduced[v - 2]
        };
        let Term { a: a2, ub: u2 } = self.terms[v];
        let gcd = self.reduced[v - 1].a;
        if b % gcd != 0 {
            return self.miss();
        }
        let c = b / gcd;
        let (c1, c2) = (a2 / gcd, a1 / gcd);
        let (x1, x2, t_max) = match candidates(
            (self.gamma[v - 1], self.epsilon[v - 1]),
            c,
            (c1, c2),
            (u1, u2),
        ) {
            Candidates::Overflow => return Overlap::Overflow,
            Candidates::Empty => return self.miss(),
            Candidates::Range { x1, x2, t_max } => (x1, x2, t_max),
        };
        if v == 1 {
            // t = 0 is a solution of the whole problem.
            self.x[0] = x1;
            self.x[1] = x2;
            let trivial =
                self.nontrivial && self.x.iter().zip(self.terms).all(|(&xi, t)| xi == t.ub / 2);
            // Only t = 0 is checked: by the symmetry of the bounds around
            // ub/2, when t = 0 is the trivial solution, t = 1 is out of range.
            return if trivial { self.miss() } else { Overlap::Yes };
        }
        for t in 0..=t_max {
            // t <= t_max keeps x2 - c2·t within 0..=u2, so these never fail.
            let Some(xv) = c2.checked_mul(t).and_then(|p| x2.checked_sub(p)) else {
                return Overlap::Overflow;
            };
            self.x[v] = xv;
            let Some(b2) = a2.checked_mul(xv).and_then(|p| b.checked_sub(p)) else {
                return Overlap::Overflow;
            };
            let result = self.dfs(v - 1, b2);
            if result != Overlap::No {
                return result;
            }
        }
        self.miss()
    }

    /// A dead end: counts as one unit of work.
    fn miss(&mut self) -> Overlap {
        self.count = self.count.saturating_add(1);
        Overlap::No
    }
}

/// The solutions of `a1·x1 + a2·x2 = gcd·c` within the bounds, as
/// `x1 + c1·t`, `x2 − c2·t` for `t` in `0..=t_max`.
enum Candidates {
    Empty,
    Range { x1: i64, x2: i64, t_max: i64 },
    Overflow,
}

/// The general solution is `x1 = gamma·c + c1·t`, `x2 = epsilon·c − c2·t`;
/// intersect the `t` ranges allowed by `0 ≤ x1 ≤ u1` and `0 ≤ x2 ≤ u2`, then
/// shift `t` to start at 0. Products of two `i64` fit in `i128`, which
/// stands in for NumPy's `npy_extint128_t`; the results must fit in `i64`
/// (NumPy's `to_64` overflow checks).
fn candidates(
    (gamma, epsilon): (i64, i64),
    c: i64,
    (c1, c2): (i64, i64),
    (u1, u2): (i64, i64),
) -> Candidates {
    let wide = i128::from;
    let x10 = wide(gamma) * wide(c);
    let x20 = wide(epsilon) * wide(c);
    let t_lo = ceil_div(-x10, c1).max(ceil_div(x20 - wide(u2), c2));
    let t_hi = floor_div(wide(u1) - x10, c1).min(floor_div(x20, c2));
    if t_lo > t_hi {
        return Candidates::Empty;
    }
    let shifted = || -> Option<Candidates> {
        let t_lo = i64::try_from(t_lo).ok()?;
        let t_max = i64::try_from(t_hi).ok()?.checked_sub(t_lo)?;
        let x1 = i64::try_from(x10.checked_add(wide(c1) * wide(t_lo))?).ok()?;
        let x2 = i64::try_from(x20.checked_sub(wide(c2) * wide(t_lo))?).ok()?;
        Some(Candidates::Range { x1, x2, t_max })
    };
    shifted().unwrap_or(Candidates::Overflow)
}

/// `⌊n / d⌋` for `d > 0`.
fn floor_div(n: i128, d: i64) -> i128 {
    n.div_euclid(i128::from(d))
}

/// `⌈n / d⌉` for `d > 0`.
fn ceil_div(n: i128, d: i64) -> i128 {
    let d = i128::from(d);
    n.div_euclid(d) + i128::from(n.rem_euclid(d) != 0)
}

/// Extended Euclid for `a1, a2 > 0`: `(gcd, gamma, epsilon)` with
/// `gamma·a1 + epsilon·a2 = gcd`, `|gamma| ≤ a2/gcd`, `|epsilon| ≤ a1/gcd`.
/// The coefficients stay within those bounds, so the checks never fire.
fn euclid(mut a1: i64, mut a2: i64) -> Option<(i64, i64, i64)> {
    let (mut gamma1, mut gamma2, mut epsilon1, mut epsilon2) = (1i64, 0i64, 0i64, 1i64);
    loop {
        if a2 <= 0 {
            return Some((a1, gamma1, epsilon1));
        }
        let r = a1 / a2;
        a1 -= r * a2; // r·a2 <= a1
        gamma1 = gamma1.checked_sub(r.checked_mul(gamma2)?)?;
        epsilon1 = epsilon1.checked_sub(r.checked_mul(epsilon2)?)?;
        if a1 <= 0 {
            return Some((a2, gamma2, epsilon2));
        }
        let r = a2 / a1;
        a2 -= r * a1;
        gamma2 = gamma2.checked_sub(r.checked_mul(gamma1)?)?;
        epsilon2 = epsilon2.checked_sub(r.checked_mul(epsilon1)?)?;
    }
}

#[cfg(test)]
mod tests;

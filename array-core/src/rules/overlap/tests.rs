//! Tests of the overlap solver, after NumPy's `test_mem_overlap.py`: known
//! answers, fuzzing against brute force (the set of units each array
//! touches), overflow, and `max_work`.

use std::collections::HashSet;

use super::*;
use crate::rules::slice::slice_indices;

/// splitmix64 with a fixed seed, so the fuzz tests are reproducible.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `lo..=hi` (the modulo bias does not matter here).
    fn range(&mut self, lo: i64, hi: i64) -> i64 {
        lo + (self.next() % (hi - lo + 1) as u64) as i64
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// An owned strided array description, in units of `itemsize` bytes.
#[derive(Clone, Debug)]
struct Arr {
    dims: Vec<usize>,
    strides: Vec<isize>,
    offset: isize,
    itemsize: usize,
}

/// One basic index: an integer, or `start:stop:step`.
#[derive(Clone, Copy)]
enum Ix {
    At(isize),
    Range(Option<isize>, Option<isize>, isize),
}

use Ix::{At, Range};

const ALL: Ix = Range(None, None, 1);

impl Arr {
    fn new(dims: &[usize], strides: &[isize], offset: isize, itemsize: usize) -> Self {
        Arr {
            dims: dims.to_vec(),
            strides: strides.to_vec(),
            offset,
            itemsize,
        }
    }

    /// A fresh C-contiguous array at offset 0, strides in bytes.
    fn zeros(dims: &[usize], itemsize: usize) -> Self {
        let mut strides = vec![0; dims.len()];
        let mut run = itemsize as isize;
        for (s, &d) in strides.iter_mut().zip(dims).rev() {
            *s = run;
            run *= d as isize;
        }
        Arr::new(dims, &strides, 0, itemsize)
    }

    fn op(&self) -> OverlapOperand<'_> {
        OverlapOperand {
            dims: &self.dims,
            strides: &self.strides,
            offset: self.offset,
            itemsize: self.itemsize,
        }
    }

    /// `(x[::2], x[1::2])` of a 1-D array: interleaved halves whose
    /// extents intersect but whose elements do not.
    fn even_odd(&self) -> (Self, Self) {
        (
            self.ix(&[Range(None, None, 2)]),
            self.ix(&[Range(Some(1), None, 2)]),
        )
    }

    /// NumPy basic indexing, one item per leading axis.
    fn ix(&self, items: &[Ix]) -> Self {
        let mut out = Arr::new(&[], &[], self.offset, self.itemsize);
        for (axis, (&dim, &stride)) in self.dims.iter().zip(&self.strides).enumerate() {
            match items.get(axis) {
                Some(&At(i)) => {
                    let i = if i < 0 { i + dim as isize } else { i };
                    out.offset += i * stride;
                }
                Some(&Range(start, stop, step)) => {
                    let span = slice_indices(start, stop, step, dim).unwrap();
                    out.offset += span.start as isize * stride;
                    out.dims.push(span.len);
                    out.strides.push(stride * span.step);
                }
                None => {
                    out.dims.push(dim);
                    out.strides.push(stride);
                }
            }
        }
        out
    }

    fn transpose(&self, axes: &[usize]) -> Self {
        let dims: Vec<usize> = axes.iter().map(|&a| self.dims[a]).collect();
        let strides: Vec<isize> = axes.iter().map(|&a| self.strides[a]).collect();
        Arr::new(&dims, &strides, self.offset, self.itemsize)
    }

    /// Start of every element.
    fn elements(&self) -> Vec<isize> {
        let mut out = vec![self.offset];
        for (&d, &s) in self.dims.iter().zip(&self.strides) {
            out = out
                .iter()
                .flat_map(|&o| (0..d as isize).map(move |i| o + i * s))
                .collect();
        }
        out
    }

    /// Every unit touched by some element.
    fn units(&self) -> HashSet<isize> {
        let item = self.itemsize as isize;
        self.elements()
            .into_iter()
            .flat_map(|e| e..e + item)
            .collect()
    }

    fn exact(&self, other: &Arr) -> Overlap {
        solve_shares_memory(&self.op(), &other.op(), None)
    }
}

fn brute_shares(a: &Arr, b: &Arr) -> bool {
    !a.units().is_disjoint(&b.units())
}

/// Some element start reached twice (itemsize 1, as NumPy's brute force).
fn brute_internal(a: &Arr) -> bool {
    let elements = a.elements();
    elements.iter().collect::<HashSet<_>>().len() < elements.len()
}

fn yes_no(b: bool) -> Overlap {
    if b { Overlap::Yes } else { Overlap::No }
}

fn term(a: i64, ub: i64) -> Term {
    Term { a, ub }
}

fn solve(terms: &[Term], b: i64, max_work: Option<u64>) -> Overlap {
    solve_diophantine(terms, b, max_work, false, &mut vec![0; terms.len()])
}

/// Is `Σ a·x = b` solvable within the bounds? (Enumeration with pruning.)
fn brute_solvable(terms: &[Term], b: i64) -> bool {
    match terms.split_first() {
        None => b == 0,
        Some((t, rest)) => (0..=t.ub)
            .take_while(|&x| t.a * x <= b)
            .any(|x| brute_solvable(rest, b - t.a * x)),
    }
}

#[test]
fn diophantine_fuzz_against_brute_force() {
    // test_diophantine_fuzz: every answer is exact, a found x is valid, and
    // the simplified problem has the same answer.
    let mut rng = Rng(1234);
    for n in 0..6 {
        let (mut feasible, mut infeasible) = (0, 0);
        let min_count = 60 / (n + 1);
        while feasible.min(infeasible) < min_count {
            let a_max = 1 + rng.range(0, 6).pow(3);
            let u_max = rng.range(0, 3).pow(2);
            let terms: Vec<Term> = (0..n)
                .map(|_| term(rng.range(1, a_max), rng.range(0, u_max + 1)))
                .collect();
            let b_ub: i64 = terms.iter().map(|t| t.a * t.ub).sum();
            let b = if n == 0 && feasible < min_count {
                0
            } else {
                rng.range(-1, b_ub + 1)
            };
            let mut x = vec![0; n];
            let answer = solve_diophantine(&terms, b, None, false, &mut x);
            let mut simple = terms.clone();
            simplify(&mut simple, b).unwrap();
            assert_eq!(solve(&simple, b, None), answer, "{terms:?} = {b}");
            match answer {
                Overlap::Yes => {
                    let sum: i64 = terms.iter().zip(&x).map(|(t, &xi)| t.a * xi).sum();
                    assert_eq!(sum, b);
                    assert!(
                        terms
                            .iter()
                            .zip(&x)
                            .all(|(t, &xi)| (0..=t.ub).contains(&xi))
                    );
                    feasible += 1;
                }
                Overlap::No => {
                    assert!(!brute_solvable(&terms, b), "{terms:?} = {b}");
                    infeasible += 1;
                }
                other => panic!("{other:?} for {terms:?} = {b}"),
            }
        }
    }
}

#[test]
fn large_coefficients_use_128_bit_intermediates() {
    // test_diophantine_overflow: only x = (1, 1) solves this, and reaching it
    // needs products beyond i64.
    let m = i64::MAX;
    let terms = [term(m / 2, m / 2), term(m / 2 - 10, m / 2 - 10)];
    let mut x = [0; 2];
    assert_eq!(
        solve_diophantine(&terms, 2 * (m / 2) - 10, None, false, &mut x),
        Overlap::Yes
    );
    assert_eq!(x, [1, 1]);
}

#[test]
fn folded_bound_overflow_is_reported() {
    // diophantine_precompute: ub' = (a0/g)·ub0 + (a1/g)·ub1 leaves i64
    // (NumPy: OverflowError "Integer overflow").
    let m = i64::MAX;
    let terms = [term(m / 2, m), term(m / 3, m), term(5, 7)];
    assert_eq!(solve(&terms, 12345, None), Overlap::Overflow);
}

#[test]
fn max_work_counts_candidates_like_numpy() {
    // The mem_overlap.c example: 20·x1 + 7·x2 + 3·x3 = 78 with bounds
    // (6, 2, 5). Eliminating x1 does not restrict x3, so every x3 is tried;
    // NumPy 2.4.6 answers "no" from max_work = 6 on.
    let terms = [term(20, 6), term(7, 2), term(3, 5)];
    assert_eq!(solve(&terms, 78, None), Overlap::No);
    assert_eq!(solve(&terms, 78, Some(0)), Overlap::TooHard);
    assert_eq!(solve(&terms, 78, Some(5)), Overlap::TooHard);
    assert_eq!(solve(&terms, 78, Some(6)), Overlap::No);
    // The same problem from arrays: x = arange(80).reshape(4,20) as int8,
    // a = x[:, ::7], b = x[:, 3::3].
    let x = Arr::zeros(&[4, 20], 1);
    let (a, b) = (
        x.ix(&[ALL, Range(None, None, 7)]),
        x.ix(&[ALL, Range(Some(3), None, 3)]),
    );
    assert_eq!(
        solve_shares_memory(&a.op(), &b.op(), Some(5)),
        Overlap::TooHard
    );
    assert_eq!(solve_shares_memory(&a.op(), &b.op(), Some(6)), Overlap::No);
    assert!(!brute_shares(&a, &b));
}

#[test]
fn shares_memory_api() {
    // test_shares_memory_api: x = zeros([4,5,6], int8).
    let x = Arr::zeros(&[4, 5, 6], 1);
    assert_eq!(x.exact(&x), Overlap::Yes);
    let a = x.ix(&[ALL, Range(None, None, 2), Range(None, None, 3)]);
    let b = x.ix(&[ALL, Range(None, None, 3), Range(None, None, 2)]);
    assert_eq!(a.exact(&b), Overlap::Yes);
    assert_eq!(
        solve_shares_memory(&a.op(), &b.op(), Some(1)),
        Overlap::TooHard
    );
    // NumPy 2.4.6 finds the common element from max_work = 3 on.
    assert_eq!(
        solve_shares_memory(&a.op(), &b.op(), Some(2)),
        Overlap::TooHard
    );
    assert_eq!(solve_shares_memory(&a.op(), &b.op(), Some(3)), Overlap::Yes);
}

#[test]
fn max_work_zero_is_the_bounds_check() {
    let x = Arr::zeros(&[10], 1);
    let (even, odd) = x.even_odd();
    // Interleaved: the extents intersect, the elements do not.
    assert_eq!(
        solve_shares_memory(&even.op(), &odd.op(), Some(0)),
        Overlap::TooHard
    );
    assert!(may_share_memory(&even.op(), &odd.op()));
    assert_eq!(even.exact(&odd), Overlap::No);
    assert_eq!(
        solve_shares_memory(&even.op(), &odd.op(), Some(1)),
        Overlap::No
    );
    // Disjoint extents and empty arrays are "no" even with max_work = 0.
    let (head, tail) = (
        x.ix(&[Range(None, Some(5), 1)]),
        x.ix(&[Range(Some(5), None, 1)]),
    );
    assert!(!may_share_memory(&head.op(), &tail.op()));
    let empty = x.ix(&[Range(Some(6), Some(6), 1)]);
    assert!(!may_share_memory(&empty.op(), &x.op()));
    assert_eq!(empty.exact(&x), Overlap::No);
}

#[test]
fn extents_are_half_open_and_include_the_itemsize() {
    // int64 x[::-1] of 4 elements: offset 24 bytes, stride -8: [0, 32).
    let rev = Arr::new(&[4], &[-8], 24, 8);
    assert_eq!(extent(&rev.op()), Ok(Some((0, 32))));
    // (2,3) elements with strides (3,-1) at offset 2: [0, 6).
    assert_eq!(
        extent(&Arr::new(&[2, 3], &[3, -1], 2, 1).op()),
        Ok(Some((0, 6)))
    );
    assert_eq!(extent(&Arr::new(&[0, 3], &[3, 1], 5, 1).op()), Ok(None));
    // A 0-d array touches its one element.
    assert_eq!(extent(&Arr::new(&[], &[], 7, 4).op()), Ok(Some((7, 11))));
}

#[test]
fn itemsize_terms() {
    // test_non_ndarray_inputs with x = arange(5) int64, in bytes.
    let x = Arr::zeros(&[5], 8);
    let (a, b) = x.even_odd();
    assert!(may_share_memory(&a.op(), &b.op()));
    assert_eq!(a.exact(&b), Overlap::No);
    let (c, d) = (
        x.ix(&[Range(Some(1), None, 3)]),
        x.ix(&[Range(None, None, 2)]),
    );
    assert_eq!(c.exact(&d), Overlap::Yes);
    // A 2-byte view shifted by one byte into a 4-byte element overlaps it.
    let word = Arr::new(&[3], &[4], 0, 4);
    let half = Arr::new(&[3], &[4], 3, 2);
    assert_eq!(word.exact(&half), Overlap::Yes);
    let half = Arr::new(&[2], &[4], 4 + 4, 2);
    assert_eq!(word.exact(&half), yes_no(brute_shares(&word, &half)));
}

/// The 16 sign flips of `x`, as in test_may_share_memory_manual.
fn all_flips(x: &Arr) -> Vec<Arr> {
    (0..16)
        .map(|mask: usize| {
            let items: Vec<Ix> = (0..4)
                .map(|axis| Range(None, None, if mask >> axis & 1 == 1 { -1 } else { 1 }))
                .collect();
            x.ix(&items)
        })
        .collect()
}

#[test]
fn may_share_memory_manual() {
    // int8 zeros([13,21,23,22]) and zeros([13,21,46,22])[:, :, ::2], each
    // with all 16 combinations of reversed axes.
    let plain = Arr::zeros(&[13, 21, 23, 22], 1);
    let stepped = Arr::zeros(&[13, 21, 46, 22], 1).ix(&[ALL, ALL, Range(None, None, 2)]);
    for x in all_flips(&plain).iter().chain(&all_flips(&stepped)) {
        let (a, b) = (x.ix(&[ALL, At(0)]), x.ix(&[ALL, At(1)]));
        assert!(may_share_memory(&a.op(), &b.op()));
        assert_eq!(a.exact(&b), yes_no(brute_shares(&a, &b)), "{x:?}");
        let (a, b) = (
            x.ix(&[ALL, Range(None, None, 7)]),
            x.ix(&[ALL, Range(Some(3), None, 3)]),
        );
        assert_eq!(a.exact(&b), yes_no(brute_shares(&a, &b)), "{x:?}");
    }
    // Only the plain array ravels to a view; view it as int16 (13,21,23,11).
    let ravel = Arr::new(&[13 * 21 * 23 * 22], &[1], 0, 1);
    let xp = Arr::zeros(&[13, 21, 23, 11], 2);
    let a = plain.ix(&[ALL, Range(None, None, 7)]);
    let pairs = [
        (
            ravel.ix(&[Range(Some(6), Some(6), 1)]),
            xp.ix(&[ALL, Range(None, None, 7)]),
        ),
        (a.clone(), xp.clone()),
        (a, xp.ix(&[ALL, Range(Some(3), None, 3)])),
        (
            ravel.ix(&[Range(Some(6), Some(7), 1)]),
            xp.ix(&[ALL, Range(None, None, 7)]),
        ),
    ];
    for (a, b) in &pairs {
        assert_eq!(a.exact(b), yes_no(brute_shares(a, b)), "{a:?} {b:?}");
    }
    // Unit size: an array shares with itself, not with a copy elsewhere.
    let one = Arr::zeros(&[1], 1);
    assert_eq!(one.exact(&one), Overlap::Yes);
    assert_eq!(one.exact(&Arr::new(&[1], &[1], 100, 1)), Overlap::No);
}

/// `_indices_for_axis` of test_overlapping_assignments (size 10): pairs of
/// one int index, or of slices of 2 or 3 elements with steps ±1, ±2.
fn indices_for_axis() -> Vec<(Ix, Ix)> {
    let mut pairs = vec![(At(5), At(5))];
    for n in [2isize, 3] {
        let mut slices = Vec::new();
        for step in [1isize, 2] {
            for sign in [-1isize, 1] {
                // Python: start = 5 - n*step*sign // 2 (floor division).
                let start = 5 - (n * step * sign).div_euclid(2);
                let stop = start + n * step * sign;
                slices.push(Range(Some(start), Some(stop), step * sign));
            }
        }
        for &a in &slices {
            for &b in &slices {
                pairs.push((a, b));
            }
        }
    }
    pairs
}

#[test]
fn overlapping_assignments_have_exact_answers() {
    // Source and destination views of test_overlapping_assignments on a
    // 10x10 int64 array (every such pair shares an element), and the same
    // destinations in a copy of the grid moved by 8 bytes (one element)
    // or by 4 (half an element): the exact answer must match brute force.
    let arr = Arr::zeros(&[10, 10], 8);
    let moved = |offset| Arr::new(&[10, 10], &[80, 8], offset, 8);
    let per_axis = indices_for_axis();
    let (mut yes, mut no) = (0, 0);
    for parent in [arr.clone(), moved(8), moved(4)] {
        for &(src0, dst0) in &per_axis {
            for &(src1, dst1) in &per_axis {
                let (src, dst) = (arr.ix(&[src0, src1]), parent.ix(&[dst0, dst1]));
                let expected = brute_shares(&src, &dst);
                assert_eq!(src.exact(&dst), yes_no(expected), "{src:?} {dst:?}");
                if expected { yes += 1 } else { no += 1 }
            }
        }
    }
    assert!(yes > 1000 && no > 300, "{yes} {no}");
}

/// A random slice of an axis of length n, as iter_random_view_pairs makes.
fn random_slice(rng: &mut Rng, n: usize, step: isize) -> Ix {
    let start = rng.range(0, n as i64) as isize;
    let stop = rng.range(start as i64, n as i64) as isize;
    if rng.below(2) == 0 {
        Range(Some(stop), Some(start), -step)
    } else {
        Range(Some(start), Some(stop), step)
    }
}

fn random_steps(rng: &mut Rng, ndim: usize) -> Vec<isize> {
    (0..ndim)
        .map(|_| {
            if rng.below(5) == 0 {
                rng.range(1, 10) as isize
            } else {
                1
            }
        })
        .collect()
}

fn random_perm(rng: &mut Rng, n: usize) -> Vec<usize> {
    let mut perm: Vec<usize> = (0..n).collect();
    for i in (1..n).rev() {
        perm.swap(i, rng.below(i + 1));
    }
    perm
}

fn random_view(rng: &mut Rng, x: &Arr, steps: &[isize]) -> Arr {
    let items: Vec<Ix> = x
        .dims
        .iter()
        .zip(steps)
        .map(|(&n, &step)| random_slice(rng, n, step))
        .collect();
    x.ix(&items).transpose(&random_perm(rng, x.dims.len()))
}

#[test]
fn slices_of_one_parent_are_easy() {
    // test_may_share_memory_easy_fuzz: with the same steps, max_work = 1
    // settles every pair; with different steps, max(size)/2 does
    // (test_may_share_memory_harder_fuzz).
    let x = Arr::zeros(&[17, 34, 71, 97], 2);
    let mut rng = Rng(1234);
    for same_steps in [true, false] {
        let (mut feasible, mut infeasible) = (0, 0);
        while feasible.min(infeasible) < 100 {
            let steps = random_steps(&mut rng, 4);
            let a = random_view(&mut rng, &x, &steps);
            let steps = if same_steps {
                steps
            } else {
                random_steps(&mut rng, 4)
            };
            let b = random_view(&mut rng, &x, &steps);
            let work = if same_steps {
                1
            } else {
                let size = |v: &Arr| v.dims.iter().product::<usize>() as u64;
                size(&a).max(size(&b)) / 2
            };
            let exact = a.exact(&b);
            let easy = solve_shares_memory(&a.op(), &b.op(), Some(work));
            assert!(exact == Overlap::Yes || exact == Overlap::No);
            assert!(easy == exact || (easy == Overlap::TooHard && exact == Overlap::Yes));
            if may_share_memory(&a.op(), &b.op()) {
                if exact == Overlap::Yes {
                    feasible += 1
                } else {
                    infeasible += 1
                }
            }
        }
    }
}

#[test]
fn internal_overlap_diophantine() {
    // test_internal_overlap_diophantine: solutions of Σ a·z = Σ a·ub/2 other
    // than z = ub/2.
    let mut x = [0; 2];
    let terms = [term(3, 4), term(2, 6)];
    assert_eq!(
        solve_diophantine(&terms, 0, None, true, &mut x),
        Overlap::Yes
    );
    assert_eq!(3 * x[0] + 2 * x[1], 3 * 2 + 2 * 3);
    assert_ne!(x, [2, 3]);
    let terms = [term(6, 30), term(2, 4)];
    assert_eq!(
        solve_diophantine(&terms, 0, None, true, &mut x),
        Overlap::No
    );
}

#[test]
fn internal_overlap_manual() {
    // test_internal_overlap_manual: as_strided views of one int8 element.
    let cases: [(&[usize], &[isize], bool); 10] = [
        (&[1], &[1], false),
        (&[], &[], false),
        (&[4, 4], &[3, 4], false),
        (&[5, 4], &[3, 4], true), // 4·3 == 3·4
        (&[0], &[0], false),
        (&[1], &[0], false),
        (&[2], &[0], true),
        (&[87, 22], &[0, -9993], true),
        (&[1, 22], &[0, -9993], false),
        (&[0, 22], &[0, -9993], false),
    ];
    for (dims, strides, expected) in cases {
        let a = Arr::new(dims, strides, 0, 1);
        assert_eq!(brute_internal(&a), expected);
        assert_eq!(internal_overlap(&a.op(), None), yes_no(expected), "{a:?}");
    }
    // max_work = 0 gives up before the first candidate; 1 is enough here.
    let a = Arr::new(&[5, 4], &[3, 4], 0, 1);
    assert_eq!(internal_overlap(&a.op(), Some(0)), Overlap::TooHard);
    assert_eq!(internal_overlap(&a.op(), Some(1)), Overlap::Yes);
    // Contiguous arrays answer at once, in bytes too.
    assert_eq!(
        internal_overlap(&Arr::zeros(&[3, 4], 8).op(), Some(0)),
        Overlap::No
    );
    // Elements wider than their stride overlap their neighbours.
    assert_eq!(
        internal_overlap(&Arr::new(&[3], &[2], 0, 4).op(), None),
        Overlap::Yes
    );
    assert_eq!(
        internal_overlap(&Arr::new(&[3], &[4], 0, 4).op(), None),
        Overlap::No
    );
}

#[test]
fn internal_overlap_fuzz() {
    // test_internal_overlap_fuzz against brute force.
    let mut rng = Rng(1234);
    let (mut overlap, mut no_overlap) = (0, 0);
    while overlap.min(no_overlap) < 100 {
        let ndim = rng.range(1, 3) as usize;
        let strides: Vec<isize> = (0..ndim).map(|_| rng.range(-1000, 999) as isize).collect();
        let dims: Vec<usize> = (0..ndim).map(|_| rng.range(1, 29) as usize).collect();
        let a = Arr::new(&dims, &strides, 0, 1);
        let expected = brute_internal(&a);
        assert_eq!(internal_overlap(&a.op(), None), yes_no(expected), "{a:?}");
        if expected {
            overlap += 1
        } else {
            no_overlap += 1
        }
    }
}

#[test]
fn slices_never_overlap_internally() {
    // test_internal_overlap_slices, int16 in bytes.
    let x = Arr::zeros(&[17, 34, 71, 97], 2);
    let mut rng = Rng(99);
    for _ in 0..500 {
        let steps = random_steps(&mut rng, 4);
        let a = random_view(&mut rng, &x, &steps);
        assert_eq!(internal_overlap(&a.op(), None), Overlap::No, "{a:?}");
    }
}

#[test]
fn overflow_is_reported() {
    let max = isize::MAX;
    // Two axes each reaching about 2^127: the extent leaves i128.
    let huge = Arr::new(&[usize::MAX, usize::MAX], &[max, max], 0, 1);
    assert_eq!(extent(&huge.op()), Err(ExtentOverflow));
    assert_eq!(huge.exact(&huge), Overlap::Overflow);
    assert!(may_share_memory(&huge.op(), &huge.op()));
    // The extent fits in i128 but not in isize; the rhs leaves i64.
    let wide = Arr::new(&[3], &[max], isize::MIN, 1);
    assert_eq!(extent(&wide.op()), Ok(Some((isize::MIN, max))));
    let wider = Arr::new(&[3, 3], &[max, max], 0, 1);
    assert_eq!(extent(&wider.op()), Err(ExtentOverflow));
    assert_eq!(wide.exact(&wide), Overlap::Overflow);
    // |isize::MIN| does not fit (strides_to_terms).
    let min_stride = Arr::new(&[2], &[isize::MIN], max, 1);
    let inside = Arr::new(&[1], &[1], 0, 1);
    assert_eq!(min_stride.exact(&inside), Overlap::Overflow);
    // Doubling a bound of 2^62 for the internal-overlap problem.
    let long = Arr::new(&[(1 << 62) + 1, 2], &[3, 1], 0, 1);
    assert_eq!(internal_overlap(&long.op(), None), Overlap::Overflow);
    // A dim beyond i64.
    let endless = Arr::new(&[usize::MAX, 2], &[0, 1], 0, 1);
    assert_eq!(internal_overlap(&endless.op(), None), Overlap::Overflow);
}

#[test]
fn extreme_inputs_never_panic() {
    let mut rng = Rng(7);
    let dims = [0, 1, 2, 3, 1 << 40, usize::MAX / 2, usize::MAX];
    let strides = [
        0,
        1,
        -1,
        7,
        -(1 << 40),
        isize::MAX,
        isize::MIN,
        isize::MAX / 3,
    ];
    let offsets = [0, 5, isize::MIN, isize::MAX, -(1 << 50)];
    let sizes = [0, 1, 8, usize::MAX];
    let random = |rng: &mut Rng| {
        let ndim = rng.below(4);
        Arr::new(
            &(0..ndim)
                .map(|_| dims[rng.below(dims.len())])
                .collect::<Vec<_>>(),
            &(0..ndim)
                .map(|_| strides[rng.below(strides.len())])
                .collect::<Vec<_>>(),
            offsets[rng.below(offsets.len())],
            sizes[rng.below(sizes.len())],
        )
    };
    for _ in 0..2000 {
        let (a, b) = (random(&mut rng), random(&mut rng));
        let _ = extent(&a.op());
        let _ = may_share_memory(&a.op(), &b.op());
        let _ = solve_shares_memory(&a.op(), &b.op(), Some(50));
        let _ = internal_overlap(&a.op(), Some(50));
    }
}

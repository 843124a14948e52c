//! Memory overlap: `shares_memory`, `shares_memory_bounded`,
//! `may_share_memory` and `has_internal_overlap` over arrays, views,
//! mutable views, `CowArray`s and hand-made byte layouts.
//!
//! The exact answers are checked against brute force (the set of bytes each
//! operand touches), as NumPy's numpy/_core/tests/test_mem_overlap.py does
//! by writing through one array and reading the other; the tests ported
//! from that file are named after their NumPy counterparts and marked as
//! ported.

use array_core::{
    Array, ByteLayout, DynRank, IndexItem, Indexed, Layout, MemoryRegion, Order, OverlapError,
    Shape, Strided, View, array, has_internal_overlap, may_share_memory, shares_memory,
    shares_memory_bounded,
};
use std::collections::{HashMap, HashSet};

/// A byte layout given by hand, as NumPy's `as_strided` or a dtype view
/// (`x.view(np.int16)`) would describe one. Nothing reads through it.
struct Raw(ByteLayout);

impl MemoryRegion for Raw {
    fn byte_layout(&self) -> ByteLayout {
        self.0.clone()
    }
}

fn raw(address: usize, dims: &[usize], strides: &[isize], itemsize: usize) -> Raw {
    Raw(ByteLayout {
        address,
        dims: dims.to_vec(),
        strides: strides.to_vec(),
        itemsize,
    })
}

/// How many times each byte is touched.
fn byte_counts<R: MemoryRegion + ?Sized>(r: &R) -> HashMap<i128, usize> {
    let l = r.byte_layout();
    let mut counts = HashMap::new();
    if l.dims.contains(&0) {
        return counts;
    }
    let mut index = vec![0usize; l.dims.len()];
    loop {
        let start = l.address as i128
            + index
                .iter()
                .zip(&l.strides)
                .map(|(&i, &s)| i as i128 * s as i128)
                .sum::<i128>();
        for b in 0..l.itemsize as i128 {
            *counts.entry(start + b).or_insert(0) += 1;
        }
        let mut k = l.dims.len();
        loop {
            if k == 0 {
                return counts;
            }
            k -= 1;
            index[k] += 1;
            if index[k] < l.dims[k] {
                break;
            }
            index[k] = 0;
        }
    }
}

fn brute_shares<A: MemoryRegion + ?Sized, B: MemoryRegion + ?Sized>(a: &A, b: &B) -> bool {
    let a: HashSet<i128> = byte_counts(a).into_keys().collect();
    byte_counts(b).keys().any(|k| a.contains(k))
}

fn brute_internal<A: MemoryRegion + ?Sized>(a: &A) -> bool {
    byte_counts(a).values().any(|&n| n > 1)
}

/// `check_may_share_memory_exact`: the exact answer is brute force's, and
/// `may_share_memory` is the extent check.
fn check_exact<A: MemoryRegion + ?Sized, B: MemoryRegion + ?Sized>(a: &A, b: &B) {
    let exact = brute_shares(a, b);
    assert_eq!(
        shares_memory(a, b).unwrap(),
        exact,
        "{:?} vs {:?}",
        a.byte_layout(),
        b.byte_layout()
    );
    if exact {
        assert!(may_share_memory(a, b));
    }
}

/// The view `items` select from `v` (basic indexing only).
fn sub<'a, T: Clone, S: Shape, L: Layout>(
    v: &View<'a, T, S, L>,
    items: &[IndexItem<'_>],
) -> View<'a, T, DynRank, Strided> {
    match v.subscript(items).unwrap() {
        Indexed::View(v) => v,
        _ => panic!("basic indexing gives a view"),
    }
}

fn whole<T, L: Layout>(a: &Array<T, DynRank, L>) -> View<'_, T, DynRank, Strided> {
    a.view()
        .permuted_axes(&(0..a.ndim() as isize).collect::<Vec<_>>())
        .unwrap()
}

fn s(start: Option<isize>, stop: Option<isize>, step: isize) -> IndexItem<'static> {
    IndexItem::slice(start, stop, step)
}

const ALL: IndexItem<'static> = IndexItem::Slice {
    start: None,
    stop: None,
    step: 1,
};

/// A small deterministic generator (xorshift64*).
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        ((self.0.wrapping_mul(0x2545_f491_4f6c_dd1d) >> 33) % n as u64) as usize
    }

    fn perm(&mut self, n: usize) -> Vec<isize> {
        let mut p: Vec<isize> = (0..n as isize).collect();
        for i in (1..n).rev() {
            p.swap(i, self.below(i + 1));
        }
        p
    }
}

type Pair<'a> = (
    View<'a, i16, DynRank, Strided>,
    View<'a, i16, DynRank, Strided>,
);

/// `iter_random_view_pairs` on a small array: regular views, views with
/// internal overlap (as_strided), then random slices and transposes
/// without end.
struct RandomViewPairs<'a> {
    x: View<'a, i16, DynRank, Strided>,
    fixed: std::vec::IntoIter<Pair<'a>>,
    same_steps: bool,
    rng: Rng,
}

impl<'a> RandomViewPairs<'a> {
    /// The number of regular and as_strided pairs that come first.
    const FIXED: usize = 9;

    fn new(x: &View<'a, i16, DynRank, Strided>, buffer: &'a [i16], same_steps: bool) -> Self {
        let mut fixed = vec![(x.clone(), x.clone())];
        for j in [1isize, 4] {
            fixed.push((
                sub(x, &[s(Some(j), None, 1)]),
                sub(x, &[s(None, Some(-j), 1)]),
            ));
            fixed.push((
                sub(x, &[IndexItem::Ellipsis, s(Some(j), None, 1)]),
                sub(x, &[IndexItem::Ellipsis, s(None, Some(-j), 1)]),
            ));
        }
        // Zero-stride and non-zero-stride internal overlap.
        let dims = x.dims();
        for first in [0isize, 1] {
            let mut strides = x.strides();
            strides[0] = first;
            let xp = View::from_parts(buffer, &dims, &strides, 0).unwrap();
            fixed.push((x.clone(), xp.clone()));
            fixed.push((xp.clone(), xp));
        }
        assert_eq!(fixed.len(), Self::FIXED);
        RandomViewPairs {
            x: x.clone(),
            fixed: fixed.into_iter(),
            same_steps,
            rng: Rng(0x9e37_79b9_7f4a_7c15),
        }
    }

    fn steps(&mut self, ndim: usize) -> Vec<isize> {
        (0..ndim)
            .map(|_| {
                if self.rng.below(5) == 0 {
                    1 + self.rng.below(10) as isize
                } else {
                    1
                }
            })
            .collect()
    }

    fn slices(&mut self, steps: &[isize]) -> Vec<IndexItem<'static>> {
        let dims = self.x.dims();
        dims.iter()
            .zip(steps)
            .map(|(&n, &step)| {
                let start = self.rng.below(n + 1);
                let stop = start + self.rng.below(n + 1 - start);
                if self.rng.below(2) == 0 {
                    s(Some(stop as isize), Some(start as isize), -step)
                } else {
                    s(Some(start as isize), Some(stop as isize), step)
                }
            })
            .collect()
    }
}

impl<'a> Iterator for RandomViewPairs<'a> {
    type Item = Pair<'a>;

    fn next(&mut self) -> Option<Pair<'a>> {
        if let Some(pair) = self.fixed.next() {
            return Some(pair);
        }
        let ndim = self.x.ndim();
        let steps = self.steps(ndim);
        let steps2 = if self.same_steps {
            steps.clone()
        } else {
            self.steps(ndim)
        };
        let (s1, s2) = (self.slices(&steps), self.slices(&steps2));
        let (t1, t2) = (self.rng.perm(ndim), self.rng.perm(ndim));
        let a = sub(&self.x, &s1).permuted_axes(&t1).unwrap();
        let b = sub(&self.x, &s2).permuted_axes(&t2).unwrap();
        Some((a, b))
    }
}

/// `check_may_share_memory_easy_fuzz`: until enough pairs with
/// intersecting extents were seen both sharing and not sharing, the exact
/// answer is brute force's and `max_work(a, b)` candidates find it.
fn check_fuzz(same_steps: bool, max_work: impl Fn(&Pair<'_>) -> u64) {
    let x = Array::<i16, DynRank>::zeros(DynRank::new(&[5, 6, 7, 8]));
    let (mut feasible, mut infeasible) = (0, 0);
    let mut pairs = RandomViewPairs::new(&whole(&x), x.as_slice(), same_steps);
    while feasible.min(infeasible) < 100 {
        let pair = pairs.next().unwrap();
        let (a, b) = &pair;
        let exact = shares_memory(a, b).unwrap();
        assert_eq!(
            exact,
            brute_shares(a, b),
            "{:?} {:?}",
            a.byte_layout(),
            b.byte_layout()
        );
        let easy = shares_memory_bounded(a, b, max_work(&pair)).unwrap_or(true);
        assert_eq!(easy, exact, "{:?} {:?}", a.byte_layout(), b.byte_layout());
        if may_share_memory(a, b) {
            if exact {
                feasible += 1;
            } else {
                infeasible += 1;
            }
        }
    }
}

/// `shares_memory`, `shares_memory_bounded` and `may_share_memory`.
mod memory_sharing {
    use super::*;

    /// Ported from NumPy's test suite:
    /// test_mem_overlap.py::test_shares_memory_api
    #[test]
    fn test_shares_memory_api() {
        let x = Array::<i8, DynRank>::zeros(DynRank::new(&[4, 5, 6]));
        assert!(shares_memory(&x, &x).unwrap());
        assert!(!shares_memory(&x, &x.clone()).unwrap());
        let v = whole(&x);
        let a = sub(&v, &[ALL, s(None, None, 2), s(None, None, 3)]);
        let b = sub(&v, &[ALL, s(None, None, 3), s(None, None, 2)]);
        assert!(shares_memory(&a, &b).unwrap());
        assert_eq!(
            shares_memory_bounded(&a, &b, 1),
            Err(OverlapError::TooHard { max_work: 1 })
        );
        assert_eq!(
            shares_memory_bounded(&a, &b, 1).unwrap_err().to_string(),
            "Exceeded max_work: no answer within 1 candidate solutions"
        );
    }

    /// Ported from NumPy's test suite:
    /// test_mem_overlap.py::test_may_share_memory_manual
    #[test]
    fn test_may_share_memory_manual() {
        let big = Array::<i8, DynRank>::zeros(DynRank::new(&[13, 21, 23, 22]));
        let wide = Array::<i8, DynRank>::zeros(DynRank::new(&[13, 21, 46, 22]));
        let bases = [
            whole(&big),
            sub(&whole(&wide), &[ALL, ALL, s(None, None, 2), ALL]),
        ];
        for base in &bases {
            // Every combination of reversed axes.
            for flips in 0..16u32 {
                let items: Vec<IndexItem<'_>> = (0..4)
                    .map(|k| {
                        if flips >> k & 1 == 1 {
                            s(None, None, -1)
                        } else {
                            ALL
                        }
                    })
                    .collect();
                let x = sub(base, &items);
                let row0 = sub(&x, &[ALL, 0.into(), ALL]);
                let row1 = sub(&x, &[ALL, 1.into(), ALL]);
                // The default is a simple extent check.
                assert!(may_share_memory(&row0, &row1));
                check_exact(&row0, &row1);
                check_exact(
                    &sub(&x, &[ALL, s(None, None, 7)]),
                    &sub(&x, &[ALL, s(Some(3), None, 3)]),
                );
            }
        }
        // The itemsize is dealt with: the same bytes seen as int16,
        // x.ravel().view(np.int16).reshape(13, 21, 23, 11).
        let x = whole(&big);
        let base = x.as_ptr() as usize;
        let int16 = |items: &[(usize, usize, usize)]| {
            // (length, step, start) per axis of the (13, 21, 23, 11) int16 view.
            let strides = [21 * 23 * 22, 23 * 22, 22, 2];
            let dims: Vec<usize> = items.iter().map(|t| t.0).collect();
            let st: Vec<isize> = items
                .iter()
                .zip(strides)
                .map(|(t, s)| (t.1 * s) as isize)
                .collect();
            let off: usize = items.iter().zip(strides).map(|(t, s)| t.2 * s).sum();
            raw(base + off, &dims, &st, 2)
        };
        let xp = int16(&[(13, 1, 0), (21, 1, 0), (23, 1, 0), (11, 1, 0)]);
        let xp_every7 = int16(&[(13, 1, 0), (3, 7, 0), (23, 1, 0), (11, 1, 0)]);
        let xp_from3 = int16(&[(13, 1, 0), (6, 3, 3), (23, 1, 0), (11, 1, 0)]);
        // x is C-contiguous, so its ravel is a view (NumPy skips the rest otherwise).
        let flat = x.clone().ravel_order(Order::C);
        assert!(flat.is_view());
        let flat = flat.view();
        // 0-size arrays cannot overlap.
        check_exact(&sub(&flat, &[s(Some(6), Some(6), 1)]), &xp_every7);
        check_exact(&sub(&x, &[ALL, s(None, None, 7)]), &xp);
        check_exact(&sub(&x, &[ALL, s(None, None, 7)]), &xp_from3);
        check_exact(&sub(&flat, &[s(Some(6), Some(7), 1)]), &xp_every7);
        // Unit size.
        let one = Array::<i8, DynRank>::zeros(DynRank::new(&[1]));
        check_exact(&one, &one);
        check_exact(&one, &one.clone());
    }

    /// Ported from NumPy's test suite:
    /// test_mem_overlap.py::test_may_share_memory_easy_fuzz
    #[test]
    fn test_may_share_memory_easy_fuzz() {
        // Overlap problems with common strides are solved with little work.
        check_fuzz(true, |_| 1);
    }

    /// Ported from NumPy's test suite:
    /// test_mem_overlap.py::test_may_share_memory_harder_fuzz
    #[test]
    fn test_may_share_memory_harder_fuzz() {
        // Different strides take more work: max(size) / 2 candidates suffice.
        check_fuzz(false, |(a, b)| (a.len().max(b.len()) / 2) as u64);
    }

    #[test]
    fn every_kind_of_array_can_be_compared() {
        let mut a = array![[1, 2, 3], [4, 5, 6]];
        let copy = a.clone();
        // Array, View, CowArray (both sides of it).
        assert!(shares_memory(&a, &a.t()).unwrap());
        let as_view = a.view().ravel_order(Order::C);
        let as_copy = a.t().ravel_order(Order::C);
        assert!(as_view.is_view() && as_copy.is_copy());
        assert!(shares_memory(&a, &as_view).unwrap());
        assert!(!shares_memory(&a, &as_copy).unwrap());
        // ViewMut, against another array (the views above are no longer used).
        let m = a.view_mut();
        assert!(!shares_memory(&m, &copy).unwrap());
        assert!(shares_memory(&m, &m.view()).unwrap());
        // Different element types: the bytes decide.
        let bytes = [0u8; 8];
        let words = array![0u64];
        assert!(!may_share_memory(
            &View::<u8, DynRank, Strided>::from_slice(&bytes, [8]).unwrap(),
            &words
        ));
    }

    #[test]
    fn zero_size_and_zero_sized_types_never_share() {
        let a = Array::<i32, DynRank>::zeros(DynRank::new(&[0, 3]));
        assert!(!shares_memory(&a, &a).unwrap());
        assert!(!may_share_memory(&a, &a));
        let units = Array::<(), DynRank>::from_shape_vec([4], vec![(); 4]).unwrap();
        assert!(!shares_memory(&units, &units).unwrap());
        assert!(!has_internal_overlap(&units).unwrap());
    }

    #[test]
    fn interleaved_views_share_extents_but_no_element() {
        let a = array![0u32, 1, 2, 3, 4, 5, 6, 7];
        let w = a.view();
        let even = sub(&w, &[s(None, None, 2)]);
        let odd = sub(&w, &[s(Some(1), None, 2)]);
        assert!(may_share_memory(&even, &odd));
        assert!(!shares_memory(&even, &odd).unwrap());
        // max_work = 0 is the extent check only: too hard when they intersect,
        // false when they do not.
        assert_eq!(
            shares_memory_bounded(&even, &odd, 0),
            Err(OverlapError::TooHard { max_work: 0 })
        );
        let head = sub(&w, &[s(None, Some(4), 1)]);
        let tail = sub(&w, &[s(Some(4), None, 1)]);
        assert_eq!(shares_memory_bounded(&head, &tail, 0), Ok(false));
        assert!(!may_share_memory(&head, &tail));
    }

    #[test]
    fn overflow_is_reported_not_wrapped() {
        // Two layouts whose distance in bytes does not fit in isize.
        let low = raw(0, &[2], &[1], 1);
        let high = raw(usize::MAX - 1, &[2], &[1], 1);
        assert_eq!(shares_memory(&low, &high), Err(OverlapError::Overflow));
        assert!(may_share_memory(&low, &high));
        // Extents past 2^63 bytes: the problem leaves 64 bits.
        let huge = raw(0, &[3], &[1 << 62], 1);
        assert_eq!(shares_memory(&huge, &huge), Err(OverlapError::Overflow));
        assert_eq!(
            shares_memory(&huge, &huge).unwrap_err().to_string(),
            "Integer overflow in computing overlap"
        );
        assert!(may_share_memory(&huge, &huge));
    }

    #[test]
    fn fancy_copies_and_broadcasts_answer_as_expected() {
        let a = Array::<f64, DynRank>::zeros(DynRank::new(&[4, 5]));
        let picked = a.fancy_index(&[(&[3, 0]).into()]).unwrap();
        assert!(!shares_memory(&a, &picked).unwrap());
        let b = a.broadcast_to::<DynRank>([3, 4, 5]).unwrap();
        assert!(shares_memory(&a, &b).unwrap());
        assert!(has_internal_overlap(&b).unwrap());
        assert!(brute_internal(&b));
    }
}

/// `has_internal_overlap`: whether one layout reaches a byte twice.
mod internal_overlap {
    use super::*;

    /// Ported from NumPy's test suite:
    /// test_mem_overlap.py::test_internal_overlap_slices
    #[test]
    fn test_internal_overlap_slices() {
        // Slicing an array never generates internal overlap.
        let x = Array::<i16, DynRank>::zeros(DynRank::new(&[5, 6, 7, 8]));
        let pairs = RandomViewPairs::new(&whole(&x), x.as_slice(), false);
        for (a, b) in pairs.skip(RandomViewPairs::FIXED).take(2000) {
            assert!(!has_internal_overlap(&a).unwrap());
            assert!(!has_internal_overlap(&b).unwrap());
        }
    }

    /// Ported from NumPy's test suite:
    /// test_mem_overlap.py::test_internal_overlap_manual
    #[test]
    fn test_internal_overlap_manual() {
        // Stride tricks on one int8 element (nothing is read).
        let check = |dims: &[usize], strides: &[isize], expected: bool| {
            let a = raw(0x1000, dims, strides, 1);
            assert_eq!(brute_internal(&a), expected, "{dims:?} {strides:?}");
            assert_eq!(
                has_internal_overlap(&a).unwrap(),
                expected,
                "{dims:?} {strides:?}"
            );
        };
        check(&[1], &[1], false);
        check(&[], &[], false);
        check(&[4, 4], &[3, 4], false);
        check(&[5, 4], &[3, 4], true);
        check(&[0], &[0], false);
        check(&[1], &[0], false);
        check(&[2], &[0], true);
        check(&[87, 22], &[0, -9993], true);
        check(&[1, 22], &[0, -9993], false);
        check(&[0, 22], &[0, -9993], false);
    }

    /// Ported from NumPy's test suite:
    /// test_mem_overlap.py::test_internal_overlap_fuzz
    #[test]
    fn test_internal_overlap_fuzz() {
        let mut rng = Rng(0x1234_5678_9abc_def1);
        let (mut overlap, mut no_overlap) = (0, 0);
        while overlap.min(no_overlap) < 100 {
            let ndim = rng.below(4) + 1;
            let dims: Vec<usize> = (0..ndim).map(|_| 1 + rng.below(3 * ndim)).collect();
            let strides: Vec<isize> = (0..ndim)
                .map(|_| (rng.below(41) as isize - 20) * [1, 2, 3][rng.below(3)])
                .collect();
            let a = raw(1 << 20, &dims, &strides, 1);
            let expected = brute_internal(&a);
            assert_eq!(
                has_internal_overlap(&a).unwrap(),
                expected,
                "{dims:?} {strides:?}"
            );
            if expected {
                overlap += 1;
            } else {
                no_overlap += 1;
            }
        }
    }
}

//! Property tests: the library's reshape, ravel, K-order copies and
//! contiguity flags against an independent model of NumPy's rules
//! (`model/mod.rs`, a port of the reference `model.py`), over wider spaces
//! than the recorded NumPy cases: rank up to 8, dims 0 to 4, zero and
//! negative strides, overlapping layouts, arbitrary strides on length-1 axes
//! and reshape targets drawn from the element count (factorisations,
//! permutations of the dims, merges and splits, `-1`, and invalid ones).
//!
//! Every element of a test buffer is its own offset (`arange`), so a
//! result's values say exactly which elements it reads, in which order.

mod model;

use array_core::{CopyPolicy, DynRank, Order, ReshapeError, ShapeError, Strided, View};
use proptest::prelude::*;

/// A strided layout over a buffer `arange(buffer_len)`.
#[derive(Clone, Debug)]
struct Layout {
    dims: Vec<usize>,
    strides: Vec<isize>,
    offset: usize,
    buffer_len: usize,
}

impl Layout {
    fn size(&self) -> usize {
        self.dims.iter().product()
    }

    fn strides64(&self) -> Vec<i64> {
        self.strides.iter().map(|&s| s as i64).collect()
    }

    /// Places `dims` and `strides` at the lowest offset that keeps every
    /// element in bounds, in a buffer just long enough.
    fn placed(dims: Vec<usize>, strides: Vec<isize>) -> Layout {
        if dims.contains(&0) {
            return Layout {
                dims,
                strides,
                offset: 0,
                buffer_len: 0,
            };
        }
        let (mut lo, mut hi) = (0isize, 0isize);
        for (&d, &s) in dims.iter().zip(&strides) {
            let reach = s * (d as isize - 1);
            if reach < 0 {
                lo += reach;
            } else {
                hi += reach;
            }
        }
        Layout {
            dims,
            strides,
            offset: (-lo) as usize,
            buffer_len: (hi - lo + 1) as usize,
        }
    }
}

/// Largest element count drawn, to keep the suite fast in debug builds.
const MAX_SIZE: usize = 4096;

/// A dim: mostly 1 and 2, sometimes 0, 3 or 4.
fn dim() -> impl Strategy<Value = usize> {
    prop_oneof![1 => Just(0), 6 => Just(1), 6 => Just(2), 3 => Just(3), 3 => Just(4)]
}

/// One axis of a layout cut from a dense parent: its dim, the step of the
/// slice that made it, whether it is a broadcast (stride 0) axis, its place
/// in the parent's memory order, and an arbitrary stride for a length-1
/// axis (`as_strided`).
type AxisRecipe = (usize, isize, bool, u16, Option<isize>);

/// Layouts NumPy reaches by slicing, transposing and broadcasting a dense
/// array: each axis is a (possibly reversed, possibly stepped) slice of a
/// parent axis, the parent's axes are in a random memory order, some axes
/// are broadcast.
fn sliced_layout() -> impl Strategy<Value = Layout> {
    let axis = (
        dim(),
        prop::sample::select(vec![-2isize, -1, 1, 1, 1, 2, 3]),
        prop::bool::weighted(0.1),
        any::<u16>(),
        prop::option::weighted(0.2, -7isize..=7),
    );
    prop::collection::vec(axis, 0..=8).prop_map(|axes: Vec<AxisRecipe>| {
        let rank = axes.len();
        // Memory order of the parent: axes sorted by their key, outermost first.
        let mut order: Vec<usize> = (0..rank).collect();
        order.sort_by_key(|&i| (axes[i].3, i));
        let mut strides = vec![0isize; rank];
        let mut run = 1isize;
        for &i in order.iter().rev() {
            let (d, step, _, _, _) = axes[i];
            strides[i] = run * step;
            run *= (d.max(1) as isize) * step.abs();
        }
        for (i, &(d, _, broadcast, _, odd)) in axes.iter().enumerate() {
            if broadcast {
                strides[i] = 0;
            }
            if let (1, Some(s)) = (d, odd) {
                strides[i] = s;
            }
        }
        Layout::placed(axes.iter().map(|a| a.0).collect(), strides)
    })
}

/// Any strides at all, overlapping ones included.
fn arbitrary_layout() -> impl Strategy<Value = Layout> {
    prop::collection::vec((dim(), -6isize..=6), 0..=8).prop_map(|axes| {
        Layout::placed(
            axes.iter().map(|a| a.0).collect(),
            axes.iter().map(|a| a.1).collect(),
        )
    })
}

fn layouts() -> impl Strategy<Value = Layout> {
    prop_oneof![3 => sliced_layout(), 1 => arbitrary_layout()]
        .prop_filter("moderate size", |l| l.size() <= MAX_SIZE)
}

/// A small deterministic generator for the targets (SplitMix64).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn chance(&mut self, one_in: usize) -> bool {
        self.below(one_in) == 0
    }

    fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            v.swap(i, self.below(i + 1));
        }
    }
}

fn prime_factors(mut n: usize) -> Vec<usize> {
    let mut out = Vec::new();
    let mut p = 2;
    while p * p <= n {
        while n.is_multiple_of(p) {
            out.push(p);
            n /= p;
        }
        p += 1;
    }
    if n > 1 {
        out.push(n);
    }
    out
}

/// Inserts up to two 1s and, one time in four, replaces an entry with -1.
fn decorate(rng: &mut Rng, mut dims: Vec<isize>) -> Vec<isize> {
    for _ in 0..rng.below(3) {
        let at = rng.below(dims.len() + 1);
        dims.insert(at, 1);
    }
    if !dims.is_empty() && rng.chance(4) {
        let at = rng.below(dims.len());
        dims[at] = -1;
    }
    dims
}

/// Reshape targets for an array of these dims.
fn targets(dims: &[usize], seed: u64) -> Vec<Vec<isize>> {
    let mut rng = Rng(seed);
    let size: usize = dims.iter().product();
    let mut out = Vec::new();
    // A factorisation of the size (for size 0: dims with a zero).
    let factored: Vec<isize> = if size == 0 {
        let mut t: Vec<isize> = (0..1 + rng.below(3))
            .map(|_| rng.below(5) as isize)
            .collect();
        let zero_at = rng.below(t.len());
        t[zero_at] = 0;
        t
    } else {
        let mut fs = prime_factors(size);
        rng.shuffle(&mut fs);
        let groups = 1 + rng.below(fs.len().max(1));
        let mut t = vec![1isize; groups];
        for f in fs {
            t[rng.below(groups)] *= f as isize;
        }
        t
    };
    out.push(decorate(&mut rng, factored));
    // A permutation of the dims, length-1 axes dropped or kept.
    let mut permuted: Vec<isize> = dims
        .iter()
        .filter(|&&d| d != 1 || rng.chance(2))
        .map(|&d| d as isize)
        .collect();
    rng.shuffle(&mut permuted);
    out.push(decorate(&mut rng, permuted));
    // Neighbouring dims merged or split: the targets that can be views.
    let mut merged = Vec::new();
    let mut i = 0;
    while i < dims.len() {
        if i + 1 < dims.len() && rng.chance(3) {
            merged.push((dims[i] * dims[i + 1]) as isize);
            i += 2;
            continue;
        }
        let fs = prime_factors(dims[i]);
        if fs.len() > 1 && rng.chance(2) {
            let cut = 1 + rng.below(fs.len() - 1);
            merged.push(fs[..cut].iter().product::<usize>() as isize);
            merged.push(fs[cut..].iter().product::<usize>() as isize);
        } else {
            merged.push(dims[i] as isize);
        }
        i += 1;
    }
    out.push(decorate(&mut rng, merged));
    // The dims themselves (the identical-shape rule) and the flattening.
    out.push(dims.iter().map(|&d| d as isize).collect());
    out.push(vec![-1]);
    // Invalid targets.
    if rng.chance(4) {
        out.push(match rng.below(3) {
            0 => vec![size as isize + 1],
            1 => vec![-1, -1],
            _ => vec![0, -1],
        });
    }
    out
}

fn model_order(order: Order) -> model::Order {
    match order {
        Order::C => model::Order::C,
        Order::F => model::Order::F,
        Order::A => model::Order::A,
        Order::K => model::Order::K,
    }
}

/// The model's error, in the library's terms.
fn same_error(model: model::ReshapeError, lib: &ReshapeError) -> bool {
    matches!(
        (model, lib),
        (
            model::ReshapeError::MoreThanOneUnknown,
            ReshapeError::Shape(ShapeError::MultipleUnknown { .. })
        ) | (
            model::ReshapeError::SizeMismatch,
            ReshapeError::Shape(ShapeError::SizeMismatch { .. })
        ) | (model::ReshapeError::OrderK, ReshapeError::OrderK)
    )
}

fn c_axes(rank: usize) -> Vec<usize> {
    (0..rank).collect()
}

fn build<'b>(layout: &Layout, buf: &'b [i64]) -> View<'b, i64, DynRank, Strided> {
    View::from_parts(buf, &layout.dims, &layout.strides, layout.offset)
        .expect("a placed layout fits its buffer")
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    /// reshape in orders C, F, A (and the K refusal): the same view-or-copy
    /// decision, dims, strides, offset and values as the model.
    #[test]
    fn reshape_matches_the_model(layout in layouts(), seed in any::<u64>()) {
        let buf: Vec<i64> = (0..layout.buffer_len as i64).collect();
        let view = build(&layout, &buf);
        let strides = layout.strides64();
        let offset = layout.offset as i64;
        for target in targets(&layout.dims, seed) {
            let target64: Vec<i64> = target.iter().map(|&t| t as i64).collect();
            for order in [Order::C, Order::F, Order::A, Order::K] {
                let expected = model::reshape(&layout.dims, &strides, &target64, model_order(order));
                let got = view
                    .clone()
                    .reshape_with::<DynRank>(&target, order, CopyPolicy::IfNeeded);
                let ctx = format!("target {target:?} order {order:?}");
                match (expected, got) {
                    (Err(e), Err(g)) => prop_assert!(same_error(e, &g), "{ctx}: model {e:?}, library {g}"),
                    (Err(e), Ok(_)) => prop_assert!(false, "{ctx}: model {e:?}, library succeeded"),
                    (Ok(m), Err(g)) => prop_assert!(false, "{ctx}: model {m:?}, library {g}"),
                    (Ok(m), Ok(r)) => {
                        prop_assert_eq!(r.is_view(), m.view, "{}: view", ctx);
                        prop_assert_eq!(r.dims(), m.shape.clone(), "{}: dims", ctx);
                        let r_strides: Vec<i64> = r.strides().iter().map(|&s| s as i64).collect();
                        prop_assert_eq!(&r_strides, &m.strides, "{}: strides", ctx);
                        let values = if m.view {
                            if let array_core::CowArray::View(v) = &r {
                                prop_assert_eq!(v.buffer_offset(), layout.offset, "{}: offset", ctx);
                            }
                            model::iterate(&m.shape, &m.strides, offset, &c_axes(m.shape.len()))
                        } else {
                            model::copy_values_in_c(&layout.dims, &strides, offset, &m.shape, m.order)
                        };
                        prop_assert_eq!(r.view().to_vec(), values, "{}: values", ctx);
                    }
                }
            }
        }
    }

    /// ravel in every order: the same view-or-copy decision, stride and
    /// element order (K: NpyIter's keep-order, negative strides not flipped).
    #[test]
    fn ravel_matches_the_model(layout in layouts()) {
        let buf: Vec<i64> = (0..layout.buffer_len as i64).collect();
        let view = build(&layout, &buf);
        let strides = layout.strides64();
        for order in [Order::C, Order::F, Order::A, Order::K] {
            let m = model::ravel(&layout.dims, &strides, model_order(order));
            let r = view.clone().ravel_order(order);
            prop_assert_eq!(r.is_view(), m.view, "{:?}: view", order);
            let r_strides: Vec<i64> = r.strides().iter().map(|&s| s as i64).collect();
            prop_assert_eq!(r_strides, m.strides, "{:?}: strides", order);
            let values = model::ravel_values(&layout.dims, &strides, layout.offset as i64, model_order(order));
            prop_assert_eq!(r.view().to_vec(), values.clone(), "{:?}: values", order);
            // flatten copies the same elements in the same order.
            let flat = view.flatten_order(order);
            prop_assert_eq!(flat.as_slice().to_vec(), values, "{:?}: flatten", order);
        }
    }

    /// K-order copies get the model's strides and hold the input's values;
    /// contiguity flags of the input and of its transpose match the model.
    #[test]
    fn copy_k_and_flags_match_the_model(layout in layouts()) {
        let buf: Vec<i64> = (0..layout.buffer_len as i64).collect();
        let view = build(&layout, &buf);
        let strides = layout.strides64();
        let c_values = model::iterate(&layout.dims, &strides, layout.offset as i64, &c_axes(layout.dims.len()));

        let k = view.to_owned_order(Order::K);
        let k_strides: Vec<i64> = k.strides().iter().map(|&s| s as i64).collect();
        prop_assert_eq!(k_strides, model::copy_k_strides(&layout.dims, &strides));
        prop_assert_eq!(k.view().to_vec(), c_values.clone());

        let flags = view.flags();
        prop_assert_eq!(flags.c_contiguous, model::c_contig(&layout.dims, &strides));
        prop_assert_eq!(flags.f_contiguous, model::f_contig(&layout.dims, &strides));
        prop_assert_eq!(
            flags.f_contiguous && !flags.c_contiguous,
            model::is_fortran(&layout.dims, &strides)
        );

        let t = view.clone().t();
        let t_dims: Vec<usize> = layout.dims.iter().rev().copied().collect();
        let t_strides: Vec<i64> = strides.iter().rev().copied().collect();
        let t_flags = t.flags();
        prop_assert_eq!(t_flags.c_contiguous, model::c_contig(&t_dims, &t_strides));
        prop_assert_eq!(t_flags.f_contiguous, model::f_contig(&t_dims, &t_strides));
        prop_assert_eq!(t.buffer_offset(), layout.offset);
        prop_assert_eq!(
            t.to_vec(),
            model::iterate(&t_dims, &t_strides, layout.offset as i64, &c_axes(t_dims.len()))
        );
    }
}

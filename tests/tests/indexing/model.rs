//! A reference model of NumPy's indexing rules, written from the
//! documentation: the result's dims and the source position of every
//! element, without NumPy's buffer and transposition machinery.

use super::*;

/// One index item, owning its data.
#[derive(Clone, Debug)]
enum Ix {
    Int(isize),
    Slice(Option<isize>, Option<isize>, isize),
    New,
    Ellipsis,
    Arr(Vec<usize>, Vec<isize>),
    Mask(Vec<usize>, Vec<bool>),
}

/// Python's `range(*slice(start, stop, step).indices(n))`.
fn slice_positions(
    start: Option<isize>,
    stop: Option<isize>,
    step: isize,
    n: usize,
) -> Option<Vec<usize>> {
    if step == 0 {
        return None;
    }
    let n = n as isize;
    let (lower, upper) = if step > 0 { (0, n) } else { (-1, n - 1) };
    let clamp = |v: Option<isize>, default: isize| match v {
        None => default,
        Some(v) if v < 0 => (v + n).max(lower),
        Some(v) => v.min(upper),
    };
    let (start, stop) = if step > 0 {
        (clamp(start, lower), clamp(stop, upper))
    } else {
        (clamp(start, upper), clamp(stop, lower))
    };
    let mut out = Vec::new();
    let mut i = start;
    while (step > 0 && i < stop) || (step < 0 && i > stop) {
        out.push(i as usize);
        i += step;
    }
    Some(out)
}

fn wrap(i: isize, n: usize) -> Option<usize> {
    let j = if i < 0 { i + n as isize } else { i };
    (0 <= j && (j as usize) < n).then_some(j as usize)
}

/// What one result axis reads.
enum Axis {
    /// Positions along a source axis.
    Source(usize, Vec<usize>),
    /// A new axis of length 1.
    New,
}

/// The result dims and, for every result element in C order, its
/// position in a C-ordered source of `dims`; `None` for an IndexError.
fn reference(dims: &[usize], index: &[Ix]) -> Option<(Vec<usize>, Vec<usize>)> {
    // Masks become one coordinate array per mask axis.
    let mut items: Vec<(Ix, Option<usize>)> = Vec::new();
    for ix in index {
        match ix {
            Ix::Mask(mdims, values) => {
                assert!(!mdims.is_empty(), "the model has no 0-d masks");
                let mut coords = vec![Vec::new(); mdims.len()];
                for (flat, &keep) in values.iter().enumerate() {
                    if keep {
                        let mut rest = flat;
                        for k in (0..mdims.len()).rev() {
                            coords[k].push((rest % mdims[k]) as isize);
                            rest /= mdims[k];
                        }
                    }
                }
                for (k, c) in coords.into_iter().enumerate() {
                    items.push((Ix::Arr(vec![c.len()], c), Some(mdims[k])));
                }
            }
            // A 0-d integer array is an integer (that forces a copy).
            Ix::Arr(d, v) if d.is_empty() => items.push((Ix::Int(v[0]), None)),
            other => items.push((other.clone(), None)),
        }
    }
    let used = items
        .iter()
        .filter(|(ix, _)| matches!(ix, Ix::Int(_) | Ix::Slice(..) | Ix::Arr(..)))
        .count();
    let ellipses = items
        .iter()
        .filter(|(ix, _)| matches!(ix, Ix::Ellipsis))
        .count();
    if ellipses > 1 || used > dims.len() {
        return None;
    }
    let width = dims.len() - used;
    if ellipses == 0 {
        items.push((Ix::Ellipsis, None));
    }
    let any_array = items.iter().any(|(ix, _)| matches!(ix, Ix::Arr(..)));
    let is_advanced =
        |ix: &Ix| matches!(ix, Ix::Arr(..)) || (any_array && matches!(ix, Ix::Int(_)));
    // Walk the items: basic axes, advanced operands, fixed integers.
    let mut basic: Vec<Axis> = Vec::new();
    let mut advanced: Vec<(usize, Vec<usize>, Vec<isize>)> = Vec::new(); // (axis, dims, values)
    let mut fixed = vec![None; dims.len()];
    let mut insert_at = None;
    let mut positions = Vec::new();
    let mut axis = 0;
    for (pos, (ix, mask_len)) in items.iter().enumerate() {
        // NumPy does not compare a mask axis of length 0.
        if let Some(m) = mask_len
            && *m != 0
            && *m != dims[axis]
        {
            return None;
        }
        if is_advanced(ix) {
            positions.push(pos);
            insert_at.get_or_insert(basic.len());
        }
        match ix {
            Ix::Int(i) => {
                let i = wrap(*i, dims[axis])?;
                if any_array {
                    advanced.push((axis, vec![], vec![i as isize]));
                } else {
                    fixed[axis] = Some(i);
                }
                axis += 1;
            }
            Ix::Slice(a, b, s) => {
                basic.push(Axis::Source(axis, slice_positions(*a, *b, *s, dims[axis])?));
                axis += 1;
            }
            Ix::New => basic.push(Axis::New),
            Ix::Ellipsis => {
                for (k, &n) in dims.iter().enumerate().skip(axis).take(width) {
                    basic.push(Axis::Source(k, (0..n).collect()));
                }
                axis += width;
            }
            Ix::Arr(d, v) => {
                advanced.push((axis, d.clone(), v.clone()));
                axis += 1;
            }
            Ix::Mask(..) => unreachable!(),
        }
    }
    // Broadcast the advanced operands.
    let nd = advanced.iter().map(|(_, d, _)| d.len()).max().unwrap_or(0);
    let mut bshape = vec![1usize; nd];
    for (_, d, _) in &advanced {
        for (k, &n) in d.iter().enumerate() {
            let slot = &mut bshape[nd - d.len() + k];
            if n != 1 {
                if *slot != 1 && *slot != n {
                    return None;
                }
                *slot = n;
            }
        }
    }
    let adjacent = positions.windows(2).all(|w| w[1] == w[0] + 1);
    let insert_at = if any_array {
        if adjacent { insert_at.unwrap_or(0) } else { 0 }
    } else {
        basic.len()
    };
    let basic_len = |a: &Axis| match a {
        Axis::Source(_, p) => p.len(),
        Axis::New => 1,
    };
    let mut out_dims: Vec<usize> = basic[..insert_at].iter().map(basic_len).collect();
    let nb = if any_array { bshape.len() } else { 0 };
    if any_array {
        out_dims.extend(&bshape);
    }
    out_dims.extend(basic[insert_at..].iter().map(basic_len));
    let size: usize = out_dims.iter().product();
    // Bounds of the advanced values, unless they broadcast to nothing.
    if bshape.iter().product::<usize>() > 0 {
        for (axis, _, values) in &advanced {
            for &v in values {
                wrap(v, dims[*axis])?;
            }
        }
    }
    let mut positions_out = Vec::with_capacity(size);
    let mut index = vec![0usize; out_dims.len()];
    for _ in 0..size {
        let mut source = fixed.clone();
        let (before, rest) = index.split_at(insert_at);
        let (bidx, after) = rest.split_at(nb);
        for (a, &i) in basic.iter().zip(before.iter().chain(after)) {
            if let Axis::Source(k, p) = a {
                source[*k] = Some(p[i]);
            }
        }
        for (axis, d, values) in &advanced {
            // The operand's own index: its dims right-aligned in bshape.
            let lead = nd - d.len();
            let mut flat = 0;
            for (k, &n) in d.iter().enumerate() {
                flat = flat * n + if n == 1 { 0 } else { bidx[lead + k] };
            }
            source[*axis] = Some(wrap(values[flat], dims[*axis]).unwrap());
        }
        let mut flat = 0;
        for (k, s) in source.iter().enumerate() {
            flat = flat * dims[k] + s.unwrap();
        }
        positions_out.push(flat);
        for k in (0..index.len()).rev() {
            index[k] += 1;
            if index[k] < out_dims[k] {
                break;
            }
            index[k] = 0;
        }
    }
    Some((out_dims, positions_out))
}

/// An item's array, owned while the index borrows it.
enum Owned {
    None,
    Ints(Array<isize, DynRank>),
    Mask(Array<bool, DynRank>),
}

/// Owned arrays for the items, then the items borrowing them.
fn run<'a>(a: &'a Array<usize, DynRank>, index: &[Ix]) -> Result<Indexed<'a, usize>, IndexError> {
    let owned: Vec<Owned> = index
        .iter()
        .map(|ix| match ix {
            Ix::Arr(d, v) => Owned::Ints(ints(d, v)),
            Ix::Mask(d, v) => Owned::Mask(bools(d, v)),
            _ => Owned::None,
        })
        .collect();
    let items: Vec<IndexItem<'_>> = index
        .iter()
        .zip(&owned)
        .map(|(ix, o)| match (ix, o) {
            (Ix::Int(i), _) => IndexItem::Int(*i),
            (Ix::Slice(a, b, s), _) => IndexItem::slice(*a, *b, *s),
            (Ix::New, _) => IndexItem::NewAxis,
            (Ix::Ellipsis, _) => IndexItem::Ellipsis,
            (_, Owned::Ints(arr)) => IndexItem::indices(arr.view()),
            (_, Owned::Mask(mask)) => IndexItem::mask(mask.view()),
            _ => unreachable!(),
        })
        .collect();
    // The borrowed arrays must outlive the call only: the answer is
    // either a copy, or a view or element of `a`.
    a.view().subscript(&items)
}

#[test]
fn model_agrees_on_test_multidim_combinations() {
    use Ix::*;
    // TestMultiIndexingAutomated._create_complex_indices (minus the float
    // array, which a typed index cannot spell).
    let complex: Vec<Option<Ix>> = vec![
        None,
        Some(Ellipsis),
        Some(Int(0)),
        Some(Mask(vec![3], vec![true, false, false])),
        Some(Mask(vec![2, 2], vec![true, false, false, true])),
        Some(Mask(vec![1, 2, 2], vec![false; 4])),
        Some(Slice(Some(-5), Some(5), 2)),
        Some(Slice(Some(1), Some(1), 100)),
        Some(Slice(Some(4), Some(-1), -2)),
        Some(Slice(None, None, -3)),
        Some(Arr(vec![0, 1, 1], vec![])),
        Some(Arr(vec![3], vec![0, 1, -2])),
        Some(Arr(vec![3, 1], vec![2, 0, 1])),
        Some(Arr(vec![2, 2], vec![0, -1, 0, 1])),
        Some(Arr(vec![2], vec![2, -1])),
        Some(Arr(vec![1; 31], vec![0])),
    ];
    let simple: Vec<Option<Ix>> = vec![
        Some(Ellipsis),
        Some(New),
        Some(Int(-1)),
        Some(Arr(vec![1], vec![1])),
        Some(Mask(vec![1], vec![true])),
        None,
    ];
    let fill: Vec<Option<Ix>> = vec![Some(Slice(None, None, 1)), Some(Int(0))];
    let arrays = [arange(&[3, 1, 5, 6]), arange(&[3, 0, 5, 6])];
    let (mut checked, mut errors) = (0, 0);
    for simple_pos in [0, 2, 3] {
        let mut columns = [&fill, &complex, &fill, &fill];
        columns[simple_pos] = &simple;
        for i0 in columns[0] {
            for i1 in columns[1] {
                for i2 in columns[2] {
                    for i3 in columns[3] {
                        let index: Vec<Ix> =
                            [i0, i1, i2, i3].into_iter().flatten().cloned().collect();
                        for a in &arrays {
                            let want = reference(&a.dims(), &index);
                            let got = run(a, &index);
                            match (want, got) {
                                (None, Err(_)) => errors += 1,
                                (Some((dims, values)), Ok(r)) => {
                                    let (d, _, v) = parts(&r);
                                    assert_eq!(d, dims, "{index:?} on {:?}", a.dims());
                                    assert_eq!(v, values, "{index:?} on {:?}", a.dims());
                                    let advanced =
                                        index.iter().any(|ix| matches!(ix, Arr(..) | Mask(..)));
                                    assert_eq!(r.is_copy(), advanced, "{index:?}");
                                }
                                (want, got) => panic!(
                                    "{index:?} on {:?}: model {:?}, got {:?}",
                                    a.dims(),
                                    want.map(|w| w.0),
                                    got.map(|r| parts(&r).0)
                                ),
                            }
                            checked += 1;
                        }
                    }
                }
            }
        }
    }
    assert!(checked > 1000 && errors > 0 && errors < checked);
}

#[test]
fn model_agrees_on_random_indices() {
    use Ix::*;
    // A small deterministic generator (xorshift64*).
    let mut state = 0x2545_f491_4f6c_dd1d_u64;
    let mut next = |n: u64| {
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        (state.wrapping_mul(0x2545_f491_4f6c_dd1d) >> 33) % n
    };
    let (mut accepted, mut rejected) = (0, 0);
    for _ in 0..3000 {
        let ndim = 1 + next(4) as usize;
        let dims: Vec<usize> = (0..ndim).map(|_| next(4) as usize).collect();
        let a = arange(&dims);
        let nitems = next(5) as usize;
        let mut index = Vec::new();
        for _ in 0..nitems {
            let v = |next: &mut dyn FnMut(u64) -> u64| next(9) as isize - 4;
            index.push(match next(7) {
                0 => Int(v(&mut next)),
                1 => Slice(
                    (next(2) == 0).then(|| v(&mut next)),
                    (next(2) == 0).then(|| v(&mut next)),
                    [1, 2, -1, -2][next(4) as usize],
                ),
                2 => New,
                3 => Ellipsis,
                4 | 5 => {
                    let d: Vec<usize> = (0..next(3)).map(|_| 1 + next(3) as usize).collect();
                    let n = d.iter().product();
                    Arr(d, (0..n).map(|_| v(&mut next)).collect())
                }
                _ => {
                    let k = 1 + next(2) as usize;
                    let d: Vec<usize> = (0..k).map(|_| next(4) as usize).collect();
                    let n = d.iter().product();
                    Mask(d, (0..n).map(|_| next(2) == 0).collect())
                }
            });
        }
        let want = reference(&dims, &index);
        let got = run(&a, &index);
        match (want, got) {
            (None, Err(_)) => rejected += 1,
            (Some((d, v)), Ok(r)) => {
                let (gd, _, gv) = parts(&r);
                assert_eq!((gd, gv), (d, v), "{index:?} on {dims:?}");
                accepted += 1;
            }
            (want, got) => panic!(
                "{index:?} on {dims:?}: model {:?}, got {:?}",
                want.map(|w| w.0),
                got.map(|r| parts(&r).0)
            ),
        }
    }
    assert!(
        accepted > 500 && rejected > 100,
        "{accepted} accepted, {rejected} rejected"
    );
}

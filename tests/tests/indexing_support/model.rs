//! A reference model of NumPy's indexing rules, written from the
//! documentation: the result's dims and the source position of every
//! element, without NumPy's buffer and transposition machinery.

use super::{bools, ints};
use array_core::{Array, DynRank, IndexError, IndexItem, Indexed};

/// One index item, owning its data.
#[derive(Clone, Debug)]
pub(crate) enum Ix {
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
pub(crate) fn reference(dims: &[usize], index: &[Ix]) -> Option<(Vec<usize>, Vec<usize>)> {
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
pub(crate) fn run<'a>(
    a: &'a Array<usize, DynRank>,
    index: &[Ix],
) -> Result<Indexed<'a, usize>, IndexError> {
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

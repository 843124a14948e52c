//! The copy kernel every copying operation shares.
//!
//! A copy visits the source in the *destination's* order and appends to a
//! fresh buffer, so writes are always sequential. The innermost axis is
//! copied as a unit-stride run (`extend_from_slice`, i.e. `memcpy` for
//! `Copy` types) whenever the source allows it; otherwise a strided inner
//! loop. 2-D transposing copies are tiled so both the reads and the writes
//! stay within cache lines.

use crate::array::{Array, View};
use crate::layout::{C, F, Layout, Order, Strided};
use crate::shape::PerAxis;
use crate::shape::Shape;

/// The shortest side for which a transposing copy is tiled; below it the
/// plain loop's reads stay in cache anyway.
const MIN_TILED: usize = 32;

/// Copies the elements of `v`, visiting axes in `axes` order (outermost
/// first), into a new `Vec`.
pub(crate) fn gather<T: Clone, S: Shape, L: Layout>(
    v: &View<'_, T, S, L>,
    axes: &[usize],
) -> Vec<T> {
    let dims = v.dims();
    let strides = v.strides();
    let dims = dims.as_ref();
    let strides = strides.as_ref();
    let n = v.len();
    let mut out = Vec::with_capacity(n);
    if n == 0 {
        return out;
    }
    // Drop length-1 axes: they do not move the pointer.
    let order: PerAxis<usize> = axes.iter().copied().filter(|&a| dims[a] != 1).collect();
    let pd: PerAxis<usize> = order.iter().map(|&a| dims[a]).collect();
    let ps: PerAxis<isize> = order.iter().map(|&a| strides[a]).collect();
    let rank = pd.len();
    if rank == 0 {
        out.push(v.elem_a(0).expect("in bounds").clone());
        return out;
    }
    // Destination rows (length `pd[1]`) read down the source's columns:
    // the tiled kernel keeps both sides in cache.
    if rank == 2 && ps[1] != 1 && ps[0] == 1 && pd[0] >= MIN_TILED && pd[1] >= MIN_TILED {
        v.append_transposed(pd[0], pd[1], ps[1], &mut out);
        return out;
    }
    let inner_len = pd[rank - 1];
    let inner_stride = ps[rank - 1];
    let mut index: PerAxis<usize> = (0..rank - 1).map(|_| 0).collect();
    let mut base = 0isize;
    loop {
        if inner_stride == 1 {
            out.extend_from_slice(v.run(base, inner_len).expect("run in bounds"));
        } else {
            let mut off = base;
            for _ in 0..inner_len {
                out.push(v.elem_a(off).expect("in bounds").clone());
                off += inner_stride;
            }
        }
        // Advance the odometer over the outer axes.
        let mut k = rank - 1;
        loop {
            if k == 0 {
                return out;
            }
            k -= 1;
            index[k] += 1;
            base += ps[k];
            if index[k] < pd[k] {
                break;
            }
            base -= ps[k] * pd[k] as isize;
            index[k] = 0;
        }
    }
}

/// The axes, outermost first, for a copy in C or F order.
pub(crate) fn order_axes(rank: usize, order: Order) -> PerAxis<usize> {
    match order {
        Order::F => (0..rank).rev().collect(),
        _ => (0..rank).collect(),
    }
}

/// A dense copy in C order.
pub(crate) fn copy_c<T: Clone, S: Shape, L: Layout>(v: &View<'_, T, S, L>) -> Array<T, S, C> {
    let data = gather(v, &order_axes(v.ndim(), Order::C));
    Array::from_parts_unchecked(data, v.shape().clone(), ())
}

/// A dense copy in F order.
pub(crate) fn copy_f<T: Clone, S: Shape, L: Layout>(v: &View<'_, T, S, L>) -> Array<T, S, F> {
    let data = gather(v, &order_axes(v.ndim(), Order::F));
    Array::from_parts_unchecked(data, v.shape().clone(), ())
}

/// A dense copy whose memory order visits axes as `axes` (outermost first);
/// the result's strides are the matching running products.
pub(crate) fn copy_permuted<T: Clone, S: Shape, L: Layout>(
    v: &View<'_, T, S, L>,
    axes: &[usize],
) -> Array<T, S, Strided> {
    let data = gather(v, axes);
    let dims = v.dims();
    let mut strides = v.shape().zero_strides();
    crate::rules::flags::fill_strides_into(
        dims.as_ref(),
        strides.as_mut(),
        axes.iter().rev().copied(),
    );
    Array::from_parts_unchecked(data, v.shape().clone(), strides)
}

/// A dense copy in the order of the source layout's owned counterpart
/// (`to_owned`): C stays C, F stays F, `Strided` becomes C.
pub(crate) fn copy_owned<T: Clone, S: Shape, L: Layout>(
    v: &View<'_, T, S, L>,
) -> Array<T, S, L::Owned> {
    let order = <L::Owned as crate::layout::Contiguous>::ORDER;
    let data = gather(v, &order_axes(v.ndim(), order));
    Array::from_parts_unchecked(
        data,
        v.shape().clone(),
        <L::Owned as crate::layout::Contiguous>::stored::<S>(),
    )
}

/// A copy with the same static layout as the source (C stays C, F stays F,
/// `Strided` becomes a C-ordered dense buffer).
pub(crate) fn copy_same_layout<T: Clone, S: Shape, L: Layout>(
    v: &View<'_, T, S, L>,
) -> Array<T, S, L> {
    let order = if L::ALWAYS_F_CONTIGUOUS {
        Order::F
    } else {
        Order::C
    };
    let data = gather(v, &order_axes(v.ndim(), order));
    let mut strides = v.shape().zero_strides();
    crate::rules::flags::contiguous_strides_into(v.dims().as_ref(), strides.as_mut(), order);
    let stored = L::store(v.shape(), strides.as_ref())
        .expect("a dense copy in the layout's own order fits it");
    Array::from_parts_unchecked(data, v.shape().clone(), stored)
}

/// Moves `data[positions[k]]` to place `k` of the result and drops the
/// other elements. The positions are distinct (a slice never reaches one
/// element twice).
pub(crate) fn take_at<T>(data: Vec<T>, positions: &[usize]) -> Vec<T> {
    if positions.is_sorted() {
        let mut wanted = positions.iter().copied().peekable();
        let mut out = Vec::with_capacity(positions.len());
        for (at, x) in data.into_iter().enumerate() {
            if wanted.peek() == Some(&at) {
                out.push(x);
                wanted.next();
            }
        }
        return out;
    }
    let mut order: Vec<usize> = (0..positions.len()).collect();
    order.sort_unstable_by_key(|&k| positions[k]);
    let mut slots: Vec<Option<T>> = std::iter::repeat_with(|| None)
        .take(positions.len())
        .collect();
    let mut wanted = order.into_iter().peekable();
    for (at, x) in data.into_iter().enumerate() {
        if let Some(&k) = wanted.peek()
            && positions[k] == at
        {
            slots[k] = Some(x);
            wanted.next();
        }
    }
    slots
        .into_iter()
        .map(|x| x.expect("every selected position is in the buffer"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{DynRank, View};

    fn buf(n: usize) -> Vec<usize> {
        (0..n).collect()
    }

    #[test]
    fn gather_follows_requested_axis_order() {
        let b = buf(6);
        let v = View::<usize, DynRank, Strided>::from_parts(&b, [2, 3], [3, 1], 0).unwrap();
        assert_eq!(gather(&v, &[0, 1]), [0, 1, 2, 3, 4, 5]);
        assert_eq!(gather(&v, &[1, 0]), [0, 3, 1, 4, 2, 5]);
    }

    /// Column strides for the transposing kernel's two walks: the source's
    /// own row length (its column stays in cache: row by row), and 8192
    /// elements, at least 64 KiB, which maps a whole column to one cache
    /// set (tile by tile).
    fn column_strides(own: usize) -> [usize; 2] {
        [own, 8192]
    }

    #[test]
    fn transposing_copy_matches_the_plain_loop() {
        // A 300 x 45 F-ordered block (a 45 x 300 C source's transpose),
        // copied in C order: tiles with ragged right and bottom edges (256
        // rows, 8 columns), or whole rows.
        let (r, c) = (45usize, 300usize);
        for stride in column_strides(c) {
            let b = buf(r * stride);
            let v =
                View::<usize, DynRank, Strided>::from_parts(&b, [c, r], [1, stride as isize], 0)
                    .unwrap();
            let want: Vec<usize> = (0..c)
                .flat_map(|i| (0..r).map(move |j| i + j * stride))
                .collect();
            assert_eq!(gather(&v, &[0, 1]), want, "column stride {stride}");
        }
    }

    #[test]
    fn transposing_copy_of_elements_with_drop_glue() {
        // `String` takes the kernel's safe path; same values as the plain loop.
        let (r, c) = (40usize, 33usize);
        for stride in column_strides(c) {
            let b: Vec<String> = (0..r * stride).map(|i| i.to_string()).collect();
            let v =
                View::<String, DynRank, Strided>::from_parts(&b, [c, r], [1, stride as isize], 0)
                    .unwrap();
            let want: Vec<String> = (0..c)
                .flat_map(|i| (0..r).map(move |j| (i + j * stride).to_string()))
                .collect();
            assert_eq!(gather(&v, &[0, 1]), want, "column stride {stride}");
        }
    }

    #[test]
    fn transposing_copy_with_reversed_columns() {
        // The source's column stride is negative: the destination's column
        // c reads source column (cols - 1 - c), starting from the last one.
        let (rows, cols) = (267usize, 35usize);
        for stride in column_strides(rows) {
            let b = buf(cols * stride);
            let first = (cols - 1) * stride;
            let v = View::<usize, DynRank, Strided>::from_parts(
                &b,
                [rows, cols],
                [1, -(stride as isize)],
                first,
            )
            .unwrap();
            let want: Vec<usize> = (0..rows)
                .flat_map(|r| (0..cols).map(move |c| (cols - 1 - c) * stride + r))
                .collect();
            assert_eq!(gather(&v, &[0, 1]), want, "column stride {stride}");
        }
    }

    #[test]
    fn negative_strides_and_zero_size() {
        let b = buf(4);
        let v = View::<usize, DynRank, Strided>::from_parts(&b, [4], [-1], 3).unwrap();
        assert_eq!(gather(&v, &[0]), [3, 2, 1, 0]);
        let e = View::<usize, DynRank, Strided>::from_parts(&b, [0, 3], [3, 1], 0).unwrap();
        assert!(gather(&e, &[0, 1]).is_empty());
    }

    #[test]
    fn take_at_moves_in_the_given_order() {
        let data: Vec<String> = ["a", "b", "c", "d"].map(String::from).to_vec();
        assert_eq!(take_at(data.clone(), &[3, 1]), ["d", "b"]);
        assert_eq!(take_at(data.clone(), &[0, 2]), ["a", "c"]);
        assert_eq!(take_at(data, &[]), Vec::<String>::new());
    }
}

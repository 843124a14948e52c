//! Advanced indexing (numpy-rules §9, mapping.c `PyArray_MapIterNew` and
//! `mapiter_fill_info`): integer arrays and masks gather a copy, laid out
//! exactly as NumPy lays out its result.
//!
//! NumPy fills a buffer whose first axes are the broadcast index shape and
//! whose last axes are the subspace (the axes the basic items leave),
//! ordered like the subspace's own strides. The index axes are in C order
//! when the subspace has more than one element, else in the index arrays'
//! memory order (nditer's `KEEPORDER`). When the advanced items
//! are adjacent and not first (`consec != 0`), the buffer's axes are then
//! transposed so the index axes sit where the items were: the result is
//! the transposed buffer, often F-like rather than C.

use super::basic::{basic_view, normalize_index, select};
use super::item::{IndexItem, Indexed};
use super::prepare::{Entry, IndexArray, Path, prepare};
use super::{IndexError, mask};
use crate::array::{Array, View};
use crate::audit::{self, CopyOp};
use crate::layout::offsets::Offsets;
use crate::layout::{Layout, Order, Strided};
use crate::rules::advanced::{buffer_strides, consec, keep_order, sub_memory_order};
use crate::rules::slice::BasicItem;
use crate::shape::{DynRank, Shape, checked_len_for};

/// One advanced index: its values, and the axis it walks.
struct Operand<'p> {
    index: &'p IndexArray,
    /// The indexed axis (`None` for a 0-d mask, which has no axis).
    axis: Option<usize>,
    len: usize,
    stride: isize,
}

/// Broadcasts the index shapes, aligned on the right, into `ndim` dims.
fn broadcast_index_shapes(operands: &[Operand<'_>], ndim: usize) -> Result<Vec<usize>, IndexError> {
    let mut out = vec![1usize; ndim];
    for op in operands {
        let lead = ndim - op.index.dims.len();
        for (k, &d) in op.index.dims.iter().enumerate() {
            let slot = &mut out[lead + k];
            if d != 1 && d != *slot {
                if *slot != 1 {
                    return Err(IndexError::Broadcast {
                        shapes: operands.iter().map(|o| o.index.dims.clone()).collect(),
                    });
                }
                *slot = d;
            }
        }
    }
    Ok(out)
}

/// The advanced-index gather for a prepared index on `view`.
fn gather<T: Clone, S: Shape, L: Layout>(
    view: &View<'_, T, S, L>,
    entries: &[Entry],
    fancy_ndim: usize,
) -> Result<Array<T, DynRank, Strided>, IndexError> {
    let dims = view.dims();
    let strides = view.strides();
    let sub = select(dims.as_ref(), strides.as_ref(), entries)?;
    let zero_dim_indices: Vec<IndexArray> = entries
        .iter()
        .filter_map(|e| match e {
            Entry::ZeroDimMask(b) => Some(IndexArray::vector(vec![0; usize::from(*b)])),
            _ => None,
        })
        .collect();
    let mut zero_dim = zero_dim_indices.iter();
    let mut operands = Vec::new();
    let mut axis = 0;
    for entry in entries {
        match entry {
            Entry::Fancy { index, .. } => {
                operands.push(Operand {
                    index,
                    axis: Some(axis),
                    len: dims.as_ref()[axis],
                    stride: strides.as_ref()[axis],
                });
                axis += 1;
            }
            Entry::ZeroDimMask(_) => operands.push(Operand {
                index: zero_dim.next().expect("one index per 0-d mask"),
                axis: None,
                len: 1,
                stride: 0,
            }),
            Entry::Basic(BasicItem::Keep(n)) => axis += n,
            Entry::Basic(BasicItem::NewAxis | BasicItem::Skip) => {}
            Entry::Basic(BasicItem::Index(_) | BasicItem::Slice { .. }) => axis += 1,
        }
    }
    let index_dims = broadcast_index_shapes(&operands, fancy_ndim)?;
    let (sub_dims, sub_strides) = (&sub.dims, &sub.strides);
    let buffer_dims: Vec<usize> = index_dims.iter().chain(sub_dims).copied().collect();
    // `PyArray_MapIterNew`: C order unless the subspace has one element.
    let index_order: Vec<usize> = if sub_dims.iter().product::<usize>() == 1 {
        let arrays: Vec<(&[usize], &[isize])> = operands
            .iter()
            .map(|op| (&op.index.dims[..], &op.index.strides[..]))
            .collect();
        keep_order(&arrays, &index_dims)
    } else {
        (0..index_dims.len()).collect()
    };
    let size = checked_len_for::<T>(&buffer_dims).map_err(|_| IndexError::TooBig {
        dims: buffer_dims.clone(),
    })?;
    let mut data = Vec::with_capacity(size);
    // NumPy checks every index unless the broadcast index shape is empty
    // ("all indices got broadcast away"), even when the subspace is.
    if index_dims.iter().product::<usize>() > 0 {
        let offsets = operands
            .iter()
            .map(|op| {
                op.index
                    .values
                    .iter()
                    .map(|&v| {
                        let i = normalize_index(v, op.axis.unwrap_or(0), op.len)?;
                        Ok(i as isize * op.stride)
                    })
                    .collect::<Result<Vec<isize>, IndexError>>()
            })
            .collect::<Result<Vec<_>, _>>()?;
        if size > 0 {
            let order = sub_memory_order(sub_strides);
            let sub_shape = DynRank::new(&order.iter().map(|&k| sub_dims[k]).collect::<Vec<_>>());
            let sub_offsets: Vec<isize> =
                Offsets::logical(&sub_shape, order.iter().map(|&k| sub_strides[k]).collect())
                    .collect();
            for base in IndexOffsets::new(&operands, &offsets, &index_dims, &index_order) {
                for &off in &sub_offsets {
                    data.push(view.get_at(sub.delta + base + off).clone());
                }
            }
        }
    }
    let buffer = buffer_strides(&index_dims, &index_order, sub_dims, sub_strides);
    // Transpose the index axes back to where the items were.
    let (nf, at) = (
        index_dims.len(),
        consec(entries.iter().map(Entry::item_use)),
    );
    let axes: Vec<usize> = (nf..nf + at)
        .chain(0..nf)
        .chain(nf + at..buffer_dims.len())
        .collect();
    let result_dims: Vec<usize> = axes.iter().map(|&a| buffer_dims[a]).collect();
    let result_strides: Vec<isize> = axes.iter().map(|&a| buffer[a]).collect();
    Ok(Array::from_parts_unchecked(
        data,
        DynRank::new(&result_dims),
        result_strides.into(),
    ))
}

/// Sum of the advanced indices' offsets at every broadcast index position,
/// visiting the broadcast axes in a given order (outermost first).
struct IndexOffsets<'p> {
    /// The broadcast dims, in visiting order.
    dims: Vec<usize>,
    /// Per operand, its step in `values` along each visited axis (0 where
    /// it is broadcast).
    steps: Vec<Vec<usize>>,
    offsets: &'p [Vec<isize>],
    position: Vec<usize>,
    index: Vec<usize>,
    remaining: usize,
}

impl<'p> IndexOffsets<'p> {
    fn new(
        operands: &[Operand<'_>],
        offsets: &'p [Vec<isize>],
        dims: &[usize],
        order: &[usize],
    ) -> Self {
        let steps = operands
            .iter()
            .map(|op| {
                let own = &op.index.dims;
                let lead = dims.len() - own.len();
                let mut step = vec![0usize; dims.len()];
                let mut run = 1;
                for k in (0..own.len()).rev() {
                    if own[k] != 1 {
                        step[lead + k] = run;
                    }
                    run *= own[k];
                }
                order.iter().map(|&i| step[i]).collect()
            })
            .collect();
        IndexOffsets {
            dims: order.iter().map(|&i| dims[i]).collect(),
            steps,
            offsets,
            position: vec![0; operands.len()],
            index: vec![0; dims.len()],
            remaining: dims.iter().product(),
        }
    }
}

impl Iterator for IndexOffsets<'_> {
    type Item = isize;

    fn next(&mut self) -> Option<isize> {
        if self.remaining == 0 {
            return None;
        }
        self.remaining -= 1;
        let sum = self
            .offsets
            .iter()
            .zip(&self.position)
            .map(|(o, &p)| o[p])
            .sum();
        for k in (0..self.dims.len()).rev() {
            self.index[k] += 1;
            for (p, s) in self.position.iter_mut().zip(&self.steps) {
                *p += s[k];
            }
            if self.index[k] < self.dims[k] {
                break;
            }
            for (p, s) in self.position.iter_mut().zip(&self.steps) {
                *p -= s[k] * self.dims[k];
            }
            self.index[k] = 0;
        }
        Some(sum)
    }
}

impl<'a, T, S: Shape, L: Layout> View<'a, T, S, L> {
    /// The element `off` elements from the first one, for offsets derived
    /// from this view's own dims and strides.
    fn get_at(&self, off: isize) -> &'a T {
        self.elem_a(off).expect("offset checked against the shape")
    }

    /// Advanced indexing (NumPy's `a[index]` with integer arrays or masks),
    /// always a fresh owned array: the values, shape **and strides** are
    /// NumPy's. Index arrays are broadcast together; their axes replace the
    /// indexed axes in place when all advanced items (integers included)
    /// are adjacent, and go first otherwise. When they stay in place but not
    /// first, NumPy returns a transposed buffer, and so does this (its
    /// strides are not C). A single mask of the array's shape gives a 1-D
    /// array in C order.
    ///
    /// An index with no array item is copied too (NumPy would return a view
    /// unless a 0-d array forces a copy): in K order, as NumPy copies.
    /// The broadcast index axes are laid out in C order when the subspace
    /// has more than one element, else in the index arrays' memory order,
    /// as NumPy does. As in NumPy, the entries of index arrays are not
    /// bounds-checked when the broadcast index shape is empty.
    ///
    /// ```
    /// use array_core::{Array, DynRank, IndexItem};
    /// let a = Array::<i32, DynRank>::from_shape_vec([4, 3, 3], (0..36).collect()).unwrap();
    /// let (i, k) = ([0, 2], [0, 1]);
    /// // a[[0, 2], :, [0, 1]]: separated index arrays go first.
    /// let r = a.view().fancy_index(&[(&i).into(), IndexItem::full(), (&k).into()]).unwrap();
    /// assert_eq!(r.dims(), vec![2, 3]);
    /// assert_eq!(r.view().to_vec(), [0, 3, 6, 19, 22, 25]);
    /// assert_eq!(r.strides(), vec![3, 1]);
    /// // a[:, [2, 0]]: adjacent and not first, a transposed buffer.
    /// let r = a.view().fancy_index(&[IndexItem::full(), (&[2, 0]).into()]).unwrap();
    /// assert_eq!(r.dims(), vec![4, 2, 3]);
    /// assert_eq!(r.strides(), vec![3, 12, 1]);
    /// assert_eq!(r[&[1, 0, 2][..]], 17);
    /// ```
    #[track_caller]
    pub fn fancy_index(
        &self,
        index: &[IndexItem<'_>],
    ) -> Result<Array<T, DynRank, Strided>, IndexError>
    where
        T: Clone,
    {
        let prepared = prepare(index, self.dims().as_ref())?;
        let out = match prepared.path {
            Path::WholeMask(m) => mask::gather_whole(self, &m),
            Path::Fancy { fancy_ndim } => gather(self, &prepared.entries, fancy_ndim)?,
            Path::Element | Path::Basic { .. } => {
                basic_view(self, &prepared.entries)?.copy_in_order(Order::K)
            }
        };
        audit::note::<T>(CopyOp::FancyIndex, out.len(), L::NAME, Strided::NAME);
        Ok(out)
    }

    /// NumPy's `a[index]` in full: one element for an integer per axis, a
    /// view for basic items (integers, slices, newaxis, ellipsis, `()`), a
    /// copy for advanced items (as [`View::fancy_index`]) or a 0-d integer
    /// array. The variant says which, as NumPy's result does at run time.
    ///
    /// ```
    /// use array_core::{Array, DynRank, IndexItem, Indexed};
    /// let a = Array::<i32, DynRank>::from_shape_vec([3, 4], (0..12).collect()).unwrap();
    /// let v = a.view();
    /// // a[1:, ::2] is a view
    /// let Indexed::View(s) = v.subscript(&[(1..).into(), IndexItem::slice(None, None, 2)]).unwrap()
    /// else { unreachable!() };
    /// assert_eq!(s.to_vec(), [4, 6, 8, 10]);
    /// // a[2, -1] is one element
    /// assert!(matches!(v.subscript(&[2.into(), (-1).into()]).unwrap(), Indexed::Element(&11)));
    /// // a[[2]] is a copy
    /// assert!(v.subscript(&[(&[2]).into()]).unwrap().is_copy());
    /// ```
    #[track_caller]
    pub fn subscript(&self, index: &[IndexItem<'_>]) -> Result<Indexed<'a, T>, IndexError>
    where
        T: Clone,
    {
        let prepared = prepare(index, self.dims().as_ref())?;
        let result = match prepared.path {
            Path::Element => {
                let element = basic_view(self, &prepared.entries)?;
                Ok(Indexed::Element(element.get_at(0)))
            }
            Path::Basic { scalar_array } => {
                let view = basic_view(self, &prepared.entries)?;
                Ok(if scalar_array {
                    Indexed::Copy(view.copy_in_order(Order::K))
                } else {
                    Indexed::View(view)
                })
            }
            Path::WholeMask(m) => Ok(Indexed::Copy(mask::gather_whole(self, &m))),
            Path::Fancy { fancy_ndim } => {
                Ok(Indexed::Copy(gather(self, &prepared.entries, fancy_ndim)?))
            }
        };
        if let Ok(Indexed::Copy(out)) = &result {
            audit::note::<T>(CopyOp::FancyIndex, out.len(), L::NAME, Strided::NAME);
        }
        result
    }
}

//! NumPy's `prepare_index` (mapping.c): classify the items of an index,
//! turn masks into integer arrays, give the ellipsis its width (or append
//! one), and decide which of NumPy's paths the index takes.

use super::IndexError;
use super::item::IndexItem;
use crate::array::View;
use crate::layout::Strided;
use crate::rules::advanced::ItemUse;
use crate::rules::slice::BasicItem;
use crate::shape::{DynRank, MAX_RANK};

/// An integer index array, materialised in C order. `strides` are the
/// element strides of the array as given: NumPy lays out the result's index
/// axes in the index arrays' memory order.
#[derive(Clone, Debug)]
pub(super) struct IndexArray {
    pub(super) dims: Vec<usize>,
    pub(super) values: Vec<isize>,
    pub(super) strides: Vec<isize>,
}

impl IndexArray {
    /// A fresh 1-D index array (from a mask or a 0-d mask).
    pub(super) fn vector(values: Vec<isize>) -> Self {
        IndexArray {
            dims: vec![values.len()],
            values,
            strides: vec![1],
        }
    }
}

/// One prepared entry (NumPy's `npy_index_info`).
#[derive(Clone, Debug)]
pub(super) enum Entry {
    /// `HAS_INTEGER` (also a 0-d integer array), `HAS_SLICE`, `HAS_NEWAXIS`
    /// and `HAS_ELLIPSIS` (as `Keep`, with the number of axes it stands
    /// for): the items `get_view_from_index` applies. Never `Skip`.
    Basic(BasicItem),
    /// `HAS_FANCY`: an integer array on one axis. `mask_len` is the mask's
    /// length along the axis when the array came from a boolean mask.
    Fancy {
        index: IndexArray,
        mask_len: Option<usize>,
    },
    /// `HAS_0D_BOOL`: a 0-d mask; an index array of shape `(1,)` or `(0,)`
    /// over an axis of length 1 that the array does not have.
    ZeroDimMask(bool),
}

impl Entry {
    /// How the entry uses result axes, for the adjacency rule of advanced
    /// indexing (`rules::advanced::consec`).
    pub(super) fn item_use(&self) -> ItemUse {
        match self {
            Entry::Basic(BasicItem::Index(_)) => ItemUse::Advanced { width: 1 },
            Entry::Fancy { .. } | Entry::ZeroDimMask(_) => ItemUse::Advanced { width: 0 },
            Entry::Basic(BasicItem::Keep(n)) => ItemUse::Basic { width: *n },
            Entry::Basic(BasicItem::Slice { .. } | BasicItem::NewAxis) => {
                ItemUse::Basic { width: 1 }
            }
            Entry::Basic(BasicItem::Skip) => ItemUse::Basic { width: 1 },
        }
    }
}

/// Which of NumPy's `array_subscript` paths an index takes.
#[derive(Clone, Debug)]
pub(super) enum Path<'i> {
    /// An integer for every axis (or `()` on a 0-d array): one element.
    Element,
    /// A single mask with exactly the array's shape (`HAS_BOOL`).
    WholeMask(View<'i, bool, DynRank, Strided>),
    /// Basic items only: a view, copied in K order when a 0-d integer
    /// array was among them (`HAS_SCALAR_ARRAY`).
    Basic { scalar_array: bool },
    /// At least one integer array or mask.
    Fancy {
        /// Number of dims of the broadcast index arrays.
        fancy_ndim: usize,
    },
}

#[derive(Debug)]
pub(super) struct Prepared<'i> {
    pub(super) entries: Vec<Entry>,
    pub(super) path: Path<'i>,
}

/// Classifies `items` for an array of `dims`, checking everything but the
/// bounds of integers and index arrays (those need the axis strides).
pub(super) fn prepare<'i>(
    items: &[IndexItem<'i>],
    dims: &[usize],
) -> Result<Prepared<'i>, IndexError> {
    let ndim = dims.len();
    if let [IndexItem::Mask(mask)] = items
        && mask.dims() == dims
    {
        return Ok(Prepared {
            entries: Vec::new(),
            path: Path::WholeMask(mask.clone()),
        });
    }
    let mut entries = Vec::with_capacity(items.len() + 1);
    let (mut used, mut fancy_ndim) = (0usize, 0usize);
    let (mut has_fancy, mut has_scalar_array, mut has_ellipsis) = (false, false, false);
    let mut only_integers = true;
    for item in items {
        match item {
            IndexItem::Int(i) => {
                entries.push(Entry::Basic(BasicItem::Index(*i)));
                used += 1;
            }
            IndexItem::Slice { start, stop, step } => {
                entries.push(Entry::Basic(BasicItem::Slice {
                    start: *start,
                    stop: *stop,
                    step: *step,
                }));
                used += 1;
            }
            IndexItem::NewAxis => entries.push(Entry::Basic(BasicItem::NewAxis)),
            IndexItem::Ellipsis => {
                if std::mem::replace(&mut has_ellipsis, true) {
                    return Err(IndexError::MultipleEllipsis);
                }
                entries.push(Entry::Basic(BasicItem::Keep(0)));
            }
            IndexItem::Indices(index) if index.ndim() == 0 => {
                has_scalar_array = true;
                entries.push(Entry::Basic(BasicItem::Index(index.to_vec()[0])));
                used += 1;
            }
            IndexItem::Indices(index) => {
                has_fancy = true;
                fancy_ndim = fancy_ndim.max(index.ndim());
                entries.push(Entry::Fancy {
                    index: IndexArray {
                        dims: index.dims().into(),
                        values: index.to_vec(),
                        strides: index.strides().into(),
                    },
                    mask_len: None,
                });
                used += 1;
            }
            IndexItem::Mask(mask) if mask.ndim() == 0 => {
                has_fancy = true;
                fancy_ndim = fancy_ndim.max(1);
                entries.push(Entry::ZeroDimMask(mask.to_vec()[0]));
            }
            IndexItem::Mask(mask) => {
                has_fancy = true;
                fancy_ndim = fancy_ndim.max(1);
                let mask_dims = mask.dims();
                for (coordinate, &mask_len) in nonzero(mask).into_iter().zip(&mask_dims) {
                    entries.push(Entry::Fancy {
                        index: IndexArray::vector(coordinate),
                        mask_len: Some(mask_len),
                    });
                }
                used += mask_dims.len();
            }
        }
        only_integers &= matches!(entries.last(), Some(Entry::Basic(BasicItem::Index(_))));
    }
    // The ellipsis (given, or appended when axes are left) takes the rest.
    let mut new_ndim = entries
        .iter()
        .filter(|e| {
            matches!(
                e,
                Entry::Basic(BasicItem::Slice { .. } | BasicItem::NewAxis)
            )
        })
        .count();
    if used < ndim {
        let rest = ndim - used;
        match entries
            .iter_mut()
            .find(|e| matches!(e, Entry::Basic(BasicItem::Keep(_))))
        {
            Some(e) => *e = Entry::Basic(BasicItem::Keep(rest)),
            None => entries.push(Entry::Basic(BasicItem::Keep(rest))),
        }
        new_ndim += rest;
        has_ellipsis = true;
    } else if used > ndim {
        return Err(IndexError::TooManyIndices {
            ndim,
            indexed: used,
        });
    }
    let has_newaxis = entries
        .iter()
        .any(|e| matches!(e, Entry::Basic(BasicItem::NewAxis)));
    if (has_newaxis || has_fancy) && new_ndim + fancy_ndim > MAX_RANK {
        return Err(IndexError::TooManyDims {
            ndim: new_ndim + fancy_ndim,
        });
    }
    check_mask_lengths(&entries, dims)?;
    let path = if has_fancy {
        Path::Fancy { fancy_ndim }
    } else if only_integers && !has_ellipsis {
        Path::Element
    } else {
        Path::Basic {
            scalar_array: has_scalar_array,
        }
    };
    Ok(Prepared { entries, path })
}

/// The mask-derived index arrays must match the axes they land on. As in
/// NumPy, a mask axis of length 0 is not compared (its entry's `value` is 0,
/// which `prepare_index` reads as "not from a mask").
fn check_mask_lengths(entries: &[Entry], dims: &[usize]) -> Result<(), IndexError> {
    let mut axis = 0;
    for entry in entries {
        match entry {
            Entry::Fancy {
                mask_len: Some(mask_len),
                ..
            } if *mask_len > 0 && *mask_len != dims[axis] => {
                return Err(IndexError::MaskLength {
                    axis,
                    len: dims[axis],
                    mask_len: *mask_len,
                });
            }
            Entry::Basic(BasicItem::Keep(n)) => axis += n,
            Entry::Basic(BasicItem::NewAxis | BasicItem::Skip) | Entry::ZeroDimMask(_) => {}
            _ => axis += 1,
        }
    }
    Ok(())
}

/// `np.nonzero(mask)`: one coordinate list per mask axis, true positions in
/// C order.
pub(super) fn nonzero(mask: &View<'_, bool, DynRank, Strided>) -> Vec<Vec<isize>> {
    let dims = mask.dims();
    let mut coordinates = vec![Vec::new(); dims.len()];
    let mut index = vec![0usize; dims.len()];
    for &m in mask.iter() {
        if m {
            for (c, &i) in coordinates.iter_mut().zip(&index) {
                c.push(i as isize);
            }
        }
        for k in (0..dims.len()).rev() {
            index[k] += 1;
            if index[k] < dims[k] {
                break;
            }
            index[k] = 0;
        }
    }
    coordinates
}

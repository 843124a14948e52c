//! The view that the basic items of an index select (mapping.c
//! `get_view_from_index`): integers drop an axis, slices keep a strided
//! part of one, newaxis inserts a length-1 axis with stride 0, the ellipsis
//! keeps whole axes. Index-array axes are dropped here: with advanced
//! items present, this view is NumPy's *subspace*.

use super::IndexError;
use super::prepare::Entry;
use crate::array::View;
use crate::layout::{Layout, Strided};
use crate::rules::slice::{BasicItem, apply_basic, wrap_index};
use crate::shape::{DynRank, Shape};

/// Wraps a negative index once and checks it against the axis length
/// (numpy-rules §8), as an [`IndexError`].
pub(super) fn normalize_index(index: isize, axis: usize, len: usize) -> Result<usize, IndexError> {
    wrap_index(index, len).ok_or(IndexError::OutOfBounds { index, axis, len })
}

/// What the basic entries select, as numbers: the dims and strides that
/// are left and the offset of the first element. With advanced entries
/// present, their axes are dropped and this is NumPy's subspace, which may
/// describe elements a zero-size input does not have (an advanced index on
/// an axis of length 0 can then only fail or select nothing).
pub(super) struct Selection {
    pub(super) dims: Vec<usize>,
    pub(super) strides: Vec<isize>,
    pub(super) delta: isize,
}

/// Applies the basic entries to `dims` and `strides`.
pub(super) fn select(
    dims: &[usize],
    strides: &[isize],
    entries: &[Entry],
) -> Result<Selection, IndexError> {
    let mut out_dims = Vec::with_capacity(dims.len());
    let mut out_strides = Vec::with_capacity(dims.len());
    let items = entries.iter().filter_map(|entry| match *entry {
        Entry::Basic(item) => Some(item),
        // Index arrays are applied afterwards; here they only use an axis.
        Entry::Fancy { .. } => Some(BasicItem::Skip),
        Entry::ZeroDimMask(_) => None,
    });
    let delta = apply_basic(dims, strides, items, |d, s| {
        out_dims.push(d);
        out_strides.push(s);
        Ok::<(), IndexError>(())
    })?;
    Ok(Selection {
        dims: out_dims,
        strides: out_strides,
        delta,
    })
}

/// The view selected by an index of basic entries only.
pub(super) fn basic_view<'a, T, S: Shape, L: Layout>(
    view: &View<'a, T, S, L>,
    entries: &[Entry],
) -> Result<View<'a, T, DynRank, Strided>, IndexError> {
    debug_assert!(
        !entries
            .iter()
            .any(|e| matches!(e, Entry::Fancy { .. } | Entry::ZeroDimMask(_)))
    );
    let sel = select(view.dims().as_ref(), view.strides().as_ref(), entries)?;
    let shape = DynRank::try_new(&sel.dims).map_err(|_| IndexError::TooManyDims {
        ndim: sel.dims.len(),
    })?;
    // An integer on a zero-size array moves NumPy's pointer past the end of
    // the (empty) buffer; a view here must keep its pointer inside, and
    // nothing can be read through either.
    let delta = if view.is_empty() { 0 } else { sel.delta };
    Ok(view
        .clone()
        .relayout(shape, sel.strides.into(), delta)
        .expect("basic indexing stays inside the indexed view"))
}

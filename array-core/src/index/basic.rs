//! The view that the basic items of an index select (mapping.c
//! `get_view_from_index`): integers drop an axis, slices keep a strided
//! part of one, newaxis inserts a length-1 axis with stride 0, the ellipsis
//! keeps whole axes. Index-array axes are dropped here: with advanced
//! items present, this view is NumPy's *subspace*.

use super::IndexError;
use super::prepare::Entry;
use crate::array::View;
use crate::layout::{Layout, Strided};
use crate::rules::slice::slice_indices;
use crate::shape::{DynRank, Shape};

/// Wraps a negative index once and checks it against the axis length.
pub(super) fn normalize_index(index: isize, axis: usize, len: usize) -> Result<usize, IndexError> {
    let wrapped = if index < 0 {
        index.checked_add_unsigned(len)
    } else {
        Some(index)
    };
    match wrapped {
        Some(i) if i >= 0 && (i as usize) < len => Ok(i as usize),
        _ => Err(IndexError::OutOfBounds { index, axis, len }),
    }
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
    let mut delta = 0isize;
    let mut axis = 0usize;
    for entry in entries {
        match entry {
            Entry::Int(i) => {
                let i = normalize_index(*i, axis, dims[axis])?;
                // In bounds of a live view, so the product fits.
                delta += i as isize * strides[axis];
                axis += 1;
            }
            Entry::Slice { start, stop, step } => {
                let span = slice_indices(*start, *stop, *step, dims[axis])
                    .map_err(|_| IndexError::ZeroStep)?;
                delta += span.start as isize * strides[axis];
                out_dims.push(span.len);
                // The product can only overflow for a step longer than the
                // axis, which leaves at most one element: the stride of a
                // length-1 axis never moves the pointer.
                out_strides.push(strides[axis].checked_mul(span.step).unwrap_or(0));
                axis += 1;
            }
            Entry::NewAxis => {
                out_dims.push(1);
                out_strides.push(0);
            }
            Entry::Ellipsis(n) => {
                out_dims.extend_from_slice(&dims[axis..axis + n]);
                out_strides.extend_from_slice(&strides[axis..axis + n]);
                axis += n;
            }
            Entry::Fancy { .. } => axis += 1,
            Entry::ZeroDimMask(_) => {}
        }
    }
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
        .relayout(shape, sel.strides, delta)
        .expect("basic indexing stays inside the indexed view"))
}

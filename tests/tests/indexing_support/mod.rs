//! Helpers for `indexing.rs`: index arrays and masks of any shape, and
//! reading any `subscript` answer; with the reference model of NumPy's
//! indexing rules (`model`) and the reader of the indexing cases recorded
//! from NumPy (`recorded`).

pub(crate) mod model;
pub(crate) mod recorded;

use array_core::{Array, DynRank, Indexed, Strided, View};

/// `np.arange(n).reshape(dims)` with `usize` elements, so that every value
/// is its own position in the buffer.
pub(crate) fn arange(dims: &[usize]) -> Array<usize, DynRank> {
    let n = dims.iter().product();
    Array::from_shape_vec(dims, (0..n).collect()).unwrap()
}

/// An integer index array of any shape.
pub(crate) fn ints(dims: &[usize], values: &[isize]) -> Array<isize, DynRank> {
    Array::from_shape_vec(dims, values.to_vec()).unwrap()
}

/// A boolean mask of any shape.
pub(crate) fn bools(dims: &[usize], values: &[bool]) -> Array<bool, DynRank> {
    Array::from_shape_vec(dims, values.to_vec()).unwrap()
}

/// Dims, strides and values (logical order) of any `subscript` answer.
pub(crate) fn parts<T: Clone>(r: &Indexed<'_, T>) -> (Vec<usize>, Vec<isize>, Vec<T>) {
    match r {
        Indexed::Element(x) => (vec![], vec![], vec![(*x).clone()]),
        Indexed::View(v) => (v.dims().to_vec(), v.strides().to_vec(), v.to_vec()),
        Indexed::Copy(a) => (a.dims().to_vec(), a.strides().to_vec(), a.view().to_vec()),
    }
}

pub(crate) fn view_of<'a, T>(r: Indexed<'a, T>) -> View<'a, T, DynRank, Strided> {
    match r {
        Indexed::View(v) => v,
        other => panic!("expected a view, got {}", kind(&other)),
    }
}

pub(crate) fn copy_of<T>(r: Indexed<'_, T>) -> Array<T, DynRank, Strided> {
    match r {
        Indexed::Copy(a) => a,
        other => panic!("expected a copy, got {}", kind(&other)),
    }
}

pub(crate) fn kind<T>(r: &Indexed<'_, T>) -> &'static str {
    match r {
        Indexed::Element(_) => "an element",
        Indexed::View(_) => "a view",
        Indexed::Copy(_) => "a copy",
    }
}

//! Axis iteration and axis operations: sub-views along an axis, lanes,
//! splitting, inserting and removing length-1 axes.
//!
//! Axes are `usize` positions, and a bad axis or index is an
//! [`AxisError`] or [`IndexError`] with the numbers. Where the type
//! machinery can keep a static fact it does: the rows of a `C` array are
//! `C` views (so `as_slice` works on each), its `outer_iter` items keep the
//! static dims of the remaining axes and stay `C`. Where the axis is chosen
//! at run time (`axis_iter`, `index_axis`, `split_at`) the result's dims
//! are `Dyn` and its layout `Strided`; promote with `try_into_c` when the
//! strides allow it.
//!
//! Every iterator here walks its items in logical order. On a `ViewMut`
//! the items are mutable views of disjoint elements, so they can all be
//! held and written at once: a `ViewMut` never reaches one element through
//! two indices, so items at different positions along an axis (or the two
//! halves of `split_at`) never share an element.
//!
//! ```
//! use array_core::array;
//! let mut img = array![[1, 2, 3], [4, 5, 6]];
//! // Rows of a C array are contiguous: each is a slice.
//! let widths: Vec<usize> = img.rows().map(|r| r.as_slice().len()).collect();
//! assert_eq!(widths, [3, 3]);
//! // Normalise each column in place, two columns at a time on two threads.
//! let (left, right) = img.view_mut().split_at(1, 2).unwrap();
//! std::thread::scope(|s| {
//!     for half in [left, right] {
//!         s.spawn(move || {
//!             for mut col in half.axis_iter(1).unwrap() {
//!                 let top = col[[0]];
//!                 col.map_inplace(|x| *x -= top);
//!             }
//!         });
//!     }
//! });
//! assert_eq!(img.as_slice(), &[0, 0, 0, 3, 3, 3]);
//! ```

mod methods;

pub use crate::array::AxisIterMut;
use crate::array::{View, ViewMut};
use crate::error::AxisError;
use crate::index::IndexError;
use crate::layout::offsets::Offsets;
use crate::layout::{Layout, Strided, item_layout};
use crate::shape::{DynRank, Shape};
use std::marker::PhantomData;

/// Read-only sub-views of a [`View`], one at a time, in logical order: the
/// items of `outer_iter`, `axis_iter`, `rows`, `columns` and `lanes`.
///
/// ```
/// use array_core::array;
/// let a = array![[1, 2, 3], [4, 5, 6]];
/// let sums: Vec<i32> = a.rows().map(|r| r.as_slice().iter().sum()).collect();
/// assert_eq!(sums, [6, 15]);
/// ```
pub struct AxisIter<'a, T, S: Shape, L: Layout> {
    src: View<'a, T, DynRank, Strided>,
    kept_dims: Vec<usize>,
    kept_strides: Vec<isize>,
    outer: Offsets<DynRank>,
    marker: PhantomData<fn() -> (S, L)>,
}

impl<'a, T, S: Shape, L: Layout> Iterator for AxisIter<'a, T, S, L> {
    type Item = View<'a, T, S, L>;

    fn next(&mut self) -> Option<View<'a, T, S, L>> {
        let delta = self.outer.next()?;
        let (shape, stored) = item_layout::<S, L>(&self.kept_dims, &self.kept_strides);
        Some(
            self.src
                .clone()
                .relayout(shape, stored, delta)
                .expect("a sub-view lies inside its source"),
        )
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.outer.size_hint()
    }
}

impl<T, S: Shape, L: Layout> ExactSizeIterator for AxisIter<'_, T, S, L> {}
impl<T, S: Shape, L: Layout> std::iter::FusedIterator for AxisIter<'_, T, S, L> {}

impl<T, S: Shape, L: Layout> Clone for AxisIter<'_, T, S, L> {
    fn clone(&self) -> Self {
        AxisIter {
            src: self.src.clone(),
            kept_dims: self.kept_dims.clone(),
            kept_strides: self.kept_strides.clone(),
            outer: self.outer.clone(),
            marker: PhantomData,
        }
    }
}

/// What the axis operations need from a view kind, so each operation is
/// written once for `View` and `ViewMut`. Implemented for the dynamic-rank
/// strided form every operation starts from.
pub(crate) trait AxisSource<'a, T>: Sized {
    /// The same kind of view with another shape and layout.
    type With<S: Shape, L: Layout>;
    /// The kind's sub-view iterator.
    type Iter<S: Shape, L: Layout>;

    fn dims_strides(&self) -> (Vec<usize>, Vec<isize>);
    fn relayout_as<S: Shape, L: Layout>(
        self,
        dims: &[usize],
        strides: &[isize],
        delta: isize,
    ) -> Self::With<S, L>;
    fn subviews<S: Shape, L: Layout>(self, kept: &[usize]) -> Self::Iter<S, L>;
    fn split(self, axis: usize, index: usize) -> (Self, Self);
}

/// The `AxisSource` methods that are the same text for both view kinds;
/// each kind adds how it makes sub-views and splits.
macro_rules! axis_source {
    ($Ty:ident, $Iter:ident, { $($own:tt)* }) => {
        impl<'a, T> AxisSource<'a, T> for $Ty<'a, T, DynRank, Strided> {
            type With<S: Shape, L: Layout> = $Ty<'a, T, S, L>;
            type Iter<S: Shape, L: Layout> = $Iter<'a, T, S, L>;

            fn dims_strides(&self) -> (Vec<usize>, Vec<isize>) {
                (self.dims().into(), self.strides().into())
            }

            fn relayout_as<S: Shape, L: Layout>(
                self,
                dims: &[usize],
                strides: &[isize],
                delta: isize,
            ) -> $Ty<'a, T, S, L> {
                // Every caller keeps elements unique (what a `ViewMut`
                // needs): it drops an axis at one index, inserts or removes a
                // length-1 axis, or relabels the same layout.
                let (shape, stored) = item_layout::<S, L>(dims, strides);
                self.relayout(shape, stored, delta)
                    .expect("an axis operation addresses elements of its source")
            }

            $($own)*
        }
    };
}

axis_source!(View, AxisIter, {
    fn subviews<S: Shape, L: Layout>(self, kept: &[usize]) -> AxisIter<'a, T, S, L> {
        let (dims, strides) = self.dims_strides();
        let (outer_dims, outer_strides) = complement(&dims, &strides, kept);
        AxisIter {
            kept_dims: kept.iter().map(|&k| dims[k]).collect(),
            kept_strides: kept.iter().map(|&k| strides[k]).collect(),
            outer: Offsets::logical(&DynRank::new(&outer_dims), outer_strides.into()),
            src: self,
            marker: PhantomData,
        }
    }

    fn split(self, axis: usize, index: usize) -> (Self, Self) {
        let (dims, strides) = self.dims_strides();
        let mut first = dims.clone();
        first[axis] = index;
        let mut second = dims;
        second[axis] -= index;
        let delta = index as isize * strides[axis];
        (
            self.clone().relayout_as(&first, &strides, 0),
            self.relayout_as(&second, &strides, delta),
        )
    }
});

axis_source!(ViewMut, AxisIterMut, {
    fn subviews<S: Shape, L: Layout>(self, kept: &[usize]) -> AxisIterMut<'a, T, S, L> {
        self.into_subviews(kept)
    }

    fn split(self, axis: usize, index: usize) -> (Self, Self) {
        self.split_along(axis, index)
    }
});

/// The dims and strides of the axes not in `kept`.
fn complement(dims: &[usize], strides: &[isize], kept: &[usize]) -> (Vec<usize>, Vec<isize>) {
    (0..dims.len())
        .filter(|k| !kept.contains(k))
        .map(|k| (dims[k], strides[k]))
        .unzip()
}

/// Checks `axis < rank`.
fn check_axis(axis: usize, rank: usize) -> Result<(), AxisError> {
    if axis < rank {
        Ok(())
    } else {
        Err(AxisError::OutOfRange {
            axis: axis as isize,
            rank,
        })
    }
}

/// Every axis but `axis`.
fn all_but(rank: usize, axis: usize) -> Vec<usize> {
    (0..rank).filter(|&k| k != axis).collect()
}

/// A source whose relabelled form is the source kind again, so that a
/// relabelled source can still be asked for sub-views.
pub(crate) trait Relabel<'a, T>: AxisSource<'a, T, With<DynRank, Strided> = Self> {}
impl<'a, T, X: AxisSource<'a, T, With<DynRank, Strided> = X>> Relabel<'a, T> for X {}

/// The sub-views with the first axis fixed; a 0-d source has none.
pub(crate) fn outer_iter<'a, T, X: Relabel<'a, T>, S: Shape, L: Layout>(src: X) -> X::Iter<S, L> {
    let rank = src.dims_strides().0.len();
    if rank == 0 {
        // No axis to iterate: seen as an empty 1-D source, it has no items.
        return src
            .relayout_as::<DynRank, Strided>(&[0], &[1], 0)
            .subviews(&[]);
    }
    src.subviews(&(1..rank).collect::<Vec<_>>())
}

/// Lanes along the last (`last`) or first axis, a 0-d source counting as
/// one element of shape `(1,)`.
pub(crate) fn end_lanes<'a, T, X: Relabel<'a, T>, S: Shape, L: Layout>(
    src: X,
    last: bool,
) -> X::Iter<S, L> {
    let rank = src.dims_strides().0.len();
    if rank == 0 {
        return src
            .relayout_as::<DynRank, Strided>(&[1], &[1], 0)
            .subviews(&[0]);
    }
    src.subviews(&[if last { rank - 1 } else { 0 }])
}

/// After checking `axis`: the sub-views along it (`lanes` false: that axis
/// fixed in each item, ndarray's `axis_iter`) or the lanes along it (`lanes`
/// true: every other axis fixed).
pub(crate) fn along_axis<'a, T, X: AxisSource<'a, T>, S: Shape>(
    src: X,
    axis: usize,
    lanes: bool,
) -> Result<X::Iter<S, Strided>, AxisError> {
    let rank = src.dims_strides().0.len();
    check_axis(axis, rank)?;
    Ok(src.subviews(&if lanes {
        vec![axis]
    } else {
        all_but(rank, axis)
    }))
}

/// The sub-view at `index` along `axis`.
pub(crate) fn index_axis<'a, T, X: AxisSource<'a, T>, S: Shape>(
    src: X,
    axis: usize,
    index: usize,
) -> Result<X::With<S, Strided>, IndexError> {
    let (dims, strides) = src.dims_strides();
    check_axis(axis, dims.len()).map_err(IndexError::Axis)?;
    if index >= dims[axis] {
        return Err(IndexError::OutOfBounds {
            index: index as isize,
            axis,
            len: dims[axis],
        });
    }
    let (d, s) = complement(&dims, &strides, &[axis]);
    Ok(src.relayout_as(&d, &s, index as isize * strides[axis]))
}

/// Two views: indices `..index` and `index..` along `axis`.
#[allow(clippy::type_complexity)]
pub(crate) fn split_at<'a, T, X: Relabel<'a, T>, S: Shape>(
    src: X,
    axis: usize,
    index: usize,
) -> Result<(X::With<S, Strided>, X::With<S, Strided>), IndexError> {
    let (dims, _) = src.dims_strides();
    check_axis(axis, dims.len()).map_err(IndexError::Axis)?;
    if index > dims[axis] {
        return Err(IndexError::OutOfBounds {
            index: index as isize,
            axis,
            len: dims[axis],
        });
    }
    let (a, b) = src.split(axis, index);
    let relabel = |x: X| {
        let (d, s) = x.dims_strides();
        x.relayout_as::<S, Strided>(&d, &s, 0)
    };
    Ok((relabel(a), relabel(b)))
}

/// A new length-1 axis at position `axis` (`0..=rank`).
pub(crate) fn insert_axis<'a, T, X: AxisSource<'a, T>, S: Shape, L: Layout>(
    src: X,
    axis: usize,
) -> Result<X::With<S, L>, AxisError> {
    let (mut dims, mut strides) = src.dims_strides();
    if axis > dims.len() {
        return Err(AxisError::OutOfRange {
            axis: axis as isize,
            rank: dims.len() + 1,
        });
    }
    if dims.len() >= crate::shape::MAX_RANK {
        return Err(AxisError::RankLimit { rank: dims.len() });
    }
    dims.insert(axis, 1);
    // NumPy's `newaxis` stride; the stride of a length-1 axis never matters.
    strides.insert(axis, 0);
    Ok(src.relayout_as(&dims, &strides, 0))
}

/// Every length-1 axis removed.
pub(crate) fn squeeze<'a, T, X: AxisSource<'a, T>, L: Layout>(src: X) -> X::With<DynRank, L> {
    let (dims, strides) = src.dims_strides();
    let (d, s): (Vec<usize>, Vec<isize>) = dims
        .iter()
        .zip(&strides)
        .filter(|(d, _)| **d != 1)
        .map(|(&d, &s)| (d, s))
        .unzip();
    src.relayout_as(&d, &s, 0)
}

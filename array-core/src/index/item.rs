//! [`IndexItem`]: one entry of a NumPy index tuple, and [`Indexed`]: what
//! NumPy's `a[index]` gives back.

use crate::array::{Array, View};
use crate::layout::{Layout, Strided};
use crate::shape::{DynRank, Shape};
use std::ops::{Range, RangeFrom, RangeFull, RangeTo};

/// One entry of a NumPy index tuple: `a[0, 1:3, None, ..., [2, 0], mask]` is
/// a slice of six items.
///
/// Integers, slices, [`IndexItem::NewAxis`] and [`IndexItem::Ellipsis`] are
/// *basic* items (they select a view); integer arrays and boolean masks are
/// *advanced* items (they force a copy). Most items convert with `.into()`:
/// `isize`, ranges of `isize`, `..`, and slices, arrays or views of `isize`
/// (integer arrays) or `bool` (masks).
///
/// ```
/// use array_core::{Array, DynRank, IndexItem};
/// let a = Array::<i32, DynRank>::from_shape_vec([3, 4], (0..12).collect()).unwrap();
/// // a[[0, 2], 1:3]
/// let r = a.fancy_index(&[(&[0, 2]).into(), (1..3).into()]).unwrap();
/// assert_eq!(r.dims(), vec![2, 2]);
/// assert_eq!(r.view().to_vec(), [1, 2, 9, 10]);
/// ```
#[derive(Clone, Debug)]
pub enum IndexItem<'i> {
    /// An integer: picks one position and drops the axis; negative values
    /// count from the end (`a[-1]`).
    Int(isize),
    /// A Python slice `start:stop:step`; `None` bounds take the default for
    /// the step's direction. A zero step is an error.
    Slice {
        /// First position (`None`: the start in the step's direction).
        start: Option<isize>,
        /// Position to stop before (`None`: run to the end).
        stop: Option<isize>,
        /// Step between positions (Python's default is 1).
        step: isize,
    },
    /// `np.newaxis` (`None`): inserts an axis of length 1.
    NewAxis,
    /// `...`: as many full slices as the other items leave axes.
    Ellipsis,
    /// An integer array of any rank. All integer arrays of one index are
    /// broadcast together; a 0-d array acts like an integer that forces a copy.
    Indices(View<'i, isize, DynRank, Strided>),
    /// A boolean mask covering as many axes as it has dims (a 0-d mask adds
    /// an axis of length 1 or 0).
    Mask(View<'i, bool, DynRank, Strided>),
}

impl<'i> IndexItem<'i> {
    /// The full slice `:`.
    ///
    /// ```
    /// use array_core::{array, IndexItem};
    /// let a = array![[1, 2], [3, 4]];
    /// // a[:, [1]]
    /// let r = a.fancy_index(&[IndexItem::full(), (&[1]).into()]).unwrap();
    /// assert_eq!(r.view().to_vec(), [2, 4]);
    /// ```
    pub fn full() -> Self {
        IndexItem::Slice {
            start: None,
            stop: None,
            step: 1,
        }
    }

    /// A slice `start:stop:step` with Python's defaults for missing bounds.
    ///
    /// ```
    /// use array_core::{array, IndexItem};
    /// let a = array![0, 1, 2, 3, 4, 5];
    /// // a[::-2] is a view: 5, 3, 1
    /// let r = a.view().subscript(&[IndexItem::slice(None, None, -2)]).unwrap();
    /// assert!(r.is_view());
    /// ```
    pub fn slice(start: Option<isize>, stop: Option<isize>, step: isize) -> Self {
        IndexItem::Slice { start, stop, step }
    }

    /// An integer array from a view of any shape and layout.
    ///
    /// ```
    /// use array_core::{array, IndexItem};
    /// let a = array![10, 20, 30];
    /// let idx = array![[2, 0], [1, 1]]; // Array<isize, shape![2, 2]>
    /// let r = a.fancy_index(&[IndexItem::indices(idx.view())]).unwrap();
    /// assert_eq!(r.dims(), vec![2, 2]);
    /// assert_eq!(r.view().to_vec(), [30, 10, 20, 20]);
    /// ```
    pub fn indices<S: Shape, L: Layout>(index: View<'i, isize, S, L>) -> Self {
        IndexItem::Indices(into_dyn_strided(index))
    }

    /// A boolean mask from a view of any shape and layout.
    ///
    /// ```
    /// use array_core::{array, IndexItem};
    /// let a = array![[1, 2], [3, 4]];
    /// let m = array![[true, false], [false, true]];
    /// let r = a.fancy_index(&[IndexItem::mask(m.view())]).unwrap();
    /// assert_eq!(r.view().to_vec(), [1, 4]);
    /// ```
    pub fn mask<S: Shape, L: Layout>(mask: View<'i, bool, S, L>) -> Self {
        IndexItem::Mask(into_dyn_strided(mask))
    }
}

/// Forgets the static shape and layout of a view (same elements, same strides).
pub(crate) fn into_dyn_strided<'a, T, S: Shape, L: Layout>(
    v: View<'a, T, S, L>,
) -> View<'a, T, DynRank, Strided> {
    let shape = DynRank::new(v.dims().as_ref());
    into_shape_type(v, shape)
}

/// The same view (same elements, same strides) under the shape type of
/// `shape`, whose dims must be the view's.
pub(crate) fn into_shape_type<'a, T, S: Shape, L: Layout, S2: Shape>(
    v: View<'a, T, S, L>,
    shape: S2,
) -> View<'a, T, S2, Strided> {
    debug_assert_eq!(shape.dims().as_ref(), v.dims().as_ref());
    let strides = shape.strides_from(v.strides().as_ref());
    v.relayout(shape, strides, 0)
        .expect("the same layout addresses the same elements")
}

fn vector<T>(items: &[T]) -> View<'_, T, DynRank, Strided> {
    View::from_slice(items, [items.len()]).expect("a slice is a 1-D C-contiguous array")
}

impl From<isize> for IndexItem<'_> {
    fn from(i: isize) -> Self {
        IndexItem::Int(i)
    }
}

impl From<RangeFull> for IndexItem<'_> {
    fn from(_: RangeFull) -> Self {
        IndexItem::full()
    }
}

impl From<Range<isize>> for IndexItem<'_> {
    fn from(r: Range<isize>) -> Self {
        IndexItem::slice(Some(r.start), Some(r.end), 1)
    }
}

impl From<RangeFrom<isize>> for IndexItem<'_> {
    fn from(r: RangeFrom<isize>) -> Self {
        IndexItem::slice(Some(r.start), None, 1)
    }
}

impl From<RangeTo<isize>> for IndexItem<'_> {
    fn from(r: RangeTo<isize>) -> Self {
        IndexItem::slice(None, Some(r.end), 1)
    }
}

/// The element types whose arrays are index items: `isize` (an integer
/// array) and `bool` (a mask). Sealed: the two kinds NumPy has.
///
/// ```
/// use array_core::{array, IndexItem};
/// let a = array![10, 20, 30];
/// let by_index = a.fancy_index(&[(&[2, 0]).into()]).unwrap();
/// let by_mask = a.fancy_index(&[(&[true, false, true]).into()]).unwrap();
/// assert_eq!(by_index.view().to_vec(), [30, 10]);
/// assert_eq!(by_mask.view().to_vec(), [10, 30]);
/// ```
pub trait ItemElement: Copy + sealed::Sealed {
    /// The item an array of these elements is.
    #[doc(hidden)]
    fn item(array: View<'_, Self, DynRank, Strided>) -> IndexItem<'_>;
}

mod sealed {
    pub trait Sealed {}
    impl Sealed for isize {}
    impl Sealed for bool {}
}

impl ItemElement for isize {
    fn item(array: View<'_, isize, DynRank, Strided>) -> IndexItem<'_> {
        IndexItem::Indices(array)
    }
}

impl ItemElement for bool {
    fn item(array: View<'_, bool, DynRank, Strided>) -> IndexItem<'_> {
        IndexItem::Mask(array)
    }
}

impl<'i, E: ItemElement> From<&'i [E]> for IndexItem<'i> {
    fn from(items: &'i [E]) -> Self {
        E::item(vector(items))
    }
}

impl<'i, E: ItemElement, const N: usize> From<&'i [E; N]> for IndexItem<'i> {
    fn from(items: &'i [E; N]) -> Self {
        E::item(vector(items))
    }
}

impl<'i, E: ItemElement, S: Shape, L: Layout> From<View<'i, E, S, L>> for IndexItem<'i> {
    fn from(array: View<'i, E, S, L>) -> Self {
        E::item(into_dyn_strided(array))
    }
}

impl<'i, E: ItemElement, S: Shape, L: Layout> From<&'i Array<E, S, L>> for IndexItem<'i> {
    fn from(array: &'i Array<E, S, L>) -> Self {
        E::item(into_dyn_strided(array.view()))
    }
}

/// What NumPy's `a[index]` returns, decided at run time by the kinds of
/// the index items ([`View::subscript`]).
///
/// * an integer for every axis gives one element (NumPy: a scalar);
/// * basic items only (integers, slices, newaxis, ellipsis, or the empty
///   index) give a view of the same memory;
/// * an integer array, a mask, or a 0-d integer array gives a fresh copy,
///   laid out as NumPy lays it out.
///
/// ```
/// use array_core::{array, IndexItem, Indexed};
/// let a = array![[1, 2], [3, 4]];
/// let v = a.view();
/// assert!(matches!(v.subscript(&[1.into(), 0.into()]).unwrap(), Indexed::Element(&3)));
/// assert!(v.subscript(&[IndexItem::Ellipsis]).unwrap().is_view());
/// assert!(v.subscript(&[(&[1]).into()]).unwrap().is_copy());
/// ```
#[derive(Debug)]
pub enum Indexed<'a, T> {
    /// A full integer index: the element itself.
    Element(&'a T),
    /// Basic indexing: a view of the same memory.
    View(View<'a, T, DynRank, Strided>),
    /// Advanced indexing: a new array that never aliases the input.
    Copy(Array<T, DynRank, Strided>),
}

impl<T> Indexed<'_, T> {
    /// True for a view of the indexed array's memory.
    ///
    /// ```
    /// use array_core::{array, IndexItem};
    /// let a = array![1, 2, 3];
    /// assert!(a.view().subscript(&[(1..3).into()]).unwrap().is_view());
    /// ```
    pub fn is_view(&self) -> bool {
        matches!(self, Indexed::View(_))
    }

    /// True for a fresh copy.
    ///
    /// ```
    /// use array_core::array;
    /// let a = array![1, 2, 3];
    /// assert!(a.view().subscript(&[(&[0, 0]).into()]).unwrap().is_copy());
    /// ```
    pub fn is_copy(&self) -> bool {
        matches!(self, Indexed::Copy(_))
    }
}

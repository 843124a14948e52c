//! Zero-copy view conversions between this crate and `ndarray` (feature
//! `ndarray`). They hand over a pointer with its dims and signed strides,
//! so they live beside the raw module's other pointer code; owned arrays
//! convert in `bridge::ndarray` without any `unsafe`.
//!
//! Into this crate, a view becomes `Strided` with dynamic dims (a tuple of
//! `Dyn` for ndarray's fixed dimensions, `DynRank` for `IxDyn`); the strides
//! are kept as they are, negative and zero ones included, and the usual
//! run-time checks (`try_into_c`, `to_c_contiguous`) then prove a layout in
//! the type. Out of this crate, a view of any layout becomes an ndarray view
//! with the same strides.

use super::{View, ViewMut};
use crate::error::LayoutError;
use crate::layout::{Layout, Strided};
use crate::shape::{DynRank, Shape};
use ndarray::{ArrayView, ArrayViewMut, Axis, Dimension, IxDyn, ShapeBuilder};
use std::ptr::NonNull;

/// An ndarray dimension of the given lengths.
fn nd_dim<D: Dimension>(values: &[usize]) -> D {
    let mut d = D::zeros(values.len());
    d.slice_mut().copy_from_slice(values);
    d
}

/// The pointer ndarray's `from_shape_ptr` wants: the element with the
/// lowest address (its strides must be non-negative), plus the strides'
/// magnitudes and the axes to invert afterwards. An empty layout gets a
/// dangling pointer and zero strides, as ndarray's own empty arrays have.
fn lowest_address<T>(
    first: *const T,
    dims: &[usize],
    strides: &[isize],
) -> (*const T, Vec<usize>, Vec<usize>) {
    if dims.contains(&0) {
        return (
            NonNull::<T>::dangling().as_ptr(),
            vec![0; dims.len()],
            Vec::new(),
        );
    }
    let mut low = first;
    let mut inverted = Vec::new();
    for (k, (&d, &s)) in dims.iter().zip(strides).enumerate() {
        if s < 0 {
            // In bounds: the view reaches the element `s * (d - 1)` away.
            low = low.wrapping_offset(s * (d as isize - 1));
            inverted.push(k);
        }
    }
    (
        low,
        strides.iter().map(|s| s.unsigned_abs()).collect(),
        inverted,
    )
}

/// This crate's view as an ndarray view of dimension `D` (same rank).
fn to_ndarray<'a, T, S: Shape, L: Layout, D: Dimension>(
    v: View<'a, T, S, L>,
) -> ArrayView<'a, T, D> {
    let (dims, strides) = (v.dims(), v.strides());
    let (low, magnitudes, inverted) = lowest_address(v.as_ptr(), dims.as_ref(), strides.as_ref());
    let shape = nd_dim::<D>(dims.as_ref()).strides(nd_dim::<D>(&magnitudes));
    // `low` is the lowest-address element of the view (or dangling for an
    // empty one, which ndarray allows); with the strides' magnitudes it
    // reaches the mirror image of the view's own elements, within isize::MAX
    // bytes of each other (the hull was checked when the view was made).
    // Strides are non-negative as ndarray asks; negative axes are inverted
    // back below.
    // SAFETY: those elements are valid, aligned reads for 'a inside one
    // allocation (the raw module's invariant 1).
    let mut out = unsafe { ArrayView::from_shape_ptr(shape, low) };
    for k in inverted {
        out.invert_axis(Axis(k));
    }
    out
}

/// The mutable counterpart of [`to_ndarray`].
fn to_ndarray_mut<'a, T, S: Shape, L: Layout, D: Dimension>(
    v: ViewMut<'a, T, S, L>,
) -> ArrayViewMut<'a, T, D> {
    let (dims, strides) = (v.dims(), v.strides());
    let first = v.as_ptr() as *mut T;
    let (low, magnitudes, inverted) = lowest_address(first, dims.as_ref(), strides.as_ref());
    let shape = nd_dim::<D>(dims.as_ref()).strides(nd_dim::<D>(&magnitudes));
    // As in `to_ndarray`; in addition the view was unique and exclusive for
    // 'a (raw module invariants 2 and 3) and is consumed here.
    // SAFETY: the ndarray view is the only way to these elements, and no two
    // of its indices reach one element, as ndarray requires of a mutable view.
    let mut out = unsafe { ArrayViewMut::from_shape_ptr(shape, low as *mut T) };
    for k in inverted {
        out.invert_axis(Axis(k));
    }
    out
}

/// An ndarray view as a view of this crate with shape type `S`.
fn from_ndarray<'a, T, D: Dimension, S: Shape>(
    v: ArrayView<'a, T, D>,
) -> Result<View<'a, T, S, Strided>, LayoutError> {
    let first = NonNull::new(v.as_ptr() as *mut T).expect("ndarray pointers are never null");
    // SAFETY: an `ArrayView<'a>` promises that every element it reaches is
    // an initialised, aligned `T` inside one allocation, readable for 'a and
    // not written during 'a, which is `View::from_raw_parts`'s contract.
    unsafe { View::from_raw_parts(first, v.shape(), v.strides()) }
}

/// An ndarray mutable view as a mutable view of this crate.
fn from_ndarray_mut<'a, T, D: Dimension, S: Shape>(
    mut v: ArrayViewMut<'a, T, D>,
) -> Result<ViewMut<'a, T, S, Strided>, LayoutError> {
    let first = NonNull::new(v.as_mut_ptr()).expect("ndarray pointers are never null");
    let (dims, strides) = (v.shape().to_vec(), v.strides().to_vec());
    // An `ArrayViewMut<'a>` (consumed here) promises that every element it
    // reaches is an initialised, aligned `T` inside one allocation, readable
    // and writable for 'a and reachable by nothing else.
    // SAFETY: that, and no two indices reaching one element, is the contract
    // of `ViewMut::from_raw_parts`.
    unsafe { ViewMut::from_raw_parts(first, &dims, &strides) }
}

impl<'a, T> TryFrom<ArrayView<'a, T, IxDyn>> for View<'a, T, DynRank, Strided> {
    type Error = LayoutError;

    /// An `IxDyn` view, zero-copy. Fails only past 64 axes (NumPy's limit,
    /// which `IxDyn` does not have).
    ///
    /// ```
    /// use array_core::{DynRank, Strided, View};
    /// let nd = ndarray::ArrayD::<f64>::zeros(ndarray::IxDyn(&[2, 3, 4]));
    /// let v = View::<f64, DynRank, Strided>::try_from(nd.view()).unwrap();
    /// assert_eq!(v.dims(), vec![2, 3, 4]);
    /// assert_eq!(v.as_ptr(), nd.as_ptr());
    /// ```
    fn try_from(v: ArrayView<'a, T, IxDyn>) -> Result<Self, LayoutError> {
        from_ndarray(v)
    }
}

impl<'a, T> TryFrom<ArrayViewMut<'a, T, IxDyn>> for ViewMut<'a, T, DynRank, Strided> {
    type Error = LayoutError;

    /// An `IxDyn` mutable view, zero-copy. Fails only past 64 axes.
    ///
    /// ```
    /// use array_core::{DynRank, Strided, ViewMut};
    /// let mut nd = ndarray::ArrayD::<i32>::zeros(ndarray::IxDyn(&[2, 2]));
    /// let mut m = ViewMut::<i32, DynRank, Strided>::try_from(nd.view_mut()).unwrap();
    /// m[[1, 0]] = 7;
    /// assert_eq!(nd[[1, 0]], 7);
    /// ```
    fn try_from(v: ArrayViewMut<'a, T, IxDyn>) -> Result<Self, LayoutError> {
        from_ndarray_mut(v)
    }
}

impl<'a, T, S: Shape, L: Layout> From<View<'a, T, S, L>> for ArrayView<'a, T, IxDyn> {
    /// Any view as an `IxDyn` ndarray view of the same elements, zero-copy,
    /// strides kept (negative and zero ones included).
    ///
    /// ```
    /// use array_core::array;
    /// let a = array![[1, 2, 3], [4, 5, 6]];
    /// let nd = ndarray::ArrayViewD::from(a.t());
    /// assert_eq!(nd.shape(), &[3, 2]);
    /// assert_eq!(nd[[2, 1]], 6);
    /// ```
    fn from(v: View<'a, T, S, L>) -> Self {
        to_ndarray(v)
    }
}

impl<'a, T, S: Shape, L: Layout> From<ViewMut<'a, T, S, L>> for ArrayViewMut<'a, T, IxDyn> {
    /// Any mutable view as an `IxDyn` ndarray mutable view, zero-copy.
    ///
    /// ```
    /// use array_core::array;
    /// let mut a = array![[1, 2], [3, 4]];
    /// let mut nd = ndarray::ArrayViewMutD::from(a.t_mut());
    /// nd[[0, 1]] = 30;
    /// assert_eq!(a[[1, 0]], 30);
    /// ```
    fn from(v: ViewMut<'a, T, S, L>) -> Self {
        to_ndarray_mut(v)
    }
}

/// `From` both ways between ndarray's fixed dimensions and tuples of `Dyn`.
macro_rules! fixed_rank_views {
    ($rank:literal; $($d:ident),*) => {
        impl<'a, T> From<ArrayView<'a, T, ndarray::Dim<[usize; $rank]>>> for View<'a, T, ($(crate::shape::arity::dyn_for!($d),)*), Strided> {
            #[doc = concat!("An `Ix", stringify!($rank), "` view, zero-copy, with its strides.")]
            ///
            /// ```
            /// use array_core::{Dyn, Strided, View};
            /// let nd = ndarray::arr2(&[[1, 2, 3], [4, 5, 6]]);
            /// let v = View::<i32, (Dyn, Dyn), Strided>::from(nd.t());
            /// assert_eq!(v.strides(), [1, 3]);
            /// assert_eq!(v.try_into_f().unwrap().as_slice(), &[1, 2, 3, 4, 5, 6]);
            /// ```
            fn from(v: ArrayView<'a, T, ndarray::Dim<[usize; $rank]>>) -> Self {
                from_ndarray(v).expect("a fixed-rank ndarray view fits a tuple of the same rank")
            }
        }

        impl<'a, T> From<ArrayViewMut<'a, T, ndarray::Dim<[usize; $rank]>>> for ViewMut<'a, T, ($(crate::shape::arity::dyn_for!($d),)*), Strided> {
            #[doc = concat!("An `Ix", stringify!($rank), "` mutable view, zero-copy, with its strides.")]
            ///
            /// ```
            /// use array_core::{Dyn, Strided, ViewMut};
            /// let mut nd = ndarray::Array2::<i32>::zeros((2, 2));
            /// let mut m = ViewMut::<i32, (Dyn, Dyn), Strided>::from(nd.view_mut());
            /// m.fill(5);
            /// assert_eq!(nd.sum(), 20);
            /// ```
            fn from(v: ArrayViewMut<'a, T, ndarray::Dim<[usize; $rank]>>) -> Self {
                from_ndarray_mut(v).expect("a fixed-rank ndarray view fits a tuple of the same rank")
            }
        }

        impl<'a, T, S: Shape<Dims = [usize; $rank]>, L: Layout> From<View<'a, T, S, L>>
            for ArrayView<'a, T, ndarray::Dim<[usize; $rank]>>
        {
            #[doc = concat!("A view of rank ", stringify!($rank), " as an `Ix", stringify!($rank), "` ndarray view, zero-copy.")]
            ///
            /// ```
            /// use array_core::array;
            /// let a = array![[1, 2], [3, 4]];
            /// let nd = ndarray::ArrayView2::from(a.view());
            /// assert_eq!(nd, ndarray::arr2(&[[1, 2], [3, 4]]));
            /// ```
            fn from(v: View<'a, T, S, L>) -> Self {
                to_ndarray(v)
            }
        }

        impl<'a, T, S: Shape<Dims = [usize; $rank]>, L: Layout> From<ViewMut<'a, T, S, L>>
            for ArrayViewMut<'a, T, ndarray::Dim<[usize; $rank]>>
        {
            #[doc = concat!("A mutable view of rank ", stringify!($rank), " as an `Ix", stringify!($rank), "` ndarray view.")]
            ///
            /// ```
            /// use array_core::array;
            /// let mut a = array![[1, 2], [3, 4]];
            /// ndarray::ArrayViewMut2::from(a.view_mut()).fill(0);
            /// assert_eq!(a.as_slice(), &[0; 4]);
            /// ```
            fn from(v: ViewMut<'a, T, S, L>) -> Self {
                to_ndarray_mut(v)
            }
        }
    };
}

crate::shape::arity::for_each_rank!(fixed_rank_views);

//! Owned arrays between this crate and `ndarray` (feature `ndarray`). The
//! view conversions need raw pointers and live in the raw module
//! (`array/raw/ndarray_views.rs`).
//!
//! An owned array keeps its buffer whenever the buffer is exactly the
//! elements in C or F order (every array this crate makes, and ndarray's
//! standard- and Fortran-layout arrays). Otherwise (an ndarray array that
//! was sliced in place, or has inverted axes) the elements are moved, not
//! cloned, into a new C-ordered buffer, and the copy audit hears of it.

use crate::array::Array;
use crate::audit::{self, CopyOp};
use crate::error::LayoutError;
use crate::layout::{Layout, Order, Strided};
use crate::rules::flags::contiguous_strides;
use crate::shape::{DynRank, Shape};
use ndarray::{Dimension, ShapeBuilder};

/// The buffer, dims and strides of an ndarray array, in this crate's dense
/// form: the buffer reused when it is exactly the elements in C or F
/// order, else the elements moved into C order.
#[track_caller]
fn dense_parts<T, D: Dimension>(nd: ndarray::Array<T, D>) -> (Vec<T>, Vec<usize>, Vec<isize>) {
    let dims = nd.shape().to_vec();
    let size: usize = dims.iter().product();
    let order = if nd.is_standard_layout() {
        Some(Order::C)
    } else if nd.t().is_standard_layout() {
        Some(Order::F)
    } else {
        None
    };
    let layout_strides = nd.strides().to_vec();
    let (vec, offset) = nd.into_raw_vec_and_offset();
    if let Some(order) = order
        && vec.len() == size
        && offset.unwrap_or(0) == 0
    {
        let strides = contiguous_strides(&dims, order).expect("an existing array's strides fit");
        return (vec, dims, strides);
    }
    // Move each element from where the layout puts it, in C order.
    let first = offset.unwrap_or(0);
    let positions: Vec<usize> =
        crate::layout::offsets::Offsets::logical(&DynRank::new(&dims), layout_strides.into())
            .map(|off| first.wrapping_add_signed(off))
            .collect();
    audit::note::<T>(CopyOp::Convert, size, Strided::NAME, "C");
    let data = crate::copy::take_at(vec, &positions);
    let strides = contiguous_strides(&dims, Order::C).expect("an existing array's strides fit");
    (data, dims, strides)
}

impl<T> TryFrom<ndarray::ArrayD<T>> for Array<T, DynRank, Strided> {
    type Error = LayoutError;

    /// An `IxDyn` ndarray array. The buffer is kept (no copy) in standard or
    /// Fortran layout; otherwise its elements are moved into C order (a
    /// copy the audit reports). Fails only past 64 axes.
    ///
    /// ```
    /// use array_core::{Array, DynRank, Strided};
    /// let nd = ndarray::ArrayD::from_shape_vec(ndarray::IxDyn(&[2, 3]), (0..6).collect()).unwrap();
    /// let ptr = nd.as_ptr();
    /// let a = Array::<i32, DynRank, Strided>::try_from(nd).unwrap();
    /// assert_eq!(a.view().as_ptr(), ptr); // the same buffer
    /// assert_eq!(a.strides(), vec![3, 1]);
    /// ```
    #[track_caller]
    fn try_from(nd: ndarray::ArrayD<T>) -> Result<Self, LayoutError> {
        let (data, dims, strides) = dense_parts(nd);
        let shape = DynRank::try_new(&dims)?;
        Ok(Array::from_parts_unchecked(data, shape, strides.into()))
    }
}

impl<T, S: Shape, L: Layout> From<Array<T, S, L>> for ndarray::ArrayD<T> {
    /// An owned array as an `IxDyn` ndarray array, always without copying:
    /// the buffer is handed over with its strides.
    ///
    /// ```
    /// use array_core::array;
    /// let a = array![[1, 2, 3], [4, 5, 6]].reversed_axes(); // F layout
    /// let nd = ndarray::ArrayD::from(a);
    /// assert_eq!(nd.shape(), &[3, 2]);
    /// assert_eq!(nd[[2, 1]], 6);
    /// ```
    fn from(a: Array<T, S, L>) -> Self {
        into_ndarray(a)
    }
}

/// An owned array as an ndarray array of dimension `D`, keeping the buffer.
fn into_ndarray<T, S: Shape, L: Layout, D: Dimension>(a: Array<T, S, L>) -> ndarray::Array<T, D> {
    let dims = a.dims();
    let strides: Vec<usize> = a
        .strides()
        .as_ref()
        .iter()
        .map(|&s| s.unsigned_abs())
        .collect();
    let dim = nd_dim::<D>(dims.as_ref());
    let data = a.into_vec();
    // An owned array's strides are a dense permutation of its buffer with
    // positive strides (all 0 when empty), which ndarray accepts as is.
    ndarray::Array::from_shape_vec(dim.strides(nd_dim::<D>(&strides)), data)
        .expect("a dense buffer with positive strides fits ndarray")
}

/// An ndarray dimension of the given lengths.
fn nd_dim<D: Dimension>(values: &[usize]) -> D {
    let mut d = D::zeros(values.len());
    d.slice_mut().copy_from_slice(values);
    d
}

/// `From` both ways between ndarray's fixed dimensions and tuples of `Dyn`.
macro_rules! fixed_rank_arrays {
    ($rank:literal; $($d:ident),*) => {
        impl<T> From<ndarray::Array<T, ndarray::Dim<[usize; $rank]>>> for Array<T, ($(crate::shape::arity::dyn_for!($d),)*), Strided> {
            #[doc = concat!("An `Ix", stringify!($rank), "` array: the buffer kept in standard or Fortran")]
            /// layout, else the elements moved into C order (a reported copy).
            ///
            /// ```
            /// use array_core::{Array, Dyn, Strided};
            /// let nd = ndarray::Array2::from_shape_vec((2, 2), vec![1, 2, 3, 4]).unwrap();
            /// let a = Array::<i32, (Dyn, Dyn), Strided>::from(nd.reversed_axes());
            /// assert_eq!(a.strides(), [1, 2]); // F layout, same buffer
            /// assert_eq!(a.to_vec(), [1, 3, 2, 4]);
            /// ```
            #[track_caller]
            fn from(nd: ndarray::Array<T, ndarray::Dim<[usize; $rank]>>) -> Self {
                let (data, dims, strides) = dense_parts(nd);
                let shape = <($(crate::shape::arity::dyn_for!($d),)*)>::from_dims(&dims).expect("same rank");
                let stored = shape.strides_from(&strides);
                Array::from_parts_unchecked(data, shape, stored)
            }
        }

        impl<T, S: Shape<Dims = [usize; $rank]>, L: Layout> From<Array<T, S, L>>
            for ndarray::Array<T, ndarray::Dim<[usize; $rank]>>
        {
            #[doc = concat!("An owned array of rank ", stringify!($rank), " as an `Ix", stringify!($rank), "` array, without copying.")]
            ///
            /// ```
            /// use array_core::array;
            /// let nd = ndarray::Array2::from(array![[1, 2], [3, 4]]);
            /// assert_eq!(nd, ndarray::arr2(&[[1, 2], [3, 4]]));
            /// ```
            fn from(a: Array<T, S, L>) -> Self {
                into_ndarray(a)
            }
        }
    };
}

crate::shape::arity::for_each_rank!(fixed_rank_arrays);

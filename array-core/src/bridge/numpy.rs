//! NumPy arrays from Python, through PyO3 and the `numpy` crate (feature
//! `numpy`).
//!
//! * `View::try_from(&PyReadonlyArray)` and `ViewMut::try_from(&mut
//!   PyReadwriteArray)` borrow the NumPy array's own memory with its own
//!   strides: no copy. NumPy's byte strides become element strides after
//!   checks that make the view sound: the element size matches the dtype,
//!   the data pointer is aligned, every stride is a multiple of the element
//!   size, and (for a mutable view) no two indices reach one element.
//!   Anything else is a [`NumpyError`], never undefined behaviour.
//! * [`IntoNumpy::into_numpy`] hands an owned [`Array`] to NumPy without
//!   copying its buffer.
//!
//! From there the type system takes over: `try_into_c` proves a layout
//! after a run-time check, `to_c_contiguous` copies exactly when NumPy's
//! `np.ascontiguousarray` would.
//!
//! ```no_run
//! use array_core::{CowArray, Dyn, Strided, View, C};
//! use array_core::bridge::numpy::IntoNumpy;
//! use numpy::{PyArray2, PyArrayMethods};
//! use pyo3::prelude::*;
//!
//! /// `np.ascontiguousarray` for 2-D float arrays: the very same array when
//! /// it is C-contiguous already, else a C-ordered copy. Python can confirm
//! /// which with `np.shares_memory(result, a)`.
//! #[pyfunction]
//! fn c_contiguous<'py>(a: Bound<'py, PyArray2<f64>>) -> PyResult<Bound<'py, PyAny>> {
//!     let py = a.py();
//!     let copy = {
//!         let ro = a.readonly();
//!         let v = View::<f64, (Dyn, Dyn), Strided>::try_from(&ro)?;
//!         match v.to_c_contiguous() {
//!             CowArray::View(_) => None,        // proven C: no copy
//!             CowArray::Owned(c) => Some(c),    // copied in C order
//!         }
//!     };
//!     Ok(match copy {
//!         None => a.into_any(),
//!         Some(c) => c.into_numpy(py).into_any(),
//!     })
//! }
//! ```

use crate::array::{Array, View, ViewMut};
use crate::error::LayoutError;
use crate::layout::{Layout, Strided};
use crate::shape::{DynRank, Shape};
use ndarray::Dimension;
use numpy::{
    Element, PyArray, PyArrayDescrMethods, PyArrayMethods, PyReadonlyArray, PyReadwriteArray,
    PyUntypedArrayMethods,
};
use pyo3::{Bound, Python};
use std::fmt;

/// A NumPy array that cannot be viewed soundly as Rust elements.
///
/// ```
/// use array_core::bridge::numpy::NumpyError;
/// let e = NumpyError::StrideNotMultiple { axis: 1, stride: 12, itemsize: 8 };
/// assert_eq!(e.to_string(), "stride 12 of axis 1 is not a multiple of the element size 8 bytes");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum NumpyError {
    /// The dtype's element size differs from the Rust type's.
    ItemSize {
        /// `size_of` the Rust element type.
        expected: usize,
        /// The dtype's itemsize.
        found: usize,
    },
    /// The data pointer is not aligned for the Rust element type.
    Misaligned {
        /// The data address.
        address: usize,
        /// The alignment the element type needs.
        align: usize,
    },
    /// A byte stride is not a whole number of elements.
    StrideNotMultiple {
        /// The axis.
        axis: usize,
        /// Its stride in bytes.
        stride: isize,
        /// The element size in bytes.
        itemsize: usize,
    },
    /// A writeable array whose indices may reach one element twice (made by
    /// `as_strided`): it cannot be a mutable view.
    Overlapping,
    /// The layout was refused for another reason (more than 64 axes).
    Layout(LayoutError),
}

impl fmt::Display for NumpyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            NumpyError::ItemSize { expected, found } => write!(
                f,
                "the array's itemsize is {found} bytes but the element type has {expected}"
            ),
            NumpyError::Misaligned { address, align } => write!(
                f,
                "the array's data at {address:#x} is not aligned to {align} bytes"
            ),
            NumpyError::StrideNotMultiple {
                axis,
                stride,
                itemsize,
            } => write!(
                f,
                "stride {stride} of axis {axis} is not a multiple of the element size {itemsize} bytes"
            ),
            NumpyError::Overlapping => write!(
                f,
                "the array reaches some element through two different indices; a mutable view must not overlap itself"
            ),
            NumpyError::Layout(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for NumpyError {}

impl From<LayoutError> for NumpyError {
    fn from(e: LayoutError) -> Self {
        NumpyError::Layout(e)
    }
}

impl From<NumpyError> for pyo3::PyErr {
    /// A Python `ValueError` with the message.
    fn from(e: NumpyError) -> Self {
        pyo3::exceptions::PyValueError::new_err(e.to_string())
    }
}

/// The checks that make NumPy's memory a sound Rust view: element size,
/// alignment, strides in whole elements. Returns the element strides.
fn element_strides<T>(
    itemsize: usize,
    data: *const T,
    byte_strides: &[isize],
) -> Result<Vec<isize>, NumpyError> {
    let size = std::mem::size_of::<T>();
    if itemsize != size {
        return Err(NumpyError::ItemSize {
            expected: size,
            found: itemsize,
        });
    }
    let align = std::mem::align_of::<T>();
    if !(data as usize).is_multiple_of(align) {
        return Err(NumpyError::Misaligned {
            address: data as usize,
            align,
        });
    }
    byte_strides
        .iter()
        .enumerate()
        .map(|(axis, &stride)| {
            if size == 0 || stride % size as isize != 0 {
                Err(NumpyError::StrideNotMultiple {
                    axis,
                    stride,
                    itemsize: size,
                })
            } else {
                Ok(stride / size as isize)
            }
        })
        .collect()
}

impl<'a, 'py, T: Element, D: Dimension, S: Shape> TryFrom<&'a PyReadonlyArray<'py, T, D>>
    for View<'a, T, S, Strided>
{
    type Error = NumpyError;

    /// A read-only view of the NumPy array's memory with its own strides:
    /// no copy. `S` is `DynRank` or a tuple of `Dyn` of the array's rank.
    fn try_from(a: &'a PyReadonlyArray<'py, T, D>) -> Result<Self, NumpyError> {
        element_strides(a.dtype().itemsize(), a.data(), a.strides())?;
        let nd = a.as_array().into_dyn();
        let v = View::<'a, T, DynRank, Strided>::try_from(nd)?;
        let (dims, strides) = (v.dims(), v.strides());
        let shape = S::from_dims(&dims).map_err(LayoutError::from)?;
        Ok(v.relayout(shape.clone(), shape.strides_from(&strides), 0)?)
    }
}

impl<'a, 'py, T: Element, D: Dimension, S: Shape> TryFrom<&'a mut PyReadwriteArray<'py, T, D>>
    for ViewMut<'a, T, S, Strided>
{
    type Error = NumpyError;

    /// A mutable view of the NumPy array's memory with its own strides:
    /// no copy; refused when the array overlaps itself.
    fn try_from(a: &'a mut PyReadwriteArray<'py, T, D>) -> Result<Self, NumpyError> {
        let strides = element_strides(a.dtype().itemsize(), a.data(), a.strides())?;
        if !crate::array::layout_is_unique(a.shape(), &strides) {
            return Err(NumpyError::Overlapping);
        }
        let nd = a.as_array_mut().into_dyn();
        let v = ViewMut::<'a, T, DynRank, Strided>::try_from(nd)?;
        let (dims, strides) = (v.dims(), v.strides());
        let shape = S::from_dims(&dims).map_err(LayoutError::from)?;
        Ok(v.relayout(shape.clone(), shape.strides_from(&strides), 0)?)
    }
}

/// Owned arrays handed to NumPy without copying their buffer.
///
/// ```no_run
/// use array_core::array;
/// use array_core::bridge::numpy::IntoNumpy;
/// pyo3::Python::attach(|py| {
///     let a = array![[1.0, 2.0], [3.0, 4.0]];
///     let np = a.into_numpy(py); // a NumPy array owning the same buffer
///     # let _ = np;
/// });
/// ```
pub trait IntoNumpy<T> {
    /// The array as a NumPy array that owns the same buffer, its strides
    /// converted to bytes.
    ///
    /// ```no_run
    /// use array_core::array;
    /// use array_core::bridge::numpy::IntoNumpy;
    /// pyo3::Python::attach(|py| drop(array![1, 2, 3].into_numpy(py)));
    /// ```
    fn into_numpy(self, py: Python<'_>) -> Bound<'_, PyArray<T, ndarray::IxDyn>>;
}

impl<T: Element, S: Shape, L: Layout> IntoNumpy<T> for Array<T, S, L> {
    fn into_numpy(self, py: Python<'_>) -> Bound<'_, PyArray<T, ndarray::IxDyn>> {
        PyArray::from_owned_array(py, ndarray::ArrayD::from(self))
    }
}

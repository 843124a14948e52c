//! Bridges to the rest of the ecosystem, each an optional cargo feature
//! (all off by default):
//!
//! * `ndarray`: views both ways with no copy (`From`/`TryFrom` between
//!   [`View`](crate::View)/[`ViewMut`](crate::ViewMut) and ndarray's
//!   `ArrayView`/`ArrayViewMut`), and owned arrays both ways, reusing the
//!   buffer whenever it is in C or F order;
//! * `numpy`: NumPy arrays from Python (through PyO3 and the `numpy` crate)
//!   as views of their own memory with their own strides, and owned arrays
//!   handed to NumPy without copying their buffer;
//! * `serde`: arrays and views serialize their shape, layout and elements
//!   (in logical order); arrays deserialize with every count validated.
//!
//! Every conversion says in its docs whether it can copy. Those that can
//! report the copy to the copy audit ([`audit`](crate::audit)) as
//! `CopyOp::Convert`.
//!
//! A bridge hands over the memory with its strides; from there the type
//! system takes over: `try_into_c` proves C-contiguity after a run-time
//! check, `to_c_contiguous` copies only when NumPy's `ascontiguousarray`
//! would.
//!
//! ```
//! # #[cfg(feature = "ndarray")] {
//! use array_core::{Dyn, Strided, View, C};
//! let nd = ndarray::Array2::<f64>::from_shape_fn((3, 4), |(i, j)| (4 * i + j) as f64);
//! let v = View::<f64, (Dyn, Dyn), Strided>::from(nd.view());
//! let c: View<'_, f64, (Dyn, Dyn), C> = v.try_into_c().unwrap(); // proven C, no copy
//! assert_eq!(c.as_slice().as_ptr(), nd.as_ptr());
//! # }
//! ```

#[cfg(feature = "ndarray")]
mod ndarray;
#[cfg(feature = "numpy")]
pub mod numpy;
#[cfg(feature = "serde")]
mod serde;

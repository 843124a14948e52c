//! Ownership: owned arrays, read-only and mutable views, and the
//! view-or-copy answer of a run-time decision.
//!
//! * [`Array`] owns a dense buffer (`C` or `F`; `Strided` only for a copy in
//!   NumPy's K order, which keeps a permuted dense layout);
//! * [`View`] reads, [`ViewMut`] writes; both borrow;
//! * [`CowArray`] holds either a view or an owned copy and says which.
//!
//! All pointer arithmetic lives in the private `raw` module.

mod cow;
mod iter;
mod owned;
mod raw;
pub(crate) mod read;
mod view;
mod view_mut;

pub use cow::CowArray;
pub use iter::Iter;
pub use owned::{Array, IntoIter};
#[cfg(feature = "numpy")]
pub(crate) use raw::is_unique as layout_is_unique;
pub use raw::{AxisIterMut, IterMut, View, ViewMut};

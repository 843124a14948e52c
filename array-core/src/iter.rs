//! Iterators over elements and over sub-arrays.
//!
//! Every iterator without "memory order" in its maker's name walks
//! **logical order**: row-major index order, `[0, 0], [0, 1], ...`, on
//! every layout, so `iter()` and `iter_mut()` of any two arrays of one
//! shape pair equal indices. The `*_memory_order` makers visit elements
//! in the order they sit in memory instead, which is faster on transposed
//! or reversed data when the order does not matter.
//!
//! * [`Iter`]: `&T` ([`View::iter`](crate::View::iter), `iter` on every kind);
//! * [`IterMut`]: `&mut T` (`iter_mut` on `Array` and `ViewMut`);
//! * [`IntoIter`]: `T` by value (`Array::into_iter`);
//! * sub-views along an axis (`rows`, `outer_iter`, `axis_iter`, `lanes`):
//!   [`AxisIter`](crate::axis::AxisIter) and
//!   [`AxisIterMut`](crate::axis::AxisIterMut), in the [`axis`](crate::axis)
//!   module.
//!
//! ```
//! use array_core::array;
//! let mut a = array![[1, 2, 3], [4, 5, 6]];
//! let t = a.t().to_owned(); // an F-ordered copy of the transpose
//! let mut b = a.clone();
//! // Logical order on both sides, whatever their layouts:
//! for (x, y) in b.iter_mut().zip(t.t().iter()) {
//!     *x += y;
//! }
//! assert_eq!(b.as_slice(), &[2, 4, 6, 8, 10, 12]);
//! // Memory order, where the order does not matter:
//! a.iter_memory_order_mut().for_each(|x| *x = 0);
//! assert_eq!(a.sum(), 0);
//! ```

pub use crate::array::{IntoIter, Iter, IterMut};

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

pub use crate::array::{IntoIter, Iter, IterMut};

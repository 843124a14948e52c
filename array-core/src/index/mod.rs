//! Copying indexers (numpy-rules §9): selections that NumPy answers with a copy,
//! returned here as owned arrays by type.
//!
//! * `take`: [`View::take`](crate::View::take) and [`View::compress`](crate::View::compress), one axis, rank kept in
//!   the type, C-ordered result;
//! * `mask`: [`View::boolean_mask`](crate::View::boolean_mask) (whole shape, 1-D result) and
//!   [`View::boolean_mask_leading`](crate::View::boolean_mask_leading);
//! * `fancy`: [`View::fancy_index`](crate::View::fancy_index), NumPy's advanced indexing with index
//!   arrays broadcast together and NumPy's result layout, and
//!   [`View::subscript`](crate::View::subscript), NumPy's whole `a[index]` rule (element, view or
//!   copy, said by [`Indexed`](crate::Indexed));
//! * `item`: [`IndexItem`](crate::IndexItem), one entry of an index;
//! * `prepare` and `basic`: NumPy's index classification and the view the
//!   basic items select;
//! * `layout`: where NumPy puts the axes of an advanced-indexing result,
//!   and its strides.
//!
//! A result of advanced indexing never shares memory with its input.
//!
//! ```
//! use array_core::{Array, DynRank, IndexItem, shares_memory};
//! let a = Array::<i32, DynRank>::from_shape_vec([2, 3], (0..6).collect()).unwrap();
//! let picked = a.fancy_index(&[IndexItem::full(), (&[2, 0]).into()]).unwrap();
//! assert_eq!(picked.view().to_vec(), [2, 0, 5, 3]);
//! assert!(!shares_memory(&a, &picked).unwrap());
//! ```

mod basic;
mod error;
mod fancy;
mod forward;
mod item;
mod mask;
mod prepare;
mod take;

pub use error::IndexError;
pub(crate) use item::into_shape_type;
pub use item::{IndexItem, Indexed, ItemElement};

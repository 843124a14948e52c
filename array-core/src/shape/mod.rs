//! Dims and shapes: how many axes, and how long each one is.
//!
//! A shape is a tuple of [`Dim`]s for ranks 0 to 6, such as
//! `(Const<2>, Dyn)`, or [`DynRank`] when the rank itself is only known at
//! run time. A shape whose dims are all static knows its element count at
//! compile time ([`Shape::STATIC_SIZE`], and as a type in [`StaticShape`]),
//! which is what lets the compiler check a static reshape.

pub(crate) mod arity;
mod count;
mod dim;
mod dyn_rank;
mod flat;
mod multi_index;
mod per_axis;
pub(crate) mod text;
mod tuple;

pub use flat::Flat;
pub use multi_index::{FixedRank, IndexRank, MultiIndex};
pub use per_axis::PerAxis;
pub use tuple::ToDyn;

pub use count::BroadcastDim;
pub(crate) use count::{BroadcastAtBuild, SameCountAtBuild};
pub(crate) use count::{DimList, PeanoSub, Succ, Underflow, Z};
pub use count::{SameElementCount, StaticDim, StaticShape};
pub(crate) use dim::Sealed;
pub use dim::{Big, Const, Dim, Dyn, Minus};
pub(crate) use dim::{DynamicKind, StaticKind};
pub use dyn_rank::DynRank;

use crate::error::ShapeError;
use std::fmt;
use std::hash::Hash;

/// The largest number of axes a shape may have (NumPy's limit).
///
/// ```
/// use array_core::{DynRank, MAX_RANK};
/// assert!(DynRank::try_new(&vec![1; MAX_RANK]).is_ok());
/// assert!(DynRank::try_new(&vec![1; MAX_RANK + 1]).is_err());
/// ```
pub const MAX_RANK: usize = 64;

/// The number and lengths of an array's axes.
///
/// Implemented for tuples of [`Dim`]s (ranks 0 to 6) and for [`DynRank`].
///
/// ```
/// use array_core::{Const, Dyn, DynRank, Shape};
/// type S = (Const<2>, Dyn, Const<4>);
/// assert_eq!(S::RANK, Some(3));
/// assert_eq!(S::STATIC_SIZE, None);
/// let s = S::from_dims(&[2, 5, 4]).unwrap();
/// assert_eq!(s.dims().as_ref(), &[2, 5, 4]);
/// assert_eq!(s.size(), 40);
/// assert!(S::from_dims(&[3, 5, 4]).is_err()); // axis 0 is static 2
/// assert_eq!(DynRank::new(&[3, 1]).rank(), 2);
/// ```
// Mirrors `Dim`'s message block in `shape/dim.rs` on purpose (see there).
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a shape",
    label = "expected a tuple of dims or `DynRank`",
    note = "spell a shape with `shape![2, _, 4]`: literals are static axes, `_` is a dynamic one"
)]
pub trait Shape: Clone + Eq + Hash + fmt::Debug + Send + Sync + 'static + Sealed {
    /// The rank, when the type fixes it (`None` for [`DynRank`]).
    const RANK: Option<usize>;
    /// The element count, when every dim is static.
    const STATIC_SIZE: Option<usize>;
    /// Every dim's static length (`None` for a dynamic one), for messages;
    /// empty for [`DynRank`].
    const STATIC_DIMS: &'static [Option<usize>];
    /// Storage for one value per axis, `[usize; R]` or a `Vec`.
    type Dims: AsRef<[usize]> + AsMut<[usize]> + Clone + fmt::Debug + Eq + Hash + Send + Sync;
    /// Storage for one signed stride per axis, `[isize; R]` or a `Vec`.
    type Strides: AsRef<[isize]> + AsMut<[isize]> + Clone + fmt::Debug + Eq + Hash + Send + Sync;
    /// The same dims in reverse order (the shape of a full transpose).
    type Reversed: Shape<Reversed = Self>;
    /// The same rank with every axis dynamic (the shape after a run-time
    /// axis permutation); `DynRank` stays `DynRank`.
    type AllDyn: Shape;
    /// The first axis's dim (`Const<1>` for rank 0): the length of a
    /// column lane.
    type First: Dim;
    /// The last axis's dim (`Const<1>` for rank 0): the length of a row.
    type Last: Dim;
    /// The shape without its first axis, every other dim kept: the shape
    /// of one item of `outer_iter`.
    type Tail: Shape;
    /// One axis fewer, every axis dynamic (an axis chosen at run time was
    /// removed); `DynRank` stays `DynRank`.
    type Smaller: Shape;
    /// One axis more, every axis dynamic (`DynRank` past rank 6).
    type Larger: Shape;

    /// The dims in reverse order.
    fn reversed(&self) -> Self::Reversed;

    /// The number of axes.
    fn rank(&self) -> usize;
    /// The length of every axis.
    fn dims(&self) -> Self::Dims;
    /// Builds the shape from run-time lengths, checking the rank and every
    /// static dim. The element count is not checked here; see [`Shape::size_checked`].
    fn from_dims(dims: &[usize]) -> Result<Self, ShapeError>;
    /// [`from_dims`](Shape::from_dims) for dims the caller owns: a
    /// [`DynRank`] keeps them instead of copying.
    #[inline]
    fn from_dims_owned(dims: PerAxis<usize>) -> Result<Self, ShapeError> {
        Self::from_dims(&dims)
    }
    /// The shape itself, when every dim is static (so no value is needed).
    fn try_static() -> Option<Self>;
    /// A stride list of the right rank, all zeros.
    fn zero_strides(&self) -> Self::Strides;
    /// A stride list built from a slice of the right length.
    fn strides_from(&self, strides: &[isize]) -> Self::Strides {
        let mut s = self.zero_strides();
        s.as_mut().copy_from_slice(strides);
        s
    }

    /// The element count (product of the dims; 1 for rank 0).
    ///
    /// Shapes held by arrays and views were checked at construction, so this
    /// product cannot overflow for them.
    fn size(&self) -> usize {
        self.dims().as_ref().iter().product()
    }

    /// The element count, or [`ShapeError::TooBig`] if it overflows `usize`.
    fn size_checked(&self) -> Result<usize, ShapeError> {
        let dims = self.dims();
        dims.as_ref()
            .iter()
            .try_fold(1usize, |acc, &d| acc.checked_mul(d))
            .ok_or_else(|| ShapeError::TooBig {
                dims: dims.as_ref().to_vec(),
            })
    }
}

/// Checks that `dims` describe an array that can exist, as NumPy checks a
/// new array (numpy-rules §13): the product of the *non-zero* dims, in
/// bytes of `T`, must fit in `isize`, so a zero dim does not excuse huge
/// others ("array is too big"). Returns the element count.
pub(crate) fn checked_len_for<T>(dims: &[usize]) -> Result<usize, ShapeError> {
    let too_big = || ShapeError::TooBig {
        dims: dims.to_vec(),
    };
    let nonzero = dims
        .iter()
        .filter(|&&d| d != 0)
        .try_fold(1usize, |acc, &d| acc.checked_mul(d))
        .ok_or_else(too_big)?;
    let bytes = nonzero
        .checked_mul(std::mem::size_of::<T>().max(1))
        .ok_or_else(too_big)?;
    if bytes > isize::MAX as usize {
        return Err(too_big());
    }
    Ok(if dims.contains(&0) { 0 } else { nonzero })
}

/// `Some(a * b)` when both are known and the product fits; a `const fn` so that
/// static element counts are computed at compile time.
pub(crate) const fn mul_static(a: Option<usize>, b: Option<usize>) -> Option<usize> {
    match (a, b) {
        (Some(a), Some(b)) => match a.checked_mul(b) {
            Some(p) => Some(p),
            None => panic!("static element count overflows usize"),
        },
        _ => None,
    }
}

//! [`DynRank`]: a shape whose rank is only known at run time.

use super::{MAX_RANK, PerAxis, Sealed, Shape};
use crate::error::ShapeError;

/// A shape whose rank is only known at run time (0 to 64 axes, as NumPy).
///
/// Every axis is dynamic. Use it when the rank comes from data, as in the
/// NumPy conformance tests; prefer tuples of dims when the rank is fixed.
/// Its dims and strides are [`PerAxis`] values: inline up to six axes, so
/// small shapes never allocate.
///
/// ```
/// use array_core::{Array, DynRank};
/// let a = Array::<f32, DynRank>::zeros(DynRank::new(&[2, 1, 3]));
/// assert_eq!(a.dims(), vec![2, 1, 3]);
/// ```
#[derive(Clone, PartialEq, Eq, Hash, Default, Debug)]
pub struct DynRank {
    dims: PerAxis<usize>,
}

impl DynRank {
    /// A shape with these lengths.
    ///
    /// # Panics
    /// If there are more than 64 axes; use [`DynRank::try_new`] to get a `Result`.
    ///
    /// ```
    /// use array_core::{DynRank, Shape};
    /// assert_eq!(DynRank::new(&[4, 5]).size(), 20);
    /// ```
    #[inline]
    pub fn new(dims: &[usize]) -> Self {
        match Self::try_new(dims) {
            Ok(s) => s,
            Err(e) => panic!("{e}"),
        }
    }

    /// A shape with these lengths, or an error past 64 axes.
    ///
    /// ```
    /// use array_core::DynRank;
    /// assert!(DynRank::try_new(&[1; 65]).is_err());
    /// ```
    #[inline]
    pub fn try_new(dims: &[usize]) -> Result<Self, ShapeError> {
        Self::from_dims_owned(PerAxis::from_slice(dims))
    }

    /// The lengths as a slice.
    ///
    /// ```
    /// use array_core::DynRank;
    /// assert_eq!(DynRank::new(&[3]).as_slice(), &[3]);
    /// ```
    pub fn as_slice(&self) -> &[usize] {
        &self.dims
    }
}

impl Sealed for DynRank {}

impl Shape for DynRank {
    const RANK: Option<usize> = None;
    const STATIC_SIZE: Option<usize> = None;
    const STATIC_DIMS: &'static [Option<usize>] = &[];
    type Dims = PerAxis<usize>;
    type Strides = PerAxis<isize>;
    type Reversed = DynRank;
    type AllDyn = DynRank;
    type First = super::Dyn;
    type Last = super::Dyn;
    type Tail = DynRank;
    type Smaller = DynRank;
    type Larger = DynRank;

    #[inline]
    fn reversed(&self) -> DynRank {
        DynRank {
            dims: self.dims.iter().rev().copied().collect(),
        }
    }

    #[inline]
    fn rank(&self) -> usize {
        self.dims.len()
    }

    #[inline]
    fn dims(&self) -> PerAxis<usize> {
        self.dims.clone()
    }

    #[inline]
    fn from_dims(dims: &[usize]) -> Result<Self, ShapeError> {
        Self::try_new(dims)
    }

    #[inline]
    fn from_dims_owned(dims: PerAxis<usize>) -> Result<Self, ShapeError> {
        if dims.len() > MAX_RANK {
            return Err(ShapeError::TooManyAxes { found: dims.len() });
        }
        Ok(DynRank { dims })
    }

    fn try_static() -> Option<Self> {
        None
    }

    #[inline]
    fn zero_strides(&self) -> PerAxis<isize> {
        PerAxis::filled(0, self.dims.len())
    }

    #[inline]
    fn strides_from(&self, strides: &[isize]) -> PerAxis<isize> {
        PerAxis::from_slice(strides)
    }

    #[inline]
    fn size(&self) -> usize {
        self.dims.iter().product()
    }
}

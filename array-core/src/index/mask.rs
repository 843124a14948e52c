//! Boolean masks: over the whole shape (a 1-D result in C order) or over
//! the leading axes (NumPy turns the mask into integer arrays).

use super::IndexError;
use super::item::IndexItem;
use crate::array::{Array, View};
use crate::audit::{self, CopyOp};
use crate::layout::{C, Layout, Strided};
use crate::shape::{Dyn, DynRank, Shape};

/// The elements where a mask of the view's exact shape is true, in C
/// order (mapping.c `array_boolean_subscript`).
fn selected<T: Clone, S: Shape, L: Layout, S2: Shape, L2: Layout>(
    view: &View<'_, T, S, L>,
    mask: &View<'_, bool, S2, L2>,
) -> Vec<T> {
    view.iter()
        .zip(mask.iter())
        .filter(|(_, keep)| **keep)
        .map(|(x, _)| x.clone())
        .collect()
}

/// `a[mask]` for a mask of `a`'s shape, as NumPy's 1-D C-ordered result.
pub(super) fn gather_whole<T: Clone, S: Shape, L: Layout>(
    view: &View<'_, T, S, L>,
    mask: &View<'_, bool, DynRank, Strided>,
) -> Array<T, DynRank, Strided> {
    let data = selected(view, mask);
    let dims = [data.len()];
    Array::from_parts_unchecked(data, DynRank::new(&dims), [1].as_slice().into())
}

/// Checks that `mask_dims` equal the leading dims of `dims`.
fn check_leading(dims: &[usize], mask_dims: &[usize]) -> Result<(), IndexError> {
    if mask_dims.len() > dims.len() {
        return Err(IndexError::TooManyIndices {
            ndim: dims.len(),
            indexed: mask_dims.len(),
        });
    }
    match dims.iter().zip(mask_dims).position(|(d, m)| d != m) {
        Some(axis) => Err(IndexError::MaskLength {
            axis,
            len: dims[axis],
            mask_len: mask_dims[axis],
        }),
        None => Ok(()),
    }
}

impl<T, S: Shape, L: Layout> View<'_, T, S, L> {
    /// `a[mask]` for a mask of the array's whole shape: the elements where
    /// the mask is true, in C (row-major) order, as a new 1-D array.
    ///
    /// The mask must have the array's dims exactly; to mask only the
    /// leading axes use [`View::boolean_mask_leading`].
    ///
    /// ```
    /// use array_core::array;
    /// let a = array![[1, 2, 3], [4, 5, 6]];
    /// let m = array![[true, false, true], [false, true, false]];
    /// let r = a.view().boolean_mask(m.view()).unwrap();
    /// assert_eq!(r.as_slice(), &[1, 3, 5]);
    /// let short = array![[true, false], [false, true]];
    /// assert_eq!(
    ///     a.view().boolean_mask(short.view()).unwrap_err().to_string(),
    ///     "boolean index did not match indexed array along axis 1; size of axis is 3 but size of corresponding boolean axis is 2"
    /// );
    /// ```
    #[track_caller]
    pub fn boolean_mask<S2: Shape, L2: Layout>(
        &self,
        mask: View<'_, bool, S2, L2>,
    ) -> Result<Array<T, (Dyn,), C>, IndexError>
    where
        T: Clone,
    {
        let dims = self.dims();
        let mask_dims = mask.dims();
        check_leading(dims.as_ref(), mask_dims.as_ref())?;
        if mask_dims.as_ref().len() < dims.as_ref().len() {
            return Err(IndexError::MaskRank {
                ndim: dims.as_ref().len(),
                mask_ndim: mask_dims.as_ref().len(),
            });
        }
        let data = selected(self, &mask);
        let n = data.len();
        audit::note::<T>(CopyOp::BooleanMask, n, L::NAME, C::NAME);
        Ok(Array::from_parts_unchecked(data, (Dyn(n),), ()))
    }

    /// `a[mask]` for a mask of the leading axes: a mask of dims `(d0, .., dk)`
    /// over an array of dims `(d0, .., dk, rest..)` gives an array of dims
    /// `(count, rest..)`, laid out as NumPy lays it out (C for C input). A
    /// mask of the whole shape gives the 1-D result of
    /// [`View::boolean_mask`]; a 0-d mask adds a leading axis of length 1
    /// (`true`) or 0 (`false`).
    ///
    /// ```
    /// use array_core::array;
    /// let a = array![[1, 2], [3, 4], [5, 6]];
    /// let r = a.view().boolean_mask_leading(array![true, false, true].view()).unwrap();
    /// assert_eq!(r.dims(), vec![2, 2]);
    /// assert_eq!(r.view().to_vec(), [1, 2, 5, 6]);
    /// ```
    #[track_caller]
    pub fn boolean_mask_leading<S2: Shape, L2: Layout>(
        &self,
        mask: View<'_, bool, S2, L2>,
    ) -> Result<Array<T, DynRank, Strided>, IndexError>
    where
        T: Clone,
    {
        check_leading(self.dims().as_ref(), mask.dims().as_ref())?;
        self.fancy_index(&[IndexItem::mask(mask)])
    }
}

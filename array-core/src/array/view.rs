//! Building read-only views from user memory.

use super::View;
use crate::error::LayoutError;
use crate::layout::{Layout, Order};
use crate::shape::Shape;

impl<'a, T, S: Shape, L: Layout> View<'a, T, S, L> {
    /// A view of `buffer` with the given dims, signed element strides and the
    /// offset of the first element (NumPy's `as_strided`, checked).
    ///
    /// Fails when the dims disagree with the shape type, when any reachable
    /// element lies outside `buffer`, or when the strides do not fit the
    /// layout `L` (for `C`/`F`, NumPy's contiguity rule decides).
    ///
    /// ```
    /// use array_core::{C, DynRank, Strided, View, shape};
    /// let buf: Vec<i32> = (0..12).collect();
    /// // A 3x2 window with row stride 4, starting at element 1.
    /// let v = View::<i32, shape![3, 2], Strided>::from_parts(&buf, [3, 2], [4, 1], 1).unwrap();
    /// assert_eq!(v.to_vec(), [1, 2, 5, 6, 9, 10]);
    /// // The same buffer seen as C-contiguous 3x4:
    /// let c = View::<i32, DynRank, C>::from_parts(&buf, [3, 4], [4, 1], 0).unwrap();
    /// assert_eq!(c[&[2, 3][..]], 11);
    /// // Strides that are not C-contiguous are refused for a `C` view.
    /// assert!(View::<i32, DynRank, C>::from_parts(&buf, [3, 2], [4, 1], 0).is_err());
    /// ```
    pub fn from_parts(
        buffer: &'a [T],
        dims: impl AsRef<[usize]>,
        strides: impl AsRef<[isize]>,
        offset: usize,
    ) -> Result<Self, LayoutError> {
        let (shape, stored, offset) =
            user_parts::<T, S, L>(dims.as_ref(), strides.as_ref(), offset, buffer.len())?;
        View::new_checked(buffer, shape, stored, offset)
    }

    /// A view of a whole buffer in this layout's order (`C` or `F`), or in
    /// C order for `Strided`.
    ///
    /// ```
    /// use array_core::{F, View, shape};
    /// let buf = [1, 2, 3, 4, 5, 6];
    /// let v = View::<i32, shape![2, 3], F>::from_slice(&buf, [2, 3]).unwrap();
    /// assert_eq!(v[[1, 0]], 2);
    /// assert!(View::<i32, shape![2, 3], F>::from_slice(&buf[..5], [2, 3]).is_err());
    /// ```
    pub fn from_slice(buffer: &'a [T], dims: impl AsRef<[usize]>) -> Result<Self, LayoutError> {
        let shape = S::from_dims(dims.as_ref())?;
        let n = crate::shape::checked_len_for::<T>(dims.as_ref())?;
        if n != buffer.len() {
            return Err(crate::error::ShapeError::BufferLength {
                expected: n,
                found: buffer.len(),
            }
            .into());
        }
        let mut strides = shape.zero_strides();
        let order = if L::ALWAYS_F_CONTIGUOUS {
            Order::F
        } else {
            Order::C
        };
        crate::rules::flags::contiguous_strides_into(dims.as_ref(), strides.as_mut(), order);
        let stored = L::store(&shape, strides.as_ref())
            .ok_or_else(|| LayoutError::not_layout::<L>(dims.as_ref(), strides.as_ref()))?;
        View::new_checked(buffer, shape, stored, 0)
    }
}

/// Checks user-supplied dims, strides and offset against the shape type and
/// layout (the buffer bounds are checked by the raw constructors).
pub(crate) fn user_parts<T, S: Shape, L: Layout>(
    dims: &[usize],
    strides: &[isize],
    offset: usize,
    buffer_len: usize,
) -> Result<(S, L::Stored<S>, isize), LayoutError> {
    let shape = S::from_dims(dims)?;
    crate::shape::checked_len_for::<T>(dims)?;
    if strides.len() != dims.len() {
        return Err(LayoutError::StrideCount {
            rank: dims.len(),
            found: strides.len(),
        });
    }
    let stored =
        L::store(&shape, strides).ok_or_else(|| LayoutError::not_layout::<L>(dims, strides))?;
    let offset = isize::try_from(offset).map_err(|_| LayoutError::OutOfBounds {
        lowest: isize::MAX,
        highest: isize::MAX,
        len: buffer_len,
    })?;
    Ok((shape, stored, offset))
}

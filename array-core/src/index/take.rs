//! Selecting along one axis: `take` (an index list) and `compress` (a
//! mask). The rank is kept, so the result's rank stays in the type; the
//! result is always a fresh C-ordered array, as `np.take` allocates it.

use super::IndexError;
use super::basic::normalize_index;
use crate::array::{Array, View};
use crate::audit::{self, CopyOp};
use crate::layout::{C, Layout};
use crate::ops::transpose::normalize_axis;
use crate::shape::{Shape, checked_len_for};

/// Copies, in C order over the tables, the elements at `Σ tables[k][i_k]`
/// for every multi-index `i` (one table of element offsets per axis).
fn gather_tables<T: Clone, S: Shape, L: Layout>(
    view: &View<'_, T, S, L>,
    tables: &[Vec<isize>],
) -> Vec<T> {
    let n: usize = tables.iter().map(Vec::len).product();
    let mut out = Vec::with_capacity(n);
    if n == 0 {
        return out;
    }
    let mut index = vec![0usize; tables.len()];
    let mut off: isize = tables.iter().map(|t| t[0]).sum();
    loop {
        out.push(
            view.elem_a(off)
                .expect("offsets come from the view's axes")
                .clone(),
        );
        let mut k = tables.len();
        loop {
            if k == 0 {
                return out;
            }
            k -= 1;
            off -= tables[k][index[k]];
            index[k] += 1;
            if index[k] < tables[k].len() {
                off += tables[k][index[k]];
                break;
            }
            index[k] = 0;
            off += tables[k][0];
        }
    }
}

impl<T, S: Shape, L: Layout> View<'_, T, S, L> {
    /// NumPy's `np.take(a, indices, axis)`: the positions `indices` of one
    /// axis (negative values count from the end, repeats allowed), as a new
    /// C-ordered array of the same rank whose `axis` has `indices.len()`
    /// entries. Every index is checked, even when the result is empty.
    ///
    /// ```
    /// use array_core::{array, Array, C, Dyn};
    /// let a = array![[1, 2, 3], [4, 5, 6]];
    /// let r: Array<i32, (Dyn, Dyn), C> = a.view().take(1, &[2, 0, -1]).unwrap();
    /// assert_eq!(r.dims(), [2, 3]);
    /// assert_eq!(r.as_slice(), &[3, 1, 3, 6, 4, 6]);
    /// assert_eq!(
    ///     a.view().take(0, &[2]).unwrap_err().to_string(),
    ///     "index 2 is out of bounds for axis 0 with size 2"
    /// );
    /// assert!(a.view().take(2, &[0]).is_err()); // no axis 2
    /// ```
    #[doc(alias = "select")]
    #[track_caller]
    pub fn take(&self, axis: isize, indices: &[isize]) -> Result<Array<T, S::AllDyn, C>, IndexError>
    where
        T: Clone,
    {
        let axis = normalize_axis(axis, self.ndim())?;
        let dims = self.dims();
        let strides = self.strides();
        let (dims, strides) = (dims.as_ref(), strides.as_ref());
        let picked = indices
            .iter()
            .map(|&i| Ok(normalize_index(i, axis, dims[axis])? as isize * strides[axis]))
            .collect::<Result<Vec<isize>, IndexError>>()?;
        let mut out_dims = dims.to_vec();
        out_dims[axis] = indices.len();
        checked_len_for::<T>(&out_dims).map_err(|_| IndexError::TooBig {
            dims: out_dims.clone(),
        })?;
        let tables: Vec<Vec<isize>> = (0..dims.len())
            .map(|k| {
                if k == axis {
                    picked.clone()
                } else {
                    (0..dims[k]).map(|i| i as isize * strides[k]).collect()
                }
            })
            .collect();
        audit::note::<T>(CopyOp::Take, out_dims.iter().product(), L::NAME, C::NAME);
        let data = gather_tables(self, &tables);
        let shape = S::AllDyn::from_dims(&out_dims).expect("same rank, every axis dynamic");
        Ok(Array::from_parts_unchecked(data, shape, ()))
    }

    /// The positions of one axis where `mask` is true (NumPy's
    /// `np.compress(mask, a, axis)`, or `a[..., mask, ...]`), as a new
    /// C-ordered array of the same rank. Unlike `np.compress`, the mask
    /// must have the axis' length.
    ///
    /// ```
    /// use array_core::array;
    /// let a = array![[1, 2, 3], [4, 5, 6]];
    /// let r = a.view().compress(-1, &[true, false, true]).unwrap();
    /// assert_eq!(r.as_slice(), &[1, 3, 4, 6]);
    /// assert!(a.view().compress(0, &[true]).is_err());
    /// ```
    #[track_caller]
    pub fn compress(&self, axis: isize, mask: &[bool]) -> Result<Array<T, S::AllDyn, C>, IndexError>
    where
        T: Clone,
    {
        let axis_index = normalize_axis(axis, self.ndim())?;
        let len = self.dims().as_ref()[axis_index];
        if mask.len() != len {
            return Err(IndexError::MaskLength {
                axis: axis_index,
                len,
                mask_len: mask.len(),
            });
        }
        let positions: Vec<isize> = (0..len as isize).filter(|&i| mask[i as usize]).collect();
        self.take(axis, &positions)
    }
}

impl<T, S: Shape, L: Layout> Array<T, S, L> {
    /// [`View::take`] on the whole array.
    ///
    /// ```
    /// use array_core::array;
    /// let a = array![10, 20, 30];
    /// assert_eq!(a.take(0, &[-1, 0, 0]).unwrap().as_slice(), &[30, 10, 10]);
    /// ```
    #[doc(alias = "select")]
    #[track_caller]
    pub fn take(&self, axis: isize, indices: &[isize]) -> Result<Array<T, S::AllDyn, C>, IndexError>
    where
        T: Clone,
    {
        self.view().take(axis, indices)
    }

    /// [`View::compress`] on the whole array.
    ///
    /// ```
    /// use array_core::array;
    /// let a = array![[1, 2], [3, 4]];
    /// assert_eq!(a.compress(0, &[false, true]).unwrap().as_slice(), &[3, 4]);
    /// ```
    #[track_caller]
    pub fn compress(&self, axis: isize, mask: &[bool]) -> Result<Array<T, S::AllDyn, C>, IndexError>
    where
        T: Clone,
    {
        self.view().compress(axis, mask)
    }
}

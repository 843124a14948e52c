//! Broadcasting (numpy-rules §11): read-only views that repeat elements through
//! stride 0, never copies; and [`BroadcastError`], the one error for shapes
//! that do not broadcast, wherever that is found.
//!
//! A broadcast view is a [`View`]: it can be read, copied from, iterated,
//! but never written, because several of its indices reach the same element.
//! There is no way to turn a `View` into a [`ViewMut`](crate::ViewMut), so
//! NumPy's read-only flag on `broadcast_to` results is a type here.
//!
//! ```
//! use array_core::{array, shape, View, Strided};
//! let a = array![1, 2, 3];
//! let b: View<'_, i32, shape![2, 3], Strided> = a.broadcast_to([2, 3]).unwrap();
//! assert_eq!(b.strides(), [0, 1]);
//! assert_eq!(b.to_vec(), [1, 2, 3, 1, 2, 3]);
//! ```
//!
//! Writing through it does not compile:
//!
//! ```compile_fail
//! use array_core::{array, shape};
//! let a = array![1, 2, 3];
//! let mut b = a.broadcast_to::<shape![2, 3]>([2, 3]).unwrap();
//! b[[0, 0]] = 10; // `View` has no `IndexMut`
//! ```
//!
//! and neither does asking for a mutable view of it:
//!
//! ```compile_fail
//! use array_core::{array, shape, Strided, ViewMut};
//! let a = array![1, 2, 3];
//! let b = a.broadcast_to::<shape![2, 3]>([2, 3]).unwrap();
//! let m: ViewMut<'_, i32, shape![2, 3], Strided> = b.into();
//! ```

use crate::array::{Array, View};
pub(crate) mod error;

use crate::arith::BroadcastShape;
use crate::error::ShapeError;
use crate::layout::{Layout, Strided};
use crate::rules::broadcast as rules;
use crate::shape::Shape;
pub use error::{AxisClash, BroadcastCall, BroadcastError};

/// NumPy's `np.broadcast_shapes(a, b)`: the shapes are aligned on the
/// right, missing leading axes count as 1, and on each axis a 1 stretches to
/// the other length (1 against 0 gives 0).
///
/// ```
/// use array_core::broadcast_shapes;
/// assert_eq!(broadcast_shapes(&[8, 1, 6, 1], &[7, 1, 5]).unwrap(), [8, 7, 6, 5]);
/// assert_eq!(broadcast_shapes(&[], &[2, 3]).unwrap(), [2, 3]);
/// assert_eq!(broadcast_shapes(&[1], &[0]).unwrap(), [0]);
/// assert!(broadcast_shapes(&[2], &[3]).is_err());
/// ```
pub fn broadcast_shapes(a: &[usize], b: &[usize]) -> Result<Vec<usize>, BroadcastError> {
    error::result_shape(&[a, b], BroadcastCall::BroadcastShapes)
}

/// NumPy's `np.broadcast_arrays(a, b)` for two views of any element types:
/// both as read-only views of their common shape, whose type is the
/// operands' [`BroadcastShape::Output`] (static where both are). As in
/// NumPy, a view that already has that shape keeps its strides; the other
/// gets stride 0 on every prepended, stretched or length-1 axis
/// ([`View::broadcast_to`]).
///
/// ```
/// use array_core::{array, broadcast_pair, shape, Array, View, Strided};
/// let col = array![[1], [2]];            // (2, 1)
/// let row = array![10.0, 20.0, 30.0];    // (3,)
/// let (c, r): (View<'_, i32, shape![2, 3], Strided>, View<'_, f64, shape![2, 3], Strided>) =
///     broadcast_pair(col.view(), row.view()).unwrap();
/// assert_eq!(c.to_vec(), [1, 1, 1, 2, 2, 2]);
/// assert_eq!(r.strides(), [0, 1]);
/// // Static lengths that clash do not compile; dynamic ones are checked here.
/// let d = Array::<i32, shape![_]>::from_shape_vec([2], vec![1, 2]).unwrap();
/// assert!(broadcast_pair(row.view(), d.view()).is_err());
/// ```
#[allow(clippy::type_complexity)]
pub fn broadcast_pair<'a, 'b, T, U, SA, LA: Layout, SB: Shape, LB: Layout>(
    a: View<'a, T, SA, LA>,
    b: View<'b, U, SB, LB>,
) -> Result<
    (
        View<'a, T, <SA as BroadcastShape<SB>>::Output, Strided>,
        View<'b, U, <SA as BroadcastShape<SB>>::Output, Strided>,
    ),
    BroadcastError,
>
where
    SA: BroadcastShape<SB>,
{
    let () = <SA as BroadcastShape<SB>>::CHECKED;
    let target = broadcast_shapes(a.dims().as_ref(), b.dims().as_ref())?;
    Ok((stretch(a, &target)?, stretch(b, &target)?))
}

/// `broadcast_arrays` keeps an input that already has the common shape as
/// it is (its length-1 axes keep their strides); the others go through
/// `broadcast_to`.
fn stretch<'a, T, S: Shape, L: Layout, S2: Shape>(
    v: View<'a, T, S, L>,
    target: &[usize],
) -> Result<View<'a, T, S2, Strided>, BroadcastError> {
    if v.dims().as_ref() == target {
        let shape = S2::from_dims(target)?;
        Ok(crate::index::into_shape_type(v, shape))
    } else {
        v.broadcast_to(target)
    }
}

impl<'a, T, S: Shape, L: Layout> View<'a, T, S, L> {
    /// NumPy's `np.broadcast_to(a, target)`: a read-only view of dims
    /// `target` in which prepended axes, stretched axes and every length-1
    /// axis of the input have stride 0 (NumPy's rule, so the strides match
    /// NumPy's). The shape type `S2` may fix the rank and static dims of the
    /// result; `target` is checked against it.
    ///
    /// ```
    /// use array_core::{array, DynRank, shape, View, Strided};
    /// let a = array![[1], [2]];                      // (2, 1)
    /// let b: View<'_, i32, shape![3, 2, 4], Strided> = a.view().broadcast_to([3, 2, 4]).unwrap();
    /// assert_eq!(b.strides(), [0, 1, 0]);
    /// assert_eq!(b[[2, 1, 3]], 2);
    /// let e = a.view().broadcast_to::<DynRank>([3]).unwrap_err();
    /// assert_eq!(
    ///     e.to_string(),
    ///     "input operand has more dimensions than allowed by the axis remapping: shape (2,1) and requested shape (3,)"
    /// );
    /// ```
    pub fn broadcast_to<S2: Shape>(
        self,
        target: impl AsRef<[usize]>,
    ) -> Result<View<'a, T, S2, Strided>, BroadcastError> {
        let target = target.as_ref();
        let dims = self.dims();
        let strides = rules::broadcast_to_strides(dims.as_ref(), self.strides().as_ref(), target)
            .map_err(|e| {
            error::to_shape_error(e, dims.as_ref(), target, BroadcastCall::BroadcastTo)
        })?;
        let shape = S2::from_dims(target)?;
        // NumPy's iterator size is an `npy_intp`: at most isize::MAX elements.
        let too_big = || ShapeError::TooBig {
            dims: target.to_vec(),
        };
        let size = shape.size_checked()?;
        if isize::try_from(size).is_err() {
            return Err(too_big().into());
        }
        let stored = shape.strides_from(&strides);
        Ok(self
            .relayout(shape, stored, 0)
            .expect("stride 0 and the input's own strides stay inside the input"))
    }
}

impl<T, S: Shape, L: Layout> Array<T, S, L> {
    /// [`View::broadcast_to`] on the whole array: a read-only view borrowing it.
    ///
    /// ```
    /// use array_core::{array, DynRank};
    /// let a = array![1, 2];
    /// let b = a.broadcast_to::<DynRank>([2, 2]).unwrap();
    /// assert_eq!(b.to_vec(), [1, 2, 1, 2]);
    /// ```
    pub fn broadcast_to<S2: Shape>(
        &self,
        target: impl AsRef<[usize]>,
    ) -> Result<View<'_, T, S2, Strided>, BroadcastError> {
        self.view().broadcast_to(target)
    }
}

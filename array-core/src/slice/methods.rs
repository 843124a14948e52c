//! The slicing methods: `slice` / `try_slice` (a read-only view from a
//! `View`, a mutable one from a `ViewMut`: mutability comes from the
//! receiver), `slice_mut` / `try_slice_mut` (a mutable view of an owned
//! `Array`) and `slice_move` / `try_slice_move` (an owned array of the
//! selected elements).
//!
//! The `try_` forms return a [`SliceError`]; the others panic with the
//! error and the array's shape in the message, as indexing does.

use super::error::SliceError;
use super::{SliceArg, resolve};
use crate::array::{Array, View, ViewMut};
use crate::audit::{self, CopyOp};
use crate::error::ShapeText;
use crate::layout::offsets::Offsets;
use crate::layout::{C, Contiguous, F, Layout, Strided};
use crate::shape::Shape;

/// The layout an owned slice gets: a `C` or `F` result is one dense block
/// of the buffer and keeps its layout; a `Strided` result is gathered in C
/// order.
///
/// ```
/// use array_core::{C, F, Layout, MoveLayout, Strided};
/// assert_eq!(<<F as MoveLayout>::Owned as Layout>::NAME, "F");
/// assert_eq!(<<Strided as MoveLayout>::Owned as Layout>::NAME, "C");
/// # let _ = C;
/// ```
pub trait MoveLayout: Layout {
    /// `C` for `C` and `Strided`, `F` for `F`.
    type Owned: Contiguous;
}

impl MoveLayout for C {
    type Owned = C;
}
impl MoveLayout for F {
    type Owned = F;
}
impl MoveLayout for Strided {
    type Owned = C;
}

/// The panic of the non-`try_` methods.
#[cold]
#[track_caller]
fn slice_failed(error: &SliceError, dims: &[usize]) -> ! {
    panic!("cannot slice array of shape {}: {error}", ShapeText(dims))
}

/// `try_slice` and `slice` on a view kind (`View` or `ViewMut`): one
/// text for both, since mutability comes from the receiver alone.
macro_rules! view_slicing {
    ($Ty:ident; try_slice: $(#[$try_doc:meta])* slice: $(#[$doc:meta])*) => {
        impl<'a, T, S: Shape, L: Layout> $Ty<'a, T, S, L> {
            $(#[$try_doc])*
            pub fn try_slice<A: SliceArg<S, L>>(
                self,
                items: A,
            ) -> Result<$Ty<'a, T, A::OutShape, A::OutLayout>, SliceError> {
                let dims = self.dims();
                let strides = self.strides();
                let (shape, stored, offset) =
                    resolve::<S, L, A>(&items, dims.as_ref(), strides.as_ref())?;
                // Slicing never makes two indices reach one element: every
                // axis keeps or multiplies its stride, and new axes have
                // length 1 (what a `ViewMut` needs).
                Ok(self
                    .relayout(shape, stored, offset)
                    .expect("a slice stays inside the sliced view"))
            }

            $(#[$doc])*
            #[track_caller]
            pub fn slice<A: SliceArg<S, L>>(self, items: A) -> $Ty<'a, T, A::OutShape, A::OutLayout> {
                let dims = self.dims();
                match self.try_slice(items) {
                    Ok(v) => v,
                    Err(e) => slice_failed(&e, dims.as_ref()),
                }
            }
        }
    };
}

view_slicing! {
    View;
    try_slice:
    /// A view of the elements `items` select (build them with `s![..]`),
    /// or why they cannot be selected.
    ///
    /// ```
    /// use array_core::{array, s, SliceError};
    /// let a = array![[1, 2, 3], [4, 5, 6]];
    /// let v = a.view().try_slice(s![.., 1..]).unwrap();
    /// assert_eq!(v.to_vec(), [2, 3, 5, 6]);
    /// let i = -3;
    /// let e = a.view().try_slice(s![i, ..]).unwrap_err();
    /// assert_eq!(e, SliceError::IndexOutOfBounds { index: -3, axis: 0, size: 2 });
    /// ```
    slice:
    /// A view of the elements `items` select (build them with `s![..]`).
    ///
    /// The result's shape and layout are types: see [`SliceArg`].
    ///
    /// # Panics
    /// When an index computed at run time is out of bounds, a step
    /// computed at run time is 0, or (for `DynRank` arrays) the items do
    /// not match the rank; the message names the problem and the shape.
    /// [`View::try_slice`] returns these as errors.
    ///
    /// ```
    /// use array_core::{array, s, Const, View, C};
    /// let a = array![[1, 2, 3], [4, 5, 6], [7, 8, 9]];
    /// let last_rows: View<'_, i32, (Const<2>, Const<3>), C> = a.view().slice(s![1..3, ..]);
    /// assert_eq!(last_rows.as_slice(), &[4, 5, 6, 7, 8, 9]);
    /// ```
}

view_slicing! {
    ViewMut;
    try_slice:
    /// A mutable view of the elements `items` select, or why they cannot
    /// be selected. Takes the view; use [`ViewMut::reborrow`] to keep it.
    ///
    /// ```
    /// use array_core::{array, s};
    /// let mut a = array![[1, 2], [3, 4]];
    /// let mut m = a.view_mut();
    /// m.reborrow().try_slice(s![.., 0]).unwrap().fill(0);
    /// let row = 2;
    /// assert!(m.try_slice(s![row, ..]).is_err()); // index 2 is out of bounds
    /// assert_eq!(a.as_slice(), &[0, 2, 0, 4]);
    /// ```
    slice:
    /// A mutable view of the elements `items` select. Takes the view; use
    /// [`ViewMut::reborrow`] to keep it.
    ///
    /// # Panics
    /// As [`View::slice`].
    ///
    /// ```
    /// use array_core::{array, s};
    /// let mut a = array![[1, 2, 3], [4, 5, 6]];
    /// a.view_mut().slice(s![.., ..;2]).fill(0);
    /// assert_eq!(a.as_slice(), &[0, 2, 0, 0, 5, 0]);
    /// ```
}

impl<T, S: Shape, L: Layout> Array<T, S, L> {
    /// A view of the elements `items` select, or why they cannot be
    /// selected.
    ///
    /// ```
    /// use array_core::{array, s};
    /// let a = array![1, 2, 3];
    /// assert_eq!(a.try_slice(s![-2..]).unwrap().to_vec(), [2, 3]);
    /// let k = 0;
    /// assert!(a.try_slice(s![..;k]).is_err()); // slice step cannot be zero
    /// ```
    pub fn try_slice<A: SliceArg<S, L>>(
        &self,
        items: A,
    ) -> Result<View<'_, T, A::OutShape, A::OutLayout>, SliceError> {
        self.view().try_slice(items)
    }

    /// A view of the elements `items` select; see [`View::slice`].
    ///
    /// # Panics
    /// As [`View::slice`].
    ///
    /// ```
    /// use array_core::{array, s, Const, View, C, Strided};
    /// let a = array![[1, 2, 3, 4], [5, 6, 7, 8]];
    /// let row: View<'_, i32, (Const<4>,), C> = a.slice(s![1, ..]);
    /// assert_eq!(row.as_slice(), &[5, 6, 7, 8]);
    /// let inner: View<'_, i32, (Const<2>, Const<2>), Strided> = a.slice(s![.., 1..3]);
    /// assert_eq!(inner.to_vec(), [2, 3, 6, 7]);
    /// ```
    #[track_caller]
    pub fn slice<A: SliceArg<S, L>>(&self, items: A) -> View<'_, T, A::OutShape, A::OutLayout> {
        self.view().slice(items)
    }

    /// A mutable view of the elements `items` select, or why they cannot
    /// be selected.
    ///
    /// ```
    /// use array_core::{array, s};
    /// let mut a = array![1, 2, 3, 4];
    /// a.try_slice_mut(s![..;-1]).unwrap().into_iter().zip(0..).for_each(|(x, k)| *x = k);
    /// assert_eq!(a.as_slice(), &[3, 2, 1, 0]);
    /// ```
    pub fn try_slice_mut<A: SliceArg<S, L>>(
        &mut self,
        items: A,
    ) -> Result<ViewMut<'_, T, A::OutShape, A::OutLayout>, SliceError> {
        self.view_mut().try_slice(items)
    }

    /// A mutable view of the elements `items` select.
    ///
    /// # Panics
    /// As [`View::slice`].
    ///
    /// ```
    /// use array_core::{array, s};
    /// let mut a = array![[1, 2], [3, 4]];
    /// a.slice_mut(s![1, ..]).fill(9);
    /// assert_eq!(a.as_slice(), &[1, 2, 9, 9]);
    /// ```
    #[track_caller]
    pub fn slice_mut<A: SliceArg<S, L>>(
        &mut self,
        items: A,
    ) -> ViewMut<'_, T, A::OutShape, A::OutLayout> {
        let dims = self.dims();
        match self.try_slice_mut(items) {
            Ok(v) => v,
            Err(e) => slice_failed(&e, dims.as_ref()),
        }
    }

    /// An owned array of the selected elements, or why they cannot be
    /// selected; see [`Array::slice_move`].
    ///
    /// ```
    /// use array_core::{array, s, SliceError};
    /// let a = array![[1, 2], [3, 4]];
    /// let k = 5;
    /// let e = a.try_slice_move(s![k, ..]).unwrap_err();
    /// assert_eq!(e, SliceError::IndexOutOfBounds { index: 5, axis: 0, size: 2 });
    /// ```
    #[allow(clippy::type_complexity)]
    #[track_caller]
    pub fn try_slice_move<A: SliceArg<S, L>>(
        self,
        items: A,
    ) -> Result<Array<T, A::OutShape, <A::OutLayout as MoveLayout>::Owned>, SliceError> {
        let v = self.view().try_slice(items)?;
        let first = v.buffer_offset();
        let len = v.len();
        let shape = v.shape().clone();
        let block = A::OutLayout::ALWAYS_C_CONTIGUOUS || A::OutLayout::ALWAYS_F_CONTIGUOUS;
        let positions: Option<Vec<usize>> = (!block).then(|| {
            Offsets::logical(v.shape(), v.strides())
                .map(|off| first.wrapping_add_signed(off))
                .collect()
        });
        let mut data = self.into_vec();
        let data = match positions {
            // A `C` or `F` result is the dense block [first, first + len)
            // of the buffer, already in the result's order.
            None => {
                data.truncate(first + len);
                data.drain(..first);
                data
            }
            Some(positions) => {
                audit::note::<T>(CopyOp::SliceMove, len, L::NAME, C::NAME);
                crate::copy::take_at(data, &positions)
            }
        };
        let stored = <<A::OutLayout as MoveLayout>::Owned as Contiguous>::stored();
        Ok(Array::from_parts_unchecked(data, shape, stored))
    }

    /// An owned array of the elements `items` select, moved out of this
    /// one (no `Clone` needed); the rest are dropped.
    ///
    /// Owning a part of a buffer without copying is impossible in general,
    /// so this follows NumPy's `a[items].copy()`: only the selected elements
    /// are kept. When the slice's layout is `C` or `F` by type the
    /// selection is one dense block of the buffer: the buffer is cut down
    /// to it in place (no new allocation) and the layout is kept. A
    /// `Strided` selection is gathered into a new buffer in C order.
    ///
    /// # Panics
    /// As [`View::slice`].
    ///
    /// ```
    /// use array_core::{array, s, Array, Const, C};
    /// let a = array![[1, 2, 3], [4, 5, 6], [7, 8, 9]];
    /// let rows: Array<i32, (Const<2>, Const<3>), C> = a.slice_move(s![1..3, ..]);
    /// assert_eq!(rows.as_slice(), &[4, 5, 6, 7, 8, 9]);
    ///
    /// let names = array![String::from("a"), String::from("b"), String::from("c")];
    /// let picked = names.slice_move(s![..;-2]); // moved, not cloned
    /// assert_eq!(picked.as_slice(), &["c", "a"]);
    /// ```
    #[track_caller]
    #[allow(clippy::type_complexity)]
    pub fn slice_move<A: SliceArg<S, L>>(
        self,
        items: A,
    ) -> Array<T, A::OutShape, <A::OutLayout as MoveLayout>::Owned> {
        let dims = self.dims();
        match self.try_slice_move(items) {
            Ok(a) => a,
            Err(e) => slice_failed(&e, dims.as_ref()),
        }
    }
}

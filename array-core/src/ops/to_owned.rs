//! Owned copies of a view: `to_owned` (the layout's own order, C for
//! `Strided`) and `to_owned_order` (NumPy's `copy(order=...)`).

use crate::array::{Array, CowArray, View};
use crate::audit::{self, CopyOp};
use crate::copy;
use crate::layout::{Layout, Order, Strided};
use crate::rules::ravel::copy_k_strides;
use crate::shape::Shape;

impl<T, S: Shape, L: Layout> View<'_, T, S, L> {
    /// An owned copy of the elements. A `C` view gives a `C` array, an `F`
    /// view an `F` array, and a `Strided` view a `C` array (NumPy's
    /// `copy()` default). Always copies: the return type owns its buffer.
    ///
    /// ```
    /// use array_core::{array, Array, C, F, shape};
    /// let a = array![[1, 2, 3], [4, 5, 6]];
    /// let f: Array<i32, shape![3, 2], F> = a.t().to_owned();
    /// assert_eq!(f.as_slice(), a.as_slice());
    /// let c: Array<i32, shape![2, 3], C> = a.view().to_owned();
    /// assert_ne!(c.as_ptr(), a.as_ptr());
    /// ```
    #[doc(alias = "copy")]
    #[track_caller]
    pub fn to_owned(&self) -> Array<T, S, L::Owned>
    where
        T: Clone,
    {
        audit::note::<T>(CopyOp::ToOwned, self.len(), L::NAME, L::Owned::NAME);
        copy::copy_owned(self)
    }

    /// A dense owned copy in NumPy's order `C`, `F`, `A` or `K` (`K` keeps
    /// the axes' memory order, as `np.copy(a, order='K')`).
    ///
    /// ```
    /// use array_core::{array, Order};
    /// let a = array![[1, 2, 3], [4, 5, 6]];
    /// let k = a.t().to_owned_order(Order::K);
    /// assert_eq!(k.strides(), [1, 3]); // F-ordered, like its source
    /// ```
    #[track_caller]
    pub fn to_owned_order(&self, order: Order) -> Array<T, S, Strided>
    where
        T: Clone,
    {
        audit::note::<T>(CopyOp::ToOwned, self.len(), L::NAME, Strided::NAME);
        self.copy_in_order(order)
    }

    /// [`View::to_owned_order`] without the audit event, for operations
    /// that report their copy under their own name.
    pub(crate) fn copy_in_order(&self, order: Order) -> Array<T, S, Strided>
    where
        T: Clone,
    {
        match crate::ops::contiguous::resolve_order(self, order) {
            Order::F => copy::copy_f(self).into_strided(),
            Order::K => {
                let dims = self.dims();
                let strides = self.strides();
                let target = copy_k_strides(dims.as_ref(), strides.as_ref())
                    .expect("an array that exists has representable K strides");
                // Axes by the target's stride, largest first: the copy's memory
                // order. Two axes share a stride only when the inner one has
                // length 1 (NumPy puts length-1 and zero-stride axes where
                // their source stride sorts them), so among equal strides the
                // axis longer than 1 goes outside, or `copy_permuted` would
                // hand the length-1 axis a different stride than NumPy's.
                let mut axes: Vec<usize> = (0..self.ndim()).collect();
                crate::rules::short_sort::sort_by_key(&mut axes, |&a| {
                    (std::cmp::Reverse(target[a]), dims.as_ref()[a] == 1)
                });
                let out = copy::copy_permuted(self, &axes);
                debug_assert_eq!(out.strides().as_ref(), &target[..]);
                out
            }
            _ => copy::copy_c(self).into_strided(),
        }
    }
}

impl<T, S: Shape, L: Layout> CowArray<'_, T, S, L> {
    /// The result as an owned array, copying only if it is a view.
    ///
    /// ```
    /// use array_core::{array, Order};
    /// let a = array![1, 2];
    /// let owned = a.view().ravel_order(Order::C).into_owned();
    /// assert_eq!(owned.view().to_vec(), [1, 2]);
    /// ```
    #[track_caller]
    pub fn into_owned(self) -> Array<T, S, L>
    where
        T: Clone,
    {
        match self {
            CowArray::View(v) => {
                audit::note::<T>(CopyOp::ToOwned, v.len(), L::NAME, L::NAME);
                copy::copy_same_layout(&v)
            }
            CowArray::Owned(a) => a,
        }
    }
}

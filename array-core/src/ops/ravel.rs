//! ravel (a view when NumPy's ravel rule allows) and flatten (always a copy).
//!
//! NumPy's ravel rule is not reshape's: ravel never runs the nocopy
//! algorithm, so a uniformly strided but non-contiguous array
//! (`arange(10)[::2]`) is copied by `ravel` even though `reshape(-1)` views it.

use crate::array::{Array, CowArray, View};
use crate::copy;
use crate::layout::{C, Layout, Order, Strided};
use crate::rules::ravel::{RavelOrder, RavelPlan, copy_k_strides, keep_order_axes, plan_ravel};
use crate::shape::{Flat, Shape};

fn ravel_order(order: Order) -> RavelOrder {
    match order {
        Order::C => RavelOrder::C,
        Order::F => RavelOrder::F,
        Order::A => RavelOrder::A,
        Order::K => RavelOrder::K,
    }
}

impl<'a, T, S: Shape, L: Layout> View<'a, T, S, L> {
    /// NumPy's `ravel(order)`: a 1-D view when the array is contiguous in
    /// the resolved order (or, for `K`, when its axes sorted by stride are),
    /// else a copy made in that order (`K`: memory order, negative strides
    /// not reversed, as NumPy).
    ///
    /// ```
    /// use array_core::{array, Order};
    /// let a = array![[1, 2, 3], [4, 5, 6]];
    /// assert!(a.view().ravel_order(Order::C).is_view());
    /// let f = a.view().ravel_order(Order::F);
    /// assert!(f.is_copy());
    /// assert_eq!(f.view().to_vec(), [1, 4, 2, 5, 3, 6]);
    /// ```
    pub fn ravel_order(self, order: Order) -> CowArray<'a, T, (Flat<S>,), C>
    where
        T: Clone,
    {
        let dims = self.dims();
        let strides = self.strides();
        let flat = (Flat::of(self.shape()),);
        match plan_ravel(dims.as_ref(), strides.as_ref(), ravel_order(order)) {
            RavelPlan::View => CowArray::View(
                self.relayout::<(Flat<S>,), C>(flat, (), 0)
                    .expect("a contiguous ravel addresses the same elements"),
            ),
            RavelPlan::Copy { order } => {
                let axes = match order {
                    RavelOrder::K => keep_order_axes(dims.as_ref(), strides.as_ref()),
                    RavelOrder::F => copy::order_axes(self.ndim(), Order::F),
                    _ => copy::order_axes(self.ndim(), Order::C),
                };
                CowArray::Owned(Array::from_parts_unchecked(
                    copy::gather(&self, &axes),
                    flat,
                    (),
                ))
            }
        }
    }

    /// NumPy's `flatten(order)`: always a new owned 1-D array.
    ///
    /// ```
    /// use array_core::{array, Order};
    /// let a = array![[1, 2], [3, 4]];
    /// assert_eq!(a.view().flatten_order(Order::F).as_slice(), &[1, 3, 2, 4]);
    /// ```
    pub fn flatten_order(&self, order: Order) -> Array<T, (Flat<S>,), C>
    where
        T: Clone,
    {
        let dims = self.dims();
        let strides = self.strides();
        let axes = match crate::ops::contiguous::resolve_order(self, order) {
            Order::F => copy::order_axes(self.ndim(), Order::F),
            Order::K => keep_order_axes(dims.as_ref(), strides.as_ref()),
            _ => copy::order_axes(self.ndim(), Order::C),
        };
        Array::from_parts_unchecked(copy::gather(self, &axes), (Flat::of(self.shape()),), ())
    }

    /// `flatten()` in C order: always a new owned 1-D array.
    ///
    /// ```
    /// use array_core::array;
    /// let a = array![[1, 2], [3, 4]];
    /// assert_eq!(a.t().flatten().as_slice(), &[1, 3, 2, 4]);
    /// ```
    pub fn flatten(&self) -> Array<T, (Flat<S>,), C>
    where
        T: Clone,
    {
        self.flatten_order(Order::C)
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
    pub fn to_owned_order(&self, order: Order) -> Array<T, S, Strided>
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
                axes.sort_by_key(|&a| (std::cmp::Reverse(target[a]), dims.as_ref()[a] == 1));
                let out = copy::copy_permuted(self, &axes);
                debug_assert_eq!(out.strides().as_ref(), &target[..]);
                out
            }
            _ => copy::copy_c(self).into_strided(),
        }
    }
}

impl<'a, T: Clone, S: Shape> View<'a, T, S, C> {
    /// `ravel()` in C order of a C array: always a view, whose length is a
    /// static dim when the shape is static.
    ///
    /// ```
    /// use array_core::{array, Dim, Flat, View, shape};
    /// let a = array![[1, 2, 3], [4, 5, 6]];
    /// let flat: View<'_, i32, (Flat<shape![2, 3]>,)> = a.view().ravel();
    /// assert_eq!(<Flat<shape![2, 3]> as Dim>::STATIC, Some(6));
    /// assert_eq!(flat.as_slice(), a.as_slice());
    /// ```
    #[inline]
    pub fn ravel(self) -> View<'a, T, (Flat<S>,), C> {
        let flat = (Flat::of(self.shape()),);
        self.recast(flat)
    }
}

macro_rules! may_copy_ravel {
    ($layout:ident) => {
        impl<'a, T: Clone, S: Shape> View<'a, T, S, crate::layout::$layout> {
            /// `ravel()` in C order: a view when the strides allow it
            /// (NumPy's ravel rule), else a copy.
            ///
            /// ```
            /// use array_core::array;
            /// let a = array![[1, 2], [3, 4]];
            /// let r = a.t().ravel();
            /// assert!(r.is_copy());
            /// assert_eq!(r.view().as_slice(), &[1, 3, 2, 4]);
            /// ```
            pub fn ravel(self) -> CowArray<'a, T, (Flat<S>,), C> {
                self.ravel_order(Order::C)
            }
        }
    };
}

may_copy_ravel!(F);
may_copy_ravel!(Strided);

impl<T, S: Shape, L: Layout> Array<T, S, L> {
    /// `flatten()` in C order: always a new owned 1-D array.
    ///
    /// ```
    /// use array_core::array;
    /// assert_eq!(array![[1, 2], [3, 4]].flatten().as_slice(), &[1, 2, 3, 4]);
    /// ```
    pub fn flatten(&self) -> Array<T, (Flat<S>,), C>
    where
        T: Clone,
    {
        self.view().flatten()
    }
}

impl<T, S: Shape> Array<T, S, C> {
    /// `ravel()` of a C array: a view of the whole buffer.
    ///
    /// ```
    /// use array_core::array;
    /// assert_eq!(array![[1, 2], [3, 4]].ravel().as_slice(), &[1, 2, 3, 4]);
    /// ```
    pub fn ravel(&self) -> View<'_, T, (Flat<S>,), C>
    where
        T: Clone,
    {
        self.view().ravel()
    }
}

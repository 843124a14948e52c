//! ravel (a view when NumPy's ravel rule allows) and flatten (always a copy).
//!
//! NumPy's ravel rule is not reshape's: ravel never runs the nocopy
//! algorithm, so a uniformly strided but non-contiguous array
//! (`arange(10)[::2]`) is copied by `ravel` even though `reshape(-1)` views it.

use crate::array::{Array, CowArray, View, ViewMut};
use crate::audit::{self, CopyOp};
use crate::copy;
use crate::layout::{C, F, Layout, NotProvenC, NotProvenF, Order};
use crate::rules::ravel::{RavelPlan, keep_order_axes, plan_ravel};
use crate::shape::{Flat, Shape};

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
    #[track_caller]
    pub fn ravel_order(self, order: Order) -> CowArray<'a, T, (Flat<S>,), C>
    where
        T: Clone,
    {
        let dims = self.dims();
        let strides = self.strides();
        let flat = (Flat::of(self.shape()),);
        match plan_ravel(dims.as_ref(), strides.as_ref(), order) {
            RavelPlan::View => CowArray::View(
                self.relayout::<(Flat<S>,), C>(flat, (), 0)
                    .expect("a contiguous ravel addresses the same elements"),
            ),
            RavelPlan::Copy { order } => {
                let axes = match order {
                    Order::K => keep_order_axes(dims.as_ref(), strides.as_ref())
                        .into_iter()
                        .collect(),
                    Order::F => copy::order_axes(self.ndim(), Order::F),
                    _ => copy::order_axes(self.ndim(), Order::C),
                };
                audit::note::<T>(CopyOp::Ravel, self.len(), L::NAME, C::NAME);
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
    #[track_caller]
    pub fn flatten_order(&self, order: Order) -> Array<T, (Flat<S>,), C>
    where
        T: Clone,
    {
        audit::note::<T>(CopyOp::Flatten, self.len(), L::NAME, C::NAME);
        let dims = self.dims();
        let strides = self.strides();
        let axes = match crate::ops::contiguous::resolve_order(self, order) {
            Order::F => copy::order_axes(self.ndim(), Order::F),
            Order::K => keep_order_axes(dims.as_ref(), strides.as_ref())
                .into_iter()
                .collect(),
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
    #[track_caller]
    pub fn flatten(&self) -> Array<T, (Flat<S>,), C>
    where
        T: Clone,
    {
        self.flatten_order(Order::C)
    }
}

/// A contiguous layout flattened in its own order (`C` by `ravel`, `F` by
/// `ravel_f`): always a view, on `View` and `ViewMut` alike, whose length is
/// a static dim when the shape is static. A 1-D contiguous view is both C-
/// and F-ordered; its type says `C`.
macro_rules! own_order_ravel {
    ($layout:ident, $ravel:ident, $ex:literal, $ex_mut:literal) => {
        impl<'a, T, S: Shape> View<'a, T, S, $layout> {
            #[doc = concat!("`ravel(order='", stringify!($layout), "')` of a `", stringify!($layout), "` view: always a view of the same")]
            /// block.
            ///
            #[doc = $ex]
            #[inline]
            pub fn $ravel(self) -> View<'a, T, (Flat<S>,), C> {
                let flat = (Flat::of(self.shape()),);
                self.recast(flat)
            }
        }

        impl<'a, T, S: Shape> ViewMut<'a, T, S, $layout> {
            #[doc = concat!("`ravel(order='", stringify!($layout), "')` of a mutable `", stringify!($layout), "` view: a mutable 1-D")]
            /// view of the same block.
            ///
            #[doc = $ex_mut]
            #[inline]
            pub fn $ravel(self) -> ViewMut<'a, T, (Flat<S>,), C> {
                let flat = (Flat::of(self.shape()),);
                self.recast(flat)
            }
        }
    };
}

own_order_ravel!(
    C,
    ravel,
    "```\nuse array_core::{array, Dim, Flat, View, shape};\nlet a = array![[1, 2, 3], [4, 5, 6]];\nlet flat: View<'_, i32, (Flat<shape![2, 3]>,)> = a.view().ravel();\nassert_eq!(<Flat<shape![2, 3]> as Dim>::STATIC, Some(6));\nassert_eq!(flat.as_slice(), a.as_slice());\n```",
    "```\nuse array_core::array;\nlet mut a = array![[1, 2], [3, 4]];\na.view_mut().ravel().as_mut_slice().reverse();\nassert_eq!(a.as_slice(), &[4, 3, 2, 1]);\n```"
);
own_order_ravel!(
    F,
    ravel_f,
    "```\nuse array_core::array;\nlet a = array![[1, 2, 3], [4, 5, 6]];\nlet flat = a.t().ravel_f(); // F order of the transpose is the buffer\nassert_eq!(flat.as_slice(), &[1, 2, 3, 4, 5, 6]);\n```",
    "```\nuse array_core::array;\nlet mut a = array![[1, 2], [3, 4]];\na.t_mut().ravel_f()[[1]] = 20;\nassert_eq!(a.as_slice(), &[1, 20, 3, 4]);\n```"
);

impl<'a, T: Clone, S: Shape, L: NotProvenC> View<'a, T, S, L> {
    /// `ravel()` in C order: a view when the strides allow it (NumPy's
    /// ravel rule), else a copy.
    ///
    /// ```
    /// use array_core::{array, DynRank, Strided, View};
    /// let a = array![[1, 2], [3, 4]];
    /// let r = a.t().ravel();
    /// assert!(r.is_copy());
    /// assert_eq!(r.view().as_slice(), &[1, 3, 2, 4]);
    /// // NumPy's ravel copies arange(10)[::2], which reshape(-1) would view.
    /// let buf: Vec<i32> = (0..10).collect();
    /// let evens = View::<i32, DynRank, Strided>::from_parts(&buf, [5], [2], 0).unwrap();
    /// assert!(evens.ravel().is_copy());
    /// ```
    #[track_caller]
    pub fn ravel(self) -> CowArray<'a, T, (Flat<S>,), C> {
        self.ravel_order(Order::C)
    }
}

impl<'a, T: Clone, S: Shape, L: NotProvenF> View<'a, T, S, L> {
    /// `ravel(order='F')`: a view when the strides allow it, else a copy.
    ///
    /// ```
    /// use array_core::array;
    /// let a = array![[1, 2], [3, 4]];
    /// let r = a.view().ravel_f();
    /// assert!(r.is_copy());
    /// assert_eq!(r.view().as_slice(), &[1, 3, 2, 4]);
    /// ```
    #[track_caller]
    pub fn ravel_f(self) -> CowArray<'a, T, (Flat<S>,), C> {
        self.ravel_order(Order::F)
    }
}

impl<T, S: Shape, L: Layout> Array<T, S, L> {
    /// `flatten()` in C order: always a new owned 1-D array.
    ///
    /// ```
    /// use array_core::array;
    /// assert_eq!(array![[1, 2], [3, 4]].flatten().as_slice(), &[1, 2, 3, 4]);
    /// ```
    #[track_caller]
    pub fn flatten(&self) -> Array<T, (Flat<S>,), C>
    where
        T: Clone,
    {
        self.view().flatten()
    }

    /// NumPy's `ravel(order)` of the whole array: a view when the layout
    /// allows, else a copy.
    ///
    /// ```
    /// use array_core::{array, Order};
    /// let a = array![[1, 2], [3, 4]];
    /// assert!(a.ravel_order(Order::C).is_view());
    /// assert_eq!(a.ravel_order(Order::F).to_vec(), [1, 3, 2, 4]);
    /// ```
    #[track_caller]
    pub fn ravel_order(&self, order: Order) -> CowArray<'_, T, (Flat<S>,), C>
    where
        T: Clone,
    {
        self.view().ravel_order(order)
    }
}

impl<T, S: Shape> Array<T, S, C> {
    /// [`View::ravel`] of a C array: a view of the whole buffer.
    ///
    /// ```
    /// use array_core::array;
    /// assert_eq!(array![[1, 2], [3, 4]].ravel().as_slice(), &[1, 2, 3, 4]);
    /// ```
    pub fn ravel(&self) -> View<'_, T, (Flat<S>,), C> {
        self.view().ravel()
    }
}

impl<T, S: Shape> Array<T, S, F> {
    /// [`View::ravel_f`] of an F array: a view of the whole buffer.
    ///
    /// ```
    /// use array_core::array;
    /// assert_eq!(array![[1, 2], [3, 4]].reversed_axes().ravel_f().as_slice(), &[1, 2, 3, 4]);
    /// ```
    pub fn ravel_f(&self) -> View<'_, T, (Flat<S>,), C> {
        self.view().ravel_f()
    }
}

impl<T: Clone, S: Shape, L: NotProvenC> Array<T, S, L> {
    /// [`View::ravel`] (C order) of the whole array: may copy.
    ///
    /// ```
    /// use array_core::array;
    /// assert_eq!(array![[1, 2], [3, 4]].reversed_axes().ravel().to_vec(), [1, 3, 2, 4]);
    /// ```
    #[track_caller]
    pub fn ravel(&self) -> CowArray<'_, T, (Flat<S>,), C> {
        self.view().ravel()
    }
}

impl<T: Clone, S: Shape, L: NotProvenF> Array<T, S, L> {
    /// [`View::ravel_f`] (F order) of the whole array: may copy.
    ///
    /// ```
    /// use array_core::array;
    /// assert_eq!(array![[1, 2], [3, 4]].ravel_f().to_vec(), [1, 3, 2, 4]);
    /// ```
    #[track_caller]
    pub fn ravel_f(&self) -> CowArray<'_, T, (Flat<S>,), C> {
        self.view().ravel_f()
    }
}

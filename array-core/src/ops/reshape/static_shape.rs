//! Static reshapes: both shapes fully static, the element count checked
//! at compile time. In the layout's own order the result is a view with no
//! run-time work; in the other order it may copy.
//!
//! These are written out one by one rather than by a macro so that a
//! count mismatch points at a plain function signature.

use crate::array::{Array, CowArray, View, ViewMut};
use crate::layout::{C, F, Layout, NotProvenC, NotProvenF, Order, ProvenC, ProvenF, Strided};
use crate::ops::CopyPolicy;
use crate::shape::{SameCountAtBuild, SameElementCount, Shape, StaticShape};

/// A static target as NumPy's target list.
fn static_target<S2: StaticShape>() -> Vec<isize> {
    let dims = S2::try_static().expect("a static shape").dims();
    dims.as_ref().iter().map(|&d| d as isize).collect()
}

/// A reshape in `order` whose count the types proved equal.
#[track_caller]
fn may_copy<'a, T: Clone, S: Shape, L: crate::layout::Layout, S2: StaticShape>(
    v: View<'a, T, S, L>,
    order: Order,
) -> CowArray<'a, T, S2, Strided> {
    let () = SameCountAtBuild::<S, S2>::CHECKED;
    v.reshape_with(static_target::<S2>(), order, CopyPolicy::IfNeeded)
        .expect("the element count was checked at compile time")
}

impl<'a, T, S: Shape> View<'a, T, S, C> {
    /// Reshapes in C order to a static shape: a view with no run-time
    /// check. A different element count does not compile.
    ///
    /// ```
    /// use array_core::{array, View, C, shape};
    /// let a = array![[1, 2, 3], [4, 5, 6]];
    /// let r: View<'_, i32, shape![3, 2], C> = a.view().reshape();
    /// assert_eq!(r[[1, 0]], 3);
    /// ```
    #[inline]
    pub fn reshape<S2: StaticShape>(self) -> View<'a, T, S2, C>
    where
        S: StaticShape,
        (S, S2): SameElementCount,
    {
        let () = SameCountAtBuild::<S, S2>::CHECKED;
        self.recast(S2::try_static().expect("a static shape"))
    }
}

impl<'a, T, S: Shape> View<'a, T, S, F> {
    /// Reshapes in F order to a static shape: a view with no run-time
    /// check. A different element count does not compile.
    ///
    /// ```
    /// use array_core::{array, View, F, shape};
    /// let a = array![[1, 2, 3], [4, 5, 6]];
    /// let r: View<'_, i32, shape![6], F> = a.t().reshape_f();
    /// assert_eq!(r.to_vec(), [1, 2, 3, 4, 5, 6]);
    /// ```
    #[inline]
    pub fn reshape_f<S2: StaticShape>(self) -> View<'a, T, S2, F>
    where
        S: StaticShape,
        (S, S2): SameElementCount,
    {
        let () = SameCountAtBuild::<S, S2>::CHECKED;
        self.recast(S2::try_static().expect("a static shape"))
    }
}

impl<'a, T: Clone, S: Shape, L: NotProvenC> View<'a, T, S, L> {
    /// Reshapes in C order to a static shape. The element count is checked
    /// at compile time; whether the strides allow a view is only known at
    /// run time (NumPy's nocopy rule), so the result may be a copy.
    ///
    /// ```
    /// use array_core::{array, shape};
    /// let a = array![[1, 2, 3], [4, 5, 6]];
    /// let r = a.t().reshape::<shape![6]>();
    /// assert!(r.is_copy());
    /// assert_eq!(r.view().to_vec(), [1, 4, 2, 5, 3, 6]);
    /// ```
    #[track_caller]
    pub fn reshape<S2: StaticShape>(self) -> CowArray<'a, T, S2, Strided>
    where
        S: StaticShape,
        (S, S2): SameElementCount,
    {
        let () = SameCountAtBuild::<S, S2>::CHECKED;
        may_copy(self, Order::C)
    }
}

impl<'a, T: Clone, S: Shape, L: NotProvenF> View<'a, T, S, L> {
    /// Reshapes in F order to a static shape; the result may be a copy
    /// (the mirror of the C-order [`reshape`](View::reshape) of `F` data).
    ///
    /// ```
    /// use array_core::{array, shape};
    /// let a = array![[1, 2, 3], [4, 5, 6]];
    /// let r = a.view().reshape_f::<shape![6]>();
    /// assert!(r.is_copy());
    /// assert_eq!(r.view().to_vec(), [1, 4, 2, 5, 3, 6]);
    /// ```
    #[track_caller]
    pub fn reshape_f<S2: StaticShape>(self) -> CowArray<'a, T, S2, Strided>
    where
        S: StaticShape,
        (S, S2): SameElementCount,
    {
        let () = SameCountAtBuild::<S, S2>::CHECKED;
        may_copy(self, Order::F)
    }
}

impl<'a, T, S: Shape, L: Layout> ViewMut<'a, T, S, L> {
    /// Reshapes a mutable view in C order to a static shape: a mutable
    /// view of the same elements, with no run-time check. A different
    /// element count does not compile.
    ///
    /// ```
    /// use array_core::{array, shape};
    /// let mut a = array![[1, 2, 3], [4, 5, 6]];
    /// a.view_mut().reshape::<shape![3, 2]>()[[2, 0]] = 50;
    /// assert_eq!(a[[1, 1]], 50);
    /// ```
    #[inline]
    pub fn reshape<S2: StaticShape>(self) -> ViewMut<'a, T, S2, C>
    where
        L: ProvenC,
        S: StaticShape,
        (S, S2): SameElementCount,
    {
        let () = SameCountAtBuild::<S, S2>::CHECKED;
        self.recast(S2::try_static().expect("a static shape"))
    }
}

impl<'a, T, S: Shape, L: Layout> ViewMut<'a, T, S, L> {
    /// Reshapes a mutable view in F order to a static shape: a mutable
    /// view of the same elements, with no run-time check.
    ///
    /// ```
    /// use array_core::{array, shape};
    /// let mut a = array![[1, 2, 3], [4, 5, 6]];
    /// a.t_mut().reshape_f::<shape![6]>()[[5]] = 60;
    /// assert_eq!(a[[1, 2]], 60);
    /// ```
    #[inline]
    pub fn reshape_f<S2: StaticShape>(self) -> ViewMut<'a, T, S2, F>
    where
        L: ProvenF,
        S: StaticShape,
        (S, S2): SameElementCount,
    {
        let () = SameCountAtBuild::<S, S2>::CHECKED;
        self.recast(S2::try_static().expect("a static shape"))
    }
}

impl<T, S: Shape> Array<T, S, C> {
    /// [`View::reshape`] of the whole array: a view, checked at compile time.
    ///
    /// ```
    /// use array_core::{array, shape};
    /// let a = array![[1, 2], [3, 4]];
    /// assert_eq!(a.reshape::<shape![4]>().as_slice(), &[1, 2, 3, 4]);
    /// ```
    pub fn reshape<S2: StaticShape>(&self) -> View<'_, T, S2, C>
    where
        S: StaticShape,
        (S, S2): SameElementCount,
    {
        let () = SameCountAtBuild::<S, S2>::CHECKED;
        self.view().reshape()
    }

    /// Reshapes the owned array in C order to a static shape without
    /// touching the buffer. A different element count does not compile.
    ///
    /// ```
    /// use array_core::{array, Array, shape};
    /// let a = array![[1, 2, 3], [4, 5, 6]];
    /// let b: Array<i32, shape![3, 2]> = a.into_reshape();
    /// assert_eq!(b[[2, 0]], 5);
    /// ```
    #[doc(alias = "into_shape")]
    #[doc(alias = "into_shape_with_order")]
    pub fn into_reshape<S2: StaticShape>(self) -> Array<T, S2, C>
    where
        S: StaticShape,
        (S, S2): SameElementCount,
    {
        let () = SameCountAtBuild::<S, S2>::CHECKED;
        let shape = S2::try_static().expect("a static shape");
        Array::from_parts_unchecked(self.into_vec(), shape, ())
    }
}

impl<T, S: Shape> Array<T, S, F> {
    /// [`View::reshape_f`] of the whole array: a view, checked at compile time.
    ///
    /// ```
    /// use array_core::{Array, F, shape};
    /// let a = Array::<i32, shape![2, 2], F>::from_shape_vec([2, 2], vec![1, 3, 2, 4]).unwrap();
    /// assert_eq!(a.reshape_f::<shape![4]>().as_slice(), &[1, 3, 2, 4]);
    /// ```
    pub fn reshape_f<S2: StaticShape>(&self) -> View<'_, T, S2, F>
    where
        S: StaticShape,
        (S, S2): SameElementCount,
    {
        let () = SameCountAtBuild::<S, S2>::CHECKED;
        self.view().reshape_f()
    }

    /// Reshapes the owned array in F order to a static shape without
    /// touching the buffer. A different element count does not compile.
    ///
    /// ```
    /// use array_core::{Array, F, shape};
    /// let a = Array::<i32, shape![2, 3], F>::from_shape_vec([2, 3], vec![1, 4, 2, 5, 3, 6]).unwrap();
    /// let b: Array<i32, shape![6], F> = a.into_reshape_f();
    /// assert_eq!(b.as_slice(), &[1, 4, 2, 5, 3, 6]);
    /// ```
    #[doc(alias = "into_shape_with_order")]
    pub fn into_reshape_f<S2: StaticShape>(self) -> Array<T, S2, F>
    where
        S: StaticShape,
        (S, S2): SameElementCount,
    {
        let () = SameCountAtBuild::<S, S2>::CHECKED;
        let shape = S2::try_static().expect("a static shape");
        Array::from_parts_unchecked(self.into_vec(), shape, ())
    }
}

impl<T: Clone, S: Shape, L: NotProvenC> Array<T, S, L> {
    /// [`View::reshape`] (C order) of the whole array: may copy.
    ///
    /// ```
    /// use array_core::{Array, F, shape};
    /// let a = Array::<i32, shape![2, 2], F>::from_shape_vec([2, 2], vec![1, 3, 2, 4]).unwrap();
    /// assert_eq!(a.reshape::<shape![4]>().to_vec(), [1, 2, 3, 4]);
    /// ```
    #[track_caller]
    pub fn reshape<S2: StaticShape>(&self) -> CowArray<'_, T, S2, Strided>
    where
        S: StaticShape,
        (S, S2): SameElementCount,
    {
        let () = SameCountAtBuild::<S, S2>::CHECKED;
        self.view().reshape()
    }
}

impl<T: Clone, S: Shape, L: NotProvenF> Array<T, S, L> {
    /// [`View::reshape_f`] (F order) of the whole array: may copy.
    ///
    /// ```
    /// use array_core::{array, shape};
    /// let a = array![[1, 2], [3, 4]];
    /// assert_eq!(a.reshape_f::<shape![4]>().to_vec(), [1, 3, 2, 4]);
    /// ```
    #[track_caller]
    pub fn reshape_f<S2: StaticShape>(&self) -> CowArray<'_, T, S2, Strided>
    where
        S: StaticShape,
        (S, S2): SameElementCount,
    {
        let () = SameCountAtBuild::<S, S2>::CHECKED;
        self.view().reshape_f()
    }
}

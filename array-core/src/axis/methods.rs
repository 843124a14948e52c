//! The public axis methods of `View`, `ViewMut`, `Array` and `CowArray`.
//! Each is one call into the operations of the parent module, which are
//! written once for both view kinds.

use super::{AxisIter, end_lanes, outer_iter};
use crate::array::{Array, AxisIterMut, CowArray, View, ViewMut};
use crate::error::AxisError;
use crate::index::IndexError;
use crate::layout::{Layout, Strided};
use crate::shape::{Dyn, DynRank, Shape};

/// The axis methods of both view kinds, one text: each is one call into
/// the parent module's operations, with the kind's own item and iterator
/// types. An invocation gives each method's docs for `View`, then for
/// `ViewMut`.
macro_rules! view_axis_methods {
    (outer_iter { $(#[$v_outer_iter:meta])* } { $(#[$m_outer_iter:meta])* }
     rows { $(#[$v_rows:meta])* } { $(#[$m_rows:meta])* }
     columns { $(#[$v_columns:meta])* } { $(#[$m_columns:meta])* }
     axis_iter { $(#[$v_axis_iter:meta])* } { $(#[$m_axis_iter:meta])* }
     lanes { $(#[$v_lanes:meta])* } { $(#[$m_lanes:meta])* }
     index_axis { $(#[$v_index_axis:meta])* } { $(#[$m_index_axis:meta])* }
     split_at { $(#[$v_split_at:meta])* } { $(#[$m_split_at:meta])* }
     insert_axis { $(#[$v_insert_axis:meta])* } { $(#[$m_insert_axis:meta])* }
     squeeze { $(#[$v_squeeze:meta])* } { $(#[$m_squeeze:meta])* }) => {
        view_axis_methods!(@kind View, AxisIter; [$(#[$v_outer_iter])*] [$(#[$v_rows])*] [$(#[$v_columns])*] [$(#[$v_axis_iter])*] [$(#[$v_lanes])*] [$(#[$v_index_axis])*] [$(#[$v_split_at])*] [$(#[$v_insert_axis])*] [$(#[$v_squeeze])*]);
        view_axis_methods!(@kind ViewMut, AxisIterMut; [$(#[$m_outer_iter])*] [$(#[$m_rows])*] [$(#[$m_columns])*] [$(#[$m_axis_iter])*] [$(#[$m_lanes])*] [$(#[$m_index_axis])*] [$(#[$m_split_at])*] [$(#[$m_insert_axis])*] [$(#[$m_squeeze])*]);
    };
    (@kind $Ty:ident, $Iter:ident; [$(#[$outer_iter:meta])*] [$(#[$rows:meta])*] [$(#[$columns:meta])*] [$(#[$axis_iter:meta])*] [$(#[$lanes:meta])*] [$(#[$index_axis:meta])*] [$(#[$split_at:meta])*] [$(#[$insert_axis:meta])*] [$(#[$squeeze:meta])*]) => {
        impl<'a, T, S: Shape, L: Layout> $Ty<'a, T, S, L> {
            /// The same elements under a dynamic-rank strided type, where
            /// every axis operation starts.
            fn axis_source(self) -> $Ty<'a, T, DynRank, Strided> {
                let (dims, strides) = (self.dims(), self.strides());
                self.relayout(DynRank::new(dims.as_ref()), strides.as_ref().into(), 0)
                    .expect("the same layout under a dynamic-rank type")
            }

            $(#[$outer_iter])*
            pub fn outer_iter(self) -> $Iter<'a, T, S::Tail, L::Outer> {
                outer_iter(self.axis_source())
            }

            $(#[$rows])*
            pub fn rows(self) -> $Iter<'a, T, (S::Last,), L::Row> {
                end_lanes(self.axis_source(), true)
            }

            $(#[$columns])*
            pub fn columns(self) -> $Iter<'a, T, (S::First,), L::Column> {
                end_lanes(self.axis_source(), false)
            }

            $(#[$axis_iter])*
            pub fn axis_iter(self, axis: usize) -> Result<$Iter<'a, T, S::Smaller, Strided>, AxisError> {
                super::along_axis(self.axis_source(), axis, false)
            }

            $(#[$lanes])*
            pub fn lanes(self, axis: usize) -> Result<$Iter<'a, T, (Dyn,), Strided>, AxisError> {
                super::along_axis(self.axis_source(), axis, true)
            }

            $(#[$index_axis])*
            pub fn index_axis(self, axis: usize, index: usize) -> Result<$Ty<'a, T, S::Smaller, Strided>, IndexError> {
                super::index_axis(self.axis_source(), axis, index)
            }

            $(#[$split_at])*
            #[allow(clippy::type_complexity)]
            pub fn split_at(
                self,
                axis: usize,
                index: usize,
            ) -> Result<($Ty<'a, T, S::AllDyn, Strided>, $Ty<'a, T, S::AllDyn, Strided>), IndexError> {
                super::split_at(self.axis_source(), axis, index)
            }

            $(#[$insert_axis])*
            pub fn insert_axis(self, axis: usize) -> Result<$Ty<'a, T, S::Larger, L>, AxisError> {
                super::insert_axis(self.axis_source(), axis)
            }

            $(#[$squeeze])*
            pub fn squeeze(self) -> $Ty<'a, T, DynRank, L> {
                super::squeeze(self.axis_source())
            }
        }
    };
}

view_axis_methods! {
    outer_iter {
        /// The sub-arrays along the first axis (NumPy's `for x in a`,
        /// ndarray's `outer_iter`). Items keep the static dims of the other
        /// axes; a `C` array's items are `C`. A 0-d view yields nothing.
        ///
        /// ```
        /// use array_core::{array, C, View, shape};
        /// let a = array![[[1, 2], [3, 4]], [[5, 6], [7, 8]]];
        /// let planes: Vec<View<'_, i32, shape![2, 2], C>> = a.view().outer_iter().collect();
        /// assert_eq!(planes[1].as_slice(), &[5, 6, 7, 8]);
        /// ```
    } {
        /// Mutable sub-arrays along the first axis ([`View::outer_iter`]).
        ///
        /// ```
        /// use array_core::array;
        /// let mut a = array![[1, 2], [3, 4]];
        /// for (k, mut row) in a.view_mut().outer_iter().enumerate() {
        ///     row.fill(k as i32);
        /// }
        /// assert_eq!(a.as_slice(), &[0, 0, 1, 1]);
        /// ```
    }
    rows {
        /// The lanes along the last axis: the rows of a 2-D array. A `C`
        /// array's rows are `C` views, so `as_slice` works on each.
        ///
        /// ```
        /// use array_core::array;
        /// let a = array![[1, 2, 3], [4, 5, 6]];
        /// let rows: Vec<&[i32]> = a.view().rows().map(|r| r.as_slice()).collect();
        /// assert_eq!(rows, [[1, 2, 3], [4, 5, 6]]);
        /// ```
    } {
        /// Mutable lanes along the last axis ([`View::rows`]).
        ///
        /// ```
        /// use array_core::array;
        /// let mut a = array![[3, 1, 2], [9, 7, 8]];
        /// for mut row in a.view_mut().rows() {
        ///     row.as_mut_slice().sort();
        /// }
        /// assert_eq!(a.as_slice(), &[1, 2, 3, 7, 8, 9]);
        /// ```
    }
    columns {
        /// The lanes along the first axis: the columns of a 2-D array. An `F`
        /// array's columns are contiguous (`C` 1-D views); a `C` array's are
        /// `Strided`.
        ///
        /// ```
        /// use array_core::array;
        /// let a = array![[1, 2, 3], [4, 5, 6]];
        /// let cols: Vec<Vec<i32>> = a.view().columns().map(|c| c.to_vec()).collect();
        /// assert_eq!(cols, [[1, 4], [2, 5], [3, 6]]);
        /// ```
    } {
        /// Mutable lanes along the first axis ([`View::columns`]).
        ///
        /// ```
        /// use array_core::array;
        /// let mut a = array![[1, 2], [3, 4]];
        /// for mut col in a.view_mut().columns() {
        ///     col[[0]] = 0;
        /// }
        /// assert_eq!(a.as_slice(), &[0, 0, 3, 4]);
        /// ```
    }
    axis_iter {
        /// The sub-arrays along `axis`, each with that axis removed (ndarray's
        /// `axis_iter`). The axis is chosen at run time, so items have dynamic
        /// dims and a `Strided` layout.
        ///
        /// ```
        /// use array_core::array;
        /// let a = array![[1, 2, 3], [4, 5, 6]];
        /// let cols: Vec<Vec<i32>> = a.view().axis_iter(1).unwrap().map(|c| c.to_vec()).collect();
        /// assert_eq!(cols, [[1, 4], [2, 5], [3, 6]]);
        /// let e = a.view().axis_iter(2).err().unwrap();
        /// assert_eq!(e.to_string(), "axis 2 is out of bounds for array of dimension 2");
        /// ```
    } {
        /// Mutable sub-arrays along `axis` ([`View::axis_iter`]).
        ///
        /// ```
        /// use array_core::array;
        /// let mut a = array![[1, 2], [3, 4]];
        /// for mut col in a.view_mut().axis_iter(1).unwrap() {
        ///     col.fill(9);
        ///     break;
        /// }
        /// assert_eq!(a.as_slice(), &[9, 2, 9, 4]);
        /// ```
    }
    lanes {
        /// Every 1-D lane along `axis`, in logical order of the other axes
        /// (ndarray's `lanes`).
        ///
        /// ```
        /// use array_core::array;
        /// let a = array![[1, 2, 3], [4, 5, 6]];
        /// let sums: Vec<i32> = a.view().lanes(0).unwrap().map(|l| l.iter().sum()).collect();
        /// assert_eq!(sums, [5, 7, 9]);
        /// ```
    } {
        /// Mutable 1-D lanes along `axis` ([`View::lanes`]).
        ///
        /// ```
        /// use array_core::array;
        /// let mut a = array![[1, 2], [3, 4]];
        /// for mut lane in a.view_mut().lanes(0).unwrap() {
        ///     lane[[1]] *= 10;
        /// }
        /// assert_eq!(a.as_slice(), &[1, 2, 30, 40]);
        /// ```
    }
    index_axis {
        /// The sub-array at `index` along `axis`, that axis removed (NumPy's
        /// `a[:, i]` for axis 1; ndarray's `index_axis`).
        ///
        /// ```
        /// use array_core::{array, IndexError};
        /// let a = array![[1, 2, 3], [4, 5, 6]];
        /// assert_eq!(a.view().index_axis(1, 2).unwrap().to_vec(), [3, 6]);
        /// let e = a.view().index_axis(1, 3).unwrap_err();
        /// assert_eq!(e, IndexError::OutOfBounds { index: 3, axis: 1, len: 3 });
        /// ```
    } {
        /// The mutable sub-array at `index` along `axis` ([`View::index_axis`]).
        ///
        /// ```
        /// use array_core::array;
        /// let mut a = array![[1, 2, 3], [4, 5, 6]];
        /// a.view_mut().index_axis(1, 0).unwrap().fill(0);
        /// assert_eq!(a.as_slice(), &[0, 2, 3, 0, 5, 6]);
        /// ```
    }
    split_at {
        /// Two views: indices `..index` and `index..` along `axis`
        /// (`index` may equal the axis length, leaving the second empty).
        ///
        /// ```
        /// use array_core::array;
        /// let a = array![[1, 2, 3], [4, 5, 6]];
        /// let (left, right) = a.view().split_at(1, 1).unwrap();
        /// assert_eq!(left.to_vec(), [1, 4]);
        /// assert_eq!(right.to_vec(), [2, 3, 5, 6]);
        /// assert!(a.view().split_at(0, 3).is_err());
        /// ```
    } {
        /// Two disjoint mutable views: indices `..index` and `index..` along
        /// `axis`. Both may be written at the same time, on different threads
        /// too: they share no element (the invariant is stated on the raw
        /// module's `split_along`).
        ///
        /// ```
        /// use array_core::array;
        /// let mut a = array![[1, 2, 3, 4], [5, 6, 7, 8]];
        /// let (mut left, mut right) = a.view_mut().split_at(1, 2).unwrap();
        /// std::thread::scope(|s| {
        ///     s.spawn(move || left.fill(0));
        ///     s.spawn(move || right.fill(1));
        /// });
        /// assert_eq!(a.as_slice(), &[0, 0, 1, 1, 0, 0, 1, 1]);
        /// ```
        #[doc(alias = "split_at_mut")]
    }
    insert_axis {
        /// A new axis of length 1 at position `axis` (`0..=ndim`), NumPy's
        /// `expand_dims` / `a[np.newaxis]`. The layout is kept: a length-1
        /// axis never breaks contiguity.
        ///
        /// ```
        /// use array_core::array;
        /// let a = array![1, 2, 3];
        /// let col = a.view().insert_axis(1).unwrap();
        /// assert_eq!(col.dims(), [3, 1]);
        /// assert_eq!(col.as_slice(), &[1, 2, 3]);
        /// ```
        #[doc(alias = "expand_dims")]
        #[doc(alias = "newaxis")]
    } {
        /// A new axis of length 1 at position `axis` ([`View::insert_axis`]).
        ///
        /// ```
        /// use array_core::array;
        /// let mut a = array![1, 2];
        /// let mut m = a.view_mut().insert_axis(0).unwrap();
        /// m[[0, 1]] = 20;
        /// assert_eq!(a.as_slice(), &[1, 20]);
        /// ```
    }
    squeeze {
        /// Every axis of length 1 removed (NumPy's `squeeze`). How many remain
        /// is a run-time fact, so the shape is `DynRank`; the layout is kept.
        ///
        /// ```
        /// use array_core::array;
        /// let a = array![[[1], [2], [3]]];
        /// let s = a.view().squeeze();
        /// assert_eq!(s.dims(), vec![3]);
        /// assert_eq!(s.as_slice(), &[1, 2, 3]);
        /// ```
    } {
        /// Every axis of length 1 removed ([`View::squeeze`]).
        ///
        /// ```
        /// use array_core::array;
        /// let mut a = array![[1, 2, 3]];
        /// a.view_mut().squeeze()[[2]] = 30;
        /// assert_eq!(a.as_slice(), &[1, 2, 30]);
        /// ```
    }
}

/// The axis iterators of an owned kind, borrowing it through `view()`.
macro_rules! borrowed_axis_methods {
    ($Ty:ident $(<$lt:lifetime>)?, $setup:literal) => {
        impl<$($lt,)? T, S: Shape, L: Layout> $Ty<$($lt,)? T, S, L> {
            /// [`View::outer_iter`] of the whole array.
            ///
            #[doc = concat!("```\nuse array_core::array;\n", $setup, "\nassert_eq!(x.outer_iter().map(|r| r.to_vec()).collect::<Vec<_>>(), [[1, 2, 3], [4, 5, 6]]);\n```")]
            pub fn outer_iter(&self) -> AxisIter<'_, T, S::Tail, L::Outer> {
                self.view().outer_iter()
            }

            /// [`View::rows`] of the whole array.
            ///
            #[doc = concat!("```\nuse array_core::array;\n", $setup, "\nassert_eq!(x.rows().map(|r| r.to_vec()).collect::<Vec<_>>(), [[1, 2, 3], [4, 5, 6]]);\n```")]
            pub fn rows(&self) -> AxisIter<'_, T, (S::Last,), L::Row> {
                self.view().rows()
            }

            /// [`View::columns`] of the whole array.
            ///
            #[doc = concat!("```\nuse array_core::array;\n", $setup, "\nassert_eq!(x.columns().map(|c| c.to_vec()).collect::<Vec<_>>(), [[1, 4], [2, 5], [3, 6]]);\n```")]
            pub fn columns(&self) -> AxisIter<'_, T, (S::First,), L::Column> {
                self.view().columns()
            }

            /// [`View::axis_iter`] of the whole array.
            ///
            #[doc = concat!("```\nuse array_core::array;\n", $setup, "\nassert_eq!(x.axis_iter(1).unwrap().count(), 3);\n```")]
            pub fn axis_iter(&self, axis: usize) -> Result<AxisIter<'_, T, S::Smaller, Strided>, AxisError> {
                self.view().axis_iter(axis)
            }

            /// [`View::lanes`] of the whole array.
            ///
            #[doc = concat!("```\nuse array_core::array;\n", $setup, "\nassert_eq!(x.lanes(1).unwrap().count(), 2);\n```")]
            pub fn lanes(&self, axis: usize) -> Result<AxisIter<'_, T, (Dyn,), Strided>, AxisError> {
                self.view().lanes(axis)
            }

            /// [`View::index_axis`] of the whole array.
            ///
            #[doc = concat!("```\nuse array_core::array;\n", $setup, "\nassert_eq!(x.index_axis(0, 1).unwrap().to_vec(), [4, 5, 6]);\n```")]
            pub fn index_axis(&self, axis: usize, index: usize) -> Result<View<'_, T, S::Smaller, Strided>, IndexError> {
                self.view().index_axis(axis, index)
            }
        }
    };
}

borrowed_axis_methods!(Array, "let x = array![[1, 2, 3], [4, 5, 6]];");
borrowed_axis_methods!(
    CowArray<'a>,
    "let b = array![[1, 4], [2, 5], [3, 6]];\nlet x = b.t().to_c_contiguous(); // a C-ordered copy"
);

impl<T, S: Shape, L: Layout> Array<T, S, L> {
    /// [`ViewMut::outer_iter`] of the whole array.
    ///
    /// ```
    /// use array_core::array;
    /// let mut a = array![[1, 2], [3, 4]];
    /// a.outer_iter_mut().for_each(|mut r| r[[0]] = 0);
    /// assert_eq!(a.as_slice(), &[0, 2, 0, 4]);
    /// ```
    pub fn outer_iter_mut(&mut self) -> AxisIterMut<'_, T, S::Tail, L::Outer> {
        self.view_mut().outer_iter()
    }

    /// [`ViewMut::rows`] of the whole array.
    ///
    /// ```
    /// use array_core::array;
    /// let mut a = array![[1, 2], [3, 4]];
    /// a.rows_mut().for_each(|mut r| r.as_mut_slice().reverse());
    /// assert_eq!(a.as_slice(), &[2, 1, 4, 3]);
    /// ```
    pub fn rows_mut(&mut self) -> AxisIterMut<'_, T, (S::Last,), L::Row> {
        self.view_mut().rows()
    }

    /// [`ViewMut::columns`] of the whole array.
    ///
    /// ```
    /// use array_core::array;
    /// let mut a = array![[1, 2], [3, 4]];
    /// a.columns_mut().for_each(|mut c| c[[1]] = 0);
    /// assert_eq!(a.as_slice(), &[1, 2, 0, 0]);
    /// ```
    pub fn columns_mut(&mut self) -> AxisIterMut<'_, T, (S::First,), L::Column> {
        self.view_mut().columns()
    }

    /// [`ViewMut::axis_iter`] of the whole array.
    ///
    /// ```
    /// use array_core::array;
    /// let mut a = array![[1, 2], [3, 4]];
    /// a.axis_iter_mut(1).unwrap().for_each(|mut c| c[[0]] = 0);
    /// assert_eq!(a.as_slice(), &[0, 0, 3, 4]);
    /// ```
    pub fn axis_iter_mut(
        &mut self,
        axis: usize,
    ) -> Result<AxisIterMut<'_, T, S::Smaller, Strided>, AxisError> {
        self.view_mut().axis_iter(axis)
    }

    /// [`ViewMut::lanes`] of the whole array.
    ///
    /// ```
    /// use array_core::array;
    /// let mut a = array![[1, 2], [3, 4]];
    /// a.lanes_mut(1).unwrap().for_each(|mut l| l[[1]] = 0);
    /// assert_eq!(a.as_slice(), &[1, 0, 3, 0]);
    /// ```
    pub fn lanes_mut(
        &mut self,
        axis: usize,
    ) -> Result<AxisIterMut<'_, T, (Dyn,), Strided>, AxisError> {
        self.view_mut().lanes(axis)
    }

    /// [`ViewMut::index_axis`] of the whole array.
    ///
    /// ```
    /// use array_core::array;
    /// let mut a = array![[1, 2], [3, 4]];
    /// a.index_axis_mut(0, 1).unwrap().fill(0);
    /// assert_eq!(a.as_slice(), &[1, 2, 0, 0]);
    /// ```
    pub fn index_axis_mut(
        &mut self,
        axis: usize,
        index: usize,
    ) -> Result<ViewMut<'_, T, S::Smaller, Strided>, IndexError> {
        self.view_mut().index_axis(axis, index)
    }
}

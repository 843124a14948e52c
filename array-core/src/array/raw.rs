//! The raw-view module: the one place that turns element offsets into
//! references. Every `unsafe` block of the crate is here, and the workspace
//! denies `unsafe` everywhere else.
//!
//! A view is a borrowed *region* (a pointer and a length, taken from a slice
//! or a `Vec`), the offset of its first element inside that region, a shape
//! and its layout's strides. The invariants every constructor establishes
//! and every method relies on:
//!
//! 1. **In bounds.** Every element reachable from an in-range multi-index
//!    lies inside the region. Checked from the layout's hull, in O(rank),
//!    whenever a layout is installed (`new_checked`, `relayout`); a
//!    contiguous reinterpretation of the same block (`recast`) needs only an
//!    equal element count, which it asserts. Element accessors (`elem`,
//!    `elem_mut`, `run`, `run_mut`) re-check the offset against the region,
//!    so a wrong offset is a panic, never an out-of-bounds read.
//! 2. **Unique** (`ViewMut` only). No two multi-indices reach the same
//!    element. `ViewMut::new_checked` checks it for user strides; the
//!    crate's relayouts keep it: slicing and index-dropping restrict the
//!    index set, permutations relabel it, nocopy reshapes map it one-to-one,
//!    and inserted axes have length 1.
//! 3. **Exclusive** (`ViewMut` only). While a `ViewMut` lives, no other live
//!    view reaches its elements. A `ViewMut` is made only from a `&mut`
//!    borrow (`Array::view_mut`, `ViewMut::from_parts`), from `&mut self`
//!    (`reborrow`), or by splitting one `ViewMut` into parts that reach
//!    disjoint elements (`split_along`, `into_subviews`, whose proof is
//!    written beside them). `elem_mut`, `run_mut` and [`IterMut`] rely on
//!    this and on 2 to hand out `&mut T`.
//!
//! No safe function here can be called with arguments that break these:
//! the ones that take offsets re-check them, and the ones that create views
//! check or construct the layout themselves. The two `unsafe fn
//! from_raw_parts` constructors, for memory this crate did not allocate,
//! state their contracts; their only callers are the bridges in this
//! module's children (`raw/ndarray_views.rs`, `raw/numpy_arrays.rs`), each
//! with the argument why the other library's guarantees meet them.

// The one module allowed to write `unsafe` (the workspace denies it
// everywhere else); every block states the invariant it relies on.
#![allow(unsafe_code)]

use crate::error::LayoutError;
use crate::layout::{C, Contiguous, Layout, Strided};
use crate::shape::DynRank;
use crate::shape::Shape;
use std::marker::PhantomData;
use std::ptr::NonNull;

mod iter_mut;
#[cfg(feature = "ndarray")]
mod ndarray_views;
mod transpose;

pub use iter_mut::{AxisIterMut, IterMut};

/// The two view kinds have the same fields; they differ only in the borrow
/// they stand for, which `marker` records.
macro_rules! view_struct {
    ($(#[$doc:meta])* $Ty:ident borrows $borrow:ty) => {
        $(#[$doc])*
        pub struct $Ty<'a, T, S: Shape, L: Layout = C> {
            region: NonNull<T>,
            region_len: usize,
            offset: usize,
            shape: S,
            stored: L::Stored<S>,
            marker: PhantomData<$borrow>,
        }
    };
}

view_struct! {
    /// A read-only view of an n-dimensional array: a borrowed region, a shape
    /// `S` and a layout `L`.
    ///
    /// A `View` can never write and can never be turned into a [`ViewMut`]:
    /// read-only is a type, not a flag. It is a shared borrow, so it is `Copy`
    /// when its shape is (every tuple shape; a `DynRank` view stores its dims in
    /// a `Vec` and is only `Clone`).
    ///
    /// ```
    /// use array_core::{Array, View, shape};
    /// let a = Array::<i32, shape![2, 3]>::from_fn_static(|[i, j]| (3 * i + j) as i32);
    /// let v: View<'_, i32, shape![2, 3]> = a.view();
    /// assert_eq!(v[[1, 2]], 5);
    /// assert_eq!(v.as_slice(), &[0, 1, 2, 3, 4, 5]);
    /// ```
    View borrows &'a [T]
}

view_struct! {
    /// A mutable view: like [`View`], and it may write its elements.
    ///
    /// Its elements never overlap (no two indices reach one element), which is
    /// why a broadcast view can never become a `ViewMut`.
    ///
    /// ```
    /// use array_core::{Array, shape};
    /// let mut a = Array::<i32, shape![2, 2]>::zeros_static();
    /// let mut m = a.view_mut();
    /// m[[0, 1]] = 7;
    /// assert_eq!(a.as_slice(), &[0, 7, 0, 0]);
    /// ```
    ViewMut borrows &'a mut [T]
}

// SAFETY: a `View` is a shared borrow of `T`s; sending or sharing it across
// threads is exactly as safe as doing so with `&[T]`, which needs `T: Sync`.
unsafe impl<T: Sync, S: Shape, L: Layout> Send for View<'_, T, S, L> {}
// SAFETY: as above, `&View` only hands out `&T`.
unsafe impl<T: Sync, S: Shape, L: Layout> Sync for View<'_, T, S, L> {}
// SAFETY: a `ViewMut` is a unique borrow of distinct `T`s, like `&mut [T]`,
// which is `Send` when `T: Send`.
unsafe impl<T: Send, S: Shape, L: Layout> Send for ViewMut<'_, T, S, L> {}
// SAFETY: `&ViewMut` only hands out `&T`, like `&&mut [T]`, which needs `T: Sync`.
unsafe impl<T: Sync, S: Shape, L: Layout> Sync for ViewMut<'_, T, S, L> {}

/// A view of a static-rank shape is `Copy`, like the reference it is.
impl<T, S: Shape + Copy, L: Layout> Copy for View<'_, T, S, L> where L::Stored<S>: Copy {}

impl<T, S: Shape, L: Layout> Clone for View<'_, T, S, L> {
    fn clone(&self) -> Self {
        View {
            shape: self.shape.clone(),
            stored: self.stored.clone(),
            ..*self
        }
    }
}

/// The lowest and highest element offsets (relative to the first element)
/// that a layout reaches, or `None` for a zero-size layout. `Err` when the
/// arithmetic overflows, which no real buffer can satisfy.
#[inline]
pub(crate) fn hull(dims: &[usize], strides: &[isize]) -> Result<Option<(isize, isize)>, ()> {
    if dims.contains(&0) {
        return Ok(None);
    }
    let (mut lo, mut hi) = (0isize, 0isize);
    for (&d, &s) in dims.iter().zip(strides) {
        let last = isize::try_from(d - 1).map_err(|_| ())?;
        let reach = s.checked_mul(last).ok_or(())?;
        if reach < 0 {
            lo = lo.checked_add(reach).ok_or(())?;
        } else {
            hi = hi.checked_add(reach).ok_or(())?;
        }
    }
    Ok(Some((lo, hi)))
}

/// Checks that a layout placed at `offset` stays inside `region_len` elements.
#[inline]
fn check_bounds(
    region_len: usize,
    offset: isize,
    dims: &[usize],
    strides: &[isize],
) -> Result<usize, LayoutError> {
    if strides.len() != dims.len() {
        return Err(LayoutError::StrideCount {
            rank: dims.len(),
            found: strides.len(),
        });
    }
    let oob = |lowest, highest| LayoutError::OutOfBounds {
        lowest,
        highest,
        len: region_len,
    };
    match hull(dims, strides) {
        Err(()) => Err(oob(isize::MIN, isize::MAX)),
        Ok(None) => {
            // Nothing is reachable, so any non-negative offset is harmless:
            // NumPy lets an empty slice point past the end (`zeros((2, 0, 2))
            // [:, :, 1:]` is one element in). No pointer is ever formed from
            // it: element access re-checks bounds and empty slices are built
            // without pointer arithmetic.
            if offset < 0 {
                Err(oob(offset, offset))
            } else {
                Ok(offset as usize)
            }
        }
        Ok(Some((lo, hi))) => {
            let lowest = offset.checked_add(lo);
            let highest = offset.checked_add(hi);
            match (lowest, highest) {
                (Some(l), Some(h)) if l >= 0 && (h as usize) < region_len => Ok(offset as usize),
                (l, h) => Err(oob(l.unwrap_or(isize::MIN), h.unwrap_or(isize::MAX))),
            }
        }
    }
}

/// The first-element offset `delta` elements from `offset`, after checking
/// that a layout of `shape` and `strides` placed there stays in the region.
#[inline]
fn shifted_offset<S: Shape>(
    region_len: usize,
    offset: usize,
    delta: isize,
    shape: &S,
    strides: &[isize],
) -> Result<usize, LayoutError> {
    let shifted = (offset as isize)
        .checked_add(delta)
        .ok_or(LayoutError::OutOfBounds {
            lowest: isize::MIN,
            highest: isize::MAX,
            len: region_len,
        })?;
    check_bounds(region_len, shifted, shape.dims().as_ref(), strides)
}

/// A sufficient test that no two indices reach the same element: sorted by
/// |stride|, each axis must step over everything the inner axes reach.
/// Exotic interleaved layouts that never collide are rejected too; they can
/// still be read through a [`View`].
pub(crate) fn is_unique(dims: &[usize], strides: &[isize]) -> bool {
    if dims.contains(&0) {
        return true;
    }
    let mut axes: Vec<(usize, usize)> = dims
        .iter()
        .zip(strides)
        .filter(|(d, _)| **d > 1)
        .map(|(&d, &s)| (d, s.unsigned_abs()))
        .collect();
    crate::rules::short_sort::sort_by_key(&mut axes, |&(_, s)| s);
    let mut reach: usize = 0;
    for (d, s) in axes {
        if s <= reach {
            return false;
        }
        match s.checked_mul(d - 1).and_then(|r| r.checked_add(reach)) {
            Some(r) => reach = r,
            None => return false,
        }
    }
    true
}

macro_rules! common_raw_methods {
    ($ty:ident, $slice:ty, unique: $unique:literal,
     from_raw_parts: $(#[$raw_parts_doc:meta])*
     of_buffer: $(#[$of_buffer_doc:meta])*
     new_checked: $(#[$new_checked_doc:meta])*) => {
        impl<'a, T, S: Shape, L: Layout> $ty<'a, T, S, L> {
            $(#[$of_buffer_doc])*
            #[inline]
            pub(crate) fn of_buffer(slice: $slice, shape: S, stored: L::Stored<S>) -> Self {
                if (L::ALWAYS_C_CONTIGUOUS || L::ALWAYS_F_CONTIGUOUS) && slice.len() == shape.size() {
                    let region_len = slice.len();
                    return $ty::assemble(NonNull::from(slice).cast(), region_len, 0, shape, stored);
                }
                $ty::new_checked(slice, shape, stored, 0)
                    .expect("an array's layout always fits its buffer (and a mutable one never overlaps)")
            }

            $(#[$new_checked_doc])*
            pub(crate) fn new_checked(
                slice: $slice,
                shape: S,
                stored: L::Stored<S>,
                offset: isize,
            ) -> Result<Self, LayoutError> {
                let strides = L::strides(&shape, &stored);
                let dims = shape.dims();
                let offset = check_bounds(slice.len(), offset, dims.as_ref(), strides.as_ref())?;
                if $unique && !is_unique(dims.as_ref(), strides.as_ref()) {
                    return Err(LayoutError::Overlapping);
                }
                let region_len = slice.len();
                Ok($ty::assemble(NonNull::from(slice).cast(), region_len, offset, shape, stored))
            }

            $(#[$raw_parts_doc])*
            #[cfg(feature = "ndarray")]
            pub(crate) unsafe fn from_raw_parts(
                first: NonNull<T>,
                dims: &[usize],
                strides: &[isize],
            ) -> Result<Self, LayoutError> {
                let (shape, stored, _) = super::view::user_parts::<T, S, L>(dims, strides, 0, 0)?;
                let (region, region_len, offset) = reachable_region(first, dims, strides)?;
                Ok($ty::assemble(region, region_len, offset, shape, stored))
            }

            /// A view of `region_len` elements at `region` for `'a`, unchecked:
            /// every caller in this module establishes the invariants for
            /// what it builds (and says how, where it is not a relabelling
            /// of an existing view's parts).
            #[inline(always)]
            fn assemble(
                region: NonNull<T>,
                region_len: usize,
                offset: usize,
                shape: S,
                stored: L::Stored<S>,
            ) -> Self {
                $ty {
                    region,
                    region_len,
                    offset,
                    shape,
                    stored,
                    marker: PhantomData,
                }
            }

            /// The same region under another first element, shape and layout.
            #[inline(always)]
            fn rebuild<S2: Shape, L2: Layout>(
                self,
                offset: usize,
                shape: S2,
                stored: L2::Stored<S2>,
            ) -> $ty<'a, T, S2, L2> {
                $ty::assemble(self.region, self.region_len, offset, shape, stored)
            }

            /// Installs a new shape and layout on the same region, `delta`
            /// elements from the current first element, after a bounds
            /// check. For a `ViewMut` the caller (this crate) keeps the
            /// elements unique: slicing, dropping or permuting axes, length-1
            /// axes and nocopy reshapes all do.
            pub(crate) fn relayout<S2: Shape, L2: Layout>(
                self,
                shape: S2,
                stored: L2::Stored<S2>,
                delta: isize,
            ) -> Result<$ty<'a, T, S2, L2>, LayoutError> {
                let strides = L2::strides(&shape, &stored);
                let offset = shifted_offset(
                    self.region_len,
                    self.offset,
                    delta,
                    &shape,
                    strides.as_ref(),
                )?;
                debug_assert!(
                    !$unique
                        || shape.size() < 2
                        || strides
                            .as_ref()
                            .iter()
                            .zip(shape.dims().as_ref())
                            .all(|(s, d)| *s != 0 || *d <= 1),
                    "a mutable view must not get a zero stride on an axis longer than 1"
                );
                Ok(self.rebuild(offset, shape, stored))
            }

            /// The same elements under the axes reversed: a transpose reaches
            /// exactly the elements it did (the same (dim, stride) pairs in
            /// another order), so no bound or uniqueness can change and
            /// nothing is checked.
            #[inline(always)]
            pub(crate) fn into_transposed(self) -> $ty<'a, T, S::Reversed, L::Transposed> {
                let shape = self.shape.reversed();
                let stored = L::transpose_stored(&self.shape, &self.stored);
                debug_assert!({
                    let (a, b) = (self.shape.dims(), L::strides(&self.shape, &self.stored));
                    let (c, d) = (shape.dims(), L::Transposed::strides(&shape, &stored));
                    a.as_ref().iter().rev().eq(c.as_ref()) && b.as_ref().iter().rev().eq(d.as_ref())
                });
                let offset = self.offset;
                self.rebuild(offset, shape, stored)
            }

            /// Reinterprets a contiguous block as another contiguous shape
            /// and order of the same element count: no strides to check, the
            /// block (and so uniqueness) is the same.
            ///
            /// # Panics
            /// If the element counts differ (callers prove them equal; with
            /// static shapes the comparison is a constant).
            #[inline(always)]
            pub(crate) fn recast<S2: Shape, L2: Contiguous>(self, shape: S2) -> $ty<'a, T, S2, L2>
            where
                L: Contiguous,
            {
                assert_eq!(
                    self.shape.size(),
                    shape.size(),
                    "recast must keep the element count"
                );
                let offset = self.offset;
                self.rebuild(offset, shape, L2::stored::<S2>())
            }

            /// The shape.
            ///
            /// ```
            /// use array_core::{Array, Const, shape};
            /// let a = Array::<u8, shape![2, 3]>::zeros_static();
            /// assert_eq!(a.view().shape(), &(Const::<2>, Const::<3>));
            /// ```
            #[inline(always)]
            pub fn shape(&self) -> &S {
                &self.shape
            }

            /// Where the first element sits in the buffer this view borrows
            /// (the slice or array it was made from), in elements.
            ///
            /// ```
            /// use array_core::{View, Strided, shape};
            /// let buf = [0, 1, 2, 3, 4, 5];
            /// let v = View::<i32, shape![2], Strided>::from_parts(&buf, [2], [1], 3).unwrap();
            /// assert_eq!(v.buffer_offset(), 3);
            /// ```
            #[inline(always)]
            pub fn buffer_offset(&self) -> usize {
                self.offset
            }

            /// The length of the buffer this view borrows, in elements.
            ///
            /// ```
            /// use array_core::{View, Strided, shape};
            /// let buf = [0u8; 10];
            /// let v = View::<u8, shape![2], Strided>::from_parts(&buf, [2], [3], 0).unwrap();
            /// assert_eq!(v.buffer_len(), 10);
            /// ```
            #[inline(always)]
            pub fn buffer_len(&self) -> usize {
                self.region_len
            }

            /// A raw pointer to the first element (index `[0, ..., 0]`). It
            /// may be one past the end of the buffer for a zero-size view.
            ///
            /// ```
            /// use array_core::{Array, shape};
            /// let a = Array::<u8, shape![3]>::zeros_static();
            /// assert_eq!(a.view().as_ptr(), a.as_slice().as_ptr());
            /// ```
            #[inline(always)]
            pub fn as_ptr(&self) -> *const T {
                self.region.as_ptr().wrapping_add(self.offset)
            }

            /// The element `off` elements from the first one, if the buffer holds it.
            #[inline(always)]
            pub(crate) fn elem(&self, off: isize) -> Option<&T> {
                let at = (self.offset as isize).checked_add(off)?;
                if at < 0 || at as usize >= self.region_len {
                    return None;
                }
                // SAFETY: `at` is inside the region, which is a live borrow of
                // initialised `T`s for 'a (established by the constructors).
                Some(unsafe { &*self.region.as_ptr().add(at as usize) })
            }
        }
    };
}

common_raw_methods! {
    View, &'a [T], unique: false,
    from_raw_parts:
    /// A view of the elements reachable from `first` through `dims` and
    /// `strides` (in elements, any sign), for bridges to memory this crate
    /// did not allocate (ndarray views, NumPy arrays).
    ///
    /// The region is everything from the lowest to the highest reachable
    /// element; elements in between that the layout skips are never
    /// referenced, since every view derived from this one reaches a subset
    /// of its elements.
    ///
    /// # Safety
    /// Every element reachable from `first` must be an initialised, aligned
    /// `T` inside one allocation, valid for reads for `'a` and not written
    /// during `'a` (what a `&'a T` to each would promise).
    of_buffer:
    /// A view of a whole owned buffer in its array's layout. A `C` or `F`
    /// layout over exactly `shape.size()` elements reaches every element of
    /// the buffer and nothing else, so only the length is compared (a
    /// constant comparison for a static shape); other layouts get the full
    /// check.
    new_checked:
    /// Builds a view over `slice` after checking that every reachable
    /// element lies inside it.
}
common_raw_methods! {
    ViewMut, &'a mut [T], unique: true,
    from_raw_parts:
    /// The mutable counterpart of [`View::from_raw_parts`].
    ///
    /// # Safety
    /// Every element reachable from `first` must be an initialised, aligned
    /// `T` inside one allocation, valid for reads and writes for `'a`, and
    /// reachable by nothing else during `'a` (what a `&'a mut T` to each
    /// would promise); and no two indices may reach the same element (the
    /// module's uniqueness invariant; [`is_unique`] is a sufficient test).
    of_buffer:
    /// [`View::of_buffer`] for writing: a `C` or `F` layout over exactly
    /// `shape.size()` elements is in bounds and unique by construction.
    new_checked:
    /// Builds a mutable view over `slice` after checking bounds and that no
    /// two indices reach the same element.
}

#[cfg(feature = "ndarray")]
/// The region a layout reaches from a pointer to its first element: the
/// lowest reachable element, the count up to the highest, and the first
/// element's offset from the lowest. An empty layout reaches nothing: the
/// pointer itself, length 0.
fn reachable_region<T>(
    first: NonNull<T>,
    dims: &[usize],
    strides: &[isize],
) -> Result<(NonNull<T>, usize, usize), LayoutError> {
    let overflow = || LayoutError::OutOfBounds {
        lowest: isize::MIN,
        highest: isize::MAX,
        len: 0,
    };
    match hull(dims, strides) {
        Err(()) => Err(overflow()),
        Ok(None) => Ok((first, 0, 0)),
        Ok(Some((lo, hi))) => {
            let len = hi
                .checked_sub(lo)
                .and_then(|d| d.checked_add(1))
                .and_then(|n| usize::try_from(n).ok())
                .ok_or_else(overflow)?;
            // `lo` <= 0 is the offset of the lowest reachable element, which
            // the callers' contracts make a real element of one allocation.
            let lowest = first.as_ptr().wrapping_offset(lo);
            let lowest = NonNull::new(lowest).ok_or_else(overflow)?;
            Ok((lowest, len, lo.unsigned_abs()))
        }
    }
}

impl<'a, T, S: Shape, L: Layout> View<'a, T, S, L> {
    /// What the layout stores (the strides, for `Strided`).
    #[inline(always)]
    pub(crate) fn stored(&self) -> &L::Stored<S> {
        &self.stored
    }

    /// The elements in memory order, as a slice.
    ///
    /// Only for layouts that prove contiguity; a `Strided` view must be
    /// converted first (`to_c_contiguous`, or `try_into_c` after a check).
    ///
    /// ```
    /// use array_core::array;
    /// let a = array![[1, 2], [3, 4]];
    /// assert_eq!(a.t().as_slice(), &[1, 2, 3, 4]); // F layout: memory order
    /// ```
    #[inline]
    pub fn as_slice(&self) -> &'a [T]
    where
        L: Contiguous,
    {
        let len = self.shape.size();
        // A contiguous layout reaches exactly [offset, offset + size), which
        // the constructors checked lies inside the region.
        if len == 0 {
            return &[];
        }
        assert!(self.offset + len <= self.region_len);
        // SAFETY: the range [offset, offset+len) is inside the live region
        // borrowed for 'a.
        unsafe { std::slice::from_raw_parts(self.region.as_ptr().add(self.offset), len) }
    }

    /// `len` consecutive elements starting `off` elements from the first
    /// one, if the buffer holds them all (the copy kernel's unit stride run).
    #[inline(always)]
    pub(crate) fn run(&self, off: isize, len: usize) -> Option<&'a [T]> {
        let at = (self.offset as isize).checked_add(off)?;
        if at < 0 || (at as usize).checked_add(len)? > self.region_len {
            return None;
        }
        // SAFETY: [at, at+len) is inside the region, a live shared borrow for 'a.
        Some(unsafe { std::slice::from_raw_parts(self.region.as_ptr().add(at as usize), len) })
    }

    /// The element `off` elements from the first one, with the view's lifetime.
    #[inline(always)]
    pub(crate) fn elem_a(&self, off: isize) -> Option<&'a T> {
        let at = (self.offset as isize).checked_add(off)?;
        if at < 0 || at as usize >= self.region_len {
            return None;
        }
        // SAFETY: `at` is inside the region, a live shared borrow for 'a.
        Some(unsafe { &*self.region.as_ptr().add(at as usize) })
    }
}

impl<'a, T, S: Shape, L: Layout> ViewMut<'a, T, S, L> {
    /// A read-only view of the same elements, borrowing this one.
    ///
    /// ```
    /// use array_core::{Array, shape};
    /// let mut a = Array::<i32, shape![2]>::zeros_static();
    /// let m = a.view_mut();
    /// assert_eq!(m.view().len(), 2);
    /// ```
    #[inline]
    pub fn view(&self) -> View<'_, T, S, L> {
        let (shape, stored) = (self.shape.clone(), self.stored.clone());
        View::assemble(self.region, self.region_len, self.offset, shape, stored)
    }

    /// Gives up writing: a read-only view for the whole lifetime `'a`.
    ///
    /// ```
    /// use array_core::{Array, shape};
    /// let mut a = Array::<i32, shape![2]>::zeros_static();
    /// let v = a.view_mut().into_view();
    /// assert_eq!(v[[1]], 0);
    /// ```
    #[inline]
    pub fn into_view(self) -> View<'a, T, S, L> {
        let (shape, stored) = (self.shape, self.stored);
        View::assemble(self.region, self.region_len, self.offset, shape, stored)
    }

    /// A shorter-lived mutable view of the same elements, so this one can be
    /// used again afterwards.
    ///
    /// ```
    /// use array_core::{Array, shape};
    /// let mut a = Array::<i32, shape![2]>::zeros_static();
    /// let mut m = a.view_mut();
    /// m.reborrow().fill(3);
    /// m[[0]] = 1;
    /// assert_eq!(a.as_slice(), &[1, 3]);
    /// ```
    #[inline]
    pub fn reborrow(&mut self) -> ViewMut<'_, T, S, L> {
        let (shape, stored) = (self.shape.clone(), self.stored.clone());
        ViewMut::assemble(self.region, self.region_len, self.offset, shape, stored)
    }

    /// The element `off` elements from the first one, mutably.
    #[inline(always)]
    pub(crate) fn elem_mut(&mut self, off: isize) -> Option<&mut T> {
        let at = (self.offset as isize).checked_add(off)?;
        if at < 0 || at as usize >= self.region_len {
            return None;
        }
        // SAFETY: `at` is inside the region, uniquely borrowed by this view
        // for 'a; `&mut self` makes the returned borrow exclusive.
        Some(unsafe { &mut *self.region.as_ptr().add(at as usize) })
    }

    /// `len` consecutive elements starting `off` elements from the first
    /// one, mutably, if the buffer holds them all: the unit-stride run of
    /// the elementwise kernels. Like [`ViewMut::elem_mut`], the run must
    /// consist of this view's own elements (a unit-stride axis of its own
    /// layout, or a merged run of contiguous axes).
    #[inline(always)]
    pub(crate) fn run_mut(&mut self, off: isize, len: usize) -> Option<&mut [T]> {
        let at = (self.offset as isize).checked_add(off)?;
        if at < 0 || (at as usize).checked_add(len)? > self.region_len {
            return None;
        }
        // SAFETY: [at, at+len) is inside the region, uniquely borrowed by this
        // view for 'a; `&mut self` makes the returned slice exclusive.
        Some(unsafe { std::slice::from_raw_parts_mut(self.region.as_ptr().add(at as usize), len) })
    }

    /// The elements in memory order, as a mutable slice.
    ///
    /// ```
    /// use array_core::{Array, shape};
    /// let mut a = Array::<i32, shape![3]>::zeros_static();
    /// a.view_mut().as_mut_slice()[2] = 9;
    /// assert_eq!(a.as_slice(), &[0, 0, 9]);
    /// ```
    #[inline]
    pub fn as_mut_slice(&mut self) -> &mut [T]
    where
        L: Contiguous,
    {
        let len = self.shape.size();
        if len == 0 {
            return &mut [];
        }
        assert!(self.offset + len <= self.region_len);
        // SAFETY: [offset, offset+len) is inside the region, uniquely
        // borrowed for 'a; `&mut self` makes the slice exclusive.
        unsafe { std::slice::from_raw_parts_mut(self.region.as_ptr().add(self.offset), len) }
    }
}

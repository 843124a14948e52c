//! The raw-view module: the one place that turns element offsets into
//! references. Every `unsafe` block of the crate is here.
//!
//! A view is a borrowed *region* (a pointer and a length, taken from a slice
//! or a `Vec`), the offset of its first element inside that region, a shape
//! and its layout's strides. The invariant every constructor establishes and
//! every method relies on:
//!
//! * **in bounds**: every element reachable from an in-range multi-index lies
//!   inside the region (checked from the layout's hull, in O(rank), whenever a
//!   new layout is installed; a contiguous reinterpretation of the same block
//!   needs only an equal element count);
//! * **unique** (for [`ViewMut`] only): no two multi-indices reach the same
//!   element. Constructors from user strides check it; crate-internal
//!   relayouts (slicing, permuting, index-dropping, view-reshaping) preserve
//!   it by construction.

use crate::error::LayoutError;
use crate::layout::{C, Contiguous, Layout};
use crate::shape::Shape;
use std::marker::PhantomData;
use std::ptr::NonNull;

/// A read-only view of an n-dimensional array: a borrowed region, a shape
/// `S` and a layout `L`.
///
/// A `View` is `Copy` (it is a shared borrow), can never write, and can never
/// be turned into a [`ViewMut`]: read-only is a type, not a flag.
///
/// ```
/// use array_core::{Array, View, shape};
/// let a = Array::<i32, shape![2, 3]>::from_fn_static(|[i, j]| (3 * i + j) as i32);
/// let v: View<'_, i32, shape![2, 3]> = a.view();
/// assert_eq!(v[[1, 2]], 5);
/// assert_eq!(v.as_slice(), &[0, 1, 2, 3, 4, 5]);
/// ```
pub struct View<'a, T, S: Shape, L: Layout = C> {
    region: NonNull<T>,
    region_len: usize,
    offset: usize,
    shape: S,
    stored: L::Stored<S>,
    marker: PhantomData<&'a [T]>,
}

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
pub struct ViewMut<'a, T, S: Shape, L: Layout = C> {
    region: NonNull<T>,
    region_len: usize,
    offset: usize,
    shape: S,
    stored: L::Stored<S>,
    marker: PhantomData<&'a mut [T]>,
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
            region: self.region,
            region_len: self.region_len,
            offset: self.offset,
            shape: self.shape.clone(),
            stored: self.stored.clone(),
            marker: PhantomData,
        }
    }
}

/// The lowest and highest element offsets (relative to the first element)
/// that a layout reaches, or `None` for a zero-size layout. `Err` when the
/// arithmetic overflows, which no real buffer can satisfy.
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
    axes.sort_by_key(|&(_, s)| s);
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
    ($ty:ident) => {
        impl<'a, T, S: Shape, L: Layout> $ty<'a, T, S, L> {
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

            #[inline(always)]
            pub(crate) fn stored(&self) -> &L::Stored<S> {
                &self.stored
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

common_raw_methods!(View);
common_raw_methods!(ViewMut);

impl<'a, T, S: Shape, L: Layout> View<'a, T, S, L> {
    /// Builds a view over `slice` after checking that every reachable
    /// element lies inside it.
    pub(crate) fn new_checked(
        slice: &'a [T],
        shape: S,
        stored: L::Stored<S>,
        offset: isize,
    ) -> Result<Self, LayoutError> {
        let strides = L::strides(&shape, &stored);
        let offset = check_bounds(slice.len(), offset, shape.dims().as_ref(), strides.as_ref())?;
        Ok(View {
            region: NonNull::from(slice).cast(),
            region_len: slice.len(),
            offset,
            shape,
            stored,
            marker: PhantomData,
        })
    }

    /// Installs a new shape and layout on the same region, `delta` elements
    /// from the current first element, after a bounds check.
    pub(crate) fn relayout<S2: Shape, L2: Layout>(
        self,
        shape: S2,
        stored: L2::Stored<S2>,
        delta: isize,
    ) -> Result<View<'a, T, S2, L2>, LayoutError> {
        let strides = L2::strides(&shape, &stored);
        let offset = shifted_offset(
            self.region_len,
            self.offset,
            delta,
            &shape,
            strides.as_ref(),
        )?;
        Ok(View {
            region: self.region,
            region_len: self.region_len,
            offset,
            shape,
            stored,
            marker: PhantomData,
        })
    }

    /// Reinterprets a contiguous block as another contiguous shape and order
    /// of the same element count: no strides to check, the block is the same.
    ///
    /// # Panics
    /// If the element counts differ (callers prove them equal; with static
    /// shapes the comparison is a constant).
    #[inline(always)]
    pub(crate) fn recast<S2: Shape, L2: Contiguous>(self, shape: S2) -> View<'a, T, S2, L2>
    where
        L: Contiguous,
    {
        assert_eq!(
            self.shape.size(),
            shape.size(),
            "recast must keep the element count"
        );
        View {
            region: self.region,
            region_len: self.region_len,
            offset: self.offset,
            shape,
            stored: L2::stored::<S2>(),
            marker: PhantomData,
        }
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
    /// Builds a mutable view over `slice` after checking bounds and that no
    /// two indices reach the same element.
    pub(crate) fn new_checked(
        slice: &'a mut [T],
        shape: S,
        stored: L::Stored<S>,
        offset: isize,
    ) -> Result<Self, LayoutError> {
        let strides = L::strides(&shape, &stored);
        let dims = shape.dims();
        let offset = check_bounds(slice.len(), offset, dims.as_ref(), strides.as_ref())?;
        if !is_unique(dims.as_ref(), strides.as_ref()) {
            return Err(LayoutError::Overlapping);
        }
        Ok(ViewMut {
            region_len: slice.len(),
            region: NonNull::from(slice).cast(),
            offset,
            shape,
            stored,
            marker: PhantomData,
        })
    }

    /// Installs a new shape and layout after a bounds check. The caller (this
    /// crate) guarantees the new layout keeps elements unique: slicing,
    /// dropping or permuting axes and view-reshapes all do.
    pub(crate) fn relayout<S2: Shape, L2: Layout>(
        self,
        shape: S2,
        stored: L2::Stored<S2>,
        delta: isize,
    ) -> Result<ViewMut<'a, T, S2, L2>, LayoutError> {
        let strides = L2::strides(&shape, &stored);
        let offset = shifted_offset(
            self.region_len,
            self.offset,
            delta,
            &shape,
            strides.as_ref(),
        )?;
        debug_assert!(
            shape.size() < 2
                || strides
                    .as_ref()
                    .iter()
                    .zip(shape.dims().as_ref())
                    .all(|(s, d)| *s != 0 || *d <= 1),
            "a mutable view must not get a zero stride on an axis longer than 1"
        );
        Ok(ViewMut {
            region: self.region,
            region_len: self.region_len,
            offset,
            shape,
            stored,
            marker: PhantomData,
        })
    }

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
        View {
            region: self.region,
            region_len: self.region_len,
            offset: self.offset,
            shape: self.shape.clone(),
            stored: self.stored.clone(),
            marker: PhantomData,
        }
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
        View {
            region: self.region,
            region_len: self.region_len,
            offset: self.offset,
            shape: self.shape,
            stored: self.stored,
            marker: PhantomData,
        }
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
        ViewMut {
            region: self.region,
            region_len: self.region_len,
            offset: self.offset,
            shape: self.shape.clone(),
            stored: self.stored.clone(),
            marker: PhantomData,
        }
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

    /// Mutable counterpart of [`View::recast`]: the same dense block seen
    /// as another contiguous shape of the same element count, so elements
    /// stay unique.
    #[inline(always)]
    pub(crate) fn recast<S2: Shape, L2: Contiguous>(self, shape: S2) -> ViewMut<'a, T, S2, L2>
    where
        L: Contiguous,
    {
        assert_eq!(
            self.shape.size(),
            shape.size(),
            "recast must keep the element count"
        );
        ViewMut {
            region: self.region,
            region_len: self.region_len,
            offset: self.offset,
            shape,
            stored: L2::stored::<S2>(),
            marker: PhantomData,
        }
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

    /// Calls `f` on every element, in the traversal order of `offsets`.
    ///
    /// `offsets` must come from [`crate::iter::Offsets`] over this view's own
    /// dims and strides (so every offset is distinct and in bounds); the
    /// bounds are re-checked anyway.
    pub(crate) fn for_each_at(
        &mut self,
        offsets: crate::iter::Offsets<S>,
        mut f: impl FnMut(&mut T),
    ) {
        for off in offsets {
            match self.elem_mut(off) {
                Some(x) => f(x),
                None => unreachable!("offset {off} outside the view's region"),
            }
        }
    }

    /// Splits into per-element mutable references, in the traversal order of
    /// `offsets`, which must be this view's own `Offsets` (distinct offsets).
    pub(crate) fn into_elems(
        self,
        offsets: crate::iter::Offsets<S>,
    ) -> impl Iterator<Item = &'a mut T> {
        let base = self.region.as_ptr().wrapping_add(self.offset);
        let start = self.offset as isize;
        let len = self.region_len as isize;
        offsets.map(move |off| {
            let at = start + off;
            assert!(
                at >= 0 && at < len,
                "offset {off} outside the view's region"
            );
            // SAFETY: in bounds of the region uniquely borrowed for 'a (just
            // checked); one view's own offsets are distinct (its uniqueness
            // invariant), so no two returned references alias.
            unsafe { &mut *base.offset(off) }
        })
    }
}

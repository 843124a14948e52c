//! Memory overlap (numpy-rules §12): NumPy's `shares_memory` (exact) and
//! `may_share_memory` (extents only), for any mix of arrays, views and
//! `CowArray`s of any element types.
//!
//! Everything is compared in bytes: the address of the first element,
//! byte strides and the element size, described by [`ByteLayout`] and
//! produced by the [`MemoryRegion`] trait. The exact answer comes from
//! NumPy's bounded Diophantine solver (mem_overlap.c), whose arithmetic is
//! checked: an overflow is reported, never wrapped.
//!
//! ```
//! use array_core::{array, broadcast_pair, may_share_memory, shares_memory, IndexItem};
//! let a = array![0u8, 1, 2, 3, 4, 5, 6, 7];
//! let v = a.view();
//! let even = v.subscript(&[IndexItem::slice(None, None, 2)]).unwrap();
//! let odd = v.subscript(&[IndexItem::slice(Some(1), None, 2)]).unwrap();
//! let (array_core::Indexed::View(even), array_core::Indexed::View(odd)) = (even, odd) else { unreachable!() };
//! assert!(may_share_memory(&even, &odd));          // the extents intersect
//! assert!(!shares_memory(&even, &odd).unwrap());   // no byte in common
//! assert!(shares_memory(&a, &even).unwrap());
//! ```

use crate::array::{Array, CowArray, View, ViewMut};
use crate::layout::Layout;
use crate::rules::overlap::{self as rules, Overlap, OverlapOperand};
use crate::shape::Shape;
use std::fmt;

/// Where an array's elements live, in bytes: what the overlap tests need.
///
/// Strides of length-1 axes, and every stride of a zero-size array, are
/// reported as 0: they never move to another element, and so the byte
/// strides of any view fit in `isize`.
///
/// ```
/// use array_core::{array, MemoryRegion};
/// let a = array![[1u32, 2, 3], [4, 5, 6]];
/// let t = a.t().byte_layout();
/// assert_eq!(t.address, a.as_slice().as_ptr() as usize);
/// assert_eq!((t.dims, t.strides, t.itemsize), (vec![3, 2], vec![4, 12], 4));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ByteLayout {
    /// Address of the first element (index `[0, .., 0]`).
    pub address: usize,
    /// Length of each axis.
    pub dims: Vec<usize>,
    /// Signed distance in bytes between neighbours along each axis.
    pub strides: Vec<isize>,
    /// Bytes per element (`size_of::<T>()`).
    pub itemsize: usize,
}

/// Anything that can describe its elements' memory as a [`ByteLayout`]:
/// arrays, views, mutable views and `CowArray`s of any shape, layout and
/// element type.
///
/// ```
/// use array_core::{array, MemoryRegion};
/// let a = array![1.0f64, 2.0];
/// assert_eq!(a.byte_layout().strides, [8]);
/// assert_eq!(a.view().byte_layout(), a.byte_layout());
/// ```
pub trait MemoryRegion {
    /// The byte layout of the elements.
    fn byte_layout(&self) -> ByteLayout;
}

impl<T, S: Shape, L: Layout> MemoryRegion for View<'_, T, S, L> {
    fn byte_layout(&self) -> ByteLayout {
        let dims = self.dims().as_ref().to_vec();
        let itemsize = std::mem::size_of::<T>();
        let empty = dims.contains(&0);
        let strides = dims
            .iter()
            .zip(self.strides().as_ref())
            .map(|(&d, &s)| {
                if empty || d <= 1 {
                    0
                } else {
                    // An axis of length >= 2 steps inside the buffer, so
                    // |s| * itemsize is at most the buffer's byte size.
                    s * itemsize as isize
                }
            })
            .collect();
        ByteLayout {
            address: self.as_ptr() as usize,
            dims,
            strides,
            itemsize,
        }
    }
}

impl<T, S: Shape, L: Layout> MemoryRegion for ViewMut<'_, T, S, L> {
    fn byte_layout(&self) -> ByteLayout {
        self.view().byte_layout()
    }
}

impl<T, S: Shape, L: Layout> MemoryRegion for Array<T, S, L> {
    fn byte_layout(&self) -> ByteLayout {
        self.view().byte_layout()
    }
}

impl<T, S: Shape, L: Layout> MemoryRegion for CowArray<'_, T, S, L> {
    fn byte_layout(&self) -> ByteLayout {
        self.view().byte_layout()
    }
}

/// The exact overlap question had no answer.
///
/// ```
/// use array_core::OverlapError;
/// assert_eq!(OverlapError::Overflow.to_string(), "Integer overflow in computing overlap");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OverlapError {
    /// The solver visited `max_work` candidates without an answer (NumPy's
    /// `TooHardError`).
    TooHard {
        /// The work limit that was exceeded.
        max_work: u64,
    },
    /// A number did not fit in 64 bits (NumPy's `OverflowError`).
    Overflow,
}

impl fmt::Display for OverlapError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            OverlapError::TooHard { max_work } => write!(
                f,
                "Exceeded max_work: no answer within {max_work} candidate solutions"
            ),
            OverlapError::Overflow => write!(f, "Integer overflow in computing overlap"),
        }
    }
}

impl std::error::Error for OverlapError {}

/// The two layouts as solver operands, with offsets measured from the lower
/// of the two addresses (so no address has to fit in `isize`).
fn solve<A, B>(a: &A, b: &B, max_work: Option<u64>) -> Overlap
where
    A: MemoryRegion + ?Sized,
    B: MemoryRegion + ?Sized,
{
    with_operands(a, b, |a, b| rules::solve_shares_memory(a, b, max_work))
        .unwrap_or(Overlap::Overflow)
}

/// Describes both regions as solver operands measured from the lower of
/// the two addresses; `None` when that distance overflows `isize`.
fn with_operands<A, B, R>(
    a: &A,
    b: &B,
    f: impl FnOnce(&OverlapOperand<'_>, &OverlapOperand<'_>) -> R,
) -> Option<R>
where
    A: MemoryRegion + ?Sized,
    B: MemoryRegion + ?Sized,
{
    let (a, b) = (a.byte_layout(), b.byte_layout());
    let origin = a.address.min(b.address);
    let offset_a = isize::try_from(a.address - origin).ok()?;
    let offset_b = isize::try_from(b.address - origin).ok()?;
    Some(f(&operand(&a, offset_a), &operand(&b, offset_b)))
}

fn operand(layout: &ByteLayout, offset: isize) -> OverlapOperand<'_> {
    OverlapOperand {
        dims: &layout.dims,
        strides: &layout.strides,
        offset,
        itemsize: layout.itemsize,
    }
}

fn answer(overlap: Overlap, max_work: u64) -> Result<bool, OverlapError> {
    match overlap {
        Overlap::No => Ok(false),
        Overlap::Yes => Ok(true),
        Overlap::TooHard => Err(OverlapError::TooHard { max_work }),
        Overlap::Overflow => Err(OverlapError::Overflow),
    }
}

/// NumPy's `np.shares_memory(a, b)`: is there a byte that both reach? The
/// answer is exact (NumPy's default `max_work=-1`); the search is NP-hard in
/// the number of axes, but slices of one parent take about one step per axis.
/// An intermediate value outside 64 bits is [`OverlapError::Overflow`].
///
/// ```
/// use array_core::{array, shares_memory};
/// let a = array![[1, 2], [3, 4]];
/// let b = a.clone();
/// assert!(shares_memory(&a, &a.t()).unwrap());
/// assert!(!shares_memory(&a, &b).unwrap());
/// ```
pub fn shares_memory<A, B>(a: &A, b: &B) -> Result<bool, OverlapError>
where
    A: MemoryRegion + ?Sized,
    B: MemoryRegion + ?Sized,
{
    answer(solve(a, b, None), u64::MAX)
}

/// [`shares_memory`] with NumPy's work limit: after `max_work` candidate
/// solutions without an answer, [`OverlapError::TooHard`]. `max_work = 0`
/// only compares the extents: disjoint extents answer `false`, intersecting
/// ones are too hard.
///
/// ```
/// use array_core::{array, shares_memory_bounded, IndexItem, Indexed, OverlapError};
/// let a = array![0, 1, 2, 3, 4, 5];
/// let Ok(Indexed::View(even)) = a.subscript(&[IndexItem::slice(None, None, 2)]) else { unreachable!() };
/// let Ok(Indexed::View(odd)) = a.subscript(&[IndexItem::slice(Some(1), None, 2)]) else { unreachable!() };
/// assert_eq!(shares_memory_bounded(&even, &odd, 0), Err(OverlapError::TooHard { max_work: 0 }));
/// assert_eq!(shares_memory_bounded(&even, &odd, 1), Ok(false));
/// ```
pub fn shares_memory_bounded<A, B>(a: &A, b: &B, max_work: u64) -> Result<bool, OverlapError>
where
    A: MemoryRegion + ?Sized,
    B: MemoryRegion + ?Sized,
{
    answer(solve(a, b, Some(max_work)), max_work)
}

/// NumPy's `np.may_share_memory(a, b)`: do the byte ranges the two can
/// touch intersect? Cheap and conservative: `false` is a proof of
/// independence, `true` only a possibility. Zero-size arrays touch nothing.
///
/// ```
/// use array_core::{array, may_share_memory};
/// let a = array![1, 2, 3];
/// assert!(may_share_memory(&a, &a.view()));
/// assert!(!may_share_memory(&a, &a.clone()));
/// ```
pub fn may_share_memory<A, B>(a: &A, b: &B) -> bool
where
    A: MemoryRegion + ?Sized,
    B: MemoryRegion + ?Sized,
{
    // An overflow answers "may share", as NumPy does.
    with_operands(a, b, rules::may_share_memory).unwrap_or(true)
}

/// Can two different indices of `a` reach the same byte? True for
/// broadcast views and other stride tricks; never for an owned array.
/// Exact (NumPy's `solve_may_have_internal_overlap` with no work limit).
///
/// ```
/// use array_core::{array, has_internal_overlap, DynRank};
/// let a = array![1, 2, 3];
/// assert!(!has_internal_overlap(&a).unwrap());
/// let b = a.broadcast_to::<DynRank>([2, 3]).unwrap();
/// assert!(has_internal_overlap(&b).unwrap());
/// ```
pub fn has_internal_overlap<A>(a: &A) -> Result<bool, OverlapError>
where
    A: MemoryRegion + ?Sized,
{
    let layout = a.byte_layout();
    answer(
        rules::internal_overlap(&operand(&layout, 0), None),
        u64::MAX,
    )
}

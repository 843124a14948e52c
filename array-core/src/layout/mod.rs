//! Layouts: how an array's multi-index maps to memory.
//!
//! [`C`] (row-major) and [`F`] (column-major) store no strides: they are
//! computed from the dims, as mdspan's `layout_right` / `layout_left` do, so
//! a contiguous view is a pointer and a shape. [`Strided`] stores one signed
//! stride per axis (zero and negative strides allowed). Each layout states
//! compile-time facts ([`Layout::ALWAYS_C_CONTIGUOUS`], ...); [`Flags`] gives
//! NumPy's run-time answer for any concrete strides.

mod c;
mod f;
mod flags;
pub(crate) mod offsets;
mod strided;

pub use crate::rules::order::Order;
pub use c::C;
pub use f::F;
pub use flags::Flags;
pub use strided::Strided;

use crate::shape::{Sealed, Shape};
use std::fmt;
use std::hash::Hash;

/// How a multi-index maps to an element offset.
///
/// ```
/// use array_core::{C, F, Layout, Strided};
/// assert!(C::ALWAYS_C_CONTIGUOUS && !C::ALWAYS_F_CONTIGUOUS);
/// assert!(F::ALWAYS_F_CONTIGUOUS);
/// assert!(!Strided::ALWAYS_C_CONTIGUOUS && !Strided::ALWAYS_F_CONTIGUOUS);
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a layout",
    label = "expected `C`, `F` or `Strided`",
    note = "the last parameter of `Array`, `View` and `ViewMut` is the memory layout: `C` (row-major, the default), `F` (column-major) or `Strided`; the element type comes first"
)]
pub trait Layout: Copy + Default + fmt::Debug + Send + Sync + 'static + Sealed {
    /// True when every array of this layout is C-contiguous (only `C`
    /// says so; a layout proves nothing unless it states it).
    const ALWAYS_C_CONTIGUOUS: bool = false;
    /// True when every array of this layout is F-contiguous (only `F`).
    const ALWAYS_F_CONTIGUOUS: bool = false;
    /// The layout's name as users write it.
    const NAME: &'static str;
    /// The layout after a full transpose (axes reversed): `C` and `F` swap,
    /// `Strided` stays.
    type Transposed: Layout<Transposed = Self>;
    /// The layout of an owned copy made by `to_owned`: `C` and `F` keep
    /// their order, `Strided` becomes `C` (NumPy's default copy order).
    type Owned: Contiguous;
    /// The layout of a sub-array with the first axis fixed (an item of
    /// `outer_iter`): `C` stays `C`, the others become `Strided`.
    type Outer: Layout;
    /// The layout of a lane along the last axis (an item of `rows`): `C`
    /// for a `C` array (unit stride), else `Strided`.
    type Row: Layout;
    /// The layout of a lane along the first axis (an item of `columns`):
    /// `C` for an `F` array (unit stride), else `Strided`.
    type Column: Layout;
    /// What the layout stores per array: nothing for `C`/`F`, the strides for `Strided`.
    type Stored<S: Shape>: Clone + fmt::Debug + Eq + Hash + Send + Sync;

    /// The strides, in elements, for an array of `shape`.
    fn strides<S: Shape>(shape: &S, stored: &Self::Stored<S>) -> S::Strides;

    /// Keeps `strides` in this layout if they address memory the way it does
    /// (NumPy's flag rules: length-1 axes ignored, zero-size arrays always
    /// qualify), else `None`.
    fn store<S: Shape>(shape: &S, strides: &[isize]) -> Option<Self::Stored<S>>;

    /// [`store`](Layout::store) for strides the type system has already
    /// shown to fit this layout (the slice layout rule): `C` and `F` check
    /// them only in debug builds, so that a static slice compiles to
    /// arithmetic. Never unsafe: the view that gets them is still
    /// bounds-checked.
    #[doc(hidden)]
    fn store_proven<S: Shape>(shape: &S, strides: &[isize]) -> Self::Stored<S>;

    /// What the transposed layout stores for the same elements with the
    /// axes reversed: nothing for `C` and `F` (they swap), the strides
    /// reversed for `Strided`. No computation for a contiguous layout.
    fn transpose_stored<S: Shape>(
        shape: &S,
        stored: &Self::Stored<S>,
    ) -> <Self::Transposed as Layout>::Stored<S::Reversed>;
}

/// A layout whose elements fill one dense block in a known order: `C` or `F`.
///
/// Bounds on this trait are how a function says "I need contiguous data".
///
/// ```
/// use array_core::{Contiguous, View, Shape};
/// fn sum<S: Shape, L: Contiguous>(v: View<'_, f64, S, L>) -> f64 {
///     v.as_slice().iter().sum()
/// }
/// let a = array_core::array![[1.0, 2.0], [3.0, 4.0]];
/// assert_eq!(sum(a.view()), 10.0);
/// ```
#[diagnostic::on_unimplemented(
    message = "the layout `{Self}` is not known to be contiguous",
    label = "this needs a `C` or `F` layout, proven by the type",
    note = "convert first: `.to_c_contiguous()` copies only when needed, `.try_into_c()` checks the strides at run time"
)]
pub trait Contiguous: Layout {
    /// The memory order of the block.
    const ORDER: Order;
    /// The (empty) stored part of this layout.
    fn stored<S: Shape>() -> Self::Stored<S>;
}

// `ProvenC` and `ProvenF` mirror each other on purpose: rustc quotes the
// trait and its one impl in errors, which should read as written here.

/// The layout `C` as a bound: a mutable view reshapes in C order in place
/// only when its type proves C order (a reshape of other data may need a
/// copy, which a mutable view cannot hand back).
///
/// ```
/// use array_core::{C, ProvenC};
/// fn in_place<L: ProvenC>() {}
/// in_place::<C>();
/// ```
#[diagnostic::on_unimplemented(
    message = "a mutable view of layout `{Self}` cannot be reshaped in C order in place",
    label = "a C-order reshape of a `ViewMut` needs the `C` layout, proven by the type",
    note = "a C-order reshape of other data may need a copy, which a mutable view cannot write through; check the strides at run time with `try_reshape_view(dims, Order::C)`, or reshape a `View`, which copies when it must"
)]
pub trait ProvenC: Contiguous {}
impl ProvenC for C {}

/// The layout `F` as a bound: the mirror of [`ProvenC`] for F-order
/// reshapes of mutable views.
///
/// ```
/// use array_core::{F, ProvenF};
/// fn in_place<L: ProvenF>() {}
/// in_place::<F>();
/// ```
#[diagnostic::on_unimplemented(
    message = "a mutable view of layout `{Self}` cannot be reshaped in F order in place",
    label = "an F-order reshape of a `ViewMut` needs the `F` layout, proven by the type",
    note = "an F-order reshape of other data may need a copy, which a mutable view cannot write through; check the strides at run time with `try_reshape_view(dims, Order::F)`, or reshape a `View`, which copies when it must"
)]
pub trait ProvenF: Contiguous {}
impl ProvenF for F {}

/// Layouts whose type does not prove C-contiguity (`F`, `Strided`): their
/// C-order reshape or ravel may copy, so it returns a `CowArray`.
///
/// ```
/// use array_core::{F, NotProvenC, Strided};
/// fn may_copy<L: NotProvenC>() {}
/// may_copy::<F>();
/// may_copy::<Strided>();
/// ```
pub trait NotProvenC: Layout {}
impl NotProvenC for F {}
impl NotProvenC for Strided {}

/// Layouts whose type does not prove F-contiguity (`C`, `Strided`): their
/// F-order reshape or ravel may copy.
///
/// ```
/// use array_core::{C, NotProvenF, Strided};
/// fn may_copy<L: NotProvenF>() {}
/// may_copy::<C>();
/// may_copy::<Strided>();
/// ```
pub trait NotProvenF: Layout {}
impl NotProvenF for C {}
impl NotProvenF for Strided {}

/// The shape and stored layout of an item an axis operation builds (a
/// sub-view, a lane, a split half), which the operation guarantees fit the
/// item's types.
pub(crate) fn item_layout<S: Shape, L: Layout>(
    dims: &[usize],
    strides: &[isize],
) -> (S, L::Stored<S>) {
    let shape = S::from_dims(dims).expect("item dims fit the item shape type");
    let stored = L::store(&shape, strides).expect("item strides fit the item layout");
    (shape, stored)
}

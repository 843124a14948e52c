//! The column-major contiguous layout.
//!
//! Written out beside its mirror in `c.rs` (and `Strided`) on purpose, not
//! generated: rustc quotes these impls in errors ("the following other
//! types implement trait `Layout`"), where they should read as plain code.

use super::{C, Contiguous, Layout, Order};
use crate::rules::flags::is_f_contiguous;
use crate::shape::{Sealed, Shape};

/// Column-major contiguous: the first axis varies fastest, strides are
/// computed from the dims (NumPy's F order, mdspan's `layout_left`).
///
/// ```
/// use array_core::{Array, F, shape};
/// let a: Array<u8, shape![2, 3], F> = Array::zeros_static();
/// assert_eq!(a.strides(), [1, 2]);
/// ```
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct F;

impl Sealed for F {}

impl Layout for F {
    const ALWAYS_F_CONTIGUOUS: bool = true;
    const NAME: &'static str = "F";
    type Transposed = C;
    type Owned = F;
    type Outer = super::Strided;
    type Row = super::Strided;
    type Column = super::C;
    type Stored<S: Shape> = ();

    #[inline]
    fn strides<S: Shape>(shape: &S, _: &()) -> S::Strides {
        let mut out = shape.zero_strides();
        // Array and view shapes are size-checked; see `contiguous_strides_into`.
        crate::rules::flags::contiguous_strides_into(shape.dims().as_ref(), out.as_mut(), Order::F);
        out
    }

    #[inline(always)]
    fn transpose_stored<S: Shape>(_: &S, _: &()) {}

    fn store<S: Shape>(shape: &S, strides: &[isize]) -> Option<()> {
        is_f_contiguous(shape.dims().as_ref(), strides).then_some(())
    }

    #[inline(always)]
    fn store_proven<S: Shape>(shape: &S, strides: &[isize]) {
        debug_assert!(is_f_contiguous(shape.dims().as_ref(), strides));
    }
}

impl Contiguous for F {
    const ORDER: Order = Order::F;
    #[inline(always)]
    fn stored<S: Shape>() {}
}

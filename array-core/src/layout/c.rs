//! The row-major contiguous layout.
//!
//! Written out beside its mirror in `f.rs` (and `Strided`) on purpose, not
//! generated: rustc quotes these impls in errors ("the following other
//! types implement trait `Layout`"), where they should read as plain code.

use super::{Contiguous, F, Layout, Order};
use crate::rules::flags::is_c_contiguous;
use crate::shape::{Sealed, Shape};

/// Row-major contiguous: the last axis varies fastest, strides are computed
/// from the dims (NumPy's C order, mdspan's `layout_right`).
///
/// ```
/// use array_core::{Array, C, shape};
/// let a: Array<u8, shape![2, 3], C> = Array::zeros_static();
/// assert_eq!(a.strides(), [3, 1]);
/// ```
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct C;

impl Sealed for C {}

impl Layout for C {
    const ALWAYS_C_CONTIGUOUS: bool = true;
    const NAME: &'static str = "C";
    type Transposed = F;
    type Owned = C;
    type Outer = C;
    type Row = C;
    type Column = super::Strided;
    type Stored<S: Shape> = ();

    #[inline]
    fn strides<S: Shape>(shape: &S, _: &()) -> S::Strides {
        let mut out = shape.zero_strides();
        // Array and view shapes are size-checked; see `contiguous_strides_into`.
        crate::rules::flags::contiguous_strides_into(shape.dims().as_ref(), out.as_mut(), Order::C);
        out
    }

    #[inline(always)]
    fn transpose_stored<S: Shape>(_: &S, _: &()) {}

    fn store<S: Shape>(shape: &S, strides: &[isize]) -> Option<()> {
        is_c_contiguous(shape.dims().as_ref(), strides).then_some(())
    }

    #[inline(always)]
    fn store_proven<S: Shape>(shape: &S, strides: &[isize]) {
        debug_assert!(is_c_contiguous(shape.dims().as_ref(), strides));
    }
}

impl Contiguous for C {
    const ORDER: Order = Order::C;
    #[inline(always)]
    fn stored<S: Shape>() {}
}

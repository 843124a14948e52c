//! The two contiguous layouts, `C` (row-major) and `F` (column-major): one
//! text for both, since they differ only in which end of the shape varies
//! fastest. With them, the bounds that say "this layout proves the order"
//! (`ProvenC`, `ProvenF`) and "it does not" (`NotProvenC`, `NotProvenF`).

use super::{Contiguous, Layout, Order, Strided};
use crate::rules::flags::{contiguous_strides_into, is_c_contiguous, is_f_contiguous};
use crate::shape::{Sealed, Shape};

/// One contiguous layout `$L` of `$order`, with its transpose `$T` (the
/// other one), the layouts of its sub-views (`outer`: the items of
/// `outer_iter`; `row`, `column`: the lanes along the last and first axis)
/// and the bound naming the layouts that do not prove its order. (The
/// bounds that do, `ProvenC` and `ProvenF`, are written out below, so that
/// an error about them quotes a plain impl.)
macro_rules! contiguous_layout {
    ($(#[$doc:meta])* $L:ident: $order:expr, transposed $T:ident, c $c:literal, f $f:literal,
     outer $Outer:ident, row $Row:ident, column $Column:ident, test $is:ident;
     $(#[$not_proven_doc:meta])* $NotProven:ident) => {
        $(#[$doc])*
        #[derive(Copy, Clone, Debug, Default, PartialEq, Eq, Hash)]
        pub struct $L;

        impl Sealed for $L {}

        impl Layout for $L {
            const ALWAYS_C_CONTIGUOUS: bool = $c;
            const ALWAYS_F_CONTIGUOUS: bool = $f;
            const NAME: &'static str = stringify!($L);
            type Transposed = $T;
            type Owned = $L;
            type Outer = $Outer;
            type Row = $Row;
            type Column = $Column;
            type Stored<S: Shape> = ();

            #[inline]
            fn strides<S: Shape>(shape: &S, _: &()) -> S::Strides {
                let mut out = shape.zero_strides();
                // Array and view shapes are size-checked; see `contiguous_strides_into`.
                contiguous_strides_into(shape.dims().as_ref(), out.as_mut(), $order);
                out
            }

            #[inline(always)]
            fn transpose_stored<S: Shape>(_: &S, _: &()) {}

            fn store<S: Shape>(shape: &S, strides: &[isize]) -> Option<()> {
                $is(shape.dims().as_ref(), strides).then_some(())
            }
        }

        impl Contiguous for $L {
            const ORDER: Order = $order;
            #[inline(always)]
            fn stored<S: Shape>() {}
        }

        $(#[$not_proven_doc])*
        pub trait $NotProven: Layout {}
        impl $NotProven for $T {}
        impl $NotProven for Strided {}
    };
}

contiguous_layout! {
    /// Row-major contiguous: the last axis varies fastest, strides are computed
    /// from the dims (NumPy's C order, mdspan's `layout_right`).
    ///
    /// ```
    /// use array_core::{Array, C, shape};
    /// let a: Array<u8, shape![2, 3], C> = Array::zeros_static();
    /// assert_eq!(a.strides(), [3, 1]);
    /// ```
    C: Order::C, transposed F, c true, f false, outer C, row C, column Strided, test is_c_contiguous;
    /// Layouts whose type does not prove C-contiguity (`F`, `Strided`): their
    /// C-order reshape or ravel may copy, so it returns a `CowArray`.
    ///
    /// ```
    /// use array_core::{F, NotProvenC, Strided};
    /// fn may_copy<L: NotProvenC>() {}
    /// may_copy::<F>();
    /// may_copy::<Strided>();
    /// ```
    NotProvenC
}

contiguous_layout! {
    /// Column-major contiguous: the first axis varies fastest, strides are
    /// computed from the dims (NumPy's F order, mdspan's `layout_left`).
    ///
    /// ```
    /// use array_core::{Array, F, shape};
    /// let a: Array<u8, shape![2, 3], F> = Array::zeros_static();
    /// assert_eq!(a.strides(), [1, 2]);
    /// ```
    F: Order::F, transposed C, c false, f true, outer Strided, row Strided, column C, test is_f_contiguous;
    /// Layouts whose type does not prove F-contiguity (`C`, `Strided`): their
    /// F-order reshape or ravel may copy.
    ///
    /// ```
    /// use array_core::{C, NotProvenF, Strided};
    /// fn may_copy<L: NotProvenF>() {}
    /// may_copy::<C>();
    /// may_copy::<Strided>();
    /// ```
    NotProvenF
}

// `ProvenC` and `ProvenF` are mirrors, kept as two plain traits on purpose:
// their errors quote the trait and its one impl, which should read as
// written here rather than as a macro's template.

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

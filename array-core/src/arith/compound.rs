//! Compound assignment: `+=`, `-=`, `*=`, `/=` on [`Array`] and [`ViewMut`],
//! with an array, a view or a scalar on the right, and the `try_*_assign`
//! methods that return the broadcast error instead of panicking.
//!
//! The right operand is broadcast to the left's shape, which never changes.
//! A mismatch reads "operands could not be broadcast together with shapes
//! (2,3) (4,)", listing the two operands as written; NumPy, which runs
//! `a += b` as `np.add(a, b, out=a)`, repeats the left shape as a third.

use super::kernel::{write_0, write_1};
use super::operand::{Operand, broadcast_onto};
use super::plan::Traversal;
use super::scalar::ScalarOperand;
use crate::array::{Array, CowArray, View, ViewMut};
use crate::broadcast::error::{BroadcastError, check_onto};
use crate::layout::Layout;
use crate::shape::Shape;
use std::ops::{AddAssign, DivAssign, MulAssign, SubAssign};

/// `out op= rhs` element by element, after checking that `rhs` broadcasts
/// to `out`'s shape (nothing is written otherwise).
fn compound<'b, T, S: Shape, L: Layout, R: Operand<'b>>(
    mut out: ViewMut<'_, T, S, L>,
    rhs: R,
    f: impl FnMut(&mut T, &R::Elem),
) -> Result<(), BroadcastError> {
    let rhs = rhs.operand_view();
    let dims = out.dims();
    check_onto(dims.as_ref(), rhs.dims().as_ref())?;
    let rhs = broadcast_onto(rhs, dims.as_ref());
    write_1(Traversal::Tiled, &mut out, &rhs, f);
    Ok(())
}

/// Operators cannot return a `Result`: a shape mismatch panics with NumPy's
/// message, at the caller's line.
#[track_caller]
fn or_panic(r: Result<(), BroadcastError>) {
    if let Err(e) = r {
        panic!("{e}")
    }
}

macro_rules! compound_op {
    ($Trait:ident, $method:ident, $try:ident, $op:tt, $sym:literal, $want:literal) => {
        impl<T, S: Shape, L: Layout> Array<T, S, L> {
            #[doc = concat!("`self ", $sym, " rhs` element by element, with `rhs` (any [`Operand`](crate::Operand):")]
            /// `&Array`, `&View`, `View`, ...) broadcast to `self`'s shape; an error,
            /// and no element changed, when it does not broadcast.
            ///
            /// ```
            /// use array_core::array;
            /// let mut a = array![[8, 6, 4], [2, 10, 12]];
            #[doc = concat!("a.", stringify!($try), "(&array![2, 1, 4]).unwrap();")]
            #[doc = concat!("assert_eq!(a.as_slice(), &", $want, ");")]
            #[doc = concat!("let e = a.", stringify!($try), "(&array![1, 2]).unwrap_err();")]
            /// assert_eq!(e.to_string(), "operands could not be broadcast together with shapes (2,3) (2,)");
            /// ```
            pub fn $try<'b, R: Operand<'b>>(&mut self, rhs: R) -> Result<(), BroadcastError>
            where
                T: $Trait<R::Elem>,
                R::Elem: Clone,
            {
                compound(self.view_mut(), rhs, |x, y| *x $op y.clone())
            }
        }

        impl<T, S: Shape, L: Layout> ViewMut<'_, T, S, L> {
            #[doc = concat!("`self ", $sym, " rhs` element by element, with `rhs` (any [`Operand`](crate::Operand):")]
            /// `&Array`, `&View`, `View`, ...) broadcast to this view's shape; an
            /// error, and no element changed, when it does not broadcast.
            ///
            /// ```
            /// use array_core::array;
            /// let mut a = array![[8, 2], [6, 10], [4, 12]];
            /// let mut m = a.t_mut(); // 2x3, F-ordered
            #[doc = concat!("m.", stringify!($try), "(&array![2, 1, 4]).unwrap();")]
            #[doc = concat!("assert_eq!(a.t().to_vec(), ", $want, ");")]
            /// ```
            pub fn $try<'b, R: Operand<'b>>(&mut self, rhs: R) -> Result<(), BroadcastError>
            where
                T: $Trait<R::Elem>,
                R::Elem: Clone,
            {
                compound(self.reborrow(), rhs, |x, y| *x $op y.clone())
            }
        }

        compound_op!(@operand $Trait, $method, $try; ['b] &'b Array<B, S2, L2>);
        compound_op!(@operand $Trait, $method, $try; ['b, 'w] &'b View<'w, B, S2, L2>);
        compound_op!(@operand $Trait, $method, $try; ['b, 'w] &'b ViewMut<'w, B, S2, L2>);
        compound_op!(@operand $Trait, $method, $try; ['b, 'w] &'b CowArray<'w, B, S2, L2>);
        compound_op!(@operand $Trait, $method, $try; ['b] View<'b, B, S2, L2>);

        #[doc = concat!("`a ", $sym, " x`: one value applied to every element.")]
        impl<T: ScalarOperand + $Trait, S: Shape, L: Layout> $Trait<T> for Array<T, S, L> {
            #[inline]
            fn $method(&mut self, rhs: T) {
                write_0(Traversal::Memory, &mut self.view_mut(), |x| *x $op rhs.clone());
            }
        }

        #[doc = concat!("`a ", $sym, " x`: one value applied to every element.")]
        impl<T: ScalarOperand + $Trait, S: Shape, L: Layout> $Trait<T> for ViewMut<'_, T, S, L> {
            #[inline]
            fn $method(&mut self, rhs: T) {
                write_0(Traversal::Memory, self, |x| *x $op rhs.clone());
            }
        }
    };
    (@operand $Trait:ident, $method:ident, $try:ident; [$($lt:lifetime),*] $rhs:ty) => {
        #[doc = concat!("Elementwise, with the right side broadcast to the left's shape; panics")]
        /// with NumPy's message when it does not broadcast.
        impl<$($lt,)* T, S: Shape, L: Layout, B: Clone, S2: Shape, L2: Layout> $Trait<$rhs>
            for Array<T, S, L>
        where
            T: $Trait<B>,
        {
            #[track_caller]
            fn $method(&mut self, rhs: $rhs) {
                or_panic(self.$try(rhs));
            }
        }

        #[doc = concat!("Elementwise, with the right side broadcast to the left's shape; panics")]
        /// with NumPy's message when it does not broadcast.
        impl<$($lt,)* T, S: Shape, L: Layout, B: Clone, S2: Shape, L2: Layout> $Trait<$rhs>
            for ViewMut<'_, T, S, L>
        where
            T: $Trait<B>,
        {
            #[track_caller]
            fn $method(&mut self, rhs: $rhs) {
                or_panic(self.$try(rhs));
            }
        }
    };
}

compound_op!(AddAssign, add_assign, try_add_assign, +=, "+=", "[10, 7, 8, 4, 11, 16]");
compound_op!(SubAssign, sub_assign, try_sub_assign, -=, "-=", "[6, 5, 0, 0, 9, 8]");
compound_op!(MulAssign, mul_assign, try_mul_assign, *=, "*=", "[16, 6, 16, 4, 10, 48]");
compound_op!(DivAssign, div_assign, try_div_assign, /=, "/=", "[4, 6, 1, 1, 10, 3]");

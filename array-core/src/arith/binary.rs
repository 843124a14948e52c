//! Arithmetic that allocates its result: `&a + &b`, `&a - &b`, `&a * &b`,
//! `&a / &b` between arrays and views (broadcast by NumPy's rule), with a
//! scalar on the right for any [`ScalarOperand`] and on the left for the
//! primitive numbers; and the `try_*` functions that return the broadcast
//! error instead of panicking.
//!
//! The result is a fresh C-ordered [`Array`] whose shape type is
//! [`BroadcastShape::Output`]: the operands' shape type when they agree.

use super::kernel::collect_2;
use super::map::map_to_c;
use super::operand::{Operand, broadcast_onto};
use super::scalar::{ScalarOperand, for_each_primitive};
use super::shape::{BroadcastShape, result_shape_value};
use crate::array::{Array, CowArray, View, ViewMut};
use crate::audit::{self, CopyOp};
use crate::broadcast::error::{BroadcastCall, BroadcastError, result_shape};
use crate::layout::{C, Layout};
use crate::shape::{Shape, checked_len_for};
use std::ops::{Add, Div, Mul, Sub};

/// The broadcast result of two operands' shape types.
type Joined<X, Y> = <X as BroadcastShape<Y>>::Output;

/// A C-ordered result over the broadcast of shape types `X` and `Y`.
type JoinedArray<R, X, Y> = Array<R, Joined<X, Y>, C>;

/// `f` of the two operands' elements over their broadcast shape.
#[track_caller]
fn zip_map<'a, 'b, X: Operand<'a>, Y: Operand<'b>, R>(
    a: X,
    b: Y,
    f: impl FnMut(&X::Elem, &Y::Elem) -> R,
) -> Result<JoinedArray<R, X::Shape, Y::Shape>, BroadcastError>
where
    X::Shape: BroadcastShape<Y::Shape>,
{
    let (a, b) = (a.operand_view(), b.operand_view());
    let dims = result_shape(
        &[a.dims().as_ref(), b.dims().as_ref()],
        BroadcastCall::Elementwise,
    )?;
    checked_len_for::<R>(&dims)?;
    audit::note::<R>(
        CopyOp::Arithmetic,
        dims.iter().product(),
        X::Layout::NAME,
        C::NAME,
    );
    let (a, b) = (broadcast_onto(a, &dims), broadcast_onto(b, &dims));
    let data = collect_2(&dims, &a, &b, f);
    Ok(Array::from_parts_unchecked(
        data,
        result_shape_value(&dims),
        (),
    ))
}

/// `f` of every element of `a` (one operand and a scalar), same shape, C order.
#[track_caller]
fn map<T, S: Shape, L: Layout, R>(a: View<'_, T, S, L>, f: impl FnMut(&T) -> R) -> Array<R, S, C> {
    map_to_c(a, CopyOp::Arithmetic, f)
}

macro_rules! binary_fn {
    ($Trait:ident, $method:ident, $try:ident, $sym:literal, $want:literal) => {
        #[doc = concat!("`a ", $sym, " b` element by element into a new C-ordered array, with the")]
        /// operands broadcast together by NumPy's rule; an error when they
        /// do not broadcast. The operators call this and panic instead.
        ///
        /// ```
        /// use array_core::{array, arith, Array, DynRank, shape};
        /// let a = array![[8, 6, 4], [2, 10, 12]];
        #[doc = concat!("let r: Array<i32, shape![2, 3]> = arith::", stringify!($try), "(&a, &array![2, 1, 4]).unwrap();")]
        #[doc = concat!("assert_eq!(r.as_slice(), &", $want, ");")]
        /// // Static lengths 3 and 2 would not compile; a dynamic shape is
        /// // checked at run time.
        /// let d = Array::<i32, DynRank>::from_shape_vec([2], vec![1, 2]).unwrap();
        #[doc = concat!("let e = arith::", stringify!($try), "(&a, &d).unwrap_err();")]
        /// assert_eq!(e.to_string(), "operands could not be broadcast together with shapes (2,3) (2,)");
        /// ```
        #[track_caller]
        pub fn $try<'a, 'b, X: Operand<'a>, Y: Operand<'b>>(
            a: X,
            b: Y,
        ) -> Result<JoinedArray<<X::Elem as $Trait<Y::Elem>>::Output, X::Shape, Y::Shape>, BroadcastError>
        where
            X::Elem: Clone + $Trait<Y::Elem>,
            Y::Elem: Clone,
            X::Shape: BroadcastShape<Y::Shape>,
        {
            // Here rather than in `zip_map`, so that a failure names the
            // caller's line (the build reports the first function that
            // uses the constant).
            let () = <X::Shape as BroadcastShape<Y::Shape>>::CHECKED;
            zip_map(a, b, |x, y| x.clone().$method(y.clone()))
        }
    };
}

binary_fn!(Add, add, try_add, "+", "[10, 7, 8, 4, 11, 16]");
binary_fn!(Sub, sub, try_sub, "-", "[6, 5, 0, 0, 9, 8]");
binary_fn!(Mul, mul, try_mul, "*", "[16, 6, 16, 4, 10, 48]");
binary_fn!(Div, div, try_div, "/", "[4, 6, 1, 1, 10, 3]");

macro_rules! binary_op {
    ($Trait:ident, $method:ident, $try:ident) => {
        binary_op!(@lhs $Trait, $method, $try; ['x] &'x Array<A, SA, LA>);
        binary_op!(@lhs $Trait, $method, $try; ['x, 'xv] &'x View<'xv, A, SA, LA>);
        binary_op!(@lhs $Trait, $method, $try; ['x, 'xv] &'x ViewMut<'xv, A, SA, LA>);
        binary_op!(@lhs $Trait, $method, $try; ['x, 'xv] &'x CowArray<'xv, A, SA, LA>);
        binary_op!(@lhs $Trait, $method, $try; ['x] View<'x, A, SA, LA>);
    };
    (@lhs $Trait:ident, $method:ident, $try:ident; [$($xl:lifetime),*] $lhs:ty) => {
        binary_op!(@pair $Trait, $method, $try; [$($xl),*] $lhs; ['y] &'y Array<B, SB, LB>);
        binary_op!(@pair $Trait, $method, $try; [$($xl),*] $lhs; ['y, 'yv] &'y View<'yv, B, SB, LB>);
        binary_op!(@pair $Trait, $method, $try; [$($xl),*] $lhs; ['y, 'yv] &'y ViewMut<'yv, B, SB, LB>);
        binary_op!(@pair $Trait, $method, $try; [$($xl),*] $lhs; ['y, 'yv] &'y CowArray<'yv, B, SB, LB>);
        binary_op!(@pair $Trait, $method, $try; [$($xl),*] $lhs; ['y] View<'y, B, SB, LB>);

        /// One value on the right, applied to every element.
        impl<$($xl,)* A, SA: Shape, LA: Layout> $Trait<A> for $lhs
        where
            A: ScalarOperand + $Trait<A>,
        {
            type Output = Array<<A as $Trait<A>>::Output, SA, C>;
            #[inline]
            #[track_caller]
            fn $method(self, rhs: A) -> Self::Output {
                map(self.operand_view(), |x| x.clone().$method(rhs.clone()))
            }
        }
    };
    (@pair $Trait:ident, $method:ident, $try:ident;
        [$($xl:lifetime),*] $lhs:ty; [$($yl:lifetime),*] $rhs:ty) => {
        /// Elementwise, with the operands broadcast together; panics with
        /// NumPy's message when they do not broadcast.
        impl<$($xl,)* $($yl,)* A, B, SA: Shape, SB: Shape, LA: Layout, LB: Layout> $Trait<$rhs> for $lhs
        where
            A: Clone + $Trait<B>,
            B: Clone,
            SA: BroadcastShape<SB>,
        {
            type Output = Array<<A as $Trait<B>>::Output, Joined<SA, SB>, C>;
            #[track_caller]
            fn $method(self, rhs: $rhs) -> Self::Output {
                let () = <SA as BroadcastShape<SB>>::CHECKED;
                match $try(self, rhs) {
                    Ok(r) => r,
                    Err(e) => panic!("{e}"),
                }
            }
        }
    };
}

binary_op!(Add, add, try_add);
binary_op!(Sub, sub, try_sub);
binary_op!(Mul, mul, try_mul);
binary_op!(Div, div, try_div);

/// A primitive number on the left: `2.0 * &a`. (Rust's coherence rules
/// allow this only for named types, not for every [`ScalarOperand`].)
macro_rules! scalar_lhs {
    ($t:ty) => {
        scalar_lhs!(@kind $t; ['y] &'y Array<$t, SB, LB>);
        scalar_lhs!(@kind $t; ['y, 'yv] &'y View<'yv, $t, SB, LB>);
        scalar_lhs!(@kind $t; ['y, 'yv] &'y ViewMut<'yv, $t, SB, LB>);
        scalar_lhs!(@kind $t; ['y, 'yv] &'y CowArray<'yv, $t, SB, LB>);
        scalar_lhs!(@kind $t; ['y] View<'y, $t, SB, LB>);
    };
    (@kind $t:ty; [$($yl:lifetime),*] $rhs:ty) => {
        scalar_lhs!(@op Add, add, $t; [$($yl),*] $rhs);
        scalar_lhs!(@op Sub, sub, $t; [$($yl),*] $rhs);
        scalar_lhs!(@op Mul, mul, $t; [$($yl),*] $rhs);
        scalar_lhs!(@op Div, div, $t; [$($yl),*] $rhs);
    };
    (@op $Trait:ident, $method:ident, $t:ty; [$($yl:lifetime),*] $rhs:ty) => {
        /// One value on the left, applied to every element.
        impl<$($yl,)* SB: Shape, LB: Layout> $Trait<$rhs> for $t {
            type Output = Array<<$t as $Trait>::Output, SB, C>;
            #[inline]
            #[track_caller]
            fn $method(self, rhs: $rhs) -> Self::Output {
                map(rhs.operand_view(), |y| self.$method(*y))
            }
        }
    };
}

for_each_primitive!(scalar_lhs);

//! NumPy's `np.add(a, b, out=out)` and friends: the result is written into
//! a caller's output instead of a new array.
//!
//! The two inputs and the output broadcast together by NumPy's rule, and the
//! output cannot grow: its shape must be the broadcast shape. The error
//! lists the inputs' shapes and then the output's, as NumPy does.

use super::kernel::write_2;
use super::operand::{Operand, OperandMut, broadcast_onto};
use super::plan::Traversal;
use crate::broadcast::error::{BroadcastCall, BroadcastError, check_output, result_shape};
use std::ops::{Add, Div, Mul, Sub};

/// Writes `f(x, y)` for every pair of broadcast input elements into `out`.
fn zip_into<'a, 'b, 'o, X: Operand<'a>, Y: Operand<'b>, O: OperandMut<'o>>(
    a: X,
    b: Y,
    out: O,
    f: impl FnMut(&mut O::Elem, &X::Elem, &Y::Elem),
) -> Result<(), BroadcastError> {
    let (a, b, mut out) = (a.operand_view(), b.operand_view(), out.operand_view_mut());
    let dims = out.dims();
    let dims = dims.as_ref();
    check_output(
        dims,
        result_shape(
            &[a.dims().as_ref(), b.dims().as_ref(), dims],
            BroadcastCall::Elementwise,
        )?,
    )?;
    let (a, b) = (broadcast_onto(a, dims), broadcast_onto(b, dims));
    write_2(Traversal::Tiled, &mut out, &a, &b, f);
    Ok(())
}

macro_rules! ufunc {
    ($name:ident, $Trait:ident, $method:ident, $numpy:literal, $sym:literal, $want:literal) => {
        #[doc = concat!("`out = a ", $sym, " b` element by element (NumPy's `np.", $numpy, "(a, b, out=out)`):")]
        /// `a` and `b` are any [`Operand`](crate::Operand) (`&Array`, `&View`,
        /// `View`, ...); `out` is `&mut Array`, `&mut ViewMut` or `ViewMut`. Nothing is written when
        /// the shapes do not fit.
        ///
        /// ```
        /// use array_core::{array, arith};
        /// let a = array![[8, 6, 4], [2, 10, 12]];
        /// let mut out = array![[0, 0, 0], [0, 0, 0]];
        #[doc = concat!("arith::", stringify!($name), "(&a, &array![2, 1, 4], &mut out).unwrap();")]
        #[doc = concat!("assert_eq!(out.as_slice(), &", $want, ");")]
        ///
        /// let mut small = array![[0, 0], [0, 0]];
        #[doc = concat!("let e = arith::", stringify!($name), "(&a, &a, &mut small).unwrap_err();")]
        /// assert_eq!(e.to_string(), "operands could not be broadcast together with shapes (2,3) (2,3) (2,2)");
        /// let mut row = array![[0, 0, 0]];
        #[doc = concat!("let e = arith::", stringify!($name), "(&a, &a, &mut row).unwrap_err();")]
        /// assert_eq!(
        ///     e.to_string(),
        ///     "non-broadcastable output operand with shape (1,3) doesn't match the broadcast shape (2,3)"
        /// );
        /// ```
        pub fn $name<'a, 'b, 'o, X: Operand<'a>, Y: Operand<'b>, O: OperandMut<'o>>(
            a: X,
            b: Y,
            out: O,
        ) -> Result<(), BroadcastError>
        where
            X::Elem: Clone + $Trait<Y::Elem, Output = O::Elem>,
            Y::Elem: Clone,
        {
            zip_into(a, b, out, |o, x, y| *o = x.clone().$method(y.clone()))
        }
    };
}

ufunc!(add, Add, add, "add", "+", "[10, 7, 8, 4, 11, 16]");
ufunc!(sub, Sub, sub, "subtract", "-", "[6, 5, 0, 0, 9, 8]");
ufunc!(mul, Mul, mul, "multiply", "*", "[16, 6, 16, 4, 10, 48]");
ufunc!(div, Div, div, "divide", "/", "[4, 6, 1, 1, 10, 3]");

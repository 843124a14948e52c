//! Elementwise arithmetic with NumPy's broadcasting.
//!
//! * compound assignment: `a += &b`, `-=`, `*=`, `/=` on [`Array`] and
//!   [`ViewMut`], with an `&Array`, `&View`, `&ViewMut` or a scalar on the
//!   right, broadcast to the left's shape; `try_add_assign` and friends
//!   return the error instead of panicking;
//! * allocating arithmetic: `&a + &b`, `&a - 1.0`, `2.0 * &a`, ..., a fresh
//!   C-ordered array whose shape type is [`BroadcastShape::Output`]; the
//!   functions [`try_add`], [`try_sub`], [`try_mul`], [`try_div`] return
//!   the error instead of panicking. A number literal on the left of an
//!   operator may need its type suffix (`0.5_f64 * &a`) when the result is
//!   used right away: Rust must know the literal's type before it looks for
//!   the operator;
//! * `out=` functions: [`add`], [`sub`], [`mul`], [`div`] write into a
//!   caller's output;
//! * [`assign`](crate::Array::assign) (`np.copyto`) and `fill`;
//! * [`Zip`]: any closure over an output and up to three inputs.
//!
//! ```
//! use array_core::{array, arith};
//! let mut a = array![[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]];
//! let row = array![10.0, 20.0, 30.0];
//! a += &row;                         // (2,3) += (3,)
//! a *= 2.0;
//! assert_eq!(a.as_slice(), &[22.0, 44.0, 66.0, 28.0, 50.0, 72.0]);
//! let b = &a - &row;                 // a new array
//! let c = 0.5_f64 * &b;             // a literal on the left: give its type
//! assert_eq!(c.as_slice(), &[6.0, 12.0, 18.0, 9.0, 15.0, 21.0]);
//! let mut out = array![0.0; 2, 3];
//! arith::div(&c, &row, &mut out).unwrap();
//! assert_eq!(out.as_slice(), &[0.6, 0.6, 0.6, 0.9, 0.75, 0.7]);
//! ```
//!
//! # Shapes
//!
//! Shapes broadcast by NumPy's rule (aligned on the right, a length-1 axis
//! stretches), checked at run time. An output (the left of `+=`, the `out`
//! of [`add`]) never grows. Operators cannot return a `Result`, so a
//! mismatch panics with NumPy's message, "operands could not be broadcast
//! together with shapes (2,3) (4,)"; every operator has a `Result`-returning
//! counterpart.
//!
//! # Elements
//!
//! Everything works for any element type with the matching `std::ops`
//! trait (`T: AddAssign<U>` for `+=`, `T: Add<U>` for `+`, ...), and the
//! operand elements are cloned into the operation (free for `Copy` types).
//! The element operation is Rust's, not NumPy's: integer overflow panics in
//! debug builds and wraps in release builds, and integer division truncates
//! and panics on a zero divisor (NumPy's `np.divide` on integers gives
//! floats).
//!
//! # Order of traversal
//!
//! The output's memory order decides the traversal, so writes go forward
//! through memory whatever the output's layout (transposed, reversed,
//! sliced). Runs in which every operand has unit stride (all operands
//! contiguous in the same order, merged into one run over the whole
//! buffer) are processed as slices, which the compiler vectorises; the
//! rest goes element by element. An allocated result is C-ordered, so an
//! expression of F-ordered operands reads them across their memory order;
//! write into an F-ordered output with [`add`] to keep it sequential.
//!
//! # Aliasing
//!
//! NumPy resolves `a += a.T` at run time by copying the transpose first.
//! Here the same line does not compile: `+=` borrows `a` mutably while
//! `a.t()` still borrows it, so no operation can ever read an element it
//! has already overwritten.
//!
//! ```compile_fail,E0502
//! use array_core::array;
//! let mut a = array![[1, 2], [3, 4]];
//! a += &a.t();
//! ```
//!
//! Copy first, and say so:
//!
//! ```
//! use array_core::array;
//! let mut a = array![[1, 2], [3, 4]];
//! let t = a.t().to_c_contiguous().into_owned();
//! a += &t;
//! assert_eq!(a.as_slice(), &[2, 5, 5, 8]);
//! ```
//!
//! [`Array`]: crate::Array
//! [`ViewMut`]: crate::ViewMut

mod assign;
mod binary;
mod compound;
pub(crate) mod kernel;
mod map;
pub(crate) mod operand;
pub(crate) mod plan;
mod scalar;
mod shape;
mod ufunc;
mod zip;

pub use crate::shape::BroadcastDim;
pub use binary::{try_add, try_div, try_mul, try_sub};
pub use operand::{Operand, OperandMut};
pub use scalar::ScalarOperand;
pub use shape::BroadcastShape;
pub use ufunc::{add, div, mul, sub};
pub use zip::Zip;

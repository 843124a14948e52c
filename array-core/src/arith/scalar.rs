//! [`ScalarOperand`]: which types may stand on one side of an operator
//! whose other side is an array.

/// A type that operators treat as one value broadcast to every element:
/// `&a * 2.0`, `a += 1`.
///
/// The operators need this marker because an array's element type could
/// itself be an array reference, and Rust must be able to tell `a += &b`
/// (elementwise) from `a += x` (one value) without looking at the element
/// type. It is implemented for the primitive numbers; implement it for your
/// own element types (a complex number, a fixed-point type) to use them as
/// scalars on the right:
///
/// ```
/// use array_core::{array, ScalarOperand};
/// use std::ops::Mul;
///
/// #[derive(Clone, Copy, Debug, PartialEq)]
/// struct Meters(f64);
/// impl Mul for Meters {
///     type Output = Meters;
///     fn mul(self, k: Meters) -> Meters { Meters(self.0 * k.0) }
/// }
/// impl ScalarOperand for Meters {}
///
/// let a = array![Meters(1.0), Meters(2.5)];
/// let b = &a * Meters(2.0);
/// assert_eq!(b.as_slice(), &[Meters(2.0), Meters(5.0)]);
/// ```
///
/// A scalar on the *left* (`2.0 * &a`) is offered for the primitive numbers
/// only: Rust's coherence rules forbid a generic implementation there.
pub trait ScalarOperand: Clone {}

macro_rules! scalar_operand {
    ($($t:ty),*) => {$(impl ScalarOperand for $t {})*};
}

scalar_operand!(
    i8, i16, i32, i64, i128, isize, u8, u16, u32, u64, u128, usize, f32, f64
);

/// Applies `$m!(type)` to every primitive number with a `ScalarOperand` impl.
macro_rules! for_each_primitive {
    ($m:ident) => {
        $m!(i8);
        $m!(i16);
        $m!(i32);
        $m!(i64);
        $m!(i128);
        $m!(isize);
        $m!(u8);
        $m!(u16);
        $m!(u32);
        $m!(u64);
        $m!(u128);
        $m!(usize);
        $m!(f32);
        $m!(f64);
    };
}
pub(crate) use for_each_primitive;

//! The shape type of an allocating operation's result (`&a + &b`).
//!
//! NumPy's rule works axis by axis from the right; so does the type. For
//! tuple shapes the leading axes of the longer shape are kept as they are,
//! and each aligned pair of dims gives ([`BroadcastDim`], with the rest of
//! the type-level dim arithmetic in `shape/count.rs`):
//! - two static dims: NumPy's answer, decided by the type system (equal
//!   lengths give that dim, a 1 stretches to the other length, different
//!   lengths that are not 1 do not compile);
//! - a dynamic dim with anything: `Dyn`, checked at run time.
//!
//! [`DynRank`] with anything gives `DynRank`. Lengths of [`Big`](crate::Big) dims are
//! too long for the type system's numbers: a pair with one is given the
//! type it would have were it valid, and the build checks the lengths.
//!
//! ```
//! use array_core::{array, Array, DynRank, shape};
//! let a = array![[1, 2, 3], [4, 5, 6]];       // shape![2, 3]
//! let row = array![10, 20, 30];                 // shape![3]
//! let s: Array<i32, shape![2, 3]> = &a + &row;  // leading axis kept, 3 with 3
//! assert_eq!(s.as_slice(), &[11, 22, 33, 14, 25, 36]);
//!
//! let col = array![[100], [200]];               // shape![2, 1]
//! let t: Array<i32, shape![2, 3]> = &a + &col;  // 1 stretches to 3
//! assert_eq!(t.as_slice(), &[101, 102, 103, 204, 205, 206]);
//!
//! let dy = Array::<i32, shape![2, _]>::from_shape_vec([2, 1], vec![100, 200]).unwrap();
//! let u: Array<i32, shape![2, _]> = &a + &dy;   // `Const<3>` with `Dyn`: `Dyn`
//! assert_eq!(u.dims(), [2, 3]);
//!
//! let d = Array::<i32, DynRank>::from_shape_vec([3], vec![1, 1, 1]).unwrap();
//! let v: Array<i32, DynRank> = &a + &d;
//! assert_eq!(v.dims(), [2, 3]);
//! ```
//!
//! Static lengths that differ do not compile:
//!
//! ```compile_fail,E0277
//! use array_core::array;
//! let a = array![[1, 2, 3], [4, 5, 6]]; // shape![2, 3]
//! let b = array![[1, 2], [3, 4]];       // shape![2, 2]
//! let _ = &a + &b;
//! ```

use crate::shape::{BroadcastAtBuild, BroadcastDim, Dim, DynRank, Shape};

/// The shape type of the result of broadcasting `Self` with `Rhs`.
///
/// ```
/// use array_core::{BroadcastShape, DynRank, shape};
/// fn same<A: BroadcastShape<B, Output = O>, B: array_core::Shape, O>() {}
/// same::<shape![2, 3], shape![3], shape![2, 3]>();
/// same::<shape![2, 3], shape![_, 3], shape![_, 3]>();
/// same::<shape![4], shape![2, 1, 4], shape![2, 1, 4]>();
/// same::<shape![2, 3], DynRank, DynRank>();
/// ```
#[diagnostic::on_unimplemented(
    message = "shapes `{Self}` and `{Rhs}` cannot be broadcast together",
    label = "some pair of aligned static axes differs in length, and neither is 1",
    note = "NumPy's rule: aligned axes broadcast when their lengths are equal or one of them is 1"
)]
pub trait BroadcastShape<Rhs: Shape>: Shape {
    /// The result's shape type.
    type Output: Shape;
    /// Evaluates to `()`, or fails the build when static lengths the type
    /// rules could not compare ([`Big`](crate::Big)) do not broadcast.
    #[doc(hidden)]
    const CHECKED: () = BroadcastAtBuild::<Self, Rhs, Self::Output>::CHECKED;
}

impl BroadcastShape<DynRank> for DynRank {
    type Output = DynRank;
}

macro_rules! dyn_rank_broadcast {
    ($rank:literal; $($d:ident),*) => {
        impl<$($d: Dim),*> BroadcastShape<($($d,)*)> for DynRank {
            type Output = DynRank;
        }
        impl<$($d: Dim),*> BroadcastShape<DynRank> for ($($d,)*) {
            type Output = DynRank;
        }
    };
}

crate::shape::arity::for_each_rank!(dyn_rank_broadcast);

/// Tuple with tuple: `lead` are the longer shape's unpaired leading dims,
/// `a b` the aligned pairs (left operand's dim, right operand's dim).
macro_rules! tuple_broadcast {
    (lhs [$($l:ident)*] [$($a:ident $b:ident),*]) => {
        #[diagnostic::do_not_recommend]
        impl<$($l: Dim,)* $($a: BroadcastDim<$b>, $b: Dim,)*> BroadcastShape<($($b,)*)>
            for ($($l,)* $($a,)*)
        {
            type Output = ($($l,)* $(<$a as BroadcastDim<$b>>::Output,)*);
        }
    };
    (rhs [$($l:ident)*] [$($a:ident $b:ident),*]) => {
        #[diagnostic::do_not_recommend]
        impl<$($l: Dim,)* $($a: BroadcastDim<$b>, $b: Dim,)*> BroadcastShape<($($l,)* $($b,)*)>
            for ($($a,)*)
        {
            type Output = ($($l,)* $(<$a as BroadcastDim<$b>>::Output,)*);
        }
    };
}

tuple_broadcast!(lhs [] []);
tuple_broadcast!(rhs [L0] []);
tuple_broadcast!(rhs [L0 L1] []);
tuple_broadcast!(rhs [L0 L1 L2] []);
tuple_broadcast!(rhs [L0 L1 L2 L3] []);
tuple_broadcast!(rhs [L0 L1 L2 L3 L4] []);
tuple_broadcast!(rhs [L0 L1 L2 L3 L4 L5] []);
tuple_broadcast!(lhs [L0] []);
tuple_broadcast!(lhs [] [A0 B0]);
tuple_broadcast!(rhs [L0] [A0 B0]);
tuple_broadcast!(rhs [L0 L1] [A0 B0]);
tuple_broadcast!(rhs [L0 L1 L2] [A0 B0]);
tuple_broadcast!(rhs [L0 L1 L2 L3] [A0 B0]);
tuple_broadcast!(rhs [L0 L1 L2 L3 L4] [A0 B0]);
tuple_broadcast!(lhs [L0 L1] []);
tuple_broadcast!(lhs [L0] [A0 B0]);
tuple_broadcast!(lhs [] [A0 B0, A1 B1]);
tuple_broadcast!(rhs [L0] [A0 B0, A1 B1]);
tuple_broadcast!(rhs [L0 L1] [A0 B0, A1 B1]);
tuple_broadcast!(rhs [L0 L1 L2] [A0 B0, A1 B1]);
tuple_broadcast!(rhs [L0 L1 L2 L3] [A0 B0, A1 B1]);
tuple_broadcast!(lhs [L0 L1 L2] []);
tuple_broadcast!(lhs [L0 L1] [A0 B0]);
tuple_broadcast!(lhs [L0] [A0 B0, A1 B1]);
tuple_broadcast!(lhs [] [A0 B0, A1 B1, A2 B2]);
tuple_broadcast!(rhs [L0] [A0 B0, A1 B1, A2 B2]);
tuple_broadcast!(rhs [L0 L1] [A0 B0, A1 B1, A2 B2]);
tuple_broadcast!(rhs [L0 L1 L2] [A0 B0, A1 B1, A2 B2]);
tuple_broadcast!(lhs [L0 L1 L2 L3] []);
tuple_broadcast!(lhs [L0 L1 L2] [A0 B0]);
tuple_broadcast!(lhs [L0 L1] [A0 B0, A1 B1]);
tuple_broadcast!(lhs [L0] [A0 B0, A1 B1, A2 B2]);
tuple_broadcast!(lhs [] [A0 B0, A1 B1, A2 B2, A3 B3]);
tuple_broadcast!(rhs [L0] [A0 B0, A1 B1, A2 B2, A3 B3]);
tuple_broadcast!(rhs [L0 L1] [A0 B0, A1 B1, A2 B2, A3 B3]);
tuple_broadcast!(lhs [L0 L1 L2 L3 L4] []);
tuple_broadcast!(lhs [L0 L1 L2 L3] [A0 B0]);
tuple_broadcast!(lhs [L0 L1 L2] [A0 B0, A1 B1]);
tuple_broadcast!(lhs [L0 L1] [A0 B0, A1 B1, A2 B2]);
tuple_broadcast!(lhs [L0] [A0 B0, A1 B1, A2 B2, A3 B3]);
tuple_broadcast!(lhs [] [A0 B0, A1 B1, A2 B2, A3 B3, A4 B4]);
tuple_broadcast!(rhs [L0] [A0 B0, A1 B1, A2 B2, A3 B3, A4 B4]);
tuple_broadcast!(lhs [L0 L1 L2 L3 L4 L5] []);
tuple_broadcast!(lhs [L0 L1 L2 L3 L4] [A0 B0]);
tuple_broadcast!(lhs [L0 L1 L2 L3] [A0 B0, A1 B1]);
tuple_broadcast!(lhs [L0 L1 L2] [A0 B0, A1 B1, A2 B2]);
tuple_broadcast!(lhs [L0 L1] [A0 B0, A1 B1, A2 B2, A3 B3]);
tuple_broadcast!(lhs [L0] [A0 B0, A1 B1, A2 B2, A3 B3, A4 B4]);
tuple_broadcast!(lhs [] [A0 B0, A1 B1, A2 B2, A3 B3, A4 B4, A5 B5]);

/// Builds the result's shape value from the broadcast dims, which the
/// result type describes by construction.
pub(crate) fn result_shape_value<S: Shape>(dims: &[usize]) -> S {
    S::from_dims(dims).expect("the broadcast shape type agrees with the broadcast dims")
}

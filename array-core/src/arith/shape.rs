//! The shape type of an allocating operation's result (`&a + &b`).
//!
//! NumPy's rule works axis by axis from the right; so does the type. Two
//! shapes of the same type give that type. Otherwise, for tuple shapes, the
//! leading axes of the longer shape are kept as they are, and each aligned
//! pair of dims gives: the dim itself when both types are equal (`Const<3>`
//! with `Const<3>`, `Dyn` with `Dyn`), `Dyn` when one of them is dynamic.
//! [`DynRank`] with anything gives `DynRank`.
//!
//! Two *different* static lengths have no result type: `Const<2>` against
//! `Const<3>` cannot broadcast, and the compiler says so. `Const<1>` against
//! `Const<3>` would broadcast, but Rust cannot tell `Const<1>` from
//! `Const<N>` without overlapping implementations, so that pair is refused
//! too: make the length-1 axis dynamic, or use `+=` or
//! [`arith::add`](crate::arith::add) with an output, which check shapes at
//! run time only.
//!
//! ```
//! use array_core::{array, Array, DynRank, shape};
//! let a = array![[1, 2, 3], [4, 5, 6]];       // shape![2, 3]
//! let row = array![10, 20, 30];                 // shape![3]
//! let s: Array<i32, shape![2, 3]> = &a + &row;  // leading axis kept, 3 with 3
//! assert_eq!(s.as_slice(), &[11, 22, 33, 14, 25, 36]);
//!
//! let col = Array::<i32, shape![2, _]>::from_shape_vec([2, 1], vec![100, 200]).unwrap();
//! let t: Array<i32, shape![2, _]> = &a + &col;  // `Const<3>` with `Dyn`: `Dyn`
//! assert_eq!(t.as_slice(), &[101, 102, 103, 204, 205, 206]);
//!
//! let d = Array::<i32, DynRank>::from_shape_vec([3], vec![1, 1, 1]).unwrap();
//! let u: Array<i32, DynRank> = &a + &d;
//! assert_eq!(u.dims(), [2, 3]);
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

use crate::shape::{Const, Dim, Dyn, DynRank, Shape};

/// The dim of a broadcast result on one axis, from the two operands' dims.
///
/// ```
/// use array_core::{BroadcastDim, Const, Dyn};
/// fn result<A: BroadcastDim<B>, B: array_core::Dim>() -> Option<usize> {
///     <A::Output as array_core::Dim>::STATIC
/// }
/// assert_eq!(result::<Const<3>, Const<3>>(), Some(3));
/// assert_eq!(result::<Const<3>, Dyn>(), None);
/// ```
#[diagnostic::on_unimplemented(
    message = "static axes `{Self}` and `{Rhs}` have no broadcast type",
    label = "the axis lengths of these operands differ in their types",
    note = "static axes broadcast by type only when their lengths are equal; to broadcast a length-1 axis, make it dynamic (`Dyn`), or use `+=` or `arith::add(&a, &b, &mut out)`, which check shapes at run time"
)]
pub trait BroadcastDim<Rhs: Dim>: Dim {
    /// The result's dim.
    type Output: Dim;
}

impl<D: Dim> BroadcastDim<D> for D {
    type Output = D;
}

impl<const N: usize> BroadcastDim<Dyn> for Const<N> {
    type Output = Dyn;
}

impl<const N: usize> BroadcastDim<Const<N>> for Dyn {
    type Output = Dyn;
}

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
    message = "shapes `{Self}` and `{Rhs}` have no broadcast type",
    label = "some pair of aligned static axes differs in length",
    note = "static axes broadcast by type only when their lengths are equal; to broadcast a length-1 axis, make it dynamic (`Dyn`), or use `+=` or `arith::add(&a, &b, &mut out)`, which check shapes at run time"
)]
pub trait BroadcastShape<Rhs: Shape>: Shape {
    /// The result's shape type.
    type Output: Shape;
}

impl BroadcastShape<DynRank> for DynRank {
    type Output = DynRank;
}

macro_rules! dyn_rank_broadcast {
    ($($d:ident),*) => {
        impl<$($d: Dim),*> BroadcastShape<($($d,)*)> for DynRank {
            type Output = DynRank;
        }
        impl<$($d: Dim),*> BroadcastShape<DynRank> for ($($d,)*) {
            type Output = DynRank;
        }
    };
}

dyn_rank_broadcast!();
dyn_rank_broadcast!(D0);
dyn_rank_broadcast!(D0, D1);
dyn_rank_broadcast!(D0, D1, D2);
dyn_rank_broadcast!(D0, D1, D2, D3);
dyn_rank_broadcast!(D0, D1, D2, D3, D4);
dyn_rank_broadcast!(D0, D1, D2, D3, D4, D5);

/// Tuple with tuple: `lead` are the longer shape's unpaired leading dims,
/// `a b` the aligned pairs (left operand's dim, right operand's dim).
macro_rules! tuple_broadcast {
    (lhs [$($l:ident)*] [$($a:ident $b:ident),*]) => {
        impl<$($l: Dim,)* $($a: BroadcastDim<$b>, $b: Dim,)*> BroadcastShape<($($b,)*)>
            for ($($l,)* $($a,)*)
        {
            type Output = ($($l,)* $(<$a as BroadcastDim<$b>>::Output,)*);
        }
    };
    (rhs [$($l:ident)*] [$($a:ident $b:ident),*]) => {
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

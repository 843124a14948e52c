//! [`Shape`] for tuples of dims, ranks 0 to 6.

use super::{Const, Dim, Dyn, DynRank, Sealed, Shape, mul_static};
use crate::error::ShapeError;

/// Maps any dim to `Dyn`, to spell "same rank, every axis dynamic".
///
/// ```
/// use array_core::{Const, Dyn, Shape, ToDyn, shape};
/// let _: <Const<3> as ToDyn>::Out = Dyn(3);
/// let _: <shape![2, 3] as Shape>::AllDyn = (Dyn(2), Dyn(3));
/// ```
pub trait ToDyn {
    /// Always [`Dyn`](crate::Dyn).
    type Out: Dim;
}

impl<D: Dim> ToDyn for D {
    type Out = crate::Dyn;
}

macro_rules! tuple_shape {
    ($rank:literal; $($d:ident $i:tt),*; rev $($rd:ident $ri:tt),*;
     first $first:ty; last $last:ty; tail ($($tail:ident),*);
     smaller ($($sm:ident),*); larger $larger:ty) => {
        impl<$($d: Dim),*> Sealed for ($($d,)*) {}

        impl<$($d: Dim),*> Shape for ($($d,)*) {
            const RANK: Option<usize> = Some($rank);
            const STATIC_SIZE: Option<usize> = {
                #[allow(unused_mut)]
                let mut n = Some(1usize);
                $( n = mul_static(n, $d::STATIC); )*
                n
            };
            const STATIC_DIMS: &'static [Option<usize>] = &[$($d::STATIC),*];
            type Dims = [usize; $rank];
            type Strides = [isize; $rank];
            type Reversed = ($($rd,)*);
            type AllDyn = ($(<$d as ToDyn>::Out,)*);
            type First = $first;
            type Last = $last;
            type Tail = ($($tail,)*);
            type Smaller = ($($sm,)*);
            type Larger = $larger;

            #[inline(always)]
            #[allow(clippy::unused_unit)] // rank 0 reverses to `()`
            fn reversed(&self) -> Self::Reversed {
                ($(self.$ri,)*)
            }

            #[inline(always)]
            fn rank(&self) -> usize {
                $rank
            }

            #[inline(always)]
            fn dims(&self) -> [usize; $rank] {
                [$(self.$i.value()),*]
            }

            fn from_dims(dims: &[usize]) -> Result<Self, ShapeError> {
                if dims.len() != $rank {
                    return Err(ShapeError::RankMismatch { expected: $rank, found: dims.len() });
                }
                Ok(($(
                    $d::from_len(dims[$i]).ok_or(ShapeError::StaticDimMismatch {
                        axis: $i,
                        expected: $d::STATIC.unwrap_or(0),
                        found: dims[$i],
                    })?,
                )*))
            }

            #[inline(always)]
            fn zero_strides(&self) -> [isize; $rank] {
                [0; $rank]
            }

            #[inline(always)]
            fn try_static() -> Option<Self> {
                Some(($($d::from_len($d::STATIC?)?,)*))
            }
        }
    };
}

tuple_shape!(0;; rev; first Const<1>; last Const<1>; tail (); smaller (); larger (Dyn,));
tuple_shape!(1; D0 0; rev D0 0;
    first D0; last D0; tail (); smaller (); larger (Dyn, Dyn));
tuple_shape!(2; D0 0, D1 1; rev D1 1, D0 0;
    first D0; last D1; tail (D1); smaller (Dyn); larger (Dyn, Dyn, Dyn));
tuple_shape!(3; D0 0, D1 1, D2 2; rev D2 2, D1 1, D0 0;
    first D0; last D2; tail (D1, D2); smaller (Dyn, Dyn); larger (Dyn, Dyn, Dyn, Dyn));
tuple_shape!(4; D0 0, D1 1, D2 2, D3 3; rev D3 3, D2 2, D1 1, D0 0;
    first D0; last D3; tail (D1, D2, D3); smaller (Dyn, Dyn, Dyn);
    larger (Dyn, Dyn, Dyn, Dyn, Dyn));
tuple_shape!(5; D0 0, D1 1, D2 2, D3 3, D4 4; rev D4 4, D3 3, D2 2, D1 1, D0 0;
    first D0; last D4; tail (D1, D2, D3, D4); smaller (Dyn, Dyn, Dyn, Dyn);
    larger (Dyn, Dyn, Dyn, Dyn, Dyn, Dyn));
tuple_shape!(6; D0 0, D1 1, D2 2, D3 3, D4 4, D5 5; rev D5 5, D4 4, D3 3, D2 2, D1 1, D0 0;
    first D0; last D5; tail (D1, D2, D3, D4, D5); smaller (Dyn, Dyn, Dyn, Dyn, Dyn);
    larger DynRank);

#[cfg(test)]
mod tests {
    use crate::{Const, Dyn, Shape};

    #[test]
    fn static_size_is_the_product_of_static_dims() {
        assert_eq!(<()>::STATIC_SIZE, Some(1));
        assert_eq!(<(Const<2>, Const<3>, Const<4>)>::STATIC_SIZE, Some(24));
        assert_eq!(<(Const<2>, Const<0>)>::STATIC_SIZE, Some(0));
        assert_eq!(<(Const<2>, Dyn)>::STATIC_SIZE, None);
    }

    #[test]
    fn from_dims_checks_rank_and_static_axes() {
        type S = (Const<2>, Dyn);
        assert_eq!(S::from_dims(&[2, 9]).unwrap(), (Const, Dyn(9)));
        let e = S::from_dims(&[3, 9]).unwrap_err();
        assert_eq!(
            e.to_string(),
            "axis 0 is static with length 2 but a length of 3 was given"
        );
        let e = S::from_dims(&[2]).unwrap_err();
        assert_eq!(
            e.to_string(),
            "shape has 1 dims but the shape type has rank 2"
        );
    }

    #[test]
    fn size_checked_reports_overflow() {
        let s = (Dyn(usize::MAX), Dyn(2));
        assert!(s.size_checked().is_err());
        assert_eq!((Dyn(3), Dyn(0)).size_checked(), Ok(0));
        assert_eq!(().size(), 1);
    }
}

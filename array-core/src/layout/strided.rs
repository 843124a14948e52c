//! The general layout: one signed stride per axis.

use super::Layout;
use crate::shape::{Sealed, Shape};

/// Any signed strides, zero included: what slicing with steps, axis
/// permutations, broadcasting and NumPy-style `as_strided` produce.
///
/// ```
/// use array_core::{Strided, View, shape};
/// let buf = [0, 1, 2, 3, 4, 5];
/// // Every other element, backwards: 4, 2, 0.
/// let v = View::<i32, shape![3], Strided>::from_parts(&buf, [3], [-2], 4).unwrap();
/// assert_eq!(v.iter().copied().collect::<Vec<_>>(), [4, 2, 0]);
/// ```
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Strided;

impl Sealed for Strided {}

impl Layout for Strided {
    const NAME: &'static str = "Strided";
    type Transposed = Strided;
    type Owned = super::C;
    type Outer = Strided;
    type Row = Strided;
    type Column = Strided;
    type Stored<S: Shape> = S::Strides;

    #[inline]
    fn strides<S: Shape>(_: &S, stored: &S::Strides) -> S::Strides {
        stored.clone()
    }

    fn store<S: Shape>(shape: &S, strides: &[isize]) -> Option<S::Strides> {
        (strides.len() == shape.rank()).then(|| shape.strides_from(strides))
    }

    #[inline]
    fn store_proven<S: Shape>(shape: &S, strides: &[isize]) -> S::Strides {
        shape.strides_from(strides)
    }

    #[inline]
    fn transpose_stored<S: Shape>(
        shape: &S,
        stored: &S::Strides,
    ) -> <S::Reversed as Shape>::Strides {
        let mut out = shape.reversed().zero_strides();
        for (o, s) in out.as_mut().iter_mut().zip(stored.as_ref().iter().rev()) {
            *o = *s;
        }
        out
    }
}

//! [`Flat`]: the length of a flattened shape, static when the shape is.

use super::count::{StaticDim, StaticShape};
use super::{Dim, Sealed, Shape};
use std::fmt;
use std::hash::{Hash, Hasher};
use std::marker::PhantomData;

/// The length of the 1-D result of flattening a shape `S`: its element
/// count. Static exactly when `S` is fully static (then it also has a type-
/// level count, so a flattened array can be statically reshaped again).
///
/// ```
/// use array_core::{Dim, Flat, shape};
/// assert_eq!(<Flat<shape![2, 3]> as Dim>::STATIC, Some(6));
/// assert_eq!(<Flat<shape![2, _]> as Dim>::STATIC, None);
/// let a = array_core::array![[1, 2, 3], [4, 5, 6]];
/// let flat = a.view().ravel();          // View<'_, i32, (Flat<shape![2, 3]>,)>
/// assert_eq!(flat.as_slice().len(), 6);
/// ```
pub struct Flat<S: Shape> {
    len: usize,
    marker: PhantomData<fn() -> S>,
}

impl<S: Shape> Flat<S> {
    pub(crate) fn of(shape: &S) -> Self {
        Flat {
            len: shape.size(),
            marker: PhantomData,
        }
    }
}

impl<S: Shape> Clone for Flat<S> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<S: Shape> Copy for Flat<S> {}
impl<S: Shape> PartialEq for Flat<S> {
    fn eq(&self, other: &Self) -> bool {
        self.len == other.len
    }
}
impl<S: Shape> Eq for Flat<S> {}
impl<S: Shape> Hash for Flat<S> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.len.hash(state)
    }
}
impl<S: Shape> fmt::Debug for Flat<S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Flat({})", self.len)
    }
}
impl<S: Shape> Sealed for Flat<S> {}

impl<S: Shape> Dim for Flat<S> {
    const STATIC: Option<usize> = S::STATIC_SIZE;
    // Its length may be static, but the type rules treat it as dynamic.
    type Kind = super::DynamicKind;
    #[inline(always)]
    fn value(self) -> usize {
        match S::STATIC_SIZE {
            Some(n) => n,
            None => self.len,
        }
    }
    fn from_len(len: usize) -> Option<Self> {
        match S::STATIC_SIZE {
            Some(n) if n != len => None,
            _ => Some(Flat {
                len,
                marker: PhantomData,
            }),
        }
    }
}

impl<S: StaticShape> StaticDim for Flat<S> {
    type Count = S::Count;
}

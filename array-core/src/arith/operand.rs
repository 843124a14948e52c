//! What elementwise functions accept: [`Operand`] (anything that lends a
//! read-only view) and [`OperandMut`] (anything that lends a mutable one),
//! and the internal step that stretches an operand to a broadcast shape.

use crate::array::{Array, CowArray, View, ViewMut};
use crate::broadcast::error::{BroadcastCall, BroadcastError, to_shape_error};
use crate::layout::{Layout, Strided};
use crate::rules::broadcast::broadcast_to_strides;
use crate::shape::{DynRank, Shape};

/// A read-only operand of an elementwise function: `&Array`, `&View`,
/// `&ViewMut`, `&CowArray`, or a `View` by value.
///
/// ```
/// use array_core::{array, arith, Array, shape};
/// let a = array![[1, 2, 3], [4, 5, 6]];
/// let mut out = Array::<i32, shape![2, 3]>::zeros_static();
/// arith::add(&a, a.view(), &mut out).unwrap(); // an `&Array` and a `View`
/// assert_eq!(out.as_slice(), &[2, 4, 6, 8, 10, 12]);
/// ```
pub trait Operand<'a> {
    /// The element type.
    type Elem: 'a;
    /// The shape type.
    type Shape: Shape;
    /// The layout.
    type Layout: Layout;
    /// The operand as a read-only view.
    ///
    /// ```
    /// use array_core::{array, Operand};
    /// let a = array![1, 2];
    /// assert_eq!((&a).operand_view().to_vec(), [1, 2]);
    /// ```
    fn operand_view(self) -> View<'a, Self::Elem, Self::Shape, Self::Layout>;
}

/// One `Operand`/`OperandMut` impl per line below: the lifetimes, the
/// operand type, how it lends its view.
macro_rules! operand_impls {
    ($Trait:ident, $method:ident, $View:ident, $lt:lifetime;
     $([$($extra:lifetime: $bound:lifetime),*] $ty:ty => |$x:ident| $body:expr;)*) => {$(
        impl<$lt, $($extra: $bound,)* T, S: Shape, L: Layout> $Trait<$lt> for $ty {
            type Elem = T;
            type Shape = S;
            type Layout = L;
            #[inline]
            fn $method(self) -> $View<$lt, T, S, L> {
                let $x = self;
                $body
            }
        }
    )*};
}

operand_impls!(Operand, operand_view, View, 'a;
    [] &'a Array<T, S, L> => |x| x.view();
    [] View<'a, T, S, L> => |x| x;
    ['v: 'a] &'a View<'v, T, S, L> => |x| x.clone();
    ['v: 'a] &'a ViewMut<'v, T, S, L> => |x| x.view();
    ['c: 'a] &'a CowArray<'c, T, S, L> => |x| x.view();
);

/// The output of an elementwise function: `&mut Array`, `&mut ViewMut`, or
/// a `ViewMut` by value.
///
/// ```
/// use array_core::{array, arith};
/// let a = array![1.0, 2.0];
/// let mut out = array![[0.0, 0.0], [0.0, 0.0]];
/// arith::mul(&a, &a, out.t_mut()).unwrap(); // a `ViewMut` by value
/// assert_eq!(out.as_slice(), &[1.0, 1.0, 4.0, 4.0]);
/// ```
pub trait OperandMut<'o> {
    /// The element type.
    type Elem: 'o;
    /// The shape type.
    type Shape: Shape;
    /// The layout.
    type Layout: Layout;
    /// The operand as a mutable view.
    ///
    /// ```
    /// use array_core::{array, OperandMut};
    /// let mut a = array![1, 2];
    /// (&mut a).operand_view_mut().fill(0);
    /// assert_eq!(a.as_slice(), &[0, 0]);
    /// ```
    fn operand_view_mut(self) -> ViewMut<'o, Self::Elem, Self::Shape, Self::Layout>;
}

operand_impls!(OperandMut, operand_view_mut, ViewMut, 'o;
    [] &'o mut Array<T, S, L> => |x| x.view_mut();
    [] ViewMut<'o, T, S, L> => |x| x;
    ['v: 'o] &'o mut ViewMut<'v, T, S, L> => |x| x.reborrow();
);

/// A read-only view stretched to a broadcast shape: every axis of `target`,
/// stride 0 where the source is stretched (or has length 1).
pub(crate) type Broadcast<'a, T> = View<'a, T, DynRank, Strided>;

/// Stretches `v` to `target`, which the caller has checked it broadcasts to.
pub(crate) fn broadcast_onto<'a, T, S: Shape, L: Layout>(
    v: View<'a, T, S, L>,
    target: &[usize],
) -> Broadcast<'a, T> {
    let strides = broadcast_to_strides(v.dims().as_ref(), v.strides().as_ref(), target)
        .expect("the operand's shape was checked to broadcast to the target");
    relayout_broadcast(v, target, strides)
}

/// The source of `assign` stretched to the destination's dims, with NumPy's
/// rule for `copyto`/`a[...] = b`: leading length-1 axes of the source may
/// be dropped first, so `(1, 3)` assigns into `(3,)`.
pub(crate) fn assign_source<'a, T, S: Shape, L: Layout>(
    v: View<'a, T, S, L>,
    target: &[usize],
) -> Result<Broadcast<'a, T>, BroadcastError> {
    let (dims, strides) = (v.dims(), v.strides());
    let (mut dims, mut strides) = (dims.as_ref(), strides.as_ref());
    while dims.len() > target.len() && dims[0] == 1 {
        dims = &dims[1..];
        strides = &strides[1..];
    }
    // NumPy reports the source's shape after dropping those axes.
    let stretched = broadcast_to_strides(dims, strides, target)
        .map_err(|e| to_shape_error(e, dims, target, BroadcastCall::Assign))?;
    Ok(relayout_broadcast(v, target, stretched))
}

fn relayout_broadcast<'a, T, S: Shape, L: Layout>(
    v: View<'a, T, S, L>,
    target: &[usize],
    strides: Vec<isize>,
) -> Broadcast<'a, T> {
    // At most 64 axes: the target is the broadcast of shapes that each have
    // at most 64. Stride 0 and kept strides reach only elements the source
    // reaches, so the bounds check cannot fail.
    v.relayout::<DynRank, Strided>(DynRank::new(target), strides.into(), 0)
        .expect("a broadcast view reaches only its source's elements")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::array;

    #[test]
    fn broadcast_gives_zero_strides_on_stretched_axes() {
        let a = array![[1, 2, 3]];
        let b = broadcast_onto(a.view(), &[2, 2, 3]);
        assert_eq!(b.strides(), [0, 0, 1]);
        assert_eq!(b.to_vec(), [1, 2, 3, 1, 2, 3, 1, 2, 3, 1, 2, 3]);
    }

    #[test]
    fn assign_drops_leading_unit_axes() {
        let a = array![[[7, 8]]];
        let b = assign_source(a.view(), &[2]).unwrap();
        assert_eq!(b.to_vec(), [7, 8]);
        // NumPy: np.copyto(np.zeros(3), np.zeros((1, 1, 2))).
        let e = assign_source(a.view(), &[3]).unwrap_err();
        assert_eq!(
            e.to_string(),
            "could not broadcast input array from shape (2,) into shape (3,)"
        );
        let c = array![[1], [2]];
        assert!(assign_source(c.view(), &[2]).is_err());
    }
}

//! Transposes: full reversal swaps `C` and `F` in the type; any other
//! permutation is `Strided`.

use crate::array::{Array, View, ViewMut};
use crate::error::AxisError;
use crate::layout::{Layout, Strided};
use crate::rules::slice::wrap_index;
use crate::shape::Shape;

/// Normalises a permutation (negative axes count from the end) and checks it.
pub(crate) fn normalize_permutation(axes: &[isize], rank: usize) -> Result<Vec<usize>, AxisError> {
    if axes.len() != rank {
        return Err(AxisError::WrongCount {
            axes: axes.to_vec(),
            rank,
        });
    }
    let mut seen = vec![false; rank];
    let mut out = Vec::with_capacity(rank);
    for &a in axes {
        let ax = normalize_axis(a, rank)?;
        if std::mem::replace(&mut seen[ax], true) {
            return Err(AxisError::Repeated {
                axes: axes.to_vec(),
            });
        }
        out.push(ax);
    }
    Ok(out)
}

/// One axis, negative counting from the end, checked against the rank.
pub(crate) fn normalize_axis(axis: isize, rank: usize) -> Result<usize, AxisError> {
    wrap_index(axis, rank).ok_or(AxisError::OutOfRange { axis, rank })
}

fn permuted<S: Shape, S2: Shape>(
    shape: &S,
    strides: &S::Strides,
    perm: &[usize],
) -> (S2, S2::Strides) {
    let dims = shape.dims();
    let pd: Vec<usize> = perm.iter().map(|&a| dims.as_ref()[a]).collect();
    let ps: Vec<isize> = perm.iter().map(|&a| strides.as_ref()[a]).collect();
    let s2 = S2::from_dims(&pd).expect("a permutation keeps the rank");
    let st = s2.strides_from(&ps);
    (s2, st)
}

/// The transposes of both view kinds, one text; an invocation gives each
/// method's docs for `View`, then for `ViewMut`.
macro_rules! view_transposes {
    (t { $(#[$v_t:meta])* } { $(#[$m_t:meta])* }
     permuted_axes { $(#[$v_permuted_axes:meta])* } { $(#[$m_permuted_axes:meta])* }
     swap_axes { $(#[$v_swap_axes:meta])* } { $(#[$m_swap_axes:meta])* }) => {
        view_transposes!(@kind View; [$(#[$v_t])*] [$(#[$v_permuted_axes])*] [$(#[$v_swap_axes])*]);
        view_transposes!(@kind ViewMut; [$(#[$m_t])*] [$(#[$m_permuted_axes])*] [$(#[$m_swap_axes])*]);
    };
    (@kind $Ty:ident; [$(#[$t:meta])*] [$(#[$permuted_axes:meta])*] [$(#[$swap_axes:meta])*]) => {
        impl<'a, T, S: Shape, L: Layout> $Ty<'a, T, S, L> {
            $(#[$t])*
            #[inline]
            pub fn t(self) -> $Ty<'a, T, S::Reversed, L::Transposed> {
                self.into_transposed()
            }

            $(#[$permuted_axes])*
            pub fn permuted_axes(self, axes: &[isize]) -> Result<$Ty<'a, T, S::AllDyn, Strided>, AxisError> {
                let perm = normalize_permutation(axes, self.shape().rank())?;
                let (shape, strides) = permuted::<S, S::AllDyn>(self.shape(), &self.strides(), &perm);
                // A permutation reaches the same elements through the same
                // (dim, stride) pairs, so a `ViewMut` stays unique.
                Ok(self
                    .relayout(shape, strides, 0)
                    .expect("a permutation addresses the same elements"))
            }

            $(#[$swap_axes])*
            pub fn swap_axes(self, a: isize, b: isize) -> Result<$Ty<'a, T, S::AllDyn, Strided>, AxisError> {
                let rank = self.shape().rank();
                let (a, b) = (normalize_axis(a, rank)?, normalize_axis(b, rank)?);
                let mut perm: Vec<isize> = (0..rank as isize).collect();
                perm.swap(a, b);
                self.permuted_axes(&perm)
            }
        }
    };
}

view_transposes! {
    t {
        /// The full transpose (axes reversed), a view: `C` becomes `F` and `F`
        /// becomes `C` in the type, static dims stay static.
        ///
        /// ```
        /// use array_core::{array, View, F, shape};
        /// let a = array![[1, 2, 3], [4, 5, 6]];
        /// let t: View<'_, i32, shape![3, 2], F> = a.view().t();
        /// assert_eq!(t[[2, 1]], 6);
        /// ```
        #[doc(alias = "transpose")]
    } {
        /// The full transpose of a mutable view.
        ///
        /// ```
        /// use array_core::array;
        /// let mut a = array![[1, 2], [3, 4]];
        /// a.view_mut().t()[[0, 1]] = 30;
        /// assert_eq!(a[[1, 0]], 30);
        /// ```
    }
    permuted_axes {
        /// Permutes the axes (NumPy's `transpose(axes)`; negative axes count
        /// from the end). Always `Strided` by type, even for the identity.
        ///
        /// ```
        /// use array_core::{Array, DynRank};
        /// let a = Array::<i32, DynRank>::zeros(DynRank::new(&[2, 3, 4]));
        /// let p = a.view().permuted_axes(&[2, 0, -2]).unwrap();
        /// assert_eq!(p.dims(), vec![4, 2, 3]);
        /// assert_eq!(p.strides(), vec![1, 12, 4]);
        /// assert!(a.view().permuted_axes(&[0, 1]).is_err());
        /// ```
    } {
        /// Permutes the axes of a mutable view.
        ///
        /// ```
        /// use array_core::array;
        /// let mut a = array![[1, 2], [3, 4]];
        /// let mut p = a.view_mut().permuted_axes(&[1, 0]).unwrap();
        /// p[[0, 1]] = 0;
        /// assert_eq!(a.as_slice(), &[1, 2, 0, 4]);
        /// ```
    }
    swap_axes {
        /// Swaps two axes (NumPy's `swapaxes`).
        ///
        /// ```
        /// use array_core::array;
        /// let a = array![[[1, 2]], [[3, 4]]]; // shape (2, 1, 2)
        /// let s = a.view().swap_axes(0, -1).unwrap();
        /// assert_eq!(s.dims(), [2, 1, 2]);
        /// assert_eq!(s.to_vec(), [1, 3, 2, 4]);
        /// ```
        #[doc(alias = "swapaxes")]
    } {
        /// Swaps two axes of a mutable view (NumPy's `swapaxes`).
        ///
        /// ```
        /// use array_core::array;
        /// let mut a = array![[1, 2, 3], [4, 5, 6]];
        /// a.view_mut().swap_axes(0, 1).unwrap()[[2, 0]] = 30;
        /// assert_eq!(a[[0, 2]], 30);
        /// ```
        #[doc(alias = "swapaxes")]
    }
}

impl<T, S: Shape, L: Layout> Array<T, S, L> {
    /// The full transpose as a view (`C` <-> `F` in the type).
    ///
    /// ```
    /// use array_core::array;
    /// let a = array![[1, 2, 3], [4, 5, 6]];
    /// assert_eq!(a.t().dims(), [3, 2]);
    /// ```
    pub fn t(&self) -> View<'_, T, S::Reversed, L::Transposed> {
        self.view().t()
    }

    /// The full transpose as a mutable view.
    ///
    /// ```
    /// use array_core::array;
    /// let mut a = array![[1, 2], [3, 4]];
    /// a.t_mut()[[1, 0]] = 0;
    /// assert_eq!(a.as_slice(), &[1, 0, 3, 4]);
    /// ```
    pub fn t_mut(&mut self) -> ViewMut<'_, T, S::Reversed, L::Transposed> {
        self.view_mut().t()
    }

    /// The transpose as an owned array, without moving any element: the
    /// same buffer read in the other order.
    ///
    /// ```
    /// use array_core::{array, Array, F, shape};
    /// let a = array![[1, 2, 3], [4, 5, 6]];
    /// let t: Array<i32, shape![3, 2], F> = a.reversed_axes();
    /// assert_eq!(t.as_slice(), &[1, 2, 3, 4, 5, 6]);
    /// assert_eq!(t[[2, 0]], 3);
    /// ```
    pub fn reversed_axes(self) -> Array<T, S::Reversed, L::Transposed> {
        let shape = self.shape().reversed();
        let rev: Vec<isize> = L::strides(self.shape(), &self.view().stored().clone())
            .as_ref()
            .iter()
            .rev()
            .copied()
            .collect();
        let stored = L::Transposed::store(&shape, &rev).expect("reversing the axes swaps C and F");
        Array::from_parts_unchecked(self.into_vec(), shape, stored)
    }
}

//! [`Zip`]: one closure over an output and up to three inputs, element by
//! element, with the inputs broadcast to the output's shape.

use super::kernel::{write_0, write_1, write_2, write_3};
use super::operand::{Broadcast, Operand, OperandMut, broadcast_onto};
use super::plan::Traversal;
use crate::array::ViewMut;
use crate::broadcast::error::{BroadcastError, check_onto};
use crate::layout::Strided;
use crate::shape::DynRank;

/// An output and up to three inputs walked together, element by element.
///
/// Start from the output with `Zip::from(out)` (a `&mut Array`, a
/// `&mut ViewMut` or a `ViewMut`), add inputs with [`Zip::and`] (each is
/// broadcast to the output's shape by NumPy's rule, checked at once), and
/// run a closure with [`Zip::for_each`]. The output's memory order decides
/// the traversal, so a transposed or reversed output costs no more than a
/// plain one; when every operand is contiguous in that order the closure
/// runs over slices.
///
/// ```
/// use array_core::{array, Zip};
/// let mut out = array![0.0; 2, 3];
/// let x = array![[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]];
/// let w = array![10.0, 20.0, 30.0]; // broadcast along the rows
/// Zip::from(&mut out).and(&x).and(&w).for_each(|o, x, w| *o = x * w + 1.0);
/// assert_eq!(out.as_slice(), &[11.0, 41.0, 91.0, 41.0, 101.0, 181.0]);
/// ```
pub struct Zip<'o, T, P = ()> {
    out: ViewMut<'o, T, DynRank, Strided>,
    inputs: P,
}

impl<'o, O: OperandMut<'o>> From<O> for Zip<'o, O::Elem, ()> {
    /// A zip over the output alone; add inputs with [`Zip::and`].
    ///
    /// ```
    /// use array_core::{array, Zip};
    /// let mut a = array![1, 2, 3];
    /// Zip::from(&mut a).for_each(|x| *x *= 10);
    /// assert_eq!(a.as_slice(), &[10, 20, 30]);
    /// ```
    fn from(out: O) -> Self {
        let out = out.operand_view_mut();
        let (dims, strides) = (out.dims(), out.strides());
        let out = out
            .relayout::<DynRank, Strided>(DynRank::new(dims.as_ref()), strides.as_ref().into(), 0)
            .expect("the same layout under a dynamic-rank type");
        Zip { out, inputs: () }
    }
}

impl<'o, T, P> Zip<'o, T, P> {
    /// The output's dims.
    ///
    /// ```
    /// use array_core::{array, Zip};
    /// let mut a = array![[1, 2, 3]];
    /// assert_eq!(Zip::from(&mut a).dims(), [1, 3]);
    /// ```
    pub fn dims(&self) -> &[usize] {
        self.out.shape().as_slice()
    }

    fn stretch<'i, I: Operand<'i>>(
        &self,
        input: I,
    ) -> Result<Broadcast<'i, I::Elem>, BroadcastError> {
        let v = input.operand_view();
        check_onto(self.dims(), v.dims().as_ref())?;
        Ok(broadcast_onto(v, self.dims()))
    }
}

macro_rules! zip_arity {
    (
        [$($ty:ident $lt:lifetime $field:tt),*] next $next:ident $nlt:lifetime;
        $kernel:ident
    ) => {
        impl<'o, $($lt,)* T, $($ty,)*> Zip<'o, T, ($(Broadcast<$lt, $ty>,)*)> {
            zip_arity!(@and [$($ty $lt $field),*] $next $nlt);

            /// Calls `f` with each output element and the matching element
            /// of every input, in logical (row-major index) order, so a
            /// closure that counts or records sees the elements in index
            /// order whatever the layouts.
            ///
            /// ```
            /// use array_core::{array, Zip};
            /// let mut out = array![[0, 0], [0, 0]];
            /// let mut k = 0;
            /// Zip::from(out.t_mut()).for_each(|o| { *o = k; k += 1 });
            /// assert_eq!(out.as_slice(), &[0, 2, 1, 3]);
            /// ```
            pub fn for_each(mut self, f: impl FnMut(&mut T, $(&$ty),*)) {
                $kernel(Traversal::Logical, &mut self.out, $(&self.inputs.$field,)* f)
            }

            /// Like [`Zip::for_each`], in the output's memory order: the
            /// fastest order, for closures that do not care which element
            /// comes first.
            ///
            /// ```
            /// use array_core::{array, Zip};
            /// let mut out = array![[0, 0], [0, 0]];
            /// let mut k = 0;
            /// Zip::from(out.t_mut()).for_each_memory_order(|o| { *o = k; k += 1 });
            /// assert_eq!(out.as_slice(), &[0, 1, 2, 3]);
            /// ```
            pub fn for_each_memory_order(mut self, f: impl FnMut(&mut T, $(&$ty),*)) {
                $kernel(Traversal::Memory, &mut self.out, $(&self.inputs.$field,)* f)
            }
        }
    };
    (@and [$($ty:ident $lt:lifetime $field:tt),*] none $nlt:lifetime) => {};
    (@and [$($ty:ident $lt:lifetime $field:tt),*] $next:ident $nlt:lifetime) => {
        /// Adds an input, broadcast to the output's shape.
        ///
        /// # Panics
        /// If it does not broadcast, with NumPy's message listing the
        /// output's shape and the input's; [`Zip::try_and`] returns it.
        ///
        /// ```
        /// use array_core::{array, Zip};
        /// let mut out = array![[0, 0], [0, 0]];
        /// let col = array![[1], [2]];
        /// Zip::from(&mut out).and(&col).for_each(|o, c| *o = *c);
        /// assert_eq!(out.as_slice(), &[1, 1, 2, 2]);
        /// ```
        #[track_caller]
        pub fn and<$nlt, I: Operand<$nlt, Elem = $next>, $next>(
            self,
            input: I,
        ) -> Zip<'o, T, ($(Broadcast<$lt, $ty>,)* Broadcast<$nlt, $next>,)> {
            match self.try_and(input) {
                Ok(z) => z,
                Err(e) => panic!("{e}"),
            }
        }

        /// Adds an input, broadcast to the output's shape, or says why it
        /// does not broadcast.
        ///
        /// ```
        /// use array_core::{array, Zip};
        /// let mut out = array![[0, 0, 0], [0, 0, 0]];
        /// let e = Zip::from(&mut out).try_and(&array![1, 2]).err().unwrap();
        /// assert_eq!(e.to_string(), "operands could not be broadcast together with shapes (2,3) (2,)");
        /// ```
        pub fn try_and<$nlt, I: Operand<$nlt, Elem = $next>, $next>(
            self,
            input: I,
        ) -> Result<Zip<'o, T, ($(Broadcast<$lt, $ty>,)* Broadcast<$nlt, $next>,)>, BroadcastError> {
            let b = self.stretch(input)?;
            Ok(Zip { out: self.out, inputs: ($(self.inputs.$field,)* b,) })
        }
    };
}

zip_arity!([] next A 'a; write_0);
zip_arity!([A 'a 0] next B 'b; write_1);
zip_arity!([A 'a 0, B 'b 1] next C 'c; write_2);
zip_arity!([A 'a 0, B 'b 1, C 'c 2] next none 'd; write_3);

#[cfg(test)]
mod tests {
    use crate::{Array, DynRank, Strided, ViewMut, Zip, array};

    #[test]
    fn three_inputs_and_a_strided_output() {
        let mut buf = [0i64; 12];
        // A 2x3 output with row stride 6 and column stride -2, from offset 4.
        let out =
            ViewMut::<i64, DynRank, Strided>::from_parts(&mut buf, [2, 3], [6, -2], 4).unwrap();
        let a = array![[1, 2, 3], [4, 5, 6]];
        let b = array![10, 20, 30];
        let c = array![[100], [200]];
        Zip::from(out)
            .and(&a)
            .and(&b)
            .and(&c)
            .for_each(|o, a, b, c| *o = a + b + c);
        // out[i][j] sits at 4 + 6i - 2j.
        assert_eq!(buf, [133, 0, 122, 0, 111, 0, 236, 0, 225, 0, 214, 0]);
    }

    #[test]
    fn zero_size_output_runs_nothing() {
        let mut out = Array::<i32, DynRank>::zeros(DynRank::new(&[0, 3]));
        let a = array![1, 2, 3];
        let mut calls = 0;
        Zip::from(&mut out).and(&a).for_each(|_, _| calls += 1);
        assert_eq!(calls, 0);
    }
}

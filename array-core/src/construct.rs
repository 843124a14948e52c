//! Making owned arrays: `zeros`, `ones`, `full`, `from_fn`, `arange`.

use crate::array::Array;
use crate::error::ShapeError;
use crate::layout::Contiguous;
use crate::shape::{Dyn, Shape, checked_len_for};

/// Numbers with a zero, for [`Array::zeros`].
///
/// ```
/// use array_core::Zero;
/// assert_eq!(<f32 as Zero>::zero(), 0.0);
/// ```
pub trait Zero {
    /// The additive identity.
    fn zero() -> Self;
}

/// Numbers with a one, for [`Array::ones`].
///
/// ```
/// use array_core::One;
/// assert_eq!(<u8 as One>::one(), 1);
/// ```
pub trait One {
    /// The multiplicative identity.
    fn one() -> Self;
}

macro_rules! numeric {
    ($($t:ty: $z:expr, $o:expr);* $(;)?) => {$(
        impl Zero for $t { #[inline] fn zero() -> Self { $z } }
        impl One for $t { #[inline] fn one() -> Self { $o } }
    )*};
}

numeric! {
    i8: 0, 1; i16: 0, 1; i32: 0, 1; i64: 0, 1; i128: 0, 1; isize: 0, 1;
    u8: 0, 1; u16: 0, 1; u32: 0, 1; u64: 0, 1; u128: 0, 1; usize: 0, 1;
    f32: 0.0, 1.0; f64: 0.0, 1.0; bool: false, true;
}

impl<T, S: Shape, L: Contiguous> Array<T, S, L> {
    /// An array of `shape` with every element a clone of `value`.
    ///
    /// # Panics
    /// If the element count or byte size overflows; see [`Array::try_full`].
    ///
    /// ```
    /// use array_core::{Array, Const, Dyn, shape};
    /// let a = Array::<char, shape![2, _]>::full((Const, Dyn(2)), 'x');
    /// assert_eq!(a.as_slice(), &['x'; 4]);
    /// ```
    #[track_caller]
    pub fn full(shape: S, value: T) -> Self
    where
        T: Clone,
    {
        match Self::try_full(shape, value) {
            Ok(a) => a,
            Err(e) => panic!("{e}"),
        }
    }

    /// Like [`Array::full`], with overflow reported as an error.
    ///
    /// ```
    /// use array_core::{Array, Dyn};
    /// let e = Array::<u64, (Dyn, Dyn)>::try_full((Dyn(1 << 40), Dyn(1 << 40)), 0).unwrap_err();
    /// assert!(e.to_string().starts_with("array is too big"));
    /// ```
    pub fn try_full(shape: S, value: T) -> Result<Self, ShapeError>
    where
        T: Clone,
    {
        let n = checked_len_for::<T>(shape.dims().as_ref())?;
        Ok(Array::from_parts_unchecked(
            vec![value; n],
            shape,
            L::stored::<S>(),
        ))
    }

    /// An array of zeros.
    ///
    /// ```
    /// use array_core::{Array, Const, shape};
    /// let a = Array::<f64, shape![3]>::zeros((Const,));
    /// assert_eq!(a.as_slice(), &[0.0; 3]);
    /// ```
    #[track_caller]
    pub fn zeros(shape: S) -> Self
    where
        T: Zero + Clone,
    {
        Self::full(shape, T::zero())
    }

    /// An array of ones.
    ///
    /// ```
    /// use array_core::{Array, DynRank};
    /// let a = Array::<i32, DynRank>::ones(DynRank::new(&[2, 2]));
    /// assert_eq!(a.as_slice(), &[1; 4]);
    /// ```
    #[track_caller]
    pub fn ones(shape: S) -> Self
    where
        T: One + Clone,
    {
        Self::full(shape, T::one())
    }

    /// An array of zeros whose shape is fully static, so no value is needed.
    ///
    /// ```
    /// use array_core::{Array, shape};
    /// let a = Array::<i32, shape![2, 3]>::zeros_static();
    /// assert_eq!(a.dims(), [2, 3]);
    /// ```
    #[track_caller]
    pub fn zeros_static() -> Self
    where
        T: Zero + Clone,
    {
        Self::zeros(static_shape::<S>())
    }

    /// An array whose element at each multi-index is `f(index)`, filled in
    /// the layout's memory order.
    ///
    /// ```
    /// use array_core::{Array, DynRank};
    /// let a = Array::<usize, DynRank>::from_fn(DynRank::new(&[2, 2]), |ix| 10 * ix[0] + ix[1]);
    /// assert_eq!(a.as_slice(), &[0, 1, 10, 11]);
    /// ```
    #[track_caller]
    pub fn from_fn(shape: S, mut f: impl FnMut(S::Dims) -> T) -> Self {
        let dims = shape.dims();
        let n = match checked_len_for::<T>(dims.as_ref()) {
            Ok(n) => n,
            Err(e) => panic!("{e}"),
        };
        let mut data = Vec::with_capacity(n);
        let mut index = dims.clone();
        index.as_mut().fill(0);
        let rank = dims.as_ref().len();
        let fortran = L::ORDER == crate::Order::F;
        for _ in 0..n {
            data.push(f(index.clone()));
            // Advance the odometer in memory order.
            for k in 0..rank {
                let ax = if fortran { k } else { rank - 1 - k };
                index.as_mut()[ax] += 1;
                if index.as_ref()[ax] < dims.as_ref()[ax] {
                    break;
                }
                index.as_mut()[ax] = 0;
            }
        }
        Array::from_parts_unchecked(data, shape, L::stored::<S>())
    }

    /// [`Array::from_fn`] for a fully static shape.
    ///
    /// ```
    /// use array_core::{Array, shape};
    /// let a = Array::<usize, shape![2, 2]>::from_fn_static(|[i, j]| i * 2 + j);
    /// assert_eq!(a.as_slice(), &[0, 1, 2, 3]);
    /// ```
    #[track_caller]
    pub fn from_fn_static(f: impl FnMut(S::Dims) -> T) -> Self {
        Self::from_fn(static_shape::<S>(), f)
    }
}

#[track_caller]
fn static_shape<S: Shape>() -> S {
    match S::try_static() {
        Some(s) => s,
        None => panic!(
            "this constructor needs a fully static shape; pass the shape to `zeros`/`from_fn` instead"
        ),
    }
}

/// Element types that `arange` can count with.
///
/// ```
/// use array_core::Arange;
/// assert_eq!(<i32 as Arange>::count(0, 10, 3), Some(4));
/// assert_eq!(<f64 as Arange>::count(0.0, 1.0, 0.25), Some(4));
/// assert_eq!(<i32 as Arange>::count(0, 10, 0), None);
/// ```
pub trait Arange: Copy {
    /// How many values `start, start+step, ...` lie before `stop` (NumPy's
    /// `ceil((stop - start) / step)`, at least 0); `None` for a zero step.
    fn count(start: Self, stop: Self, step: Self) -> Option<usize>;
    /// `start + k * step`.
    fn nth(start: Self, step: Self, k: usize) -> Self;
}

macro_rules! arange_int {
    ($($t:ty),*) => {$(
        impl Arange for $t {
            fn count(start: Self, stop: Self, step: Self) -> Option<usize> {
                if step == 0 {
                    return None;
                }
                let (start, stop, step) = (start as i128, stop as i128, step as i128);
                let span = stop - start;
                let n = if step > 0 { (span + step - 1).div_euclid(step) } else { (span + step + 1).div_euclid(step) };
                Some(usize::try_from(n.max(0)).unwrap_or(usize::MAX))
            }
            fn nth(start: Self, step: Self, k: usize) -> Self {
                (start as i128 + step as i128 * k as i128) as $t
            }
        }
    )*};
}
arange_int!(i8, i16, i32, i64, isize, u8, u16, u32, u64, usize);

macro_rules! arange_float {
    ($($t:ty),*) => {$(
        impl Arange for $t {
            fn count(start: Self, stop: Self, step: Self) -> Option<usize> {
                if step == 0.0 || !step.is_finite() {
                    return None;
                }
                let n = ((stop - start) / step).ceil();
                Some(if n > 0.0 { n as usize } else { 0 })
            }
            fn nth(start: Self, step: Self, k: usize) -> Self {
                start + step * k as $t
            }
        }
    )*};
}
arange_float!(f32, f64);

impl<T: Arange> Array<T, (Dyn,)> {
    /// Evenly spaced values in `[start, stop)`, as NumPy's `arange`.
    ///
    /// # Panics
    /// If `step` is zero or not finite (NumPy raises too), or the count
    /// cannot be allocated; see [`Array::try_arange`].
    ///
    /// ```
    /// use array_core::Array;
    /// assert_eq!(Array::arange(0, 5, 1).as_slice(), &[0, 1, 2, 3, 4]);
    /// assert_eq!(Array::arange(5, 0, -2).as_slice(), &[5, 3, 1]);
    /// assert_eq!(Array::arange(0.0, 1.0, 0.5).as_slice(), &[0.0, 0.5]);
    /// ```
    #[track_caller]
    pub fn arange(start: T, stop: T, step: T) -> Self {
        match Self::try_arange(start, stop, step) {
            Ok(a) => a,
            Err(e) => panic!("arange: {e}"),
        }
    }

    /// Like [`Array::arange`], with an error for a zero (or non-finite)
    /// step and for a count that no buffer can hold.
    ///
    /// ```
    /// use array_core::{Array, ShapeError};
    /// assert_eq!(Array::try_arange(0, 5, 0).unwrap_err(), ShapeError::ArangeStep);
    /// assert!(matches!(Array::try_arange(0u64, u64::MAX, 1), Err(ShapeError::TooBig { .. })));
    /// ```
    pub fn try_arange(start: T, stop: T, step: T) -> Result<Self, ShapeError> {
        let n = T::count(start, stop, step).ok_or(ShapeError::ArangeStep)?;
        crate::shape::checked_len_for::<T>(&[n])?;
        let data: Vec<T> = (0..n).map(|k| T::nth(start, step, k)).collect();
        Ok(Array::from_parts_unchecked(data, (Dyn(n),), ()))
    }
}

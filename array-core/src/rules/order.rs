//! [`Order`]: NumPy's `order=` argument, the one order type of the crate.
//!
//! The public calls take it as given (`C`, `F`, `A`, `K`); the rules
//! resolve `A` and `K` against an array's flags with [`Order::resolve`], and
//! functions that need a plain memory order treat `F` as column-major and
//! every other value as row-major.

/// NumPy's `order=` argument.
///
/// `C` and `F` name a memory order; `A` means F if the array is
/// F-contiguous and not C-contiguous, else C; `K` means "as close to the
/// existing memory order as possible".
///
/// ```
/// use array_core::{Array, Order, shape};
/// let a = Array::<i32, shape![2, 2]>::from_fn_static(|[i, j]| (10 * i + j) as i32);
/// let f = a.view().ravel_order(Order::F);
/// assert_eq!(f.iter().copied().collect::<Vec<_>>(), [0, 10, 1, 11]);
/// ```
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, Default)]
pub enum Order {
    /// Row-major: last index varies fastest.
    #[default]
    C,
    /// Column-major: first index varies fastest.
    F,
    /// F if the array is F-contiguous and not C-contiguous, else C.
    A,
    /// Follow the existing memory order.
    K,
}

impl Order {
    /// NumPy's resolution against an array's contiguity flags: `A` becomes
    /// `F` when the array is F-contiguous and not C-contiguous, else `C`;
    /// `K` becomes `C` when C-contiguous, else `F` when F-contiguous, else
    /// stays `K` (follow the strides); `C` and `F` stay.
    /// `A` is `PyArray_ISFORTRAN` (numpy-rules §1).
    pub(crate) fn resolve(self, c_contiguous: bool, f_contiguous: bool) -> Order {
        match self {
            Order::A if f_contiguous && !c_contiguous => Order::F,
            Order::A => Order::C,
            Order::K if c_contiguous => Order::C,
            Order::K if f_contiguous => Order::F,
            other => other,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Order;

    #[test]
    fn resolution_follows_the_flags() {
        use Order::{A, C, F, K};
        // (c_contiguous, f_contiguous) -> (A, K)
        let table = [
            ((true, true), (C, C)),
            ((true, false), (C, C)),
            ((false, true), (F, F)),
            ((false, false), (C, K)),
        ];
        for ((c, f), (a, k)) in table {
            assert_eq!((A.resolve(c, f), K.resolve(c, f)), (a, k), "flags {c} {f}");
            assert_eq!((C.resolve(c, f), F.resolve(c, f)), (C, F));
        }
    }
}

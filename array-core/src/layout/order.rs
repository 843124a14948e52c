//! Run-time memory orders for NumPy-style calls.

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

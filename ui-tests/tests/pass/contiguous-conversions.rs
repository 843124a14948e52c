//! Converting to C order: free on C data, a `CowArray` otherwise; a run-time
//! promotion is a `Result`.
use array_core::{C, CowArray, F, LayoutError, View, array, shape};

fn main() {
    let a = array![[1, 2], [3, 4]];
    let same: View<'_, i32, shape![2, 2], C> = a.view().to_c_contiguous();
    let copied: CowArray<'_, i32, shape![2, 2], C> = a.t().to_c_contiguous();
    assert!(copied.is_copy());
    let promoted: Result<View<'_, i32, shape![2, 2], F>, LayoutError> = a.t().try_into_f();
    assert!(promoted.is_ok());
    let not_c: Result<View<'_, i32, shape![2, 2], C>, LayoutError> = a.t().try_into_c();
    assert!(not_c.is_err());
    assert_eq!(same[[1, 0]], copied.view()[[0, 1]]);
}

//! Converting to C order: free on C data, a `CowArray` otherwise; a run-time
//! promotion is an `Option`.
use array_core::{C, CowArray, F, View, array, shape};

fn main() {
    let a = array![[1, 2], [3, 4]];
    let same: View<'_, i32, shape![2, 2], C> = a.view().to_c_contiguous();
    let copied: CowArray<'_, i32, shape![2, 2], C> = a.t().to_c_contiguous();
    assert!(copied.is_copy());
    let promoted: Option<View<'_, i32, shape![2, 2], F>> = a.t().try_into_f();
    assert!(promoted.is_some());
    let not_c: Option<View<'_, i32, shape![2, 2], C>> = a.t().try_into_c();
    assert!(not_c.is_none());
    assert_eq!(same[[1, 0]], copied.view()[[0, 1]]);
}

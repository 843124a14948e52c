//! Formatting: `Debug` prints an array like NumPy's `repr` (`array([...])`,
//! eliding the middle of a large array and then naming its shape) and
//! `Display` like NumPy's `str`, in logical order whatever the layout.
//!
//! Expected strings are written out by hand in NumPy's print format.

use array_core::{Array, DynRank, array};

#[test]
fn debug_and_display_print_like_numpy() {
    let a = array![[1, 2], [3, 4]];
    assert_eq!(format!("{a:?}"), "array([[1, 2],\n       [3, 4]])");
    assert_eq!(format!("{}", a.t()), "[[1 3]\n [2 4]]");
    let big = Array::<i32, DynRank>::from_fn(DynRank::new(&[2000]), |ix| ix[0] as i32);
    let s = format!("{big:?}");
    assert!(s.starts_with("array([   0,    1,    2, ..., 1997, 1998, 1999]"));
    assert!(s.ends_with("shape=(2000,))"));
}

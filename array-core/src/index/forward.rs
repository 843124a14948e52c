//! The copying indexers on every other array kind: `Array`, `ViewMut` and
//! `CowArray` borrow a [`View`] and call its method, so each rule lives on
//! `View` alone.

use super::IndexError;
use super::item::{IndexItem, Indexed};
use crate::array::{Array, CowArray, View, ViewMut};
use crate::layout::{C, Layout, Strided};
use crate::shape::{Dyn, DynRank, Shape};

/// Gives an array kind with a `view()` method the copying indexers of
/// [`View`]. `$setup` is doc-example code that binds `x` to the 2x3 array
/// `[[1, 2, 3], [4, 5, 6]]` of that kind.
macro_rules! forward_indexing {
    ($Ty:ident $(<$lt:lifetime>)?, $setup:literal) => {
        impl<$($lt,)? T, S: Shape, L: Layout> $Ty<$($lt,)? T, S, L> {
            /// [`View::boolean_mask`]: the elements where a mask of the
            /// whole shape is true, copied into a 1-D array.
            ///
            #[doc = concat!("```\nuse array_core::array;\n", $setup, "\nlet m = array![[true, false, true], [false, true, false]];\nassert_eq!(x.boolean_mask(m.view()).unwrap().as_slice(), &[1, 3, 5]);\n```")]
            #[track_caller]
            pub fn boolean_mask<S2: Shape, L2: Layout>(&self, mask: View<'_, bool, S2, L2>) -> Result<Array<T, (Dyn,), C>, IndexError>
            where
                T: Clone,
            {
                self.view().boolean_mask(mask)
            }

            /// [`View::boolean_mask_leading`]: a mask of the leading axes.
            ///
            #[doc = concat!("```\nuse array_core::array;\n", $setup, "\nlet r = x.boolean_mask_leading(array![false, true].view()).unwrap();\nassert_eq!(r.view().to_vec(), [4, 5, 6]);\n```")]
            #[track_caller]
            pub fn boolean_mask_leading<S2: Shape, L2: Layout>(&self, mask: View<'_, bool, S2, L2>) -> Result<Array<T, DynRank, Strided>, IndexError>
            where
                T: Clone,
            {
                self.view().boolean_mask_leading(mask)
            }

            /// [`View::fancy_index`]: NumPy's advanced indexing, always a copy.
            ///
            #[doc = concat!("```\nuse array_core::array;\n", $setup, "\n// x[[1, 0, 1]]\nlet r = x.fancy_index(&[(&[1, 0, 1]).into()]).unwrap();\nassert_eq!(r.view().to_vec(), [4, 5, 6, 1, 2, 3, 4, 5, 6]);\n```")]
            #[track_caller]
            pub fn fancy_index(&self, index: &[IndexItem<'_>]) -> Result<Array<T, DynRank, Strided>, IndexError>
            where
                T: Clone,
            {
                self.view().fancy_index(index)
            }

            /// [`View::subscript`]: NumPy's whole `a[index]` rule; a view or
            /// an element borrows this array.
            ///
            #[doc = concat!("```\nuse array_core::{array, Indexed};\n", $setup, "\nassert!(matches!(x.subscript(&[1.into(), 2.into()]).unwrap(), Indexed::Element(&6)));\n```")]
            #[track_caller]
            pub fn subscript(&self, index: &[IndexItem<'_>]) -> Result<Indexed<'_, T>, IndexError>
            where
                T: Clone,
            {
                self.view().subscript(index)
            }
        }
    };
}

forward_indexing!(Array, "let x = array![[1, 2, 3], [4, 5, 6]];");
forward_indexing!(
    ViewMut<'a>,
    "let mut a = array![[1, 2, 3], [4, 5, 6]];\nlet x = a.view_mut();"
);
forward_indexing!(
    CowArray<'a>,
    "let b = array![[1, 4], [2, 5], [3, 6]];\nlet x = b.t().to_c_contiguous(); // a C-ordered copy"
);

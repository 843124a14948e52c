//! `serde` support (feature `serde`).
//!
//! An [`Array`] or a [`View`] serializes as a struct of three fields:
//! `shape` (the dims), `layout` (`"C"`, `"F"` or `"Strided"`, the layout
//! type it was written from) and `data` (every element, in logical
//! row-major order, whatever the layout). Because the data is in logical
//! order, the same document deserializes into any layout.
//!
//! Deserializing an [`Array`] validates everything before it allocates the
//! result: the rank and every static dim against the shape type, the
//! element count against the dims (with overflow checked), and the layout
//! name. Bad input is an error that says what is wrong, never a panic.

use crate::array::{Array, View};
use crate::error::ShapeError;
use crate::layout::offsets::Offsets;
use crate::layout::{Layout, Order};
use crate::rules::flags::contiguous_strides;
use crate::shape::{DynRank, Shape, checked_len_for};
use serde::de::{self, Deserialize, Deserializer};
use serde::ser::{Serialize, SerializeStruct, Serializer};

/// The elements of a view as a sequence, in logical order.
struct Elements<'v, 'a, T, S: Shape, L: Layout>(&'v View<'a, T, S, L>);

impl<T: Serialize, S: Shape, L: Layout> Serialize for Elements<'_, '_, T, S, L> {
    fn serialize<Z: Serializer>(&self, serializer: Z) -> Result<Z::Ok, Z::Error> {
        serializer.collect_seq(self.0.iter())
    }
}

impl<T: Serialize, S: Shape, L: Layout> Serialize for View<'_, T, S, L> {
    /// `{ shape, layout, data }`, the data in logical order.
    ///
    /// ```
    /// use array_core::array;
    /// let a = array![[1, 2, 3], [4, 5, 6]];
    /// let json = serde_json::to_string(&a.t()).unwrap();
    /// assert_eq!(json, r#"{"shape":[3,2],"layout":"F","data":[1,4,2,5,3,6]}"#);
    /// ```
    fn serialize<Z: Serializer>(&self, serializer: Z) -> Result<Z::Ok, Z::Error> {
        let mut st = serializer.serialize_struct("Array", 3)?;
        st.serialize_field("shape", self.dims().as_ref())?;
        st.serialize_field("layout", L::NAME)?;
        st.serialize_field("data", &Elements(self))?;
        st.end()
    }
}

impl<T: Serialize, S: Shape, L: Layout> Serialize for Array<T, S, L> {
    /// As the array's [`View`] serializes.
    ///
    /// ```
    /// use array_core::array;
    /// let json = serde_json::to_string(&array![[1, 2], [3, 4]]).unwrap();
    /// assert_eq!(json, r#"{"shape":[2,2],"layout":"C","data":[1,2,3,4]}"#);
    /// ```
    fn serialize<Z: Serializer>(&self, serializer: Z) -> Result<Z::Ok, Z::Error> {
        self.view().serialize(serializer)
    }
}

/// The serialized form, before validation.
#[derive(serde::Deserialize)]
#[serde(rename = "Array", deny_unknown_fields)]
struct Raw<T> {
    shape: Vec<usize>,
    layout: String,
    data: Vec<T>,
}

impl<'de, T: Deserialize<'de>, S: Shape, L: Layout> Deserialize<'de> for Array<T, S, L> {
    /// Validates the rank, every static dim, the element count and the
    /// layout name; the elements are read in logical order and laid out in
    /// `L`'s order (C for `Strided`).
    ///
    /// ```
    /// use array_core::{Array, F, shape};
    /// let json = r#"{"shape":[2,3],"layout":"C","data":[1,2,3,4,5,6]}"#;
    /// let f: Array<i32, shape![2, 3], F> = serde_json::from_str(json).unwrap();
    /// assert_eq!(f.as_slice(), &[1, 4, 2, 5, 3, 6]);
    /// let bad = r#"{"shape":[2,3],"layout":"C","data":[1,2,3]}"#;
    /// let e = serde_json::from_str::<Array<i32, shape![2, 3]>>(bad).unwrap_err();
    /// assert!(e.to_string().starts_with("buffer has 3 elements but the shape needs 6"));
    /// ```
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw = Raw::<T>::deserialize(deserializer)?;
        if !["C", "F", "Strided"].contains(&raw.layout.as_str()) {
            return Err(de::Error::custom(format_args!(
                "unknown layout {:?}: expected \"C\", \"F\" or \"Strided\"",
                raw.layout
            )));
        }
        let shape = S::from_dims(&raw.shape).map_err(de::Error::custom)?;
        let n = checked_len_for::<T>(&raw.shape).map_err(de::Error::custom)?;
        if n != raw.data.len() {
            return Err(de::Error::custom(ShapeError::BufferLength {
                expected: n,
                found: raw.data.len(),
            }));
        }
        let order = if L::ALWAYS_F_CONTIGUOUS {
            Order::F
        } else {
            Order::C
        };
        let strides = contiguous_strides(&raw.shape, order).ok_or_else(|| {
            de::Error::custom(ShapeError::TooBig {
                dims: raw.shape.clone(),
            })
        })?;
        let data = if order == Order::F {
            f_order_from_logical(raw.data, &raw.shape)
        } else {
            raw.data
        };
        let stored =
            L::store(&shape, &strides).expect("dense strides in the layout's own order fit it");
        Ok(Array::from_parts_unchecked(data, shape, stored))
    }
}

/// Reorders elements given in logical (C) order into F order, moving each.
fn f_order_from_logical<T>(data: Vec<T>, dims: &[usize]) -> Vec<T> {
    let c = contiguous_strides(dims, Order::C).expect("checked by the caller");
    // F order visits the last index slowest: the C offsets of the axes in
    // reverse.
    let rev_dims: Vec<usize> = dims.iter().rev().copied().collect();
    let rev_strides: Vec<isize> = c.iter().rev().copied().collect();
    let positions: Vec<usize> = Offsets::logical(&DynRank::new(&rev_dims), rev_strides.into())
        .map(|o| o.unsigned_abs())
        .collect();
    crate::copy::take_at(data, &positions)
}

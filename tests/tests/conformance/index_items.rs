//! Reading the index of an `index` line into the library's [`IndexItem`]s.
//!
//! The generator writes each item of the index tuple as JSON: an integer,
//! `":"` (the full slice), `"..."`, `{"array0d": i}` (a 0-d integer
//! array), or a nested list, which is a boolean mask (entries 0/1) for the
//! kinds `bool_full` and `bool_axis0` and an integer array otherwise.

use super::cases::IndexDesc;
use array_core::{C, DynRank, IndexItem, View};
use serde_json::Value;

/// The kinds of index the generator writes (`desc.kind`).
pub(crate) const INDEX_KINDS: [&str; 10] = [
    "int_list",
    "int_list_mid",
    "two_lists",
    "list_nonadjacent",
    "bool_full",
    "bool_axis0",
    "scalar_array",
    "int_tuple",
    "ellipsis",
    "empty_tuple",
];

/// One item of the index, owning the data an [`IndexItem`] borrows.
#[derive(Debug)]
pub(crate) enum ItemSpec {
    Int(isize),
    Full,
    Ellipsis,
    /// A 0-d integer array.
    ScalarArray(isize),
    Indices {
        dims: Vec<usize>,
        values: Vec<isize>,
    },
    Mask {
        dims: Vec<usize>,
        values: Vec<bool>,
    },
}

impl ItemSpec {
    /// The library's item, borrowing this one's data.
    pub(crate) fn item(&self) -> IndexItem<'_> {
        match self {
            ItemSpec::Int(i) => IndexItem::Int(*i),
            ItemSpec::Full => IndexItem::full(),
            ItemSpec::Ellipsis => IndexItem::Ellipsis,
            ItemSpec::ScalarArray(i) => IndexItem::indices(
                View::<isize, DynRank, C>::from_slice(std::slice::from_ref(i), [])
                    .expect("one element, no axes"),
            ),
            ItemSpec::Indices { dims, values } => IndexItem::indices(
                View::<isize, DynRank, C>::from_slice(values, dims)
                    .expect("the nested list's dims match its entries"),
            ),
            ItemSpec::Mask { dims, values } => IndexItem::mask(
                View::<bool, DynRank, C>::from_slice(values, dims)
                    .expect("the nested list's dims match its entries"),
            ),
        }
    }
}

/// A nested JSON list of integers as dims and entries in C order. The
/// length of an empty list's inner axes is unknown, so they are not added.
fn nested(value: &Value) -> Result<(Vec<usize>, Vec<i64>), String> {
    match value {
        Value::Number(n) => n
            .as_i64()
            .map(|v| (Vec::new(), vec![v]))
            .ok_or_else(|| format!("not an integer: {n}")),
        Value::Array(rows) => {
            let mut inner_dims = None;
            let mut entries = Vec::new();
            for row in rows {
                let (dims, values) = nested(row)?;
                if inner_dims.get_or_insert_with(|| dims.clone()) != &dims {
                    return Err(format!("a ragged list: {value}"));
                }
                entries.extend(values);
            }
            let mut dims = vec![rows.len()];
            dims.extend(inner_dims.unwrap_or_default());
            Ok((dims, entries))
        }
        other => Err(format!("not a list of integers: {other}")),
    }
}

/// The items of `desc.index`, or why they cannot be read.
pub(crate) fn parse_items(desc: &IndexDesc) -> Result<Vec<ItemSpec>, String> {
    if !INDEX_KINDS.contains(&desc.kind.as_str()) {
        return Err(format!("unknown index kind {:?}", desc.kind));
    }
    let masks = matches!(desc.kind.as_str(), "bool_full" | "bool_axis0");
    desc.index
        .iter()
        .map(|item| match item {
            Value::String(s) if s == ":" => Ok(ItemSpec::Full),
            Value::String(s) if s == "..." => Ok(ItemSpec::Ellipsis),
            Value::Number(n) => n
                .as_i64()
                .map(|i| ItemSpec::Int(i as isize))
                .ok_or_else(|| format!("not an integer: {n}")),
            Value::Object(fields) => {
                match (fields.get("array0d").and_then(Value::as_i64), fields.len()) {
                    (Some(i), 1) => Ok(ItemSpec::ScalarArray(i as isize)),
                    _ => Err(format!("unknown index item {item}")),
                }
            }
            Value::Array(_) => {
                let (dims, entries) = nested(item)?;
                if masks {
                    let values = entries
                        .iter()
                        .map(|&v| match v {
                            0 => Ok(false),
                            1 => Ok(true),
                            other => Err(format!("mask entry {other} is not 0 or 1")),
                        })
                        .collect::<Result<_, _>>()?;
                    Ok(ItemSpec::Mask { dims, values })
                } else {
                    let values = entries.iter().map(|&v| v as isize).collect();
                    Ok(ItemSpec::Indices { dims, values })
                }
            }
            other => Err(format!("unknown index item {other}")),
        })
        .collect()
}

//! Replaying a recipe (how NumPy built an array from the buffer) through
//! the library's public API, one call per step.

use super::cases::{RecipeItem, RecipeOp};
use array_core::{CopyPolicy, CowArray, DynRank, IndexItem, Indexed, Order, Strided, View};

/// The array a recipe ends with, and how its writeability is decided.
pub(crate) struct Replayed<'b> {
    pub(crate) view: View<'b, i64, DynRank, Strided>,
    /// The last step that decides writeability was a `broadcast_to`: NumPy
    /// marks its result read-only, and in Rust it is a `View` that nothing
    /// turns into a `ViewMut`. `as_strided` builds a fresh view of the
    /// (writeable) buffer and clears it again.
    pub(crate) broadcast: bool,
}

/// NumPy's `arange(len)`: a 1-D C array over the whole buffer. A fresh
/// empty allocation has stride 0 in NumPy (`np.arange(0).strides == (0,)`),
/// and a reshape to the identical shape keeps it, so the empty buffer is
/// built with stride 0 too.
pub(crate) fn buffer_array(buf: &[i64]) -> Result<View<'_, i64, DynRank, Strided>, String> {
    let stride = if buf.is_empty() { 0 } else { 1 };
    View::from_parts(buf, [buf.len()], [stride], 0)
        .map_err(|e| format!("the buffer as a 1-D array: {e}"))
}

/// The library's item for one recipe item.
pub(crate) fn index_item(item: &RecipeItem) -> IndexItem<'static> {
    match *item {
        // Python's default step is 1.
        RecipeItem::Slice([start, stop, step]) => IndexItem::slice(start, stop, step.unwrap_or(1)),
        RecipeItem::Int(i) => IndexItem::Int(i),
        RecipeItem::NewAxis(_) => IndexItem::NewAxis,
        RecipeItem::Ellipsis(_) => IndexItem::Ellipsis,
    }
}

/// Runs one step; the error names the step and the library's answer.
fn step<'b>(
    buf: &'b [i64],
    current: View<'b, i64, DynRank, Strided>,
    op: &RecipeOp,
) -> Result<View<'b, i64, DynRank, Strided>, String> {
    match op {
        RecipeOp::Reshape { shape, order } => {
            let order = match order.as_str() {
                "C" => Order::C,
                "F" => Order::F,
                other => return Err(format!("unknown reshape order {other:?}")),
            };
            match current.reshape_with::<DynRank>(shape, order, CopyPolicy::Never) {
                Ok(CowArray::View(v)) => Ok(v),
                Ok(CowArray::Owned(_)) => Err(format!("reshape {shape:?} {order:?} copied")),
                Err(e) => Err(format!("reshape {shape:?} {order:?}: {e}")),
            }
        }
        RecipeOp::Index { items } => {
            let items: Vec<IndexItem<'static>> = items.iter().map(index_item).collect();
            match current.subscript(&items) {
                Ok(Indexed::View(v)) => Ok(v),
                Ok(Indexed::Element(_)) => Err(format!("index {items:?} gave an element")),
                Ok(Indexed::Copy(_)) => Err(format!("index {items:?} gave a copy")),
                Err(e) => Err(format!("index {items:?}: {e}")),
            }
        }
        RecipeOp::Transpose { axes } => current
            .permuted_axes(axes)
            .map_err(|e| format!("transpose {axes:?}: {e}")),
        RecipeOp::BroadcastTo { shape } => current
            .broadcast_to::<DynRank>(shape)
            .map_err(|e| format!("broadcast_to {shape:?}: {e}")),
        RecipeOp::AsStrided {
            shape,
            strides,
            offset,
        } => View::from_parts(buf, shape, strides, *offset)
            .map_err(|e| format!("as_strided {shape:?} {strides:?} {offset}: {e}")),
    }
}

/// Replays `recipe` from the 1-D array over `buf`.
pub(crate) fn replay<'b>(buf: &'b [i64], recipe: &[RecipeOp]) -> Result<Replayed<'b>, String> {
    let mut view = buffer_array(buf)?;
    let mut broadcast = false;
    for op in recipe {
        view = step(buf, view, op)?;
        match op {
            RecipeOp::BroadcastTo { .. } => broadcast = true,
            RecipeOp::AsStrided { .. } => broadcast = false,
            _ => {}
        }
    }
    Ok(Replayed { view, broadcast })
}

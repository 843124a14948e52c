//! NumPy conformance: replays what NumPy 2.4.6 recorded (`tests/data/*.jsonl.gz`,
//! made by the case generator in `tests/data/`) against the public API.
//!
//! ```text
//! NUMPY_CASES=path/to/file.jsonl.gz cargo test -p tests --release --test numpy_conformance -- --nocapture
//! ```
//!
//! reads a `.jsonl` or `.jsonl.gz` case file (default: the in-repo fixture
//! `tests/data/numpy_cases.jsonl.gz`), prints one line per section and a total
//!
//! ```text
//! conformance <section>: <checks> checks, <mismatches> mismatches
//! conformance total: <checks> checks, <mismatches> mismatches
//! ```
//!
//! and fails on any mismatch, listing the first 20 (case id, section,
//! operation, field, expected vs got).
//!
//! # How a case is replayed
//!
//! Every case starts from `buf = arange(buffer_len)` (`i64`), so an element's
//! value is its offset in the buffer. The input is rebuilt from its recorded
//! layout with `View::<i64, DynRank, Strided>::from_parts(&buf, dims, strides,
//! offset)` (strides in elements: NumPy's byte strides divided by the itemsize
//! 8), and every recorded operation is run through the public API:
//!
//! | section | NumPy | Rust |
//! |---|---|---|
//! | `input` | the array the case starts from | the rebuilt `View` (and a `ViewMut` where one exists) |
//! | `reshape` | `a.reshape(target, order)` | `View::reshape_with::<DynRank>(target, order, CopyPolicy::IfNeeded)` |
//! | `ravel` | `a.ravel(order)`, orders C/F/A/K | `View::ravel_order(order)` |
//! | `flatten` | `a.flatten()` | `View::flatten()` |
//! | `transpose` | `a.T` | `View::t()`, and `ViewMut::t()` for writeable inputs |
//! | `ascontiguousarray` | `np.ascontiguousarray(a)` | `View::to_c_contiguous()` |
//! | `asfortranarray` | `np.asfortranarray(a)` | `View::to_f_contiguous()` |
//! | `copy_K` | `a.copy(order='K')` | `View::to_owned_order(Order::K)` |
//!
//! Some inputs cannot be built as recorded: slicing a zero-size NumPy array
//! can move its data pointer past the end of its empty buffer
//! (`arange(0).reshape(2, 0, 2)[:, :, 1:]` points one element in).
//! `from_parts` refuses such an offset, as NumPy's own
//! `np.ndarray(buffer=..., offset=...)` does, so those inputs are built over a
//! buffer padded to reach their offset. A zero-size array reaches no element,
//! so nothing a result shows can depend on the padding; offsets are still
//! compared as recorded.
//!
//! Three more sections check how inputs are built, memory sharing and
//! indexing:
//!
//! | section | NumPy | Rust |
//! |---|---|---|
//! | `recipe` | the steps that built the input from `buf` | the same steps from the 1-D array over `buf` (exactly `buffer_len` elements; stride 0 when empty, as NumPy's `arange(0)`): `reshape` is `View::reshape_with::<DynRank>(shape, order, CopyPolicy::Never)` and must give a view; `index` is `View::subscript` with `IndexItem::slice`/`Int`/`NewAxis`/`Ellipsis` and must give `Indexed::View`; `transpose` is `View::permuted_axes`; `broadcast_to` is `View::broadcast_to::<DynRank>`; `as_strided` is `View::from_parts` on `buf` |
//! | `overlap` | `np.shares_memory(a, b)`, `np.may_share_memory(a, b)`, `np.shares_memory(a, a)` for the input `a` and a second view `b` | `b` built from its recorded layout with `from_parts`, and again by replaying its recipe (which must give that layout); `shares_memory(&a, &b)`, `may_share_memory(&a, &b)`, `shares_memory(&a, &a)` |
//! | `index` | `arange(prod(shape_in)).reshape(shape_in)[index]` | `View::subscript` on the C view of `buf`; for index arrays and masks also `View::fancy_index`; and the one-purpose indexers where the kind has one: `take(0, list)` (`int_list`), `take(1, list)` (`int_list_mid`), `boolean_mask` (`bool_full`), `boolean_mask_leading` and `compress(0, mask)` (`bool_axis0`) |
//!
//! The `index` lines' kinds (`desc.kind`) are `int_list` (`a[[i, ..]]`),
//! `int_list_mid` (`a[:, [i, ..]]`), `two_lists` (`a[[i, ..], [j, ..]]`),
//! `list_nonadjacent` (`a[[i, ..], :, [k, ..]]`), `bool_full` (a mask of the
//! whole shape), `bool_axis0` (a mask of axis 0), `scalar_array`
//! (`a[np.array(i)]`), `int_tuple` (an integer per axis), `ellipsis`
//! (`a[...]`) and `empty_tuple` (`a[()]`); any other kind is a mismatch.
//!
//! # How each recorded field maps to Rust
//!
//! | field | compared with |
//! |---|---|
//! | `shape`, `size` | `dims()`, `len()` |
//! | `strides` | `strides()`, wherever recorded (views and copies) |
//! | `offset` (views only) | `buffer_offset()` of the resulting `View` |
//! | `c`, `f` | `flags().c_contiguous`, `flags().f_contiguous` |
//! | `values` | the result's elements in logical (C) order, `iter()` |
//! | `view` | the type's answer: `CowArray::is_view()`, `View` = true, `Array` = false; and, as field `memory`, whether every element the result reaches lies inside `buf` (compared by address; zero-size results reach nothing and are judged by the type alone) |
//! | `owndata`, `base_is_buf`, `base_is_none` | see "Ownership" |
//! | `writeable` | see "Writeability" |
//! | `same_object` | the result is a view with the input's dims, offset and strides |
//! | `error` | the error's category and numbers (see below) |
//! | `value` (`index`: a NumPy scalar) | `Indexed::Element(&value)` |
//! | `other` (`overlap`) | the dims, strides and `buffer_offset()` of the replayed `other_recipe` |
//! | `shares_memory`, `may_share_memory` | `array_core::shares_memory` (exact, `Ok(bool)`), `array_core::may_share_memory` |
//! | `self_shares` | `shares_memory(&input, &input)`: NumPy's `shares_memory(a, a)`, true exactly for a non-empty input (it is not a self-overlap test) |
//!
//! **Recipes.** The `recipe` section compares the replayed view with the
//! recorded `input`: `shape`, `strides` (exactly), `size`, `c`, `f`,
//! `owndata`, `view`, and `values` against the elements the recorded
//! layout reaches (the buffer is `arange`, so they are its offsets). The
//! input's `base_is_buf` and `base_is_none` describe NumPy's chain of base
//! objects, which a replay does not keep, and are not compared. `offset`
//! is compared with `buffer_offset()`, with one exception by design: NumPy
//! can move the pointer of a zero-size array past the end of an *empty*
//! buffer (`arange(0).reshape(2, 0, 2)[:, :, 1:]`), and a `View` keeps it
//! inside (`subscript` does not move the pointer of a zero-size view), so
//! there offset `buffer_len` (that is, 0) is expected. Writeability is by
//! type: `broadcast_to` gives a `View` that nothing turns into a `ViewMut`,
//! so a result whose last `broadcast_to` is not followed by an
//! `as_strided` (which builds a fresh view of the writeable buffer) must be
//! read-only; any other result must have a `ViewMut` of its layout over the
//! buffer exactly when NumPy's is writeable and free of self-overlap (as
//! for `input`). Field `writeable (numpy rule)` confirms the record follows
//! that rule.
//!
//! **Self-overlap.** `overlap` also checks `has_internal_overlap(&input)`
//! against whether two indices of the recorded input layout reach the
//! same element (enumerated), as field `has_internal_overlap (enumerated)`.
//!
//! **Indexing results.** `subscript` and `fancy_index` results are compared
//! on every recorded field, strides exactly: when the index arrays are
//! adjacent and not first (`int_list_mid`), NumPy returns a transposed view
//! of an internal buffer, and `fancy_index` documents that it reports the
//! same transposed strides (its owned copy is then F-like rather than C).
//! NumPy marks that result `owndata == False` with a hidden base; as for
//! reshape-by-copy it maps to an owned `Array` (see "Ownership"). `take`,
//! `compress` and `boolean_mask` document a fresh C-ordered array: they are
//! compared on shape, values, view and ownership, and on `c`, `f` and the
//! strides of the axes that address memory where NumPy's result is
//! C-contiguous too; elsewhere the result must be C-contiguous (field
//! `c (documented C order)`). The input of an `index` line is a writeable
//! NumPy array and a Rust `View`, so view results are compared with the
//! writeability rule of the other sections.
//!
//! **Ownership.** NumPy describes ownership with three fields; together they
//! put a result in one of three classes, and the test derives the class from
//! the record (any other combination is reported as a mismatch):
//!
//! * a view of the buffer (`base_is_buf`, not `owndata`): in Rust a `View`
//!   of `buf` (`CowArray::View`), `flags().owns_data == false`;
//! * a fresh copy (`owndata`, `base_is_none`): in Rust an owned `Array`
//!   (`CowArray::Owned`), `owns_data == true`;
//! * a view of a copy NumPy keeps hidden (neither: reshape-by-copy returns a
//!   view of an internal copy, so NumPy says `owndata == False`): Rust has no
//!   hidden owner and hands that copy over as an owned `Array`, so
//!   `owns_data == true`. This is the one place where the Rust flag differs
//!   from NumPy's by design.
//!
//! The class is checked as field `base` (view of the buffer vs owned copy)
//! and `owndata` is checked against the class. `flatten_C` records only
//! `view` and `owndata`, which are compared directly.
//!
//! **Writeability.** In NumPy `WRITEABLE` is a run-time flag of the array
//! object; here it is the type: a `View` is read-only, a `ViewMut` or an owned
//! `Array` is writeable, and nothing turns one into the other.
//!
//! * `input`: the Rust counterpart of a writeable NumPy input is a `ViewMut`
//!   over the buffer, of a read-only one a `View`. A `ViewMut` exists only
//!   when no two indices reach the same element; NumPy lets `as_strided` make
//!   writeable arrays that overlap themselves, and the library refuses those
//!   by design. So the expectation is "writeable in NumPy and free of
//!   self-overlap (checked by enumerating the elements)", and it is compared
//!   with `ViewMut::from_parts(...)` succeeding with `flags().writeable`.
//! * results: reshape, ravel and the contiguity conversions exist on `View`
//!   only (a `ViewMut` is turned into a `View` to call them), so every input
//!   they see is read-only. NumPy's rule is "a view inherits the input's
//!   flag, a copy is writeable". Its Rust image is compared: a view result
//!   must be as writeable as the Rust input (read-only), a copy must be
//!   writeable. A second check, field `writeable (numpy rule)`, confirms the
//!   record itself follows NumPy's rule, which the mapping relies on.
//! * `transpose` is also run on the `ViewMut` when the input has one: it must
//!   give the recorded layout and stay writeable.
//!
//! **Errors.** NumPy's message picks the category: "can only specify one
//! unknown dimension" is `ShapeError::MultipleUnknown`; "cannot reshape array
//! of size N into shape ..." is `ShapeError::SizeMismatch { size: N, .. }`
//! (NumPy prints a `-1` in the target as `newaxis`, so only the size is
//! compared, not the whole text).
//!
//! **Strides of `C`/`F` views.** A `C` or `F` view stores no strides: they
//! are computed from the dims. When `to_c_contiguous`/`to_f_contiguous`
//! returns the input itself, NumPy keeps whatever strides the input had on
//! axes that never move the pointer (length-1 axes, and every axis of a
//! zero-size array). For views whose type is `C` or `F`, strides (and
//! `same_object`) are therefore compared on the axes that address memory:
//! the axes longer than 1 of a non-empty result. Every other result's
//! strides, copies included, are compared exactly.

mod conformance;

use array_core::{
    C, CopyPolicy, DynRank, IndexError, IndexItem, Indexed, Order, ReshapeError, ShapeError,
    Strided, View, ViewMut, has_internal_overlap, may_share_memory, shares_memory,
};
use conformance::cases::{Case, IndexCase, IndexResult, Meta, RecipeOp, Recorded, read_case_file};
use conformance::index_items::{ItemSpec, parse_items};
use conformance::observe::{
    Observed, Region, addressing_strides, observe_cow, observe_owned, observe_view,
};
use conformance::replay::replay;
use conformance::report::{Report, Scope};
use std::path::{Path, PathBuf};

/// The sections, in the order they are reported.
const SECTIONS: [&str; 11] = [
    "input",
    "reshape",
    "ravel",
    "flatten",
    "transpose",
    "ascontiguousarray",
    "asfortranarray",
    "copy_K",
    "recipe",
    "overlap",
    "index",
];

/// The fixture a fresh clone tests itself with.
const DEFAULT_FIXTURE: &str = "numpy_cases.jsonl.gz";

// ---------------------------------------------------------------- comparing

/// NumPy's three ownership classes (see the module docs).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Ownership {
    BufferView,
    FreshCopy,
    InternalCopyView,
}

/// The Rust side of an ownership class: a view of the buffer or an owned copy.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum RustOwnership {
    ViewOfBuffer,
    OwnedCopy,
}

fn numpy_ownership(rec: &Recorded) -> Option<Result<Ownership, String>> {
    let (owndata, base_is_buf, base_is_none) = (rec.owndata?, rec.base_is_buf?, rec.base_is_none?);
    Some(match (owndata, base_is_buf, base_is_none) {
        (false, true, false) => Ok(Ownership::BufferView),
        (true, false, true) => Ok(Ownership::FreshCopy),
        (false, false, false) => Ok(Ownership::InternalCopyView),
        _ => Err(format!(
            "owndata={owndata} base_is_buf={base_is_buf} base_is_none={base_is_none}"
        )),
    })
}

/// What the result's writeability is compared against (see the module docs).
#[derive(Clone, Copy)]
struct WriteRule {
    /// NumPy's `writeable` for the input.
    numpy_input: bool,
    /// The Rust input's `flags().writeable` (the operations run on a `View`).
    rust_input: bool,
}

/// Compares every recorded field of one result.
fn compare(
    s: &mut Scope<'_>,
    rec: &Recorded,
    got: &Observed,
    input: &Recorded,
    write_rule: WriteRule,
) {
    s.check_recorded("shape", &rec.shape, got.shape.clone());
    if let Some(expected) = &rec.strides {
        if got.dense_type && got.is_view && expected.len() == got.shape.len() {
            s.check(
                "strides (addressing axes)",
                addressing_strides(&got.shape, expected),
                addressing_strides(&got.shape, &got.strides),
            );
        } else {
            s.check("strides", expected, &got.strides);
        }
    }
    s.check_recorded("offset", &rec.offset.map(Some), got.offset);
    s.check_recorded("c", &rec.c, got.c);
    s.check_recorded("f", &rec.f, got.f);
    s.check_recorded("values", &rec.values, got.values.clone());
    if let Some(view) = rec.view {
        s.check("view", view, got.is_view);
        if let Some(in_buffer) = got.in_buffer {
            s.check("memory", view, in_buffer);
        }
    }
    match numpy_ownership(rec) {
        Some(Ok(class)) => {
            let expected = match class {
                Ownership::BufferView => RustOwnership::ViewOfBuffer,
                Ownership::FreshCopy | Ownership::InternalCopyView => RustOwnership::OwnedCopy,
            };
            let observed = if got.is_view && got.in_buffer != Some(false) {
                RustOwnership::ViewOfBuffer
            } else {
                RustOwnership::OwnedCopy
            };
            s.check("base", expected, observed);
            s.check("owndata", class != Ownership::BufferView, got.owns_data);
        }
        Some(Err(odd)) => s.fail_outright("base", format!("unmappable record: {odd}")),
        None => s.check_recorded("owndata", &rec.owndata, got.owns_data),
    }
    if let (Some(writeable), Some(view)) = (rec.writeable, rec.view) {
        s.check(
            "writeable (numpy rule)",
            if view { write_rule.numpy_input } else { true },
            writeable,
        );
        s.check(
            "writeable",
            if view { write_rule.rust_input } else { true },
            got.writeable,
        );
    }
    if let Some(same) = rec.same_object {
        let in_shape = input.shape.as_deref().unwrap_or_default();
        let in_strides = input.strides.as_deref().unwrap_or_default();
        let identical = got.is_view
            && got.shape == in_shape
            && got.offset == input.offset
            && if got.dense_type {
                addressing_strides(in_shape, in_strides)
                    == addressing_strides(&got.shape, &got.strides)
            } else {
                got.strides == in_strides
            };
        s.check("same_object", same, identical);
    }
}

/// The category (and numbers) of a reshape error, from NumPy's message.
fn numpy_error_category(message: &str) -> String {
    if message == "can only specify one unknown dimension" {
        return "more than one unknown dimension".to_owned();
    }
    if let Some(rest) = message.strip_prefix("cannot reshape array of size ") {
        let size = rest.split_whitespace().next().unwrap_or("?");
        return format!("size mismatch (size {size})");
    }
    format!("other: {message}")
}

/// The same category from the library's error.
fn rust_error_category(e: &ReshapeError) -> String {
    match e {
        ReshapeError::Shape(ShapeError::MultipleUnknown { .. }) => {
            "more than one unknown dimension".to_owned()
        }
        ReshapeError::Shape(ShapeError::SizeMismatch { size, .. }) => {
            format!("size mismatch (size {size})")
        }
        other => format!("other: {other}"),
    }
}

fn parse_order(order: &Option<String>) -> Order {
    match order.as_deref() {
        Some("C") => Order::C,
        Some("F") => Order::F,
        Some("A") => Order::A,
        Some("K") => Order::K,
        other => panic!("unknown order {other:?} in the case file"),
    }
}

/// Every element offset a layout reaches, in C order.
fn element_offsets(dims: &[usize], strides: &[isize], offset: isize) -> Vec<isize> {
    let mut out = vec![offset];
    for (&d, &s) in dims.iter().zip(strides) {
        out = out
            .iter()
            .flat_map(|&o| (0..d).map(move |i| o + i as isize * s))
            .collect();
    }
    out
}

// ---------------------------------------------------------------- the sections

/// The input, rebuilt from its recorded layout.
struct Input<'b> {
    view: View<'b, i64, DynRank, Strided>,
    dims: Vec<usize>,
    strides: Vec<isize>,
    offset: usize,
    write_rule: WriteRule,
}

/// `input`: the rebuilt view has the recorded layout and flags, and a
/// mutable counterpart exists exactly when NumPy's input is writeable and
/// free of self-overlap.
fn check_input<'b>(report: &mut Report, case: &Case, buf: &'b [i64]) -> Option<Input<'b>> {
    let rec = &case.input;
    let mut s = report.scope(case.id, "input", "from_parts");
    let dims = rec.shape.clone().expect("input shape");
    let strides = rec.strides.clone().expect("input strides");
    let offset = rec.offset.expect("input offset");
    let view = match View::<i64, DynRank, Strided>::from_parts(buf, &dims, &strides, offset) {
        Ok(v) => v,
        Err(e) => {
            s.fail_outright("build", format!("from_parts failed: {e}"));
            return None;
        }
    };
    s.check_recorded("size", &rec.size, view.len());
    let write_rule = WriteRule {
        numpy_input: rec.writeable.expect("input writeable"),
        rust_input: view.flags().writeable,
    };
    // Writeability has its own mapping here (see the module docs).
    let layout_only = Recorded {
        writeable: None,
        ..rec.clone()
    };
    compare(
        &mut s,
        &layout_only,
        &observe_view(&view, Region::of(buf)),
        rec,
        write_rule,
    );
    let offsets = element_offsets(&dims, &strides, offset as isize);
    let mut distinct = offsets.clone();
    distinct.sort_unstable();
    distinct.dedup();
    let self_overlaps = distinct.len() != offsets.len();
    // A read-only NumPy input's counterpart is the `View` itself; a writeable
    // one's is a `ViewMut`, when the library allows one.
    let rust_writeable = if write_rule.numpy_input {
        let mut scratch = buf.to_vec();
        ViewMut::<i64, DynRank, Strided>::from_parts(&mut scratch, &dims, &strides, offset)
            .map_or(view.flags().writeable, |m| m.flags().writeable)
    } else {
        view.flags().writeable
    };
    s.check(
        "writeable",
        write_rule.numpy_input && !self_overlaps,
        rust_writeable,
    );
    Some(Input {
        view,
        dims,
        strides,
        offset,
        write_rule,
    })
}

/// `reshape`: every recorded target and order, copies allowed.
fn check_reshape(report: &mut Report, case: &Case, input: &Input<'_>, buf: Region) {
    for rec in &case.reshape {
        let target = rec.target.clone().expect("reshape target");
        let order = parse_order(&rec.order);
        let mut s = report.scope(
            case.id,
            "reshape",
            format!("target={target:?} order={order:?}"),
        );
        let result =
            input
                .view
                .clone()
                .reshape_with::<DynRank>(&target, order, CopyPolicy::IfNeeded);
        match (&rec.error, result) {
            (Some(message), Ok(r)) => s.check(
                "error",
                numpy_error_category(message),
                format!(
                    "no error ({} result)",
                    if r.is_view() { "view" } else { "copy" }
                ),
            ),
            (Some(message), Err(e)) => s.check(
                "error",
                numpy_error_category(message),
                rust_error_category(&e),
            ),
            (None, Err(e)) => s.check("error", "no error".to_owned(), rust_error_category(&e)),
            (None, Ok(r)) => {
                let got = observe_cow(&r, buf);
                compare(&mut s, rec, &got, &case.input, input.write_rule);
            }
        }
    }
}

/// `ravel`: orders C, F, A and K.
fn check_ravel(report: &mut Report, case: &Case, input: &Input<'_>, buf: Region) {
    for rec in &case.ravel {
        let order = parse_order(&rec.order);
        let mut s = report.scope(case.id, "ravel", format!("order={order:?}"));
        let r = input.view.clone().ravel_order(order);
        let got = observe_cow(&r, buf);
        compare(&mut s, rec, &got, &case.input, input.write_rule);
    }
}

/// `flatten`: always a fresh owned copy.
fn check_flatten(report: &mut Report, case: &Case, input: &Input<'_>, buf: Region) {
    let mut s = report.scope(case.id, "flatten", "flatten()");
    let got = observe_owned(&input.view.flatten(), buf);
    compare(&mut s, &case.flatten_c, &got, &case.input, input.write_rule);
}

/// `transpose`: the full reversal, on the `View` and, when the input has a
/// mutable counterpart, on a `ViewMut` of the same layout (over a copy of
/// the buffer, which holds the same values).
fn check_transpose(report: &mut Report, case: &Case, input: &Input<'_>, buf: &[i64]) {
    let rec = &case.transpose;
    let mut s = report.scope(case.id, "transpose", "View::t()");
    let got = observe_view(&input.view.clone().t(), Region::of(buf));
    compare(&mut s, rec, &got, &case.input, input.write_rule);

    let mut scratch = buf.to_vec();
    let region = Region::of(&scratch);
    let Ok(m) = ViewMut::<i64, DynRank, Strided>::from_parts(
        &mut scratch,
        &input.dims,
        &input.strides,
        input.offset,
    ) else {
        return;
    };
    let t = m.t();
    let writeable = t.flags().writeable;
    let got = observe_view(&t.into_view(), region);
    let mut s = report.scope(case.id, "transpose", "ViewMut::t()");
    compare(&mut s, rec, &got, &case.input, input.write_rule);
    s.check("writeable (ViewMut)", true, writeable);
}

/// `ascontiguousarray`: a `C` view of the input when its strides allow, else a C copy.
fn check_ascontiguousarray(report: &mut Report, case: &Case, input: &Input<'_>, buf: Region) {
    let mut s = report.scope(case.id, "ascontiguousarray", "to_c_contiguous()");
    let r = input.view.clone().to_c_contiguous();
    let got = observe_cow(&r, buf);
    compare(
        &mut s,
        &case.ascontiguousarray,
        &got,
        &case.input,
        input.write_rule,
    );
}

/// `asfortranarray`: an `F` view of the input when its strides allow, else an F copy.
fn check_asfortranarray(report: &mut Report, case: &Case, input: &Input<'_>, buf: Region) {
    let mut s = report.scope(case.id, "asfortranarray", "to_f_contiguous()");
    let r = input.view.clone().to_f_contiguous();
    let got = observe_cow(&r, buf);
    compare(
        &mut s,
        &case.asfortranarray,
        &got,
        &case.input,
        input.write_rule,
    );
}

/// `copy_K`: the layout of a copy in NumPy's K order.
fn check_copy_k(report: &mut Report, case: &Case, input: &Input<'_>, buf: Region) {
    let mut s = report.scope(case.id, "copy_K", "to_owned_order(Order::K)");
    let got = observe_owned(&input.view.to_owned_order(Order::K), buf);
    compare(&mut s, &case.copy_k, &got, &case.input, input.write_rule);
}

/// Whether two indices of a layout reach the same element (enumerated).
fn self_overlaps(dims: &[usize], strides: &[isize], offset: isize) -> bool {
    let offsets = element_offsets(dims, strides, offset);
    let mut distinct = offsets.clone();
    distinct.sort_unstable();
    distinct.dedup();
    distinct.len() != offsets.len()
}

/// A recipe in a few words, for the mismatch list.
fn recipe_text(recipe: &[RecipeOp]) -> String {
    let ops: Vec<&str> = recipe
        .iter()
        .map(|op| match op {
            RecipeOp::Reshape { .. } => "reshape",
            RecipeOp::Index { .. } => "index",
            RecipeOp::Transpose { .. } => "transpose",
            RecipeOp::BroadcastTo { .. } => "broadcast_to",
            RecipeOp::AsStrided { .. } => "as_strided",
        })
        .collect();
    format!("replay({})", ops.join(", "))
}

/// `recipe`: replaying how NumPy built the input, step by step through the
/// public API from the 1-D array over `buf` (exactly `buffer_len` elements),
/// gives the recorded input layout.
fn check_recipe(report: &mut Report, case: &Case, buf: &[i64]) {
    let rec = &case.input;
    let mut s = report.scope(case.id, "recipe", recipe_text(&case.recipe));
    let replayed = match replay(buf, &case.recipe) {
        Ok(r) => r,
        Err(e) => {
            s.fail_outright("replay", e);
            return;
        }
    };
    let got = observe_view(&replayed.view, Region::of(buf));
    // The input's ownership fields describe NumPy's chain of bases, which
    // the replay does not keep: only `owndata` and `view` are compared.
    let layout = Recorded {
        shape: rec.shape.clone(),
        strides: rec.strides.clone(),
        c: rec.c,
        f: rec.f,
        owndata: rec.owndata,
        view: rec.view,
        ..Recorded::default()
    };
    // Writeability has its own mapping here (below); `layout` records none.
    let no_write_rule = WriteRule {
        numpy_input: false,
        rust_input: false,
    };
    compare(&mut s, &layout, &got, rec, no_write_rule);
    s.check_recorded("size", &rec.size, replayed.view.len());
    if let Some(offset) = rec.offset {
        // Only for the empty buffer can NumPy's pointer lie past the end.
        s.check("offset", Some(offset.min(buf.len())), got.offset);
    }
    if let (Some(dims), Some(strides), Some(offset)) = (&rec.shape, &rec.strides, rec.offset) {
        s.check(
            "values (recorded layout)",
            element_offsets(dims, strides, offset as isize)
                .into_iter()
                .map(|o| o as i64)
                .collect::<Vec<_>>(),
            got.values.clone(),
        );
    }
    if let Some(writeable) = rec.writeable {
        s.check("writeable (numpy rule)", !replayed.broadcast, writeable);
        let offset = replayed.view.buffer_offset();
        let rust_writeable = if replayed.broadcast {
            replayed.view.flags().writeable
        } else {
            let mut scratch = buf.to_vec();
            ViewMut::<i64, DynRank, Strided>::from_parts(
                &mut scratch,
                &got.shape,
                &got.strides,
                offset,
            )
            .is_ok_and(|m| m.flags().writeable)
        };
        let overlaps = self_overlaps(&got.shape, &got.strides, offset as isize);
        s.check("writeable", writeable && !overlaps, rust_writeable);
    }
}

/// `overlap`: the second view, built from its recorded layout and by
/// replaying its recipe, and NumPy's three memory-sharing answers.
fn check_overlap(report: &mut Report, case: &Case, input: &Input<'_>, buf: &[i64]) {
    let rec = &case.overlap;
    let o = &rec.other;
    let mut s = report.scope(case.id, "overlap", recipe_text(&rec.other_recipe));
    match replay(&buf[..case.buffer_len], &rec.other_recipe) {
        Ok(r) => {
            s.check("other shape", o.shape.clone(), r.view.dims().to_vec());
            s.check(
                "other strides",
                o.strides.clone(),
                r.view.strides().to_vec(),
            );
            s.check("other offset", o.offset, r.view.buffer_offset());
        }
        Err(e) => s.fail_outright("other_recipe", e),
    }
    let mut s = report.scope(case.id, "overlap", "input vs other");
    let other = match View::<i64, DynRank, Strided>::from_parts(buf, &o.shape, &o.strides, o.offset)
    {
        Ok(v) => v,
        Err(e) => {
            s.fail_outright("other", format!("from_parts failed: {e}"));
            return;
        }
    };
    s.check(
        "shares_memory",
        Ok(rec.shares_memory),
        shares_memory(&input.view, &other),
    );
    s.check(
        "may_share_memory",
        rec.may_share_memory,
        may_share_memory(&input.view, &other),
    );
    s.check(
        "self_shares",
        Ok(rec.self_shares),
        shares_memory(&input.view, &input.view),
    );
    s.check(
        "has_internal_overlap (enumerated)",
        Ok(self_overlaps(
            &input.dims,
            &input.strides,
            input.offset as isize,
        )),
        has_internal_overlap(&input.view),
    );
}

/// The input of an `index` line reads as `arange`: NumPy's input is
/// writeable, the Rust one a `View`.
const INDEX_WRITE_RULE: WriteRule = WriteRule {
    numpy_input: true,
    rust_input: false,
};

/// Compares one `subscript`-like answer with NumPy's result.
fn compare_indexed(s: &mut Scope<'_>, expected: &IndexResult, got: &Indexed<'_, i64>, buf: Region) {
    let kind = |r: &Indexed<'_, i64>| match r {
        Indexed::Element(_) => "element",
        Indexed::View(_) => "view",
        Indexed::Copy(_) => "copy",
    };
    match (expected, got) {
        (IndexResult::Scalar(v), Indexed::Element(x)) => s.check("value", v, x),
        (IndexResult::Scalar(_), other) => s.check("result", "element", kind(other)),
        (IndexResult::Array(_), Indexed::Element(_)) => {
            s.check("result", "array", "element");
        }
        (IndexResult::Array(rec), Indexed::View(v)) => {
            compare(
                s,
                rec,
                &observe_view(v, buf),
                &Recorded::default(),
                INDEX_WRITE_RULE,
            );
        }
        (IndexResult::Array(rec), Indexed::Copy(a)) => {
            compare(
                s,
                rec,
                &observe_owned(a, buf),
                &Recorded::default(),
                INDEX_WRITE_RULE,
            );
        }
    }
}

/// Compares a documented C-ordered copy (`take`, `compress`,
/// `boolean_mask`) with NumPy's result: everything but the layout, and the
/// layout (flags, and strides on the axes that address memory) where
/// NumPy's result is C-contiguous too; elsewhere the copy must be C.
fn compare_c_ordered(s: &mut Scope<'_>, rec: &Recorded, got: &Observed) {
    let layout_free = Recorded {
        strides: None,
        c: None,
        f: None,
        ..rec.clone()
    };
    compare(s, &layout_free, got, &Recorded::default(), INDEX_WRITE_RULE);
    if rec.c == Some(true) {
        s.check_recorded("c", &rec.c, got.c);
        s.check_recorded("f", &rec.f, got.f);
        if let Some(strides) = &rec.strides {
            s.check(
                "strides (addressing axes)",
                addressing_strides(&got.shape, strides),
                addressing_strides(&got.shape, &got.strides),
            );
        }
    } else {
        s.check("c (documented C order)", true, got.c);
    }
}

/// `index`: `arange(prod(shape_in)).reshape(shape_in)[index]` through
/// `subscript`, and through `fancy_index` and the one-purpose indexers
/// (`take`, `compress`, `boolean_mask`, `boolean_mask_leading`) where the
/// kind of index has one.
fn check_index(report: &mut Report, case: &IndexCase) {
    let kind = case.desc.kind.as_str();
    let n: usize = case.shape_in.iter().product();
    let buf: Vec<i64> = (0..n as i64).collect();
    let region = Region::of(&buf);
    let mut s = report.scope(case.id, "index", format!("{kind} {:?}", case.desc.index));
    let input = match View::<i64, DynRank, C>::from_slice(&buf, &case.shape_in) {
        Ok(v) => v,
        Err(e) => return s.fail_outright("input", format!("from_slice failed: {e}")),
    };
    let specs = match parse_items(&case.desc) {
        Ok(specs) => specs,
        Err(e) => return s.fail_outright("index", e),
    };
    let items: Vec<IndexItem<'_>> = specs.iter().map(ItemSpec::item).collect();
    match input.subscript(&items) {
        Ok(got) => compare_indexed(&mut s, &case.result, &got, region),
        Err(e) => s.fail_outright("subscript", format!("error: {e}")),
    }
    let IndexResult::Array(rec) = &case.result else {
        return;
    };
    let advanced = specs.iter().any(|i| {
        matches!(
            i,
            ItemSpec::Indices { .. } | ItemSpec::Mask { .. } | ItemSpec::ScalarArray(_)
        )
    });
    if advanced {
        let mut s = report.scope(case.id, "index", format!("{kind} fancy_index"));
        match input.fancy_index(&items) {
            Ok(a) => compare(
                &mut s,
                rec,
                &observe_owned(&a, region),
                &Recorded::default(),
                INDEX_WRITE_RULE,
            ),
            Err(e) => s.fail_outright("fancy_index", format!("error: {e}")),
        }
    }
    // `c_ordered`: the indexer documents a C-ordered result.
    let mut one_purpose = |op: &str, result: Result<Observed, IndexError>, c_ordered: bool| {
        let mut s = report.scope(case.id, "index", format!("{kind} {op}"));
        match result {
            Ok(got) if c_ordered => compare_c_ordered(&mut s, rec, &got),
            Ok(got) => compare(&mut s, rec, &got, &Recorded::default(), INDEX_WRITE_RULE),
            Err(e) => s.fail_outright(op, format!("error: {e}")),
        }
    };
    match (kind, specs.as_slice()) {
        ("int_list", [ItemSpec::Indices { values, .. }]) => one_purpose(
            "take(0)",
            input.take(0, values).map(|a| observe_owned(&a, region)),
            true,
        ),
        ("int_list_mid", [ItemSpec::Full, ItemSpec::Indices { values, .. }]) => one_purpose(
            "take(1)",
            input.take(1, values).map(|a| observe_owned(&a, region)),
            true,
        ),
        ("bool_full", [mask @ ItemSpec::Mask { .. }]) => {
            let IndexItem::Mask(m) = mask.item() else {
                unreachable!("a mask spec gives a mask item")
            };
            one_purpose(
                "boolean_mask",
                input.boolean_mask(m).map(|a| observe_owned(&a, region)),
                true,
            );
        }
        ("bool_axis0", [mask @ ItemSpec::Mask { values, .. }]) => {
            let IndexItem::Mask(m) = mask.item() else {
                unreachable!("a mask spec gives a mask item")
            };
            one_purpose(
                "boolean_mask_leading",
                input
                    .boolean_mask_leading(m)
                    .map(|a| observe_owned(&a, region)),
                false,
            );
            one_purpose(
                "compress(0)",
                input.compress(0, values).map(|a| observe_owned(&a, region)),
                true,
            );
        }
        _ => {}
    }
}

/// The length of the buffer the input is built over: `buffer_len`, or, for a
/// zero-size input whose first-element pointer lies past the end of its
/// empty buffer, that pointer's offset (see the module docs).
fn buffer_len_for(case: &Case) -> usize {
    let zero_size = case.input.size == Some(0);
    match case.input.offset {
        Some(offset) if zero_size && offset > case.buffer_len => offset,
        _ => case.buffer_len,
    }
}

/// Replays one case file and tallies every comparison.
fn run_file(path: &Path) -> (Report, Option<Meta>) {
    let file = read_case_file(path);
    if let Some(meta) = &file.meta {
        assert_eq!(
            meta.itemsize, 8,
            "the case file's strides must be recorded for int64"
        );
    }
    assert!(!file.cases.is_empty(), "{} holds no cases", path.display());
    let mut report = Report::new(&SECTIONS);
    for case in &file.cases {
        let buf: Vec<i64> = (0..buffer_len_for(case) as i64).collect();
        let region = Region::of(&buf);
        check_recipe(&mut report, case, &buf[..case.buffer_len]);
        let Some(input) = check_input(&mut report, case, &buf) else {
            continue;
        };
        check_reshape(&mut report, case, &input, region);
        check_ravel(&mut report, case, &input, region);
        check_flatten(&mut report, case, &input, region);
        check_transpose(&mut report, case, &input, &buf);
        check_ascontiguousarray(&mut report, case, &input, region);
        check_asfortranarray(&mut report, case, &input, region);
        check_copy_k(&mut report, case, &input, region);
        check_overlap(&mut report, case, &input, &buf);
    }
    for case in &file.index_cases {
        check_index(&mut report, case);
    }
    (report, file.meta)
}

fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("data")
}

/// The in-repo fixture, or the file named by `NUMPY_CASES`.
#[test]
fn numpy_cases_match() {
    let path = std::env::var_os("NUMPY_CASES")
        .map(PathBuf::from)
        .unwrap_or_else(|| data_dir().join(DEFAULT_FIXTURE));
    let (report, meta) = run_file(&path);
    // One `println!` so that the lines stay together under `--nocapture`.
    println!("{}", report.summary("conformance "));
    report.assert_clean(&path, &meta);
}

/// Every other fixture in `tests/data/` (`numpy_cases_*.jsonl[.gz]`).
#[test]
fn extra_fixtures_match_numpy() {
    let mut extra: Vec<PathBuf> = std::fs::read_dir(data_dir())
        .expect("tests/data exists")
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|p| {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or_default();
            name.starts_with("numpy_cases_")
                && (name.ends_with(".jsonl") || name.ends_with(".jsonl.gz"))
        })
        .collect();
    extra.sort();
    for path in &extra {
        let (report, meta) = run_file(path);
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("?");
        println!("{}", report.summary(&format!("fixture {name}: ")));
        report.assert_clean(path, &meta);
    }
}

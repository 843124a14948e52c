//! Reading the indexing cases recorded from NumPy 2.4.6 and checking one
//! against `subscript` and `fancy_index`.

use super::{arange, bools, copy_of, ints, kind, parts, view_of};
use array_core::{Array, DynRank, IndexItem, Indexed, shares_memory};
use serde_json::Value;
use std::io::Read;

pub(crate) fn case_file() -> Vec<u8> {
    let path = std::env::var("NUMPY_CASES").unwrap_or_else(|_| {
        concat!(env!("CARGO_MANIFEST_DIR"), "/data/numpy_cases.jsonl.gz").to_string()
    });
    let raw = std::fs::read(&path).unwrap_or_else(|e| panic!("reading {path}: {e}"));
    if path.ends_with(".gz") {
        let mut out = Vec::new();
        flate2::read::GzDecoder::new(&raw[..])
            .read_to_end(&mut out)
            .unwrap();
        out
    } else {
        raw
    }
}

/// An index item as the case file spells it, owning its arrays.
enum Spelled {
    Int(isize),
    Full,
    Ellipsis,
    Ints(Array<isize, DynRank>),
    Mask(Array<bool, DynRank>),
}

fn nested(v: &Value, dims: &mut Vec<usize>, flat: &mut Vec<i64>, depth: usize) {
    match v {
        Value::Array(items) => {
            if dims.len() == depth {
                dims.push(items.len());
            }
            for item in items {
                nested(item, dims, flat, depth + 1);
            }
        }
        n => flat.push(n.as_i64().unwrap()),
    }
}

fn spell(v: &Value, boolean: bool) -> Spelled {
    match v {
        Value::String(s) if s == ":" => Spelled::Full,
        Value::String(s) if s == "..." => Spelled::Ellipsis,
        Value::Number(n) => Spelled::Int(n.as_i64().unwrap() as isize),
        Value::Object(o) => {
            let i = o["array0d"].as_i64().unwrap() as isize;
            Spelled::Ints(ints(&[], &[i]))
        }
        Value::Array(_) => {
            let (mut dims, mut flat) = (Vec::new(), Vec::new());
            nested(v, &mut dims, &mut flat, 0);
            if boolean {
                let b: Vec<bool> = flat.iter().map(|&x| x != 0).collect();
                Spelled::Mask(bools(&dims, &b))
            } else {
                let i: Vec<isize> = flat.iter().map(|&x| x as isize).collect();
                Spelled::Ints(ints(&dims, &i))
            }
        }
        other => panic!("unknown index item {other}"),
    }
}

fn item(s: &Spelled) -> IndexItem<'_> {
    match s {
        Spelled::Int(i) => IndexItem::Int(*i),
        Spelled::Full => IndexItem::full(),
        Spelled::Ellipsis => IndexItem::Ellipsis,
        Spelled::Ints(a) => a.into(),
        Spelled::Mask(m) => m.into(),
    }
}

fn usizes(v: &Value) -> Vec<usize> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_u64().unwrap() as usize)
        .collect()
}

fn isizes(v: &Value) -> Vec<isize> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_i64().unwrap() as isize)
        .collect()
}

pub(crate) fn check(case: &Value) {
    let id = &case["id"];
    let desc = &case["desc"];
    let what = format!("case {id}: {} {}", desc["kind"], desc["index"]);
    let a = arange(&usizes(&case["shape_in"]));
    let boolean = desc["kind"].as_str().unwrap().starts_with("bool");
    let spelled: Vec<Spelled> = desc["index"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| spell(v, boolean))
        .collect();
    let items: Vec<IndexItem<'_>> = spelled.iter().map(item).collect();
    let want = &case["result"];
    let got = a
        .view()
        .subscript(&items)
        .unwrap_or_else(|e| panic!("{what}: {e}"));
    if !want["is_ndarray"].as_bool().unwrap() {
        let Indexed::Element(x) = got else {
            panic!("{what}: NumPy gave a scalar, we gave {}", kind(&got))
        };
        assert_eq!(*x as i64, want["value"].as_i64().unwrap(), "{what}");
        return;
    }
    let (dims, strides, values) = parts(&got);
    assert_eq!(dims, usizes(&want["shape"]), "{what}: shape");
    assert_eq!(strides, isizes(&want["strides"]), "{what}: strides");
    let values: Vec<i64> = values.iter().map(|&x| x as i64).collect();
    let want_values: Vec<i64> = want["values"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_i64().unwrap())
        .collect();
    assert_eq!(values, want_values, "{what}: values");
    let flags = match &got {
        Indexed::View(v) => v.flags(),
        Indexed::Copy(c) => c.flags(),
        Indexed::Element(_) => unreachable!(),
    };
    assert_eq!(
        flags.c_contiguous,
        want["c"].as_bool().unwrap(),
        "{what}: C"
    );
    assert_eq!(
        flags.f_contiguous,
        want["f"].as_bool().unwrap(),
        "{what}: F"
    );
    if want["view"].as_bool().unwrap() {
        let v = view_of(got);
        assert_eq!(
            v.buffer_offset() as i64,
            want["offset"].as_i64().unwrap(),
            "{what}: offset"
        );
    } else {
        let c = copy_of(got);
        assert!(!shares_memory(&a, &c).unwrap(), "{what}: a copy");
        // The always-copying entry point gives the same array.
        let f = a.fancy_index(&items).unwrap();
        assert_eq!(
            (f.dims().to_vec(), f.strides().to_vec()),
            (c.dims().to_vec(), c.strides().to_vec()),
            "{what}"
        );
        assert_eq!(f.view().to_vec(), c.view().to_vec(), "{what}");
    }
}

//! The case-file schema written by the case generator (`tests/data/`), and
//! reading `.jsonl` / `.jsonl.gz` files.

use serde::Deserialize;
use serde::de::IgnoredAny;
use std::io::{BufRead, BufReader, Read};
use std::path::Path;

/// One recorded result (or the input): every field the generator writes for
/// any operation. Unknown fields are an error, so a field the generator adds
/// cannot go unchecked silently.
#[derive(Deserialize, Debug, Default, Clone)]
#[serde(deny_unknown_fields)]
pub(crate) struct Recorded {
    pub(crate) target: Option<Vec<isize>>,
    pub(crate) order: Option<String>,
    pub(crate) error: Option<String>,
    pub(crate) shape: Option<Vec<usize>>,
    pub(crate) strides: Option<Vec<isize>>,
    pub(crate) offset: Option<usize>,
    pub(crate) size: Option<usize>,
    pub(crate) c: Option<bool>,
    pub(crate) f: Option<bool>,
    pub(crate) owndata: Option<bool>,
    pub(crate) writeable: Option<bool>,
    pub(crate) view: Option<bool>,
    pub(crate) base_is_buf: Option<bool>,
    pub(crate) base_is_none: Option<bool>,
    pub(crate) same_object: Option<bool>,
    pub(crate) values: Option<Vec<i64>>,
}

/// One `"kind": "case"` line.
#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
pub(crate) struct Case {
    #[serde(rename = "kind")]
    _kind: IgnoredAny,
    pub(crate) id: u64,
    pub(crate) buffer_len: usize,
    /// How NumPy built the input from the buffer.
    pub(crate) recipe: Vec<RecipeOp>,
    pub(crate) input: Recorded,
    pub(crate) reshape: Vec<Recorded>,
    pub(crate) ravel: Vec<Recorded>,
    #[serde(rename = "flatten_C")]
    pub(crate) flatten_c: Recorded,
    pub(crate) transpose: Recorded,
    pub(crate) ascontiguousarray: Recorded,
    pub(crate) asfortranarray: Recorded,
    #[serde(rename = "copy_K")]
    pub(crate) copy_k: Recorded,
    pub(crate) overlap: OverlapRecord,
}

/// One step of a recipe: how NumPy turned the buffer (or the previous
/// step's array) into the next array.
#[derive(Deserialize, Debug, Clone)]
#[serde(tag = "op", rename_all = "snake_case", deny_unknown_fields)]
pub(crate) enum RecipeOp {
    /// `a.reshape(shape, order=order)`, always a view in the recipes.
    Reshape { shape: Vec<isize>, order: String },
    /// `a[items]`, basic indexing.
    Index { items: Vec<RecipeItem> },
    /// `a.transpose(axes)`.
    Transpose { axes: Vec<isize> },
    /// `np.broadcast_to(a, shape)`.
    BroadcastTo { shape: Vec<usize> },
    /// `np.ndarray(shape, buffer=buf, offset=offset, strides=strides)`:
    /// a new view of the buffer itself (not of the previous step).
    AsStrided {
        shape: Vec<usize>,
        strides: Vec<isize>,
        offset: usize,
    },
}

/// One basic-index item of a recipe.
#[derive(Deserialize, Debug, Clone)]
#[serde(rename_all = "lowercase")]
pub(crate) enum RecipeItem {
    /// `start:stop:step`, each bound possibly `None`.
    Slice([Option<isize>; 3]),
    Int(isize),
    /// `np.newaxis` (the value, always `true`, says nothing).
    NewAxis(IgnoredAny),
    /// `...` (the value, always `true`, says nothing).
    Ellipsis(IgnoredAny),
}

/// A layout recorded without flags: the second view of an overlap record.
#[derive(Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields)]
pub(crate) struct RecordedLayout {
    pub(crate) shape: Vec<usize>,
    pub(crate) strides: Vec<isize>,
    pub(crate) offset: usize,
}

/// Memory sharing between the input and a second view of the buffer.
#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
pub(crate) struct OverlapRecord {
    pub(crate) other_recipe: Vec<RecipeOp>,
    pub(crate) other: RecordedLayout,
    /// `np.shares_memory(input, other)` (exact).
    pub(crate) shares_memory: bool,
    /// `np.may_share_memory(input, other)` (extents).
    pub(crate) may_share_memory: bool,
    /// `np.shares_memory(input, input)`: true exactly for a non-empty input.
    pub(crate) self_shares: bool,
}

/// One `"kind": "index"` line: `arange(prod(shape_in)).reshape(shape_in)[index]`.
#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
pub(crate) struct IndexCase {
    #[serde(rename = "kind")]
    _kind: IgnoredAny,
    pub(crate) id: u64,
    pub(crate) shape_in: Vec<usize>,
    pub(crate) desc: IndexDesc,
    pub(crate) result: IndexResult,
}

/// What the index was: the generator's kind and the items as JSON
/// (integers, nested lists of integers or 0/1, `":"`, `"..."`,
/// `{"array0d": i}`).
#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
pub(crate) struct IndexDesc {
    pub(crate) kind: String,
    pub(crate) index: Vec<serde_json::Value>,
}

/// NumPy's answer to an index: a scalar, or an array described like any
/// other recorded result.
#[derive(Deserialize, Debug)]
#[serde(try_from = "serde_json::Map<String, serde_json::Value>")]
pub(crate) enum IndexResult {
    Scalar(i64),
    Array(Recorded),
}

impl TryFrom<serde_json::Map<String, serde_json::Value>> for IndexResult {
    type Error = String;

    fn try_from(mut fields: serde_json::Map<String, serde_json::Value>) -> Result<Self, String> {
        match fields.remove("is_ndarray").and_then(|v| v.as_bool()) {
            Some(true) => serde_json::from_value(serde_json::Value::Object(fields))
                .map(IndexResult::Array)
                .map_err(|e| e.to_string()),
            Some(false) => {
                let value = fields.remove("value").and_then(|v| v.as_i64());
                match (value, fields.is_empty()) {
                    (Some(v), true) => Ok(IndexResult::Scalar(v)),
                    _ => Err(format!("unexpected scalar result fields {fields:?}")),
                }
            }
            None => Err("an index result without a boolean `is_ndarray`".to_owned()),
        }
    }
}

/// The `"kind": "meta"` line.
#[derive(Deserialize, Debug)]
pub(crate) struct Meta {
    pub(crate) numpy_version: String,
    pub(crate) itemsize: usize,
}

/// A case file, split by line kind.
pub(crate) struct CaseFile {
    pub(crate) meta: Option<Meta>,
    pub(crate) cases: Vec<Case>,
    pub(crate) index_cases: Vec<IndexCase>,
}

/// Reads a `.jsonl` or gzip-compressed `.jsonl.gz` case file.
pub(crate) fn read_case_file(path: &Path) -> CaseFile {
    let mut raw = Vec::new();
    std::fs::File::open(path)
        .and_then(|mut f| f.read_to_end(&mut raw))
        .unwrap_or_else(|e| panic!("cannot read case file {}: {e}", path.display()));
    let reader: Box<dyn BufRead> = if raw.starts_with(&[0x1f, 0x8b]) {
        Box::new(BufReader::new(flate2::read::MultiGzDecoder::new(&raw[..])))
    } else {
        Box::new(BufReader::new(&raw[..]))
    };
    let mut file = CaseFile {
        meta: None,
        cases: Vec::new(),
        index_cases: Vec::new(),
    };
    for (n, line) in reader.lines().enumerate() {
        let line = line.unwrap_or_else(|e| panic!("{}:{}: {e}", path.display(), n + 1));
        if line.trim().is_empty() {
            continue;
        }
        let value: serde_json::Value = serde_json::from_str(&line)
            .unwrap_or_else(|e| panic!("{}:{}: not JSON: {e}", path.display(), n + 1));
        let parse_error = |e: serde_json::Error| format!("{}:{}: {e}", path.display(), n + 1);
        match value.get("kind").and_then(|k| k.as_str()) {
            Some("meta") => {
                file.meta = Some(serde_json::from_value(value).unwrap_or_else(|e| {
                    panic!("{}", parse_error(e));
                }));
            }
            Some("case") => file.cases.push(
                serde_json::from_value(value).unwrap_or_else(|e| panic!("{}", parse_error(e))),
            ),
            Some("index") => file.index_cases.push(
                serde_json::from_value(value).unwrap_or_else(|e| panic!("{}", parse_error(e))),
            ),
            other => panic!("{}:{}: unknown line kind {other:?}", path.display(), n + 1),
        }
    }
    file
}

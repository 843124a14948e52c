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
    /// Replayed by the `recipe` section (not yet written).
    #[serde(rename = "recipe")]
    _recipe: IgnoredAny,
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
    /// Replayed by the `overlap` section (not yet written).
    #[serde(rename = "overlap")]
    _overlap: IgnoredAny,
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
            // Fancy and boolean indexing: the future `index` section.
            Some("index") => {}
            other => panic!("{}:{}: unknown line kind {other:?}", path.display(), n + 1),
        }
    }
    file
}

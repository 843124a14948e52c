//! Compile-fail cases (`tests/ui/<subject>/*.rs`, each with the `.stderr`
//! users should see) and compile-pass cases (`tests/pass/*.rs`, each a
//! program that only compiles when the library picks the documented types).
//!
//! Regenerate the snapshots after a deliberate change with
//! `TRYBUILD=overwrite cargo test -p ui-tests`, then read every `.stderr`.

use std::fs;
use std::path::{Path, PathBuf};

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    t.compile_fail("tests/ui/*/*.rs");
    t.pass("tests/pass/*.rs");
}

fn crate_dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Every `.stderr` snapshot under `tests/ui/<subject>/`.
fn snapshots() -> Vec<(PathBuf, String)> {
    let mut out = Vec::new();
    for subject in fs::read_dir(crate_dir().join("tests/ui")).unwrap() {
        let subject = subject.unwrap().path();
        if !subject.is_dir() {
            continue;
        }
        for file in fs::read_dir(&subject).unwrap() {
            let file = file.unwrap().path();
            if file.extension().is_some_and(|e| e == "stderr") {
                let text = fs::read_to_string(&file).unwrap();
                out.push((file, text));
            }
        }
    }
    out
}

/// The ```text blocks of a markdown page.
fn text_blocks(markdown: &str) -> Vec<String> {
    let mut blocks = Vec::new();
    let mut current: Option<Vec<&str>> = None;
    for line in markdown.lines() {
        match (&mut current, line.trim_end()) {
            (None, "```text") => current = Some(Vec::new()),
            (Some(lines), "```") => {
                blocks.push(lines.join("\n"));
                current = None;
            }
            (Some(lines), _) => lines.push(line),
            (None, _) => {}
        }
    }
    blocks
}

/// The guide to the errors, `array-core/src/docs/errors.md`. It lives in the
/// crate, whose docs include it as the `reading_errors` page (a published
/// package cannot include files outside its directory).
fn error_guide() -> String {
    fs::read_to_string(crate_dir().join("../array-core/src/docs/errors.md")).unwrap()
}

/// The guide quotes rustc's output; each quote must still be what the
/// compile-fail suite records, so the page can be found by searching an
/// error's text.
#[test]
fn error_guide_quotes_current_messages() {
    let guide = error_guide();
    let snapshots = snapshots();
    let blocks = text_blocks(&guide);
    assert!(
        blocks.len() >= 3,
        "the error guide quotes at least three messages"
    );
    for block in &blocks {
        assert!(
            snapshots
                .iter()
                .any(|(_, text)| text.contains(block.as_str())),
            "the error guide (array-core/src/docs/errors.md) quotes a message that no .stderr contains:\n{block}"
        );
    }
}

/// Every compile-fail case has its first line (`error[E...]: ...` or
/// `error: ...`) in the guide, so that searching the guide for the first
/// line of any of these errors finds its explanation.
#[test]
fn error_guide_covers_every_case() {
    let guide = error_guide();
    let mut missing: Vec<String> = snapshots()
        .into_iter()
        .filter_map(|(path, text)| {
            let first = text.lines().next().unwrap_or_default().to_owned();
            (!guide.contains(&first)).then(|| {
                let case = path.strip_prefix(crate_dir()).unwrap_or(&path);
                format!("{}\n    {first}", case.display())
            })
        })
        .collect();
    missing.sort();
    assert!(
        missing.is_empty(),
        "the error guide (array-core/src/docs/errors.md) does not quote the first line of {} case(s); \
         add each under a heading in its subject's section:\n{}",
        missing.len(),
        missing.join("\n")
    );
}

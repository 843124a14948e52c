//! Tallies checks and mismatches per section and words the first mismatches.

use std::fmt::{Debug, Write as _};
use std::path::Path;

use super::cases::Meta;

/// How many mismatches the failure message lists.
const LISTED_MISMATCHES: usize = 20;

/// Checks and mismatches per section, and the first mismatches in words.
pub(crate) struct Report {
    sections: &'static [&'static str],
    checks: Vec<usize>,
    mismatches: Vec<usize>,
    listed: Vec<String>,
}

impl Report {
    /// An empty tally over `sections`, reported in that order.
    pub(crate) fn new(sections: &'static [&'static str]) -> Self {
        Report {
            sections,
            checks: vec![0; sections.len()],
            mismatches: vec![0; sections.len()],
            listed: Vec::new(),
        }
    }

    /// A checker for one operation of one case.
    pub(crate) fn scope(
        &mut self,
        case: u64,
        section: &'static str,
        op: impl Into<String>,
    ) -> Scope<'_> {
        let section = self
            .sections
            .iter()
            .position(|&s| s == section)
            .unwrap_or_else(|| panic!("section {section} is not in the report's list"));
        Scope {
            report: self,
            case,
            section,
            op: op.into(),
        }
    }

    fn total_mismatches(&self) -> usize {
        self.mismatches.iter().sum()
    }

    /// One line per section and a total, each starting with `prefix`.
    pub(crate) fn summary(&self, prefix: &str) -> String {
        let mut out = String::new();
        for (i, name) in self.sections.iter().enumerate() {
            let _ = writeln!(
                out,
                "{prefix}{name}: {} checks, {} mismatches",
                self.checks[i], self.mismatches[i]
            );
        }
        let _ = write!(
            out,
            "{prefix}total: {} checks, {} mismatches",
            self.checks.iter().sum::<usize>(),
            self.total_mismatches()
        );
        out
    }

    /// Panics, listing the first mismatches, unless there are none.
    pub(crate) fn assert_clean(&self, path: &Path, meta: &Option<Meta>) {
        let total = self.total_mismatches();
        if total == 0 {
            return;
        }
        let version = meta.as_ref().map_or("?", |m| m.numpy_version.as_str());
        let mut msg = format!(
            "{total} mismatches against NumPy {version} in {}; the first {}:\n",
            path.display(),
            self.listed.len()
        );
        for line in &self.listed {
            let _ = writeln!(msg, "  {line}");
        }
        panic!("{msg}");
    }
}

/// Compares fields of one operation and records the outcome.
pub(crate) struct Scope<'r> {
    report: &'r mut Report,
    case: u64,
    section: usize,
    op: String,
}

impl Scope<'_> {
    /// One check: `got` must equal `expected`.
    pub(crate) fn check<T: PartialEq + Debug>(&mut self, field: &str, expected: T, got: T) {
        self.report.checks[self.section] += 1;
        if expected != got {
            self.fail(field, format!("expected {expected:?}, got {got:?}"));
        }
    }

    /// Compares a field only when the record has it.
    pub(crate) fn check_recorded<T: PartialEq + Debug>(
        &mut self,
        field: &str,
        expected: &Option<T>,
        got: T,
    ) {
        if let Some(expected) = expected {
            self.check(field, expected, &got);
        }
    }

    /// Counts a check that could not be made because the operation failed.
    pub(crate) fn fail_outright(&mut self, field: &str, detail: String) {
        self.report.checks[self.section] += 1;
        self.fail(field, detail);
    }

    fn fail(&mut self, field: &str, detail: String) {
        self.report.mismatches[self.section] += 1;
        if self.report.listed.len() < LISTED_MISMATCHES {
            self.report.listed.push(format!(
                "case {} {} {}: {field}: {detail}",
                self.case, self.report.sections[self.section], self.op
            ));
        }
    }
}

//! Support for `numpy_conformance.rs`: the case-file schema (`cases`), the
//! per-section tally (`report`) and reading results in NumPy's terms
//! (`observe`). The sections themselves live in the test file.

pub(crate) mod cases;
pub(crate) mod observe;
pub(crate) mod report;

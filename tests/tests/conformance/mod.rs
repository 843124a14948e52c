//! Support for `numpy_conformance.rs`: the case-file schema (`cases`), the
//! per-section tally (`report`), reading results in NumPy's terms
//! (`observe`), replaying recipes through the library (`replay`) and reading
//! the index of an `index` line (`index_items`). The sections themselves
//! live in the test file.

pub(crate) mod cases;
pub(crate) mod index_items;
pub(crate) mod observe;
pub(crate) mod replay;
pub(crate) mod report;

//! NumPy's run-time layout rules as pure functions on dims and element strides.
//!
//! This module owns every view-or-copy decision that NumPy 2.4.6 makes at run
//! time (written out in the repository's `docs/numpy-rules.md`, which the
//! `numpy-rules §n` references in this module point to), for the cases where dims or
//! strides are not known to the type system: contiguity flags and canonical
//! strides (`flags`), reshape with the nocopy algorithm (`reshape`), ravel and
//! K-order copies (`ravel`), basic indexing and slices (`slice`), the layout
//! of advanced-indexing results (`advanced`), broadcasting (`broadcast`),
//! memory overlap (`overlap`) and the `order=` argument (`order`).
//!
//! Everything is a pure function on plain slices: nothing here touches memory.
//! `dims` and `strides` always come in pairs of equal length (one stride per
//! axis). Strides and offsets count elements (itemsize 1), exactly as
//! NumPy's own reference computations do, except in `overlap`, whose caller chooses the unit (bytes
//! with a real itemsize, or elements with itemsize 1). Arithmetic that could
//! overflow is checked and reported; nothing wraps or panics.
//!
//! Two helpers that are not NumPy's live here too, because several features
//! share them: a stable sort for the few axes of one shape (`short_sort`)
//! and the tile geometry of loops whose reads cross their writes (`tile`).

// Each item mirrors one NumPy rule and is exercised by the unit tests; the
// rest of the crate calls them as it grows. Until every item has a caller
// outside the tests, the test build is where dead code is checked.

pub(crate) mod advanced;
pub(crate) mod broadcast;
pub(crate) mod flags;
pub(crate) mod order;
pub(crate) mod overlap;
pub(crate) mod ravel;
pub(crate) mod reshape;
pub(crate) mod short_sort;
pub(crate) mod slice;
pub(crate) mod tile;

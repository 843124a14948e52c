//! The copy audit: every run-time copy is an event that names the
//! operation, its size, the layouts involved and the caller's line.
//!
//! The return types already say *may copy* (`CowArray`) or *copies* (an
//! owned `Array`). The audit answers what the types cannot: which of those
//! calls really copied in a run, where they were called, and how many
//! bytes they took. It is what makes "this pipeline performs no hidden
//! copies" a unit test.
//!
//! * [`record`] runs a closure and returns its result with a
//!   [`CopyReport`]: every copy, totals, and a table per call site.
//! * [`forbid_copies`] runs a closure and turns any copy inside it into a
//!   [`HiddenCopy`] error that names the first call site.
//! * With the `tracing` feature, every copy is also a `tracing` event
//!   (target `array_core::copy`, level `DEBUG`) with the fields
//!   `operation`, `bytes`, `elements` and `location`.
//!
//! Scopes are per thread (tests running in parallel never see each other's
//! copies) and nest: a copy is reported to every scope open on its thread.
//! Views never report anything: a view is not a copy. With no scope open
//! and no `tracing`, a copy costs one relaxed atomic load more.
//!
//! Locations come from `#[track_caller]` on every public entry point that
//! can copy, so they point at the user's line, not into this crate.
//!
//! ```
//! use array_core::{array, audit, Order};
//! let a = array![[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]];
//! let (flat, report) = audit::record(|| {
//!     let v = a.ravel();          // C data, C order: a view, no event
//!     let f = a.t().ravel();      // F data in C order: a copy
//!     (v.len(), f.len())
//! });
//! assert_eq!(flat, (6, 6));
//! assert_eq!(report.count(), 1);
//! assert_eq!(report.bytes(), 48);
//! assert_eq!(report.events()[0].operation, audit::CopyOp::Ravel);
//! assert_eq!(report.events()[0].location.file(), file!());
//!
//! // The strict mode: any copy is an error naming its line.
//! assert!(audit::forbid_copies(|| a.ravel().len()).is_ok());
//! let e = audit::forbid_copies(|| a.t().ravel_order(Order::C).len()).unwrap_err();
//! assert!(e.to_string().starts_with("hidden copy: ravel of 6 elements (48 bytes, F -> C) at "));
//! ```

use std::cell::RefCell;
use std::fmt;
use std::panic::Location;
use std::sync::atomic::{AtomicUsize, Ordering};

/// What made a copy.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CopyOp {
    /// A reshape whose strides forbid a view (or `CopyPolicy::Always`).
    Reshape,
    /// A `ravel` whose strides forbid a view.
    Ravel,
    /// `flatten`: always a copy.
    Flatten,
    /// `to_owned`, `to_owned_order`, `into_owned` of a view.
    ToOwned,
    /// `to_c_contiguous` / `to_f_contiguous` of data not in that order.
    ToContiguous,
    /// `take`.
    Take,
    /// `fancy_index`, and `subscript` with index arrays.
    FancyIndex,
    /// `boolean_mask`.
    BooleanMask,
    /// `slice_move`: the selected elements into a new buffer.
    SliceMove,
    /// An allocating elementwise operation (`&a + &b`, `&a * 2`, ...).
    Arithmetic,
    /// `map`: a new array from a function of each element.
    Map,
    /// A conversion from another library whose buffer was not in C or F
    /// order (see the [`bridge`](crate::bridge) module).
    Convert,
}

impl CopyOp {
    /// The operation's name as users call it.
    ///
    /// ```
    /// assert_eq!(array_core::audit::CopyOp::ToOwned.name(), "to_owned");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            CopyOp::Reshape => "reshape",
            CopyOp::Ravel => "ravel",
            CopyOp::Flatten => "flatten",
            CopyOp::ToOwned => "to_owned",
            CopyOp::ToContiguous => "to_contiguous",
            CopyOp::Take => "take",
            CopyOp::FancyIndex => "fancy_index",
            CopyOp::BooleanMask => "boolean_mask",
            CopyOp::SliceMove => "slice_move",
            CopyOp::Arithmetic => "arithmetic",
            CopyOp::Map => "map",
            CopyOp::Convert => "convert",
        }
    }
}

impl fmt::Display for CopyOp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// One run-time copy.
///
/// ```
/// use array_core::{array, audit};
/// let a = array![[1u8, 2], [3, 4]];
/// let (_, report) = audit::record(|| a.flatten());
/// let e = &report.events()[0];
/// assert_eq!((e.operation, e.elements, e.bytes), (audit::CopyOp::Flatten, 4, 4));
/// assert_eq!((e.source_layout, e.result_layout), ("C", "C"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CopyEvent {
    /// What copied.
    pub operation: CopyOp,
    /// Elements copied (the result's element count).
    pub elements: usize,
    /// Bytes of the new buffer: `elements * size_of::<T>()`.
    pub bytes: usize,
    /// The source's layout type (`"C"`, `"F"` or `"Strided"`).
    pub source_layout: &'static str,
    /// The result's layout type.
    pub result_layout: &'static str,
    /// The caller's line.
    pub location: &'static Location<'static>,
}

impl fmt::Display for CopyEvent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} of {} elements ({} bytes, {} -> {}) at {}",
            self.operation,
            self.elements,
            self.bytes,
            self.source_layout,
            self.result_layout,
            self.location
        )
    }
}

/// The copies of one [`record`] scope.
///
/// ```
/// use array_core::{array, audit};
/// let a = array![[1i32, 2], [3, 4]];
/// let (_, report) = audit::record(|| {
///     for _ in 0..3 {
///         let _ = a.t().to_owned();
///     }
/// });
/// assert_eq!((report.count(), report.bytes()), (3, 48));
/// let sites = report.by_site();
/// assert_eq!(sites.len(), 1);
/// assert_eq!(sites[0].count, 3);
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CopyReport {
    events: Vec<CopyEvent>,
}

/// The copies made at one call site, in a [`CopyReport::by_site`] table.
///
/// ```
/// use array_core::{array, audit};
/// let a = array![1.0f64, 2.0];
/// let (_, r) = audit::record(|| a.map(|x| x * 2.0));
/// let site = &r.by_site()[0];
/// assert_eq!((site.operation, site.count, site.bytes), (audit::CopyOp::Map, 1, 16));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SiteSummary {
    /// The call site.
    pub location: &'static Location<'static>,
    /// The operation called there.
    pub operation: CopyOp,
    /// How many copies it made.
    pub count: usize,
    /// Their bytes in all.
    pub bytes: usize,
}

impl CopyReport {
    /// Every copy, in the order they happened.
    ///
    /// ```
    /// use array_core::audit;
    /// let (_, r) = audit::record(|| ());
    /// assert!(r.events().is_empty());
    /// ```
    pub fn events(&self) -> &[CopyEvent] {
        &self.events
    }

    /// How many copies were made.
    ///
    /// ```
    /// use array_core::{array, audit};
    /// let a = array![1, 2];
    /// assert_eq!(audit::record(|| a.flatten()).1.count(), 1);
    /// ```
    pub fn count(&self) -> usize {
        self.events.len()
    }

    /// The bytes all copies allocated.
    ///
    /// ```
    /// use array_core::{array, audit};
    /// let a = array![1u16, 2, 3];
    /// assert_eq!(audit::record(|| a.flatten()).1.bytes(), 6);
    /// ```
    pub fn bytes(&self) -> usize {
        self.events.iter().map(|e| e.bytes).sum()
    }

    /// One row per call site and operation, most bytes first (ties in
    /// file and line order).
    ///
    /// ```
    /// use array_core::{array, audit};
    /// let a = array![[1, 2], [3, 4]];
    /// let (_, r) = audit::record(|| {
    ///     let _ = a.flatten();
    ///     let _ = a.t().flatten();
    /// });
    /// assert_eq!(r.by_site().len(), 2);
    /// ```
    pub fn by_site(&self) -> Vec<SiteSummary> {
        let mut rows: Vec<SiteSummary> = Vec::new();
        for e in &self.events {
            match rows
                .iter_mut()
                .find(|r| r.location == e.location && r.operation == e.operation)
            {
                Some(r) => {
                    r.count += 1;
                    r.bytes += e.bytes;
                }
                None => rows.push(SiteSummary {
                    location: e.location,
                    operation: e.operation,
                    count: 1,
                    bytes: e.bytes,
                }),
            }
        }
        // One row per call site that copied: as many as the program has
        // such sites, not as many as it made copies.
        crate::rules::short_sort::sort_by_key(&mut rows, |row| {
            let at = row.location;
            (
                std::cmp::Reverse(row.bytes),
                at.file(),
                at.line(),
                at.column(),
            )
        });
        rows
    }
}

impl fmt::Display for CopyReport {
    /// A summary line, then one line per call site.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "{} copies, {} bytes", self.count(), self.bytes())?;
        for site in self.by_site() {
            writeln!(
                f,
                "  {}: {} x{} ({} bytes)",
                site.location, site.operation, site.count, site.bytes
            )?;
        }
        Ok(())
    }
}

/// A copy made inside [`forbid_copies`].
///
/// ```
/// use array_core::{array, audit};
/// let a = array![[1, 2], [3, 4]];
/// let e = audit::forbid_copies(|| a.flatten()).unwrap_err();
/// assert_eq!(e.first.operation, audit::CopyOp::Flatten);
/// assert_eq!(e.count, 1);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HiddenCopy {
    /// The first copy made.
    pub first: CopyEvent,
    /// How many copies were made in all.
    pub count: usize,
    /// Their bytes in all.
    pub bytes: usize,
}

impl fmt::Display for HiddenCopy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "hidden copy: {}", self.first)?;
        if self.count > 1 {
            write!(
                f,
                " (and {} more, {} bytes in all)",
                self.count - 1,
                self.bytes
            )?;
        }
        Ok(())
    }
}

impl std::error::Error for HiddenCopy {}

/// Scopes open on all threads: when 0, a copy does not look at its own
/// thread's scopes at all.
static OPEN_SCOPES: AtomicUsize = AtomicUsize::new(0);

thread_local! {
    /// This thread's open scopes, innermost last, each with its events.
    static SCOPES: RefCell<Vec<Vec<CopyEvent>>> = const { RefCell::new(Vec::new()) };
}

/// Closes a scope even when the closure panics.
struct ScopeGuard;

impl ScopeGuard {
    fn open() -> Self {
        // Room for the first events up front, so that a measured step inside
        // a scope sees only its own allocations.
        SCOPES.with(|s| s.borrow_mut().push(Vec::with_capacity(32)));
        OPEN_SCOPES.fetch_add(1, Ordering::Relaxed);
        ScopeGuard
    }

    fn close(self) -> Vec<CopyEvent> {
        let events = SCOPES.with(|s| s.borrow_mut().pop()).unwrap_or_default();
        OPEN_SCOPES.fetch_sub(1, Ordering::Relaxed);
        std::mem::forget(self);
        events
    }
}

impl Drop for ScopeGuard {
    fn drop(&mut self) {
        SCOPES.with(|s| s.borrow_mut().pop());
        OPEN_SCOPES.fetch_sub(1, Ordering::Relaxed);
    }
}

/// Runs `f` and reports every copy it made on this thread.
///
/// ```
/// use array_core::{array, audit};
/// let a = array![[1, 2, 3], [4, 5, 6]];
/// let (sum, report) = audit::record(|| (&a + &a).sum());
/// assert_eq!(sum, 42);
/// assert_eq!(report.count(), 1); // the sum's operand `&a + &a` allocated
/// ```
pub fn record<R>(f: impl FnOnce() -> R) -> (R, CopyReport) {
    let guard = ScopeGuard::open();
    let out = f();
    let events = guard.close();
    (out, CopyReport { events })
}

/// Runs `f` and fails if it made any copy on this thread, naming the
/// first one's call site. `f`'s result is dropped in that case.
///
/// ```
/// use array_core::{array, audit, s};
/// let a = array![[1, 2, 3], [4, 5, 6]];
/// // Slices, transposes and C reshapes are views: no copy.
/// let total = audit::forbid_copies(|| a.slice(s![.., 1..]).t().iter().sum::<i32>()).unwrap();
/// assert_eq!(total, 16);
/// ```
pub fn forbid_copies<R>(f: impl FnOnce() -> R) -> Result<R, HiddenCopy> {
    let (out, report) = record(f);
    match report.events.first() {
        None => Ok(out),
        Some(first) => Err(HiddenCopy {
            first: first.clone(),
            count: report.count(),
            bytes: report.bytes(),
        }),
    }
}

/// Reports one copy of `elements` elements of `T`, made by `operation`
/// from a `source` layout into a `result` layout, at the caller's line.
#[track_caller]
#[inline]
pub(crate) fn note<T>(
    operation: CopyOp,
    elements: usize,
    source_layout: &'static str,
    result_layout: &'static str,
) {
    #[cfg(not(feature = "tracing"))]
    if OPEN_SCOPES.load(Ordering::Relaxed) == 0 {
        return;
    }
    let event = CopyEvent {
        operation,
        elements,
        bytes: elements.saturating_mul(std::mem::size_of::<T>()),
        source_layout,
        result_layout,
        location: Location::caller(),
    };
    #[cfg(feature = "tracing")]
    tracing::debug!(
        target: "array_core::copy",
        operation = event.operation.name(),
        bytes = event.bytes,
        elements = event.elements,
        location = %event.location,
        "array copy"
    );
    if OPEN_SCOPES.load(Ordering::Relaxed) == 0 {
        return;
    }
    SCOPES.with(|s| {
        for scope in s.borrow_mut().iter_mut() {
            scope.push(event.clone());
        }
    });
}

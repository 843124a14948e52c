//! Guarding an ETL pipeline against hidden copies.
//!
//! NumPy's advice for memory-efficient pipelines is to "verify the
//! operation's memory impact and log unexpected copies": call
//! `np.shares_memory` after each `ravel` and warn when it copied. Here the
//! return types already say which calls may copy; the copy audit says
//! which ones did, where, and how big, and a counting allocator confirms
//! every figure by measurement.
//!
//! ```text
//! cargo run --release --example etl_guard              # 100 M f64 (800 MB per copy)
//! cargo run --release --example etl_guard -- --small   # 1 M f64
//! ```

use array_core::audit::{self, CopyReport};
use array_core::{Array, Dyn, s, shares_memory};
use stats_alloc::{INSTRUMENTED_SYSTEM, Region, StatsAlloc};
use std::alloc::System;

#[global_allocator]
static GLOBAL: &StatsAlloc<System> = &INSTRUMENTED_SYSTEM;

/// Columns per sensor record.
const COLS: usize = 1000;

fn main() {
    let n: usize = if std::env::args().any(|a| a == "--small") {
        1_000_000
    } else {
        100_000_000
    };
    let rows = n / COLS;
    println!(
        "ETL pipeline over {n} f64 ({} MB), as {rows} records of {COLS}",
        n * 8 / 1_000_000
    );

    // The raw readings, allocated before anything is measured.
    let raw = Array::<f64, (Dyn,)>::from_fn((Dyn(n),), |[i]| (i % 997) as f64);

    // First without any audit scope, so that the allocator sees the
    // library's allocations alone: each view 0 bytes, each copy exactly
    // one buffer of its elements.
    let mut steps = Vec::new();
    let total = pipeline(&raw, rows, &mut steps);
    for (name, bytes, allocations) in &steps {
        println!("  {name:<44} allocated {bytes:>12} bytes in {allocations} allocation(s)");
    }
    let one_buffer = |elements: usize| (elements * size_of::<f64>(), 1);
    let expected = [
        (0, 0),                      // reshape: a view
        (0, 0),                      // ravel of C data: a view
        (0, 0),                      // slice: a view
        (0, 0),                      // transpose: a view
        one_buffer(rows * COLS / 2), // ravel of strided data: one buffer
        one_buffer(n),               // flatten: one buffer of n f64
    ];
    let measured: Vec<(usize, usize)> = steps.iter().map(|&(_, b, a)| (b, a)).collect();
    assert_eq!(measured, expected, "bytes and allocations per step");
    println!("checksum {total}");

    // Again under the copy audit, which names each copy and its call site.
    let (_, report) = audit::record(|| pipeline(&raw, rows, &mut Vec::new()));
    print_report(&report);
    assert_eq!(report.count(), 2);
    assert_eq!(report.bytes(), (rows * COLS / 2 + n) * size_of::<f64>());

    // The same pipeline under the strict mode: the one deliberate copy
    // (`flatten`) and the ravel of strided data are reported as errors
    // naming their line, which is how a test pins "no hidden copies".
    match audit::forbid_copies(|| pipeline(&raw, rows, &mut Vec::new())) {
        Ok(_) => println!("strict mode: no copies"),
        Err(e) => println!("strict mode: {e}"),
    }
}

/// One line of the measurement: the step, the bytes it allocated and the
/// number of allocations.
type Measured = (&'static str, usize, usize);

/// One pipeline step: runs `f` and notes what it allocated.
fn step<R>(log: &mut Vec<Measured>, name: &'static str, f: impl FnOnce() -> R) -> R {
    let region = Region::new(GLOBAL);
    let out = f();
    let change = region.change();
    log.push((name, change.bytes_allocated, change.allocations));
    out
}

fn pipeline(raw: &Array<f64, (Dyn,)>, rows: usize, log: &mut Vec<Measured>) -> f64 {
    // Records of COLS readings: a C-order reshape of C data, a view.
    let table = step(log, "reshape to (rows, 1000)   [view]", || {
        raw.view()
            .try_reshape::<(Dyn, Dyn)>(&[rows as isize, COLS as isize])
            .expect("n is a multiple of 1000")
    });
    // Back to one axis: ravel of contiguous data is a view, 0 bytes.
    let flat = step(log, "ravel of the table        [view]", || table.ravel());
    assert!(shares_memory(&flat, raw).expect("small problem"));
    // The first half of every record: a strided view, still 0 bytes.
    let window = step(log, "slice [:, :500]           [view]", || {
        table.slice(s![.., ..500])
    });
    // Columns as rows: a transpose is a view with the layout swapped.
    let by_column = step(log, "transpose of the window   [view]", || window.t());
    // Raveling strided data in C order has to copy (NumPy's ravel rule).
    let column_major = step(log, "ravel of the transpose    [copy]", || {
        by_column.ravel()
    });
    assert!(column_major.is_copy());
    // flatten always copies: one buffer of n f64.
    let owned = step(log, "flatten of the table      [copy]", || table.flatten());
    column_major.view().sum() + owned.view().sum()
}

fn print_report(report: &CopyReport) {
    println!("copies made, by call site:");
    for e in report.events() {
        println!("  {e}");
    }
    println!(
        "summary: {} copies, {} bytes ({} MB)",
        report.count(),
        report.bytes(),
        report.bytes() / 1_000_000
    );
}

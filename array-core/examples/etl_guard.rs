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

    let (total, report) = audit::record(|| pipeline(&raw, rows));
    println!("checksum {total}");
    print_report(&report);

    // The same pipeline under the strict mode: the one deliberate copy
    // (`flatten`) and the ravel of strided data are reported as errors
    // naming their line, which is how a test pins "no hidden copies".
    match audit::forbid_copies(|| pipeline(&raw, rows)) {
        Ok(_) => println!("strict mode: no copies"),
        Err(e) => println!("strict mode: {e}"),
    }
}

/// One pipeline step: runs `f`, measures what it allocated, prints a line.
fn step<R>(name: &str, f: impl FnOnce() -> R) -> R {
    let region = Region::new(GLOBAL);
    let out = f();
    let change = region.change();
    println!(
        "  {name:<44} allocated {:>12} bytes in {} allocation(s)",
        change.bytes_allocated, change.allocations
    );
    out
}

fn pipeline(raw: &Array<f64, (Dyn,)>, rows: usize) -> f64 {
    // Records of COLS readings: a C-order reshape of C data, a view.
    let table = step("reshape to (rows, 1000)   [view]", || {
        raw.view()
            .try_reshape::<(Dyn, Dyn)>(&[rows as isize, COLS as isize])
            .expect("n is a multiple of 1000")
    });
    // Back to one axis: ravel of contiguous data is a view, 0 bytes.
    let flat = step("ravel of the table        [view]", || table.ravel());
    assert!(shares_memory(&flat, raw).expect("small problem"));
    // The first half of every record: a strided view, still 0 bytes.
    let window = step("slice [:, :500]           [view]", || {
        table.slice(s![.., ..500])
    });
    // Columns as rows: a transpose is a view with the layout swapped.
    let by_column = step("transpose of the window   [view]", || window.t());
    // Raveling strided data in C order has to copy (NumPy's ravel rule).
    let column_major = step("ravel of the transpose    [copy]", || by_column.ravel());
    assert!(column_major.is_copy());
    // flatten always copies: one buffer of n f64.
    let owned = step("flatten of the table      [copy]", || table.flatten());
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

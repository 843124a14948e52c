//! The copy audit: one event per run-time copy, with the caller's line;
//! none for views; scopes per thread; the strict mode; `tracing` events.
//!
//! Which calls copy is derived from the layout rules (a C-order ravel of C
//! data is a view, of F data a copy, ...), and the expected sizes are the
//! element counts times `size_of`, written out.

use array_core::audit::{self, CopyOp};
use array_core::{
    Array, CopyPolicy, DynRank, IndexItem, Indexed, Order, Strided, View, array, s, shape,
};

/// The line of the statement after the one that calls this.
macro_rules! next_line {
    () => {
        line!() + 1
    };
}

#[test]
fn every_copying_operation_reports_one_event_at_the_callers_line() {
    let a = Array::<f64, shape![2, 3]>::from_fn_static(|[i, j]| (3 * i + j) as f64);
    let t = a.t(); // F data
    let buf: Vec<f64> = (0..12).map(f64::from).collect();
    let strided = View::<f64, DynRank, Strided>::from_parts(&buf, [6], [2], 0).unwrap();
    type Case<'x> = (CopyOp, usize, Box<dyn Fn() + 'x>);
    let first_line = line!();
    let cases: Vec<Case<'_>> = vec![
        (CopyOp::Ravel, 6, Box::new(|| drop(t.ravel()))),
        (CopyOp::Flatten, 6, Box::new(|| drop(a.flatten()))),
        (
            CopyOp::Reshape,
            6,
            Box::new(|| drop(t.reshape::<shape![6]>())),
        ),
        (
            CopyOp::Reshape,
            6,
            Box::new(|| {
                drop(
                    a.view()
                        .reshape_with::<DynRank>(&[6], Order::C, CopyPolicy::Always),
                )
            }),
        ),
        (CopyOp::ToOwned, 6, Box::new(|| drop(t.to_owned()))),
        (
            CopyOp::ToOwned,
            6,
            Box::new(|| drop(a.view().to_owned_order(Order::F))),
        ),
        (
            CopyOp::ToContiguous,
            6,
            Box::new(|| drop(t.to_c_contiguous())),
        ),
        (
            CopyOp::ToContiguous,
            6,
            Box::new(|| drop(strided.clone().to_c_contiguous())),
        ),
        (
            CopyOp::Take,
            4,
            Box::new(|| drop(a.take(1, &[0, 2]).unwrap())),
        ),
        (
            CopyOp::FancyIndex,
            3,
            Box::new(|| drop(a.fancy_index(&[(&[1]).into()]).unwrap())),
        ),
        (
            CopyOp::BooleanMask,
            3,
            Box::new(|| drop(a.boolean_mask(a.map(|&x| x > 2.0).view()).unwrap())),
        ),
        (CopyOp::Arithmetic, 6, Box::new(|| drop(&a + &a))),
        (CopyOp::Arithmetic, 6, Box::new(|| drop(&a * 2.0))),
        (CopyOp::Map, 6, Box::new(|| drop(t.map(|x| x + 1.0)))),
        (
            CopyOp::SliceMove,
            2, // column 1 of 2 rows, gathered from strided positions
            Box::new(|| drop(a.clone().slice_move(s![.., 1]))),
        ),
    ];
    let last_line = line!();
    for (op, elements, call) in cases {
        let ((), report) = audit::record(&call);
        // `boolean_mask` builds its mask with `map` first: count only `op`.
        let events: Vec<_> = report
            .events()
            .iter()
            .filter(|e| e.operation == op)
            .collect();
        assert_eq!(events.len(), 1, "{op}: {:?}", report.events());
        let e = events[0];
        assert_eq!(e.elements, elements, "{op}");
        assert_eq!(e.bytes, elements * 8, "{op}");
        assert_eq!(e.location.file(), file!(), "{op}");
        // The closure's own line, inside the table above.
        assert!(
            (first_line..last_line).contains(&e.location.line()),
            "{op}: {}",
            e.location
        );
    }
}

#[test]
fn views_report_nothing() {
    let a = array![[1, 2, 3], [4, 5, 6]];
    let buf: Vec<i32> = (0..12).collect();
    let strided = View::<i32, DynRank, Strided>::from_parts(&buf, [6], [2], 0).unwrap();
    let n = audit::forbid_copies(|| {
        let mut n = a.ravel().len();
        n += a.reshape::<shape![3, 2]>().len();
        n += a.t().ravel_f().len();
        n += a.t().to_f_contiguous().len();
        n += a.slice(s![.., ..;2]).len();
        n += strided
            .clone()
            .reshape_with::<DynRank>(&[2, 3], Order::C, CopyPolicy::IfNeeded)
            .unwrap()
            .len();
        n += match a.view().subscript(&[IndexItem::full(), 1.into()]).unwrap() {
            Indexed::View(v) => v.len(),
            _ => 0,
        };
        n += a.view().broadcast_to::<DynRank>([4, 2, 3]).unwrap().len();
        n += a.rows().count();
        n
    })
    .unwrap();
    assert_eq!(n, 6 + 6 + 6 + 6 + 4 + 6 + 2 + 24 + 2);
}

#[test]
fn may_copy_calls_report_only_when_they_copy() {
    let buf: Vec<i64> = (0..24).collect();
    let evens = View::<i64, DynRank, Strided>::from_parts(&buf, [12], [2], 0).unwrap();
    // reshape(-1) keeps the stride (a view); NumPy's ravel rule copies.
    let ((), r) = audit::record(|| {
        let view = evens
            .clone()
            .reshape_with::<DynRank>(&[-1], Order::C, CopyPolicy::IfNeeded)
            .unwrap();
        assert!(view.is_view());
        assert!(evens.clone().ravel().is_copy());
    });
    assert_eq!(r.count(), 1);
    assert_eq!(r.events()[0].operation, CopyOp::Ravel);
    assert_eq!(
        (r.events()[0].source_layout, r.events()[0].result_layout),
        ("Strided", "C")
    );
}

#[test]
fn reports_total_and_group_by_site() {
    let a = array![[1u32, 2], [3, 4]];
    let ((), r) = audit::record(|| {
        for _ in 0..3 {
            drop(a.t().to_owned());
        }
        drop(a.flatten());
    });
    assert_eq!((r.count(), r.bytes()), (4, 4 * 16));
    let sites = r.by_site();
    assert_eq!(sites.len(), 2);
    assert_eq!(
        (sites[0].operation, sites[0].count, sites[0].bytes),
        (CopyOp::ToOwned, 3, 48)
    );
    assert_eq!(
        (sites[1].operation, sites[1].count, sites[1].bytes),
        (CopyOp::Flatten, 1, 16)
    );
    let text = r.to_string();
    assert!(text.starts_with("4 copies, 64 bytes\n"), "{text}");
    assert!(text.contains(": to_owned x3 (48 bytes)"), "{text}");
}

#[test]
fn the_strict_mode_names_the_first_copy() {
    let a = array![[1.0f32, 2.0], [3.0, 4.0]];
    let line = next_line!();
    let e = audit::forbid_copies(|| (a.t().ravel().len(), a.flatten().len())).unwrap_err();
    assert_eq!(e.first.operation, CopyOp::Ravel);
    assert_eq!(e.first.location.line(), line);
    assert_eq!((e.count, e.bytes), (2, 32));
    let text = e.to_string();
    assert!(
        text.starts_with("hidden copy: ravel of 4 elements (16 bytes, F -> C) at "),
        "{text}"
    );
    assert!(text.ends_with("(and 1 more, 32 bytes in all)"), "{text}");
}

#[test]
fn scopes_nest_and_close_on_panic() {
    let a = array![1u8, 2, 3];
    let (((), inner), outer) = audit::record(|| {
        drop(a.flatten());
        audit::record(|| drop(a.flatten()))
    });
    assert_eq!((inner.count(), outer.count()), (1, 2));
    // A panicking closure still closes its scope.
    let caught = std::panic::catch_unwind(|| audit::record(|| panic!("boom")));
    assert!(caught.is_err());
    let ((), after) = audit::record(|| drop(a.flatten()));
    assert_eq!(after.count(), 1);
    // With every scope closed, copies are not recorded anywhere.
    drop(a.flatten());
}

#[test]
fn scopes_are_per_thread() {
    let a = Array::<i64, shape![100]>::from_fn_static(|[i]| i as i64);
    let barrier = std::sync::Barrier::new(2);
    let (mine, theirs) = std::thread::scope(|s| {
        let other = s.spawn(|| {
            audit::record(|| {
                barrier.wait();
                for _ in 0..10 {
                    drop(a.flatten());
                }
                barrier.wait();
            })
            .1
        });
        let mine = audit::record(|| {
            barrier.wait();
            drop(a.t().to_owned());
            barrier.wait();
        })
        .1;
        (mine, other.join().unwrap())
    });
    assert_eq!(mine.count(), 1);
    assert_eq!(theirs.count(), 10);
    assert!(
        theirs
            .events()
            .iter()
            .all(|e| e.operation == CopyOp::Flatten)
    );
}

#[cfg(feature = "tracing")]
mod tracing_events {
    use super::*;
    use std::sync::{Arc, Mutex};
    use tracing::field::{Field, Visit};
    use tracing::span::{Attributes, Id, Record};
    use tracing::{Event, Metadata, Subscriber};

    /// One event's fields, as (name, value) text.
    type FieldList = Vec<(String, String)>;

    /// Keeps every event's fields as text.
    #[derive(Clone, Default)]
    struct Capture(Arc<Mutex<Vec<FieldList>>>);

    struct Fields(Vec<(String, String)>);

    impl Visit for Fields {
        fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
            self.0
                .push((field.name().to_string(), format!("{value:?}")));
        }
        fn record_str(&mut self, field: &Field, value: &str) {
            self.0.push((field.name().to_string(), value.to_string()));
        }
        fn record_u64(&mut self, field: &Field, value: u64) {
            self.0.push((field.name().to_string(), value.to_string()));
        }
    }

    impl Subscriber for Capture {
        fn enabled(&self, _: &Metadata<'_>) -> bool {
            true
        }
        fn new_span(&self, _: &Attributes<'_>) -> Id {
            Id::from_u64(1)
        }
        fn record(&self, _: &Id, _: &Record<'_>) {}
        fn record_follows_from(&self, _: &Id, _: &Id) {}
        fn event(&self, event: &Event<'_>) {
            if event.metadata().target() != "array_core::copy" {
                return;
            }
            let mut fields = Fields(Vec::new());
            event.record(&mut fields);
            self.0.lock().unwrap().push(fields.0);
        }
        fn enter(&self, _: &Id) {}
        fn exit(&self, _: &Id) {}
    }

    #[test]
    fn each_copy_is_a_tracing_event_with_its_fields() {
        let capture = Capture::default();
        let a = array![[1i16, 2, 3], [4, 5, 6]];
        let line = next_line!();
        tracing::subscriber::with_default(capture.clone(), || drop(a.t().ravel()));
        // Views emit nothing.
        tracing::subscriber::with_default(capture.clone(), || a.ravel().len());
        let events = capture.0.lock().unwrap().clone();
        assert_eq!(events.len(), 1);
        let get = |name: &str| {
            events[0]
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.clone())
                .unwrap()
        };
        assert_eq!(get("operation"), "ravel");
        assert_eq!(get("bytes"), "12");
        assert_eq!(get("elements"), "6");
        assert!(get("location").starts_with(&format!("{}:{line}:", file!())));
    }
}

//! Threads: read-only views are shared across threads, the disjoint
//! mutable views of `split_at` and `axis_iter` are written in parallel.
//! Sending a view of a `!Sync` element type does not compile (the ui
//! suite pins that: `ui/threads/view-of-non-sync-sent-to-thread.rs`).
//!
//! Expected values are sums and fills computed by plain loops.

use array_core::{Array, DynRank, shape};

#[test]
fn a_view_is_read_from_many_threads() {
    let a = Array::<u64, shape![8, 1000]>::from_fn_static(|[i, j]| (1000 * i + j) as u64);
    let v = a.view();
    let total: u64 = std::thread::scope(|s| {
        let handles: Vec<_> = (0..4)
            .map(|t| {
                s.spawn(move || {
                    (2 * t..2 * t + 2)
                        .map(|row| v.index_axis(0, row).unwrap().sum())
                        .sum::<u64>()
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).sum()
    });
    assert_eq!(total, (0..8000).sum::<u64>());
}

#[test]
fn split_halves_are_written_in_parallel() {
    let mut a = Array::<i64, DynRank>::zeros(DynRank::new(&[64, 64]));
    let (top, bottom) = a.view_mut().split_at(0, 32).unwrap();
    std::thread::scope(|s| {
        s.spawn(move || {
            let mut top = top;
            top.map_inplace(|x| *x = 1);
        });
        s.spawn(move || {
            let mut bottom = bottom;
            bottom.map_inplace(|x| *x = 2);
        });
    });
    assert_eq!(a.sum(), 32 * 64 + 2 * 32 * 64);
    assert_eq!(a[[31, 63]], 1);
    assert_eq!(a[[32, 0]], 2);
}

#[test]
fn column_views_are_filled_on_their_own_threads() {
    let mut a = Array::<u32, shape![16, 8]>::zeros_static();
    let columns: Vec<_> = a.axis_iter_mut(1).unwrap().collect();
    std::thread::scope(|s| {
        for (k, mut col) in columns.into_iter().enumerate() {
            s.spawn(move || col.fill(k as u32));
        }
    });
    for i in 0..16 {
        for j in 0..8 {
            assert_eq!(a[[i, j]], j as u32);
        }
    }
}

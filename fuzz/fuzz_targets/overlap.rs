//! `shares_memory` (exact) and `may_share_memory` (extents) against brute
//! force: the two views' element addresses, enumerated and intersected.

#![no_main]

#[path = "common.rs"]
mod common;

use array_core::{DynRank, Strided, View, may_share_memory, shares_memory};
use common::{Bytes, addresses, small_layout};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut b = Bytes(data);
    let len = 1 + b.below(48);
    let buf: Vec<u64> = (0..len as u64).collect();
    let (Some(x), Some(y)) = (small_layout(&mut b, len), small_layout(&mut b, len)) else {
        return;
    };
    let view = |(d, s, o): &(Vec<usize>, Vec<isize>, usize)| {
        View::<u64, DynRank, Strided>::from_parts(&buf, d, s, *o).unwrap()
    };
    let (a, c) = (view(&x), view(&y));
    let ax = addresses(&x.0, &x.1, x.2, 4096).unwrap();
    let cx = addresses(&y.0, &y.1, y.2, 4096).unwrap();
    let exact = ax.iter().any(|p| cx.contains(p));
    assert_eq!(shares_memory(&a, &c).unwrap(), exact, "{x:?} {y:?}");
    // Extents: [lowest, highest] of each, intersected; empty views have none.
    let extent = |v: &[i128]| v.iter().min().zip(v.iter().max()).map(|(l, h)| (*l, *h));
    let by_extent = match (extent(&ax), extent(&cx)) {
        (Some((l1, h1)), Some((l2, h2))) => l1 <= h2 && l2 <= h1,
        _ => false,
    };
    assert_eq!(may_share_memory(&a, &c), by_extent, "{x:?} {y:?}");
    assert!(!exact || by_extent);
});

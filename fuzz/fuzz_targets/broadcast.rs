//! Broadcasting against its definition: shapes aligned on the right,
//! missing axes count as 1, a 1 stretches; `broadcast_to` views repeat the
//! source element along stretched axes.

#![no_main]

#[path = "common.rs"]
mod common;

use array_core::{Array, DynRank, broadcast_shapes};
use common::Bytes;
use libfuzzer_sys::fuzz_target;

/// The broadcast of two shapes, by definition.
fn rule(a: &[usize], b: &[usize]) -> Option<Vec<usize>> {
    let n = a.len().max(b.len());
    let at = |s: &[usize], k: usize| {
        if k + s.len() >= n {
            s[k + s.len() - n]
        } else {
            1
        }
    };
    (0..n)
        .map(|k| match (at(a, k), at(b, k)) {
            (x, y) if x == y => Some(x),
            (1, y) => Some(y),
            (x, 1) => Some(x),
            _ => None,
        })
        .collect()
}

fuzz_target!(|data: &[u8]| {
    let mut b = Bytes(data);
    let x: Vec<usize> = (0..b.below(5)).map(|_| b.below(4)).collect();
    let y: Vec<usize> = (0..b.below(5)).map(|_| b.below(4)).collect();
    let want = rule(&x, &y);
    assert_eq!(broadcast_shapes(&x, &y).ok(), want, "{x:?} with {y:?}");
    // broadcast_to: every element of the result is the source element at
    // the index with stretched axes pinned to 0 and leading axes dropped.
    let n: usize = x.iter().product();
    let src = Array::<usize, DynRank>::from_shape_vec(&x, (0..n).collect()).unwrap();
    let out = src.view().broadcast_to::<DynRank>(&y);
    let fits = rule(&x, &y).as_deref() == Some(&y[..]);
    assert_eq!(out.is_ok(), fits, "{x:?} to {y:?}");
    if let Ok(v) = out {
        let lead = y.len() - x.len();
        let mut index = vec![0usize; y.len()];
        for got in v.iter() {
            let mut pos = 0;
            for (k, &d) in x.iter().enumerate() {
                let i = if d == 1 { 0 } else { index[lead + k] };
                pos = pos * d + i;
            }
            assert_eq!(*got, pos);
            for k in (0..y.len()).rev() {
                index[k] += 1;
                if index[k] < y[k] {
                    break;
                }
                index[k] = 0;
            }
        }
    }
});

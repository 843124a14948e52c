//! `View::from_parts` and `ViewMut::from_parts` with arbitrary dims,
//! strides, offsets and buffer lengths: the result is an error exactly when
//! brute force finds an element outside the buffer (or NumPy's "too big"),
//! and a view reads exactly the brute-force elements.

#![no_main]

#[path = "common.rs"]
mod common;

use array_core::{DynRank, Order, Strided, View, ViewMut};
use common::{Bytes, addresses};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut b = Bytes(data);
    let len = b.below(48);
    let rank = b.below(5);
    let dims: Vec<usize> = (0..rank).map(|_| b.dim()).collect();
    let strides: Vec<isize> = (0..rank).map(|_| b.stride()).collect();
    let offset = match b.byte() {
        0..=249 => b.below(64),
        _ => usize::MAX - b.below(4),
    };
    let buf: Vec<u32> = (0..len as u32).collect();

    // NumPy's rule: the product of the non-zero dims must fit (in bytes).
    let nonzero = dims
        .iter()
        .filter(|&&d| d != 0)
        .try_fold(1u128, |acc, &d| acc.checked_mul(d as u128));
    let too_big = nonzero
        .and_then(|n| n.checked_mul(4))
        .is_none_or(|bytes| bytes > isize::MAX as u128);
    let view = View::<u32, DynRank, Strided>::from_parts(&buf, &dims, &strides, offset);
    if too_big {
        assert!(view.is_err(), "too big, accepted: {dims:?}");
        return;
    }
    let Some(addr) = addresses(&dims, &strides, offset, 1 << 16) else {
        // Huge but valid only if zero-size; nothing to enumerate.
        return;
    };
    let inside = if addr.is_empty() {
        offset <= isize::MAX as usize
    } else {
        addr.iter().all(|&a| a >= 0 && a < len as i128)
    };
    match view {
        Ok(v) => {
            assert!(
                inside,
                "accepted a layout reaching outside: {dims:?} {strides:?} {offset}"
            );
            let got: Vec<i128> = v.iter().map(|&x| x as i128).collect();
            assert_eq!(got, addr);
            // Everything that walks a view walks exactly these elements.
            let mut sorted = addr.clone();
            sorted.sort_unstable();
            let mut mem: Vec<i128> = v.iter_memory_order().map(|&x| x as i128).collect();
            mem.sort_unstable();
            assert_eq!(mem, sorted);
            let owned: Vec<i128> = v.to_owned().iter().map(|&x| x as i128).collect();
            assert_eq!(owned, addr);
            let mut k: Vec<i128> = v
                .flatten_order(Order::K)
                .iter()
                .map(|&x| x as i128)
                .collect();
            k.sort_unstable();
            assert_eq!(k, sorted);
            let t: Vec<i128> = v.clone().t().t().iter().map(|&x| x as i128).collect();
            assert_eq!(t, addr);
            assert_eq!(v.clone().to_c_contiguous().to_vec(), v.to_vec());
        }
        Err(_) => assert!(
            !inside,
            "refused a valid layout: {dims:?} {strides:?} {offset}"
        ),
    }

    // A mutable view must also reach every element once.
    let mut buf = buf;
    if let Ok(mut m) =
        ViewMut::<u32, DynRank, Strided>::from_parts(&mut buf, &dims, &strides, offset)
    {
        let mut seen = addr.clone();
        seen.sort_unstable();
        seen.dedup();
        assert_eq!(
            seen.len(),
            addr.len(),
            "a mutable view reaches an element twice"
        );
        m.map_inplace(|x| *x += 1000);
        for &a in &addr {
            assert!(buf[a as usize] >= 1000);
        }
    }
});

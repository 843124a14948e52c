//! `reshape_with` in every order and copy policy against the in-repo port
//! of NumPy's reshape rules (the test suite's model): the same
//! view-or-copy decision, dims and strides, and the same elements.

#![no_main]

#[path = "common.rs"]
mod common;
#[path = "../../tests/tests/model/mod.rs"]
mod model;

use array_core::{CopyPolicy, CowArray, DynRank, Order, ReshapeError, Strided, View};
use common::{Bytes, small_layout};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut b = Bytes(data);
    let len = 1 + b.below(40);
    let buf: Vec<i64> = (0..len as i64).collect();
    let Some((dims, strides, offset)) = small_layout(&mut b, len) else {
        return;
    };
    let target: Vec<isize> = (0..b.below(4)).map(|_| b.small(6)).collect();
    let (order, m_order) = match b.below(4) {
        0 => (Order::C, model::Order::C),
        1 => (Order::F, model::Order::F),
        2 => (Order::A, model::Order::A),
        _ => (Order::K, model::Order::K),
    };
    let policy = match b.below(3) {
        0 => CopyPolicy::IfNeeded,
        1 => CopyPolicy::Never,
        _ => CopyPolicy::Always,
    };
    let v = View::<i64, DynRank, Strided>::from_parts(&buf, &dims, &strides, offset).unwrap();
    let got = v.clone().reshape_with::<DynRank>(&target, order, policy);
    let m_strides: Vec<i64> = strides.iter().map(|&s| s as i64).collect();
    let m_target: Vec<i64> = target.iter().map(|&t| t as i64).collect();
    let want = model::reshape(&dims, &m_strides, &m_target, m_order);
    match (got, want) {
        (Err(ReshapeError::OrderK), Err(model::ReshapeError::OrderK)) => {}
        (Err(ReshapeError::Shape(_)), Err(_)) => {}
        (Err(ReshapeError::NeedsCopy), Ok(w)) => {
            assert!(
                policy == CopyPolicy::Never && !w.view,
                "needless copy refusal"
            );
        }
        (Ok(r), Ok(w)) => {
            let is_view = matches!(r, CowArray::View(_));
            match policy {
                CopyPolicy::Always => assert!(!is_view),
                _ => assert_eq!(
                    is_view, w.view,
                    "view or copy: {dims:?} {strides:?} -> {target:?}"
                ),
            }
            assert_eq!(r.dims(), w.shape);
            if is_view {
                let s: Vec<i64> = r.strides().iter().map(|&s| s as i64).collect();
                assert_eq!(s, w.strides, "view strides");
            }
            // The elements, in the reshape's own order, are the model's.
            let want_values =
                model::copy_values_in_c(&dims, &m_strides, offset as i64, &w.shape, w.order);
            assert_eq!(r.view().to_vec(), want_values);
        }
        (got, want) => panic!("library {got:?}, model {want:?}"),
    }
});

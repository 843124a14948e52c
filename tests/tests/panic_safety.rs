//! Panic safety: an element `Clone` (or a user closure) that panics at any
//! position leaves no element dropped twice and none leaked.
//!
//! Every operation that clones elements or calls user code is run once per
//! possible panic position: the k-th clone (or call) panics, for k = 0, 1,
//! ... until the operation completes. After each run the drop counters
//! must balance: every element ever created was dropped exactly once.
//! `.ci/run` also runs this file under AddressSanitizer.

use array_core::{Array, CopyPolicy, DynRank, Order, Strided, View, Zip, array, shape};
use std::cell::{Cell, RefCell};
use std::collections::HashSet;
use std::panic::{AssertUnwindSafe, catch_unwind};

thread_local! {
    /// Clones (or closure calls) left before the next one panics.
    static FUSE: Cell<Option<usize>> = const { Cell::new(None) };
    static NEXT_ID: Cell<u64> = const { Cell::new(0) };
    static LIVE: RefCell<HashSet<u64>> = RefCell::new(HashSet::new());
    static DOUBLE_DROPS: Cell<usize> = const { Cell::new(0) };
}

/// Burns one unit of the fuse; panics when it runs out.
fn burn() {
    FUSE.with(|f| match f.get() {
        Some(0) => {
            f.set(None);
            panic!("planned panic");
        }
        Some(n) => f.set(Some(n - 1)),
        None => {}
    });
}

/// An element that counts itself: every instance has an id, alive until
/// dropped; dropping an id twice is recorded.
#[derive(Debug, PartialEq)]
struct Tracked {
    id: u64,
    value: i64,
}

impl Tracked {
    fn new(value: i64) -> Self {
        let id = NEXT_ID.with(|n| {
            let id = n.get();
            n.set(id + 1);
            id
        });
        LIVE.with(|l| l.borrow_mut().insert(id));
        Tracked { id, value }
    }
}

impl Clone for Tracked {
    fn clone(&self) -> Self {
        burn();
        Tracked::new(self.value)
    }
}

impl Drop for Tracked {
    fn drop(&mut self) {
        let known = LIVE.with(|l| l.borrow_mut().remove(&self.id));
        if !known {
            DOUBLE_DROPS.with(|d| d.set(d.get() + 1));
        }
    }
}

impl std::ops::Add for Tracked {
    type Output = Tracked;
    fn add(self, rhs: Tracked) -> Tracked {
        Tracked::new(self.value + rhs.value)
    }
}

fn live() -> usize {
    LIVE.with(|l| l.borrow().len())
}

/// Runs `op` with the k-th clone panicking, for every k until `op`
/// finishes, checking after each run that nothing leaked or was dropped
/// twice. `op` builds its inputs itself, so everything it creates must be
/// gone when it returns or unwinds.
fn at_every_position(name: &str, op: impl Fn()) {
    let before = live();
    for k in 0.. {
        FUSE.with(|f| f.set(Some(k)));
        let outcome = catch_unwind(AssertUnwindSafe(&op));
        FUSE.with(|f| f.set(None));
        assert_eq!(
            DOUBLE_DROPS.with(|d| d.get()),
            0,
            "{name}: double drop at k = {k}"
        );
        assert_eq!(
            live(),
            before,
            "{name}: {} leaked at k = {k}",
            live() - before
        );
        if outcome.is_ok() {
            assert!(
                k > 0 || name.ends_with("(no clone)"),
                "{name}: no clone panicked"
            );
            return;
        }
        assert!(k < 10_000, "{name}: never finished");
    }
}

/// A 2x3 C array of tracked values 0..6 (built with the fuse off).
fn c_array() -> Array<Tracked, shape![2, 3]> {
    let fuse = FUSE.with(|f| f.replace(None));
    let a =
        Array::<Tracked, shape![2, 3]>::from_fn_static(|[i, j]| Tracked::new((3 * i + j) as i64));
    FUSE.with(|f| f.set(fuse));
    a
}

/// A 40x40 array, past the 32x32 tile size of the transposing copy.
fn big_array() -> Array<Tracked, DynRank> {
    let fuse = FUSE.with(|f| f.replace(None));
    let a = Array::from_fn(DynRank::new(&[40, 40]), |ix| {
        Tracked::new((40 * ix[0] + ix[1]) as i64)
    });
    FUSE.with(|f| f.set(fuse));
    a
}

#[test]
fn copies() {
    at_every_position("to_owned of C", || drop(c_array().view().to_owned()));
    at_every_position("to_owned of F", || drop(c_array().t().to_owned()));
    at_every_position("to_owned_order K", || {
        drop(c_array().t().to_owned_order(Order::K))
    });
    at_every_position("flatten", || drop(c_array().t().flatten()));
    at_every_position("ravel copy", || drop(c_array().t().ravel().into_owned()));
    at_every_position("reshape copy", || {
        let a = c_array();
        drop(
            a.t()
                .reshape_with::<DynRank>(&[6], Order::C, CopyPolicy::IfNeeded),
        )
    });
    at_every_position("reshape copy=always", || {
        let a = c_array();
        drop(
            a.view()
                .reshape_with::<DynRank>(&[3, 2], Order::C, CopyPolicy::Always),
        )
    });
    at_every_position("to_c_contiguous", || drop(c_array().t().to_c_contiguous()));
    at_every_position("to_f_contiguous", || {
        drop(c_array().view().to_f_contiguous())
    });
    at_every_position("tiled transposing copy", || {
        let a = big_array();
        drop(a.view().permuted_axes(&[1, 0]).unwrap().to_c_contiguous())
    });
    at_every_position("clone of an owned array", || drop(c_array().clone()));
}

#[test]
fn indexing_that_copies() {
    at_every_position("take", || drop(c_array().take(1, &[2, 0, 2])));
    at_every_position("fancy_index", || {
        drop(c_array().fancy_index(&[(&[1, 0]).into()]))
    });
    at_every_position("boolean_mask", || {
        let mask = array![[true, false, true], [false, true, true]];
        drop(c_array().boolean_mask(mask.view()))
    });
    at_every_position("subscript copy", || {
        let a = c_array();
        drop(a.view().subscript(&[(&[1]).into()]))
    });
}

#[test]
fn arithmetic_and_broadcasting() {
    at_every_position("&a + &b", || {
        let (a, b) = (c_array(), c_array());
        drop(&a + &b)
    });
    at_every_position("broadcast &a + &row", || {
        let a = c_array();
        let fuse = FUSE.with(|f| f.replace(None));
        let row = array![Tracked::new(10), Tracked::new(20), Tracked::new(30)];
        FUSE.with(|f| f.set(fuse));
        drop(&a + &row)
    });
    at_every_position("broadcast_to then to_owned", || {
        let fuse = FUSE.with(|f| f.replace(None));
        let row = array![Tracked::new(1), Tracked::new(2)];
        FUSE.with(|f| f.set(fuse));
        drop(
            row.view()
                .broadcast_to::<DynRank>([3, 2])
                .unwrap()
                .to_owned(),
        )
    });
    at_every_position("assign", || {
        let mut a = c_array();
        let b = c_array();
        a.assign(b.t().t());
    });
    at_every_position("fill", || {
        let mut a = c_array();
        let fuse = FUSE.with(|f| f.replace(None));
        let v = Tracked::new(7);
        FUSE.with(|f| f.set(fuse));
        a.fill(v);
    });
}

#[test]
fn user_closures() {
    at_every_position("from_fn", || {
        drop(Array::<Tracked, shape![2, 3]>::from_fn_static(|[i, j]| {
            burn();
            Tracked::new((i + j) as i64)
        }))
    });
    at_every_position("map", || {
        let a = c_array();
        drop(a.map(|x| {
            burn();
            Tracked::new(x.value * 2)
        }))
    });
    at_every_position("map of a strided view", || {
        let a = c_array();
        drop(a.t().map(|x| {
            burn();
            Tracked::new(x.value)
        }))
    });
    at_every_position("map_inplace", || {
        let mut a = c_array();
        a.map_inplace(|x| {
            burn();
            *x = Tracked::new(x.value + 1);
        });
    });
    at_every_position("zip for_each", || {
        let mut out = c_array();
        let b = c_array();
        Zip::from(out.t_mut()).and(b.t()).for_each(|o, x| {
            burn();
            *o = Tracked::new(x.value);
        });
    });
    at_every_position("fold_axis", || {
        let a = c_array();
        drop(a.fold_axis(0, 0i64, |acc, x| {
            burn();
            acc + x.value
        }))
    });
}

#[test]
fn views_never_clone_or_drop_elements() {
    // Views, reshapes of C data, slices, transposes: no clone, no drop.
    let a = c_array();
    let before = live();
    FUSE.with(|f| f.set(Some(0)));
    let v = a.view();
    let _ = v.reshape::<shape![3, 2]>();
    let _ = v.t().t();
    let s = View::<Tracked, DynRank, Strided>::from_parts(a.as_slice(), [3], [2], 0).unwrap();
    assert_eq!(s.len(), 3);
    FUSE.with(|f| f.set(None));
    assert_eq!(live(), before);
}

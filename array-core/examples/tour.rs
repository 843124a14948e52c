//! A tour of the library: which calls are views, which are copies, and what
//! each costs in bytes.
//!
//! ```text
//! cargo run --release --example tour              # 100M-element demonstration
//! cargo run --release --example tour -- --small   # 1M elements, for small machines
//! ```

use array_core::{
    Array, C, CopyPolicy, CowArray, DynRank, F, Order, Shape, Strided, View, arith, array,
    may_share_memory, s, shape, shares_memory,
};
use std::time::Instant;

fn main() {
    let small = std::env::args().any(|a| a == "--small");
    construction_and_static_shapes();
    layouts_and_flags();
    view_or_copy_scenarios();
    slicing_and_indexing();
    ravel_versus_flatten(if small { 1_000_000 } else { 100_000_000 });
    in_place_versus_allocating(if small { 1_000_000 } else { 20_000_000 });
}

fn heading(title: &str) {
    println!("\n== {title} ==");
}

fn construction_and_static_shapes() {
    heading("construction and static shapes");
    // The shape (2, 3) and the C layout are part of the type.
    let a: Array<i32, shape![2, 3], C> = array![[1, 2, 3], [4, 5, 6]];
    println!("array![[1, 2, 3], [4, 5, 6]] =\n{a:?}");
    println!("dims {:?}, strides {:?} (elements)", a.dims(), a.strides());

    // A static reshape is a view: no check at run time, no copy. The wrong
    // element count (say shape![4, 2]) would not compile.
    let r: View<'_, i32, shape![3, 2], C> = a.reshape();
    println!("a.reshape::<shape![3, 2]>() = {r}");
    println!(
        "  same memory as a: {}",
        r.as_ptr() == a.as_slice().as_ptr()
    );

    // A dynamic axis is checked at run time.
    let d = Array::<f64, shape![_, 4]>::from_shape_vec([2, 4], (0..8).map(f64::from).collect())
        .expect("2 x 4 = 8 elements");
    println!("shape![_, 4] with 2 rows: {d}");
    let bad = a.view().try_reshape::<DynRank>(&[5, 3]);
    println!("try_reshape to (5, 3): {}", bad.unwrap_err());

    let z = Array::<f32, DynRank>::zeros(DynRank::new(&[2, 1, 3]));
    println!("zeros((2, 1, 3)) = {z:?}");
    let r = Array::arange(0, 12, 1);
    println!("arange(0, 12, 1) = {r}");
}

fn layouts_and_flags() {
    heading("layouts and flags");
    let a = array![[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]];
    // The transpose of a C array is an F view: the type says so.
    let t: View<'_, f64, shape![3, 2], F> = a.t();
    println!(
        "a.t() is View<_, shape![3, 2], F>, strides {:?}",
        t.strides()
    );
    println!("a.flags():\n{}", a.flags());
    println!("a.t().flags():\n{}", t.flags());

    // A strided view built from raw parts; its run-time flags can still
    // prove contiguity, and promotion carries that proof into the type.
    let buf: Vec<i64> = (0..12).collect();
    let s = View::<i64, DynRank, Strided>::from_parts(&buf, [3, 4], [4, 1], 0).expect("in bounds");
    println!(
        "Strided view with C strides: c_contiguous = {}",
        s.flags().c_contiguous
    );
    let promoted: View<'_, i64, DynRank, C> = s.try_into_c().expect("C-contiguous");
    println!(
        "promoted to View<C>: as_slice has {} elements",
        promoted.as_slice().len()
    );
    let every_other =
        View::<i64, DynRank, Strided>::from_parts(&buf, [6], [2], 0).expect("in bounds");
    println!(
        "every other element: c_contiguous = {}, try_into_c() = {}",
        every_other.flags().c_contiguous,
        match every_other.clone().try_into_c() {
            Ok(_) => "a C view".to_string(),
            Err(e) => format!("Err({e})"),
        }
    );
}

fn describe<S: Shape, L: array_core::Layout>(name: &str, r: &CowArray<'_, i64, S, L>) {
    let bytes = if r.is_view() {
        0
    } else {
        r.view().len() * size_of::<i64>()
    };
    println!(
        "{name:<44} {:<5} {:>6} bytes copied",
        if r.is_view() { "view" } else { "copy" },
        bytes
    );
}

fn view_or_copy_scenarios() {
    heading("view or copy? (NumPy's rules, decided by type where possible)");
    let buf: Vec<i64> = (0..24).collect();
    let a = View::<i64, DynRank, C>::from_slice(&buf, [4, 6]).expect("24 elements");
    let strided = |dims: &[usize], strides: &[isize]| {
        View::<i64, DynRank, Strided>::from_parts(&buf, dims, strides, 0).expect("in bounds")
    };

    describe(
        "C array, reshape (3, 8)",
        &CowArray::View(
            a.clone()
                .try_reshape::<DynRank>(&[3, 8])
                .expect("same size"),
        ),
    );
    describe(
        "C array, ravel in C order",
        &CowArray::View(a.clone().ravel()),
    );
    describe(
        "C array, ravel in F order",
        &a.clone().ravel_order(Order::F),
    );
    describe(
        "transpose (F), ravel in C order",
        &a.clone().t().ravel_order(Order::C),
    );
    describe(
        "transpose (F), ravel in K order",
        &a.clone().t().ravel_order(Order::K),
    );
    // arange(24)[::2]: uniformly strided. reshape(-1) is a view, ravel copies.
    let evens = strided(&[12], &[2]);
    describe(
        "arange(24)[::2], reshape(-1)",
        &evens
            .clone()
            .reshape_with::<DynRank>(&[-1], Order::C, CopyPolicy::IfNeeded)
            .expect("same size"),
    );
    describe(
        "arange(24)[::2], ravel()",
        &evens.clone().ravel_order(Order::C),
    );
    // Columns 0..3 of a 4x6 array: rows do not merge.
    let cols = strided(&[4, 3], &[6, 1]);
    describe(
        "a[:, :3], reshape(12)",
        &cols
            .clone()
            .reshape_with::<DynRank>(&[12], Order::C, CopyPolicy::IfNeeded)
            .expect("same size"),
    );
    let never = cols.reshape_with::<DynRank>(&[12], Order::C, CopyPolicy::Never);
    println!(
        "{:<44} {}",
        "a[:, :3], reshape(12, copy=False)",
        never.unwrap_err()
    );
    describe("ascontiguousarray(a.T)", &a.clone().t().to_c_contiguous());
    // a.T is F by type: asfortranarray returns the same View, no check.
    describe(
        "asfortranarray(a.T) (a View by type)",
        &CowArray::View(a.clone().t().to_f_contiguous()),
    );
    let flat = a.flatten();
    println!(
        "{:<44} {:<5} {:>6} bytes copied",
        "flatten()",
        "copy",
        flat.len() * size_of::<i64>()
    );
}

fn slicing_and_indexing() {
    heading("slicing shares memory, fancy and boolean indexing copy");
    let arr = Array::<i64, shape![4, 3]>::from_fn_static(|[i, j]| (3 * i + j) as i64);
    println!("arr =\n{arr}");

    // arr[1:3]: integer-free leading range on a C array stays C, by type.
    let rows: View<'_, i64, shape![2, 3], C> = arr.slice(s![1..3, ..]);
    println!(
        "arr[1:3]        -> View<shape![2, 3], C>, shares memory: {}",
        shares_memory(&rows, &arr).expect("easy problem")
    );
    // arr[:, ::2]: a step makes it Strided, still a view.
    let cols = arr.slice(s![.., ..;2]);
    println!(
        "arr[:, ::2]     -> View<_, Strided> strides {:?}, shares memory: {}",
        cols.strides(),
        shares_memory(&cols, &arr).expect("easy problem")
    );
    // Disjoint slices of one array: the extents overlap, the elements do not.
    let even = arr.slice(s![.., ..;2]);
    let odd = arr.slice(s![.., 1..;2]);
    println!(
        "arr[:, ::2] vs arr[:, 1::2]: may_share_memory {}, shares_memory {}",
        may_share_memory(&even, &odd),
        shares_memory(&even, &odd).expect("easy problem")
    );
    // arr[[0, 2]]: fancy indexing always copies, by type (an owned Array).
    let picked = arr.view().take(0, &[0, 2]).expect("indices in range");
    println!(
        "arr[[0, 2]]     -> owned Array {:?}, shares memory: {}",
        picked.dims(),
        shares_memory(&picked, &arr).expect("easy problem")
    );
    // arr[arr > 5]: a boolean mask copies the selected elements, in C order.
    let mask = arr.map(|&x| x > 5);
    let big = arr
        .view()
        .boolean_mask(mask.view())
        .expect("mask has arr's shape");
    println!("arr[arr > 5]    -> owned Array {big}");
}

fn in_place_versus_allocating(n: usize) {
    heading(&format!("in place (out=) versus allocating, {n} f64"));
    let a = Array::<f64, DynRank>::from_fn(DynRank::new(&[n]), |ix| ix[0] as f64);
    let b = Array::<f64, DynRank>::from_fn(DynRank::new(&[n]), |ix| 1.0 / (1.0 + ix[0] as f64));
    let mut out = Array::<f64, DynRank>::zeros(DynRank::new(&[n]));
    let rounds = 5;
    let start = Instant::now();
    for _ in 0..rounds {
        arith::add(&a, &b, &mut out).expect("same shapes");
    }
    let in_place = start.elapsed() / rounds;
    let start = Instant::now();
    let mut last = 0.0;
    for _ in 0..rounds {
        let fresh = &a + &b;
        last = fresh[&[n - 1][..]];
    }
    let allocating = start.elapsed() / rounds;
    println!(
        "add(&a, &b, &mut out): {:>8.3} ms per call, 0 bytes allocated",
        in_place.as_secs_f64() * 1e3
    );
    println!(
        "&a + &b:               {:>8.3} ms per call, {} bytes allocated (last element {last})",
        allocating.as_secs_f64() * 1e3,
        n * size_of::<f64>()
    );
    println!("(timings are indicative; see docs/benchmarks.md for measured results)");
}

fn ravel_versus_flatten(n: usize) {
    heading(&format!("ravel versus flatten on {n} elements"));
    let a = Array::<u8, DynRank>::zeros(DynRank::new(&[n / 1000, 1000]));
    let start = Instant::now();
    let r = a.view().ravel();
    let ravel_time = start.elapsed();
    let shares = shares_memory(&r, &a).expect("easy problem");
    println!(
        "ravel():   {:>9.3} ms, 0 bytes copied, shares memory with a: {shares}",
        ravel_time.as_secs_f64() * 1e3
    );
    let start = Instant::now();
    let f = a.flatten();
    let flatten_time = start.elapsed();
    let shares = shares_memory(&f, &a).expect("easy problem");
    println!(
        "flatten(): {:>9.3} ms, {} bytes copied, shares memory with a: {shares}",
        flatten_time.as_secs_f64() * 1e3,
        f.len()
    );
}

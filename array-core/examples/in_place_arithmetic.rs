//! In-place arithmetic: NumPy's `out=` and augmented assignment, and why
//! `np.add(x, y, out=x)` is written `x += &y` here.
//!
//! ```text
//! cargo run --example in_place_arithmetic
//! ```

use array_core::{Array, Zip, arith, array, audit, s, shape};

fn main() {
    let mut x = array![[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]];
    let y = array![[10.0, 20.0, 30.0], [40.0, 50.0, 60.0]];

    // np.add(x, y, out=x), or x += y: the compound operator.
    // `arith::add(&x, &y, &mut x)` does not compile: it borrows `x` for
    // reading and for writing at once.
    x += &y;
    println!("x += y\n{x}");

    // Broadcasting: a (3,) row over (2, 3), a scalar over everything.
    x -= &array![1.0, 2.0, 3.0];
    x *= 0.5;
    println!("x -= [1, 2, 3]; x *= 0.5\n{x}");

    // np.add(x, y, out=z): a separate output, any layout. Nothing is
    // allocated; the output's shape must be the broadcast shape.
    let mut z = Array::<f64, shape![2, 3]>::zeros_static();
    arith::add(&x, &y, &mut z).expect("shapes broadcast to z's");
    println!("np.add(x, y, out=z)\n{z}");
    let mut zt = Array::<f64, shape![3, 2]>::zeros_static();
    arith::mul(&x, &y, zt.t_mut()).expect("z.T has x's shape"); // out=zt.T
    println!("np.multiply(x, y, out=zt.T)\n{zt}");

    // A mismatch is an error from the functions and from `try_*_assign`;
    // the operators panic with the same NumPy message.
    let e = x.try_add_assign(&array![1.0, 2.0]).unwrap_err();
    println!("x += [1, 2]: {e}");
    let mut small = Array::<f64, shape![2, 2]>::zeros_static();
    let e = arith::add(&x, &y, &mut small).unwrap_err();
    println!("np.add(x, y, out=small): {e}");

    // Writing into part of an array: a mutable slice is an output too.
    let mut first_col = x.slice_mut(s![.., 0]);
    first_col += 100.0;
    println!("x[:, 0] += 100\n{x}");

    // x += x.T needs the transpose copied first; NumPy does that silently,
    // here the copy is written out (`x += &x.t()` is a borrow error).
    let mut sq = array![[1, 2], [3, 4]];
    let t = sq.t().to_owned();
    sq += &t;
    println!("sq += sq.T (with an explicit copy)\n{sq}");

    // Any element function: map_inplace for one array, Zip for several.
    x.map_inplace(|v| *v = f64::sqrt(*v));
    println!("np.sqrt(x, out=x)\n{x}");
    let w = array![1.0, 0.0, -1.0];
    Zip::from(&mut z)
        .and(&x)
        .and(&w)
        .for_each(|o, &a, &b| *o = a * b + 1.0);
    println!("z[...] = x * w + 1\n{z}");

    // np.copyto(z, y) and z.fill(0)
    z.assign(&y);
    println!("np.copyto(z, y)\n{z}");
    z.fill(0.0);

    // None of the in-place forms copies: the audit counts zero.
    let ((), report) = audit::record(|| {
        x += &y;
        x *= 2.0;
        arith::sub(&x, &y, &mut z).expect("same shapes");
    });
    println!("copies made by the in-place forms: {}", report.count());
    // `&x + &y` allocates a new C-ordered array: one copy event.
    let (sum, report) = audit::record(|| &x + &y);
    println!(
        "copies made by &x + &y: {} ({} bytes), result dims {:?}",
        report.count(),
        report.bytes(),
        sum.dims()
    );
}

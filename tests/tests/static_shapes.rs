//! Static shapes of any size: reshapes of `Big` dims (longer than 1024),
//! static broadcasting by NumPy's rule (a 1 stretches), and the static
//! dims `s!` keeps (`a..` on a static axis).
//!
//! Expected values follow from the rules: a reshape in the layout's own
//! order is a view of the same buffer (equal pointers) whose element at a
//! multi-index is the buffer's element at the C (or F) offset of that
//! index; a broadcast result has NumPy's shape and `out[i, j] = a[..] op
//! b[..]` with stretched axes read at index 0.

use array_core::{
    Array, Big, BroadcastShape, C, Const, Dim, Dyn, F, Minus, Shape, Strided, View, array,
    broadcast_pair, s, shape,
};

/// The static dims of a shape type, as its `Dim::STATIC`s.
fn static_dims<S: Shape>() -> Vec<Option<usize>> {
    S::STATIC_DIMS.to_vec()
}

#[test]
fn the_issue_snippet_compiles_and_gives_views() {
    let img = Array::<u8, shape![224, 224, 3]>::from_shape_vec(
        [224, 224, 3],
        (0..224 * 224 * 3).map(|i| (i % 251) as u8).collect(),
    )
    .unwrap();
    let px: View<'_, u8, shape![50176, 3], C> = img.reshape();
    assert_eq!(px.as_ptr(), img.as_ptr());
    assert_eq!(px.dims(), [50176, 3]);
    // Pixel p, channel c is row p / 224, column p % 224 of the image.
    for p in [0, 1, 223, 224, 50175] {
        for c in 0..3 {
            assert_eq!(px[[p, c]], img[[p / 224, p % 224, c]]);
        }
    }

    let hd = Array::<u8, shape![1080, 1920]>::zeros_static();
    let flat: View<'_, u8, shape![2073600], C> = hd.reshape();
    assert_eq!(flat.as_ptr(), hd.as_ptr());
    assert_eq!(flat.len(), 1080 * 1920);

    let a = array![[1, 2, 3], [4, 5, 6]];
    let c: Array<i32, shape![2, 3]> = &a + &array![[10, 20, 30]];
    assert_eq!(c.as_slice(), &[11, 22, 33, 14, 25, 36]);
}

#[test]
fn shape_spells_long_dims_big() {
    assert_eq!(
        static_dims::<shape![1024, 1025, _]>(),
        [Some(1024), Some(1025), None]
    );
    let _: shape![1024, 1025] = (Const::<1024>, Big::<1025>);
    let r = array![0u8; 2000];
    let _: &Array<u8, (Big<2000>,)> = &r;
}

#[test]
fn big_reshapes_in_every_form() {
    let data: Vec<u32> = (0..2 * 3000).collect();
    let a = Array::<u32, shape![2, 3000]>::from_shape_vec([2, 3000], data.clone()).unwrap();
    // A view, a mutable view, an owned array: same buffer, C-order values.
    let v: View<'_, u32, shape![3000, 2], C> = a.view().reshape();
    assert_eq!((v.as_ptr(), v[[1500, 1]]), (a.as_ptr(), 3001));
    let mut m = a.clone();
    let ptr = m.as_ptr();
    {
        let mut mv = m.view_mut().reshape::<shape![6000]>();
        mv[[3000]] = 7;
        assert_eq!(mv.as_ptr(), ptr);
    }
    assert_eq!(m[[1, 0]], 7);
    let b = a.clone();
    let b_ptr = b.as_ptr();
    let owned: Array<u32, shape![1500, 4]> = b.into_reshape();
    assert_eq!(owned.as_ptr(), b_ptr, "the buffer is kept, not copied");
    assert_eq!(owned[[1499, 3]], 5999);
    // F order: element (i, j) of the F-ordered (2, 3000) lives at i + 2 j.
    let f = Array::<u32, shape![2, 3000], F>::from_shape_vec([2, 3000], data).unwrap();
    let fv: View<'_, u32, shape![6000], F> = f.reshape_f();
    assert_eq!(fv.as_ptr(), f.as_ptr());
    assert_eq!(fv[[5]], f[[1, 2]]);
    // The F-ordered (3000, 2) result keeps the buffer: (i, j) at i + 3000 j.
    let f2: Array<u32, shape![3000, 2], F> = f.into_reshape_f();
    assert_eq!(f2[[2, 1]], 3002);
}

#[test]
fn static_broadcasts_of_the_issue() {
    // (2, 3) + (1, 3)
    let a = array![[1, 2, 3], [4, 5, 6]];
    let r: Array<i32, shape![2, 3]> = &a + &array![[10, 20, 30]];
    assert_eq!(r.as_slice(), &[11, 22, 33, 14, 25, 36]);
    // (2, 3) + (3,)
    let r: Array<i32, shape![2, 3]> = &a + &array![10, 20, 30];
    assert_eq!(r.as_slice(), &[11, 22, 33, 14, 25, 36]);
    // (2, 1) + (1, 3): both stretch.
    let r: Array<i32, shape![2, 3]> = &array![[1], [2]] + &array![[10, 20, 30]];
    assert_eq!(r.as_slice(), &[11, 21, 31, 12, 22, 32]);
    // (1,) + (4,)
    let r: Array<i32, shape![4]> = &array![100] * &array![1, 2, 3, 4];
    assert_eq!(r.as_slice(), &[100, 200, 300, 400]);
    // (1,) + (0,): a 1 stretches to 0.
    let empty = Array::<i32, shape![0]>::zeros_static();
    let r: Array<i32, shape![0]> = &array![1] + &empty;
    assert_eq!(r.len(), 0);
}

#[test]
fn static_broadcast_result_types_follow_numpy() {
    fn out<A: BroadcastShape<B>, B: Shape>() -> Vec<Option<usize>> {
        static_dims::<A::Output>()
    }
    assert_eq!(out::<shape![2, 1], shape![1, 3]>(), [Some(2), Some(3)]);
    assert_eq!(
        out::<shape![1, 1], shape![5, 1, 3]>(),
        [Some(5), Some(1), Some(3)]
    );
    assert_eq!(out::<shape![2, _], shape![1, 3]>(), [Some(2), None]);
    assert_eq!(out::<shape![1], shape![_]>(), [None]);
    assert_eq!(
        out::<shape![2000, 3], shape![1, 3]>(),
        [Some(2000), Some(3)]
    );
    assert_eq!(
        out::<shape![1, 3], shape![2000, 1]>(),
        [Some(2000), Some(3)]
    );
    assert_eq!(out::<shape![2000], shape![2000]>(), [Some(2000)]);
}

#[test]
fn big_broadcasts_are_static_too() {
    let a = Array::<u16, shape![2000, 2]>::from_shape_vec([2000, 2], (0..4000).collect()).unwrap();
    let r: Array<u16, shape![2000, 2]> = &a + &array![[1, 2]];
    assert_eq!(r[[1999, 1]], 3999 + 2);
    assert_eq!(r[[0, 0]], 1);
}

#[test]
fn every_allocating_binary_operation_and_broadcast_pair_are_static() {
    let col = array![[1.0], [2.0]];
    let row = array![[10.0, 20.0, 30.0]];
    let sum: Array<f64, shape![2, 3]> = &col + &row;
    let diff: Array<f64, shape![2, 3]> = &col - &row;
    let prod: Array<f64, shape![2, 3]> = &col * &row;
    let quot: Array<f64, shape![2, 3]> = &row / &col;
    assert_eq!(sum[[1, 2]], 32.0);
    assert_eq!(diff[[0, 1]], -19.0);
    assert_eq!(prod[[1, 0]], 20.0);
    assert_eq!(quot[[1, 2]], 15.0);
    let tried: Array<f64, shape![2, 3]> = array_core::arith::try_add(&col, &row).unwrap();
    assert_eq!(tried, sum);

    type Stretched<'a> = View<'a, f64, shape![2, 3], Strided>;
    let (c, r): (Stretched<'_>, Stretched<'_>) = broadcast_pair(col.view(), row.view()).unwrap();
    // NumPy's broadcast_arrays: stretched axes have stride 0.
    assert_eq!((c.strides(), r.strides()), ([1, 0], [0, 1]));
    assert_eq!(c.to_vec(), [1.0, 1.0, 1.0, 2.0, 2.0, 2.0]);
}

#[test]
fn dynamic_lengths_are_still_checked_at_run_time() {
    let a = array![[1, 2, 3], [4, 5, 6]];
    let d = Array::<i32, shape![_, 3]>::from_shape_vec([4, 3], vec![0; 12]).unwrap();
    let e = array_core::arith::try_add(&a, &d).unwrap_err();
    assert_eq!(
        e.to_string(),
        "operands could not be broadcast together with shapes (2,3) (4,3)"
    );
    let ok = Array::<i32, shape![_, 3]>::from_shape_vec([1, 3], vec![1; 3]).unwrap();
    let r: Array<i32, shape![_, 3]> = &a + &ok;
    assert_eq!(r.dims(), [2, 3]);
}

#[test]
fn a_literal_start_keeps_a_static_axis_static() {
    let a = array![[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]];
    let v: View<'_, i32, (Minus<Const<3>, 2>, Const<4>), C> = a.slice(s![2.., ..]);
    assert_eq!(<Minus<Const<3>, 2> as Dim>::STATIC, Some(1));
    assert_eq!(v.to_vec(), [9, 10, 11, 12]);
    // The rest of the axis is as static as a Const: a static reshape works.
    let flat: View<'_, i32, shape![4], C> = v.reshape();
    assert_eq!(flat.as_ptr(), v.as_ptr());
    // ... and so does a static broadcast with it.
    let cols: View<'_, i32, (Const<3>, Minus<Const<4>, 1>), Strided> = a.slice(s![.., 1..]);
    let sum: Array<i32, (Const<3>, Minus<Const<4>, 1>)> = cols + &array![100, 200, 300];
    assert_eq!(sum.to_vec()[..3], [102, 203, 304]);
    // On a dynamic axis the result stays dynamic; on a Big one it is static.
    let d = Array::<i32, shape![_]>::from_shape_vec([5], vec![0, 1, 2, 3, 4]).unwrap();
    let dv: View<'_, i32, (Dyn,), C> = d.slice(s![3..]);
    assert_eq!(dv.to_vec(), [3, 4]);
    let big = Array::<u8, shape![3000]>::zeros_static();
    let bv: View<'_, u8, (Minus<Big<3000>, 1000>,), C> = big.slice(s![1000..]);
    assert_eq!(bv.len(), 2000);
    // A literal range on a Big axis is a Const.
    let br: View<'_, u8, shape![24], C> = big.slice(s![1000..1024]);
    assert_eq!(br.len(), 24);
}

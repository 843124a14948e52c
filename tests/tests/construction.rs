//! Building arrays and views: the types `array!` and `shape!` give, static
//! and dynamic dims, the constructors (`zeros`, `ones`, `from_fn`, `arange`,
//! `from_shape_vec` in C and F order), overflow-checked element counts,
//! views over a caller's buffer (`View::from_parts`, `ViewMut::from_parts`)
//! and how they are validated, and the read accessors every kind of array
//! has (`dims`, `ndim`, `len`, `get`, `strides`, `iter`).
//!
//! Everything is exercised through the public API only. Expected values are
//! written out by hand from the logical (row-major) meaning of the arrays
//! and NumPy's rules (relaxed strides on length-1 axes, sizes that must fit
//! in `isize` bytes), never computed by the layout machinery under test.

use array_core::{
    Array, C, Const, Dim, Dyn, DynRank, F, LayoutError, Shape, ShapeError, Strided, View, ViewMut,
    array, shape,
};

#[test]
fn array_literal_has_a_fully_static_type() {
    // Compiles only if `array!` infers exactly this type.
    let a: Array<i32, (Const<2>, Const<3>), C> = array![[1, 2, 3], [4, 5, 6]];
    assert_eq!(<(Const<2>, Const<3>) as Shape>::STATIC_SIZE, Some(6));
    assert_eq!(a.as_slice(), &[1, 2, 3, 4, 5, 6]);
    let deep: Array<u8, shape![1, 1, 1, 1, 1, 2]> = array![[[[[[1, 2]]]]]];
    assert_eq!(deep.dims(), [1, 1, 1, 1, 1, 2]);
    let rep: Array<f64, shape![2, 3]> = array![1.5; 2, 3];
    assert!(rep.iter().all(|&x| x == 1.5));
}

/// `array!` passes its elements to rustc token for token and only finds
/// where each ends: commas inside generic arguments, closure parameters,
/// casts to generic types and forwarded `macro_rules!` fragments stay
/// inside their element.
#[test]
fn array_elements_are_any_expressions() {
    fn pick<A: Into<u64>, B: Into<u64>>(a: A, b: B) -> u64 {
        a.into() * 10 + b.into()
    }
    let add = |a: u64, b: u64| a + b;
    let x = 3u8;
    let a = array![
        [pick::<u8, u16>(1, 2), add(1, 2) + 3],
        [x as u64, add(4, 5)],
        [<u64 as Default>::default(), if x < 4 { 7 } else { 8 }],
    ];
    assert_eq!(a.dims(), [3, 2]);
    assert_eq!(a.as_slice(), &[12, 6, 3, 9, 0, 7]);
    // Closures whose parameter lists hold commas, and a curried one.
    let fs: Array<fn(u8, u8) -> u8, shape![2]> = array![|v, w| v + w, |v, w| v * w];
    assert_eq!((fs[[0]](3, 4), fs[[1]](3, 4)), (7, 12));
    let curried = array![|a: u8| move |b: u8, c: u8| a + b + c];
    assert_eq!(curried[[0]](1)(2, 3), 6);
    macro_rules! forwarded {
        ($($e:expr),*) => { array![$($e),*] };
    }
    assert_eq!(forwarded!(1 + 1, 2 * 3).as_slice(), &[2, 6]);
}

#[test]
fn static_dims_beyond_typenum_range_still_work() {
    let a: Array<u8, shape![5000]> = array![7u8; 5000];
    assert_eq!(a.len(), 5000);
    assert_eq!(<Const<5000> as Dim>::STATIC, Some(5000));
    assert_eq!(a[[4999]], 7);
}

#[test]
fn shape_macro_mixes_static_and_dynamic_axes() {
    let s: shape![2, _, 4] = (Const, Dyn(3), Const);
    assert_eq!(s.dims(), [2, 3, 4]);
    assert_eq!(<shape![2, _, 4] as Shape>::RANK, Some(3));
    assert_eq!(<shape![2, _, 4] as Shape>::STATIC_SIZE, None);
    assert_eq!(<shape![] as Shape>::STATIC_SIZE, Some(1));
}

#[test]
fn element_counts_are_overflow_checked() {
    let e = Array::<u8, (Dyn, Dyn)>::try_full((Dyn(usize::MAX), Dyn(2)), 0).unwrap_err();
    assert!(matches!(e, ShapeError::TooBig { .. }));
    // The byte size must fit in isize even when the count fits in usize.
    let e = Array::<u64, (Dyn,)>::try_full((Dyn(usize::MAX / 4),), 0).unwrap_err();
    assert!(matches!(e, ShapeError::TooBig { .. }));
    assert!(DynRank::try_new(&[1; 64]).is_ok());
    assert_eq!(
        DynRank::try_new(&[1; 65]).unwrap_err(),
        ShapeError::TooManyAxes { found: 65 }
    );
}

#[test]
fn from_shape_vec_in_c_and_f_order() {
    let c = Array::<i32, shape![2, 3], C>::from_shape_vec([2, 3], (0..6).collect()).unwrap();
    let f = Array::<i32, shape![2, 3], F>::from_shape_vec([2, 3], (0..6).collect()).unwrap();
    // The same buffer read in two orders: f[[i, j]] = i + 2 j.
    assert_eq!(c[[1, 0]], 3);
    assert_eq!(f[[1, 0]], 1);
    assert_eq!(f[[0, 2]], 4);
    assert_eq!(c.strides(), [3, 1]);
    assert_eq!(f.strides(), [1, 2]);
    let e = Array::<i32, shape![2, 3]>::from_shape_vec([3, 2], vec![0; 6]).unwrap_err();
    assert_eq!(
        e,
        ShapeError::StaticDimMismatch {
            axis: 0,
            expected: 2,
            found: 3
        }
    );
}

#[test]
fn constructors_fill_as_documented() {
    let z = Array::<f32, DynRank>::zeros(DynRank::new(&[2, 0, 3]));
    assert!(z.is_empty());
    assert_eq!(z.strides(), vec![0, 0, 0]);
    let o = Array::<i8, shape![3]>::ones((Const,));
    assert_eq!(o.as_slice(), &[1, 1, 1]);
    let f = Array::<usize, shape![2, 3], F>::from_fn_static(|[i, j]| 10 * i + j);
    // Filled in F memory order: column by column.
    assert_eq!(f.as_slice(), &[0, 10, 1, 11, 2, 12]);
    assert_eq!(Array::arange(10, 0, -3).as_slice(), &[10, 7, 4, 1]);
    assert_eq!(Array::arange(0.0, 0.9, 0.3).len(), 3);
    assert_eq!(
        Array::<i32, (Dyn,)>::try_arange(0, 3, 0).unwrap_err(),
        ShapeError::ArangeStep
    );
}

#[test]
fn strided_views_are_validated_against_the_buffer() {
    let buf: Vec<i32> = (0..10).collect();
    // Negative stride walking backwards from element 9.
    let v = View::<i32, DynRank, Strided>::from_parts(&buf, [5], [-2], 9).unwrap();
    assert_eq!(v.to_vec(), [9, 7, 5, 3, 1]);
    // One step too far backwards.
    let e = View::<i32, DynRank, Strided>::from_parts(&buf, [6], [-2], 9).unwrap_err();
    assert_eq!(
        e,
        LayoutError::OutOfBounds {
            lowest: -1,
            highest: 9,
            len: 10
        }
    );
    // Zero strides are fine for reading (broadcast-like) ...
    let z = View::<i32, DynRank, Strided>::from_parts(&buf, [3, 2], [0, 1], 4).unwrap();
    assert_eq!(z.to_vec(), [4, 5, 4, 5, 4, 5]);
    // ... but a mutable view must not reach one element twice.
    let mut m = buf.clone();
    assert_eq!(
        ViewMut::<i32, DynRank, Strided>::from_parts(&mut m, [3, 2], [0, 1], 4).unwrap_err(),
        LayoutError::Overlapping
    );
    assert_eq!(
        ViewMut::<i32, DynRank, Strided>::from_parts(&mut m, [3, 2], [1, 2], 0).unwrap_err(),
        LayoutError::Overlapping
    );
    assert!(ViewMut::<i32, DynRank, Strided>::from_parts(&mut m, [2, 3], [1, 2], 0).is_ok());
    // Wrong stride count, and a zero-size view may sit at the end.
    assert!(matches!(
        View::<i32, DynRank, Strided>::from_parts(&buf, [2], [1, 1], 0),
        Err(LayoutError::StrideCount { rank: 1, found: 2 })
    ));
    assert!(View::<i32, DynRank, Strided>::from_parts(&buf, [0], [1], 10).is_ok());
}

#[test]
fn c_and_f_views_need_matching_strides() {
    let buf: Vec<i32> = (0..6).collect();
    assert!(View::<i32, DynRank, C>::from_parts(&buf, [2, 3], [3, 1], 0).is_ok());
    assert!(View::<i32, DynRank, F>::from_parts(&buf, [2, 3], [1, 2], 0).is_ok());
    // Length-1 axes may have any stride (NumPy's relaxed rule).
    assert!(View::<i32, DynRank, C>::from_parts(&buf, [1, 3], [99, 1], 0).is_ok());
    assert_eq!(
        View::<i32, DynRank, C>::from_parts(&buf, [2, 3], [1, 2], 0).unwrap_err(),
        LayoutError::NotLayout {
            layout: "C",
            dims: vec![2, 3],
            strides: vec![1, 2]
        }
    );
}

#[test]
fn every_kind_has_the_read_accessors() {
    let mut a = array![[1, 2, 3], [4, 5, 6]];
    let expect = |dims: [usize; 2], ndim: usize, len: usize| {
        assert_eq!((dims, ndim, len), ([2, 3], 2, 6));
    };
    expect(a.dims(), a.ndim(), a.len());
    let v = a.view();
    expect(v.dims(), v.ndim(), v.len());
    assert_eq!(v.get([1, 2]), Some(&6));
    let b = array![[1, 4], [2, 5], [3, 6]];
    let cow = b.t().to_c_contiguous();
    expect(cow.dims(), cow.ndim(), cow.len());
    assert_eq!(cow.get([1, 0]), Some(&4));
    assert_eq!(cow.iter().copied().collect::<Vec<_>>(), [1, 2, 3, 4, 5, 6]);
    assert!(!cow.as_ptr().is_null());
    let m = a.view_mut();
    expect(m.dims(), m.ndim(), m.len());
    assert_eq!(m.get([0, 1]), Some(&2));
    assert_eq!(m.strides(), [3, 1]);
    assert_eq!(m.iter().copied().sum::<i32>(), 21);
}

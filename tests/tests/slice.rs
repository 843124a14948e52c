//! `s![..]` slicing: result types (these tests only compile when the shape
//! and layout types are the documented ones) and run-time behaviour, with
//! expected values derived from NumPy's rules (Python's `slice.indices`,
//! numpy-rules §8), not from this implementation.

use array_core::slice::{At, Full, NewAxis, Range, RangeStep};
use array_core::{
    Array, C, Const, Dyn, DynRank, F, Layout, Shape, SliceArg, SliceError, Strided, View, ViewMut,
    array, s, shape,
};

/// A 4x4 C array holding 10*row + column.
fn grid() -> Array<i32, shape![4, 4]> {
    Array::<i32, shape![4, 4]>::from_fn_static(|[i, j]| (10 * i + j) as i32)
}

/// The same values in an F array.
fn grid_f() -> Array<i32, shape![4, 4], F> {
    Array::<i32, shape![4, 4], F>::from_fn_static(|[i, j]| (10 * i + j) as i32)
}

/// The shape and layout types of a slice: these tests only compile when
/// they are the documented ones.
mod result_types {
    use super::*;

    #[test]
    fn leading_range_of_a_c_array_stays_c_and_static() {
        let a = grid();
        let v: View<'_, i32, (Const<2>, Const<4>), C> = a.slice(s![1..3, ..]);
        assert_eq!(v.as_slice(), &[10, 11, 12, 13, 20, 21, 22, 23]);
        assert!(v.flags().c_contiguous);
    }

    #[test]
    fn integer_on_a_leading_axis_drops_it_and_keeps_c() {
        let a = grid();
        let row: View<'_, i32, (Const<4>,), C> = a.slice(s![1, ..]);
        assert_eq!(row.as_slice(), &[10, 11, 12, 13]);
        let b = Array::<i32, shape![2, 3, 4]>::from_fn_static(|[i, j, k]| {
            (100 * i + 10 * j + k) as i32
        });
        let v: View<'_, i32, (Const<2>, Const<4>), C> = b.slice(s![1, 1..3, ..]);
        assert_eq!(v.as_slice(), &[110, 111, 112, 113, 120, 121, 122, 123]);
        let scalar: View<'_, i32, (), C> = b.slice(s![1, 2, 3]);
        assert_eq!(scalar[[]], 123);
    }

    #[test]
    fn inner_ranges_steps_and_late_integers_are_strided() {
        let a = grid();
        let cols: View<'_, i32, (Const<4>, Const<2>), Strided> = a.slice(s![.., 1..3]);
        assert_eq!(cols.to_vec(), [1, 2, 11, 12, 21, 22, 31, 32]);
        let col: View<'_, i32, (Const<4>,), Strided> = a.slice(s![.., 2]);
        assert_eq!(col.to_vec(), [2, 12, 22, 32]);
        let stepped: View<'_, i32, (Dyn, Const<4>), Strided> = a.slice(s![..;2, ..]);
        assert_eq!(stepped.to_vec(), [0, 1, 2, 3, 20, 21, 22, 23]);
        let e: View<'_, i32, (Const<4>, Const<2>), Strided> = a.slice(s![..., 1..3]);
        assert_eq!(e.to_vec(), cols.to_vec());
    }

    #[test]
    fn ellipsis_fills_the_remaining_axes() {
        let b = Array::<i32, shape![2, 3, 4]>::from_fn_static(|[i, j, k]| {
            (100 * i + 10 * j + k) as i32
        });
        let lead: View<'_, i32, (Const<3>, Const<4>), C> = b.slice(s![1, ...]);
        assert_eq!(lead.as_slice()[0], 100);
        let tail: View<'_, i32, (Const<2>, Const<3>), Strided> = b.slice(s![..., 2]);
        assert_eq!(tail.to_vec(), [2, 12, 22, 102, 112, 122]);
        let middle: View<'_, i32, (Const<3>,), Strided> = b.slice(s![0, ..., 1]);
        assert_eq!(middle.to_vec(), [1, 11, 21]);
        let nothing: View<'_, i32, (Const<2>, Const<3>, Const<4>), C> = b.slice(s![...]);
        assert_eq!(nothing.len(), 24);
        // An ellipsis may stand for no axis.
        let none: View<'_, i32, (), Strided> = b.slice(s![1, 2, ..., 3]);
        assert_eq!(none[[]], 123);
    }

    #[test]
    fn f_mirrors_c() {
        let a = grid_f();
        let cols: View<'_, i32, (Const<4>, Const<2>), F> = a.slice(s![.., 1..3]);
        assert_eq!(cols.as_slice(), &[1, 11, 21, 31, 2, 12, 22, 32]);
        let col: View<'_, i32, (Const<4>,), F> = a.slice(s![.., 2]);
        assert_eq!(col.as_slice(), &[2, 12, 22, 32]);
        let part: View<'_, i32, (Const<2>,), F> = a.slice(s![1..3, 0]);
        assert_eq!(part.as_slice(), &[10, 20]);
        let rows: View<'_, i32, (Const<2>, Const<4>), Strided> = a.slice(s![1..3, ..]);
        assert_eq!(rows.to_vec(), [10, 11, 12, 13, 20, 21, 22, 23]);
        let row: View<'_, i32, (Const<4>,), Strided> = a.slice(s![1, ..]);
        assert_eq!(row.to_vec(), [10, 11, 12, 13]);
    }

    #[test]
    fn strided_input_stays_strided() {
        let a = grid();
        let t = a.view().permuted_axes(&[0, 1]).unwrap(); // Strided by type
        let v: View<'_, i32, (Dyn, Dyn), Strided> = t.slice(s![.., ..]);
        assert_eq!(v.to_vec(), a.view().to_vec());
    }

    #[test]
    fn literal_range_on_a_static_axis_is_static() {
        let a = Array::<i32, shape![10]>::from_fn_static(|[i]| i as i32);
        let v: View<'_, i32, (Const<3>,), C> = a.slice(s![2..5]);
        assert_eq!(v.as_slice(), &[2, 3, 4]);
        let to: View<'_, i32, (Const<4>,), C> = a.slice(s![..4]);
        assert_eq!(to.as_slice(), &[0, 1, 2, 3]);
        let incl: View<'_, i32, (Const<3>,), C> = a.slice(s![7..=9]);
        assert_eq!(incl.as_slice(), &[7, 8, 9]);
        let whole: View<'_, i32, (Const<10>,), C> = a.slice(s![0..10]);
        assert_eq!(whole.len(), 10);
        // slice(5, 2).indices(10) is empty: a static length 0.
        let empty: View<'_, i32, (Const<0>,), C> = a.slice(s![5..2]);
        assert!(empty.is_empty());
        // Run-time or negative bounds give a dynamic axis.
        let k = 2;
        let dynamic: View<'_, i32, (Dyn,), C> = a.slice(s![k..5]);
        assert_eq!(dynamic.as_slice(), &[2, 3, 4]);
        let negative: View<'_, i32, (Dyn,), C> = a.slice(s![-3..]);
        assert_eq!(negative.as_slice(), &[7, 8, 9]);
        // A literal start alone keeps the rest of the static axis: 10 - 8.
        let from: View<'_, i32, (array_core::Minus<Const<10>, 8>,), C> = a.slice(s![8..]);
        assert_eq!(from.as_slice(), &[8, 9]);
    }

    #[test]
    fn literal_range_on_a_dynamic_axis_clamps_at_run_time() {
        let a = Array::<i32, shape![_]>::from_shape_vec([4], vec![0, 1, 2, 3]).unwrap();
        let v: View<'_, i32, (Dyn,), C> = a.slice(s![1..3]);
        assert_eq!(v.as_slice(), &[1, 2]);
        // slice(2, 9).indices(4) == (2, 4, 1).
        assert_eq!(a.slice(s![2..9]).as_slice(), &[2, 3]);
        // A literal index on a dynamic axis is checked at run time.
        assert_eq!(
            a.try_slice(s![4]).unwrap_err(),
            SliceError::IndexOutOfBounds {
                index: 4,
                axis: 0,
                size: 4
            }
        );
    }

    #[test]
    fn new_axes_insert_static_length_one() {
        let a = array![1, 2, 3];
        let row: View<'_, i32, (Const<1>, Const<3>), C> = a.slice(s![NewAxis, ..]);
        assert_eq!(row.dims(), [1, 3]);
        let col: View<'_, i32, (Const<3>, Const<1>), C> = a.slice(s![.., None]);
        assert_eq!(col.to_vec(), [1, 2, 3]);
        let f = grid_f();
        let g: View<'_, i32, (Const<4>, Const<1>, Const<4>), F> = f.slice(s![.., NewAxis, ..]);
        assert_eq!(g[[2, 0, 3]], 23);
        // NumPy gives a new axis stride 0; a Strided result shows it.
        let s: View<'_, i32, (Dyn, Const<1>), Strided> = a.slice(s![..;2, NewAxis]);
        assert_eq!(s.strides(), [2, 0]);
        assert_eq!(s.to_vec(), [1, 3]);
    }

    #[test]
    fn negative_steps_reverse() {
        let a = array![0, 1, 2, 3, 4];
        let rev: View<'_, i32, (Dyn,), Strided> = a.slice(s![..;-1]);
        assert_eq!(rev.to_vec(), [4, 3, 2, 1, 0]);
        assert_eq!(rev.strides(), [-1]);
        // a[3:0:-1] == [3, 2, 1]; a[::-2] == [4, 2, 0]; a[-2::-2] == [3, 1].
        assert_eq!(a.slice(s![3..0;-1]).to_vec(), [3, 2, 1]);
        assert_eq!(a.slice(s![..;-2]).to_vec(), [4, 2, 0]);
        assert_eq!(a.slice(s![-2..;-2]).to_vec(), [3, 1]);
        let b = grid();
        let flipped: View<'_, i32, (Dyn, Dyn), Strided> = b.slice(s![..;-1, ..;-3]);
        assert_eq!(flipped.to_vec(), [33, 30, 23, 20, 13, 10, 3, 0]);
    }
}

/// Run-time bounds, steps and errors (numpy-rules §8).
mod run_time_rules {
    use super::*;

    /// `slice.indices` cases on a run-time axis of length 5, each expected
    /// value worked out by hand from Python's rules.
    #[test]
    fn run_time_bounds_follow_python_slice_indices() {
        let a = Array::<i32, DynRank>::from_shape_vec([5], vec![0, 1, 2, 3, 4]).unwrap();
        let got = |items: (RangeStep,)| a.slice(items).to_vec();
        let r = |start, end, step| (RangeStep { start, end, step },);
        // slice(-10, None, -1).indices(5) == (-1, -1, -1): empty.
        assert_eq!(got(r(Some(-10), None, -1)), Vec::<i32>::new());
        // slice(None, -10, -1).indices(5) == (4, -1, -1): everything reversed.
        assert_eq!(got(r(None, Some(-10), -1)), [4, 3, 2, 1, 0]);
        // slice(10, None, -1).indices(5) == (4, -1, -1).
        assert_eq!(got(r(Some(10), None, -1)), [4, 3, 2, 1, 0]);
        // slice(-10, 10, 2).indices(5) == (0, 5, 2): 0, 2, 4.
        assert_eq!(got(r(Some(-10), Some(10), 2)), [0, 2, 4]);
        // slice(1, -1, 1).indices(5) == (1, 4, 1).
        assert_eq!(got(r(Some(1), Some(-1), 1)), [1, 2, 3]);
        // slice(3, 1, 1).indices(5) == (3, 1, 1): empty.
        assert_eq!(got(r(Some(3), Some(1), 1)), Vec::<i32>::new());
        // slice(4, 1, -2).indices(5) == (4, 1, -2): 4, 2.
        assert_eq!(got(r(Some(4), Some(1), -2)), [4, 2]);
        // slice(None, None, 7).indices(5) == (0, 5, 7): just 0.
        assert_eq!(got(r(None, None, 7)), [0]);
    }

    #[test]
    fn empty_slices_do_not_move_the_first_element() {
        // NumPy resets an empty slice to start 0, step 1 (numpy-rules §8).
        let a = grid();
        let v = a.slice(s![(5).., ..]);
        assert_eq!(v.dims(), [0, 4]);
        assert_eq!(v.buffer_offset(), 0);
        assert_eq!(v.strides(), [4, 1]);
        let lo = -10;
        let w = a.slice(s![.., lo..;-1]);
        assert_eq!(w.dims(), [4, 0]);
        assert_eq!(w.buffer_offset(), 0);
    }

    #[test]
    fn any_integer_type_works() {
        let a = array![0, 1, 2, 3, 4, 5];
        let (i, j, k): (u8, i64, usize) = (1, 5, 2);
        assert_eq!(a.slice(s![i..j;k]).to_vec(), [1, 3]);
        let n: u32 = 4;
        assert_eq!(a.slice(s![n]).to_vec(), [4]);
        assert_eq!(a.slice(s![..=j]).to_vec(), [0, 1, 2, 3, 4, 5]);
        // ..=-1 runs through the last element.
        let last = -1;
        assert_eq!(a.slice(s![3..=last]).to_vec(), [3, 4, 5]);
    }

    /// `s!` passes bounds, indices and steps to rustc token for token; only
    /// a top-level `..` makes a range, and commas inside generic arguments
    /// or calls stay inside their item. Forwarded `macro_rules!` fragments
    /// keep their kind.
    #[test]
    fn items_are_any_integer_expressions() {
        let a = array![0, 1, 2, 3, 4, 5];
        let v = [9u8, 9];
        let x = 1.9f64;
        assert_eq!(a.slice(s![x as usize..v.len() + 2]).to_vec(), [1, 2, 3]);
        assert_eq!(a.slice(s![usize::min(4, 9)..]).to_vec(), [4, 5]);
        assert_eq!(
            a.slice(s![..<usize as Default>::default() + 2]).to_vec(),
            [0, 1]
        );
        assert_eq!(a.slice(s![(0..3).len()]).to_vec(), [3]);
        assert_eq!(a.slice(s![..;i64::max(2, -1)]).to_vec(), [0, 2, 4]);
        macro_rules! forwarded {
            ($r:expr, $i:expr) => {
                s![$r, $i]
            };
        }
        let m = grid();
        assert_eq!(m.slice(forwarded!(1..3, 2)).to_vec(), [12, 22]);
    }

    #[test]
    fn run_time_errors_are_results_or_panics_with_the_shape() {
        let a = grid();
        let i = 4;
        assert_eq!(
            a.try_slice(s![.., i]).unwrap_err(),
            SliceError::IndexOutOfBounds {
                index: 4,
                axis: 1,
                size: 4
            }
        );
        let j = -5;
        assert_eq!(
            a.try_slice(s![j, ..]).unwrap_err().to_string(),
            "index -5 is out of bounds for axis 0 with size 4"
        );
        let zero = 0;
        assert_eq!(
            a.try_slice(s![..;zero, ..]).unwrap_err(),
            SliceError::ZeroStep
        );
        let panic = std::panic::catch_unwind(|| {
            let a = grid();
            let _ = a.slice(s![.., i]);
        })
        .unwrap_err();
        let message = panic.downcast_ref::<String>().unwrap();
        assert_eq!(
            message,
            "cannot slice array of shape (4,4): index 4 is out of bounds for axis 1 with size 4"
        );
    }

    #[test]
    fn dyn_rank_checks_the_item_count_at_run_time() {
        let a = Array::<i32, DynRank>::from_shape_vec([2, 3], (0..6).collect()).unwrap();
        let v: View<'_, i32, DynRank, C> = a.slice(s![1, ..]);
        assert_eq!(v.as_slice(), &[3, 4, 5]);
        let w: View<'_, i32, DynRank, Strided> = a.slice(s![.., 1..]);
        assert_eq!(w.to_vec(), [1, 2, 4, 5]);
        assert_eq!(a.slice(s![..., 2]).to_vec(), [2, 5]);
        assert_eq!(a.slice(s![NewAxis, ..., NewAxis]).dims(), vec![1, 2, 3, 1]);
        assert_eq!(
            a.try_slice(s![0, 0, 0]).unwrap_err(),
            SliceError::TooManyIndices { rank: 2, found: 3 }
        );
        assert_eq!(
            a.try_slice(s![0]).unwrap_err(),
            SliceError::TooFewIndices { rank: 2, found: 1 }
        );
        assert_eq!(
            a.try_slice((array_core::slice::Ellipsis, array_core::slice::Ellipsis))
                .unwrap_err(),
            SliceError::MultipleEllipsis
        );
        assert_eq!(
            a.try_slice(s![1..3, 5]).unwrap_err(),
            SliceError::IndexOutOfBounds {
                index: 5,
                axis: 1,
                size: 3
            }
        );
    }

    #[test]
    fn hand_written_items_work_like_the_macro() {
        let a = grid();
        let v: View<'_, i32, (Const<4>,), C> = a.slice((At(2), Full));
        assert_eq!(v.as_slice(), a.slice(s![2, ..]).as_slice());
        let r: View<'_, i32, (Dyn, Const<4>), C> = a.slice((
            Range {
                start: Some(1),
                end: Some(-1),
            },
            Full,
        ));
        assert_eq!(r.dims(), [2, 4]);
        let n: View<'_, i32, (Const<1>, Const<4>, Const<4>), C> = a.slice((NewAxis, Full, Full));
        assert_eq!(n.len(), 16);
    }

    #[test]
    fn generic_code_can_name_the_result() {
        fn pick<'a, S: Shape, L: Layout, A: SliceArg<S, L>>(
            v: View<'a, f64, S, L>,
            items: A,
        ) -> View<'a, f64, A::OutShape, A::OutLayout> {
            v.slice(items)
        }
        let a = Array::<f64, shape![3, 2]>::from_fn_static(|[i, j]| (i * 2 + j) as f64);
        let v: View<'_, f64, (Const<2>,), C> = pick(a.view(), s![2, ..]);
        assert_eq!(v.as_slice(), &[4.0, 5.0]);
    }
}

/// `slice_mut`: mutable views that write through.
mod mutable_views {
    use super::*;

    #[test]
    fn slice_mut_writes_through() {
        let mut a = grid();
        // `2..` on a static axis of 4 keeps a static length, 4 - 2.
        let m: ViewMut<'_, i32, (Const<4>, array_core::Minus<Const<4>, 2>), Strided> =
            a.slice_mut(s![.., 2..]);
        let mut m = m;
        m.fill(-1);
        assert_eq!(a.slice(s![0, ..]).as_slice(), &[0, 1, -1, -1]);
        let mut v = a.view_mut();
        v.reborrow()
            .slice(s![..;-1, 0])
            .into_iter()
            .zip(0..)
            .for_each(|(x, k)| *x = k);
        assert_eq!(a.slice(s![.., 0]).to_vec(), [3, 2, 1, 0]);
        let mut b = grid();
        let k = 9;
        assert!(b.try_slice_mut(s![k, ..]).is_err());
    }
}

/// `slice_move`: owned slices, in place or gathered.
mod owned_slices {
    use super::*;

    #[test]
    fn slice_move_keeps_a_contiguous_block_in_place() {
        let a = grid();
        let rows: Array<i32, (Const<2>, Const<4>), C> = a.slice_move(s![2..4, ..]);
        assert_eq!(rows.as_slice(), &[20, 21, 22, 23, 30, 31, 32, 33]);
        let f = grid_f();
        let cols: Array<i32, (Const<4>, Const<1>), F> = f.slice_move(s![.., 3..4]);
        assert_eq!(cols.as_slice(), &[3, 13, 23, 33]);
        let empty: Array<i32, (Const<0>, Const<4>), C> = grid().slice_move(s![1..1, ..]);
        assert!(empty.is_empty());
    }

    #[test]
    fn slice_move_gathers_a_strided_selection_in_c_order() {
        let a = grid();
        let picked: Array<i32, (Dyn, Dyn), C> = a.slice_move(s![..;-2, 1..;2]);
        // rows 3, 1 and columns 1, 3.
        assert_eq!(picked.as_slice(), &[31, 33, 11, 13]);
        let words = Array::<String, shape![2, 2]>::from_fn_static(|[i, j]| format!("{i}{j}"));
        let col: Array<String, (Const<2>,), C> = words.slice_move(s![.., 1]);
        assert_eq!(col.as_slice(), &["01", "11"]);
    }
}

/// A tuple shape and a `DynRank` array of the same dims take different
/// paths (the tuple's item count is proven by its type, the `DynRank` one
/// is checked at run time); both must give NumPy's answer, the same one.
mod tuple_and_dyn_rank_agree {
    use super::*;
    use proptest::prelude::*;

    type T3 = (Dyn, Dyn, Dyn);

    fn arrays(dims: [usize; 3]) -> (Array<i32, T3>, Array<i32, DynRank>) {
        let n = dims.iter().product::<usize>();
        let values: Vec<i32> = (0..n as i32).collect();
        (
            Array::<i32, T3>::from_shape_vec(dims, values.clone()).unwrap(),
            Array::<i32, DynRank>::from_shape_vec(dims, values).unwrap(),
        )
    }

    /// What a slice gave: the elements, dims and strides, or the error.
    type Outcome = Result<(Vec<i32>, Vec<usize>, Vec<isize>), SliceError>;

    fn outcome<S: Shape, L: Layout>(r: Result<View<'_, i32, S, L>, SliceError>) -> Outcome {
        r.map(|v| {
            (
                v.to_vec(),
                v.dims().as_ref().to_vec(),
                v.strides().as_ref().to_vec(),
            )
        })
    }

    proptest! {
        #[test]
        fn index_range_and_step(
            dims in proptest::array::uniform3(0usize..5),
            i in -6isize..6,
            start in proptest::option::of(-7isize..7),
            end in proptest::option::of(-7isize..7),
            step in -3isize..4,
        ) {
            let (t, d) = arrays(dims);
            prop_assert_eq!(
                outcome(t.try_slice(s![i, start.unwrap_or(0)..;step, ..])),
                outcome(d.try_slice(s![i, start.unwrap_or(0)..;step, ..]))
            );
            let r = RangeStep { start, end, step };
            prop_assert_eq!(
                outcome(t.try_slice((Full, NewAxis, r, At(i)))),
                outcome(d.try_slice((Full, NewAxis, r, At(i))))
            );
            let e = array_core::slice::Ellipsis;
            prop_assert_eq!(
                outcome(t.try_slice((At(i), e, Range { start, end }))),
                outcome(d.try_slice((At(i), e, Range { start, end })))
            );
        }
    }
}

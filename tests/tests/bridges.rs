//! The optional bridges: `ndarray` views and arrays both ways, `serde`,
//! and NumPy through PyO3 with an embedded interpreter. Each module runs
//! only with its feature (`cargo test -p tests --all-features`).
//!
//! Expected values: the elements of the NumPy conformance fixture's
//! layouts as NumPy recorded them, element values equal to buffer offsets
//! (`arange`), and pointers compared for "no copy".

#[cfg(feature = "ndarray")]
#[allow(dead_code)] // the conformance helpers serve several test files
mod conformance;

#[cfg(feature = "ndarray")]
mod ndarray_bridge {
    use super::conformance::cases::read_case_file;
    use super::conformance::replay::replay;
    use array_core::audit::{self, CopyOp};
    use array_core::{Array, Dyn, DynRank, F, Strided, View, ViewMut, array, shape};
    use ndarray::{ArrayView, ArrayViewD, ArrayViewMutD, IxDyn, s};
    use std::path::Path;

    /// Every input layout of the fixture (negative, zero and gapped strides
    /// included): converted to ndarray, the elements are NumPy's; converted
    /// back, it is the same view.
    #[test]
    fn every_fixture_layout_round_trips_through_ndarray() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/numpy_cases.jsonl.gz");
        let file = read_case_file(&path);
        let mut checked = 0;
        for case in &file.cases {
            let buf: Vec<i64> = (0..case.buffer_len as i64).collect();
            let Ok(replayed) = replay(&buf, &case.recipe) else {
                continue; // a layout the library cannot build as recorded (documented there)
            };
            let v = replayed.view;
            let nd: ArrayViewD<'_, i64> = v.clone().into();
            let want = &recorded_elements(&case.input);
            assert_eq!(
                &nd.iter().copied().collect::<Vec<_>>(),
                want,
                "case {}",
                case.id
            );
            assert_eq!(nd.shape(), &v.dims()[..], "case {}", case.id);
            if !v.is_empty() {
                assert_eq!(nd.strides(), &v.strides()[..], "case {}", case.id);
                assert_eq!(nd.as_ptr(), v.as_ptr(), "case {}", case.id);
            }
            let back = View::<i64, DynRank, Strided>::try_from(nd).unwrap();
            assert_eq!(back.to_vec(), *want, "case {}", case.id);
            assert_eq!(back.dims(), v.dims(), "case {}", case.id);
            // The flags follow NumPy's rules on the converted view too.
            let c = case.input.c.expect("recorded");
            assert_eq!(back.try_into_c().is_ok(), c, "case {}", case.id);
            checked += 1;
        }
        assert!(
            checked > 1900,
            "only {checked} of {} layouts checked",
            file.cases.len()
        );
    }

    /// The elements of a recorded NumPy layout over `arange`: each is its
    /// own offset in elements (the fixture records strides and offsets in
    /// elements).
    fn recorded_elements(rec: &super::conformance::cases::Recorded) -> Vec<i64> {
        let dims = rec.shape.as_ref().expect("recorded");
        let strides: Vec<i64> = rec
            .strides
            .as_ref()
            .expect("recorded")
            .iter()
            .map(|&s| s as i64)
            .collect();
        let first = rec.offset.expect("recorded") as i64;
        let mut out = Vec::new();
        let mut index = vec![0usize; dims.len()];
        if dims.contains(&0) {
            return out;
        }
        loop {
            out.push(
                first
                    + index
                        .iter()
                        .zip(&strides)
                        .map(|(&i, &s)| i as i64 * s)
                        .sum::<i64>(),
            );
            let mut k = dims.len();
            loop {
                if k == 0 {
                    return out;
                }
                k -= 1;
                index[k] += 1;
                if index[k] < dims[k] {
                    break;
                }
                index[k] = 0;
            }
        }
    }

    #[test]
    fn ndarray_built_layouts_keep_their_strides() {
        let nd = ndarray::Array2::from_shape_fn((4, 6), |(i, j)| (6 * i + j) as i32);
        let sliced = nd.slice(s![..;-1, 1..;2]); // negative and gapped strides
        let v = View::<i32, (Dyn, Dyn), Strided>::from(sliced.view());
        assert_eq!(v.strides(), [-6, 2]);
        assert_eq!(v.to_vec(), sliced.iter().copied().collect::<Vec<_>>());
        // The transpose is F-contiguous: promotion proves it without a copy.
        let t = View::<i32, (Dyn, Dyn), Strided>::from(nd.t());
        let f = t.try_into_f().unwrap();
        assert_eq!(f.as_slice().as_ptr(), nd.as_ptr());
        // A broadcast view (stride 0) converts to a read-only view.
        let row = ndarray::arr1(&[1, 2, 3]);
        let b = View::<i32, (Dyn, Dyn), Strided>::from(row.broadcast((2, 3)).unwrap());
        assert_eq!(b.strides(), [0, 1]);
        assert_eq!(b.to_vec(), [1, 2, 3, 1, 2, 3]);
    }

    #[test]
    fn this_crates_layouts_convert_to_ndarray() {
        let a = array![[1, 2, 3], [4, 5, 6]];
        let t: ndarray::ArrayView2<'_, i32> = a.t().into();
        assert_eq!(t, ndarray::arr2(&[[1, 4], [2, 5], [3, 6]]));
        let reversed = a.slice(array_core::s![..;-1, ..;2]);
        let nd: ArrayView<'_, i32, ndarray::Ix2> = reversed.into();
        assert_eq!(nd, ndarray::arr2(&[[4, 6], [1, 3]]));
        assert_eq!(nd.strides(), &[-3, 2]);
        let bc = a.view().broadcast_to::<DynRank>([2, 2, 3]).unwrap();
        let nd: ArrayViewD<'_, i32> = bc.into();
        assert_eq!(nd.strides(), &[0, 3, 1]);
        assert_eq!(nd.sum(), 42);
    }

    #[test]
    fn zero_size_views_both_ways() {
        let e = Array::<f64, shape![0, 3]>::zeros_static();
        let nd: ArrayViewD<'_, f64> = e.view().into();
        assert_eq!(nd.shape(), &[0, 3]);
        let back = View::<f64, DynRank, Strided>::try_from(nd).unwrap();
        assert!(back.is_empty());
        let nd = ndarray::Array3::<u8>::zeros((2, 0, 4));
        let v = View::<u8, (Dyn, Dyn, Dyn), Strided>::from(nd.view());
        assert_eq!(v.dims(), [2, 0, 4]);
        assert_eq!(v.iter().count(), 0);
    }

    #[test]
    fn mutable_views_write_through_both_ways() {
        let mut nd = ndarray::Array2::<i32>::zeros((3, 4));
        {
            let mut m = ViewMut::<i32, (Dyn, Dyn), Strided>::from(nd.slice_mut(s![.., ..;-2]));
            m[[0, 0]] = 7; // nd[0, 3]
            m.fill(1);
        }
        assert_eq!(nd.sum(), 6);
        assert_eq!(nd[[2, 3]], 1);
        let mut a = array![[1, 2], [3, 4]];
        let mut m: ArrayViewMutD<'_, i32> = a.t_mut().into();
        m[[0, 1]] = 30;
        assert_eq!(a[[1, 0]], 30);
        let mut d = ndarray::ArrayD::<i32>::zeros(IxDyn(&[2, 2]));
        let mut v = ViewMut::<i32, DynRank, Strided>::try_from(d.view_mut()).unwrap();
        v[[1, 1]] = 9;
        assert_eq!(d[[1, 1]], 9);
    }

    #[test]
    fn owned_arrays_keep_their_buffer_in_c_or_f_order() {
        let nd = ndarray::Array2::from_shape_fn((2, 3), |(i, j)| (3 * i + j) as i64);
        let ptr = nd.as_ptr();
        let (a, report) = audit::record(|| Array::<i64, (Dyn, Dyn), Strided>::from(nd));
        assert_eq!(report.count(), 0);
        assert_eq!(a.view().as_ptr(), ptr);
        assert_eq!(a.strides(), [3, 1]);
        // Fortran order: the same buffer, F strides.
        let f = ndarray::Array2::from_shape_vec((2, 3).f(), (0..6).collect::<Vec<i64>>()).unwrap();
        let ptr = f.as_ptr();
        let a = Array::<i64, (Dyn, Dyn), Strided>::from(f);
        assert_eq!((a.view().as_ptr(), a.strides()), (ptr, [1, 2]));
        assert_eq!(a.to_vec(), [0, 2, 4, 1, 3, 5]);
        // And back: the buffer moves to ndarray.
        let mine: Array<i64, shape![2, 3], F> =
            Array::from_shape_vec([2, 3], (0..6).collect()).unwrap();
        let ptr = mine.as_ptr();
        let nd = ndarray::Array2::from(mine);
        assert_eq!(nd.as_ptr(), ptr);
        assert_eq!(nd, ndarray::arr2(&[[0, 2, 4], [1, 3, 5]]));
    }

    #[test]
    fn owned_arrays_in_other_layouts_are_moved_into_c_order_and_reported() {
        let mut nd = ndarray::Array2::from_shape_fn((4, 4), |(i, j)| format!("{i}{j}"));
        nd.slice_collapse(s![1..3, ..;-2]); // a sliced owned array: gaps and a negative stride
        let want: Vec<String> = nd.iter().cloned().collect();
        let (a, report) = audit::record(|| Array::<String, (Dyn, Dyn), Strided>::from(nd));
        assert_eq!(report.count(), 1);
        assert_eq!(report.events()[0].operation, CopyOp::Convert);
        assert_eq!(a.to_vec(), want);
        assert_eq!(a.strides(), [2, 1]);
    }

    use ndarray::ShapeBuilder;
}

#[cfg(feature = "serde")]
mod serde_bridge {
    use array_core::{Array, C, DynRank, F, Strided, array, shape};

    #[test]
    fn arrays_and_views_serialize_shape_layout_and_logical_data() {
        let a = array![[1, 2, 3], [4, 5, 6]];
        assert_eq!(
            serde_json::to_string(&a).unwrap(),
            r#"{"shape":[2,3],"layout":"C","data":[1,2,3,4,5,6]}"#
        );
        assert_eq!(
            serde_json::to_string(&a.t()).unwrap(),
            r#"{"shape":[3,2],"layout":"F","data":[1,4,2,5,3,6]}"#
        );
        let s = a.slice(array_core::s![.., ..;-2]);
        assert_eq!(
            serde_json::to_string(&s).unwrap(),
            r#"{"shape":[2,2],"layout":"Strided","data":[3,1,6,4]}"#
        );
    }

    #[test]
    fn round_trips_into_every_layout() {
        let a = array![[1.5, 2.5], [3.5, 4.5], [5.5, 6.5]];
        let json = serde_json::to_string(&a).unwrap();
        let c: Array<f64, shape![3, 2], C> = serde_json::from_str(&json).unwrap();
        assert_eq!(c, a);
        let f: Array<f64, shape![3, 2], F> = serde_json::from_str(&json).unwrap();
        assert_eq!(f.to_vec(), a.to_vec());
        assert_eq!(f.as_slice(), &[1.5, 3.5, 5.5, 2.5, 4.5, 6.5]);
        let d: Array<f64, DynRank, Strided> = serde_json::from_str(&json).unwrap();
        assert_eq!(d.dims(), vec![3, 2]);
        assert_eq!(d.to_vec(), a.to_vec());
        // Non-`Clone` elements move into place.
        let words = array![[String::from("a"), "b".into()], ["c".into(), "d".into()]];
        let json = serde_json::to_string(&words).unwrap();
        let back: Array<String, shape![2, 2], F> = serde_json::from_str(&json).unwrap();
        assert_eq!(back.to_vec(), ["a", "b", "c", "d"]);
    }

    #[test]
    fn bad_input_is_an_error_with_the_numbers_never_a_panic() {
        type S = shape![2, 3];
        let cases = [
            (
                r#"{"shape":[2,3],"layout":"C","data":[1,2,3]}"#,
                "buffer has 3 elements but the shape needs 6",
            ),
            (
                r#"{"shape":[3,2],"layout":"C","data":[1,2,3,4,5,6]}"#,
                "axis 0 is static with length 2 but a length of 3 was given",
            ),
            (
                r#"{"shape":[6],"layout":"C","data":[1,2,3,4,5,6]}"#,
                "shape has 1 dims but the shape type has rank 2",
            ),
            (
                r#"{"shape":[2,3],"layout":"K","data":[1,2,3,4,5,6]}"#,
                "unknown layout \"K\"",
            ),
            (
                r#"{"shape":[2,3],"data":[1,2,3,4,5,6]}"#,
                "missing field `layout`",
            ),
            (
                r#"{"shape":[2,3],"layout":"C","data":[1,2,3,4,5,6],"x":1}"#,
                "unknown field `x`",
            ),
        ];
        for (json, want) in cases {
            let e = serde_json::from_str::<Array<i32, S>>(json)
                .unwrap_err()
                .to_string();
            assert!(e.starts_with(want), "{json}: {e}");
        }
        // Dims whose product overflows: refused before anything is allocated.
        let huge = format!(
            r#"{{"shape":[{},{}],"layout":"C","data":[]}}"#,
            usize::MAX,
            2
        );
        let e = serde_json::from_str::<Array<u8, DynRank>>(&huge)
            .unwrap_err()
            .to_string();
        assert!(e.starts_with("array is too big"), "{e}");
        // A zero-size array with huge other dims is too big for NumPy as well.
        let hidden = format!(
            r#"{{"shape":[0,{},{}],"layout":"C","data":[]}}"#,
            usize::MAX / 2,
            4
        );
        let e = serde_json::from_str::<Array<u8, DynRank>>(&hidden)
            .unwrap_err()
            .to_string();
        assert!(e.starts_with("array is too big"), "{e}");
    }
}

#[cfg(feature = "numpy")]
mod numpy_bridge {
    use array_core::bridge::numpy::{IntoNumpy, NumpyError};
    use array_core::{CowArray, Dyn, DynRank, Strided, View, ViewMut};
    use numpy::{PyArray2, PyArrayDyn, PyArrayMethods, PyUntypedArrayMethods};
    use pyo3::prelude::*;
    use pyo3::types::PyDict;

    /// Runs Python code with `np` imported and returns `result`.
    fn eval<'py>(py: Python<'py>, code: &str, locals: &Bound<'py, PyDict>) -> Bound<'py, PyAny> {
        let np = py.import("numpy").expect("numpy installed (see .ci/run)");
        locals.set_item("np", np).unwrap();
        py.run(&std::ffi::CString::new(code).unwrap(), None, Some(locals))
            .unwrap_or_else(|e| panic!("{code}: {e}"));
        locals
            .get_item("result")
            .unwrap()
            .expect("the code sets `result`")
    }

    #[test]
    fn numpy_arrays_are_views_of_their_own_memory() {
        Python::attach(|py| {
            let locals = PyDict::new(py);
            let a = eval(py, "a = np.arange(12.0).reshape(3, 4); result = a", &locals);
            let a = a.cast_into::<PyArray2<f64>>().unwrap();
            let ro = a.readonly();
            let v = View::<f64, (Dyn, Dyn), Strided>::try_from(&ro).unwrap();
            assert_eq!(v.strides(), [4, 1]); // bytes 32, 8 over itemsize 8
            assert_eq!(v.as_ptr(), a.data() as *const f64);
            assert_eq!(v.try_into_c().unwrap().as_slice()[11], 11.0);
            // a[::-1, ::2]: negative and gapped strides, the same memory.
            let s = eval(py, "result = a[::-1, ::2]", &locals)
                .cast_into::<PyArray2<f64>>()
                .unwrap();
            let ro = s.readonly();
            let v = View::<f64, DynRank, Strided>::try_from(&ro).unwrap();
            assert_eq!(v.strides(), vec![-4, 2]);
            assert_eq!(v.to_vec(), [8.0, 10.0, 4.0, 6.0, 0.0, 2.0]);
        });
    }

    #[test]
    fn unsound_layouts_are_errors() {
        Python::attach(|py| {
            let locals = PyDict::new(py);
            // Misaligned: float64 data one byte into a buffer.
            let m = eval(
                py,
                "buf = np.zeros(17, dtype=np.uint8); result = np.frombuffer(buf.data, dtype=np.float64, count=2, offset=1)",
                &locals,
            );
            let m = m.cast_into::<PyArrayDyn<f64>>().unwrap();
            let ro = m.readonly();
            let e = View::<f64, DynRank, Strided>::try_from(&ro).unwrap_err();
            assert!(matches!(e, NumpyError::Misaligned { align: 8, .. }), "{e}");
            // A stride that is not a whole number of elements.
            let odd = eval(
                py,
                "from numpy.lib.stride_tricks import as_strided\nb = np.zeros(8, dtype=np.float64)\nresult = as_strided(b, shape=(2,), strides=(12,))",
                &locals,
            );
            let odd = odd.cast_into::<PyArrayDyn<f64>>().unwrap();
            let ro = odd.readonly();
            let e = View::<f64, DynRank, Strided>::try_from(&ro).unwrap_err();
            assert_eq!(
                e,
                NumpyError::StrideNotMultiple {
                    axis: 0,
                    stride: 12,
                    itemsize: 8
                }
            );
            drop(ro);
            // A writeable array that overlaps itself cannot be a mutable view.
            let over = eval(
                py,
                "result = as_strided(b, shape=(3, 2), strides=(8, 8))",
                &locals,
            );
            let over = over.cast_into::<PyArrayDyn<f64>>().unwrap();
            let mut rw = over.readwrite();
            let e = ViewMut::<f64, DynRank, Strided>::try_from(&mut rw).unwrap_err();
            assert_eq!(e, NumpyError::Overlapping);
        });
    }

    #[test]
    fn mutable_views_write_into_numpys_memory() {
        Python::attach(|py| {
            let locals = PyDict::new(py);
            let a = eval(py, "a = np.zeros((2, 3)); result = a.T", &locals);
            let a = a.cast_into::<PyArray2<f64>>().unwrap();
            {
                let mut rw = a.readwrite();
                let mut m = ViewMut::<f64, (Dyn, Dyn), Strided>::try_from(&mut rw).unwrap();
                m[[2, 1]] = 5.0; // a.T[2, 1] is a[1, 2]
            }
            let r = eval(py, "result = float(a[1, 2])", &locals);
            assert_eq!(r.extract::<f64>().unwrap(), 5.0);
        });
    }

    #[test]
    fn owned_arrays_go_to_numpy_without_a_copy() {
        Python::attach(|py| {
            let a = array_core::array![[1.0, 2.0], [3.0, 4.0]].reversed_axes(); // F layout
            let ptr = a.as_ptr();
            let np = a.into_numpy(py);
            assert_eq!(np.data() as *const f64, ptr);
            assert_eq!(np.strides(), &[8, 16]);
            let locals = PyDict::new(py);
            locals.set_item("x", &np).unwrap();
            let r = eval(py, "result = x.tolist()", &locals);
            assert_eq!(
                r.extract::<Vec<Vec<f64>>>().unwrap(),
                vec![vec![1.0, 3.0], vec![2.0, 4.0]]
            );
        });
    }

    /// The module docs' example: `np.ascontiguousarray` whose answer Python
    /// can check with `np.shares_memory`.
    #[pyfunction]
    fn c_contiguous<'py>(a: Bound<'py, PyArray2<f64>>) -> PyResult<Bound<'py, PyAny>> {
        let py = a.py();
        let copy = {
            let ro = a.readonly();
            let v = View::<f64, (Dyn, Dyn), Strided>::try_from(&ro)?;
            match v.to_c_contiguous() {
                CowArray::View(_) => None,
                CowArray::Owned(c) => Some(c),
            }
        };
        Ok(match copy {
            None => a.into_any(),
            Some(c) => c.into_numpy(py).into_any(),
        })
    }

    #[test]
    fn python_confirms_view_or_copy() {
        Python::attach(|py| {
            let f = wrap_pyfunction!(c_contiguous, py).unwrap();
            let locals = PyDict::new(py);
            locals.set_item("f", f).unwrap();
            let r = eval(
                py,
                "a = np.arange(6.0).reshape(2, 3)\n\
                 c = f(a)\n\
                 t = f(a.T)\n\
                 result = (np.shares_memory(c, a), np.shares_memory(t, a), t.flags['C_CONTIGUOUS'], t.tolist())",
                &locals,
            );
            let (same, shares, c_flag, values): (bool, bool, bool, Vec<Vec<f64>>) =
                r.extract().unwrap();
            assert!(same, "a C-contiguous input comes back as itself");
            assert!(!shares, "a transposed input is copied");
            assert!(c_flag);
            assert_eq!(values, vec![vec![0.0, 3.0], vec![1.0, 4.0], vec![2.0, 5.0]]);
        });
    }
}

//! `Debug` and `Display` in NumPy's style.
//!
//! `Debug` prints like NumPy's `repr` (`array([[1, 2],\n       [3, 4]])`),
//! `Display` like its `str` (`[[1 2]\n [3 4]]`). Arrays of more than 1000
//! elements are summarised with the first and last three entries of each
//! axis around `...`, and `Debug` then adds `shape=(...)`, as NumPy 2 does.
//! Elements are right-aligned to a common width. Unlike NumPy, long rows are
//! not wrapped at 75 columns.

use crate::array::{Array, View, ViewMut};
use crate::error::TupleText;
use crate::layout::Layout;
use crate::shape::Shape;
use std::fmt;

/// NumPy's default `threshold` and `edgeitems`.
const THRESHOLD: usize = 1000;
const EDGE: usize = 3;

fn shown(dim: usize, summarize: bool) -> Vec<Option<usize>> {
    if summarize && dim > 2 * EDGE {
        (0..EDGE)
            .map(Some)
            .chain(std::iter::once(None))
            .chain((dim - EDGE..dim).map(Some))
            .collect()
    } else {
        (0..dim).map(Some).collect()
    }
}

struct Printer<'v, 'a, T, S: Shape, L: Layout> {
    view: &'v View<'a, T, S, L>,
    dims: Vec<usize>,
    summarize: bool,
    sep: &'static str,
    indent: usize,
    cells: Vec<String>,
    width: usize,
}

impl<T, S: Shape, L: Layout> Printer<'_, '_, T, S, L> {
    fn collect(&mut self, index: &mut Vec<usize>, elem: &dyn Fn(&T) -> String) {
        let axis = index.len();
        if axis == self.dims.len() {
            let x = self.view.get(&index[..]).expect("index in bounds");
            let s = elem(x);
            self.width = self.width.max(s.chars().count());
            self.cells.push(s);
            return;
        }
        for i in shown(self.dims[axis], self.summarize).into_iter().flatten() {
            index.push(i);
            self.collect(index, elem);
            index.pop();
        }
    }

    fn write(&self, out: &mut String, axis: usize, next: &mut usize) {
        let rank = self.dims.len();
        if axis == rank {
            let s = &self.cells[*next];
            *next += 1;
            out.extend(std::iter::repeat_n(' ', self.width - s.chars().count()));
            out.push_str(s);
            return;
        }
        out.push('[');
        let items = shown(self.dims[axis], self.summarize);
        let trailing = self.sep.trim_end();
        for (k, item) in items.iter().enumerate() {
            if k > 0 {
                if axis + 1 == rank {
                    out.push_str(self.sep);
                } else {
                    out.push_str(trailing);
                    // One newline per remaining axis depth, then align.
                    for _ in 0..(rank - axis - 1) {
                        out.push('\n');
                    }
                    out.extend(std::iter::repeat_n(' ', self.indent + axis + 1));
                }
            }
            match item {
                Some(_) => self.write(out, axis + 1, next),
                None => out.push_str("..."),
            }
        }
        out.push(']');
    }
}

fn render<T, S: Shape, L: Layout>(
    view: &View<'_, T, S, L>,
    sep: &'static str,
    indent: usize,
    elem: &dyn Fn(&T) -> String,
) -> (String, bool) {
    let dims = view.dims().as_ref().to_vec();
    let summarize = view.len() > THRESHOLD;
    let mut p = Printer {
        view,
        dims,
        summarize,
        sep,
        indent,
        cells: Vec::new(),
        width: 0,
    };
    p.collect(&mut Vec::new(), elem);
    let mut out = String::new();
    if p.dims.is_empty() {
        out.push_str(&p.cells[0]);
    } else {
        p.write(&mut out, 0, &mut 0);
    }
    (out, summarize)
}

impl<T: fmt::Debug, S: Shape, L: Layout> fmt::Debug for View<'_, T, S, L> {
    /// NumPy's `repr`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (body, summarized) = render(self, ", ", "array(".len(), &|x| format!("{x:?}"));
        write!(f, "array({body}")?;
        if summarized || self.is_empty() && self.ndim() > 1 {
            write!(f, ", shape={}", TupleText(self.dims().as_ref()))?;
        }
        write!(f, ")")
    }
}

impl<T: fmt::Display, S: Shape, L: Layout> fmt::Display for View<'_, T, S, L> {
    /// NumPy's `str`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (body, _) = render(self, " ", 0, &|x| x.to_string());
        f.write_str(&body)
    }
}

macro_rules! forward_fmt {
    ($($ty:ident)::+ $(<$lt:lifetime>)?) => {
        impl<$($lt,)? T: fmt::Debug, S: Shape, L: Layout> fmt::Debug for $($ty)::+<$($lt,)? T, S, L> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                fmt::Debug::fmt(&self.view(), f)
            }
        }
        impl<$($lt,)? T: fmt::Display, S: Shape, L: Layout> fmt::Display for $($ty)::+<$($lt,)? T, S, L> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                fmt::Display::fmt(&self.view(), f)
            }
        }
    };
}

forward_fmt!(Array);
forward_fmt!(ViewMut<'a>);

#[cfg(test)]
mod tests {
    use crate::{Array, DynRank, array};

    #[test]
    fn repr_and_str_match_numpy_for_small_arrays() {
        let a = array![[1, 2, 3], [4, 5, 6]];
        assert_eq!(format!("{a:?}"), "array([[1, 2, 3],\n       [4, 5, 6]])");
        assert_eq!(format!("{a}"), "[[1 2 3]\n [4 5 6]]");
        let b = array![1, -20, 300];
        assert_eq!(format!("{b:?}"), "array([  1, -20, 300])");
        let c = array![[[1, 2], [3, 4]], [[5, 6], [7, 8]]];
        assert_eq!(format!("{c}"), "[[[1 2]\n  [3 4]]\n\n [[5 6]\n  [7 8]]]");
    }

    #[test]
    fn large_arrays_are_summarised_with_their_shape() {
        let a = Array::arange(0i64, 10_000, 1);
        assert_eq!(
            format!("{a:?}"),
            "array([   0,    1,    2, ..., 9997, 9998, 9999], shape=(10000,))"
        );
        let b = Array::<i32, DynRank>::zeros(DynRank::new(&[40, 40]));
        let s = format!("{b}");
        assert!(
            s.starts_with("[[0 0 0 ... 0 0 0]\n [0 0 0 ... 0 0 0]\n [0 0 0 ... 0 0 0]\n ...\n")
        );
    }

    #[test]
    fn scalar_and_empty() {
        let z = Array::<i32, DynRank>::zeros(DynRank::new(&[]));
        assert_eq!(format!("{z:?}"), "array(0)");
        let e = Array::<i32, DynRank>::zeros(DynRank::new(&[0]));
        assert_eq!(format!("{e:?}"), "array([])");
    }
}

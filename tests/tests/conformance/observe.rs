//! Reading a Rust result off in NumPy's terms.

use array_core::{Array, CowArray, Layout, Shape, View};

/// Everything the test reads off a Rust result, in NumPy's terms.
#[derive(Debug)]
pub(crate) struct Observed {
    pub(crate) shape: Vec<usize>,
    pub(crate) strides: Vec<isize>,
    /// `buffer_offset()` for a view of the buffer, `None` for an owned copy.
    pub(crate) offset: Option<usize>,
    pub(crate) c: bool,
    pub(crate) f: bool,
    pub(crate) owns_data: bool,
    pub(crate) writeable: bool,
    /// The type's answer: a view (`View`, `CowArray::View`) or a copy.
    pub(crate) is_view: bool,
    /// Whether every element the result reaches lies inside the buffer;
    /// `None` for a zero-size result, which reaches nothing.
    pub(crate) in_buffer: Option<bool>,
    /// The result's type computes its strides from its dims (`C` or `F`).
    pub(crate) dense_type: bool,
    pub(crate) values: Vec<i64>,
}

/// Where the case's buffer sits in memory, as addresses, so that results can
/// be located without borrowing it.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Region {
    pub(crate) start: isize,
    pub(crate) len: usize,
}

impl Region {
    pub(crate) fn of(buf: &[i64]) -> Self {
        Region {
            start: buf.as_ptr() as isize,
            len: buf.len(),
        }
    }
}

/// Whether the elements of a non-empty layout starting at `first` all lie
/// inside `buf` (compared as addresses).
pub(crate) fn reaches_only(
    buf: Region,
    first: *const i64,
    dims: &[usize],
    strides: &[isize],
) -> Option<bool> {
    if dims.contains(&0) {
        return None;
    }
    let item = std::mem::size_of::<i64>() as isize;
    let (mut lo, mut hi) = (0isize, 0isize);
    for (&d, &s) in dims.iter().zip(strides) {
        let reach = s * (d as isize - 1);
        if reach < 0 {
            lo += reach;
        } else {
            hi += reach;
        }
    }
    let start = buf.start;
    let end = start + buf.len as isize * item;
    let first = first as isize;
    Some(first + lo * item >= start && first + hi * item < end)
}

pub(crate) fn observe_view<S: Shape, L: Layout>(v: &View<'_, i64, S, L>, buf: Region) -> Observed {
    let dims = v.dims().as_ref().to_vec();
    let strides = v.strides().as_ref().to_vec();
    let flags = v.flags();
    Observed {
        in_buffer: reaches_only(buf, v.as_ptr(), &dims, &strides),
        // An offset is only meaningful in the buffer the test built.
        offset: (v.buffer_len() == buf.len).then(|| v.buffer_offset()),
        shape: dims,
        strides,
        c: flags.c_contiguous,
        f: flags.f_contiguous,
        owns_data: flags.owns_data,
        writeable: flags.writeable,
        is_view: true,
        dense_type: L::ALWAYS_C_CONTIGUOUS || L::ALWAYS_F_CONTIGUOUS,
        values: v.iter().copied().collect(),
    }
}

pub(crate) fn observe_owned<S: Shape, L: Layout>(a: &Array<i64, S, L>, buf: Region) -> Observed {
    let dims = a.dims().as_ref().to_vec();
    let strides = a.strides().as_ref().to_vec();
    let flags = a.flags();
    Observed {
        in_buffer: reaches_only(buf, a.view().as_ptr(), &dims, &strides),
        offset: None,
        shape: dims,
        strides,
        c: flags.c_contiguous,
        f: flags.f_contiguous,
        owns_data: flags.owns_data,
        writeable: flags.writeable,
        is_view: false,
        dense_type: L::ALWAYS_C_CONTIGUOUS || L::ALWAYS_F_CONTIGUOUS,
        values: a.iter().copied().collect(),
    }
}

pub(crate) fn observe_cow<S: Shape, L: Layout>(
    r: &CowArray<'_, i64, S, L>,
    buf: Region,
) -> Observed {
    let observed = match r {
        CowArray::View(v) => observe_view(v, buf),
        CowArray::Owned(a) => observe_owned(a, buf),
    };
    // The enum's own answer and flags must agree with the variant's.
    assert_eq!(observed.is_view, r.is_view());
    assert_eq!(observed.owns_data, r.flags().owns_data);
    observed
}

/// Strides as far as they address memory: those of the axes longer than 1
/// of a non-empty array (`None` marks an axis whose stride is never used).
pub(crate) fn addressing_strides(dims: &[usize], strides: &[isize]) -> Vec<Option<isize>> {
    let empty = dims.contains(&0);
    dims.iter()
        .zip(strides)
        .map(|(&d, &s)| (!empty && d > 1).then_some(s))
        .collect()
}

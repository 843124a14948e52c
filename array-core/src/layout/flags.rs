//! NumPy's array flags, computed from a concrete layout.

use std::fmt;

/// The answer to "what is this array, in memory?", as NumPy's `a.flags`.
///
/// `c_contiguous` and `f_contiguous` follow NumPy exactly: length-1 axes
/// are ignored and a zero-size array is both. `owns_data` is true for an
/// [`Array`](crate::Array) and for the owned side of a
/// [`CowArray`](crate::CowArray). `writeable` is a property of the *type*
/// here: views are read-only, mutable views and owned arrays are writeable.
///
/// ```
/// use array_core::{Array, shape};
/// let a = Array::<f64, shape![3, 1]>::zeros_static();
/// let fl = a.flags();
/// assert!(fl.c_contiguous && fl.f_contiguous && fl.owns_data && fl.writeable);
/// assert!(!a.view().flags().writeable);
/// ```
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub struct Flags {
    /// Row-major contiguous (NumPy `C_CONTIGUOUS`).
    pub c_contiguous: bool,
    /// Column-major contiguous (NumPy `F_CONTIGUOUS`).
    pub f_contiguous: bool,
    /// The value owns its buffer (NumPy `OWNDATA`).
    pub owns_data: bool,
    /// Elements can be written through this value (NumPy `WRITEABLE`).
    pub writeable: bool,
}

impl fmt::Display for Flags {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let b = |x: bool| if x { "True" } else { "False" };
        writeln!(f, "  C_CONTIGUOUS : {}", b(self.c_contiguous))?;
        writeln!(f, "  F_CONTIGUOUS : {}", b(self.f_contiguous))?;
        writeln!(f, "  OWNDATA : {}", b(self.owns_data))?;
        write!(f, "  WRITEABLE : {}", b(self.writeable))
    }
}

//! Operations that answer "view or copy?": one module each.
//!
//! * `reshape`: static, run-time checked, no-copy and must-copy reshapes;
//! * `ravel`: `ravel` (view when NumPy's rule allows) and `flatten` (always a copy);
//! * `transpose`: full reversal (`C` <-> `F` in the type), permutations, swaps;
//! * `to_owned`: owned copies in the layout's order or NumPy's orders;
//! * `contiguous`: `to_c_contiguous` / `to_f_contiguous` and run-time promotion.

mod contiguous;
mod ravel;
mod reshape;
mod to_owned;
pub(crate) mod transpose;

pub use reshape::CopyPolicy;

use crate::error::ShapeError;
use crate::rules;

/// Maps the rules' target error to the public one, with NumPy's numbers.
pub(crate) fn target_error(
    e: rules::reshape::TargetError,
    size: usize,
    target: &[isize],
) -> ShapeError {
    match e {
        rules::reshape::TargetError::MoreThanOneUnknown => ShapeError::MultipleUnknown {
            target: target.to_vec(),
        },
        rules::reshape::TargetError::SizeMismatch => ShapeError::SizeMismatch {
            size,
            target: target.to_vec(),
        },
        rules::reshape::TargetError::TooManyAxes => ShapeError::TooManyAxes {
            found: target.len(),
        },
        rules::reshape::TargetError::TooBig => ShapeError::TooBig {
            dims: target.iter().map(|&d| d.max(0) as usize).collect(),
        },
    }
}

//! The tuple lengths the crate implements its traits for, listed once.
//!
//! Shapes are tuples of 0 to 6 dims and `s!` item lists are tuples of 0 to
//! 16 items. Every per-arity impl goes through these two macros, so the
//! limits change in one place.

/// Calls `$m!(rank; D0, .., D{rank-1})` for every tuple shape rank, 0 to 6.
macro_rules! for_each_rank {
    ($m:ident) => {
        $m!(0;);
        $m!(1; D0);
        $m!(2; D0, D1);
        $m!(3; D0, D1, D2);
        $m!(4; D0, D1, D2, D3);
        $m!(5; D0, D1, D2, D3, D4);
        $m!(6; D0, D1, D2, D3, D4, D5);
    };
}

/// Calls `$m!(A, ..)` for every `s!` item tuple, 0 to 16 items.
macro_rules! for_each_item_count {
    ($m:ident) => {
        $m!();
        $m!(A);
        $m!(A, B);
        $m!(A, B, C);
        $m!(A, B, C, D);
        $m!(A, B, C, D, E);
        $m!(A, B, C, D, E, F);
        $m!(A, B, C, D, E, F, G);
        $m!(A, B, C, D, E, F, G, H);
        $m!(A, B, C, D, E, F, G, H, I);
        $m!(A, B, C, D, E, F, G, H, I, J);
        $m!(A, B, C, D, E, F, G, H, I, J, K);
        $m!(A, B, C, D, E, F, G, H, I, J, K, L);
        $m!(A, B, C, D, E, F, G, H, I, J, K, L, M);
        $m!(A, B, C, D, E, F, G, H, I, J, K, L, M, N);
        $m!(A, B, C, D, E, F, G, H, I, J, K, L, M, N, O);
        $m!(A, B, C, D, E, F, G, H, I, J, K, L, M, N, O, P);
    };
}

/// `Dyn`, once per identifier: `($(dyn_for!($d),)*)` is the all-dynamic
/// tuple of a rank.
#[cfg(feature = "ndarray")]
macro_rules! dyn_for {
    ($d:ident) => {
        $crate::Dyn
    };
}

#[cfg(feature = "ndarray")]
pub(crate) use dyn_for;
pub(crate) use {for_each_item_count, for_each_rank};

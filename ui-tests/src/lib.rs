//! Compile-time diagnostics of array-core, pinned with trybuild. This library
//! is intentionally empty; everything lives under `tests/`.
//!
//! * `tests/ui/<subject>/<subject>-<problem>.rs`: programs that must **not**
//!   compile, each next to the `.stderr` a user sees. Subjects are folders:
//!   `macro-syntax/` (`array!`, `shape!`), `shape/`, `reshape/`, `layout/`,
//!   `index/`, `borrow/`, `broadcast/`, `threads/`, and `slice/` for `s!`.
//! * `tests/pass/*.rs`: programs that must compile and run; each pins the
//!   type an operation returns (`let v: View<'_, i32, shape![3, 2], F> =
//!   a.t();`), so a change to the return-type contract fails here.
//! * `tests/ui.rs`: the one trybuild test that runs both sets, and checks
//!   the guide to the errors, `array-core/src/docs/errors.md`: every
//!   message it quotes is still what rustc prints, and it quotes the first
//!   line of every case here.
//!
//! Almost every static check of the library is an error under `cargo
//! check`. The exceptions compare lengths above 1024 (`Big` dims), which
//! the type system's numbers cannot hold: a constant in the library fails
//! when the program is built, at monomorphisation, with an `E0080` error
//! (`reshape/reshape-big-count-mismatch`,
//! `broadcast/broadcast-big-lengths-differ`). trybuild builds the cases
//! with `cargo build` because the suite has compile-pass cases, so those
//! `.stderr` files show what `cargo build` prints; `cargo check` does not
//! report them.
//!
//! What a good message looks like here: its first line names the problem in
//! words and, where it can, the numbers or shapes (never typenum's `UInt<..>`);
//! its primary span is on the user's tokens; one mistake gives one error; and
//! a `note` or `help` says what to do instead.
//!
//! After a deliberate change to a message, regenerate the snapshots with
//! `TRYBUILD=overwrite cargo test -p ui-tests` and read every changed
//! `.stderr` before committing it.

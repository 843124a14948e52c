//! Compile-time diagnostics of array-core, pinned with trybuild. This library
//! is intentionally empty; everything lives under `tests/`.
//!
//! * `tests/ui/<subject>/<subject>-<problem>.rs`: programs that must **not**
//!   compile, each next to the `.stderr` a user sees. Subjects are folders:
//!   `macro-syntax/` (`array!`, `shape!`), `shape/`, `reshape/`, `layout/`,
//!   `index/`, `borrow/`, and `slice/` for `s!`.
//! * `tests/pass/*.rs`: programs that must compile and run; each pins the
//!   type an operation returns (`let v: View<'_, i32, shape![3, 2], F> =
//!   a.t();`), so a change to the return-type contract fails here.
//! * `tests/ui.rs`: the one trybuild test that runs both sets, and checks
//!   that every message quoted in `docs/errors.md` is still what rustc prints.
//!
//! Every static check of the library is an error under `cargo check`, not
//! only under `cargo build`: trybuild runs `cargo check` for the
//! compile-fail cases, so each `.stderr` here was produced without code
//! generation. (A `const { assert!(..) }` on generic parameters would only
//! fail at monomorphisation, under `cargo build`; the library does not use
//! one as a user-facing check.)
//!
//! What a good message looks like here: its first line names the problem in
//! words and, where it can, the numbers or shapes (never typenum's `UInt<..>`);
//! its primary span is on the user's tokens; one mistake gives one error; and
//! a `note` or `help` says what to do instead.
//!
//! After a deliberate change to a message, regenerate the snapshots with
//! `TRYBUILD=overwrite cargo test -p ui-tests` and read every changed
//! `.stderr` before committing it.

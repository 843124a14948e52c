//! Compile-fail cases (`tests/ui/<subject>/*.rs`, each with the `.stderr`
//! users should see) and compile-pass cases (`tests/pass/*.rs`, each a
//! program that only compiles when the library picks the documented types).
//!
//! Regenerate the snapshots after a deliberate change with
//! `TRYBUILD=overwrite cargo test -p ui-tests`, then read every `.stderr`.

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    t.compile_fail("tests/ui/*/*.rs");
    t.pass("tests/pass/*.rs");
}

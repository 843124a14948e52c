#!/usr/bin/env bash
# Clean debug builds of the same ten-line program, once on array-core and
# once on ndarray, alternated so that both see the same machine load.
# Prints each time and the ratio of the medians.
#
#   scripts/compare-build-times.sh [rounds]     (default 3)
#
# array-core is taken the way a user gets it: as a dependency that is not a
# path, here a git dependency on this repository's committed HEAD (commit
# first to measure a change). Cargo builds such a dependency without
# incremental compilation, as it builds ndarray from crates.io. A second
# table times the path dependency (how this workspace builds it), which
# cargo compiles incrementally: a clean incremental build costs more.
#
# Needs git, cargo, network access to crates.io, and `bc` for the
# arithmetic.
set -euo pipefail
command -v bc >/dev/null || { echo "compare-build-times.sh needs bc (apt install bc)" >&2; exit 1; }
root="$(cd "$(dirname "$0")/.." && pwd)"
rounds="${1:-3}"
head="$(git -C "$root" rev-parse HEAD)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

make_crate() { # name, dependency line, main.rs body
  mkdir -p "$work/$1/src"
  cat >"$work/$1/Cargo.toml" <<TOML
[package]
name = "$1"
version = "0.0.0"
edition = "2024"
publish = false

[dependencies]
$2

[workspace]
TOML
  printf '%s\n' "$3" >"$work/$1/src/main.rs"
  cp "$root/rust-toolchain.toml" "$work/$1/"
}

program='
use array_core::{Array, DynRank, s, shape};
fn main() {
    let a = Array::<f64, shape![3, 4]>::from_fn_static(|[i, j]| (i * 4 + j) as f64);
    let b = &a + &a.slice(s![0..1, ..]);
    let t = a.t().to_owned();
    let d = Array::<f64, DynRank>::zeros(DynRank::new(&[2, 6]));
    println!("{} {} {}", b.sum(), t.sum(), d.len());
}'

make_crate with-array-core "array-core = { git = \"file://$root\", rev = \"$head\" }" "$program"
make_crate with-array-core-path "array-core = { path = \"$root/array-core\" }" "$program"

make_crate with-ndarray 'ndarray = { version = "0.17", default-features = false, features = ["std"] }' '
use ndarray::{Array2, ArrayD, IxDyn, s};
fn main() {
    let a = Array2::from_shape_fn((3, 4), |(i, j)| (i * 4 + j) as f64);
    let b = &a + &a.slice(s![0..1, ..]);
    let t = a.t().to_owned();
    let d = ArrayD::<f64>::zeros(IxDyn(&[2, 6]));
    println!("{} {} {}", b.sum(), t.sum(), d.len());
}'

# Fetch and check both once, so that the timed builds only compile.
for c in with-array-core with-array-core-path with-ndarray; do
  (cd "$work/$c" && cargo build -q >/dev/null 2>&1 && cargo clean -q)
done

time_build() {
  (cd "$work/$1" && cargo clean -q && local s=$(date +%s.%N) && cargo build -q >/dev/null 2>&1 &&
    echo "$(date +%s.%N) - $s" | bc)
}

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

compare() { # label, array-core crate
  local -a ours theirs
  echo "$1"
  for ((i = 0; i < rounds; i++)); do
    ours+=("$(time_build "$2")")
    theirs+=("$(time_build with-ndarray)")
    echo "  round $((i + 1)): array-core ${ours[-1]} s, ndarray ${theirs[-1]} s"
  done
  local mo mt
  mo="$(median "${ours[@]}")"
  mt="$(median "${theirs[@]}")"
  echo "  median: array-core $mo s, ndarray $mt s, ratio $(printf '%.2f' "$(echo "scale=4; $mo / $mt" | bc)")"
}

compare "array-core as a git dependency at $head (not incremental, as from crates.io):" with-array-core
compare "array-core as a path dependency (incremental):" with-array-core-path

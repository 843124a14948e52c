#!/usr/bin/env python3
"""NumPy's figures for the rows of the side-by-side table in
docs/benchmarks.md, measured the same way: medians of interleaved
repetitions, each row as a ratio to its baseline in the same run.

    python3 scripts/numpy-side-by-side.py [samples]     (default 41)

Needs NumPy (`pip install numpy`). The ratios compare with the
array-core and ndarray columns of `cargo bench -p array-core --bench
side_by_side`; absolute times do not, as they come from another process
and another hour.
"""

import sys
import time

import numpy as np

SAMPLES = int(sys.argv[1]) if len(sys.argv) > 1 else 41


def median_times(cases, samples=SAMPLES, inner=1):
    """Interleaves the cases `samples` times; returns each one's median
    time per call in seconds (`inner` calls per sample)."""
    times = {name: [] for name, _ in cases}
    for _ in range(samples):
        for name, fn in cases:
            start = time.perf_counter()
            for _ in range(inner):
                fn()
            times[name].append((time.perf_counter() - start) / inner)
    return {name: sorted(ts)[len(ts) // 2] for name, ts in times.items()}


def square(side):
    return np.arange(side * side, dtype=np.float64).reshape(side, side)


def transposing_copy(side):
    a = square(side)
    m = median_times(
        [
            ("memcpy", lambda: a.copy()),  # a fresh buffer, as `to_vec`
            ("transposed", lambda: np.ascontiguousarray(a.T)),
        ]
    )
    c = np.ascontiguousarray(a.T)  # a C-order copy, not a view
    assert c.flags.c_contiguous and not np.shares_memory(c, a)
    return m["transposed"] / m["memcpy"], m


def transposing_copy_into(side):
    a, dst = square(side), square(side)
    m = median_times(
        [
            ("copy", lambda: np.copyto(dst, a)),
            ("transposed", lambda: np.copyto(dst, a.T)),
        ]
    )
    assert np.array_equal(dst, a.T)  # the last call wrote the transpose
    return m["transposed"] / m["copy"], m


def add_assign_transposed(side=2000):
    a, b = square(side), square(side)

    def plain():
        nonlocal a
        a += b

    def transposed():
        nonlocal a
        a += b.T

    m = median_times([("plain", plain), ("transposed", transposed)])
    return m["transposed"] / m["plain"], m


def reshape_view():
    a = np.zeros((4, 6, 10))
    m = median_times([("reshape", lambda: a.reshape(24, 10))], inner=1000)
    assert np.shares_memory(a.reshape(24, 10), a)
    return m["reshape"]


def main():
    print(f"NumPy {np.__version__}, medians of {SAMPLES} interleaved samples")
    for side in (1024, 2048, 4096):
        r, m = transposing_copy(side)
        print(
            f"transposing copy / memcpy, {side}^2: {r:.2f}"
            f" ({m['transposed'] * 1e3:.3f} / {m['memcpy'] * 1e3:.3f} ms)"
        )
    for side in (1024, 2000, 2048, 4096):
        r, m = transposing_copy_into(side)
        print(
            f"copyto(dst, a.T) / copyto(dst, a), {side}^2: {r:.2f}"
            f" ({m['transposed'] * 1e3:.3f} / {m['copy'] * 1e3:.3f} ms)"
        )
    r, m = add_assign_transposed()
    print(
        f"a += b.T / a += b, 2000^2: {r:.2f}"
        f" ({m['transposed'] * 1e3:.3f} / {m['plain'] * 1e3:.3f} ms)"
    )
    print(f"reshape view (4, 6, 10) -> (24, 10): {reshape_view() * 1e9:.0f} ns")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""SciPy's KL against entropy-core-bench's every quantity, on the same 10^6-event pair, in one run.

Optional: it needs python3-scipy, which is not a dependency of the build or the tests.
Usage: bench/compare_scipy.py [build/release/bench/entropy-core-bench]
Prints both figures in ns per event and the ratio (how many times faster the core is while
computing every quantity, against SciPy computing D(P||Q) alone).
"""
import json
import os
import subprocess
import sys
import tempfile
import timeit

try:
    import numpy as np
    from scipy.stats import entropy
except ImportError:
    sys.exit("compare_scipy.py needs python3-scipy (sudo apt-get install python3-scipy)")

N = 1_000_000
BENCH = sys.argv[1] if len(sys.argv) > 1 else "build/release/bench/entropy-core-bench"


def scipy_ns_per_event(p, q):
    entropy(p, q)  # warm up
    runs = timeit.repeat(lambda: entropy(p, q), number=5, repeat=7)
    return min(runs) / 5 / N * 1e9


def core_ns_per_event(pair_path):
    env = dict(os.environ, ENTROPY_BENCH_PAIR=pair_path)
    out = subprocess.run(
        # Argument 2: the widest instruction set this processor has, up to AVX-512.
        [BENCH, f"--benchmark_filter=BM_CompareTotals/{N}/2$", "--benchmark_format=json",
         "--benchmark_repetitions=5", "--benchmark_report_aggregates_only=true"],
        env=env, check=True, capture_output=True, text=True).stdout
    runs = json.loads(out)["benchmarks"]
    median = next(r for r in runs if r["aggregate_name"] == "median")
    # The counter is a rate inverted: seconds per event. The label names the instruction set.
    return median["ns_per_event"] * 1e9, median.get("label", "")


def main():
    rng = np.random.default_rng(1)
    p, q = rng.gamma(1.0, size=N) + 1e-12, rng.gamma(1.0, size=N) + 1e-12
    with tempfile.NamedTemporaryFile(suffix=".f64") as pair:
        pair.write(p.astype(np.float64).tobytes() + q.astype(np.float64).tobytes())
        pair.flush()
        core, instruction_set = core_ns_per_event(pair.name)
    scipy = scipy_ns_per_event(p, q)
    print(f"SciPy entropy(p, q), D(P||Q) alone:      {scipy:6.2f} ns per event")
    print(f"entropy-core-bench, every quantity:     {core:6.2f} ns per event ({instruction_set})")
    print(f"ratio (SciPy / core):                   {scipy / core:6.2f}x")


if __name__ == "__main__":
    main()

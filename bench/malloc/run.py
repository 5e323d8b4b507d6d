#!/usr/bin/env python3
"""bench/malloc/run.py [BUILD_DIR]: lstar vs glibc static vs musl static.

Builds churn.c and memstr.c three ways (build/lstar-cc, gcc -static,
musl-gcc -static; all -O2), runs each variant 3 times, interleaved, and
prints the median wall time of each and the ratio to lstar (>1: lstar is
faster).  Timings are noisy on a shared machine: compare the ratios.
"""
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def build(tmp, build_dir):
    ccs = {"lstar": [os.path.join(build_dir, "lstar-cc"), "-O2"],
           "glibc": ["gcc", "-O2", "-static"],
           "musl": ["musl-gcc", "-O2", "-static"]}
    out = {}
    for name, cc in ccs.items():
        if not shutil.which(cc[0]):
            print(f"({name}: {cc[0]} not found, skipped)")
            continue
        for prog in ("churn", "memstr"):
            exe = os.path.join(tmp, f"{prog}-{name}")
            subprocess.run(cc + [os.path.join(HERE, prog + ".c"), "-o", exe], check=True)
            out[(prog, name)] = exe
    return out


def timed(cmd):
    t = time.perf_counter()
    subprocess.run(cmd, check=False)
    return time.perf_counter() - t


def main():
    build_dir = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "build")
    cases = [("churn", ["5000000"], "malloc/free/realloc churn, 5M ops"),
             ("memstr", ["0", "200"], "memcpy 16 MiB x200"),
             ("memstr", ["1", "200"], "memset 16 MiB x200"),
             ("memstr", ["2", "200"], "strlen 16 MiB x200"),
             ("memstr", ["3", "200"], "memchr 16 MiB x200"),
             ("memstr", ["4", "200"], "memcpy 4 KiB pieces, 16 MiB x200"),
             ("memstr", ["5", "100"], "memcpy 200 B pieces, 16 MiB x100")]
    with tempfile.TemporaryDirectory() as tmp:
        exes = build(tmp, build_dir)
        libcs = [n for n in ("lstar", "glibc", "musl") if ("churn", n) in exes]
        for prog, args, title in cases:
            times = {n: [] for n in libcs}
            for _ in range(3):
                for n in libcs:
                    times[n].append(timed([exes[(prog, n)]] + args))
            med = {n: statistics.median(v) for n, v in times.items()}
            cells = "  ".join(f"{n} {med[n]:.3f}s" for n in libcs)
            ratios = "  ".join(f"{n}/lstar {med[n] / med['lstar']:.2f}" for n in libcs if n != "lstar")
            print(f"{title:36s} {cells}   {ratios}")


if __name__ == "__main__":
    main()

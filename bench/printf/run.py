#!/usr/bin/env python3
"""run.py [BUILD_DIR] [N]: time bench.c built with lstar (build/lstar-cc -O2),
glibc (gcc -O2 -static) and musl (musl-gcc -O2 -static); printf to /dev/null
and snprintf, N calls each (default 5,000,000); 3 runs interleaved, medians
and ratios to glibc."""
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

here = os.path.dirname(os.path.abspath(__file__))
build = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "../../build"))
n = sys.argv[2] if len(sys.argv) > 2 else "5000000"
src = os.path.join(here, "bench.c")
tmp = tempfile.mkdtemp()
libs = {
    "lstar": [os.path.join(build, "lstar-cc"), "-O2"],
    "glibc": ["gcc", "-O2", "-static"],
    "musl": ["musl-gcc", "-O2", "-static"],
}
exes = {}
for name, cc in libs.items():
    if not shutil.which(cc[0]):
        continue
    exe = os.path.join(tmp, name)
    subprocess.run(cc + [src, "-o", exe], check=True)
    exes[name] = exe

times = {(k, m): [] for k in exes for m in "ps"}
for _ in range(3):
    for mode in "ps":
        for name, exe in exes.items():
            with open(os.devnull, "wb") as null:
                t = time.perf_counter()
                subprocess.run([exe, mode, n], stdout=null, check=False)
                times[(name, mode)].append(time.perf_counter() - t)
for mode, what in (("p", "printf to /dev/null"), ("s", "snprintf")):
    base = statistics.median(times[("glibc", mode)])
    print(f"{what}, {n} calls (median of 3):")
    for name in exes:
        m = statistics.median(times[(name, mode)])
        print(f"  {name:6} {m:7.3f} s   {m / base:5.2f}x glibc")
shutil.rmtree(tmp)

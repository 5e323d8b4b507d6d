#!/usr/bin/env python3
"""check.py MODE ...: checks for libc-core's static programs.

  nm BUMP FULL         BUMP (never frees) carries the bump allocator and
                       none of the full one; FULL (frees) carries the full one.
  assert PROG          PROG with an extra argument fails its assert: killed
                       by SIGABRT with glibc's message on stderr; without,
                       it passes.
  abort PROG TEXT      PROG dies of SIGABRT and stderr contains TEXT.
"""
import os
import signal
import subprocess
import sys


def symbols(path):
    out = subprocess.run(["nm", path], check=True, capture_output=True, text=True).stdout
    return {line.split()[-1] for line in out.splitlines() if line.split()}


def check_nm(bump, full):
    b, f = symbols(bump), symbols(full)
    full_only = {"__lstar_full_malloc", "__lstar_full_free", "free"}
    ok = True
    if b & full_only:
        print(f"FAIL {bump} links the full allocator: {sorted(b & full_only)}")
        ok = False
    if "__lstar_bump_alloc" not in b:
        print(f"FAIL {bump} lacks __lstar_bump_alloc")
        ok = False
    if not full_only <= f:
        print(f"FAIL {full} lacks {sorted(full_only - f)}")
        ok = False
    sizes = [os.path.getsize(p) for p in (bump, full)]
    print(f"sizes: bump-only {sizes[0]} B, with free {sizes[1]} B")
    return ok


def check_abort(cmd, text):
    r = subprocess.run(cmd, capture_output=True, text=True)
    print(f"status {r.returncode}, stderr {r.stderr!r}")
    return r.returncode == -signal.SIGABRT and text in r.stderr


def check_assert(prog):
    ok = subprocess.run([prog]).returncode == 6
    name = os.path.basename(prog)
    want = f"{name}: ../tests/libc/programs/assertfail.c:7: twice: Assertion `x * 2 == 6' failed.\n"
    r = subprocess.run([prog, "extra"], capture_output=True, text=True)
    print(f"status {r.returncode}, stderr {r.stderr!r}")
    if r.returncode != -signal.SIGABRT:
        ok = False
    # the file name is as the compiler saw it; compare from the ': ' after it
    if not r.stderr.startswith(name + ": ") or not r.stderr.endswith(want.split(".c", 1)[1]):
        print(f"FAIL expected like {want!r}")
        ok = False
    return ok


def main():
    mode = sys.argv[1]
    if mode == "nm":
        ok = check_nm(sys.argv[2], sys.argv[3])
    elif mode == "abort":
        ok = check_abort([sys.argv[2]], sys.argv[3])
    else:
        ok = check_assert(sys.argv[2])
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

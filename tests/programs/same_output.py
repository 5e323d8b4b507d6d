#!/usr/bin/env python3
"""same_output.py A B: run two builds of one program (lstar-cc and the host's
cc with glibc) and require identical standard output and exit status."""
import subprocess
import sys

a = subprocess.run([sys.argv[1]], capture_output=True)
b = subprocess.run([sys.argv[2]], capture_output=True)
la, lb = a.stdout.decode().splitlines(), b.stdout.decode().splitlines()
bad = [f"  lstar: {x}\n  glibc: {y}" for x, y in zip(la, lb) if x != y]
if len(la) != len(lb):
    bad.append(f"  {len(la)} lines from lstar, {len(lb)} from glibc")
if not la:
    bad.append("  no output from lstar: nothing was compared")
if a.returncode != b.returncode:
    bad.append(f"  exit status {a.returncode} vs {b.returncode}")
print(f"{len(la)} lines compared")
print("\n".join(bad) if bad else "identical")
sys.exit(1 if bad else 0)

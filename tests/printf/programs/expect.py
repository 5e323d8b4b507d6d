#!/usr/bin/env python3
"""expect.py CC SRC OUT: build SRC with the host compiler and C library and
write its standard output to OUT: glibc is the oracle for the lstar build."""
import os
import subprocess
import sys
import tempfile

cc, src, out = sys.argv[1:4]
with tempfile.TemporaryDirectory() as tmp:
    exe = os.path.join(tmp, "prog")
    subprocess.run([cc, "-O2", "-w", src, "-o", exe], check=True)
    r = subprocess.run([exe], stdout=subprocess.PIPE, check=True)
with open(out, "wb") as f:
    f.write(r.stdout)

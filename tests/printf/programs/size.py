#!/usr/bin/env python3
"""size.py LIMIT PROGRAM: strip a copy of PROGRAM, print its size, fail if
it is over LIMIT bytes."""
import os
import shutil
import subprocess
import sys
import tempfile

limit, prog = int(sys.argv[1]), sys.argv[2]
with tempfile.TemporaryDirectory() as tmp:
    copy = os.path.join(tmp, "p")
    shutil.copy(prog, copy)
    subprocess.run(["strip", copy], check=True)
    size = os.path.getsize(copy)
print(f"{os.path.basename(prog)}: {size} bytes stripped (limit {limit})")
sys.exit(0 if size <= limit else 1)

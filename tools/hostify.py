#!/usr/bin/env python3
"""hostify.py LIBC.A OUT.O: make lstar linkable into a hosted (glibc) process.

Links every member of the archive into one relocatable object and renames
every global symbol it defines to lstar_<name>: definitions and the
references to them, including the compiler's implicit memcpy/memset calls,
move together, so no lstar function can bind to the host libc's and no host
call can bind to lstar's.  Then checks the result: an undefined symbol that
is not weak and not the sanitizer runtime's would be resolved by the host,
which is exactly the mixing this step exists to prevent, so it is an error.
"""
import os
import subprocess
import sys
import tempfile

HOST_OK = ("__asan_", "__ubsan_", "__sanitizer_", "__lsan_", "__msan_",
           "__tsan_")


def run(*cmd):
    return subprocess.run(cmd, check=True, capture_output=True, text=True).stdout


def main(lib, out):
    with tempfile.TemporaryDirectory() as tmp:
        merged = os.path.join(tmp, "merged.o")
        run(os.environ.get("LD", "ld"), "-r", "--whole-archive", lib, "-o", merged)
        names = set()
        for line in run("nm", "-g", "--defined-only", merged).splitlines():
            names.add(line.split()[-1])
        mapfile = os.path.join(tmp, "map")
        with open(mapfile, "w") as f:
            for n in sorted(names):
                f.write(f"{n} lstar_{n}\n")
        run("objcopy", f"--redefine-syms={mapfile}", merged, out)
    bad = []
    for line in run("nm", "-u", out).splitlines():
        kind, name = line.split()[-2:]
        if kind in ("w", "v") or name.startswith(HOST_OK):
            continue
        bad.append(name)
    if bad:
        os.unlink(out)
        sys.exit(f"hostify: would bind to the host: {' '.join(bad)}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])

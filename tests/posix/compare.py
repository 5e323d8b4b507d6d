#!/usr/bin/env python3
"""compare.py LSTAR_BIN HOST_BIN: run both builds of posixtool.c with the
same argv[0] ("posixtool"), arguments, stdin and empty environment; stdout,
stderr and the exit status must be identical."""
import os
import subprocess
import sys
import tempfile

CASES = [
    [],
    ["bogus"],
    ["match", "*.c", "src/fnmatch.c", "/usr/lib/", "//", "a//b//", ".hidden.c",
     "dir/.x.c", "", "x.C", "/"],
    ["match", "[!a-m]*", "alpha", "zeta", "/tmp/Mid", "no/slash/"],
    ["match", "ab\\*", "ab*", "abc"],
    ["match"],
    ["user", "root", "0", "nobody", "65534", "no-such-user-here", "4000000000"],
    ["group", "root", "0", "adm", "users", "no-such-group-here"],
    ["stat", "/", "/nonexistent/x", "/etc/passwd", "/etc/passwd/x"],
    ["tty"],
]


def run(binary, args, extra=None):
    r = subprocess.run(["posixtool"] + args + (extra or []), executable=binary,
                       env={}, stdin=subprocess.DEVNULL, capture_output=True)
    return r.returncode, r.stdout, r.stderr


def main(lstar, host):
    bad = 0
    with tempfile.NamedTemporaryFile() as f:
        cases = CASES + [["lock", f.name]]
        for args in cases:
            a, b = run(lstar, args), run(host, args)
            if a != b:
                bad += 1
                print(f"posixtool {' '.join(args)}:\n  lstar {a}\n  glibc {b}")
    print(f"{len(cases) - bad}/{len(cases)} cases identical")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))

#!/usr/bin/env python3
"""tools.py LSTAR_BIN_DIR HOST_BIN_DIR: run each example tool (cat wc head
ls env, and the abi.c layout printer), built once with lstar-cc and once
with the host's cc and glibc,
on the same arguments and input, and require the same standard output and
exit status (stderr must be empty for both or non-empty for both: its
wording includes argv[0] and strerror text)."""
import os
import subprocess
import sys
import tempfile


def make_inputs(d):
    text = "".join(f"line {i} has some words\n" for i in range(1, 26))
    files = {
        "a.txt": text,
        "b.txt": "alpha beta\n\ngamma\tdelta  epsilon\nno newline at end",
        "empty.txt": "",
        "bin.dat": bytes(range(256)).decode("latin-1") * 4,
    }
    for name, body in files.items():
        with open(os.path.join(d, name), "w", encoding="latin-1") as f:
            f.write(body)
    sub = os.path.join(d, "tree")
    os.mkdir(sub)
    for n in ["zeta", "alpha", "Beta", ".hidden", "mid"]:
        p = os.path.join(sub, n)
        with open(p, "w") as f:
            f.write(n * 3)
        os.utime(p, (1000000000, 1000000000 + len(n)))
    os.mkdir(os.path.join(sub, "subdir"))
    os.utime(os.path.join(sub, "subdir"), (1000000000, 1000000000))
    os.symlink("alpha", os.path.join(sub, "link"))
    os.utime(sub, (1000000000, 1000000000))
    return text


def cases(d, stdin_text):
    t = os.path.join(d, "tree")
    return [
        ("cat", ["a.txt", "b.txt"], None),
        ("cat", ["-n", "b.txt", "a.txt"], None),
        ("cat", [], stdin_text),
        ("cat", ["-", "empty.txt", "bin.dat"], "from stdin\n"),
        ("cat", ["missing.txt", "a.txt"], None),
        ("cat", ["-x"], None),
        ("wc", ["a.txt"], None),
        ("wc", ["-l", "a.txt", "b.txt", "empty.txt"], None),
        ("wc", ["-wc", "bin.dat"], None),
        ("wc", [], stdin_text),
        ("wc", ["missing.txt"], None),
        ("head", ["a.txt"], None),
        ("head", ["-n", "3", "a.txt", "b.txt"], None),
        ("head", ["-c", "17", "b.txt"], None),
        ("head", ["-n", "0", "a.txt"], None),
        ("head", ["-n", "x", "a.txt"], None),
        ("head", [], stdin_text),
        ("ls", [t], None),
        ("ls", ["-a", t], None),
        ("ls", ["-l", t], None),
        ("ls", ["-al", t, t + "/subdir"], None),
        ("ls", ["/nonexistent"], None),
        ("env", ["-i", "A=1", "B=two"], None),
        ("env", ["-i", "X=y", "sh", "-c", "echo $X"], None),
        ("env", ["-i", "-u", "K", "K2=v"], None),
        ("env", ["-i", "lstar-no-such-command"], None),
        ("env", ["-i", "PATH=/usr/bin:/bin", "env"], None),
        ("abi", [], None),
    ]


def run(exe, args, stdin, cwd):
    r = subprocess.run([exe] + args, input=(stdin or "").encode("latin-1"),
                       capture_output=True, cwd=cwd, env={"PATH": "/usr/bin:/bin"})
    return r.stdout, r.returncode, bool(r.stderr)


def main(lstar_dir, host_dir):
    failed = 0
    lstar_dir, host_dir = os.path.abspath(lstar_dir), os.path.abspath(host_dir)
    with tempfile.TemporaryDirectory(prefix="lstar-tools-") as d:
        text = make_inputs(d)
        for tool, args, stdin in cases(d, text):
            a = run(os.path.join(lstar_dir, "lstar-" + tool), args, stdin, d)
            b = run(os.path.join(host_dir, "host-" + tool), args, stdin, d)
            ok = a == b and (a[0] or a[1] or tool == "head")
            print(("ok  " if ok else "FAIL") + f" {tool} {' '.join(args)}: rc {a[1]}/{b[1]}")
            if not ok:
                failed += 1
                print(f"  lstar: {a!r}\n  glibc: {b!r}")
    print(f"{failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))

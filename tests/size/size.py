#!/usr/bin/env python3
"""size.py MODE BUILDDIR [args]: size budgets and what a static lstar program
links, checked on programs built with BUILDDIR/lstar-cc and its defaults
(no -O flag unless a test says so).

  budget SRC LIMIT [--may-skip]  stripped size <= LIMIT bytes; segments W^X
  nostdio                        no_stdio.c links no symbol of src/stdio
  nofree                         malloc_only.c links no allocator member that
                                 defines free, and less allocator code than
                                 malloc_free.c
  startup SRC [--may-skip]       under strace, the first syscall after
                                 execve is main's getppid

A program that does not link yet (the library piece it needs has not
landed) makes the test SKIP (exit 77) with the linker's reason, so the test
starts enforcing by itself once the piece exists.
"""
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "programs"))
from run import trace  # noqa: E402  (the same strace parser as run.py)

SKIP = 77


def build(builddir, src, out, extra=()):
    """Compile and link with lstar-cc.  Returns (True, members of libc.a the
    link loaded, from ld's map) or (False, reason)."""
    cc = os.path.join(builddir, "lstar-cc")
    r = subprocess.run([cc, *extra, src, "-o", out, "-Wl,-Map=" + out + ".map"],
                       capture_output=True, text=True)
    if r.returncode == 0:
        with open(out + ".map") as f:
            text = f.read()
        # The map opens with "Archive member included to satisfy reference
        # by file (symbol)", one "libc.a(member)" per loaded object.
        loaded = text.split("Discarded input sections", 1)[0]
        return True, set(re.findall(r"libc\.a\(([^)]+)\)", loaded))
    undefined = sorted(set(re.findall(r"undefined reference to `([^']+)'", r.stderr)))
    if undefined:
        return False, "not in libc.a yet: " + ", ".join(undefined)
    return False, r.stderr.strip()


def build_or_skip(builddir, src, out, may_skip):
    ok, why = build(builddir, src, out)
    if ok:
        return why
    name = os.path.basename(src)
    if may_skip:
        print(f"SKIP {name} does not link with lstar yet ({why})")
        sys.exit(SKIP)
    print(f"FAIL {name} does not build: {why}")
    sys.exit(1)


def stripped_size(prog):
    out = prog + ".stripped"
    subprocess.run(["strip", "-o", out, prog], check=True)
    return os.path.getsize(out)


def segments(prog):
    """(type, flags) of every program header, e.g. ("LOAD", "R E")."""
    r = subprocess.run(["readelf", "-lW", prog], capture_output=True, text=True, check=True)
    segs = []
    for line in r.stdout.splitlines():
        m = re.match(r"\s+([A-Z_]+)\s+0x\S+\s+0x\S+\s+0x\S+\s+0x\S+\s+0x\S+\s+([RWE ]+?)\s+0x", line)
        if m:
            segs.append((m.group(1), m.group(2)))
    return segs


def check_wx(prog):
    segs = segments(prog)
    bad = [s for s in segs if "W" in s[1] and "E" in s[1]]
    if bad:
        print(f"FAIL writable and executable segment: {bad}")
        return False
    stack = [s for s in segs if s[0] == "GNU_STACK"]
    if not stack or "E" in stack[0][1]:
        print(f"FAIL stack must be non-executable: {stack}")
        return False
    print("ok   W^X: " + ", ".join(f"{t} {f.replace(' ', '')}" for t, f in segs))
    return True


def mode_budget(builddir, tmp, args):
    src, limit = args[0], int(args[1])
    prog = os.path.join(tmp, "prog")
    build_or_skip(builddir, src, prog, "--may-skip" in args)
    size = stripped_size(prog)
    ok = check_wx(prog)
    verdict = "ok  " if size <= limit else "FAIL"
    print(f"{verdict} {os.path.basename(src)}: {size} bytes stripped (budget {limit})")
    if size > limit:
        print("     largest symbols (docs/size.md explains the rest):")
        biggest = sorted(program_symbols(prog).items(), key=lambda kv: -kv[1])[:12]
        for name, n in biggest:
            print(f"     {n:7} {name}")
    return ok and size <= limit


def archive_members(libc):
    """{member: set of global symbols it defines} for libc.a."""
    r = subprocess.run(["nm", "-A", "-g", "--defined-only", libc],
                       capture_output=True, text=True, check=True)
    members = {}
    for line in r.stdout.splitlines():
        m = re.match(r"[^:]+:([^:]+):\s*(?:[0-9a-f]+\s+)?[A-Za-z]\s+(\S+)$", line)
        if m:
            members.setdefault(m.group(1), set()).add(m.group(2))
    return members


def program_symbols(prog):
    """{name: size} of every symbol in an unstripped program."""
    r = subprocess.run(["nm", "-S", prog], capture_output=True, text=True, check=True)
    syms = {}
    for line in r.stdout.splitlines():
        parts = line.split()
        if len(parts) == 4:
            syms[parts[3]] = int(parts[1], 16)
        elif parts:
            syms.setdefault(parts[-1], 0)
    return syms


def mode_nostdio(builddir, tmp, args):
    prog = os.path.join(tmp, "nostdio")
    loaded = build_or_skip(builddir, os.path.join(HERE, "no_stdio.c"), prog, False)
    stdio = sorted(m for m in loaded if m.startswith("src_stdio_"))
    if stdio:
        print(f"FAIL no_stdio.c links stdio objects: {', '.join(stdio)}")
        return False
    if not loaded:
        print("FAIL ld's map named no libc.a member: the check cannot see anything")
        return False
    print(f"ok   no_stdio.c loads {len(loaded)} members of libc.a, none from src/stdio")
    # The detector itself: a puts program must load src/stdio objects.
    ok, loaded = build(builddir, os.path.join(HERE, "hello_puts.c"), os.path.join(tmp, "puts"))
    if ok:
        seen = [m for m in loaded if m.startswith("src_stdio_")]
        if not seen:
            print("FAIL hello_puts.c loads no src/stdio object: the check cannot see stdio")
            return False
        print(f"ok   hello_puts.c does load src/stdio ({', '.join(sorted(seen))})")
    return True


ALLOC_API = {"malloc", "free", "calloc", "realloc"}


def member_symbols(libc, tmp, member):
    """Every symbol (global and local) a libc.a member defines."""
    subprocess.run(["ar", "x", libc, member], cwd=tmp, check=True)
    r = subprocess.run(["nm", "--defined-only", os.path.join(tmp, member)],
                       capture_output=True, text=True, check=True)
    return {line.split()[-1] for line in r.stdout.splitlines() if line.strip()}


def mode_nofree(builddir, tmp, args):
    libc = os.path.join(builddir, "libc.a")
    members = archive_members(libc)
    defines = lambda name: {m for m, s in members.items() if name in s}  # noqa: E731
    if not defines("malloc") or not defines("free"):
        print("SKIP libc.a defines no malloc/free yet")
        sys.exit(SKIP)
    only = os.path.join(tmp, "malloc_only")
    both = os.path.join(tmp, "malloc_free")
    only_m = build_or_skip(builddir, os.path.join(HERE, "malloc_only.c"), only, True)
    both_m = build_or_skip(builddir, os.path.join(HERE, "malloc_free.c"), both, True)
    ok = True
    leaked = sorted(only_m & defines("free"))
    if leaked:
        print(f"FAIL malloc_only.c loads {', '.join(leaked)}, which defines free")
        ok = False
    else:
        print("ok   malloc_only.c loads no member that defines free")
    alloc = {m for m, s in members.items() if m.startswith("src_malloc_") or s & ALLOC_API}

    def alloc_bytes(prog, loaded):
        syms = program_symbols(prog)
        names = set()
        for m in loaded & alloc:
            names |= member_symbols(libc, tmp, m)
        return sum(v for k, v in syms.items() if k in names), sorted(loaded & alloc)

    a, am = alloc_bytes(only, only_m)
    b, bm = alloc_bytes(both, both_m)
    print(f"     malloc only: {a} bytes in {', '.join(am)}")
    print(f"     malloc+free: {b} bytes in {', '.join(bm)}")
    if a >= b:
        print("FAIL a program without free carries as much allocator code as one with free")
        ok = False
    print(f"     stripped: malloc only {stripped_size(only)}, malloc+free {stripped_size(both)}")
    return ok


def mode_startup(builddir, tmp, args):
    src = args[0]
    prog = os.path.join(tmp, "marker")
    build_or_skip(builddir, src, prog, "--may-skip" in args)
    got = trace([prog], {}, None, False)
    if got is None:
        print("SKIP strace cannot trace here")
        sys.exit(SKIP)
    print("     syscalls after execve: " + " ".join(got))
    if not got or got[0] != "getppid":
        print("FAIL a system call precedes main")
        return False
    print("ok   nothing between execve and main's getppid")
    return True


def main():
    mode, builddir, args = sys.argv[1], os.path.abspath(sys.argv[2]), sys.argv[3:]
    with tempfile.TemporaryDirectory(prefix="lstar-size-") as tmp:
        ok = {"budget": mode_budget, "nostdio": mode_nostdio, "nofree": mode_nofree,
              "startup": mode_startup}[mode](builddir, tmp, args)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

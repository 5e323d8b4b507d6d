#!/usr/bin/env python3
"""bench/run.py: lstar against glibc and musl, side by side, in one run.

    python3 bench/run.py            # full run (a few minutes on 2 cores)
    python3 bench/run.py --quick    # counts 10x smaller (< 60 s)
    python3 bench/run.py --out FILE # also write the markdown table to FILE
    python3 bench/run.py --help     # --reps N, --file-mb N, --no-callgrind, --without-musl

The same sources (bench/src/, tests/size/, examples/) are built with
    lstar   BUILD/lstar-cc -O2
    glibc   gcc -O2 -static
    musl    musl-gcc -O2 -static   (skipped, with a note, when absent)
then every timed benchmark runs interleaved: each repetition runs each
benchmark once per library, rotating which library goes first.  Times are
the child's user+system CPU time (getrusage through wait4), less noisy than
wall time on a shared machine; the table shows medians and the ratios
lstar/glibc and lstar/musl (below 1 means lstar is smaller or faster).
Every program is first run with a small input and its output compared with
glibc's: a library whose result differs is reported WRONG, not timed.  A
program that does not build with lstar yet reports "n/a".
"""
import argparse
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = os.path.join(ROOT, "bench", "src")
sys.path.insert(0, os.path.join(ROOT, "tests", "programs"))
from run import trace  # noqa: E402  the strace parser the tests use

# name -> source; built with every library.
PROGRAMS = {
    "hello_puts": os.path.join(ROOT, "tests", "size", "hello_puts.c"),
    "hello_write": os.path.join(ROOT, "tests", "size", "hello_write.c"),
    "seed": os.path.join(ROOT, "tests", "size", "seed.c"),
    "printf_f": os.path.join(ROOT, "tests", "size", "printf_f.c"),
    "copy": os.path.join(SRC, "copy.c"),
    "printf_mix": os.path.join(SRC, "printf_mix.c"),
    "snprintf_mix": os.path.join(SRC, "snprintf_mix.c"),
    "getpid_libc": os.path.join(SRC, "getpid_libc.c"),
    "getpid_raw": os.path.join(SRC, "getpid_raw.c"),
    "clock": os.path.join(SRC, "clock.c"),
    "malloc_churn": os.path.join(SRC, "malloc_churn.c"),
    "memcpy": os.path.join(SRC, "memcpy.c"),
    "strlen": os.path.join(SRC, "strlen.c"),
}

# (row label, program, full args, quick args, validation args); "@FILE" is
# the generated line file.
TIMED = [
    ("fgets/fputs line copy, {mb} MB", "copy", ["@FILE"], ["@FILE"], ["@SMALL"]),
    ("printf mix x{n}", "printf_mix", ["5000000"], ["500000"], ["3000"]),
    ("snprintf mix x{n}", "snprintf_mix", ["5000000"], ["500000"], ["3000"]),
    ("getpid() wrapper x{n}", "getpid_libc", ["1000000"], ["200000"], ["1000"]),
    ("getpid raw `syscall` x{n}", "getpid_raw", ["1000000"], ["200000"], ["1000"]),
    ("clock_gettime x{n}", "clock", ["1000000"], ["200000"], ["1000"]),
    ("malloc/free churn x{n}", "malloc_churn", ["5000000"], ["500000"], ["100000"]),
    ("memcpy 32 MiB x{n}", "memcpy", ["50"], ["10"], ["3"]),
    ("strlen 32 MiB x{n}", "strlen", ["50"], ["10"], ["3"]),
]

SIZED = [("hello (puts)", "hello_puts"), ("hello (write)", "hello_write"),
         ("seed fopen/fgets/printf", "seed"), ("printf %d %s %f", "printf_f")]


def log(msg):
    print(msg, file=sys.stderr, flush=True)


def compilers(build, wanted):
    libcs = {"lstar": [os.path.join(build, "lstar-cc"), "-O2"],
             "glibc": ["gcc", "-O2", "-static"]}
    notes = []
    if "musl" not in wanted:
        pass
    elif shutil.which("musl-gcc"):
        libcs["musl"] = ["musl-gcc", "-O2", "-static"]
    else:
        notes.append("musl: musl-gcc not found, column skipped (apt-get install musl-tools)")
    return libcs, notes


def build_all(libcs, work):
    """{libc: {program: path or None}}, {(libc, program): reason}."""
    bins, why = {}, {}
    for libc, cc in libcs.items():
        os.makedirs(os.path.join(work, libc), exist_ok=True)
        bins[libc] = {}
        for name, src in PROGRAMS.items():
            out = os.path.join(work, libc, name)
            r = subprocess.run(cc + ["-w", "-I", SRC, src, "-o", out],
                               capture_output=True, text=True)
            if r.returncode == 0:
                bins[libc][name] = out
                subprocess.run(["strip", "-o", out + ".stripped", out], check=True)
            else:
                bins[libc][name] = None
                undef = sorted(set(re.findall(r"undefined reference to `([^']+)'", r.stderr)))
                why[(libc, name)] = ("missing " + ", ".join(undef)) if undef else r.stderr[-200:]
    return bins, why


def build_floor(work):
    out = os.path.join(work, "hello_asm")
    subprocess.run(["gcc", "-nostdlib", "-static", "-no-pie", "-Wl,-z,noseparate-code",
                    "-Wl,--build-id=none", os.path.join(ROOT, "examples", "hello.S"),
                    "-o", out], check=True)
    spawn = os.path.join(work, "spawn")
    subprocess.run(["gcc", "-O2", os.path.join(SRC, "spawn.c"), "-o", spawn], check=True)
    return out, spawn


def make_lines(path, size):
    """size bytes of text lines, 0..119 characters each, deterministic."""
    if os.path.exists(path) and os.path.getsize(path) == size:
        return
    words = [b"lorem", b"ipsum", b"dolor", b"sit", b"amet", b"consectetur",
             b"adipiscing", b"elit", b"sed", b"do", b"eiusmod", b"tempor"]
    block, x = bytearray(), 12345
    while len(block) < 1 << 20:
        x = (x * 1103515245 + 12345) & 0x7fffffff
        n = x % 120
        line = bytearray()
        while len(line) < n:
            x = (x * 1103515245 + 12345) & 0x7fffffff
            line += words[x % len(words)] + b" "
        block += line[:n] + b"\n"
    with open(path + ".tmp", "wb") as f:
        left = size
        while left > 0:
            chunk = block[:left]
            f.write(chunk)
            left -= len(chunk)
    os.replace(path + ".tmp", path)


def run_cpu(cmd, cwd=None, stdout=subprocess.DEVNULL):
    """(exit status, user+sys CPU seconds, wall seconds) of one run."""
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, cwd=cwd, stdout=stdout, stderr=subprocess.DEVNULL, env={})
    _, status, ru = os.wait4(p.pid, 0)
    p.returncode = os.waitstatus_to_exitcode(status)
    return p.returncode, ru.ru_utime + ru.ru_stime, time.perf_counter() - t0


def output_of(cmd, cwd=None):
    r = subprocess.run(cmd, cwd=cwd, capture_output=True, env={})
    return r.returncode, r.stdout


def callgrind_ir(cmd, cwd):
    r = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null"] + cmd,
                       cwd=cwd, capture_output=True, text=True)
    m = re.search(r"Collected\s*:\s*(\d+)", r.stderr)
    return int(m.group(1)) if m else None


def fmt_num(v, unit=""):
    if isinstance(v, str):
        return v
    if v is None:
        return "—"
    if isinstance(v, float):
        s = f"{v:,.1f}" if v < 100 else f"{v:,.0f}"
    else:
        s = f"{v:,}"
    return s + unit


def ratio(a, b):
    if isinstance(a, (int, float)) and isinstance(b, (int, float)) and b:
        r = a / b
        return f"{r:.2f}" if r >= 0.1 else f"{r:.2g}"
    return "—"


def machine():
    cpu = "?"
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    return f"{os.cpu_count()} CPUs, {cpu}, Linux {platform.release()}"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quick", action="store_true", help="counts and file 10x smaller, 300 execs")
    ap.add_argument("--reps", type=int, help="repetitions (default 3)")
    ap.add_argument("--build", default=os.path.join(ROOT, "build"), help="lstar build dir")
    ap.add_argument("--file-mb", type=int, help="size of the line file (default 200, quick 20)")
    ap.add_argument("--callgrind", action=argparse.BooleanOptionalAction, default=None,
                    help="instruction counts with valgrind (default: on, off with --quick)")
    ap.add_argument("--without-musl", action="store_true", help="leave the musl column out")
    ap.add_argument("--out", help="also write the table (markdown) here")
    a = ap.parse_args()
    reps = a.reps or 3
    mb = a.file_mb or (20 if a.quick else 200)
    use_cg = a.callgrind if a.callgrind is not None else not a.quick
    use_cg = use_cg and shutil.which("valgrind") is not None
    started = time.time()

    if not os.path.exists(os.path.join(a.build, "lstar-cc")):
        sys.exit(f"no {a.build}/lstar-cc: run `meson setup build && ninja -C build` first")
    libcs, notes = compilers(a.build, [] if a.without_musl else ["musl"])
    names = list(libcs)
    work = os.path.join(tempfile.gettempdir(), "lstar-bench")
    os.makedirs(work, exist_ok=True)
    log(f"building {len(PROGRAMS)} programs x {len(names)} libraries in {work}")
    bins, why = build_all(libcs, work)
    asm, spawn = build_floor(work)
    big = os.path.join(work, f"lines-{mb}mb.txt")
    small = os.path.join(work, "lines-small.txt")
    log(f"generating {big}")
    make_lines(big, mb << 20)
    make_lines(small, 300000)
    with open(os.path.join(work, "test.txt"), "w") as f:
        f.write("Hello World!\n")

    def na(libc, prog):
        return "n/a" if libc == "lstar" else "fail"

    rows = []  # (label, {libc: value}, unit)

    # Sizes, syscall counts and instruction counts of the small programs.
    sizes, calls, irs, traces = {}, {}, {}, {}
    for label, prog in SIZED:
        sizes[label], calls[label], irs[label] = {}, {}, {}
        for libc in names:
            b = bins[libc][prog]
            if not b:
                sizes[label][libc] = calls[label][libc] = irs[label][libc] = na(libc, prog)
                continue
            sizes[label][libc] = os.path.getsize(b + ".stripped")
            t = trace([b], {}, work, False)
            calls[label][libc] = len(t) if t is not None else "?"
            traces[(libc, prog)] = t
            irs[label][libc] = callgrind_ir([b], work) if use_cg else None
    for label, _ in SIZED:
        rows.append((f"size, stripped: {label}", sizes[label], " B"))
    for label, _ in SIZED:
        rows.append((f"syscalls after execve: {label}", calls[label], ""))
    if use_cg:
        for label, _ in SIZED:
            rows.append((f"instructions (callgrind): {label}", irs[label], ""))

    # Validate: every timed program's output equals glibc's on a small input.
    wrong = {}
    for label, prog, full, quick, val in TIMED:
        ref = None
        for libc in ["glibc"] + [n for n in names if n != "glibc"]:
            b = bins[libc][prog]
            if not b:
                continue
            args = [small if x == "@SMALL" else x for x in val]
            rc, out = output_of([b] + args, work)
            if prog == "copy":
                with open(small, "rb") as f:
                    ok = rc == 0 and out == f.read()
            elif libc == "glibc":
                ref, ok = out, rc == 0
            else:
                ok = rc == 0 and out == ref
            if not ok:
                wrong[(libc, prog)] = True
                notes.append(f"{libc} {prog}: output differs from glibc's (exit {rc})")

    # Timed runs, interleaved: repetition, benchmark, library (rotating).
    times = {(prog, libc): [] for _, prog, *_ in TIMED for libc in names}
    startup = {}
    floor_progs = [asm] + [bins[l][p] for l in names for p in ("hello_write", "hello_puts")
                           if bins[l][p] and not wrong.get((l, p))]
    spawn_n = 300 if a.quick else 1000
    for rep in range(reps):
        log(f"repetition {rep + 1}/{reps} ({time.time() - started:.0f} s)")
        out = subprocess.run([spawn, str(spawn_n)] + floor_progs, capture_output=True,
                             text=True, check=True).stdout
        for line in out.splitlines():
            ns, path = line.split(None, 1)
            startup.setdefault(path, []).append(int(ns) / 1000.0)
        for i, (label, prog, full, quick, val) in enumerate(TIMED):
            order = names[(rep + i) % len(names):] + names[:(rep + i) % len(names)]
            for libc in order:
                b = bins[libc][prog]
                if not b or wrong.get((libc, prog)):
                    continue
                args = [big if x == "@FILE" else x for x in (quick if a.quick else full)]
                rc, cpu, wall = run_cpu([b] + args, work)
                if rc != 0:
                    wrong[(libc, prog)] = True
                    notes.append(f"{libc} {prog}: exit status {rc} in a timed run")
                    continue
                times[(prog, libc)].append(cpu * 1000.0)

    def med(xs):
        return statistics.median(xs) if xs else None

    for label, prog, full, quick, val in TIMED:
        args = quick if a.quick else full
        n = int(args[0]) if args[0].isdigit() else 0
        label = label.format(n=f"{n:,}", mb=mb)
        vals = {}
        for libc in names:
            if not bins[libc][prog]:
                vals[libc] = na(libc, prog)
            elif wrong.get((libc, prog)):
                vals[libc] = "WRONG"
            else:
                vals[libc] = med(times[(prog, libc)])
        rows.append((f"{label}, CPU ms", vals, ""))
    for prog, label in (("hello_write", "hello (write)"), ("hello_puts", "hello (puts)")):
        vals = {}
        for libc in names:
            b = bins[libc][prog]
            vals[libc] = med(startup.get(b, [])) if b else na(libc, prog)
        rows.append((f"exec-to-exit {label}, µs", vals, ""))
    floor = med(startup.get(asm, []))

    # The table.
    cols = names + [f"lstar/{n}" for n in names if n != "lstar"]
    lines = ["| benchmark | " + " | ".join(cols) + " |",
             "| --- | " + " | ".join("---:" for _ in cols) + " |"]
    for label, vals, unit in rows:
        cells = [fmt_num(vals.get(n), unit) for n in names]
        cells += [ratio(vals.get("lstar"), vals.get(n)) for n in names if n != "lstar"]
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    lw = med(startup.get(bins["lstar"]["hello_write"] or "", []))
    lp = med(startup.get(bins["lstar"]["hello_puts"] or "", []))
    foot = [f"Floor: the assembly hello (examples/hello.S) exec-to-exit median {floor:.1f} µs; "
            f"lstar hello (write) / floor = {ratio(lw, floor)}"
            + (f", lstar hello (puts) / floor = {ratio(lp, floor)}" if lp else "") + "."]
    gw = [r for r in rows if r[0].startswith("getpid raw")]
    if gw:
        foot.append("getpid raw `syscall` is the same inline loop in every column: "
                    "the machine's floor for the wrapper row above it.")
    for libc in names:
        t = traces.get((libc, "hello_write"))
        if t:
            foot.append(f"{libc} hello (write) syscalls: {' '.join(t)}")
    for (libc, prog), reason in sorted(why.items()):
        if libc == "lstar":
            foot.append(f"n/a: lstar {prog} does not build with lstar yet ({reason})")
        else:
            foot.append(f"fail: {libc} {prog}: {reason}")
    foot += notes
    foot.append(f"Machine: {machine()}.  {reps} repetitions, "
                f"{'quick' if a.quick else 'full'} mode, {time.time() - started:.0f} s.  "
                f"Command: python3 bench/run.py{' --quick' if a.quick else ''}")
    text = "\n".join(lines) + "\n\n" + "\n".join("- " + f for f in foot) + "\n"
    print(text)
    if a.out:
        with open(a.out, "w") as f:
            f.write(text)


if __name__ == "__main__":
    main()

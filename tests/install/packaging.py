#!/usr/bin/env python3
"""packaging.py MODE SRCDIR BUILDDIR [CC]: lstar as other projects consume it
(CC: the compiler lstar was built with, default cc).

  install     `meson install --destdir` into a temporary directory, check the
              layout, then build and run programs with the INSTALLED lstar-cc,
              with lstar.pc, and with <lstar/syscall.h> alone from the
              installed include directory
  embedded    examples/embedded built by plain `cc -ffreestanding -nostdlib`
              against the build tree's three include directories
  subproject  examples/subproject configured and built by meson with lstar
              as its subproject (--force-fallback-for=lstar)
"""
import os
import shutil
import subprocess
import sys
import tempfile

RUN_PY = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "programs", "run.py")

failures = []
partial = []	# programs whose syscalls strace could not check (run.py's 77)
CC = "cc"


def check(cond, what):
    print(("ok   " if cond else "FAIL ") + what)
    if not cond:
        failures.append(what)
    return cond


def sh(cmd, **kw):
    r = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if r.returncode != 0:
        print(f"$ {' '.join(cmd)}\n{r.stdout}{r.stderr}")
    return r


def run_checked(prog, stdout, syscalls, args=()):
    """The exact output and syscall sequence, through tests/programs/run.py."""
    r = sh([sys.executable, RUN_PY, "--stdout", stdout, "--syscalls", syscalls,
            "--", prog, *args])
    print(r.stdout.strip())
    if r.returncode == 77:
        partial.append(os.path.basename(prog))
    return r.returncode in (0, 77)


HELLO = r'''#include <string.h>
#include <unistd.h>
int main(int argc, char **argv)
{
	const char *s = argc > 1 ? argv[1] : "none";
	write(1, s, strlen(s));
	write(1, "\n", 1);
	return argc == 2 ? 0 : 3;
}
'''


def find_one(root, name):
    for d, _, files in os.walk(root):
        if name in files:
            return os.path.join(d, name)
    return None


def mode_install(src, build, tmp):
    dest = os.path.join(tmp, "dest")
    r = sh(["meson", "install", "-C", build, "--destdir", dest, "--no-rebuild", "--quiet"])
    if not check(r.returncode == 0, "meson install --destdir"):
        return
    lstar_cc = find_one(dest, "lstar-cc")
    libc = find_one(dest, "libc.a")
    check(lstar_cc is not None and lstar_cc.endswith("/bin/lstar-cc"), "lstar-cc in <prefix>/bin")
    if not (lstar_cc and libc):
        check(False, "libc.a installed")
        return
    libdir = os.path.dirname(libc)
    root = os.path.dirname(libdir)
    inc = os.path.join(root, "include")
    check(os.path.basename(root) == "lstar", "library files under <libdir>/lstar")
    for f in ["crt1.o", "lstar.ld", "libm.a", "libpthread.a"]:
        check(os.path.isfile(os.path.join(libdir, f)), f"lib/{f}")
    for f in ["stdio.h", "unistd.h", "lstar/syscall.h", "lstar/syscall_nr.h",
              "lstar/syscall_arch.h", "lstar/syscall_table.h"]:
        check(os.path.isfile(os.path.join(inc, f)), f"include/{f}")
    prefix = os.path.dirname(os.path.dirname(lstar_cc))
    check(not os.path.exists(os.path.join(prefix, "include")) and
          find_one(dest, "meson.build") is None,
          "nothing in <prefix>/include, no meson.build installed")
    with open(lstar_cc) as f:
        text = f.read()
    check(os.path.abspath(build) not in text and os.path.abspath(src) not in text,
          "installed lstar-cc names neither the source nor the build tree")
    check(os.access(lstar_cc, os.X_OK), "installed lstar-cc is executable")

    prog_c = os.path.join(tmp, "prog.c")
    with open(prog_c, "w") as f:
        f.write(HELLO)
    prog = os.path.join(tmp, "prog")
    # LSTAR_LIBDIR would override the installed paths: make sure it is unset.
    env = {k: v for k, v in os.environ.items() if k != "LSTAR_LIBDIR"}
    r = sh([lstar_cc, "-O2", "-Wall", "-Wextra", "-Werror", prog_c, "-o", prog], env=env)
    if check(r.returncode == 0, "installed lstar-cc builds a program"):
        check(run_checked(prog, "installed\\n", "write,write,exit_group", ["installed"]),
              "program built by the installed lstar-cc runs")

    pc = find_one(dest, "lstar.pc")
    if check(pc is not None, "lstar.pc installed") and shutil.which("pkg-config"):
        penv = dict(env, PKG_CONFIG_PATH=os.path.dirname(pc))
        cflags = sh(["pkg-config", "--cflags", "lstar"], env=penv).stdout.split()
        libs = sh(["pkg-config", "--libs", "lstar"], env=penv).stdout.split()
        prog2 = prog + "-pc"
        r = sh([CC, "-O2", *cflags, prog_c, *libs, "-o", prog2])
        if check(r.returncode == 0, "cc $(pkg-config --cflags --libs lstar) builds"):
            check(run_checked(prog2, "pc\\n", "write,write,exit_group", ["pc"]),
                  "program built through lstar.pc runs")

    emb = os.path.join(tmp, "embedded")
    r = sh([CC, "-ffreestanding", "-nostdlib", "-static", "-O2", "-Wall", "-Wextra", "-Werror",
            "-fno-stack-protector", "-I" + inc,
            os.path.join(src, "examples", "embedded", "hello.c"), "-o", emb])
    if check(r.returncode == 0, "<lstar/syscall.h> alone with one installed -I"):
        check(run_checked(emb, "Hello from <lstar/syscall.h>\\n", "write,exit_group"),
              "standalone program runs")


def mode_embedded(src, build, tmp):
    emb = os.path.join(tmp, "embedded")
    incs = ["-I" + os.path.join(src, "include"), "-I" + os.path.join(build, "include"),
            "-I" + os.path.join(src, "src", "arch", "x86_64")]
    r = sh([CC, "-ffreestanding", "-nostdlib", "-static", "-O2", "-Wall", "-Wextra", "-Werror",
            "-fno-stack-protector", *incs,
            os.path.join(src, "examples", "embedded", "hello.c"), "-o", emb])
    if check(r.returncode == 0, "examples/embedded builds with plain cc against the build tree"):
        check(run_checked(emb, "Hello from <lstar/syscall.h>\\n", "write,exit_group"),
              "standalone program runs")


def mode_subproject(src, build, tmp):
    example = os.path.join(src, "examples", "subproject")
    link = os.path.join(example, "subprojects", "lstar")
    if not check(os.path.isfile(os.path.join(link, "meson.build")),
                 "examples/subproject/subprojects/lstar leads to lstar's source"):
        return
    bdir = os.path.join(tmp, "b")
    r = sh(["meson", "setup", bdir, example, "--force-fallback-for=lstar"],
           env=dict(os.environ, CC=CC))
    if not check(r.returncode == 0, "meson setup of the example (lstar as subproject)"):
        return
    r = sh(["ninja", "-C", bdir, "-j", "2"])
    if check(r.returncode == 0, "ninja builds the example and lstar"):
        check(run_checked(os.path.join(bdir, "hello"), "Hello from meson!\\n",
                          "write,write,write,exit_group", ["meson"]),
              "the example's program is a static lstar program")


def main():
    global CC
    mode, src, build = sys.argv[1], os.path.abspath(sys.argv[2]), os.path.abspath(sys.argv[3])
    if len(sys.argv) > 4:
        CC = sys.argv[4]
    with tempfile.TemporaryDirectory(prefix="lstar-" + mode + "-") as tmp:
        {"install": mode_install, "embedded": mode_embedded,
         "subproject": mode_subproject}[mode](src, build, tmp)
    if failures:
        print(f"{len(failures)} check(s) failed")
        return 1
    if partial:
        print(f"SKIP syscalls of {', '.join(partial)} not checked: strace cannot trace here")
        return 77
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""test_gen.py GEN TBL ARGS: the generator's contract.

Checks the real table yields one X-macro row per number 0..max with holes
marked not implemented, and that malformed tables are rejected."""
import os
import re
import subprocess
import sys
import tempfile

GEN, TBL, ARGS = sys.argv[1:4]
failures = 0


def gen(mode, tbl, args, out=None):
    cmd = [sys.executable, GEN, mode, tbl, args] + ([out] if out else [])
    return subprocess.run(cmd, capture_output=True, text=True)


def check(cond, what):
    global failures
    print(("ok   " if cond else "FAIL ") + what)
    failures += not cond


with tempfile.TemporaryDirectory() as d:
    def write(name, text):
        p = os.path.join(d, name)
        with open(p, "w") as f:
            f.write(text)
        return p

    out = os.path.join(d, "table.h")
    check(gen("table", TBL, ARGS, out).returncode == 0, "real table generates")
    rows = re.findall(r"__LSTAR_SYSCALL\((\d+), (\w+), (\d), (-?\d+), \"([^\"]*)\"\)",
                      open(out).read())
    nrs = [int(r[0]) for r in rows]
    check(nrs == list(range(len(nrs))), f"rows are exactly 0..{len(nrs) - 1}")
    byname = {r[1]: r for r in rows}
    check(byname["read"][2:4] == ("1", "3"), "read: implemented, 3 args")
    check(byname["exit_group"][2:4] == ("1", "1"), "exit_group: 1 arg")
    check(byname["ni_syscall_400"][2] == "0", "hole 400 is not implemented")
    check(byname["uselib"][2] == "0", "entry-less row (uselib) is not implemented")
    check(byname["_sysctl"][2] == "0", "sys_ni_syscall row (_sysctl) is not implemented")
    check(all(int(r[3]) == len(r[4].split()) for r in rows if int(r[3]) >= 0),
          "argument counts match the type lists")

    empty = write("empty.args", "")
    dup_nr = write("dup_nr.tbl", "0 common read sys_read\n0 common write sys_write\n")
    dup_name = write("dup_name.tbl", "0 common read sys_read\n1 64 read sys_read\n")
    x32_ok = write("x32.tbl", "19 64 readv sys_readv\n515 x32 readv sys_readv\n")
    bad_abi = write("bad_abi.tbl", "0 i386 read sys_read\n")
    bad_row = write("bad_row.tbl", "zero common read\n")
    good = write("good.tbl", "0 common read sys_read\n")
    bad_args = write("bad.args", "write fd wbuf size\n")
    bad_type = write("badtype.args", "read fd nonsense size\n")
    for path, what in [(dup_nr, "duplicate number"), (dup_name, "duplicate name"),
                       (bad_abi, "unknown abi"), (bad_row, "malformed row")]:
        r = gen("check", path, empty)
        check(r.returncode == 1 and "gen_syscalls:" in r.stderr, f"rejects {what}")
    check(gen("check", x32_ok, empty).returncode == 0, "x32 twin of a 64-bit name is allowed")
    check(gen("check", good, bad_args).returncode == 1, "rejects args for an unknown call")
    check(gen("check", good, bad_type).returncode == 1, "rejects an unknown argument type")

    # The cross-check itself must be able to fail.
    cross = os.path.join(os.path.dirname(os.path.abspath(__file__)), "crosscheck.py")
    a = write("a.h", "#define __NR_read 0\n#define __NR_write 1\n")
    same = write("same.h", "#define __NR_read 0\n#define __NR_write 1\n#define __NR_new 9\n")
    renum = write("renum.h", "#define __NR_read 0\n#define __NR_write 2\n")
    rename = write("rename.h", "#define __NR_read 0\n#define __NR_pwrite 1\n")
    def xc(h):
        return subprocess.run([sys.executable, cross, a, h], capture_output=True, text=True)
    r = xc(same)
    check(r.returncode == 0 and "only in the system header: new" in r.stdout,
          "cross-check passes on agreement and reports one-sided names")
    check(xc(renum).returncode == 1, "cross-check fails on a renumbered name")
    check(xc(rename).returncode == 1, "cross-check fails on a renamed number")

print(f"{failures} failed")
sys.exit(1 if failures else 0)

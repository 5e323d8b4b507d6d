#!/usr/bin/env python3
"""crosscheck.py GENERATED_NR_H [SYSTEM_UNISTD_64_H]

Compares lstar's generated numbers with the system's <asm/unistd_64.h>.
Fails on a name both define with different numbers, or a number both define
with different names; names only one side has are reported, not failed (the
table may be newer than the installed kernel headers).  Exit 77 (skip) when
the system header is absent."""
import os
import re
import sys

DEF = re.compile(r"#define\s+__NR_(\w+)\s+(\d+)\b")


def load(path):
    with open(path) as f:
        return {m.group(1): int(m.group(2)) for m in DEF.finditer(f.read())
                if m.group(1) != "syscall_max"}


def main():
    ours = load(sys.argv[1])
    sysh = sys.argv[2] if len(sys.argv) > 2 else "/usr/include/x86_64-linux-gnu/asm/unistd_64.h"
    if not os.path.exists(sysh):
        print(f"skip: {sysh} not found")
        return 77
    theirs = load(sysh)
    errors = []
    for name in sorted(set(ours) & set(theirs)):
        if ours[name] != theirs[name]:
            errors.append(f"{name}: lstar {ours[name]}, system {theirs[name]}")
    by_nr_ours = {v: k for k, v in ours.items()}
    for name, nr in theirs.items():
        if nr in by_nr_ours and by_nr_ours[nr] != name:
            errors.append(f"number {nr}: lstar '{by_nr_ours[nr]}', system '{name}'")
    only_ours = sorted(set(ours) - set(theirs), key=ours.get)
    only_theirs = sorted(set(theirs) - set(ours), key=theirs.get)
    print(f"{len(set(ours) & set(theirs))} names agree")
    if only_ours:
        print("only in lstar's table:", " ".join(only_ours))
    if only_theirs:
        print("only in the system header:", " ".join(only_theirs))
    for e in errors:
        print("MISMATCH", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

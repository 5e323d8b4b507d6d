#!/usr/bin/env python3
"""same_sequence.py DRIVER SEED_C SEED_DIR LSTAR_CC

The seed program three ways, compared after normalising:
  model  DRIVER --trace SEED_DIR: lstar on the kernel model, its own trace
  real   SEED_C built with a real-kernel lstar (LSTAR_CC), under strace
  glibc  SEED_C built with the host cc, under strace
The model's and the real lstar's system calls must be the same sequence
(names, descriptors renumbered by first use, byte counts, results); glibc
must do the same I/O (open test.txt, read the same bytes, write the same
bytes, close it; its buffering may order them differently) with at least
as many system calls.  Exit 77 (skip) when strace cannot trace
here or no real lstar build exists.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

LINE = re.compile(r'^(?:\d+\s+)?([a-z_0-9]+)\((.*)\)\s+=\s+(-?\d+|\?|0x[0-9a-f]+)')


def parse(text):
    """strace (or model) lines -> [(name, args, ret)] after execve."""
    calls = []
    for line in text.splitlines():
        m = LINE.match(line)
        if m:
            calls.append((m.group(1), m.group(2), m.group(3)))
    if calls and calls[0][0] == 'execve':
        calls = calls[1:]
    return calls


def normalise(calls):
    """Descriptors renumbered by first appearance; pointers dropped."""
    fds, out = {}, []
    for name, args, ret in calls:
        a = [x.strip() for x in re.split(r',\s*(?=(?:[^"]*"[^"]*")*[^"]*$)', args) if x.strip()]

        def fd(v):
            return 'fd%d' % fds.setdefault(v, len(fds))
        if name in ('read', 'write', 'close', 'fstat', 'lseek', 'ioctl') and a:
            a[0] = fd(a[0])
        if name == 'openat' and ret.isdigit():
            ret = fd(ret)
        if name == 'ioctl':
            a = a[:2]
        out.append((name, tuple(a), ret))
    return out


def io_summary(calls):
    """What a program did to test.txt and stdout, whatever its buffering:
    opens of test.txt, the bytes read from it, the bytes written to fd 1,
    closes of it.  glibc (dynamic) also opens its own libraries: ignored."""
    fd, opens, closes, rd, wr = None, 0, 0, [], []
    for name, args, ret in calls:
        a = args.split(', ')
        if name == 'openat' and '"test.txt"' in args:
            opens, fd = opens + 1, ret
        elif name == 'read' and a[0] == fd and ret.isdigit():
            rd.append(a[1])
        elif name == 'write' and a[0] == '1':
            wr.append(a[1])
        elif name == 'close' and a[0] == fd:
            closes, fd = closes + 1, None
    return opens, ''.join(rd), ''.join(wr), closes


def strace(cmd, cwd):
    with tempfile.NamedTemporaryFile('r', suffix='.strace') as log:
        r = subprocess.run(['strace', '-f', '-qq', '-o', log.name] + cmd, cwd=cwd,
                           capture_output=True)
        text = log.read()
    if not text.strip() or 'PTRACE' in r.stderr.decode(errors='replace'):
        return None, r
    return text, r


def main():
    driver, seed_c, seed_dir, lstar_cc = sys.argv[1:5]
    if not shutil.which('strace'):
        print('skip: no strace')
        return 77
    if not os.access(lstar_cc, os.X_OK):
        print(f'skip: no real lstar build at {lstar_cc} (tools/test.sh builds it first)')
        return 77
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copy(os.path.join(seed_dir, 'test.txt'), tmp)
        real_exe = os.path.join(tmp, 'seed-lstar')
        host_exe = os.path.join(tmp, 'seed-glibc')
        subprocess.run([lstar_cc, '-O2', '-Wno-unused-parameter', seed_c, '-o', real_exe],
                       check=True)
        subprocess.run([os.environ.get('CC', 'cc'), '-O2', seed_c, '-o', host_exe], check=True)
        real_text, rr = strace([real_exe], tmp)
        if real_text is None:
            print('skip: strace cannot trace here')
            return 77
        host_text, hr = strace([host_exe], tmp)
    m = subprocess.run([driver, '--trace', seed_dir], capture_output=True, text=True)
    if m.returncode != 0:
        print('model run failed', m.returncode, m.stderr)
        return 1
    model = normalise(parse(m.stdout))
    real = normalise(parse(real_text))
    print('model:', *model, sep='\n  ')
    print('real :', *real, sep='\n  ')
    ok = True
    if model != real:
        print('FAIL: the model and the real kernel saw different system calls')
        ok = False
    if rr.stdout != hr.stdout:
        print('FAIL: lstar and glibc print different output', rr.stdout, hr.stdout)
        ok = False
    host = parse(host_text)
    if io_summary(parse(host_text)) != io_summary(parse(m.stdout)):
        print('FAIL: glibc does not do the same I/O:', io_summary(host),
              io_summary(parse(m.stdout)))
        ok = False
    print(f'syscalls after execve: model {len(model)}, real lstar {len(real)}, glibc {len(host)}')
    if len(host) < len(model):
        print('FAIL: glibc made fewer system calls than lstar')
        ok = False
    return 0 if ok else 1


if __name__ == '__main__':
    sys.exit(main())

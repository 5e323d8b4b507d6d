#!/usr/bin/env python3
"""compare_programs.py DRIVER LSTAR_CC SRCDIR SEED_C SEED_DIR

For each stdio test program, on a pipe and on a terminal: the system calls
of the real static program (built with a real-kernel lstar, LSTAR_CC) under
strace, against the kernel model's trace of the same source (DRIVER, see
test_model_programs.c).  They must be the same sequence after normalising
descriptors; byte counts, strings and results included.  This pins the
model to the kernel where it matters to stdio: TCGETS on a pipe and on a
terminal, short output, exit flushing.  Exit 77 when strace or the real
build is unavailable.  Then the same with faults: strace -e inject=SPEC on
the real program and the same SPEC given to the model.
"""
import os
import pty
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from same_sequence import normalise, parse  # noqa: E402

PROGRAMS = ['seed', 'lines', 'bulk', 'stderr', 'exit_flush', 'underscore_exit', 'unbuffered',
            'fgets_lines']
# The same strace -e inject= expressions given to strace on the real program
# and to the model: what the program does after the fault must match too.
INJECT = [
    # (No failed fopen or read for the seed: it would print an uninitialised
    # buffer, whatever the stack held.)
    ('seed', 'read:error=EINTR:when=1'), ('seed', 'read:retval=5:when=1'),
    ('seed', 'write:error=EINTR:when=1'),
    ('seed', 'close:error=EIO'),
    ('lines', 'write:error=EINTR:when=1'), ('lines', 'write:error=ENOSPC:when=2'),
    ('lines', 'write:retval=1:when=1+'), ('lines', 'ioctl:error=EIO'),
    ('bulk', 'write:error=EINTR:when=2..3'), ('bulk', 'write:retval=100:when=2'),
    ('bulk', 'write:error=EIO:when=2'),
    ('stderr', 'write:error=EAGAIN:when=2'),
    ('exit_flush', 'write:error=EINTR:when=1+2'),
    # puts fails and takes its bytes back; the putchar after it still writes
    ('unbuffered', 'write:error=ENOSPC:when=1'), ('unbuffered', 'write:retval=2:when=1'),
    # fgets after a short read (7 of the file's bytes, then end of file),
    # after an interrupted read, and a failed read (NULL, error indicator)
    ('fgets_lines', 'read:retval=7:when=1'), ('fgets_lines', 'read:error=EINTR:when=1'),
    ('fgets_lines', 'read:error=EIO:when=2'),
]


def strace_pipe(exe, cwd, log, extra=()):
    r = subprocess.run(['strace', '-f', '-qq', *extra, '-o', log, exe], cwd=cwd,
                       capture_output=True)
    return r.returncode


def strace_tty(exe, cwd, log):
    pid, fd = pty.fork()
    if pid == 0:
        os.chdir(cwd)
        os.execv(shutil.which('strace'), ['strace', '-f', '-qq', '-o', log, exe])
    while True:
        try:
            if not os.read(fd, 65536):
                break
        except OSError:
            break
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status)


def main():
    driver, lstar_cc, srcdir, seed_c, seed_dir = sys.argv[1:6]
    if not shutil.which('strace'):
        print('skip: no strace')
        return 77
    if not os.access(lstar_cc, os.X_OK):
        print(f'skip: no real lstar build at {lstar_cc}')
        return 77
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copy(os.path.join(seed_dir, 'test.txt'), tmp)
        for name in PROGRAMS:
            src = seed_c if name == 'seed' else os.path.join(srcdir, name + '.c')
            exe = os.path.join(tmp, name)
            subprocess.run([lstar_cc, '-O2', '-Wno-unused-parameter', src, '-o', exe], check=True)
            for mode in ('pipe', 'tty'):
                log = os.path.join(tmp, f'{name}.{mode}.strace')
                (strace_tty if mode == 'tty' else strace_pipe)(exe, tmp, log)
                with open(log) as f:
                    real = normalise(parse(f.read()))
                if not real:
                    print('skip: strace cannot trace here')
                    return 77
                args = [driver, name, '--dir', seed_dir] + (['--tty'] if mode == 'tty' else [])
                m = subprocess.run(args, capture_output=True, text=True)
                model = normalise(parse(m.stdout))
                same = model == real
                print(f"{'ok  ' if same else 'FAIL'} {name:16} {mode:4} "
                      f"{len(real)} syscalls: {' '.join(c[0] for c in real[:8])}"
                      f"{' ...' if len(real) > 8 else ''}")
                if not same:
                    failures += 1
                    diff = next((i for i, (a, b) in enumerate(zip(real, model)) if a != b),
                                min(len(real), len(model)))
                    print(f'  first difference at call {diff}: real {real[diff:diff + 3]}'
                          f' model {model[diff:diff + 3]} (lengths {len(real)}, {len(model)})')
        for name, spec in INJECT:
            exe = os.path.join(tmp, name)
            log = os.path.join(tmp, f'{name}.inject.strace')
            strace_pipe(exe, tmp, log, ['-e', 'inject=' + spec])
            with open(log) as f:
                real = normalise(parse(f.read()))
            m = subprocess.run([driver, name, '--dir', seed_dir, '--inject', 'inject=' + spec],
                               capture_output=True, text=True)
            model = normalise(parse(m.stdout))
            same = model == real and real
            print(f"{'ok  ' if same else 'FAIL'} {name:16} inject={spec:28} {len(real)} syscalls")
            if not same:
                failures += 1
                diff = next((i for i, (a, b) in enumerate(zip(real, model)) if a != b),
                            min(len(real), len(model)))
                print(f'  first difference at call {diff}: real {real[diff:diff + 3]}'
                      f' model {model[diff:diff + 3]} (lengths {len(real)}, {len(model)})')
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())

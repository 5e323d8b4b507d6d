#!/usr/bin/env python3
"""run.py [options] -- PROGRAM [ARGS...]: run a static program and check it.

  --stdout TEXT      exact expected standard output
  --stdout-file F    expected standard output read from F
  --rc N             expected exit status (default 0)
  --env K=V          add to an otherwise empty environment
  --cwd DIR          working directory
  --syscalls LIST    comma-separated names: the exact syscall sequence after
                     execve, as strace sees it (exit 77, meson's skip,
                     when strace cannot trace here and all else passed)
  --tty              run on a pseudo-terminal instead of a pipe
"""
import argparse
import os
import pty
import shutil
import signal
import subprocess
import sys
import tempfile


def default_signals():
    """Unblock every signal and undo inherited SIG_IGN dispositions.

    exec keeps both, and real parents hand them down (nohup, `cmd &` in a
    script, CI agents); the programs checked here assume the defaults, and
    an ignored SIGCHLD would even hide their exit status from wait."""
    signal.pthread_sigmask(signal.SIG_SETMASK, [])
    for s in signal.valid_signals():
        if s not in (signal.SIGKILL, signal.SIGSTOP):
            try:
                signal.signal(s, signal.SIG_DFL)
            except (OSError, ValueError):
                pass	# numbers the C library reserves for itself


def run_on_pty(cmd, env, cwd):
    pid, fd = pty.fork()
    if pid == 0:
        os.chdir(cwd or ".")
        os.execve(cmd[0], cmd, env)
    out = b""
    while True:
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        if not chunk:
            break
        out += chunk
    _, status = os.waitpid(pid, 0)
    return out.replace(b"\r\n", b"\n"), os.waitstatus_to_exitcode(status)


def trace(cmd, env, cwd, tty):
    # By its full name: the program's environment may have no PATH.
    strace = shutil.which("strace")
    if not strace:
        return None
    with tempfile.NamedTemporaryFile("r", suffix=".strace") as log:
        full = [strace, "-f", "-qq", "-o", log.name] + cmd
        if tty:
            run_on_pty(full, env, cwd)
        else:
            r = subprocess.run(full, env=env, cwd=cwd, capture_output=True)
            if r.returncode != 0 and b"PTRACE" in r.stderr:
                return None
        lines = log.read().splitlines()
    names = []
    for line in lines:
        line = line.split(None, 1)[-1] if line[:1].isdigit() else line
        if line.startswith(("+++", "---")):
            continue
        names.append(line.split("(", 1)[0])
    if not names or names[0] != "execve":
        return None
    return names[1:]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--stdout")
    ap.add_argument("--stdout-file")
    ap.add_argument("--rc", type=int, default=0)
    ap.add_argument("--env", action="append", default=[])
    ap.add_argument("--cwd")
    ap.add_argument("--syscalls")
    ap.add_argument("--tty", action="store_true")
    ap.add_argument("cmd", nargs="+")
    a = ap.parse_args()
    default_signals()
    env = dict(kv.split("=", 1) for kv in a.env)
    cmd = [os.path.abspath(a.cmd[0])] + a.cmd[1:]
    if a.tty:
        out, rc = run_on_pty(cmd, env, a.cwd)
    else:
        r = subprocess.run(cmd, env=env, cwd=a.cwd, stdout=subprocess.PIPE)
        out, rc = r.stdout, r.returncode
    sys.stdout.write(out.decode(errors="replace"))
    ok = True
    if rc != a.rc:
        print(f"FAIL exit status {rc}, expected {a.rc}")
        ok = False
    want = a.stdout
    if a.stdout_file:
        with open(a.stdout_file) as f:
            want = f.read()
    if want is not None and out.decode(errors="replace") != want.encode().decode("unicode_escape"):
        print(f"FAIL stdout differs: expected {want!r}")
        ok = False
    skipped = False
    if a.syscalls is not None:
        got = trace(cmd, env, a.cwd, a.tty)
        if got is None:
            print("SKIP strace cannot trace here: syscall sequence not checked")
            skipped = True
        elif got != a.syscalls.split(","):
            print(f"FAIL syscalls {','.join(got)}, expected {a.syscalls}")
            ok = False
        else:
            print(f"ok syscalls after execve: {' '.join(got)}")
    if not ok:
        return 1
    # 77 is meson's skip: the output passed, but the test did not run whole.
    return 77 if skipped else 0


if __name__ == "__main__":
    sys.exit(main())

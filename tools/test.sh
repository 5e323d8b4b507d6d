#!/usr/bin/env bash
# Quick start, step 2: the whole test suite.  The real-kernel build (build/)
# and the kernel-model build (build-model/, also under ASan+UBSan when
# src/model exists) each run their meson tests.
set -uo pipefail
cd "$(dirname "$0")/.."
status=0

# exec keeps a blocked signal mask and ignored signals, and some parents
# hand them down (nohup, `cmd &` in a script, CI agents).  The signal tests
# assume the defaults, and an ignored SIGCHLD breaks every wait(), meson's
# own included: run meson from the default signal state.
default_signals() {
	python3 -c 'import os, signal, sys
signal.pthread_sigmask(signal.SIG_SETMASK, [])
for s in signal.valid_signals() - {signal.SIGKILL, signal.SIGSTOP}:
    try:
        signal.signal(s, signal.SIG_DFL)
    except (OSError, ValueError):
        pass
os.execvp(sys.argv[1], sys.argv[1:])' "$@"
}

[ -f build/build.ninja ] || meson setup build >/dev/null
default_signals meson test -C build --print-errorlogs || status=1

if [ -d src/model ]; then
	[ -f build-model/build.ninja ] || meson setup build-model -Dkernel=model >/dev/null
	default_signals meson test -C build-model --print-errorlogs || status=1
	[ -f build-asan/build.ninja ] || meson setup build-asan -Dkernel=model \
		-Db_sanitize=address,undefined -Db_lundef=false >/dev/null
	default_signals meson test -C build-asan --print-errorlogs || status=1
fi
exit $status

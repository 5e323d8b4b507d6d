#!/usr/bin/env bash
# Rerun the test suite under the environments a CI runner or a user's shell
# may hand it: inherited descriptors, a low descriptor limit, stdin closed or
# a pipe, output to a file, no terminal, blocked or ignored signals, odd
# umask, TMPDIR, HOME, PATH, locale and TZ, another cwd, no strace or no
# ptrace, a second run, repeated runs, and (slow, root only) a non-root user
# and two trees at once.  Not run by CI; see docs/testing.md.
#
#   tools/envcheck.sh [-t "TREE..."] [VARIATION...]   default: all quick ones
#   tools/envcheck.sh -l                              list the variations
#
# The trees (default: build build-model build-asan, those that exist) must be
# built already (tools/quickstart.sh, then tools/test.sh).  One line per
# variation and tree: PASS/FAIL, and the log to read.  Exit 1 if any failed.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

trees=""
quick="base fds stdin-closed stdin-null stdin-pipe out-file out-pipe setsid
signals umask077 umask000 tmpdir notmpdir nohome minpath utf8 nolocale tz
notz cwd twice repeat nostrace noptrace ci"
slow="nonroot concurrent"

if [ "${1:-}" = -l ]; then
	sed -n '/^variation() {/,/^}/p' "$0" | grep -E '^\s+[a-z0-9|-]+\)' |
		sed -E 's/^\s+//; s/\)\s*#?/\t/'
	exit 0
fi
if [ "${1:-}" = -t ]; then
	trees=$2
	shift 2
fi
[ -n "$trees" ] || for t in build build-model build-asan; do
	[ -f "$t/build.ninja" ] && trees="$trees $t"
done
[ -n "$trees" ] || { echo "no built tree: run tools/quickstart.sh first" >&2; exit 2; }
vars=${*:-$quick}

work=$(mktemp -d "${TMPDIR:-/tmp}/lstar-envcheck.XXXXXX")
first=${trees# }
first=${first%% *}
logs=$root/$first/meson-logs/envcheck
mkdir -p "$logs"

# Helpers run between meson and each test (meson test --wrapper), so the test
# itself, not meson, sees the descriptors, stdin or signal state.
cat >"$work/fds.sh" <<EOF
#!/bin/bash
exec 3</dev/null 7>"$work/fd7" 200</dev/null 255</dev/null 1000</dev/null
ulimit -n 256
exec "\$@"
EOF
cat >"$work/stdin-closed.sh" <<'EOF'
#!/bin/bash
exec 0<&-
exec "$@"
EOF
cat >"$work/stdin-null.sh" <<'EOF'
#!/bin/bash
exec "$@" </dev/null
EOF
cat >"$work/stdin-pipe.sh" <<'EOF'
#!/bin/bash
echo "not for you" | exec "$@"
EOF
# Blocked and ignored as a careless parent leaves them (SIGCHLD ignored too
# would break meson itself: the `ci` variation checks tools/test.sh's reset).
cat >"$work/signals.py" <<'EOF'
import os, signal, sys
S = signal.Signals
for s in (S.SIGINT, S.SIGQUIT, S.SIGHUP, S.SIGPIPE, S.SIGUSR1, S.SIGUSR2, S.SIGALRM, S.SIGTERM):
    signal.signal(s, signal.SIG_IGN)
signal.pthread_sigmask(signal.SIG_BLOCK, set(S) - {S.SIGKILL, S.SIGSTOP, S.SIGSEGV, S.SIGBUS, S.SIGILL, S.SIGFPE})
os.execvp(sys.argv[1], sys.argv[1:])
EOF
# ptrace fails with EPERM, as under a container's default seccomp profile.
cat >"$work/noptrace.py" <<EOF
import ctypes, os, sys
nr = next(int(l.split()[0]) for l in open("$root/src/arch/x86_64/syscall_64.tbl")
          if l.split()[2:3] == ["ptrace"])
code = [(0x20, 0, 0, 0),                 # ld  [nr]
        (0x15, 0, 1, nr),                # jeq ptrace
        (0x06, 0, 0, 0x00050000 | 1),    # ret ERRNO(EPERM)
        (0x06, 0, 0, 0x7fff0000)]        # ret ALLOW
class Insn(ctypes.Structure):
    _fields_ = [("code", ctypes.c_ushort), ("jt", ctypes.c_ubyte), ("jf", ctypes.c_ubyte), ("k", ctypes.c_uint)]
class Prog(ctypes.Structure):
    _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.POINTER(Insn))]
insns = (Insn * len(code))(*code)
libc = ctypes.CDLL(None, use_errno=True)
if libc.prctl(38, 1, 0, 0, 0) or libc.prctl(22, 2, ctypes.byref(Prog(len(code), insns)), 0, 0):
    sys.exit("seccomp: " + os.strerror(ctypes.get_errno()))
os.execvp(sys.argv[1], sys.argv[1:])
EOF
chmod +x "$work"/*.sh

# A PATH with everything but strace.
nostrace_path() {
	[ -d "$work/nostrace-bin" ] && return
	mkdir "$work/nostrace-bin"
	for f in /usr/bin/* /usr/local/bin/*; do
		[ "${f##*/}" = strace ] || ln -sf "$f" "$work/nostrace-bin/"
	done
}

# meson test on one tree, extra arguments passed on.
mt() {
	local t=$1
	shift
	meson test -C "$root/$t" --no-rebuild --num-processes 2 --print-errorlogs "$@"
}

# variation NAME TREE: run the tree's suite under NAME (0 = passed).
variation() {
	local v=$1 t=$2
	case $v in
	base) # as it is
		mt "$t" ;;
	fds) # fds 3 7 200 255 1000 inherited open, ulimit -n 256
		mt "$t" --wrapper "$work/fds.sh" ;;
	stdin-closed) # each test starts with fd 0 closed
		mt "$t" --wrapper "$work/stdin-closed.sh" ;;
	stdin-null) # stdin is /dev/null
		mt "$t" --wrapper "$work/stdin-null.sh" ;;
	stdin-pipe) # stdin is a pipe with data in it
		mt "$t" --wrapper "$work/stdin-pipe.sh" ;;
	out-file) # serial and verbose: tests write to meson's stdout, a file
		mt "$t" -v --num-processes 1 ;;
	out-pipe) # serial and verbose: tests write to a pipe
		mt "$t" -v --num-processes 1 2>&1 | cat ;;
	setsid) # new session, no controlling terminal, stdin /dev/null
		setsid -w bash -c "$(declare -f mt); root=$root; mt $t" </dev/null ;;
	signals) # signals blocked, INT QUIT HUP PIPE USR1 USR2 ALRM TERM ignored
		mt "$t" --wrapper "python3 $work/signals.py" ;;
	umask077) # umask 077
		(umask 077 && mt "$t") ;;
	umask000) # umask 000
		(umask 000 && mt "$t") ;;
	tmpdir) # TMPDIR a fresh directory
		mkdir -p "$work/tmp" && TMPDIR=$work/tmp mt "$t" ;;
	notmpdir) # TMPDIR unset
		(unset TMPDIR; mt "$t") ;;
	nohome) # HOME unset
		(unset HOME; mt "$t") ;;
	minpath) # PATH=/usr/bin:/bin
		PATH=/usr/bin:/bin mt "$t" ;;
	utf8) # LANG=LC_ALL=C.UTF-8
		LANG=C.UTF-8 LC_ALL=C.UTF-8 mt "$t" ;;
	nolocale) # no LANG, LC_*, LANGUAGE
		(unset LANG LANGUAGE $(env | grep -o '^LC_[A-Z_]*'); mt "$t") ;;
	tz) # TZ=America/New_York
		TZ=America/New_York mt "$t" ;;
	notz) # TZ unset
		(unset TZ; mt "$t") ;;
	cwd) # started from / with an absolute -C
		(cd / && mt "$t") ;;
	twice) # twice in a row (left-overs in /tmp)
		mt "$t" && mt "$t" ;;
	repeat) # --repeat 3 (flaky tests)
		mt "$t" --repeat 3 ;;
	nostrace) # strace not on PATH
		nostrace_path && PATH=$work/nostrace-bin mt "$t" ;;
	noptrace) # ptrace fails with EPERM (seccomp)
		mt "$t" --wrapper "python3 $work/noptrace.py" ;;
	ci) # tools/test.sh from /, umask 077, stdin closed, fd 200 open, no HOME,
	    # LANG, TMPDIR elsewhere, TZ set, PATH minimal, signals blocked and
	    # ignored, SIGCHLD too
		(cd / && umask 077 && exec 0<&- 200</dev/null &&
		 unset HOME LANG && TMPDIR=$work/tmp TZ=America/New_York PATH=/usr/bin:/bin \
		 python3 "$work/signals.py" python3 -c 'import signal, os, sys
signal.signal(signal.SIGCHLD, signal.SIG_IGN)
os.execvp(sys.argv[1], sys.argv[1:])' bash "$root/tools/test.sh") ;;
	nonroot) # root only: a copy of the source, built and tested as a user
		as_user ;;
	concurrent) # a second copy of the source tested at the same time
		concurrent ;;
	*) echo "unknown variation $v" >&2; return 2 ;;
	esac
}

# A copy of the checked-in and new files, without build trees.
copy_source() {
	local dst=$1
	mkdir -p "$dst"
	git ls-files -co --exclude-standard | grep -vE '^build[^/]*/' |
		tar -cf - -T - | tar -xf - -C "$dst"
}

as_user() {
	local user=lstar-envcheck
	[ "$(id -u)" = 0 ] || { echo "nonroot: needs root to create $user" >&2; return 2; }
	id "$user" >/dev/null 2>&1 || useradd -M -d / "$user" || return 2
	copy_source "$work/user" && chown -R "$user" "$work/user" && chmod 755 "$work"
	runuser -u "$user" -- bash -c 'cd "$1" && bash tools/quickstart.sh && bash tools/test.sh' _ "$work/user"
}

concurrent() {
	copy_source "$work/twin"
	(cd "$work/twin" && bash tools/quickstart.sh && bash tools/test.sh) >"$logs/concurrent-twin.log" 2>&1 &
	local twin=$! rc=0
	bash tools/test.sh || rc=1
	wait $twin || { echo "twin failed: $logs/concurrent-twin.log"; rc=1; }
	return $rc
}

fail=0
for v in $vars; do
	# These run tools/test.sh, which tests every tree itself.
	case $v in ci|nonroot|concurrent) each=all ;; *) each=$trees ;; esac
	for t in $each; do
		log=$logs/$v.$t.log
		if variation "$v" "$t" >"$log" 2>&1; then
			echo "PASS $v $t"
		else
			echo "FAIL $v $t ($log)"
			fail=1
		fi
	done
done
rm -rf "$work"
exit $fail

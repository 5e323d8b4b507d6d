#!/usr/bin/env bash
# Quick start, step 2: the whole test suite.  The real-kernel build (build/)
# and the kernel-model build (build-model/, also under ASan+UBSan when
# src/model exists) each run their meson tests.
set -uo pipefail
cd "$(dirname "$0")/.."
status=0

[ -f build/build.ninja ] || meson setup build >/dev/null
meson test -C build --print-errorlogs || status=1

if [ -d src/model ]; then
	[ -f build-model/build.ninja ] || meson setup build-model -Dkernel=model >/dev/null
	meson test -C build-model --print-errorlogs || status=1
	[ -f build-asan/build.ninja ] || meson setup build-asan -Dkernel=model \
		-Db_sanitize=address,undefined -Db_lundef=false >/dev/null
	meson test -C build-asan --print-errorlogs || status=1
fi
exit $status

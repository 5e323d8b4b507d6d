#!/usr/bin/env bash
# Quick start, step 1: install what is missing, build lstar, build
# examples/hello.c with lstar-cc and run it.  Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

pkgs=(meson ninja-build gcc clang libcmocka-dev pkg-config strace python3 musl-tools)
missing=()
for p in "${pkgs[@]}"; do
	dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
	sudo=""
	[ "$(id -u)" = 0 ] || sudo=sudo
	$sudo apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
fi

[ -f build/build.ninja ] || meson setup build
ninja -C build
build/lstar-cc -O2 examples/hello.c -o build/hello
./build/hello

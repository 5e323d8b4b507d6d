#!/usr/bin/env bash
# clock_gettime(CLOCK_MONOTONIC) loop cost, lstar vs glibc static, side by
# side in one run: 7 alternating rounds, medians and their ratio.
# Usage: bash bench/time/run.sh [BUILD_DIR] [CALLS]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-build}
n=${2:-10000000}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

"$build/lstar-cc" -O2 "$here/clock_loop.c" -o "$tmp/lstar"
gcc -O2 -static "$here/clock_loop.c" -o "$tmp/glibc"

: > "$tmp/l"
: > "$tmp/g"
for _ in 1 2 3 4 5 6 7; do
	"$tmp/lstar" "$n" >> "$tmp/l"
	"$tmp/glibc" "$n" >> "$tmp/g"
done
median() { sort -g "$1" | sed -n 4p; }
l=$(median "$tmp/l")
g=$(median "$tmp/g")
echo "clock_gettime(CLOCK_MONOTONIC), $n calls, median of 7 (ns/call):"
echo "  lstar        $l"
echo "  glibc static $g"
awk -v l="$l" -v g="$g" 'BEGIN { printf "  ratio lstar/glibc %.3f\n", l / g }'

#!/usr/bin/env bash
# bench/stdio/bufsize.sh BUILD_DIR FILE: CPU time (user+sys, median of 5)
# and read calls to fgets through FILE with 4, 16, 64 and 256 KiB buffers.
set -e
here=$(cd "$(dirname "$0")" && pwd)
bin=$(mktemp /tmp/lstar-bufsize.XXXXXX)
trap 'rm -f "$bin"' EXIT
"$1/lstar-cc" -O2 "$here/bufsize.c" -o "$bin"
cat "$2" > /dev/null
for kib in 4 16 64 256; do
	size=$((kib * 1024 + 8))	# + UNGET: the stream keeps 8 bytes for ungetc
	ts=()
	for i in 1 2 3 4 5; do
		t=$( { /usr/bin/time -f "%U %S" "$bin" "$2" $size; } 2>&1 )
		ts+=("$(echo "$t" | awk '{print $1 + $2}')")
	done
	reads=$(strace -c -e trace=read "$bin" "$2" $size 2>&1 | awk '$NF == "read" {print $4}')
	echo "$kib KiB: median $(printf '%s\n' "${ts[@]}" | sort -n | sed -n 3p)s user+sys, $reads reads"
done

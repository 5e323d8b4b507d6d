#!/usr/bin/env bash
# bench/stdio/run.sh BUILD_DIR [MB]: fgets/fputs line copy of a text file,
# lstar vs glibc static vs musl-gcc static, side by side; prints the median
# of 5 runs each (CPU time, user+sys: the machine is shared, so wall time
# mostly measures the neighbours) and the ratios.  Output goes to /dev/null
# and to a file.
set -e
build=${1:-build}
mb=${2:-200}
dir=$(mktemp -d /tmp/lstar-bench-stdio.XXXXXX)
trap 'rm -rf "$dir"' EXIT
here=$(cd "$(dirname "$0")" && pwd)
python3 - "$dir/in.txt" "$mb" <<'PY'
import random, sys
random.seed(1)
words = ["".join(random.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(random.randint(2, 10))) for _ in range(5000)]
lines = "".join(" ".join(random.choice(words) for _ in range(random.randint(0, 14))) + "\n" for _ in range(20000))
with open(sys.argv[1], "w") as f:
    total = 0
    while total < int(sys.argv[2]) * 1000000:
        f.write(lines); total += len(lines)
PY
"$build/lstar-cc" -O2 "$here/linecopy.c" -o "$dir/lstar"
gcc -O2 -static "$here/linecopy.c" -o "$dir/glibc"
musl-gcc -O2 -static "$here/linecopy.c" -o "$dir/musl"
cat "$dir/in.txt" > /dev/null
for out in /dev/null "$dir/out.txt"; do
	echo "== output to $out"
	for impl in lstar glibc musl; do
		ts=()
		for i in 1 2 3 4 5; do
			t=$( { /usr/bin/time -f "%U %S" "$dir/$impl" "$dir/in.txt" "$out"; } 2>&1 )
			ts+=("$(echo "$t" | awk '{print $1 + $2}')")
		done
		med=$(printf '%s\n' "${ts[@]}" | sort -n | sed -n 3p)
		eval "t_$impl=$med"
		echo "$impl median ${med}s (user+sys)"
	done
	[ "$out" = /dev/null ] || cmp "$dir/in.txt" "$out"
	echo "ratio lstar/glibc $(echo "scale=3; $t_lstar / $t_glibc" | bc)  lstar/musl $(echo "scale=3; $t_lstar / $t_musl" | bc)"
done

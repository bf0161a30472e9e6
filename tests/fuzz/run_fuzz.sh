#!/bin/bash
# Builds one libFuzzer target with clang (ASan + UBSan) and runs it for a bounded
# time on the committed seed corpus (a copy, so the repository is not modified).
# Usage: run_fuzz.sh <target-stem> <seconds> <work-dir>
#   e.g. run_fuzz.sh fuzz_keys 20 build/native/fuzz
# Longer campaign (before a release): run_fuzz.sh fuzz_keys 1800 /tmp/fuzz
set -euo pipefail
target=$1 secs=$2 work=$3
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
mkdir -p "$work"
bin="$work/$target"
CLANG=${CLANG:-clang}
# Every target gets the engine, the window's portable DEFLATE decoder
# (src/win32/inflate.c, fuzz_inflate) and the system zlib as its reference.
# Rebuild when any of those sources or the target is newer than the binary.
if [ ! -x "$bin" ] || [ -n "$(find "$root/src/engine" "$root/src/win32/inflate.c" "$root/src/win32/inflate.h" "$here" -newer "$bin" -name '*.[ch]' | head -1)" ]; then
  $CLANG -std=c11 -O1 -g -fno-omit-frame-pointer -DCALC_CHECKED \
    -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all \
    -I"$root/src/engine/include" -I"$root/src/engine/numbers" -I"$root/src/engine/progint" \
    -I"$root/src/engine/calc" -I"$root/src/engine/domain" -I"$root/src/win32" \
    $(find "$root/src/engine" -name '*.c' | sort) "$root/src/win32/inflate.c" "$here/$target.c" -o "$bin" -lz
fi
corpus="$work/corpus-$target"
mkdir -p "$corpus"
seeds="$here/corpus/${target#fuzz_}"
cp -n "$seeds"/* "$corpus"/ 2>/dev/null || true
"$bin" -max_total_time="$secs" -timeout=5 -rss_limit_mb=2048 -max_len=4096 \
  -print_final_stats=1 "$corpus" 2>&1 | tail -25

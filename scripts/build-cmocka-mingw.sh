#!/bin/bash
# Builds a static cmocka for x86_64-w64-mingw32 from Debian's own source package
# (Debian ships cmocka for Linux only). Usage: build-cmocka-mingw.sh <install-prefix>
# The source and the build stay next to the prefix, inside the build tree.
set -euo pipefail
prefix=$(realpath -m "$1")
root=$(dirname "$prefix")
here=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$root/cmocka-src"
cd "$root/cmocka-src"
src=$(find . -maxdepth 1 -type d -name 'cmocka-*' | head -1)
if [ -z "$src" ]; then
  # apt-get source verifies the .dsc against Debian's keys and applies Debian's patches.
  apt-get source -qq cmocka >/dev/null 2>&1 || apt-get source cmocka
  src=$(find . -maxdepth 1 -type d -name 'cmocka-*' | head -1)
fi
cmake -S "$src" -B "$root/cmocka-build" \
  -DCMAKE_TOOLCHAIN_FILE="$here/cmake/mingw-w64-x86_64.cmake" \
  -DCMAKE_BUILD_TYPE=Release -DWITH_STATIC_LIB=ON -DWITH_EXAMPLES=OFF -DUNIT_TESTING=OFF \
  -DCMAKE_INSTALL_PREFIX="$prefix" >/dev/null
cmake --build "$root/cmocka-build" -j2 >/dev/null
cmake --install "$root/cmocka-build" >/dev/null
test -f "$prefix/lib/libcmocka-static.a"
echo "cmocka for mingw: $prefix/lib/libcmocka-static.a"

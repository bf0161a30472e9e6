#!/bin/bash
# The README's test command: installs what is missing, builds both presets and
# runs every test (native with ASan/UBSan, accuracy vs mpmath, CLI, the Windows
# build under Wine: unit tests, the real window under Xvfb, the installer).
# Exit status is non-zero if anything fails. A second run rebuilds nothing that
# did not change.
set -uo pipefail
cd "$(dirname "$0")/.."

bash scripts/deps.sh || exit 1

failed=()
step() {
  local name=$1; shift
  echo "=== $name"
  if ! "$@"; then
    failed+=("$name")
  fi
}

step "native: configure" cmake --preset native >/dev/null
step "native: build" cmake --build --preset native
step "native: test" ctest --preset native
step "windows: configure" cmake --preset windows >/dev/null
step "windows: build" cmake --build --preset windows
step "windows: test" ctest --preset windows

if [ ${#failed[@]} -gt 0 ]; then
  echo "FAILED: ${failed[*]}"
  exit 1
fi
echo "All native and Windows tests passed."

#!/bin/bash
# ctest fixture for the console tests under Wine: `start PREFIX` makes the prefix
# (once) and leaves a warm persistent wineserver; `stop PREFIX` stops that server.
set -euo pipefail
action=$1
prefix=$2
export BUILD_DIR=$(dirname "$(dirname "$prefix")")
. "$(dirname "$0")/wine-env.sh"
case "$action" in
  start)
    wine_env_init "$prefix"
    export DISPLAY=
    wineserver -k </dev/null >/dev/null 2>&1 || true
    wineserver -w </dev/null >/dev/null 2>&1 || true
    wineserver -p </dev/null >/dev/null 2>&1
    wine cmd /c exit </dev/null >/dev/null 2>&1
    echo "wine prefix ready: $prefix"
    ;;
  stop)
    export WINEPREFIX="$prefix"
    wineserver -k </dev/null >/dev/null 2>&1 || true
    timeout 30 wineserver -w </dev/null >/dev/null 2>&1 || true
    echo "wineserver stopped: $prefix"
    ;;
  *) echo "usage: $0 start|stop PREFIX" >&2; exit 2 ;;
esac

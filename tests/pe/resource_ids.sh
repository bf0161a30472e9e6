#!/bin/bash
# One id means one thing (src/win32/ui_ids.h): no two window resource ids of the
# same kind (IDS_ strings, IDC_ controls, IDM_ menu commands, IDD_ dialogs) share
# a number, across every header of the window. A name ending in _BASE may alias
# the first id of its range. Two string ids with one number make windres keep
# one of the strings silently, so this is checked on the sources.
set -euo pipefail
src=${SOURCE_DIR:-$(cd "$(dirname "$0")/../.." && pwd)}
dups=$(awk '$1 == "#define" && $2 ~ /^ID[SCMD]_/ && $3 ~ /^[0-9]+$/ { print substr($2, 1, 3), $3, $2 }' \
         "$src"/src/win32/*.h | sort -k1,1 -k2,2n |
       awk '{ key = $1 " " $2
              if (key == prev && $3 !~ /_BASE$/ && prevname !~ /_BASE$/) print "FAIL: " $3 " and " prevname " are both " $2
              prev = key; prevname = $3 }')
if [ -n "$dups" ]; then
  echo "$dups"
  exit 1
fi
echo "ok: $(awk '$1 == "#define" && $2 ~ /^ID[SCMD]_/ && $3 ~ /^[0-9]+$/' "$src"/src/win32/*.h | wc -l) window ids, no number used twice"

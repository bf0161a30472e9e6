#!/bin/bash
# Checks on the built Windows programs, read from their PE headers with objdump:
# only DLLs that Windows ships are imported; ASLR (dynamic base + high-entropy VA)
# and DEP (NX compatible) are on; no section is both writable and executable;
# the GUI exe carries a manifest, a version resource and an icon, and calls
# SetDefaultDllDirectories (safe DLL search).
set -euo pipefail
: "${CALC_EXE:?}" "${CALC_CLI_EXE:?}"
OBJDUMP=x86_64-w64-mingw32-objdump
fail=0
bad() { echo "FAIL: $*"; fail=1; }
ok() { echo "ok: $*"; }

SYSTEM_DLLS='^(KERNEL32|USER32|GDI32|COMCTL32|COMDLG32|SHELL32|SHLWAPI|ADVAPI32|UXTHEME|DWMAPI|OLE32|OLEAUT32|OLEACC|msvcrt|ucrtbase|api-ms-win-[a-z0-9-]+)\.dll$'

check_exe() {
  local exe=$1 name
  name=$(basename "$exe")
  [ -f "$exe" ] || { bad "$name missing"; return; }
  local dump
  dump=$($OBJDUMP -p "$exe")
  local dlls
  dlls=$(echo "$dump" | sed -n 's/^\s*DLL Name: //p' | sort -u)
  echo "$name imports: $(echo $dlls)"
  while read -r dll; do
    [ -z "$dll" ] && continue
    grep -Eiq "$SYSTEM_DLLS" <<< "$dll" || bad "$name imports non-system DLL $dll"
  done <<< "$dlls"
  local chars
  chars=$(echo "$dump" | sed -n 's/^DllCharacteristics\s*//p' | head -1)
  for flag in HIGH_ENTROPY_VA DYNAMIC_BASE NX_COMPAT; do
    grep -q "^\s*$flag\$" <<< "$dump" && ok "$name $flag" || bad "$name lacks $flag (DllCharacteristics $chars)"
  done
  # Section flags: CODE/DATA lines follow each section in `objdump -h`.
  local wx
  wx=$($OBJDUMP -h "$exe" | awk '/^ *[0-9]+ /{name=$2; getline; if ($0 ~ /CODE/ && $0 !~ /READONLY/) print name}')
  if [ -n "$wx" ]; then
    bad "$name has a writable and executable section"
  else
    ok "$name has no writable+executable section"
  fi
  local size
  size=$(stat -c %s "$exe")
  echo "$name size: $size bytes"
}

check_exe "$CALC_EXE"
check_exe "$CALC_CLI_EXE"

# Resources of the GUI exe.
res=$(x86_64-w64-mingw32-windres -J coff -i "$CALC_EXE" -O rc 2>/dev/null || true)
grep -q 'MANIFEST\|^1 24' <<< "$res" && ok "manifest present" || bad "no manifest resource"
grep -q 'VERSIONINFO' <<< "$res" && ok "version resource present" || bad "no version resource"
grep -Eq 'RT_ICON|ICON' <<< "$res" && ok "icon present" || bad "no icon resource"
if [ -n "${CALC_VERSION:-}" ]; then
  grep -q "\"$CALC_VERSION" <<< "$res" && ok "version $CALC_VERSION in resource" || bad "version $CALC_VERSION not in version resource"
fi
grep -q 'SetDefaultDllDirectories' <<< "$($OBJDUMP -p "$CALC_EXE")" && ok "SetDefaultDllDirectories imported" || bad "SetDefaultDllDirectories not called"

exit $fail

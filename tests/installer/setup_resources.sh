#!/bin/bash
# Static checks on calculatrice-setup-<version>.exe (no Wine): a 64-bit GUI program well
# under 1 MB, whose version resource names the product and its version, and whose icon is
# the product icon (every image of res/calculatrice.ico is in the file).
set -euo pipefail
: "${INSTALLER_EXE:?}" "${SOURCE_DIR:?}"
fail() { echo "FAIL: $*" >&2; exit 1; }
ok() { echo "ok: $*"; }

version=$(basename "$INSTALLER_EXE" .exe)
version=${CALC_VERSION:-${version#calculatrice-setup-}}
[ -f "$INSTALLER_EXE" ] || fail "no $INSTALLER_EXE"

bytes=$(stat -c %s "$INSTALLER_EXE")
[ "$bytes" -lt 1048576 ] || fail "the setup is $bytes bytes, not under 1 MB"
ok "size $bytes bytes ($(( (bytes + 1023) / 1024 )) KiB)"

headers=$(x86_64-w64-mingw32-objdump -p "$INSTALLER_EXE")
grep -q '^Magic.*(PE32+)' <<<"$headers" || fail "not a PE32+ (64-bit) program"
grep -q '^Subsystem.*(Windows GUI)' <<<"$headers" || fail "not a GUI program"
ok "PE32+ Windows GUI program"

rc=$(x86_64-w64-mingw32-windres -J coff -i "$INSTALLER_EXE" -O rc 2>/dev/null)
IFS=. read -r major minor patch <<<"$version"
grep -q "FILEVERSION $major, $minor, $patch, 0" <<<"$rc" || fail "FILEVERSION is not $version"
for pair in "ProductName:Calculatrice" "ProductVersion:$version" "FileVersion:$version" \
            "CompanyName:The Calculatrice developers" "FileDescription:Calculatrice $version Setup"; do
  grep -qF "VALUE \"${pair%%:*}\", \"${pair#*:}\"" <<<"$rc" || fail "version resource lacks ${pair%%:*} = ${pair#*:}"
done
ok "version resource: Calculatrice $version"

icon="$SOURCE_DIR/res/calculatrice.ico"
if [ -f "$icon" ]; then
  python3 - "$icon" "$INSTALLER_EXE" <<'PY' || fail "the setup's icon is not res/calculatrice.ico"
import struct, sys
ico = open(sys.argv[1], 'rb').read()
exe = open(sys.argv[2], 'rb').read()
count = struct.unpack_from('<H', ico, 4)[0]
missing = []
for i in range(count):
    w, h, _, _, _, _, size, offset = struct.unpack_from('<BBBBHHII', ico, 6 + 16 * i)
    if ico[offset:offset + size] not in exe:
        missing.append('%dx%d' % (w or 256, h or 256))
if missing or count == 0:
    print('images not in the setup:', ' '.join(missing) or 'none in the .ico'); sys.exit(1)
PY
  ok "icon: every image of res/calculatrice.ico"
else
  echo "note: no res/calculatrice.ico yet: the setup uses the NSIS default icon"
fi

# Sourced by tests/installer/*.sh (not a test itself: the name does not end in .sh).
# Gives each test the installer tests' own Wine prefix, a display, and helpers to run the
# setup and uninstaller, read the registry and wait for things, all with timeouts.
set -euo pipefail

: "${BUILD_DIR:?}" "${SOURCE_DIR:?}" "${INSTALLER_EXE:?}"
. "$SOURCE_DIR/scripts/wine-env.sh"
wine_env_init "$BUILD_DIR/wine/installer"
# Wine links the user's Desktop to $HOME: make it a folder of the prefix, so that a desktop
# shortcut test never writes outside the build tree.
desktop_link="$WINEPREFIX/drive_c/users/$(id -un)/Desktop"
if [ -L "$desktop_link" ]; then
  rm -f "$desktop_link"
  mkdir -p "$desktop_link"
fi
wine_env_start_display

UNINST_SUBKEY='Software\Microsoft\Windows\CurrentVersion\Uninstall\Calculatrice'
SETTINGS_KEY='HKCU\Software\Calculatrice'
VERSION=$(basename "$INSTALLER_EXE" .exe)
VERSION=${CALC_VERSION:-${VERSION#calculatrice-setup-}}

fail() { echo "FAIL: $*" >&2; exit 1; }
T0=${EPOCHREALTIME/./}
ok() { local us=$(( ${EPOCHREALTIME/./} - T0 )); printf 'ok (%d.%d s): %s\n' $((us / 1000000)) $((us / 100000 % 10)) "$*"; }

# Windows environment of the prefix, read once: winvar LOCALAPPDATA -> C:\users\root\AppData\Local
WIN_ENV=$(wine cmd /c set </dev/null 2>/dev/null | tr -d '\r')
winvar() { printf '%s\n' "$WIN_ENV" | sed -n "s/^$1=//Ip" | head -1; }
# C:\x\y -> $WINEPREFIX/drive_c/x/y (no wine call: winepath costs 0.3 s)
unixpath() {
  local p=${1//\\//}
  case $p in
    [Cc]:/*) printf '%s\n' "$WINEPREFIX/drive_c/${p:3}" ;;
    *) fail "unixpath: not on C: $1" ;;
  esac
}

# reg_dump 'HKCU\...' reads a key's values once; reg_value then looks names up in that dump.
REG_DUMP=""
reg_dump() { REG_DUMP=$(wine reg query "$1" </dev/null 2>/dev/null | tr -d '\r') || REG_DUMP=""; }
reg_value() {  # [KEY] NAME: with a KEY, dump it first
  if [ $# -eq 2 ]; then reg_dump "$1"; shift; fi
  printf '%s\n' "$REG_DUMP" | sed -n "s/^ *$1 \{4\}REG_[A-Z_]* \{4\}//p"
}
reg_key_exists() { wine reg query "$1" </dev/null >/dev/null 2>&1; }

# wait_until SECONDS COMMAND...: poll every 0.1 s
wait_until() {
  local secs=$1; shift
  local end=$((SECONDS + secs))
  until "$@"; do
    [ $SECONDS -lt $end ] || return 1
    sleep 0.1
  done
}

# Runs a Windows program with arguments, where the last argument may be /D=... or _?=...
# holding spaces: NSIS needs it unquoted, and wine quotes every argument that has a space,
# so it is split at spaces (wine joins the pieces back with single spaces).
run_nsis() {
  local exe=$1; shift
  local args=() last=""
  if [ $# -gt 0 ]; then
    last=${!#}
    args=("${@:1:$#-1}")
  fi
  local pieces=()
  [ -n "$last" ] && read -r -a pieces <<<"$last"
  timeout 60 wine "$exe" "${args[@]}" "${pieces[@]}" </dev/null >/dev/null 2>&1
}

# build_installer VERSION OUT [EXE]: the same script as another version (the "previous
# build" of upgrade tests), packaging EXE (default: $CALC_EXE).
build_installer() {
  local version=$1 out=$2 exe=${3:-${CALC_EXE:?}}
  local icon="$SOURCE_DIR/res/calculatrice.ico"
  makensis -WX -V2 -DVERSION="$version" -DEXE="$exe" -DLICENSE="$SOURCE_DIR/LICENSE" \
           -DICON="$icon" -DOUTFILE="$out" "$SOURCE_DIR/installer/calculatrice.nsi" >/dev/null
}

# Every value of the Add/Remove Programs entry under HIVE (HKCU or HKLM) for folder DIR.
check_arp_entry() {
  local hive=$1 dir=$2 mode=$3 version=$4 key="$1\\$UNINST_SUBKEY"
  local v
  reg_dump "$key"
  [ -n "$REG_DUMP" ] || fail "no uninstall key $key"
  [ "$(reg_value DisplayName)" = "Calculatrice" ] || fail "DisplayName"
  [ "$(reg_value DisplayVersion)" = "$version" ] || fail "DisplayVersion $(reg_value DisplayVersion) != $version"
  [ "$(reg_value Publisher)" = "The Calculatrice developers" ] || fail "Publisher"
  [ "$(reg_value DisplayIcon)" = "\"$dir\\calculatrice.exe\",0" ] || fail "DisplayIcon $(reg_value DisplayIcon)"
  [ "$(reg_value InstallLocation)" = "$dir" ] || fail "InstallLocation $(reg_value InstallLocation) != $dir"
  [ "$(reg_value UninstallString)" = "\"$dir\\uninstall.exe\" /$mode" ] || fail "UninstallString $(reg_value UninstallString)"
  [ "$(reg_value QuietUninstallString)" = "\"$dir\\uninstall.exe\" /$mode /S" ] || fail "QuietUninstallString"
  [ "$(reg_value NoModify)" = "0x1" ] || fail "NoModify"
  [ "$(reg_value NoRepair)" = "0x1" ] || fail "NoRepair"
  v=$(reg_value EstimatedSize)
  # KB of the installed files: at least the exe, and far less than 100 MB.
  local kb=$((v)) exe_kb=$(( $(stat -c %s "$(unixpath "$dir\\calculatrice.exe")") / 1024 ))
  if [ "$kb" -lt "$exe_kb" ] || [ "$kb" -ge 102400 ]; then
    fail "EstimatedSize $v (exe ${exe_kb} KB)"
  fi
  ok "$hive uninstall entry complete ($mode, $version, EstimatedSize ${kb} KB)"
}

# Uninstalls silently with the entry's QuietUninstallString and waits until it is done:
# an NSIS uninstaller returns at once and works from a copy in %TEMP%.
quiet_uninstall() {
  local hive=$1 extra=${2:-} key="$1\\$UNINST_SUBKEY" cmd exe args
  cmd=$(reg_value "$key" QuietUninstallString)
  [ -n "$cmd" ] || fail "no QuietUninstallString in $key"
  exe=${cmd#\"}; exe=${exe%%\"*}
  args=${cmd##*\"}
  # shellcheck disable=SC2086 # the switches are words
  timeout 60 wine "$exe" $args $extra </dev/null >/dev/null 2>&1 || fail "uninstaller rc=$?"
  local dir
  dir=$(unixpath "$(dirname_win "$exe")")
  wait_until 30 eval "! reg_key_exists '$key' && [ ! -e '$dir' ]" || fail "uninstall did not finish"
  # The key goes last, then the copy in %TEMP% exits: let it go before the next step.
  sleep 0.3
}

dirname_win() { printf '%s\n' "${1%\\*}"; }

# Where a per-user install goes and where its shortcuts are.
USER_PROGRAMS=$(winvar LOCALAPPDATA)'\Programs\Calculatrice'
USER_STARTMENU="$(unixpath "$(winvar APPDATA)")/Microsoft/Windows/Start Menu/Programs"
USER_DESKTOP="$desktop_link"
COMMON_STARTMENU="$(unixpath "$(winvar ProgramData)")/Microsoft/Windows/Start Menu/Programs"
COMMON_DESKTOP="$(unixpath "$(winvar PUBLIC)")/Desktop"

# Leftovers of an earlier failed run would make every check meaningless: remove them.
reset_state() {
  local hive
  for hive in HKCU HKLM; do
    wine reg delete "$hive\\$UNINST_SUBKEY" /f </dev/null >/dev/null 2>&1 || true
  done
  wine reg delete "$SETTINGS_KEY" /f </dev/null >/dev/null 2>&1 || true
  rm -rf "$(unixpath "$USER_PROGRAMS")" "$(unixpath "$USER_PROGRAMS Moved")" \
         "$(unixpath 'C:\Program Files\Calculatrice')" \
         "$(unixpath 'C:\Program Files\Calculatrice Test')"
  rm -f "$USER_STARTMENU/Calculatrice.lnk" "$COMMON_STARTMENU/Calculatrice.lnk" \
        "$USER_DESKTOP/Calculatrice.lnk" "$COMMON_DESKTOP/Calculatrice.lnk"
}
reset_state

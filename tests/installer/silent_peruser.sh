#!/bin/bash
# Silent per-user install (the default mode): files, Start-menu shortcut, a complete
# uninstall entry under HKCU only; the installed exe starts and shows its window; a
# reinstall asks that running copy to close first; the silent uninstall removes every
# file, shortcut and key but keeps the user's settings.
# shellcheck source=tests/installer/common.bash
. "$(dirname "$0")/common.bash"

run_nsis "$INSTALLER_EXE" /S || fail "setup /S rc=$?"
dir=$(unixpath "$USER_PROGRAMS")
for f in calculatrice.exe LICENSE.txt uninstall.exe; do
  [ -f "$dir/$f" ] || fail "missing $USER_PROGRAMS\\$f"
done
cmp -s "$dir/LICENSE.txt" "$SOURCE_DIR/LICENSE" || fail "LICENSE.txt differs"
[ -f "$USER_STARTMENU/Calculatrice.lnk" ] || fail "no Start-menu shortcut"
[ ! -e "$USER_DESKTOP/Calculatrice.lnk" ] || fail "desktop shortcut made although not chosen"
ok "files and Start-menu shortcut in $USER_PROGRAMS"
check_arp_entry HKCU "$USER_PROGRAMS" CurrentUser "$VERSION"
! reg_key_exists "HKLM\\$UNINST_SUBKEY" || fail "per-user install wrote HKLM"
[ "$(reg_value "HKCU\\$UNINST_SUBKEY" InstallMode)" = CurrentUser ] || fail "InstallMode"

# The installed program starts and shows its window.
! xdotool search --name '^Calculatrice$' >/dev/null 2>&1 || fail "a Calculatrice window exists already"
wine "$USER_PROGRAMS\\calculatrice.exe" </dev/null >/dev/null 2>&1 &
app=$!
win=$(timeout 20 xdotool search --sync --onlyvisible --name '^Calculatrice$' | head -1) \
  || { kill "$app" 2>/dev/null; fail "the installed calculatrice.exe showed no window"; }
ok "installed calculatrice.exe shows its window ($win)"

# Installing again while it runs: the setup asks it to close, then replaces the files.
wine reg add "$SETTINGS_KEY" /v TestValue /d kept /f </dev/null >/dev/null 2>&1
run_nsis "$INSTALLER_EXE" /S || { kill "$app" 2>/dev/null; fail "setup over a running copy rc=$?"; }
wine_wait_pid "$app" 10 || { kill "$app" 2>/dev/null; fail "the running Calculatrice was not closed"; }
wait "$app" 2>/dev/null || true
ok "reinstall closed the running Calculatrice"
[ "$(wine reg query 'HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall' </dev/null 2>/dev/null | tr -d '\r' | grep -ci '\\Calculatrice$')" = 1 ] \
  || fail "not exactly one uninstall entry after reinstall"

quiet_uninstall HKCU
for f in calculatrice.exe LICENSE.txt uninstall.exe; do
  [ ! -e "$dir/$f" ] || fail "$f left behind"
done
[ ! -e "$dir" ] || fail "install folder left behind"
[ ! -e "$USER_STARTMENU/Calculatrice.lnk" ] || fail "Start-menu shortcut left behind"
! reg_key_exists "HKCU\\$UNINST_SUBKEY" || fail "uninstall key left behind"
[ "$(reg_value "$SETTINGS_KEY" TestValue)" = kept ] || fail "settings removed without /RemoveSettings"
ok "silent uninstall removed files, shortcut and key, kept the settings"
wine reg delete "$SETTINGS_KEY" /f </dev/null >/dev/null 2>&1

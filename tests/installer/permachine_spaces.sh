#!/bin/bash
# Silent per-machine install into a folder with spaces (/AllUsers /D=...): files there,
# shortcut in the common Start menu, a complete entry under HKLM only; a second run without
# switches upgrades the same installation (same mode, same folder); the silent uninstall
# from QuietUninstallString closes the running program and removes every file, shortcut
# and key.
# shellcheck source=tests/installer/common.bash
. "$(dirname "$0")/common.bash"

target='C:\Program Files\Calculatrice Test'
run_nsis "$INSTALLER_EXE" /S /AllUsers "/D=$target" || fail "setup /AllUsers /D= rc=$?"
dir=$(unixpath "$target")
for f in calculatrice.exe LICENSE.txt uninstall.exe; do
  [ -f "$dir/$f" ] || fail "missing $target\\$f"
done
[ ! -e "$(unixpath 'C:\Program Files\Calculatrice')" ] || fail "/D= ignored: default folder used"
[ -f "$COMMON_STARTMENU/Calculatrice.lnk" ] || fail "no shortcut in the common Start menu"
[ ! -e "$USER_STARTMENU/Calculatrice.lnk" ] || fail "per-machine install made a per-user shortcut"
ok "files in '$target', common Start-menu shortcut"
check_arp_entry HKLM "$target" AllUsers "$VERSION"
! reg_key_exists "HKCU\\$UNINST_SUBKEY" || fail "per-machine install wrote HKCU"

run_nsis "$INSTALLER_EXE" /S || fail "second setup rc=$?"
check_arp_entry HKLM "$target" AllUsers "$VERSION"
! reg_key_exists "HKCU\\$UNINST_SUBKEY" || fail "the upgrade of a per-machine install wrote HKCU"
ok "a setup without switches upgrades the per-machine installation in place"

# The uninstaller too asks a running copy to close before it deletes the files.
wine "$target\\calculatrice.exe" </dev/null >/dev/null 2>&1 &
app=$!
timeout 20 xdotool search --sync --onlyvisible --name '^Calculatrice$' >/dev/null 2>&1 \
  || { kill "$app" 2>/dev/null; fail "calculatrice.exe from '$target' showed no window"; }
quiet_uninstall HKLM
wine_wait_pid "$app" 10 || { kill "$app" 2>/dev/null; fail "the uninstaller left Calculatrice running"; }
[ ! -e "$dir" ] || fail "'$target' left behind"
[ ! -e "$COMMON_STARTMENU/Calculatrice.lnk" ] || fail "common Start-menu shortcut left behind"
! reg_key_exists "HKLM\\$UNINST_SUBKEY" || fail "HKLM uninstall key left behind"
ok "silent uninstall removed files, shortcut and key"

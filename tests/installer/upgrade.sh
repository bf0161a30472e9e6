#!/bin/bash
# Upgrade in place: the same script built as 0.0.1 (the "previous build") is installed
# per user, the user has settings; the current setup, run silently with no switch, stays
# per user in the same folder, leaves one uninstall entry with the new version and keeps the
# settings. A reinstall into another folder removes the previous copy. Then /RemoveSettings
# makes the silent uninstall delete the settings too.
# shellcheck source=tests/installer/common.bash
. "$(dirname "$0")/common.bash"

old="$BUILD_DIR/wine/calculatrice-setup-0.0.1.exe"
# Its exe differs from the current one (same program, a few bytes appended), so that the
# upgrade has to replace it.
old_exe="$BUILD_DIR/wine/calculatrice-0.0.1.exe"
cp "$CALC_EXE" "$old_exe"
printf 'previous build' >>"$old_exe"
build_installer 0.0.1 "$old" "$old_exe" || fail "makensis of version 0.0.1"
[ "$VERSION" != 0.0.1 ] || fail "the current version is 0.0.1 too"

run_nsis "$old" /S || fail "setup 0.0.1 rc=$?"
cmp -s "$(unixpath "$USER_PROGRAMS")/calculatrice.exe" "$old_exe" || fail "0.0.1 did not install its exe"
check_arp_entry HKCU "$USER_PROGRAMS" CurrentUser 0.0.1
wine reg add "$SETTINGS_KEY" /v Mode /d scientific /f </dev/null >/dev/null 2>&1
mkdir -p "$USER_DESKTOP"
# A desktop shortcut the user chose at the first install must survive the upgrade.
cp "$USER_STARTMENU/Calculatrice.lnk" "$USER_DESKTOP/Calculatrice.lnk"

run_nsis "$INSTALLER_EXE" /S || fail "upgrade setup rc=$?"
check_arp_entry HKCU "$USER_PROGRAMS" CurrentUser "$VERSION"
entries=$( { wine reg query 'HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall' </dev/null 2>/dev/null
             wine reg query 'HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall' </dev/null 2>/dev/null; } \
           | tr -d '\r' | grep -ci '\\Calculatrice$' || true)
[ "$entries" = 1 ] || fail "$entries uninstall entries after the upgrade"
cmp -s "$(unixpath "$USER_PROGRAMS")/calculatrice.exe" "$CALC_EXE" || fail "calculatrice.exe not replaced"
[ "$(reg_value "$SETTINGS_KEY" Mode)" = scientific ] || fail "settings lost by the upgrade"
[ -f "$USER_DESKTOP/Calculatrice.lnk" ] || fail "the upgrade removed the desktop shortcut"
ok "upgrade 0.0.1 -> $VERSION in place: one entry, settings and desktop shortcut kept"

# Reinstalling into another folder removes the copy in the previous one.
moved="$USER_PROGRAMS Moved"
run_nsis "$INSTALLER_EXE" /S "/D=$moved" || fail "setup /D=<new folder> rc=$?"
[ ! -e "$(unixpath "$USER_PROGRAMS")" ] || fail "the previous folder was left behind"
[ -f "$(unixpath "$moved")/calculatrice.exe" ] || fail "nothing in the new folder"
check_arp_entry HKCU "$moved" CurrentUser "$VERSION"
[ "$(reg_value "$SETTINGS_KEY" Mode)" = scientific ] || fail "settings lost by the move"
[ -f "$USER_DESKTOP/Calculatrice.lnk" ] || fail "the move removed the desktop shortcut"
ok "reinstall into another folder removed the previous copy"

quiet_uninstall HKCU /RemoveSettings
! reg_key_exists "$SETTINGS_KEY" || fail "/RemoveSettings kept HKCU\\Software\\Calculatrice"
[ ! -e "$USER_DESKTOP/Calculatrice.lnk" ] || fail "desktop shortcut left behind"
[ ! -e "$USER_STARTMENU/Calculatrice.lnk" ] || fail "Start-menu shortcut left behind"
ok "silent uninstall /RemoveSettings removed the settings and both shortcuts"

#!/bin/bash
# Drives the wizard with the keyboard in English and in French (the Windows UI language
# decides), saving a screenshot of every page into $BUILD_DIR/installer-screenshots:
# welcome, licence, install mode, folder, components, install, finish, then the
# uninstaller's pages. The English run keeps the defaults; the French run ticks the desktop
# shortcut and, when uninstalling, "remove my settings". Each run checks that "Run
# Calculatrice" on the finish page starts the installed program and that the uninstaller
# removes what the setup made. A German UI language gets the language prompt.
. "$(dirname "$0")/common.bash"

SHOTS="$BUILD_DIR/installer-screenshots"
rm -rf "$SHOTS"
mkdir -p "$SHOTS"
pids=()
cleanup_wizard() {
  local p
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wine_env_stop
}
trap cleanup_wizard EXIT

# find_window REGEX: the id of the one visible top-level window whose title matches.
find_window() {
  timeout 20 xdotool search --sync --onlyvisible --name "$1" 2>/dev/null | head -1
}

# The header band (top of the window) differs on every page, and holds no caret.
header_sum() {
  import -window "$1" -crop 480x56+0+0 +repage png:- 2>/dev/null | md5sum | cut -c1-32
}

# shot WINDOW NAME: waits for the next page (header changed), lets it settle, saves it.
LAST_HEADER=""
shot() {
  local w=$1 name=$2 sum end=$((SECONDS + 15))
  while :; do
    sum=$(header_sum "$w")
    [ "$sum" != "$LAST_HEADER" ] && [ "$sum" != "$(printf '' | md5sum | cut -c1-32)" ] && break
    [ $SECONDS -lt $end ] || fail "page '$name' did not appear"
    sleep 0.1
  done
  sleep 0.4
  LAST_HEADER=$(header_sum "$w")
  import -window "$w" "$SHOTS/$name.png" 2>/dev/null || fail "screenshot $name"
  [ -z "${TRACE:-}" ] || ok "shot $name"
}

# press KEYS...: keys go to the focused window (the wizard has focus; there is no WM).
press() { xdotool key --delay 60 "$@"; }

wait_gone() { wait_until "${2:-15}" eval "! xdotool search --onlyvisible --name '$1' >/dev/null 2>&1"; }

wizard() {
  local lang=$1 locale=$2 setup_title=$3 uninstall_title=$4 desktop=$5
  local w
  LC_ALL=$locale wine "$INSTALLER_EXE" </dev/null >/dev/null 2>&1 &
  pids+=($!)
  w=$(find_window "^$setup_title") || fail "$lang: no '$setup_title' window"
  LAST_HEADER=""
  shot "$w" "$lang-1-welcome";    press Return
  shot "$w" "$lang-2-licence";    press Return        # I Agree
  shot "$w" "$lang-3-installmode"; press Return       # Just me (default)
  shot "$w" "$lang-4-folder";     press Return
  if [ "$desktop" = yes ]; then
    # The component tree has the focus on "Calculatrice": go down, tick the desktop shortcut.
    shot "$w" "$lang-5-components"; press Down space
    sleep 0.3
    import -window "$w" "$SHOTS/$lang-5-components.png"
    press Return
  else
    shot "$w" "$lang-5-components"; press Return
  fi
  sleep 1 # the install itself takes well under a second
  shot "$w" "$lang-6-install";    press Return
  shot "$w" "$lang-7-finish"
  ! xdotool search --onlyvisible --name '^Calculatrice$' >/dev/null 2>&1 || fail "$lang: Calculatrice runs already"
  press Return                                        # Finish, with "Run Calculatrice" ticked
  find_window '^Calculatrice$' >/dev/null || fail "$lang: 'Run Calculatrice' started no window"
  wait_gone "^$setup_title" || fail "$lang: the setup did not exit"
  ok "$lang wizard installed; 'Run Calculatrice' opened the program"

  [ -f "$(unixpath "$USER_PROGRAMS")/calculatrice.exe" ] || fail "$lang: not installed"
  check_arp_entry HKCU "$USER_PROGRAMS" CurrentUser "$VERSION"
  if [ "$desktop" = yes ]; then
    [ -f "$USER_DESKTOP/Calculatrice.lnk" ] || fail "$lang: desktop shortcut not made"
  else
    [ ! -e "$USER_DESKTOP/Calculatrice.lnk" ] || fail "$lang: desktop shortcut made"
  fi
  # WM_CLOSE, as the close box does (taskkill without /f), then wait for it to go.
  wine taskkill /im calculatrice.exe </dev/null >/dev/null 2>&1 || true
  wait_gone '^Calculatrice$' || fail "$lang: Calculatrice did not close"

  wine reg add "$SETTINGS_KEY" /v Mode /d scientific /f </dev/null >/dev/null 2>&1
  LC_ALL=$locale wine "$USER_PROGRAMS\\uninstall.exe" </dev/null >/dev/null 2>&1 &
  pids+=($!)
  w=$(find_window "^$uninstall_title") || fail "$lang: no '$uninstall_title' window"
  LAST_HEADER=""
  shot "$w" "$lang-8-uninstall-confirm"; press Return
  if [ "$desktop" = yes ]; then
    shot "$w" "$lang-9-uninstall-components"; press Down space   # remove my settings
    sleep 0.3
    import -window "$w" "$SHOTS/$lang-9-uninstall-components.png"
    press Return
  else
    shot "$w" "$lang-9-uninstall-components"; press Return
  fi
  sleep 1
  shot "$w" "$lang-10-uninstall-done"; press Return
  wait_gone "^$uninstall_title" || fail "$lang: the uninstaller did not exit"
  wait_until 15 eval "! reg_key_exists 'HKCU\\$UNINST_SUBKEY'" || fail "$lang: uninstall key left"
  [ ! -e "$(unixpath "$USER_PROGRAMS")" ] || fail "$lang: install folder left"
  [ ! -e "$USER_STARTMENU/Calculatrice.lnk" ] || fail "$lang: Start-menu shortcut left"
  [ ! -e "$USER_DESKTOP/Calculatrice.lnk" ] || fail "$lang: desktop shortcut left"
  if [ "$desktop" = yes ]; then
    ! reg_key_exists "$SETTINGS_KEY" || fail "$lang: 'remove my settings' kept them"
  else
    [ "$(reg_value "$SETTINGS_KEY" Mode)" = scientific ] || fail "$lang: settings removed unasked"
  fi
  ok "$lang uninstaller removed everything (settings: $([ "$desktop" = yes ] && echo removed || echo kept))"
}

wizard en en_US.UTF-8 'Calculatrice Setup' 'Calculatrice Uninstall' no
wizard fr fr_FR.UTF-8 'Installation de Calculatrice' 'Désinstallation de Calculatrice' yes

# Neither English nor French: the language prompt, then the wizard in the chosen language.
LC_ALL=de_DE.UTF-8 wine "$INSTALLER_EXE" </dev/null >/dev/null 2>&1 &
pids+=($!)
w=$(find_window '^Installer Language$') || fail "de: no language prompt"
sleep 0.3
import -window "$w" "$SHOTS/de-0-language-prompt.png"
press End Return                                       # the last entry: French
w=$(find_window '^Installation de Calculatrice$') || fail "de: French not chosen"
press Escape                                           # Cancel, and confirm
sleep 0.5
press Return
wait_gone '^Installation de Calculatrice$' || fail "de: the setup did not quit"
ok "German UI: language prompt shown, French chosen"
ls "$SHOTS"

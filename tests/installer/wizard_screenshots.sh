#!/bin/bash
# Drives the wizard with the keyboard in English and in French (the Windows UI language
# decides), saving a screenshot of every page into $BUILD_DIR/installer-screenshots:
# welcome, licence, install mode, folder, components, install, finish, then the
# uninstaller's pages. The English run keeps the defaults (just me); the French run picks
# "all users", ticks the desktop shortcut and, when uninstalling, "remove my settings".
# Each run checks that "Run Calculatrice" on the finish page starts the installed program
# and that the uninstaller removes what the setup made. A German UI language gets the
# language prompt.
# shellcheck source=tests/installer/common.bash
. "$(dirname "$0")/common.bash"

SHOTS="$BUILD_DIR/installer-screenshots"
rm -rf "$SHOTS"
mkdir -p "$SHOTS"
pids=()
cleanup_wizard() {
  local rc=$? p w
  if [ $rc -ne 0 ]; then # what was on the screen when it failed
    import -window root "$SHOTS/failure-root.png" 2>/dev/null || true
    for w in $(xdotool search --onlyvisible --name '.' 2>/dev/null); do
      echo "window $w: $(xdotool getwindowname "$w" 2>/dev/null)" >&2
    done
  fi
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wine_env_stop
}
trap cleanup_wizard EXIT

# find_window REGEX: the id of the visible top-level window whose title matches. Titles
# with accents: the accented letter is one or two bytes, depending on the locale.
find_window() {
  local end=$((SECONDS + 20)) w
  until w=$(xdotool search --onlyvisible --name "$1" 2>/dev/null | head -1) && [ -n "$w" ]; do
    [ $SECONDS -lt $end ] || return 1
    sleep 0.1 # xdotool's own --sync polls every 0.5 s
  done
  echo "$w"
}

# The header band (top of the window) differs on every page, and holds no caret.
header_sum() {
  import -window "$1" -crop 480x56+0+0 +repage png:- 2>/dev/null | md5sum | cut -c1-32
}

# shot WINDOW NAME: waits for the next page (header changed), lets it settle, saves it.
LAST_HEADER=""
EMPTY_SUM=$(printf '' | md5sum | cut -c1-32)
shot() {
  local w=$1 name=$2 sum end=$((SECONDS + 15))
  while :; do
    sum=$(header_sum "$w")
    [ "$sum" != "$LAST_HEADER" ] && [ "$sum" != "$EMPTY_SUM" ] && break
    [ $SECONDS -lt $end ] || fail "page '$name' did not appear"
    sleep 0.1
  done
  sleep 0.25
  LAST_HEADER=$(header_sum "$w")
  import -window "$w" "$SHOTS/$name.png" 2>/dev/null || fail "screenshot $name"
  [ -z "${TRACE:-}" ] || ok "shot $name"
}

# press KEYS...: keys go to the focused window (the wizard has focus; there is no WM).
press() { xdotool key --delay 60 "$@"; }

wait_gone() { wait_until "${2:-15}" eval "! xdotool search --onlyvisible --name '$1' >/dev/null 2>&1"; }

# wizard LANG LOCALE SETUP_TITLE UNINSTALL_TITLE MODE [ALL_USERS_KEY]
#   MODE "user": every default (just me, no desktop shortcut; uninstall keeps the settings);
#   MODE "machine": all users (chosen with its mnemonic, ALL_USERS_KEY), desktop shortcut
#   ticked; uninstall with "remove my settings".
wizard() {
  local lang=$1 locale=$2 setup_title=$3 uninstall_title=$4 mode=$5 all_users_key=${6:-}
  local w instdir hive startmenu desktop modename
  if [ "$mode" = machine ]; then
    instdir='C:\Program Files\Calculatrice' hive=HKLM modename=AllUsers
    startmenu=$COMMON_STARTMENU desktop=$COMMON_DESKTOP
  else
    instdir=$USER_PROGRAMS hive=HKCU modename=CurrentUser
    startmenu=$USER_STARTMENU desktop=$USER_DESKTOP
  fi

  LC_ALL=$locale wine "$INSTALLER_EXE" </dev/null >/dev/null 2>&1 &
  pids+=($!)
  w=$(find_window "^$setup_title") || fail "$lang: no '$setup_title' window"
  LAST_HEADER=""
  shot "$w" "$lang-1-welcome";     press Return
  shot "$w" "$lang-2-licence";     press Return       # I Agree
  shot "$w" "$lang-3-installmode"
  if [ "$mode" = machine ]; then
    press "$all_users_key"                            # the "all users" radio button
    sleep 0.3
    import -window "$w" "$SHOTS/$lang-3-installmode.png"
  fi
  press Return
  shot "$w" "$lang-4-folder";      press Return
  shot "$w" "$lang-5-components"
  if [ "$mode" = machine ]; then
    press Down space                                  # tick "desktop shortcut"
    sleep 0.3
    import -window "$w" "$SHOTS/$lang-5-components.png"
  fi
  press Return                                        # Install
  # The header changes twice (installing, then complete): wait for the end of the install.
  wait_until 30 reg_key_exists "$hive\\$UNINST_SUBKEY" || fail "$lang: the install did not finish"
  sleep 0.5
  shot "$w" "$lang-6-install";     press Return
  shot "$w" "$lang-7-finish"
  ! xdotool search --onlyvisible --name '^Calculatrice$' >/dev/null 2>&1 || fail "$lang: Calculatrice runs already"
  press Return                                        # Finish, with "Run Calculatrice" ticked
  find_window '^Calculatrice$' >/dev/null || fail "$lang: 'Run Calculatrice' started no window"
  wait_gone "^$setup_title" || fail "$lang: the setup did not exit"
  ok "$lang wizard ($modename) installed; 'Run Calculatrice' opened the program"

  [ -f "$(unixpath "$instdir")/calculatrice.exe" ] || fail "$lang: not installed in $instdir"
  check_arp_entry $hive "$instdir" $modename "$VERSION"
  [ -f "$startmenu/Calculatrice.lnk" ] || fail "$lang: no Start-menu shortcut"
  if [ "$mode" = machine ]; then
    [ -f "$desktop/Calculatrice.lnk" ] || fail "$lang: desktop shortcut not made"
  else
    [ ! -e "$desktop/Calculatrice.lnk" ] || fail "$lang: desktop shortcut made"
  fi
  # WM_CLOSE, as the close box does (taskkill without /f), then wait for it to go.
  wine taskkill /im calculatrice.exe </dev/null >/dev/null 2>&1 || true
  wait_gone '^Calculatrice$' || fail "$lang: Calculatrice did not close"

  wine reg add "$SETTINGS_KEY" /v Mode /d scientific /f </dev/null >/dev/null 2>&1
  LC_ALL=$locale wine "$instdir\\uninstall.exe" </dev/null >/dev/null 2>&1 &
  pids+=($!)
  w=$(find_window "^$uninstall_title") || fail "$lang: no '$uninstall_title' window"
  LAST_HEADER=""
  shot "$w" "$lang-8-uninstall-confirm"; press Return
  shot "$w" "$lang-9-uninstall-components"
  if [ "$mode" = machine ]; then
    press Down space                                  # tick "remove my settings"
    sleep 0.3
    import -window "$w" "$SHOTS/$lang-9-uninstall-components.png"
  fi
  press Return                                        # Uninstall
  wait_until 30 eval "! reg_key_exists '$hive\\$UNINST_SUBKEY'" || fail "$lang: the uninstall did not finish"
  sleep 0.5
  shot "$w" "$lang-10-uninstall-done"; press Return
  wait_gone "^$uninstall_title" || fail "$lang: the uninstaller did not exit"
  [ ! -e "$(unixpath "$instdir")" ] || fail "$lang: install folder left"
  [ ! -e "$startmenu/Calculatrice.lnk" ] || fail "$lang: Start-menu shortcut left"
  [ ! -e "$desktop/Calculatrice.lnk" ] || fail "$lang: desktop shortcut left"
  if [ "$mode" = machine ]; then
    ! reg_key_exists "$SETTINGS_KEY" || fail "$lang: 'remove my settings' kept them"
  else
    [ "$(reg_value "$SETTINGS_KEY" Mode)" = scientific ] || fail "$lang: settings removed unasked"
  fi
  ok "$lang uninstaller removed everything (settings: $([ "$mode" = machine ] && echo removed || echo kept))"
}

wizard en en_US.UTF-8 'Calculatrice Setup' 'Calculatrice Uninstall' user
wizard fr fr_FR.UTF-8 'Installation de Calculatrice' 'D.{1,2}sinstallation de Calculatrice' machine alt+t

# Neither English nor French: the language prompt, then the wizard in the chosen language.
LC_ALL=de_DE.UTF-8 wine "$INSTALLER_EXE" </dev/null >/dev/null 2>&1 &
pids+=($!)
w=$(find_window '^Installer Language$') || fail "de: no language prompt"
sleep 0.3
import -window "$w" "$SHOTS/de-0-language-prompt.png"
press End Return                                       # the last entry: French
find_window '^Installation de Calculatrice' >/dev/null || fail "de: French not chosen"
kill "${pids[-1]}"
wait_gone '^Installation de Calculatrice' || fail "de: the setup did not quit"
ok "German UI: language prompt shown, French chosen"
ok "$(find "$SHOTS" -name '*.png' | wc -l) screenshots in $SHOTS"

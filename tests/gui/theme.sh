#!/bin/bash
# Theme: the window follows Windows' app theme (AppsUseLightTheme in this
# test's own prefix) live on WM_SETTINGCHANGE "ImmersiveColorSet", View > Theme
# overrides it and is saved, and high contrast uses the system colours. Each
# check reads a pixel of the display background (and of a digit key) from a
# screenshot. Then screenshots of every mode in light, dark and high contrast,
# English and French, into $BUILD_DIR/screenshots/theme-*.png.
. "$(dirname "$0")/lib.bash"
gui_init "$BUILD_DIR/wine/gui-theme"
AP="$GUI_TOOLS_DIR/gui_access_probe.exe"
aprobe() { wine "$AP" "$@" </dev/null 2>>"$APP_LOG" | tr -d '\r'; }
PERSONALIZE='HKCU\Software\Microsoft\Windows\CurrentVersion\Themes\Personalize'
IDM_THEME_SYSTEM=40060 IDM_THEME_LIGHT=40061 IDM_THEME_DARK=40062
CMD_DIGIT_7=107
TMP_SHOT=$(mktemp --suffix=.png)

# The palettes (src/win32/theme.c): window background and digit key face.
LIGHT_WINDOW=238,238,238 DARK_WINDOW=32,32,32
LIGHT_DIGIT=252,252,252 DARK_DIGIT=59,59,59

system_theme() {
  wine reg add "$PERSONALIZE" /v AppsUseLightTheme /t REG_DWORD /d "$1" /f </dev/null >/dev/null 2>&1
}

# pixel ID DX DY: "r,g,b" on the screen at control ID's top-left corner + (DX, DY).
pixel() {
  local pos x y
  pos=$(aprobe "screen:$1")
  x=$(( ${pos% *} + $2 )) y=$(( ${pos#* } + $3 ))
  import -window root "$TMP_SHOT" 2>/dev/null
  convert "$TMP_SHOT" -format "%[fx:round(255*p{$x,$y}.r)],%[fx:round(255*p{$x,$y}.g)],%[fx:round(255*p{$x,$y}.b)]" info: 2>/dev/null
}

# colours_are WINDOW DIGIT what: waits up to 4 s for the display background
# and the 7 key's face to have those colours.
colours_are() {
  local bg="" key="" i
  for i in $(seq 1 20); do
    bg=$(pixel $IDC_DISPLAY 4 4)
    key=$(pixel $CMD_DIGIT_7 4 4)
    [ "$bg" = "$1" ] && [ "$key" = "$2" ] && break
    sleep 0.2
  done
  check "$3: display background" "$1" "$bg"
  check "$3: digit key face" "$2" "$key"
}

theme_setting() {
  wine reg query 'HKCU\Software\Calculatrice' /v Theme </dev/null 2>/dev/null | tr -d '\r' | awk '/Theme/ {print $3}'
}

echo "--- system theme, live"
system_theme 1
gui_start
colours_are $LIGHT_WINDOW $LIGHT_DIGIT "system light"
system_theme 0
aprobe setting:ImmersiveColorSet >/dev/null
colours_are $DARK_WINDOW $DARK_DIGIT "system dark, after ImmersiveColorSet"
system_theme 1
aprobe setting:ImmersiveColorSet >/dev/null
colours_are $LIGHT_WINDOW $LIGHT_DIGIT "system light again"

echo "--- View > Theme"
probe command:$IDM_THEME_DARK >/dev/null
colours_are $DARK_WINDOW $DARK_DIGIT "View > Theme > Dark over a light system"
check "the choice is saved" 0x2 "$(theme_setting)"
keys alt+2
colours_are $DARK_WINDOW $DARK_DIGIT "dark scientific keypad"
keys alt+1
gui_close
gui_start
colours_are $DARK_WINDOW $DARK_DIGIT "dark again after a restart"
system_theme 0
probe command:$IDM_THEME_LIGHT >/dev/null
colours_are $LIGHT_WINDOW $LIGHT_DIGIT "View > Theme > Light over a dark system"
probe command:$IDM_THEME_SYSTEM >/dev/null
colours_are $DARK_WINDOW $DARK_DIGIT "View > Theme > System follows the dark system"
check "System is saved" 0x0 "$(theme_setting)"
gui_close

echo "--- high contrast"
# High Contrast Black's colours, then high contrast on for the session.
COLORS='HKCU\Control Panel\Colors'
set_colours() {
  local pair
  for pair in "Window=$1" "WindowText=$2" "ButtonFace=$1" "ButtonText=$2" "Hilight=$3" "HilightText=$1" "GrayText=$4"; do
    wine reg add "$COLORS" /v "${pair%%=*}" /t REG_SZ /d "${pair#*=}" /f </dev/null >/dev/null 2>&1
  done
}
set_colours "0 0 0" "255 255 255" "26 235 255" "63 242 63"
hc=$(aprobe highcontrast:1)
HC_ENV=""
if [ "$hc" != 1 ]; then
  echo "note: this Wine does not keep SPI_SETHIGHCONTRAST; high contrast is forced with CALC_TEST_HIGH_CONTRAST=1 (theme.c test seam)"
  HC_ENV=CALC_TEST_HIGH_CONTRAST=1
fi
system_theme 0
gui_start $HC_ENV
colours_are 0,0,0 0,0,0 "high contrast over a dark theme: system colours"
gui_close
[ -z "$HC_ENV" ] && aprobe highcontrast:0 >/dev/null

echo "--- screenshots"
# every_mode NAME: the four modes with a number in each.
every_mode() {
  keys Escape 1 2 3 4 5 KP_Decimal 6 7 KP_Multiply 8 Return
  shot "theme-$1-standard"
  keys alt+2
  probe_is 1 exists:160 "$1: scientific keypad"
  keys F4 3 0 s
  shot "theme-$1-scientific"
  keys alt+3
  probe_is 1 exists:220 "$1: programmer keypad"
  keys Escape F5 f f 0 0 F6
  shot "theme-$1-programmer"
  keys ctrl+e
  probe_is 1 exists:1102 "$1: date form"
  shot "theme-$1-date"
  keys alt+1
}
for lang in en fr; do
  if [ "$lang" = fr ]; then LANGENV="LANG=fr_FR.UTF-8 LC_ALL=fr_FR.UTF-8"; else LANGENV=""; fi
  for theme in light dark hc; do
    gui_reset_settings
    if [ "$theme" = hc ]; then
      set_colours "0 0 0" "255 255 255" "26 235 255" "63 242 63"
      [ -z "$HC_ENV" ] && aprobe highcontrast:1 >/dev/null
      # shellcheck disable=SC2086
      gui_start $LANGENV $HC_ENV
    else
      # Wine's own system colours: what the standard controls use outside high contrast
      wine reg delete "$COLORS" /f </dev/null >/dev/null 2>&1 || true
      [ -z "$HC_ENV" ] && aprobe highcontrast:0 >/dev/null
      system_theme "$([ "$theme" = light ] && echo 1 || echo 0)"
      # shellcheck disable=SC2086
      gui_start $LANGENV
    fi
    every_mode "$lang-$theme"
    gui_close
  done
done
aprobe highcontrast:0 >/dev/null
wine reg delete "$COLORS" /f </dev/null >/dev/null 2>&1 || true
rm -f "$TMP_SHOT"
gui_finish

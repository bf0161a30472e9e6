#!/bin/bash
# Screenshots of every mode in English and French at 96, 150 and 192 DPI, into
# $BUILD_DIR/screenshots/ (for review). Checks that the window scales with the
# DPI and that each mode shows its keypad. Own prefix: it changes LogPixels.
. "$(dirname "$0")/lib.bash"
gui_init "$BUILD_DIR/wine/gui-dpi"


declare -A width
for dpi in 96 150 192; do
  gui_set_dpi "$dpi"
  for lang in en fr; do
    gui_reset_settings
    if [ "$lang" = fr ]; then gui_start LANG=fr_FR.UTF-8 LC_ALL=fr_FR.UTF-8; else gui_start; fi
    keys Escape 1 2 3 4 5 KP_Decimal 6 7 KP_Multiply 8 Return
    shot "$lang-$dpi-standard"
    size=$(probe size)
    width[$lang-$dpi]=${size% *}
    keys alt+2
    check "$lang $dpi: scientific keypad" 1 "$(probe exists:160)"
    keys F4 3 0 s
    shot "$lang-$dpi-scientific"
    keys alt+3
    if [ "$(probe exists:220)" = 1 ]; then
      keys Escape F5 f f 0 0 F6
      shot "$lang-$dpi-programmer"
    fi
    keys alt+1 ctrl+h
    shot "$lang-$dpi-standard-history"
    keys ctrl+m
    probe command:$IDM_MEMORY >/dev/null
    probe_is 1 visible:$IDC_MEMITEM_MC "$lang $dpi: memory pane shown"
    shot "$lang-$dpi-standard-memory"
    if [ "$dpi" = 96 ]; then
      # the keyboard-shortcuts box, made from the key map, in the UI language
      if [ "$lang" = fr ]; then title="Raccourcis clavier"; else title="Keyboard shortcuts"; fi
      probe command:$IDM_SHORTCUTS >/dev/null
      probe_is 1 "dialog:$title" "$lang: shortcuts box"
      sw=$(xdotool search --name "^$title\$" 2>/dev/null | head -1)
      [ -n "$sw" ] && import -window "$sw" "$SHOTS/$lang-$dpi-shortcuts.png" && echo "screenshot $SHOTS/$lang-$dpi-shortcuts.png"
      probe "dismiss:$title" >/dev/null
    fi
    gui_close
  done
done
gui_set_dpi 96
ratio=$(( ${width[en-192]} * 100 / ${width[en-96]} ))
check "192 DPI window about twice as wide (ratio*100 in 180..220)" 1 "$([ $ratio -ge 180 ] && [ $ratio -le 220 ] && echo 1 || echo 0)"
echo "client widths: en96=${width[en-96]} en192=${width[en-192]} fr96=${width[fr-96]} fr192=${width[fr-192]}"
gui_finish

#!/bin/bash
# French UI (LANG=fr_FR.UTF-8): French menus, names and errors, the French
# number format (',' decimal, space-like grouping), paste in French.
. "$(dirname "$0")/lib.bash"
gui_init
export LANG=fr_FR.UTF-8
gui_start LANG=fr_FR.UTF-8 LC_ALL=fr_FR.UTF-8

check "title" "Calculatrice" "$(probe title)"
exe=$(winepath -w "$CALC_EXE" 2>/dev/null)
check "View > History in French" "$(printf '&Historique\tCtrl+H')" "$(probe "exe=$exe" resmenu:1036:$IDM_HISTORY)"
check "Edit > Copy in French" "$(printf '&Copier\tCtrl+C')" "$(probe "exe=$exe" resmenu:1036:$IDM_COPY)"
check "View > Scientific in French" "$(printf 'S&cientifique\tAlt+2')" "$(probe "exe=$exe" resmenu:1036:211)"
check "accessible name in French: =" "Égal à" "$(probe name:124)"
check "accessible name in French: square root" "Racine carrée" "$(probe name:140)"
keys Escape 1 slash 0 Return
display_is "Impossible de diviser par zéro" "division by zero in French"
keys Escape 0 slash 0 Return
display_is "Le résultat n'est pas défini" "0 / 0 in French"
keys Escape 1 2 3 4 KP_Decimal 5
d=$(probe display)
g=$(printf '%s' "$d" | sed 's/^1\(.*\)234,5$/\1/')
case "$g" in " "|$'\u00a0'|$'\u202f') check "1 234,5 with a space-like group separator" ok ok ;;
  *) check "1 234,5 with a space-like group separator" "1 234,5" "$d" ;; esac
check "Ctrl+C: no grouping, comma decimal" "1234,5" "$(copy_display)"
keys Escape
clipboard_set "2,5"
keys ctrl+v
display_is "2,5" "paste 2,5"
keys KP_Multiply 2 Return
display_is 5 "2,5 × 2"
keys Escape
clipboard_set "1 234,5"
keys ctrl+v
d=$(probe display)
check "paste 1 234,5 (plain space)" "1234,5" "$(printf '%s' "$d" | tr -d ' \302\240\342\200\257')"
keys Escape 4 2
clipboard_set "n'importe quoi"
keys ctrl+v
expression_is "Entrée non valide" "invalid paste in French"
display_is 42 "value kept"
keys ctrl+h
probe_is "Il n'y a pas encore d'historique" name:1020 "history pane text in French"
shot french
gui_close
gui_finish

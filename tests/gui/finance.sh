#!/bin/bash
# Finance mode: switched to with the keyboard, the loan form filled with real
# key events only, Enter computes, the monthly payment read back from the
# display (Contract 2) and compared with calculatrice-cli finance tvm for the
# same inputs; a field that is not a number says so in words next to it; the
# amortization table opened, copied with Ctrl+C as tab-separated text (header,
# one row per month or year, last balance 0); screenshots in English and
# French of the form and of the table with its chart.
. "$(dirname "$0")/lib.bash"
gui_init
: "${CALC_CLI_EXE:?}"
IDC_FIN_SECTION=1300 IDC_FIN_NOTE0=1330 IDC_FIN_EDIT0=1320 IDC_FIN_SCHEDULE=1343

FINPROBE="$GUI_TOOLS_DIR/gui_finprobe.exe"
finprobe() { wine "$FINPROBE" "$@" </dev/null 2>/dev/null | tr -d '\r'; }

# focus_on ID: Tab (real key events) until control ID has the focus (at most 20)
focus_on() {
  local i
  for i in $(seq 1 20); do
    [ "$(finprobe focus)" = "$1" ] && return 0
    press Tab
  done
  echo "could not Tab to control $1" >&2
}

cli() { wine "$CALC_CLI_EXE" "$@" </dev/null 2>/dev/null | tr -d '\r'; }

# money TEXT DECIMAL: "1 159,92 €" / "$1,159.92" -> "1159.92" (digits, sign, '.')
money() {
  printf '%s' "$1" | python3 -c '
import sys
s, dec = sys.stdin.read(), sys.argv[1]
neg = "-" in s or "(" in s
digits = "".join(c if c.isdigit() else "." if c == dec else "" for c in s)
print(("-" if neg else "") + digits)' "$2"
}

# rounded VALUE: the engine text to two decimals, half away from zero
rounded() {
  python3 -c '
import sys
from decimal import Decimal, ROUND_HALF_UP
print(abs(Decimal(sys.argv[1])).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))' "$1"
}

# type TEXT: the characters of TEXT as key events, into the focused field
type_text() { pointer_on_window; xdotool type --delay 40 -- "$1"; }
press() { pointer_on_window; xdotool key --delay 60 "$@"; }

# wait_display_not VALUE: waits up to 5 s for the display to change from VALUE
wait_display_not() {
  local i
  for i in $(seq 1 50); do
    [ "$(probe display)" != "$1" ] && return 0
    sleep 0.1
  done
}

# table_copy TITLE: Ctrl+C in the table's list; prints the clipboard (LF lines)
table_copy() {
  local sentinel="sentinel-$$-$RANDOM" got="" i
  clipboard_set "$sentinel"
  xdotool key ctrl+c
  # up to 10 s: the table's copy of 240 rows waits its turn on a loaded machine
  for i in $(seq 1 100); do
    got=$(timeout 2 xclip -o -selection clipboard 2>/dev/null || true)
    [ -n "$got" ] && [ "$got" != "$sentinel" ] && break
    sleep 0.1
  done
  printf '%s' "$got" | tr -d '\r'
}

# check_tsv WHAT TSV ROWS HEADER DECIMAL: header row, ROWS rows of 5 cells,
# last balance 0, the rows' payments adding up
check_tsv() {
  local what=$1 tsv=$2 rows=$3 header=$4 dec=$5
  check "$what: header row" "$header" "$(printf '%s\n' "$tsv" | head -1)"
  check "$what: rows" "$rows" "$(printf '%s\n' "$tsv" | tail -n +2 | grep -c .)"
  check "$what: 5 tab-separated cells on every row" 0 \
    "$(printf '%s\n' "$tsv" | awk -F'\t' 'NF != 5' | wc -l)"
  check "$what: last balance" "0${dec}00" "$(printf '%s\n' "$tsv" | tail -1 | cut -f5)"
}

# loan LANGUAGE DECIMAL PAYMENT_LABEL TITLE HEADER_MONTH HEADER_YEAR [gui_start args]
loan() {
  local lang=$1 dec=$2 label=$3 title=$4 header_m=$5 header_y=$6
  shift 6
  echo "--- $lang"
  gui_start "$@"
  keys alt+7
  probe_is 1 visible:$IDC_FIN_SECTION "$lang: Alt+7 shows the Finance form"
  keys alt+1
  probe_is 0 exists:$IDC_FIN_SECTION "$lang: Alt+1 back to standard"
  keys ctrl+f
  probe_is 1 visible:$IDC_FIN_SECTION "$lang: Ctrl+F shows the Finance form"
  probe_is "0" display "$lang: nothing computed yet"

  # The focus is on the section (Loan); Tab goes to the amount borrowed.
  check "$lang: the focus is on the section chooser" $IDC_FIN_SECTION "$(finprobe focus)"
  press Tab
  type_text "200000"
  press Tab
  type_text "3${dec}5"
  press Tab
  type_text "20"
  # the monthly payment stays empty: Enter computes it
  press Return
  wait_display_not 0
  local shown want
  shown=$(probe display)
  echo "display: $shown"
  want=$(cli finance tvm solve=pmt n=240 rate=3.5 pv=200000 fv=0 | sed -n 's/^pmt=//p')
  echo "cli: pmt=$want"
  check "$lang: monthly payment as calculatrice-cli finance tvm" "$(rounded "$want")" "$(money "$shown" "$dec")"
  check "$lang: the expression line names the result" "$label" "$(probe expression)"
  check "$lang: Ctrl+C copies the main result" "$shown" "$(copy_display)"
  check "$lang: computed value next to the empty field" "= $shown" "$(probe name:$((IDC_FIN_NOTE0 + 3)))"
  check "$lang: amortization table button enabled" 1 "$(probe enabled:$IDC_FIN_SCHEDULE)"
  shot "finance-loan-$lang"

  # The table: its button's mnemonic, then Ctrl+C in its list.
  if [ "$lang" = fr ]; then press alt+t; else press alt+a; fi
  probe_is 1 "dialog:$title" "$lang: the amortization table opens"
  local T
  T=$(timeout 10 xdotool search --sync --onlyvisible --name "^$title\$" 2>/dev/null | head -1)
  xdotool mousemove --window "$T" 200 10 2>/dev/null
  local tsv
  tsv=$(table_copy)
  check_tsv "$lang: by month" "$tsv" 240 "$header_m" "$dec"
  check "$lang: the list shows 240 months" 240 "$(finprobe "rows:$title")"
  check "$lang: first row's payment is the display's" "$(money "$shown" "$dec")" \
    "$(printf '%s\n' "$tsv" | sed -n 2p | cut -f2 | tr "$dec" .)"
  # By year: Shift+Tab to the chooser, Down, Tab back to the list.
  xdotool key --delay 80 shift+Tab Down Tab
  sleep 0.3
  tsv=$(table_copy)
  check_tsv "$lang: by year" "$tsv" 20 "$header_y" "$dec"
  sleep 0.3
  import -window "$T" "$SHOTS/finance-table-$lang.png" && echo "screenshot $SHOTS/finance-table-$lang.png"
  xdotool key Escape
  probe_is 0 "dialog:$title" "$lang: Escape closes the table"
  pointer_on_window

  # A field that is not a number: words next to it, and no crash.
  focus_on $((IDC_FIN_EDIT0 + 2))
  check "$lang: Tab reaches the duration again" "$((IDC_FIN_EDIT0 + 2))" "$(finprobe focus)"
  check "$lang: the duration typed is still there" 20 "$(finprobe text:$((IDC_FIN_EDIT0 + 2)))"
  # Tab selected the field's text: typing replaces it
  type_text "abc"
  press Return
  sleep 0.5
  local note
  note=$(probe name:$((IDC_FIN_NOTE0 + 2)))
  echo "note next to the duration: $note"
  check "$lang: the invalid duration is named in words" 1 "$([ -n "$note" ] && [ "$note" != "= " ] && echo 1 || echo 0)"
  check "$lang: the window is still there" ok "$(probe wait)"
  shot "finance-invalid-$lang"
  [ "$lang" = en ] && other_sections
  gui_close
  if [ "$lang" = en ]; then
    echo "--- restart: the section, its fields and its result are back"
    gui_start
    probe_is "0.4980365840090326%" display "restart: the TVM result is shown again"
    check "restart: the typed N is back" 360 "$(finprobe text:$IDC_FIN_EDIT0)"
    gui_close
  fi
}

# next_section: Tab to the section chooser, Down to the next section
next_section() {
  focus_on $IDC_FIN_SECTION
  press Down
  sleep 0.3
}

# The other sections (English run): each computes its empty field as the CLI does.
other_sections() {
  local shown want
  echo "--- loan with insurance and fees: total cost and TAEG"
  # the focus is on the duration ("abc"): Shift+Tab, Tab selects it again
  press shift+Tab Tab
  type_text "20"
  press Tab Tab Tab
  type_text "20"
  press Tab
  type_text "500"
  shown=$(probe display)
  press Return
  wait_display_not "$shown"
  local pmt results apr cost
  pmt=$(cli finance tvm solve=pmt n=240 rate=3.5 pv=200000 fv=0 | sed -n 's/^pmt=//p')
  apr=$(cli finance apr pv=200000 "pmt=$(python3 -c 'import sys; from decimal import Decimal as D; print(D(sys.argv[1]) - 20)' "$pmt")" \
    n=240 fees=500 | sed -n 's/^apr=//p')
  cost=$(python3 -c '
import sys
from decimal import Decimal as D, ROUND_HALF_UP
p = -D(sys.argv[1])
print("{:,}".format((p * 240 - 200000 + 20 * 240 + 500).quantize(D("0.01"), rounding=ROUND_HALF_UP)))' "$pmt")
  results=$(finprobe text:1344 | tr -d '\r')
  printf '%s\n' "$results"
  check "loan: TAEG with insurance and fees as calculatrice-cli finance apr" 1 \
    "$(printf '%s\n' "$results" | grep -cxF "APR (TAEG): $apr%")"
  check "loan: total cost of credit = interest + insurance + fees" 1 \
    "$(printf '%s\n' "$results" | grep -cxF "Total cost of credit: \$$cost")"
  shot "finance-loan-costs-en"

  echo "--- savings: 200 a month at 3 % for 10 years"
  next_section
  check "savings: the optional initial amount says so" "optional" "$(probe name:$IDC_FIN_NOTE0)"
  press Tab Tab
  type_text "200"
  press Tab
  type_text "3"
  press Tab
  type_text "10"
  shown=$(probe display)
  press Return
  wait_display_not "$shown"
  shown=$(probe display)
  want=$(cli finance tvm solve=fv n=120 rate=3 pv=0 pmt=-200 | sed -n 's/^fv=//p')
  echo "display: $shown, cli: fv=$want"
  check "savings: final amount as calculatrice-cli finance tvm" "$(rounded "$want")" "$(money "$shown" .)"
  check "savings: the expression line names it" "Final amount" "$(probe expression)"
  shot "finance-savings-en"

  echo "--- investment: -1000; 300x3; 500"
  next_section
  press Tab Tab
  type_text "-1000; 300x3; 500"
  press Return
  wait_display_not "$shown"
  shown=$(probe display)
  want=$(cli finance irr cf=-1000,300x3,500 | sed -n 's/^irr=//p')
  check "investment: IRR as calculatrice-cli finance irr, every digit" "$want%" "$shown"
  shot "finance-investment-en"

  echo "--- TVM: 360 payments of -1000 to reach 1,000,000 once a year"
  next_section
  press Tab
  type_text "360"
  press Tab Tab
  type_text "0"
  press Tab
  type_text "-1000"
  press Tab
  type_text "1000000"
  press Tab
  type_text "1"
  press Return
  wait_display_not "$shown"
  shown=$(probe display)
  check "TVM: the rate to the last digit (issue 14)" "0.4980365840090326%" "$shown"
  shot "finance-tvm-en"
}

loan en . "Monthly payment" "Amortization table" \
  "$(printf 'Month\tPayment\tInterest\tPrincipal\tBalance')" "$(printf 'Year\tPayment\tInterest\tPrincipal\tBalance')"
gui_reset_settings
export LANG=fr_FR.UTF-8
loan fr , "Mensualité" "Tableau d'amortissement" \
  "$(printf 'Mois\tÉchéance\tIntérêts\tCapital remboursé\tCapital restant dû')" \
  "$(printf 'Année\tÉchéance\tIntérêts\tCapital remboursé\tCapital restant dû')" \
  LANG=fr_FR.UTF-8 LC_ALL=fr_FR.UTF-8
gui_finish

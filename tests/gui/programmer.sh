#!/bin/bash
# Programmer mode: the four live radix rows (read through their accessible
# names), radix and word-size buttons, the 64-bit panel, hex digits enabled
# only in HEX, and the value kept when switching modes.
. "$(dirname "$0")/lib.bash"
gui_init
gui_start
CMD_HEX=220 CMD_DEC=221 CMD_OCT=222 CMD_BIN=223 CMD_QWORD=224 CMD_BYTE=227 CMD_DIGIT_A=110 CMD_BIT_0=300

keys Escape 2 5 5 alt+3
check "programmer keypad" 1 "$(probe exists:$CMD_HEX)"
display_is 255 "the value survives the switch to programmer"
check "HEX row" "Hexadecimal FF" "$(probe name:$CMD_HEX)"
check "DEC row" "Decimal 255" "$(probe name:$CMD_DEC)"
check "OCT row" "Octal 377" "$(probe name:$CMD_OCT)"
check "BIN row" "Binary 1111 1111" "$(probe name:$CMD_BIN)"
check "A is disabled in DEC" 0 "$(probe enabled:$CMD_DIGIT_A)"
probe click:$((CMD_BIT_0 + 8)) >/dev/null
display_is 511 "bit 8 toggled on: 511"
probe click:$((CMD_BIT_0 + 0)) >/dev/null
display_is 510 "bit 0 toggled off: 510"
probe click:$CMD_HEX >/dev/null
display_is "1FE" "HEX button"
check "A is enabled in HEX" 1 "$(probe enabled:$CMD_DIGIT_A)"
check "Ctrl+C copies the hex value" 1FE "$(copy_display)"
keys Escape 8 0 F6
display_is "128" "0x80 is 128"
probe click:$CMD_BYTE >/dev/null
display_is "-128" "BYTE: 0x80 is -128"
check "bit 8 is disabled in BYTE" 0 "$(probe enabled:$((CMD_BIT_0 + 8)))"
check "bit 7 is enabled in BYTE" 1 "$(probe enabled:$((CMD_BIT_0 + 7)))"
probe click:$CMD_QWORD >/dev/null
keys Escape 6 ampersand 3 Return
display_is 2 "6 AND 3"
keys Escape 1 7 percent 5 Return
display_is 2 "17 mod 5"

echo "--- Bit shift: the selector and the two shift keys follow the chosen kind"
CMD_LSH=236 CMD_RSH=237 CMD_RSHL=238 CMD_ROL=239 CMD_ROR=240 CMD_ROLC=241 CMD_RORC=242
IDC_SHIFT_KIND=1044 IDM_SHIFT_ARITHMETIC=40030
ALL_SHIFTS="$CMD_LSH $CMD_RSH $CMD_RSHL $CMD_ROL $CMD_ROR $CMD_ROLC $CMD_RORC"
MIN63=-9,223,372,036,854,775,808
# shift_buttons LEFT RIGHT: exactly those two shift commands have a button.
shift_buttons() {
  local id w want="" got=""
  for id in $ALL_SHIFTS; do
    w=0; { [ "$id" = "$1" ] || [ "$id" = "$2" ]; } && w=1
    want="$want$id:$w "
    got="$got$id:$(probe exists:$id) "
  done
  check "shift buttons are $1 and $2" "$want" "$got"
}
# choose LETTER KIND-NAME: opens the Bit shift menu with a click on its button and
# picks the kind by its menu mnemonic, as a user would with the keyboard.
choose() {
  probe click:$IDC_SHIFT_KIND >/dev/null
  sleep 0.5
  # the open menu is a window of its own: the screen's picture shows it
  [ "$1" = c ] && import -window root "$SHOTS/programmer-bitshift-menu.png"
  keys "$1"
  probe_is "Bit shift: $2" name:$IDC_SHIFT_KIND "selector names the kind: $2"
}
check "default kind" "Bit shift: Arithmetic shift" "$(probe name:$IDC_SHIFT_KIND)"
shift_buttons $CMD_LSH $CMD_RSH
keys Escape 5 less 1 Return
display_is 10 "Arithmetic, key: 5 << 1 = 10"
keys Escape 5
probe click:$CMD_LSH >/dev/null
keys 1 Return
display_is 10 "Arithmetic, button: 5 Lsh 1 = 10"
keys Escape 2 5 F9 greater 1 Return
display_is -13 "Arithmetic, key: -25 >> 1 = -13"
keys Escape 1 less 4 Return
display_is 16 "1 Lsh 4"

choose l "Logical shift"
shift_buttons $CMD_LSH $CMD_RSHL
check "right button's name" "Logical right shift" "$(probe name:$CMD_RSHL)"
keys Escape 1 6 F9 greater 1 Return
display_is 9,223,372,036,854,775,800 "Logical, key: -16 >> 1 = 9223372036854775800"
keys Escape 1 6 F9
probe click:$CMD_RSHL >/dev/null
keys 1 Return
display_is 9,223,372,036,854,775,800 "Logical, button: -16 RshL 1"
keys Escape 7 less 1 Return
display_is 14 "Logical, key: 7 << 1 = 14"

choose r "Rotate circular shift"
shift_buttons $CMD_ROL $CMD_ROR
keys Escape 1 greater
display_is $MIN63 "Rotate, key: RoR(1)"
keys Escape 1
probe click:$CMD_ROR >/dev/null
display_is $MIN63 "Rotate, button: RoR(1)"
keys Escape 1 less
display_is 2 "Rotate, key: RoL(1)"
probe click:$CMD_ROL >/dev/null
display_is 4 "Rotate, button: RoL(2)"

choose c "Rotate through carry circular shift"
shift_buttons $CMD_ROLC $CMD_RORC
keys Escape 1 greater
display_is 0 "Rotate through carry, key: RoRc(1) = 0"
keys greater
display_is $MIN63 "Rotate through carry, key: the carry comes back in"
keys Escape 1
probe click:$CMD_RORC >/dev/null
display_is 0 "Rotate through carry, button: RoRc(1) = 0"
probe click:$CMD_RORC >/dev/null
display_is $MIN63 "Rotate through carry, button: again"
shot programmer

echo "--- Bit shift: the choice is kept across a restart; a bad value gives Arithmetic"
keys Escape 4 2
gui_close
check "saved as ShiftKind" 3 "$(wine reg query 'HKCU\Software\Calculatrice' /v ShiftKind </dev/null 2>/dev/null | tr -d '\r' | awk '/ShiftKind/ { print $3 + 0 }')"
gui_start
check "kind after a restart" "Bit shift: Rotate through carry circular shift" "$(probe name:$IDC_SHIFT_KIND)"
shift_buttons $CMD_ROLC $CMD_RORC
keys Escape 1 greater greater
display_is $MIN63 "restarted: RoRc twice"
probe command:$((IDM_SHIFT_ARITHMETIC + 1)) >/dev/null
probe_is "Bit shift: Logical shift" name:$IDC_SHIFT_KIND "the menu command chooses Logical"
gui_close
for bad in "/t REG_DWORD /d 4" "/t REG_DWORD /d 4294967295" "/t REG_SZ /d 2" "/t REG_BINARY /d 0200"; do
  # shellcheck disable=SC2086
  wine reg add 'HKCU\Software\Calculatrice' /v ShiftKind $bad /f </dev/null >/dev/null 2>&1
  gui_start
  check "ShiftKind $bad gives Arithmetic" "Bit shift: Arithmetic shift" "$(probe name:$IDC_SHIFT_KIND)"
  shift_buttons $CMD_LSH $CMD_RSH
  gui_close
done
gui_start
keys alt+1
display_is 0 "standard after a restart"
keys 2
keys alt+3
display_is 2 "2 in programmer"
keys alt+1
display_is 2 "the value survives the switch back to standard"
gui_close
gui_finish

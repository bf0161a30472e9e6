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
keys Escape 1 less 4 Return
display_is 16 "1 Lsh 4"
keys Escape 1 7 percent 5 Return
display_is 2 "17 mod 5"
shot programmer
keys alt+1
display_is 2 "the value survives the switch back to standard"
gui_close
gui_finish

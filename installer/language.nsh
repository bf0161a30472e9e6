; Picks the wizard's language: English or French from the Windows UI language, and a prompt
; only when it is neither (in silent mode: English). /LANG=1033 or /LANG=1036 overrides both;
; the elevated restart of the wizard uses it to keep the user's choice.

!macro CALC_SELECT_LANGUAGE_FUNCTION UN
Function ${UN}SelectLanguage
  Push $0
  Push $1

  ${GetParameters} $0
  ClearErrors
  ${GetOptions} $0 "/LANG=" $1
  ${IfNot} ${Errors}
    ${If} $1 == ${LANG_ENGLISH}
    ${OrIf} $1 == ${LANG_FRENCH}
      StrCpy $LANGUAGE $1
      Goto done
    ${EndIf}
  ${EndIf}

  System::Call 'kernel32::GetUserDefaultUILanguage() i .r0'
  IntOp $0 $0 & 0x3FF ; primary language: French (Canada) counts as French
  ${If} $0 = 0x09
    StrCpy $LANGUAGE ${LANG_ENGLISH}
    Goto done
  ${ElseIf} $0 = 0x0C
    StrCpy $LANGUAGE ${LANG_FRENCH}
    Goto done
  ${EndIf}

  !if "${UN}" == "un."
    ; Neither: the uninstaller reuses what the user picked when installing.
    ReadRegStr $1 HKCU "${UNINST_KEY}" "InstallerLanguage"
    ${If} $1 == ""
      ReadRegStr $1 HKLM "${UNINST_KEY}" "InstallerLanguage"
    ${EndIf}
    ${If} $1 == ${LANG_ENGLISH}
    ${OrIf} $1 == ${LANG_FRENCH}
      StrCpy $LANGUAGE $1
      Goto done
    ${EndIf}
  !endif

  StrCpy $LANGUAGE ${LANG_ENGLISH}
  ${IfNot} ${Silent}
    !insertmacro MUI_LANGDLL_DISPLAY ; quits the wizard on Cancel
  ${EndIf}

done:
  Pop $1
  Pop $0
FunctionEnd
!macroend

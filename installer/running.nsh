; Closes a running Calculatrice before its files are replaced or removed.
; Only windows titled "Calculatrice" whose process runs $INSTDIR\calculatrice.exe are asked to
; close (WM_CLOSE, as the close box does); another window with that title, such as an Explorer
; window on the install folder, or a copy installed elsewhere, is left alone.
; If a copy does not exit within 10 s the user may retry; Cancel (and silent mode) aborts with
; exit code 2 before any file has been touched.

!define CALC_PROCESS_ACCESS 0x101000 ; SYNCHRONIZE | PROCESS_QUERY_LIMITED_INFORMATION

!macro CALC_CLOSE_RUNNING_FUNCTION UN
Function ${UN}CloseRunningCalculatrice
  Push $0
  Push $1
  Push $2
  Push $3

find_first:
  StrCpy $0 0
find_next:
  FindWindow $0 "" "${APP_NAME}" 0 $0
  StrCmp $0 0 done

  System::Call 'user32::GetWindowThreadProcessId(p r0, *i .r1)'
  System::Call 'kernel32::OpenProcess(i ${CALC_PROCESS_ACCESS}, i 0, i r1) p .r2'
  StrCmp $2 0 find_next
  StrCpy $3 ""
  System::Call 'kernel32::QueryFullProcessImageNameW(p r2, i 0, w .r3, *i ${NSIS_MAX_STRLEN})'
  ${If} $3 != "$INSTDIR\${APP_EXE}" ; StrCmp ignores case, as Windows paths do
    System::Call 'kernel32::CloseHandle(p r2)'
    Goto find_next
  ${EndIf}

  DetailPrint "$(CALC_CLOSING)"
  SendMessage $0 ${WM_CLOSE} 0 0 /TIMEOUT=5000
  System::Call 'kernel32::WaitForSingleObject(p r2, i 10000) i .r1'
  System::Call 'kernel32::CloseHandle(p r2)'
  StrCmp $1 0 find_first ; WAIT_OBJECT_0: it exited; look for more copies

  MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(CALC_APP_RUNNING)" /SD IDCANCEL IDRETRY find_first
  Abort

done:
  Pop $3
  Pop $2
  Pop $1
  Pop $0
FunctionEnd
!macroend

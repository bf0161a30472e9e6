; Per-user ("just me", the default, no administrator rights) or per-machine ("all users") install.
;
; Written for this project instead of NSIS's MultiUser.nsh, which asks for elevation up front
; (RequestExecutionLevel highest) and overwrites a /D= folder. Here the setup runs as the user;
; choosing "all users" without administrator rights restarts the setup elevated ("runas") at the
; folder page, and the non-elevated copy waits for it and exits.
;
; The mode decides SetShellVarContext, hence SHCTX (HKCU or HKLM), $SMPROGRAMS and $DESKTOP.
; Setup switches: /CurrentUser, /AllUsers. Without one, an upgrade keeps the previous mode.

Var InstallMode ; "CurrentUser" or "AllUsers"
Var IsAdmin     ; 1 when this process may write HKLM and Program Files
Var Elevated    ; 1 in the copy started by the elevated restart (its parent waits for it)

!macro CALC_MODE_FUNCTIONS UN
Function ${UN}UseCurrentUser
  StrCpy $InstallMode "CurrentUser"
  SetShellVarContext current
FunctionEnd

Function ${UN}UseAllUsers
  StrCpy $InstallMode "AllUsers"
  SetShellVarContext all
FunctionEnd

; Sets $IsAdmin, $Elevated and the mode from the command line or an existing installation.
; $0 = the command line's parameters.
Function ${UN}InitInstallMode
  Push $1
  UserInfo::GetAccountType
  Pop $1
  ${If} $1 == "Admin"
    StrCpy $IsAdmin 1
  ${Else}
    StrCpy $IsAdmin 0
  ${EndIf}

  StrCpy $Elevated 0
  ClearErrors
  ${GetOptions} $0 "/Elevated" $1
  ${IfNot} ${Errors}
    StrCpy $Elevated 1
  ${EndIf}

  ClearErrors
  ${GetOptions} $0 "/AllUsers" $1
  ${IfNot} ${Errors}
    Call ${UN}UseAllUsers
    Goto done
  ${EndIf}
  ClearErrors
  ${GetOptions} $0 "/CurrentUser" $1
  ${IfNot} ${Errors}
    Call ${UN}UseCurrentUser
    Goto done
  ${EndIf}

  !if "${UN}" == "un."
    ; The uninstaller belongs to the hive whose entry points at its folder.
    ReadRegStr $1 HKLM "${UNINST_KEY}" "InstallLocation"
    ${If} $1 == $INSTDIR
      Call un.UseAllUsers
    ${Else}
      Call un.UseCurrentUser
    ${EndIf}
  !else
    ; An upgrade stays where the previous version is, so that there is one entry only.
    ReadRegStr $1 HKCU "${UNINST_KEY}" "InstallLocation"
    ${If} $1 == ""
      ReadRegStr $1 HKLM "${UNINST_KEY}" "InstallLocation"
      ${If} $1 != ""
        Call UseAllUsers
        Goto done
      ${EndIf}
    ${EndIf}
    Call UseCurrentUser
  !endif
done:
  Pop $1
FunctionEnd
!macroend

; ---- installer side ---------------------------------------------------------------------

Var CmdLineInstDir  ; the /D= folder, which wins over every default
Var ModeRadioUser
Var ModeRadioAll

; $INSTDIR for the current mode: /D=, else the previous installation's folder, else
; %LOCALAPPDATA%\Programs\Calculatrice (per user) or C:\Program Files\Calculatrice.
Function SetDefaultInstDir
  ${If} $CmdLineInstDir != ""
    StrCpy $INSTDIR $CmdLineInstDir
    Return
  ${EndIf}
  ReadRegStr $INSTDIR SHCTX "${UNINST_KEY}" "InstallLocation"
  ${If} $INSTDIR != ""
    Return
  ${EndIf}
  ${If} $InstallMode == "AllUsers"
    StrCpy $INSTDIR "$PROGRAMFILES64\${APP_NAME}"
  ${Else}
    GetKnownFolderPath $INSTDIR {5CD7AEE2-2219-4A67-B85D-6C9CE15660CB} ; FOLDERID_UserProgramFiles
    ${If} $INSTDIR == ""
      StrCpy $INSTDIR "$LOCALAPPDATA\Programs"
    ${EndIf}
    StrCpy $INSTDIR "$INSTDIR\${APP_NAME}"
  ${EndIf}
FunctionEnd

; The UAC shield on Next tells the user that "all users" will ask for administrator rights.
Function UpdateNextShield
  Push $0
  Push $1
  ${NSD_GetState} $ModeRadioAll $0
  StrCpy $1 0
  ${If} $0 = ${BST_CHECKED}
  ${AndIf} $IsAdmin != 1
    StrCpy $1 1
  ${EndIf}
  GetDlgItem $0 $HWNDPARENT 1
  SendMessage $0 ${BCM_SETSHIELD} 0 $1
  Pop $1
  Pop $0
FunctionEnd

Function OnModeRadioClick
  Pop $0 ; the clicked control
  Call UpdateNextShield
FunctionEnd

Function InstallModePageShow
  ${If} $Elevated == 1
    Abort ; the user already chose, before the restart
  ${EndIf}
  !insertmacro MUI_HEADER_TEXT "$(CALC_MODE_TITLE)" "$(CALC_MODE_SUBTITLE)"
  nsDialogs::Create 1018
  Pop $0
  ${NSD_CreateLabel} 0 0 100% 12u "$(CALC_MODE_TEXT)"
  Pop $0
  ${NSD_CreateFirstRadioButton} 10u 20u -10u 12u "$(CALC_MODE_CURRENTUSER)"
  Pop $ModeRadioUser
  ${NSD_CreateAdditionalRadioButton} 10u 38u -10u 12u "$(CALC_MODE_ALLUSERS)"
  Pop $ModeRadioAll
  ${If} $InstallMode == "AllUsers"
    ${NSD_Check} $ModeRadioAll
  ${Else}
    ${NSD_Check} $ModeRadioUser
  ${EndIf}
  ${NSD_OnClick} $ModeRadioUser OnModeRadioClick
  ${NSD_OnClick} $ModeRadioAll OnModeRadioClick
  Call UpdateNextShield
  nsDialogs::Show
FunctionEnd

Function InstallModePageLeave
  ${NSD_GetState} $ModeRadioAll $0
  ${If} $0 = ${BST_CHECKED}
    Call UseAllUsers
  ${Else}
    Call UseCurrentUser
  ${EndIf}
  GetDlgItem $0 $HWNDPARENT 1
  SendMessage $0 ${BCM_SETSHIELD} 0 0

  ${If} $InstallMode == "AllUsers"
  ${AndIf} $IsAdmin != 1
    ; Restart elevated; that copy skips the pages already answered.
    StrCpy $0 "/AllUsers /Elevated /LANG=$LANGUAGE"
    ${If} $CmdLineInstDir != ""
      StrCpy $0 "$0 /D=$CmdLineInstDir" ; last and unquoted, as NSIS wants it
    ${EndIf}
    HideWindow
    ClearErrors
    ExecShellWait "runas" "$EXEPATH" "$0"
    ${If} ${Errors} ; elevation refused or failed
      BringToFront
      MessageBox MB_OK|MB_ICONEXCLAMATION "$(CALC_MODE_NOT_ELEVATED)"
      Abort ; stay on this page
    ${EndIf}
    Quit
  ${EndIf}

  Call SetDefaultInstDir
  Call SyncDesktopSection
FunctionEnd

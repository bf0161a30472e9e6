; Calculatrice setup: NSIS 3 Modern UI 2, English and French, per-user (default) or per-machine.
;
; Built by installer/CMakeLists.txt:
;   makensis -WX -V2 -DVERSION=1.2.3 -DEXE=calculatrice.exe -DLICENSE=LICENSE
;            -DICON=res/calculatrice.ico -DOUTFILE=calculatrice-setup-1.2.3.exe calculatrice.nsi
;
; Setup switches:     /S (silent)  /CurrentUser (default) | /AllUsers  /LANG=1033|1036
;                     /D=<folder> (last, unquoted even with spaces)
; Uninstall switches: /S  /RemoveSettings (also delete HKCU\Software\Calculatrice)
;                     _?=<folder> (run in place and wait; otherwise it returns at once)
; Exit codes: 0 done, 1 cancelled by the user, 2 aborted (e.g. Calculatrice would not close),
;             740 silent per-machine (un)install without administrator rights.

Unicode true
Target amd64-unicode
ManifestDPIAware true
ManifestSupportedOS all
SetCompressor /SOLID lzma
RequestExecutionLevel user ; "just me" needs no rights; "all users" restarts elevated

!macro CALC_REQUIRE NAME
  !ifndef ${NAME}
    !error "Pass -D${NAME}=... to makensis (see the top of calculatrice.nsi)"
  !endif
!macroend
!insertmacro CALC_REQUIRE VERSION
!insertmacro CALC_REQUIRE EXE
!insertmacro CALC_REQUIRE LICENSE
!insertmacro CALC_REQUIRE OUTFILE

!searchparse /noerrors "${VERSION}" "" VERSION_MAJOR "." VERSION_MINOR "." VERSION_PATCH
!ifndef VERSION_PATCH
  !error "VERSION must look like 1.2.3, got '${VERSION}'"
!endif

!define APP_NAME     "Calculatrice"
!define APP_EXE      "calculatrice.exe"
!define PUBLISHER    "The Calculatrice developers"
!define UNINST_EXE   "uninstall.exe"
!define UNINST_KEY   "Software\Microsoft\Windows\CurrentVersion\Uninstall\Calculatrice"
!define SETTINGS_KEY "Software\Calculatrice" ; written by calculatrice.exe, HKCU

Name "${APP_NAME}"
OutFile "${OUTFILE}"
BrandingText "${APP_NAME} ${VERSION}"
ShowInstDetails show
ShowUninstDetails show

!include MUI2.nsh
!include LogicLib.nsh
!include FileFunc.nsh
!include nsDialogs.nsh
!include WinMessages.nsh
!addincludedir "${__FILEDIR__}"

;---------------------------------------------------------------------------------------------
; Look

!ifdef ICON
  !if /FileExists "${ICON}"
    !define MUI_ICON   "${ICON}"
    !define MUI_UNICON "${ICON}"
  !else
    !echo "ICON ${ICON} does not exist yet: using the NSIS default icon"
  !endif
!endif
!define MUI_WELCOMEFINISHPAGE_BITMAP "${__FILEDIR__}/wizard.bmp" ; make-wizard-bitmap.sh
!define MUI_ABORTWARNING
!define MUI_COMPONENTSPAGE_SMALLDESC ; a wide tree: the French names fit
!define MUI_UNABORTWARNING
!define MUI_LANGDLL_ALLLANGUAGES ; the prompt is only shown when the UI language is neither

;---------------------------------------------------------------------------------------------
; Pages: welcome, licence, install mode, folder, components, install, finish.

!define MUI_PAGE_CUSTOMFUNCTION_PRE SkipIfElevated
!define MUI_WELCOMEPAGE_TEXT "$(CALC_WELCOME_TEXT)"
!insertmacro MUI_PAGE_WELCOME
!define MUI_PAGE_CUSTOMFUNCTION_PRE SkipIfElevated
!insertmacro MUI_PAGE_LICENSE "${LICENSE}"
Page custom InstallModePageShow InstallModePageLeave
!define MUI_PAGE_CUSTOMFUNCTION_SHOW DisableBackIfElevated
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_NOAUTOCLOSE ; let the user read what was installed
!define MUI_FINISHPAGE_RUN
!define MUI_FINISHPAGE_RUN_FUNCTION LaunchCalculatrice
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_COMPONENTS
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "English" ; the first is the fallback
!insertmacro MUI_LANGUAGE "French"
!include /CHARSET=UTF8 "lang/english.nsh"
!include /CHARSET=UTF8 "lang/french.nsh"
!insertmacro MUI_RESERVEFILE_LANGDLL

;---------------------------------------------------------------------------------------------
; Version resource of the setup program

VIProductVersion "${VERSION_MAJOR}.${VERSION_MINOR}.${VERSION_PATCH}.0"
VIFileVersion    "${VERSION_MAJOR}.${VERSION_MINOR}.${VERSION_PATCH}.0"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductName"     "${APP_NAME}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "CompanyName"     "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "LegalCopyright"  "Copyright (c) 2026 ${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileDescription" "${APP_NAME} ${VERSION} Setup"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileVersion"     "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductVersion"  "${VERSION}"

!include "installmode.nsh"
!include "language.nsh"
!include "running.nsh"

;---------------------------------------------------------------------------------------------
; Installer sections

Section "!$(CALC_SEC_APP)" SecApp
  SectionIn RO
  Call RemoveInstallFromOtherFolder
  SetOutPath "$INSTDIR"
  Call CloseRunningCalculatrice
  File "/oname=${APP_EXE}" "${EXE}"
  File "/oname=LICENSE.txt" "${LICENSE}"
  WriteUninstaller "$INSTDIR\${UNINST_EXE}"
  CreateShortcut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}" "" \
                 "$INSTDIR\${APP_EXE}" 0 SW_SHOWNORMAL "" "$(CALC_SHORTCUT_DESC)"
  Delete "$DESKTOP\${APP_NAME}.lnk" ; made again below if still wanted
SectionEnd

Section /o "$(CALC_SEC_DESKTOP)" SecDesktop
  CreateShortcut "$DESKTOP\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}" "" \
                 "$INSTDIR\${APP_EXE}" 0 SW_SHOWNORMAL "" "$(CALC_SHORTCUT_DESC)"
SectionEnd

; Last, so that EstimatedSize counts every file.
Section "-Add/Remove Programs entry"
  WriteRegStr   SHCTX "${UNINST_KEY}" "DisplayName"          "${APP_NAME}"
  WriteRegStr   SHCTX "${UNINST_KEY}" "DisplayVersion"       "${VERSION}"
  WriteRegStr   SHCTX "${UNINST_KEY}" "Publisher"            "${PUBLISHER}"
  WriteRegStr   SHCTX "${UNINST_KEY}" "DisplayIcon"          "$\"$INSTDIR\${APP_EXE}$\",0"
  WriteRegStr   SHCTX "${UNINST_KEY}" "InstallLocation"      "$INSTDIR"
  WriteRegStr   SHCTX "${UNINST_KEY}" "UninstallString"      "$\"$INSTDIR\${UNINST_EXE}$\" /$InstallMode"
  WriteRegStr   SHCTX "${UNINST_KEY}" "QuietUninstallString" "$\"$INSTDIR\${UNINST_EXE}$\" /$InstallMode /S"
  WriteRegDWORD SHCTX "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD SHCTX "${UNINST_KEY}" "NoRepair" 1
  WriteRegDWORD SHCTX "${UNINST_KEY}" "VersionMajor" ${VERSION_MAJOR}
  WriteRegDWORD SHCTX "${UNINST_KEY}" "VersionMinor" ${VERSION_MINOR}
  WriteRegStr   SHCTX "${UNINST_KEY}" "InstallMode"          "$InstallMode"
  WriteRegStr   SHCTX "${UNINST_KEY}" "InstallerLanguage"    "$LANGUAGE"
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD SHCTX "${UNINST_KEY}" "EstimatedSize" "$0"
SectionEnd

!insertmacro MUI_FUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${SecApp}     "$(CALC_SEC_APP_DESC)"
  !insertmacro MUI_DESCRIPTION_TEXT ${SecDesktop} "$(CALC_SEC_DESKTOP_DESC)"
!insertmacro MUI_FUNCTION_DESCRIPTION_END

;---------------------------------------------------------------------------------------------
; Uninstaller sections

Section "un.$(CALC_SEC_APP)" UnSecApp
  SectionIn RO
  Call un.CloseRunningCalculatrice
  Delete "$INSTDIR\${APP_EXE}"
  Delete "$INSTDIR\LICENSE.txt"
  Delete "$INSTDIR\${UNINST_EXE}"
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  Delete "$DESKTOP\${APP_NAME}.lnk"
  RMDir "$INSTDIR" ; never /r: the folder may hold files that are not ours
  DeleteRegKey SHCTX "${UNINST_KEY}"
SectionEnd

Section /o "un.$(CALC_SEC_SETTINGS)" UnSecSettings
  DeleteRegKey HKCU "${SETTINGS_KEY}"
SectionEnd

!insertmacro MUI_UNFUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${UnSecApp}      "$(CALC_SEC_UNAPP_DESC)"
  !insertmacro MUI_DESCRIPTION_TEXT ${UnSecSettings} "$(CALC_SEC_SETTINGS_DESC)"
!insertmacro MUI_UNFUNCTION_DESCRIPTION_END

;---------------------------------------------------------------------------------------------
; Functions

!insertmacro CALC_SELECT_LANGUAGE_FUNCTION ""
!insertmacro CALC_SELECT_LANGUAGE_FUNCTION "un."
!insertmacro CALC_MODE_FUNCTIONS ""
!insertmacro CALC_MODE_FUNCTIONS "un."
!insertmacro CALC_CLOSE_RUNNING_FUNCTION ""
!insertmacro CALC_CLOSE_RUNNING_FUNCTION "un."

Function .onInit
  StrCpy $CmdLineInstDir $INSTDIR ; set only by /D= (there is no InstallDir)
  Call SelectLanguage
  ${GetParameters} $0
  Call InitInstallMode
  ${If} $InstallMode == "AllUsers"
  ${AndIf} $IsAdmin != 1
  ${AndIf} ${Silent}
    SetErrorLevel 740 ; ERROR_ELEVATION_REQUIRED: run it from an elevated prompt
    Quit
  ${EndIf}
  Call SetDefaultInstDir
  Call SyncDesktopSection
FunctionEnd

Function SkipIfElevated
  ${If} $Elevated == 1
    Abort
  ${EndIf}
FunctionEnd

; In the elevated restart the folder page comes first: there is nothing to go back to.
Function DisableBackIfElevated
  ${If} $Elevated == 1
    GetDlgItem $0 $HWNDPARENT 3
    EnableWindow $0 0
  ${EndIf}
FunctionEnd

; Keeps a desktop shortcut over an upgrade: the section starts ticked when one is there.
Function SyncDesktopSection
  ${If} ${FileExists} "$DESKTOP\${APP_NAME}.lnk"
    !insertmacro SelectSection ${SecDesktop}
  ${Else}
    !insertmacro UnselectSection ${SecDesktop}
  ${EndIf}
FunctionEnd

; An upgrade into another folder first removes the previous installation (same mode), so that
; no old copy stays behind.
Function RemoveInstallFromOtherFolder
  ReadRegStr $0 SHCTX "${UNINST_KEY}" "InstallLocation"
  ${If} $0 == ""
  ${OrIf} $0 == $INSTDIR
  ${OrIfNot} ${FileExists} "$0\${UNINST_EXE}"
    Return
  ${EndIf}
  DetailPrint "$0\${UNINST_EXE} /S"
  ExecWait '"$0\${UNINST_EXE}" /$InstallMode /S _?=$0'
  Delete "$0\${UNINST_EXE}" ; _?= leaves the uninstaller itself and its folder
  RMDir "$0"
FunctionEnd

; An elevated setup would start Calculatrice elevated too; Explorer starts it as the user.
Function LaunchCalculatrice
  ${If} $Elevated == 1
    Exec '"$WINDIR\explorer.exe" "$INSTDIR\${APP_EXE}"'
  ${Else}
    Exec '"$INSTDIR\${APP_EXE}"'
  ${EndIf}
FunctionEnd

Function un.onInit
  Call un.SelectLanguage
  ${GetParameters} $0
  Call un.InitInstallMode
  ClearErrors
  ${GetOptions} $0 "/RemoveSettings" $1
  ${IfNot} ${Errors}
    !insertmacro SelectSection ${UnSecSettings}
  ${EndIf}

  ${If} $InstallMode == "AllUsers"
  ${AndIf} $IsAdmin != 1
    ${If} ${Silent}
      SetErrorLevel 740
      Quit
    ${EndIf}
    ; Restart elevated, in place (_?=), and let that copy do the work.
    ClearErrors
    ExecShellWait "runas" "$EXEPATH" "$0 /Elevated _?=$INSTDIR"
    ${If} ${Errors}
      MessageBox MB_OK|MB_ICONEXCLAMATION "$(CALC_MODE_NOT_ELEVATED)"
    ${EndIf}
    Quit
  ${EndIf}
FunctionEnd

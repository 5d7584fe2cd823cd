; GreenDesk per-user installer (NSIS 3, Unicode, x64). Built by packaging/windows/build.sh:
;   makensis -INPUTCHARSET UTF8 -DVERSION=0.1.0 -DVERSION_QUAD=0.1.0.0 -DAPPDIR=<app folder> -DICON=<ico>
;            -DOUTFILE=<setup.exe> installer.nsi
; No administrator rights: installs to %LOCALAPPDATA%\Programs\GreenDesk, writes only HKCU.
; Silent use: Setup.exe /S [/D=folder]; uninstall.exe /S [/REMOVEDATA].
; Exit code 2 when GreenDesk is running (the launchers hold the named mutex Local\GreenDesk.Running).

Unicode true
Target amd64-unicode
ManifestDPIAware true
SetCompressor zlib
RequestExecutionLevel user

!ifndef VERSION
  !error "pass -DVERSION=x.y.z"
!endif
!ifndef VERSION_QUAD
  !define VERSION_QUAD "${VERSION}.0"
!endif
!ifndef APPDIR
  !error "pass -DAPPDIR=<staged app folder>"
!endif
!ifndef OUTFILE
  !define OUTFILE "GreenDesk-Setup-${VERSION}-x64.exe"
!endif

!define PRODUCT "绿色社区审核台"
!define PRODUCT_EN "GreenDesk"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\GreenDesk"
!define RUNNING_MUTEX "Local\GreenDesk.Running"
; platformdirs.user_data_dir("GreenDesk", "GreenDesk", roaming=False) on Windows.
!define USER_DATA "$LOCALAPPDATA\GreenDesk\GreenDesk"
!define SHORTCUT_NAME "${PRODUCT} GreenDesk.lnk"

!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "FileFunc.nsh"
!include "x64.nsh"

Name "${PRODUCT} ${PRODUCT_EN} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\GreenDesk"
InstallDirRegKey HKCU "${UNINST_KEY}" "InstallLocation"
BrandingText "${PRODUCT_EN} ${VERSION}"
ShowInstDetails nevershow
ShowUninstDetails nevershow

!ifdef ICON
  !define MUI_ICON "${ICON}"
  !define MUI_UNICON "${ICON}"
!endif
!define MUI_ABORTWARNING
!define MUI_COMPONENTSPAGE_NODESC
!define MUI_FINISHPAGE_RUN "$INSTDIR\GreenDesk.exe"
!define MUI_FINISHPAGE_RUN_TEXT "立即运行${PRODUCT}"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_COMPONENTS
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "SimpChinese"

VIProductVersion "${VERSION_QUAD}"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "ProductName" "${PRODUCT} ${PRODUCT_EN}"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "CompanyName" "GreenDesk"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "FileDescription" "${PRODUCT} 安装程序"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "LegalCopyright" "GreenDesk"

; Refuse to continue while any GreenDesk launcher (and so the app) is running.
!macro REFUSE_WHILE_RUNNING
  System::Call 'kernel32::OpenMutexW(i 0x00100000, i 0, w "${RUNNING_MUTEX}") p .r0'
  ${If} $0 <> 0
    System::Call 'kernel32::CloseHandle(p r0)'
    MessageBox MB_ICONSTOP|MB_OK "${PRODUCT}正在运行。请先关闭${PRODUCT}，然后重新运行此程序。" /SD IDOK
    SetErrorLevel 2
    Quit
  ${EndIf}
!macroend

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_ICONSTOP|MB_OK "${PRODUCT}需要 64 位 Windows 10 或更高版本。" /SD IDOK
    SetErrorLevel 3
    Quit
  ${EndIf}
  !insertmacro REFUSE_WHILE_RUNNING
FunctionEnd

Section "!${PRODUCT}（必需）" SecProgram
  SectionIn RO
  SetShellVarContext current
  ; An upgrade replaces the program folders wholesale so no stale module survives; the workspace lives elsewhere.
  RMDir /r "$INSTDIR\runtime"
  RMDir /r "$INSTDIR\app"
  RMDir /r "$INSTDIR\bin"
  SetOutPath "$INSTDIR"
  File /r "${APPDIR}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortCut "$SMPROGRAMS\${SHORTCUT_NAME}" "$INSTDIR\GreenDesk.exe" "" "$INSTDIR\GreenDesk.exe" 0 \
    SW_SHOWNORMAL "" "${PRODUCT}：绿色社区创建审核"

  WriteRegStr HKCU "${UNINST_KEY}" "DisplayName" "${PRODUCT} GreenDesk"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINST_KEY}" "Publisher" "GreenDesk"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\GreenDesk.exe,0"
  WriteRegStr HKCU "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINST_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKCU "${UNINST_KEY}" "EstimatedSize" "$0"
SectionEnd

Section "桌面快捷方式" SecDesktop
  SetShellVarContext current
  CreateShortCut "$DESKTOP\${SHORTCUT_NAME}" "$INSTDIR\GreenDesk.exe" "" "$INSTDIR\GreenDesk.exe" 0
SectionEnd

Section "un.${PRODUCT}程序" SecUnProgram
  SectionIn RO
  SetShellVarContext current
  Delete "$SMPROGRAMS\${SHORTCUT_NAME}"
  Delete "$DESKTOP\${SHORTCUT_NAME}"
  ; Only what the installer put there (plus Python's caches inside it): never a recursive delete of $INSTDIR,
  ; in case it was pointed at a folder holding other files.
  RMDir /r "$INSTDIR\runtime"
  RMDir /r "$INSTDIR\app"
  RMDir /r "$INSTDIR\bin"
  Delete "$INSTDIR\GreenDesk.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINST_KEY}"
SectionEnd

Section /o "un.删除我的数据（工作区：审核记录、照片、设置）" SecRemoveData
  RMDir /r "${USER_DATA}"
  RMDir "$LOCALAPPDATA\GreenDesk"
SectionEnd

Function un.onInit
  !insertmacro REFUSE_WHILE_RUNNING
  ; uninstall.exe /S /REMOVEDATA also deletes the workspace (silent uninstalls keep it otherwise).
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/REMOVEDATA" $R1
  ${IfNot} ${Errors}
    !insertmacro SelectSection ${SecRemoveData}
  ${EndIf}
FunctionEnd

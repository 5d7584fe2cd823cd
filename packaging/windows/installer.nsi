; GreenDesk installer (NSIS 3, Unicode, x64). Built by packaging/windows/build.sh:
;   makensis -INPUTCHARSET UTF8 -DVERSION=0.1.0 -DVERSION_QUAD=0.1.0.0 -DAPPDIR=<app folder> -DICON=<ico>
;            -DLICENCE=<licence.txt> -DOWNED=<owned.nsh> -DMARKER=<greendesk-install.json> -DOUTFILE=<setup.exe>
;            [-DALLUSERS] [-DSIGN_COMMAND=<sign.sh>] installer.nsi
; Per user (default): no administrator rights, %LOCALAPPDATA%\Programs\GreenDesk, HKCU uninstall key.
; -DALLUSERS: administrator rights, %ProgramFiles%\GreenDesk, Start menu for all users, HKLM uninstall key (for
; offices whose AppLocker rules block programs under %LOCALAPPDATA%). The workspace stays per user in both.
; Silent use: Setup.exe /S [/D=folder]; uninstall.exe /S [/REMOVEDATA].
; Exit codes: 2 GreenDesk is running (the launchers hold the named mutex Local\GreenDesk.Running), 3 not 64-bit
; Windows, 4 the folder holds other files and is not a GreenDesk install (and its \GreenDesk subfolder neither),
; 5 the all-users installer without administrator rights, 6 the previous version could not be removed.
;
; What is removed: only what this installer put there. OWNED (written by build.sh from the staged app folder)
; lists the top-level files and folders; greendesk-install.json in the install folder names the same list and
; the version. The uninstaller removes exactly those, and only in a folder holding that marker; an upgrade runs
; the previous version's own uninstaller (silent, keeping the workspace) before copying the new files.

Unicode true
Target amd64-unicode
ManifestDPIAware true
SetCompressor zlib

!ifndef VERSION
  !error "pass -DVERSION=x.y.z"
!endif
!ifndef VERSION_QUAD
  !define VERSION_QUAD "${VERSION}.0"
!endif
!ifndef APPDIR
  !error "pass -DAPPDIR=<staged app folder>"
!endif
!ifndef OWNED
  !error "pass -DOWNED=<owned.nsh> (bundle.py / install_manifest.py writes it)"
!endif
!ifndef MARKER
  !error "pass -DMARKER=<greendesk-install.json>"
!endif
!ifndef LICENCE
  !error "pass -DLICENCE=<licence text, UTF-8 with BOM>"
!endif

!ifdef ALLUSERS
  RequestExecutionLevel admin
  !define REG_ROOT HKLM
  !define SHELL_CONTEXT all
  !define DEFAULT_DIR "$PROGRAMFILES64\GreenDesk"
  !define VARIANT_SUFFIX "-allusers"
!else
  RequestExecutionLevel user
  !define REG_ROOT HKCU
  !define SHELL_CONTEXT current
  !define DEFAULT_DIR "$LOCALAPPDATA\Programs\GreenDesk"
  !define VARIANT_SUFFIX ""
!endif
!ifndef OUTFILE
  !define OUTFILE "GreenDesk-Setup-${VERSION}-x64${VARIANT_SUFFIX}.exe"
!endif

; Signing (build.sh passes SIGN_COMMAND when a certificate is given): the uninstaller is signed before it is
; packed into the installer, and the installer itself once written. %1 is the file to sign.
!ifdef SIGN_COMMAND
  !uninstfinalize '"${SIGN_COMMAND}" "%1"' = 0
  !finalize '"${SIGN_COMMAND}" "%1"' = 0
!endif

!define PRODUCT "绿色社区审核台"
!define PRODUCT_EN "GreenDesk"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\GreenDesk"
!define RUNNING_MUTEX "Local\GreenDesk.Running"
!define MARKER_NAME "greendesk-install.json"
; platformdirs.user_data_dir("GreenDesk", "GreenDesk", roaming=False) on Windows; backups and logs are inside it,
; the tamper-evidence anchors beside it (greendesk/core/safety/anchors.py), remembered folders in QSettings.
!define USER_DATA "$LOCALAPPDATA\GreenDesk\GreenDesk"
!define USER_ANCHORS "$LOCALAPPDATA\GreenDesk\GreenDesk-anchors"
!define USER_SETTINGS_KEY "Software\GreenDesk"
!define LAST_RUN_LOG "$TEMP\GreenDesk-last-run.log"
!define SHORTCUT_NAME "${PRODUCT} GreenDesk.lnk"

!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "FileFunc.nsh"
!include "x64.nsh"
!include "${OWNED}"

Name "${PRODUCT} ${PRODUCT_EN} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "${DEFAULT_DIR}"
InstallDirRegKey ${REG_ROOT} "${UNINST_KEY}" "InstallLocation"
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
!insertmacro MUI_PAGE_LICENSE "${LICENCE}"
!insertmacro MUI_PAGE_COMPONENTS
!define MUI_PAGE_CUSTOMFUNCTION_LEAVE DirectoryLeave
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

; $0 = 1 when $INSTDIR holds an earlier GreenDesk: its marker, or (versions before the marker) the launcher,
; the runtime and the uninstaller together.
Function IsGreenDeskFolder
  StrCpy $0 0
  ${If} ${FileExists} "$INSTDIR\${MARKER_NAME}"
    StrCpy $0 1
  ${ElseIf} ${FileExists} "$INSTDIR\GreenDesk.exe"
  ${AndIf} ${FileExists} "$INSTDIR\uninstall.exe"
  ${AndIf} ${FileExists} "$INSTDIR\runtime\python312.dll"
    StrCpy $0 1
  ${EndIf}
FunctionEnd

; $0 = 1 when GreenDesk may be installed into $INSTDIR: missing, empty, or an earlier GreenDesk.
Function IsUsableFolder
  Call IsGreenDeskFolder
  ${If} $0 == 1
  ${OrIfNot} ${FileExists} "$INSTDIR\*.*"
    StrCpy $0 1
    Return
  ${EndIf}
  StrCpy $0 1
  FindFirst $1 $2 "$INSTDIR\*.*"
  ${DoWhile} $2 != ""
    ${If} $2 != "."
    ${AndIf} $2 != ".."
      StrCpy $0 0
      ${Break}
    ${EndIf}
    FindNext $1 $2
  ${Loop}
  FindClose $1
FunctionEnd

; A folder holding other files (the user's own bin\ or app\, a drive root) gets \GreenDesk appended, so that
; neither install nor uninstall touches what was there. $0 = 1 when $INSTDIR is usable afterwards.
Function ResolveInstallFolder
  Call IsUsableFolder
  ${If} $0 == 1
    Return
  ${EndIf}
  StrCpy $1 "$INSTDIR" 1 -1
  ${If} $1 == "\"
    StrCpy $INSTDIR "$INSTDIR" -1
  ${EndIf}
  StrCpy $INSTDIR "$INSTDIR\GreenDesk"
  Call IsUsableFolder
FunctionEnd

Function RefuseFolder
  MessageBox MB_ICONSTOP|MB_OK "文件夹“$INSTDIR”中已有其他文件，且不是${PRODUCT}的安装文件夹。$\r$\n为保护这些文件，${PRODUCT}不会安装到这里。请选择一个空文件夹。" /SD IDOK
FunctionEnd

Function DirectoryLeave
  StrCpy $R8 "$INSTDIR"
  Call ResolveInstallFolder
  ${If} $0 != 1
    Call RefuseFolder
    StrCpy $INSTDIR "$R8"
    Abort
  ${EndIf}
  ${If} $INSTDIR != $R8
    MessageBox MB_ICONINFORMATION|MB_OKCANCEL "文件夹“$R8”中已有其他文件，且不是${PRODUCT}的安装文件夹。$\r$\n为保护这些文件，${PRODUCT}将安装到其中的子文件夹：$\r$\n$\r$\n$INSTDIR" IDOK appended
    StrCpy $INSTDIR "$R8"
    Abort
    appended:
  ${EndIf}
FunctionEnd

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_ICONSTOP|MB_OK "${PRODUCT}需要 64 位 Windows 10 或更高版本。" /SD IDOK
    SetErrorLevel 3
    Quit
  ${EndIf}
!ifdef ALLUSERS
  UserInfo::GetAccountType
  Pop $0
  ${If} $0 != "admin"
    MessageBox MB_ICONSTOP|MB_OK "此安装程序为所有用户安装${PRODUCT}，需要管理员权限。请右键单击并选择“以管理员身份运行”，或使用仅为当前用户安装的版本。" /SD IDOK
    SetErrorLevel 5
    Quit
  ${EndIf}
!endif
  !insertmacro REFUSE_WHILE_RUNNING
  ; /D= (or the folder of the last install): checked here for silent installs, on the directory page otherwise.
  Call ResolveInstallFolder
  ${If} $0 != 1
  ${AndIf} ${Silent}
    Call RefuseFolder
    SetErrorLevel 4
    Quit
  ${EndIf}
FunctionEnd

; An upgrade: the previous version's uninstaller removes what that version installed (it keeps the workspace when
; silent). _?= runs it in place so ExecWait waits for it.
Function RemovePreviousVersion
  Call IsGreenDeskFolder
  ${If} $0 == 1
  ${AndIf} ${FileExists} "$INSTDIR\uninstall.exe"
    DetailPrint "正在移除旧版本……"
    ExecWait '"$INSTDIR\uninstall.exe" /S _?=$INSTDIR' $1
    ${If} $1 != 0
      MessageBox MB_ICONSTOP|MB_OK "无法移除“$INSTDIR”中的旧版本${PRODUCT}（退出代码 $1）。请先在“设置 > 应用”中卸载旧版本。" /SD IDOK
      SetErrorLevel 6
      Quit
    ${EndIf}
    Delete "$INSTDIR\uninstall.exe"
  ${EndIf}
FunctionEnd

Section "!${PRODUCT}（必需）" SecProgram
  SectionIn RO
  SetShellVarContext ${SHELL_CONTEXT}
  Call RemovePreviousVersion
  SetOutPath "$INSTDIR"
  File /r "${APPDIR}\*.*"
  File "${MARKER}"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortCut "$SMPROGRAMS\${SHORTCUT_NAME}" "$INSTDIR\GreenDesk.exe" "" "$INSTDIR\GreenDesk.exe" 0 \
    SW_SHOWNORMAL "" "${PRODUCT}：绿色社区创建审核"

  WriteRegStr ${REG_ROOT} "${UNINST_KEY}" "DisplayName" "${PRODUCT} GreenDesk"
  WriteRegStr ${REG_ROOT} "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr ${REG_ROOT} "${UNINST_KEY}" "Publisher" "GreenDesk"
  WriteRegStr ${REG_ROOT} "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\GreenDesk.exe,0"
  WriteRegStr ${REG_ROOT} "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr ${REG_ROOT} "${UNINST_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr ${REG_ROOT} "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD ${REG_ROOT} "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD ${REG_ROOT} "${UNINST_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD ${REG_ROOT} "${UNINST_KEY}" "EstimatedSize" "$0"
SectionEnd

Section "桌面快捷方式" SecDesktop
  SetShellVarContext ${SHELL_CONTEXT}
  CreateShortCut "$DESKTOP\${SHORTCUT_NAME}" "$INSTDIR\GreenDesk.exe" "" "$INSTDIR\GreenDesk.exe" 0
SectionEnd

Section "un.${PRODUCT}程序" SecUnProgram
  SectionIn RO
  SetShellVarContext ${SHELL_CONTEXT}
  Delete "$SMPROGRAMS\${SHORTCUT_NAME}"
  Delete "$DESKTOP\${SHORTCUT_NAME}"
  ; Exactly what the installer put there (OWNED: build.sh's list of the staged app folder's entries, plus Python's
  ; caches inside those folders); $INSTDIR itself only when nothing else is left in it.
  !insertmacro GREENDESK_REMOVE_OWNED
  Delete "$INSTDIR\${MARKER_NAME}"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  ; The key only when it names this folder (another GreenDesk may be installed elsewhere since).
  ReadRegStr $0 ${REG_ROOT} "${UNINST_KEY}" "InstallLocation"
  ${If} $0 == $INSTDIR
    DeleteRegKey ${REG_ROOT} "${UNINST_KEY}"
  ${EndIf}
  ; GreenDesk.exe's output log of the last GUI run (launcher.c), of the user who uninstalls.
  SetShellVarContext current
  Delete "${LAST_RUN_LOG}"
SectionEnd

Section /o "un.删除我的数据（工作区、照片、备份、设置）" SecRemoveData
  SetShellVarContext current
  ; A second question that names every folder; /S /REMOVEDATA answers it with yes.
  MessageBox MB_ICONEXCLAMATION|MB_YESNO|MB_DEFBUTTON2 "确定要永久删除您的数据吗？此操作无法撤销。$\r$\n$\r$\n将删除：$\r$\n  ${USER_DATA}$\r$\n      工作区：审核记录、照片、设置、日志$\r$\n  ${USER_DATA}\backups$\r$\n      全部备份$\r$\n  ${USER_ANCHORS}$\r$\n      工作区完整性记录$\r$\n  注册表 HKCU\${USER_SETTINGS_KEY}$\r$\n      记住的保存位置$\r$\n$\r$\n其他文件夹中的工作区（用 --data-dir 打开的、便携版的 GreenDesk-data）不会被删除。" /SD IDYES IDYES remove
  DetailPrint "保留了您的数据：${USER_DATA}"
  Return
  remove:
  RMDir /r "${USER_DATA}"
  RMDir /r "${USER_ANCHORS}"
  DeleteRegKey HKCU "${USER_SETTINGS_KEY}"
  RMDir "$LOCALAPPDATA\GreenDesk"
SectionEnd

Function un.onInit
  !insertmacro REFUSE_WHILE_RUNNING
  ; Only a folder this installer made: the marker names what it owns. Anything else is left alone.
  ${IfNot} ${FileExists} "$INSTDIR\${MARKER_NAME}"
    MessageBox MB_ICONSTOP|MB_OK "“$INSTDIR”不是${PRODUCT}的安装文件夹（缺少 ${MARKER_NAME}），卸载程序不会删除其中的任何文件。" /SD IDOK
    SetErrorLevel 4
    Quit
  ${EndIf}
  ; uninstall.exe /S /REMOVEDATA also deletes the workspace (silent uninstalls keep it otherwise).
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/REMOVEDATA" $R1
  ${IfNot} ${Errors}
    !insertmacro SelectSection ${SecRemoveData}
  ${EndIf}
FunctionEnd

#!/usr/bin/env bash
# Wine smoke test of the Windows installer (slow, a few minutes; not part of pytest):
#
#     packaging/windows/build.sh && packaging/windows/smoke_test.sh [SETUP.exe]
#
# In a fresh, throw-away WINEPREFIX under Xvfb: silent install (/S), CLI demo workspace, GUI launch and screenshot
# (packaging/out/smoke-screenshot.png), export + verify of an application package, the "GreenDesk is running"
# refusal, silent uninstall (nothing left in files or HKCU; workspace kept unless /REMOVEDATA). Exits non-zero on
# the first failure. Step times go to packaging/out/smoke-times.txt.
#
# Knobs (environment):
#   GREENDESK_SMOKE_GUI   auto (default) | launcher | qtcheck
#       launcher: the installed Start-menu target GreenDesk.exe (runs `pythonw -m greendesk gui`) on the demo
#                 workspace, and checks the installer refuses to run while it is open.
#       qtcheck:  wine-test/qt_check.py with the installed runtime (a Qt window listing the demo workspace's
#                 communities in Chinese) for branches where `greendesk gui` does not exist yet.
#       auto:     launcher when the installed app has greendesk/ui/app.py, else qtcheck.
#   GREENDESK_SMOKE_EXPORT_YEAR  year for `export package` (default 2022, the demo's signed-off year)
#   GREENDESK_SMOKE_KEEP=1       keep the Wine prefix and work folder for inspection
#
# Test-only workarounds for Wine 8 gaps, placed in the throw-away prefix and NEVER shipped: a stub icuuc.dll
# (Qt 6.10+ imports the system ICU, which Wine lacks) and a stub bcryptprimitives.dll (Rust std in cryptography
# imports ProcessPrng, which Wine 8 lacks); both built here with mingw-w64.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
OUT_DIR=$ROOT/packaging/out
PYTHON=${PYTHON:-python3}
VERSION=$("$PYTHON" "$HERE/bundle.py" version)
SETUP=${1:-$OUT_DIR/GreenDesk-Setup-$VERSION-x64.exe}
GUI_MODE=${GREENDESK_SMOKE_GUI:-auto}
EXPORT_YEAR=${GREENDESK_SMOKE_EXPORT_YEAR:-2022}
SCREENSHOT=$OUT_DIR/smoke-screenshot.png
TIMES=()

die() {
    echo "smoke_test.sh: FAILED: $*" >&2
    exit 1
}
STEP_WIDTH=52
# shellcheck source=packaging/windows/steps.sh
source "$HERE/steps.sh"

[[ -f $SETUP ]] || die "no installer at $SETUP (run packaging/windows/build.sh first)"
mkdir -p "$OUT_DIR"

step "tools (apt: wine, xvfb, imagemagick, mingw-w64)"
missing=()
command -v wine >/dev/null || missing+=(wine wine64)
command -v Xvfb >/dev/null || missing+=(xvfb)
command -v import >/dev/null || missing+=(imagemagick)
command -v xwininfo >/dev/null || missing+=(x11-utils)
command -v x86_64-w64-mingw32-gcc >/dev/null || missing+=(mingw-w64)
command -v bc >/dev/null || missing+=(bc)
fc-list : family | grep -i "wenquanyi" >/dev/null || missing+=(fonts-wqy-microhei)
if ((${#missing[@]})); then
    echo "installing ${missing[*]}"
    as_root apt-get install -y -q "${missing[@]}" >/dev/null ||
        { as_root apt-get update -q >/dev/null && as_root apt-get install -y -q "${missing[@]}" >/dev/null; } ||
        die "could not install ${missing[*]}"
fi

WORK=$(mktemp -d /tmp/greendesk-smoke.XXXXXX)
export WINEPREFIX=$WORK/prefix WINEARCH=win64 WINEDEBUG=-all
# A private HOME: Wine links Desktop/Documents to $HOME's folders, and nothing here may touch the real ones.
export HOME=$WORK/home
mkdir -p "$HOME"
# No Mono/Gecko download prompts; a crash ends the process instead of starting the interactive debugger;
# no menu entries exported to the Linux desktop.
export WINEDLLOVERRIDES="mscoree,mshtml=;winedbg.exe=d;winemenubuilder.exe=d"
display=99
while [[ -e /tmp/.X$display-lock ]]; do display=$((display + 1)); done
export DISPLAY=:$display
XVFB_PID=
cleanup() {
    local status=$?
    wineserver -k 2>/dev/null || true
    [[ -n $XVFB_PID ]] && kill "$XVFB_PID" 2>/dev/null
    if [[ ${GREENDESK_SMOKE_KEEP:-0} == 1 ]]; then echo "kept $WORK"; else rm -rf "$WORK"; fi
    exit "$status"
}
trap cleanup EXIT

# Wine's Python cannot write to a redirected file handle ([WinError 6]), so output goes through a pipe. Wine
# helper processes started meanwhile (explorer.exe) inherit that pipe and keep it open, so the reader stops at
# a status line written after the program exits instead of waiting for end-of-file.
wine_run() { # wine_run TIMEOUT PROGRAM ARGS... -> prints output, returns the program's exit code
    local seconds=$1 status_file
    shift
    status_file=$(mktemp "$WORK/status.XXXXXX")
    {
        local code=0 # (set -e would end this group before the marker when the program fails)
        timeout "$seconds" wine "$@" 2>&1 || code=$?
        echo "__wine_status=$code"
    } | while IFS= read -r line || [[ -n $line ]]; do # bash's read does not wait for a full buffer (mawk does)
        if [[ $line =~ ^(.*)__wine_status=([0-9]+)$ ]]; then # output without a final newline: marker mid-line
            [[ -z ${BASH_REMATCH[1]} ]] || printf '%s\n' "${BASH_REMATCH[1]}"
            echo "${BASH_REMATCH[2]}" >"$status_file"
            break
        fi
        printf '%s\n' "$line"
    done
    local status
    status=$(cat "$status_file")
    return "${status:-1}"
}
unix_path() { winepath -u "$1" 2>/dev/null; }
sqlite3_query() { # the smoke workspace's database, read on the host
    "$PYTHON" -c 'import sqlite3, sys; print("\n".join(str(r[0]) for r in sqlite3.connect(sys.argv[1]).execute(sys.argv[2])))' \
        "$SMOKE/workspace/greendesk.sqlite3" "$1"
}
reg_has_uninstall_key() { wine reg query 'HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\GreenDesk' >/dev/null 2>&1; }

step "start Xvfb and a fresh Wine prefix"
Xvfb "$DISPLAY" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
XVFB_PID=$!
wineboot -i >/dev/null 2>&1
wineserver -w
LOCALAPPDATA_WIN=$(wine cmd /c 'echo %LOCALAPPDATA%' 2>/dev/null | tr -d '\r')
LOCALAPPDATA_UNIX=$(unix_path "$LOCALAPPDATA_WIN")
INSTDIR_WIN="$LOCALAPPDATA_WIN\\Programs\\GreenDesk"
INSTDIR=$LOCALAPPDATA_UNIX/Programs/GreenDesk
USER_DATA=$LOCALAPPDATA_UNIX/GreenDesk/GreenDesk
START_MENU=$(unix_path "$(wine cmd /c 'echo %APPDATA%' 2>/dev/null | tr -d '\r')\\Microsoft\\Windows\\Start Menu\\Programs")
DESKTOP=$(unix_path "$(wine cmd /c 'echo %USERPROFILE%' 2>/dev/null | tr -d '\r')\\Desktop")
[[ -d $LOCALAPPDATA_UNIX ]] || die "Wine prefix has no %LOCALAPPDATA% ($LOCALAPPDATA_WIN)"
SMOKE_WIN='C:\smoke'
SMOKE=$WINEPREFIX/drive_c/smoke
mkdir -p "$SMOKE"

step "test-only stub DLLs into the prefix (icuuc.dll, bcryptprimitives.dll)"
x86_64-w64-mingw32-gcc -O2 -s -shared -o "$WINEPREFIX/drive_c/windows/system32/icuuc.dll" \
    "$HERE/wine-test/icuuc_stub.c"
# Rust's std (cryptography's _rust.pyd, used for package signatures) imports bcryptprimitives!ProcessPrng.
x86_64-w64-mingw32-gcc -O2 -s -shared -o "$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll" \
    "$HERE/wine-test/bcryptprimitives_stub.c" -ladvapi32

step "silent install (/S)"
wine_run 300 "$SETUP" /S || die "installer exited with $?"
for expected in GreenDesk.exe bin/greendesk.exe uninstall.exe runtime/pythonw.exe runtime/python312._pth \
    app/greendesk/__main__.pyc app/resources/fonts/wqy-microhei.ttc app/translations/greendesk_zh_CN.qm; do
    [[ -f $INSTDIR/$expected ]] || die "not installed: $expected"
done
[[ ! -e $INSTDIR/portable.txt ]] || die "installer must not ship portable.txt"
compgen -G "$START_MENU/*GreenDesk.lnk" >/dev/null || die "no Start-menu shortcut in $START_MENU"
compgen -G "$DESKTOP/*GreenDesk.lnk" >/dev/null || die "no desktop shortcut in $DESKTOP"
reg_has_uninstall_key || die "no HKCU uninstall entry"
echo "installed to $INSTDIR_WIN ($(du -sh "$INSTDIR" | cut -f1))"
# The lean bundle (build.sh's trim steps): .pyc only (alembic's migration scripts excepted), decode-only HEIF.
leftover=$(find "$INSTDIR/app" "$INSTDIR/runtime/Lib" -name '*.py' -not -path '*/migrations/*' | head -3)
[[ -z $leftover ]] || die "the bundle still holds .py sources: $leftover"
compgen -G "$INSTDIR/runtime/Lib/site-packages/pi_heif/__init__.pyc" >/dev/null || die "pi_heif is not installed"
! compgen -G "$INSTDIR/runtime/Lib/site-packages/libx265*" >/dev/null || die "the HEVC encoder is still bundled"

step "CLI: greendesk.exe --version"
version_output=$(wine_run 120 "$INSTDIR/bin/greendesk.exe" --version) || die "greendesk.exe --version failed"
echo "$version_output"
[[ $version_output == *"GreenDesk $VERSION"* ]] || die "unexpected version output"

step "CLI: greendesk.exe --data-dir C:\\smoke\\workspace demo"
wine_run 600 "$INSTDIR/bin/greendesk.exe" --data-dir "$SMOKE_WIN\\workspace" demo | tail -5 ||
    die "demo failed"
[[ -f $SMOKE/workspace/greendesk.sqlite3 ]] || die "demo workspace has no database"

if [[ $GUI_MODE == auto ]]; then
    # `gui` needs greendesk/ui/app.py (the lead's main window).
    if compgen -G "$INSTDIR/app/greendesk/ui/app.py*" >/dev/null; then GUI_MODE=launcher; else GUI_MODE=qtcheck; fi
fi
marker=$SMOKE/gui-ready.txt
gui_failed() {
    cat "$WORK/gui.log"
    local log
    log=$(unix_path "$(wine cmd /c 'echo %TEMP%' 2>/dev/null | tr -d '\r')\\GreenDesk-last-run.log")
    [[ -f $log ]] && cat "$log"
    die "$1"
}
case $GUI_MODE in
launcher)
    # What the Start-menu shortcut runs, pointed at the demo workspace.
    GUI_ENV="$SMOKE_WIN\\workspace"
    GUI_COMMAND=("$INSTDIR/GreenDesk.exe")
    GUI_PROCESS=pythonw.exe
    ;;
qtcheck)
    echo "note: 'greendesk gui' is not on this branch; showing the test-only Qt check window instead"
    cp "$HERE/wine-test/qt_check.py" "$SMOKE/qt_check.py"
    GUI_ENV=
    GUI_COMMAND=("$INSTDIR/runtime/pythonw.exe" "$SMOKE_WIN\\qt_check.py" "$SMOKE_WIN\\workspace"
        "$SMOKE_WIN\\gui-ready.txt")
    GUI_PROCESS=pythonw.exe
    ;;
*) die "GREENDESK_SMOKE_GUI must be auto, launcher or qtcheck" ;;
esac

step "GUI ($GUI_MODE): launch and wait for the main window"
(
    [[ -z $GUI_ENV ]] || export GREENDESK_DATA_DIR=$GUI_ENV
    wine_run 1800 "${GUI_COMMAND[@]}"
) >"$WORK/gui.log" &
gui_pid=$!
window=
for _ in $(seq 1 120); do
    # A mapped top-level window of the app's process, at least 600x400.
    window=$(xwininfo -root -children 2>/dev/null |
        awk -v proc="\"$GUI_PROCESS\"" 'index($0, proc) && match($0, /[0-9]+x[0-9]+\+/) {
            split(substr($0, RSTART, RLENGTH - 1), size, "x"); if (size[1] >= 600 && size[2] >= 400) print $1 }' |
        head -1)
    [[ -n $window ]] && { [[ $GUI_MODE != qtcheck ]] || [[ -f $marker ]]; } && break
    kill -0 "$gui_pid" 2>/dev/null || gui_failed "the GUI exited before showing a window"
    sleep 1
done
[[ -n $window ]] || gui_failed "no main window within 120 s"
echo "window $window: $(xwininfo -id "$window" | sed -n 's/^xwininfo: Window id: [^ ]* //p')"

step "screenshot (import -window root)"
# Under Wine the window is mapped well before its first paint (start checks, daily backup, first screen):
# take screenshots until one shows content, for up to 60 s.
colours=0
for _ in $(seq 1 30); do
    sleep 2
    import -window root "$SCREENSHOT"
    [[ -s $SCREENSHOT ]] || die "no screenshot"
    colours=$(convert "$SCREENSHOT" -format '%k' info:)
    ((colours > 16)) && break
done
((colours > 16)) || die "screenshot looks blank ($colours colours) after 60 s"
echo "$SCREENSHOT ($colours colours)"

check_refusal() { # the installer and uninstaller must exit 2 and change nothing while GreenDesk runs
    local setup_status=0 uninstall_status=0
    wine_run 120 "$SETUP" /S >/dev/null || setup_status=$?
    # _?= runs the uninstaller in place (it normally re-launches itself from %TEMP%, hiding its exit code).
    wine_run 120 "$INSTDIR/uninstall.exe" /S "_?=$INSTDIR_WIN" >/dev/null || uninstall_status=$?
    ((setup_status == 2)) || die "installer did not refuse while GreenDesk was running (exit $setup_status)"
    ((uninstall_status == 2)) || die "uninstaller did not refuse while GreenDesk was running (exit $uninstall_status)"
    [[ -f $INSTDIR/GreenDesk.exe && -f $INSTDIR/runtime/python312.dll ]] || die "files removed while running"
}
if [[ $GUI_MODE == launcher ]]; then
    step "installer and uninstaller refuse while the GUI runs"
    check_refusal
fi

step "close the GUI"
wine taskkill /IM "$GUI_PROCESS" >/dev/null 2>&1 || true
for _ in $(seq 1 20); do kill -0 "$gui_pid" 2>/dev/null || break; sleep 1; done
if kill -0 "$gui_pid" 2>/dev/null; then
    wine taskkill /F /IM "$GUI_PROCESS" >/dev/null 2>&1 || true
    wine taskkill /F /IM GreenDesk.exe >/dev/null 2>&1 || true
fi
wait "$gui_pid" 2>/dev/null || true

step "export package + greendesk.exe verify"
if wine_run 120 "$INSTDIR/bin/greendesk.exe" verify --help >/dev/null; then
    # Writes need a signed-in account: the demo's administrator (password from the environment, as a script would).
    GREENDESK_PASSWORD=demo-pass-1 wine_run 600 "$INSTDIR/bin/greendesk.exe" --data-dir "$SMOKE_WIN\\workspace" \
        --user admin export package \
        --year "$EXPORT_YEAR" --out "$SMOKE_WIN\\package.zip" | tail -3 || die "export package failed"
    wine_run 600 "$INSTDIR/bin/greendesk.exe" verify "$SMOKE_WIN\\package.zip" | tail -5 ||
        die "greendesk.exe verify rejected the exported package"
else
    echo "SKIPPED: 'greendesk verify' is not on this branch (package export not merged yet); re-run after merging"
fi

if [[ $GUI_MODE != launcher ]]; then
    step "installer and uninstaller refuse while the CLI runs"
    # The console launcher holds the same mutex. `registry list --json` writes ~300 KB into a pipe nobody reads
    # until the checks are done, so the CLI is reliably still running while they happen.
    mkfifo "$WORK/release"
    {
        wine_run 600 "$INSTDIR/bin/greendesk.exe" --data-dir "$SMOKE_WIN\\workspace" registry list --json |
            {
                read -r _ <"$WORK/release"
                cat >"$WORK/cli.json"
            }
    } &
    cli_pid=$!
    for _ in $(seq 1 120); do
        pgrep -f 'runtime.python\.exe -X utf8 -m greendesk' >/dev/null && break
        sleep 0.5
    done
    pgrep -f 'runtime.python\.exe -X utf8 -m greendesk' >/dev/null || die "the CLI did not start"
    check_refusal
    echo release >"$WORK/release"
    wait "$cli_pid" || die "registry list failed"
    grep -q '"code": "110105' "$WORK/cli.json" || die "registry list printed no communities"
fi

step "HEIC photo: review attach decodes it (pi-heif)"
# A 64x48 HEIC made here with pillow-heif (the tests' encoder); the installed app only decodes HEIF. Attached to
# an item of a demo community still under review, then read back from the workspace database.
"$PYTHON" -c 'import sys; import pillow_heif; from PIL import Image
pillow_heif.from_pillow(Image.new("RGB", (64, 48), (20, 160, 60))).save(sys.argv[1])' "$SMOKE/smoke.heic" ||
    die "could not make the test HEIC (needs pillow-heif on the host)"
read -r heic_community heic_year < <(sqlite3_query "SELECT c.code || ' ' || r.year FROM recommendation r
    JOIN community c ON c.id = r.community_id WHERE r.status = 'under_review' ORDER BY c.code LIMIT 1")
[[ -n $heic_community ]] || die "the demo workspace has no community under review"
GREENDESK_PASSWORD=demo-pass-1 wine_run 300 "$INSTDIR/bin/greendesk.exe" --data-dir "$SMOKE_WIN\\workspace" \
    --user reviewer review attach --year "$heic_year" "$heic_community" 7 "$SMOKE_WIN\\smoke.heic" | tail -2 ||
    die "review attach failed"
heic_row=$(sqlite3_query "SELECT format || ' ' || width || 'x' || height FROM photo WHERE extension = 'heic'")
[[ $heic_row == *"HEIF 64x48"* ]] || die "the HEIC photo was not stored as a decoded HEIF image ($heic_row)"
echo "stored: $heic_row"

step "silent uninstall keeps the workspace"
mkdir -p "$USER_DATA" && echo keep >"$USER_DATA/marker.txt" # stands in for a workspace in the default place
wine_run 120 "$INSTDIR/uninstall.exe" /S || die "uninstaller exited with $?"
for _ in $(seq 1 60); do [[ -e $INSTDIR ]] || break; sleep 1; done # it runs from a temp copy
[[ ! -e $INSTDIR ]] || { find "$INSTDIR" | head; die "left behind in $INSTDIR"; }
! compgen -G "$START_MENU/*GreenDesk.lnk" >/dev/null || die "Start-menu shortcut left behind"
! compgen -G "$DESKTOP/*GreenDesk.lnk" >/dev/null || die "desktop shortcut left behind"
! reg_has_uninstall_key || die "HKCU uninstall entry left behind"
[[ -f $USER_DATA/marker.txt ]] || die "the workspace was removed without /REMOVEDATA"

step "reinstall, then uninstall /REMOVEDATA removes it"
wine_run 300 "$SETUP" /S || die "reinstall failed"
wine_run 120 "$INSTDIR/uninstall.exe" /S /REMOVEDATA || die "uninstaller exited with $?"
for _ in $(seq 1 60); do [[ -e $INSTDIR || -e $USER_DATA ]] || break; sleep 1; done
[[ ! -e $INSTDIR ]] || die "left behind in $INSTDIR"
[[ ! -e $USER_DATA ]] || die "/REMOVEDATA kept $USER_DATA"
! reg_has_uninstall_key || die "HKCU uninstall entry left behind"
step_finish

{
    echo "GreenDesk $VERSION Wine smoke test ($(date -u +%Y-%m-%dT%H:%MZ), GUI mode: $GUI_MODE)"
    printf '  %s\n' "${TIMES[@]}"
} | tee "$OUT_DIR/smoke-times.txt"
echo "PASSED"

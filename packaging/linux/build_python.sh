#!/usr/bin/env bash
# Builds the CPython 3.11 that `build_deb.sh --bundled-python` ships under /opt/greendesk/python, for systems
# without a python3.11 package (统信 UOS 20 has 3.7, 银河麒麟 V10 3.8). Prebuilt relocatable Pythons
# (python-build-standalone, `uv python install`) are downloaded from hosts this machine cannot reach, so the
# interpreter is compiled here from Debian's source package of bookworm's python3.11 (upstream 3.11.2, its
# SHA-256 pinned below) in a clean Debian 11 chroot (glibc 2.31: the oldest Debian the mirror still serves).
# It is linked against glibc 2.28's symbol versions (glibc-compat below: the 2.29 versions of exp/log/pow and
# sem_clockwait are avoided), so Debian 10 based systems can run it too. libffi and OpenSSL, whose sonames
# differ between Debian 10, 11 and 12, are copied beside it (found through RUNPATH); OpenSSL is needed for
# hashlib.scrypt (GreenDesk's password hashes: without it `greendesk demo` failed on Debian 11). zlib, bzip2,
# xz, SQLite and libuuid come from the system (the package Depends on them; same sonames since Debian 8).
# No readline, Tk, NIS, crypt or test suite.
# Usage: packaging/linux/build_python.sh [--arch amd64|arm64]   (as root: chroot and mounts)
# Output: packaging/build/python-<arch>/python.tar (the tree opt/greendesk/python) and GLIBC.txt beside it
# (the newest glibc symbol version any of its files needs). The chroot tarball and the source are cached.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"

SOURCE=python3.11_3.11.2.orig.tar.gz
SOURCE_SHA256=2411c74bda5bbcfcddaf4531f66d1adc73f247f529aee981b029513aefdbf849
SOURCE_URL=http://deb.debian.org/debian/pool/main/p/python3.11/$SOURCE
PREFIX=/opt/greendesk/python
BUILD_DEPS=build-essential,pkg-config,patchelf,libssl-dev,libffi-dev,zlib1g-dev,libbz2-dev,liblzma-dev,libsqlite3-dev,uuid-dev

# All in a function: bash reads it whole before running it, so editing this file mid-build is harmless.
main() {
  arch=amd64
  if [ "${1:-}" = --arch ]; then arch="$2"; shift 2; fi
  case "$arch" in amd64 | arm64) ;; *) echo "usage: $0 [--arch amd64|arm64]" >&2; exit 2 ;; esac
  [ "$(id -u)" -eq 0 ] || { echo "build_python.sh needs root (chroot, mounts)" >&2; exit 2; }
  cache="$root/packaging/build/python-$arch"
  chroot_dir="$cache/root"
  base="$cache/bullseye-build-$arch-$(echo "$BUILD_DEPS" | sha256sum | cut -c1-8).tar"  # new list, new chroot
  source="$root/packaging/build/python-src/$SOURCE"
  mkdir -p "$cache" "$(dirname "$source")"
  started=$SECONDS
  step() { echo "build_python [$((SECONDS - started))s]: $*"; }

  step "source $SOURCE (Debian's pool, SHA-256 pinned)"
  if [ ! -s "$source" ]; then
    curl -sSf -o "$source.part" "$SOURCE_URL"
    mv "$source.part" "$source"
  fi
  echo "$SOURCE_SHA256  $source" | sha256sum -c --quiet - || { echo "wrong checksum: $source" >&2; exit 1; }

  step "build chroot: Debian 11 $arch with compilers and -dev libraries (cached tarball)"
  if [ ! -s "$base" ]; then
    mmdebstrap --quiet --variant=apt --architectures="$arch" --include="$BUILD_DEPS" bullseye "${base%.tar}.part.tar"
    mv "${base%.tar}.part.tar" "$base"
  fi
  unmount_all() {
    for point in "$chroot_dir/dev" "$chroot_dir/proc"; do
      mountpoint -q "$point" 2>/dev/null && umount -l "$point"
    done
    return 0
  }
  trap unmount_all EXIT
  unmount_all
  rm -rf "$chroot_dir"
  mkdir -p "$chroot_dir"
  tar -xf "$base" -C "$chroot_dir"
  mount -t proc proc "$chroot_dir/proc"
  mount --bind /dev "$chroot_dir/dev"
  mkdir -p "$chroot_dir/build"
  tar -xzf "$source" -C "$chroot_dir/build"

  step "configure, make, make install (a few minutes; under qemu much longer)"
  chroot "$chroot_dir" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
    PREFIX="$PREFIX" sh -s >"$cache/build.log" 2>&1 <<'SH' || { tail -40 "$cache/build.log"; exit 1; }
set -eu
cd /build/Python-3.11.2
# glibc 2.29 gave exp, exp2, log, log2 and pow new symbol versions; bind the older ones (same functions).
case "$(uname -m)" in x86_64) old=GLIBC_2.2.5 ;; aarch64) old=GLIBC_2.17 ;; esac
for name in exp exp2 log log2 pow; do
  echo "__asm__(\".symver $name,$name@$old\");"
done >/build/glibc-compat.h
./configure --prefix="$PREFIX" --without-ensurepip --with-computed-gotos CFLAGS="-include /build/glibc-compat.h" \
  ac_cv_func_sem_clockwait=no py_cv_module_nis=n/a py_cv_module__crypt=n/a py_cv_module__tkinter=n/a
make -j"$(nproc)"
make install DESTDIR=/out
SH

  step "libraries beside it, RUNPATH, strip, drop what GreenDesk never loads"
  chroot "$chroot_dir" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin PREFIX="$PREFIX" sh -s \
    >>"$cache/build.log" 2>&1 <<'SH' || { tail -40 "$cache/build.log"; exit 1; }
set -eu
top=/out$PREFIX
stdlib=$top/lib/python3.11
rm -rf "$stdlib/test" "$stdlib/idlelib" "$stdlib/tkinter" "$stdlib/turtledemo" "$stdlib/lib2to3/tests" \
  "$stdlib"/config-3.11-* "$top/lib/pkgconfig" "$top/share" "$top/include" "$top"/lib/libpython3.11.a
find "$stdlib" -name tests -type d -prune -exec rm -rf {} +
find "$stdlib" -name '*.opt-[12].pyc' -delete  # the app never runs with -O
rm -f "$stdlib"/lib-dynload/_test*.so "$stdlib"/lib-dynload/_ctypes_test*.so "$stdlib"/lib-dynload/xxlimited*.so
# libffi (.so.6 on Debian 10, .7 on 11, .8 on 12) and OpenSSL (1.1 on 10 and 11, 3 on 12) go beside it,
# found through $ORIGIN; the rest of
# what the modules link is glibc or in the package's Depends (debian_files.BUNDLED_PYTHON_LIBRARIES).
for module in "$stdlib"/lib-dynload/*.so; do
  for lib in $(ldd "$module" | awk '/=> \// {print $3}'); do
    case "$(basename "$lib")" in
      libffi.so.* | libssl.so.* | libcrypto.so.*) cp -nL "$lib" "$top/lib/" && patchelf --set-rpath '$ORIGIN/../..' "$module" ;;
    esac
  done
done
ldd "$stdlib"/lib-dynload/*.so | awk '/=> \// {print $3}' | sort -u >/out/linked.txt
strip --strip-unneeded "$top/bin/python3.11" "$stdlib"/lib-dynload/*.so "$top"/lib/*.so.*
# Byte code for the standard library, as `make install` writes it, is kept; the scripts are the venv's.
rm -f "$top/bin/idle3"* "$top/bin/pydoc3"* "$top/bin/2to3"* "$top/bin/python3.11-config" "$top/bin/python3-config"
SH

  step "python.tar, GLIBC.txt, linked.txt (the system libraries its modules load)"
  cp "$chroot_dir/out/linked.txt" "$cache/linked.txt"
  tar -C "$chroot_dir/out" -cf "$cache/python.tar.part" "${PREFIX#/}"
  mv "$cache/python.tar.part" "$cache/python.tar"
  find "$chroot_dir/out" -type f \( -name '*.so*' -o -name 'python3.11' \) -exec objdump -T {} + 2>/dev/null \
    | grep -o 'GLIBC_[0-9.]*' | sort -uV | tail -1 >"$cache/GLIBC.txt"
  unmount_all
  rm -rf "$chroot_dir"
  step "done: $(du -h "$cache/python.tar" | cut -f1), needs $(cat "$cache/GLIBC.txt")"
}

main "$@"

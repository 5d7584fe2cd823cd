#!/usr/bin/env bash
# Builds packaging/out/greendesk_<version>_<arch>.deb: GreenDesk under /opt/greendesk with its own Python
# environment, a venv on Debian's python3.11 (Depends: python3.11) holding greendesk's wheel and its
# dependencies' manylinux wheels (glibc <= 2.28 on amd64, 2.31 on arm64, cp311), byte-compiled; launchers in
# /usr/bin, a desktop entry and icons (packaging/linux/debian_files.py writes those and DEBIAN/).
# Usage: packaging/linux/build_deb.sh [--arch amd64|arm64] [--bundled-python] [--dry-run] [--xz] [--work DIR]
#   --bundled-python  the venv runs on our own CPython 3.11 under /opt/greendesk/python (build_python.sh makes
#              it, as root, in packaging/build/python-<arch>/python.tar) instead of Debian's python3.11, for
#              systems without that package; Depends: glibc 2.31 and Qt's libraries. The file is then
#              packaging/out/greendesk_<version>_<arch>_bundled-python.deb.
#   --dry-run  only the staging tree without the venv (DIR/stage): quick, for checks (tests/test_packaging_deb.py)
#   --work     build folder (default packaging/build/deb-<arch>)
#   --xz       compress with xz instead of gzip (about a third smaller; 5 to 20 minutes on a busy machine)
# Needs: python3.11 with pip and build (the developer setup), dpkg-deb. Downloads are cached in
# packaging/build/deb-<arch>/wheels.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"

# All in a function: bash reads it whole before running it, so editing this file mid-build is harmless.
main() {
  arch=amd64 dry_run=0 compress=gzip work= bundled=0
  while [ $# -gt 0 ]; do
    case "$1" in
      --arch) arch="$2"; shift 2 ;;
      --bundled-python) bundled=1; shift ;;
      --dry-run) dry_run=1; shift ;;
      --xz) compress=xz; shift ;;
      --work) work="$2"; shift 2 ;;
      *) echo "usage: $0 [--arch amd64|arm64] [--bundled-python] [--dry-run] [--xz] [--work DIR]" >&2; exit 2 ;;
    esac
  done
  case "$arch" in  # the newest manylinux glibc its wheels may need (PySide6's aarch64 wheels need 2.31)
    amd64) machine=x86_64 glibc=(2_28 2_27 2_26 2_17) ;;
    arm64) machine=aarch64 glibc=(2_31 2_28 2_27 2_26 2_17) ;;
    *) echo "unknown --arch $arch (amd64 or arm64)" >&2; exit 2 ;;
  esac
  python="${PYTHON:-python3}"
  if [ "$dry_run" -eq 0 ] && ! "$python" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))'; then
    echo "build_deb.sh needs Python 3.11 (it byte-compiles for Debian's python3.11); set PYTHON=" >&2
    exit 2
  fi
  work="${work:-$root/packaging/build/deb-$arch}"
  stage="$work/stage"
  out="$root/packaging/out"
  version="$("$python" "$root/packaging/linux/debian_files.py" --print-version)"
  site="$stage/opt/greendesk/venv/lib/python3.11/site-packages"
  interpreter=/usr/bin/python3.11 files_flags=() suffix=
  if [ "$bundled" -eq 1 ]; then
    interpreter=/opt/greendesk/python/bin/python3.11 files_flags=(--bundled-python) suffix=_bundled-python
    python_tar="$root/packaging/build/python-$arch/python.tar"
    if [ "$dry_run" -eq 0 ] && [ ! -s "$python_tar" ]; then
      echo "no $python_tar: run packaging/linux/build_python.sh --arch $arch first (as root)" >&2
      exit 2
    fi
  fi
  started=$SECONDS
  step() { echo "build_deb [$((SECONDS - started))s]: $*"; }

  rm -rf "$stage"
  mkdir -p "$stage" "$out"
  if [ "$dry_run" -eq 0 ]; then
    step "greendesk's wheel"
    rm -rf "$work/dist" "$work/src"
    # From a copy without packaging/build: setuptools' package search walks every folder, and the chroots
    # there (build_python.sh, smoke_deb.sh) hold whole systems, /proc mounted while they run.
    mkdir -p "$work/src"
    tar -C "$root" --exclude=./packaging/build --exclude=./packaging/out --exclude=./.git --exclude=./build \
      --exclude=./dist --exclude='*.egg-info' -cf - . | tar -C "$work/src" -xf -
    "$python" -m build --quiet --wheel --outdir "$work/dist" "$work/src" >"$work/build.log" 2>&1 \
      || { cat "$work/build.log"; exit 1; }
    rm -rf "$work/src"
    wheel=("$work"/dist/greendesk-*.whl)

    # manylinux up to glibc 2.28 on amd64 (Debian 10 and later), 2.31 on arm64; cp311 wheels for $machine.
    platforms=(--platform "manylinux2014_$machine")
    for tag in "${glibc[@]}"; do
      platforms+=(--platform "manylinux_${tag}_$machine")
    done
    target=("${platforms[@]}" --python-version 3.11 --implementation cp --abi cp311 --abi abi3 --abi none
      --only-binary=:all: --disable-pip-version-check)
    step "the $arch wheels of its dependencies (cached in $work/wheels)"
    "$python" -m pip download --quiet "${target[@]}" -d "$work/wheels" "${wheel[0]}" >"$work/pip.log" 2>&1 \
      || { cat "$work/pip.log"; exit 1; }

    if [ "$bundled" -eq 1 ]; then
      step "our own CPython 3.11: /opt/greendesk/python (from ${python_tar#"$root"/})"
      tar -xf "$python_tar" -C "$stage"
    fi
    step "the venv: /opt/greendesk/venv on $interpreter"
    venv="$stage/opt/greendesk/venv"
    mkdir -p "$venv/bin" "$site"
    ln -s "$interpreter" "$venv/bin/python3.11"
    ln -s python3.11 "$venv/bin/python3"
    ln -s python3.11 "$venv/bin/python"
    ln -s lib "$venv/lib64"
    printf 'home = %s\ninclude-system-site-packages = false\nversion = 3.11\n' "${interpreter%/*}" >"$venv/pyvenv.cfg"
    # pip resolves greendesk's dependencies again, from the downloaded wheels only.
    "$python" -m pip install --quiet "${target[@]}" --no-index --no-compile --find-links "$work/wheels" \
      --target "$site" "${wheel[0]}" >"$work/install.log" 2>&1 || { cat "$work/install.log"; exit 1; }
    rm -rf "$site/bin"  # console scripts with the build host's interpreter; /opt/greendesk/bin has our own
    "$python" "$root/packaging/linux/trim.py" "$site"  # Qt's developer tools, QML, stubs, tests
    "$python" -m pip list --path "$site" --format freeze >"$stage/opt/greendesk/VERSIONS.txt" 2>/dev/null

    step "byte code for python3.11 (unchecked-hash: the files under /opt belong to the package)"
    "$python" -m compileall -q -j 0 --invalidation-mode unchecked-hash -s "$stage" -p / "$site" >"$work/compile.log" 2>&1 \
      || { grep -v '^Listing' "$work/compile.log" | tail -20; echo "(byte-compile warnings above)"; }
  fi

  step "launchers, desktop entry, icons, DEBIAN/"
  "$python" "$root/packaging/linux/debian_files.py" "$stage" --arch "$arch" "${files_flags[@]}"
  if [ "$dry_run" -eq 1 ]; then
    step "dry run: staging tree in $stage"
    exit 0
  fi

  deb="$out/greendesk_${version}_${arch}${suffix}.deb"
  step "dpkg-deb ($compress) -> ${deb#"$root"/}"
  rm -f "$deb"
  dpkg-deb --root-owner-group -Z"$compress" --build "$stage" "$deb" >/dev/null
  step "done: $(du -h "$deb" | cut -f1) ($(sed -n 's/^Installed-Size: //p' "$stage/DEBIAN/control") KiB installed)"
}

main "$@"

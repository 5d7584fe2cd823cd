"""numpy's BLAS/LAPACK DLL rebuilt small: netlib's reference BLAS, CBLAS and LAPACK from Debian's source.

numpy 1.26.4's Windows wheel carries OpenBLAS (numpy.libs\\libopenblas64__v0.3.23-….dll, 32 MiB: kernels for every
x86-64 CPU). GreenDesk uses numpy only through pyqtgraph's charts (small arrays: coordinate transforms, a few 3x3
solves), so speed on big matrices does not matter, but every routine numpy's .pyd files import must be there:
numpy's core imports 22 CBLAS functions, numpy.linalg 38 LAPACK/BLAS routines (ILP64, names ending in 64_).

This builds a DLL of exactly those exports (same names, same 64-bit integers) from Debian bookworm's `lapack`
source package (reference LAPACK 3.11.0 with its BLAS and CBLAS, BSD-3-Clause), compiling only the routines the
exports need (the closure of their calls, found with nm), with mingw-w64 for plain x86-64 (runs on every 64-bit
PC), the GCC runtime linked in statically. It replaces the wheel's DLL under the same file name (numpy's .pyd
files import it by that name). OpenBLAS itself was tried first: its single-target build did not finish in an
hour on the shared build machine (thousands of kernels), while this takes a few minutes.

    python blas.py build --site-packages STAGE/runtime/Lib/site-packages --work packaging/build/windows/blas

Standard library only; needs apt (deb-src) for the source, x86_64-w64-mingw32-gcc/gfortran, objdump and nm.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

LAPACK_SOURCE = (
    "lapack=3.11.0-2"  # Debian bookworm's source package (apt-get source verifies it against Release)
)
LAPACK_DIR = "lapack-3.11.0"
DEB_SRC = Path("/etc/apt/sources.list.d/greendesk-deb-src.sources")
DEB_SRC_TEXT = (
    "Types: deb-src\nURIs: http://deb.debian.org/debian\nSuites: bookworm\nComponents: main\n"
    "Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg\n"
)
TOOL = "x86_64-w64-mingw32-"
# -fdefault-integer-8: numpy's wheel uses the ILP64 interface (64-bit INTEGERs); -frecursive: LAPACK must be
# reentrant (no static locals); -fno-optimize-sibling-calls: C callers (numpy) pass no hidden string lengths,
# which a tail call would read from their stack. mingw-w64's default target is plain x86-64 (SSE2), which every
# 64-bit CPU runs (`x86_64-w64-mingw32-gcc -Q --help=target`: -march=x86-64 -mtune=generic).
FFLAGS = ["-O2", "-frecursive", "-fdefault-integer-8", "-fno-optimize-sibling-calls"]
CFLAGS = ["-O2", "-DADD_", "-DWeirdNEC"]  # WeirdNEC: CBLAS with 64-bit integers
SOURCE_FOLDERS = ("BLAS/SRC", "CBLAS/src", "SRC", "INSTALL")
# Not routines: test programs, timers, the Fortran 77 variants of dlamch and the version program.
SKIP_STEMS = re.compile(r".*tst|dsecnd_.*|second_.*|[ds]lamchf77|lapack_version|xerbla_array", re.IGNORECASE)
MODULES = ("la_constants", "la_xisnan")  # Fortran modules other files USE: compiled first
ALWAYS = ("cblas_globals",)  # RowMajorStrg and CBLAS_CallFromC, read by cblas_xerbla
BLAS_DLL = re.compile(r"libopenblas.*\.dll", re.IGNORECASE)
# Static libraries linked in: the GCC runtime (libgfortran's string helpers reach its I/O, which needs libquadmath)
# and mingw-w64's CRT glue. THIRD-PARTY-NOTICES carries their licences.
RUNTIME_ARCHIVES = {
    "libgcc",
    "libgcc_eh",
    "libgfortran",
    "libquadmath",
    "libmingw32",
    "libmingwex",
    "libmsvcrt",
    "libkernel32",
}
SUFFIX = "64_"  # numpy's ILP64 symbol suffix: cblas_dgemm64_, dgesv_64_


def _run(command: list[str], **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(command, check=True, **kwargs)


def fetch_source(work: Path) -> Path:
    """Debian's lapack source under WORK (apt-get source; a deb-src entry is added if apt has none)."""
    tree = work / LAPACK_DIR
    if not (tree / "SRC" / "dgesv.f").is_file():
        _apt_source(work)
    include = tree / "CBLAS" / "include"
    if not (include / "cblas_mangling.h").is_file():  # as CBLAS/Makefile makes it
        shutil.copy2(include / "cblas_mangling_with_flags.h.in", include / "cblas_mangling.h")
    return tree


def _apt_source(work: Path) -> None:
    work.mkdir(parents=True, exist_ok=True)
    listed = subprocess.run(
        ["apt-get", "source", "--print-uris", LAPACK_SOURCE], capture_output=True, text=True
    )
    if listed.returncode != 0:
        DEB_SRC.write_text(DEB_SRC_TEXT, encoding="ascii")
        _run(["apt-get", "update", "-q"], stdout=subprocess.DEVNULL)
    _run(["apt-get", "source", "-q", LAPACK_SOURCE], cwd=work, stdout=subprocess.DEVNULL)


def source_files(tree: Path) -> dict[str, Path]:
    """Routine name (lower case, as in the file name) -> its source file; the first folder listed wins."""
    files: dict[str, Path] = {}
    for folder in SOURCE_FOLDERS:
        for path in sorted((tree / folder).iterdir()):
            if path.suffix.lower() in (".f", ".f90", ".c") and not SKIP_STEMS.fullmatch(path.stem):
                files.setdefault(path.stem.lower(), path)
    files["xerbla"] = Path(__file__).with_name("blas_xerbla.c")  # no Fortran I/O, so no libquadmath
    return files


def numpy_imports(site_packages: Path) -> tuple[str, list[str]]:
    """The BLAS DLL's file name and every name numpy's .pyd files import from it (objdump -p)."""
    (dll,) = [p for p in (site_packages / "numpy.libs").iterdir() if BLAS_DLL.fullmatch(p.name)]
    names: set[str] = set()
    for pyd in (site_packages / "numpy").rglob("*.pyd"):
        listing = _run([TOOL + "objdump", "-p", str(pyd)], capture_output=True, text=True).stdout
        for block in re.split(r"\n\s*DLL Name: ", listing)[1:]:
            if block.split()[0].lower() == dll.name.lower():
                table = block.partition("\n\n")[0]
                names |= set(re.findall(r"^\s*[0-9a-f]+\s+\d+\s+(\S+)$", table, re.MULTILINE))
    return dll.name, sorted(names)


def internal_name(exported: str) -> str:
    """cblas_dgemm64_ -> cblas_dgemm (C), dgesv_64_ -> dgesv_ (Fortran)."""
    if not exported.endswith(SUFFIX):
        raise SystemExit(f"unexpected BLAS import without the {SUFFIX} suffix: {exported}")
    return exported[: -len(SUFFIX)]


def _routine(symbol: str) -> str:
    return symbol[:-1] if symbol.endswith("_") else symbol


def compile_closure(files: dict[str, Path], roots: list[str], objects: Path) -> list[Path]:
    """Compile ROOTS and, transitively, every routine their objects call that the source defines."""
    objects.mkdir(parents=True, exist_ok=True)

    def compiled(name: str) -> Path:
        source, target = files[name], objects / f"{name}.o"
        if not target.is_file():
            if source.suffix == ".c":
                command = [TOOL + "gcc", *CFLAGS, "-I", str(files["cblas_globals"].parent.parent / "include")]
            else:
                command = [TOOL + "gfortran", *FFLAGS, "-J", str(objects)]
            _run([*command, "-c", str(source), "-o", str(target)])
        return target

    done: list[Path] = [compiled(name) for name in MODULES]
    seen = set(MODULES)
    pending = sorted({_routine(r).lower() for r in roots} | set(ALWAYS))
    while pending:
        name = pending.pop()
        if name in seen:
            continue
        seen.add(name)
        if name not in files:
            raise SystemExit(f"no source for {name}")
        target = compiled(name)
        done.append(target)
        undefined = _run([TOOL + "nm", "-u", str(target)], capture_output=True, text=True).stdout.split()
        for symbol in undefined:
            callee = _routine(symbol).lower()
            if callee in files and callee not in seen:
                pending.append(callee)
    return done


def link(objects: list[Path], exports: list[str], out: Path) -> None:
    """One DLL exporting EXPORTS (aliases of the reference names); the GCC runtime linked in statically."""
    definition = out.with_suffix(".def")
    lines = [f'LIBRARY "{out.name}"', "EXPORTS"] + [f"    {name}={internal_name(name)}" for name in exports]
    definition.write_text("\n".join(lines) + "\n", encoding="ascii")
    _run(
        [
            TOOL + "gfortran",
            "-shared",
            "-s",
            "-static",
            "-o",
            str(out),
            str(definition),
            *map(str, objects),
            "-Wl,--no-insert-timestamp",
            f"-Wl,-Map={out.with_suffix('.map')}",
        ]
    )


def check(dll: Path, exports: list[str]) -> None:
    """Every name numpy imports is exported, and the DLL needs only Windows' own DLLs."""
    listing = _run([TOOL + "objdump", "-p", str(dll)], capture_output=True, text=True).stdout
    table = listing.partition("[Ordinal/Name Pointer] Table")[2].partition("\n\n")[0]
    exported = set(re.findall(r"\]\s+(\S+)$", table, re.MULTILINE))
    missing = sorted(set(exports) - exported)
    if missing:
        raise SystemExit(f"{dll.name} lacks {', '.join(missing)}")
    imported = {name.lower() for name in re.findall(r"DLL Name: (\S+)", listing)}
    foreign = sorted(imported - {"kernel32.dll", "msvcrt.dll", "user32.dll"})
    if foreign:
        raise SystemExit(f"{dll.name} imports {', '.join(foreign)} (not part of Windows)")
    linked = set(
        re.findall(r"/(lib\w+)\.a\(", dll.with_suffix(".map").read_text(encoding="utf-8", errors="replace"))
    )
    if not linked <= RUNTIME_ARCHIVES:  # notices.py names these (reference_blas_components)
        raise SystemExit(f"{dll.name} links {', '.join(sorted(linked - RUNTIME_ARCHIVES))}: add its notice")


def build(site_packages: Path, work: Path) -> Path:
    """Replace numpy.libs' OpenBLAS with the reference build; returns the new DLL."""
    tree = fetch_source(work)
    name, exports = numpy_imports(site_packages)
    objects = compile_closure(source_files(tree), [internal_name(e) for e in exports], work / "obj")
    built = work / "out" / name
    built.parent.mkdir(parents=True, exist_ok=True)
    link(objects, exports, built)
    check(built, exports)
    target = site_packages / "numpy.libs" / name
    before = target.stat().st_size
    shutil.copy2(built, target)
    print(
        f"numpy.libs\\{name}: reference BLAS/CBLAS/LAPACK 3.11.0 ({len(objects)} routines, {len(exports)} exports), "
        f"{before / 2**20:.1f} MiB -> {target.stat().st_size / 2**20:.1f} MiB"
    )
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    commands = parser.add_subparsers(dest="command", required=True)
    make = commands.add_parser("build")
    make.add_argument("--site-packages", type=Path, required=True)
    make.add_argument("--work", type=Path, required=True)
    args = parser.parse_args(argv)
    os.environ.setdefault("DEBIAN_FRONTEND", "noninteractive")
    if args.command == "build":
        build(args.site_packages, args.work)
    return 0


if __name__ == "__main__":
    sys.exit(main())

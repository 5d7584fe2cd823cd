"""THIRD-PARTY-NOTICES.txt for the Windows bundle, written from the bundled distributions' own metadata.

Runs on the build host with any Python 3.11+ (standard library only) over the *staged* site-packages, so the
notices name exactly the versions that ship:

    python notices.py --site-packages STAGE/runtime/Lib/site-packages --python-licence STAGE/runtime/LICENSE.txt
                      --out STAGE/THIRD-PARTY-NOTICES.txt

For each distribution: name, version, licence (License-Expression, License or the classifiers) and the full text
of every licence file the distribution carries. Some wheels carry no usable text (PySide6 and shiboken6 ship only
a "LicenseRef-Qt-Commercial" file, and GreenDesk uses Qt under the LGPL): for those the text of the licence chosen
(the first alternative of an "A OR B" expression) comes from packaging/windows/licenses/<SPDX id>.txt.
"""

from __future__ import annotations

import argparse
import importlib.metadata as metadata
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

LICENCE_TEXTS = Path(__file__).resolve().with_name("licenses")
# Licences whose terms refer to another licence's text: the LGPL-3.0 is a set of additions to the GPL-3.0.
REQUIRES_ALSO = {"LGPL-3.0-only": ["GPL-3.0-only"], "LGPL-3.0-or-later": ["GPL-3.0-only"]}
# Free-form License fields that name an SPDX licence with a text in licenses/.
SPDX_ALIASES = {"LGPL-3.0-or-later": "LGPL-3.0-only", "GPL-3.0-or-later": "GPL-3.0-only"}
LICENCE_FILE_NAME = re.compile(r"^(licen[cs]e|copying|notice|authors|copyright)", re.IGNORECASE)
# Where the Qt and PySide6 sources are offered (LGPL-3.0 section 4: the user may rebuild and replace the
# Qt DLLs in runtime\Lib\site-packages\PySide6, which the bundle keeps as separate, replaceable files).
QT_SOURCE_NOTE = (
    "PySide6 carries the Qt 6 libraries (Qt6*.dll, plugins), (c) The Qt Company Ltd and other contributors,\n"
    "used under the GNU Lesser General Public License version 3. They are separate DLLs in\n"
    "runtime\\Lib\\site-packages\\PySide6 and may be replaced by compatible builds. Source code:\n"
    "https://download.qt.io/official_releases/qt/ and https://download.qt.io/official_releases/QtForPython/"
)
RULE = "=" * 100


@dataclass
class Component:
    """One bundled piece of third-party software and the texts of its licence."""

    name: str
    version: str
    licence: str
    texts: list[tuple[str, str]] = field(default_factory=list)
    note: str = ""


def _licence_expression(meta: metadata.PackageMetadata) -> str:
    expression = meta.get("License-Expression") or ""
    if expression:
        return expression.strip()
    declared = (meta.get("License") or "").strip()
    if declared and "\n" not in declared and len(declared) <= 200:
        return declared
    classifiers = [
        c.split("::")[-1].strip() for c in meta.get_all("Classifier") or [] if c.startswith("License ::")
    ]
    return "; ".join(classifiers) or "see the licence text below"


def _chosen_spdx(expression: str) -> str:
    """The alternative GreenDesk uses: the first of an "A OR B" expression, without brackets."""
    first = re.split(r"\s+OR\s+", expression.strip("() "))[0].strip("() ")
    return SPDX_ALIASES.get(first, first)


def _files_of(dist: metadata.Distribution) -> list[tuple[str, str]]:
    """The licence files the distribution declares (License-File) or keeps in its .dist-info folder."""
    base = Path(str(dist.locate_file(""))).resolve()
    info = _info_folder(dist)
    found: dict[str, Path] = {}
    for declared in dist.metadata.get_all("License-File") or []:
        for candidate in (info / "licenses" / declared, info / declared, base / declared):
            if candidate.is_file():
                found[declared] = candidate
                break
    if info.is_dir():
        for path in sorted(info.rglob("*")):
            relative = path.relative_to(info).as_posix()
            if path.is_file() and LICENCE_FILE_NAME.match(path.name) and relative not in found:
                found.setdefault(relative.removeprefix("licenses/"), path)
    texts = []
    for name, path in sorted(found.items()):
        if Path(name).name.startswith("LicenseRef-"):
            continue  # a licence offered by the vendor that GreenDesk does not hold (Qt-Commercial)
        texts.append((name, path.read_text(encoding="utf-8", errors="replace").strip()))
    return texts


def _info_folder(dist: metadata.Distribution) -> Path:
    path = getattr(dist, "_path", None)
    return Path(str(path)) if path is not None else Path()


def _spdx_texts(spdx: str) -> list[tuple[str, str]]:
    texts = []
    for name in [spdx, *REQUIRES_ALSO.get(spdx, [])]:
        path = LICENCE_TEXTS / f"{name}.txt"
        if path.is_file():
            texts.append((f"{name} (the licence text)", path.read_text(encoding="utf-8").strip()))
    return texts


def component_of(dist: metadata.Distribution) -> Component:
    meta = dist.metadata
    name = meta["Name"]
    expression = _licence_expression(meta)
    texts = _files_of(dist)
    declared = (meta.get("License") or "").strip()
    if not texts and len(declared) > 200:
        texts = [("License (from the package metadata)", declared)]
    spdx = _chosen_spdx(expression)
    if spdx in REQUIRES_ALSO or not texts:
        texts = texts + _spdx_texts(spdx)
    note = ""
    if name.lower().replace("_", "-") in {"pyside6-essentials", "pyside6", "shiboken6"}:
        licence = f"{expression} (used under {spdx})"
        note = QT_SOURCE_NOTE if name.lower().startswith("pyside6") else ""
    else:
        licence = expression
    return Component(name, meta["Version"], licence, texts, note)


def collect(site_packages: list[Path]) -> list[Component]:
    """Every distribution installed in SITE_PACKAGES, once each, sorted by name."""
    seen: dict[str, Component] = {}
    for dist in metadata.distributions(path=[str(p) for p in site_packages]):
        name = dist.metadata["Name"]
        if name and name.lower() not in seen:
            seen[name.lower()] = component_of(dist)
    return sorted(seen.values(), key=lambda c: c.name.lower())


def python_component(licence_file: Path, version: str) -> Component:
    text = licence_file.read_text(encoding="utf-8", errors="replace").strip()
    return Component("Python (embeddable runtime)", version, "PSF-2.0", [(licence_file.name, text)])


def font_component() -> Component:
    return Component(
        "WenQuanYi Micro Hei 文泉驿微米黑 (resources\\fonts\\wqy-microhei.ttc)",
        "0.2.0-beta",
        "Apache-2.0 OR GPL-3.0-or-later WITH Font-exception-2.0 (used under Apache-2.0)",
        _spdx_texts("Apache-2.0"),
    )


REFERENCE_BLAS_NOTE = (
    "numpy.libs\\libopenblas64_*.dll in this bundle is not the wheel's OpenBLAS: packaging/windows/blas.py\n"
    "rebuilds it from Debian's source package lapack 3.11.0-2 (netlib's reference BLAS, CBLAS and LAPACK),\n"
    "keeping the file name and the exported names numpy imports. The GCC runtime (libgfortran, libgcc) is\n"
    "linked into it under the GCC Runtime Library Exception, and libquadmath under the LGPL-2.1.\n"
    "Source: https://www.netlib.org/lapack/ and\n"
    "https://sources.debian.org/src/lapack/3.11.0-2/"
)


def reference_blas_components() -> list[Component]:
    """The self-built numpy BLAS/LAPACK DLL (blas.py) and the GCC runtime linked into it."""
    lapack = Component(
        "Reference LAPACK, BLAS and CBLAS (numpy.libs\\libopenblas64_*.dll, built by GreenDesk)",
        "3.11.0",
        "BSD-3-Clause",
        [("LICENSE", (LICENCE_TEXTS / "LAPACK-BSD-3-Clause.txt").read_text(encoding="utf-8").strip())],
        REFERENCE_BLAS_NOTE,
    )
    runtime_texts = [
        (
            "GCC Runtime Library Exception 3.1",
            (LICENCE_TEXTS / "GCC-exception-3.1.txt").read_text(encoding="utf-8").strip(),
        ),
        *_spdx_texts("GPL-3.0-only"),
    ]
    runtime = Component(
        "GCC runtime libraries libgfortran and libgcc (linked into the DLL above)",
        "12 (Debian gcc-mingw-w64)",
        "GPL-3.0-or-later WITH GCC-exception-3.1",
        runtime_texts,
    )
    quadmath = Component(
        "libquadmath (GCC, linked into the DLL above for libgfortran's number formatting)",
        "12 (Debian gcc-mingw-w64)",
        "LGPL-2.1-or-later",
        [
            (
                "LGPL-2.1 (the licence text)",
                (LICENCE_TEXTS / "LGPL-2.1-only.txt").read_text(encoding="utf-8").strip(),
            )
        ],
        "The DLL is a separate, replaceable file; packaging/windows/blas.py rebuilds it from the sources named above\n"
        "(libquadmath's source: https://gcc.gnu.org/ and Debian's gcc-mingw-w64 source package).",
    )
    return [lapack, runtime, quadmath]


def render(components: list[Component]) -> str:
    lines = [
        "GreenDesk 绿色社区审核台: third-party software notices / 第三方软件声明",
        "",
        "GreenDesk bundles the following software. Each is distributed under its own licence, whose full text",
        "follows. 本软件包含以下第三方软件，各自依其许可证分发，许可证全文如下。",
        "",
    ]
    lines += [f"  {c.name} {c.version}: {c.licence}" for c in components]
    for component in components:
        lines += ["", RULE, f"{component.name} {component.version}", f"Licence: {component.licence}", RULE]
        if component.note:
            lines += ["", component.note]
        if not component.texts:
            lines += ["", "(the distribution carries no licence text)"]
        for title, text in component.texts:
            lines += ["", f"--- {title} ---", "", text]
    return "\n".join(lines) + "\n"


def write_windows_text(text: str, out: Path) -> None:
    """UTF-8 with a BOM and CRLF line ends (Notepad and the installer's licence page read it as Chinese)."""
    text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    partial = out.with_name(out.name + ".partial")
    partial.write_bytes(text.encode("utf-8-sig"))
    partial.replace(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--site-packages", type=Path, action="append", default=[])
    parser.add_argument("--python-licence", type=Path, help="the runtime's LICENSE.txt")
    parser.add_argument("--python-version", default="3.12")
    parser.add_argument("--font", action="store_true", help="include the bundled WenQuanYi font")
    parser.add_argument(
        "--reference-blas", action="store_true", help="numpy's BLAS DLL is blas.py's reference build"
    )
    parser.add_argument("--windows-text", type=Path, help="only convert this UTF-8 text file for Windows")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    if args.windows_text is not None:
        write_windows_text(args.windows_text.read_text(encoding="utf-8"), args.out)
        return 0
    if not args.site_packages:
        parser.error("--site-packages is required")
    components = collect(args.site_packages)
    if args.python_licence is not None:
        components.insert(0, python_component(args.python_licence, args.python_version))
    if args.reference_blas:
        for component in components:
            if component.name.lower() == "numpy":
                component.note = (
                    "The OpenBLAS, LAPACK and GCC runtime sections of numpy's licence file below describe the\n"
                    "wheel's own libopenblas DLL, which this bundle replaces (see Reference LAPACK below)."
                )
        components += reference_blas_components()
    if args.font:
        components.append(font_component())
    text = render(components)
    write_windows_text(text, args.out)
    print(f"{args.out.name}: {len(components)} components, {len(text.encode()) // 1024} KiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""THIRD-PARTY-NOTICES.txt (packaging/windows/notices.py): names, versions and full licence texts."""

from __future__ import annotations

import importlib.metadata
import subprocess
import sys
import sysconfig
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NOTICES = ROOT / "packaging" / "windows" / "notices.py"


def _generate(tmp_path: Path, *extra: str) -> str:
    out = tmp_path / "THIRD-PARTY-NOTICES.txt"
    site_packages = sysconfig.get_paths()["purelib"]
    subprocess.run(
        [sys.executable, str(NOTICES), "--site-packages", site_packages, "--out", str(out), *extra],
        check=True,
        capture_output=True,
    )
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with a BOM, for Notepad
    return raw.decode("utf-8-sig").replace("\r\n", "\n")


def _section(text: str, name: str) -> str:
    """The part of the notices for one distribution (up to the next section's rule)."""
    start = text.index(f"\n{name} ")
    end = text.find("\n" + "=" * 100 + "\n", text.index("=" * 100 + "\n", start + 1) + 101)
    return text[start : end if end > 0 else None]


def test_pyside6_is_listed_with_the_full_lgpl_text(tmp_path: Path):
    text = _generate(tmp_path)
    version = importlib.metadata.version("PySide6_Essentials")
    assert f"  PySide6_Essentials {version}: LGPL-3.0-only OR" in text
    section = _section(text, "PySide6_Essentials")
    assert "(used under LGPL-3.0-only)" in section
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in section and "Version 3, 29 June 2007" in section
    # LGPL-3.0 is a set of additions to the GPL-3.0: both texts are needed.
    assert "GNU GENERAL PUBLIC LICENSE" in section and "TERMS AND CONDITIONS" in section
    assert "download.qt.io" in section  # where the Qt source is offered
    assert "Qt-Commercial" not in section  # the vendor's commercial terms, which GreenDesk does not hold


def test_each_distribution_carries_its_own_licence_files(tmp_path: Path):
    text = _generate(tmp_path)
    version = importlib.metadata.version("SQLAlchemy")
    section = _section(text, "SQLAlchemy")
    assert f"SQLAlchemy {version}" in section and "Licence: MIT" in section
    assert "Permission is hereby granted, free of charge" in section


def test_python_runtime_and_font_are_included(tmp_path: Path):
    licence = tmp_path / "LICENSE.txt"
    licence.write_text("PYTHON SOFTWARE FOUNDATION LICENSE VERSION 2\n", encoding="utf-8")
    text = _generate(tmp_path, "--python-licence", str(licence), "--python-version", "3.12.9", "--font")
    assert "  Python (embeddable runtime) 3.12.9: PSF-2.0" in text
    assert "PYTHON SOFTWARE FOUNDATION LICENSE VERSION 2" in text
    font = _section(text, "WenQuanYi")
    assert "Apache License" in font and "Version 2.0, January 2004" in font


def test_reference_blas_build_carries_lapack_gcc_runtime_and_quadmath_texts(tmp_path: Path):
    """blas.py's DLL replaces numpy's OpenBLAS: its LAPACK licence and the linked GCC runtime's terms are listed."""
    text = _generate(tmp_path, "--reference-blas")
    lapack = _section(text, "Reference LAPACK, BLAS and CBLAS")
    assert (
        "3.11.0" in lapack and "The University of Tennessee" in lapack and "Redistribution and use" in lapack
    )
    assert "GCC RUNTIME LIBRARY EXCEPTION" in _section(text, "GCC runtime libraries")
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in _section(text, "libquadmath")
    assert "Reference LAPACK" not in _generate(tmp_path)  # the wheel's OpenBLAS: numpy's own notice only

"""packaging/windows/blas.py: the names numpy imports map onto the reference routines, whose sources are found."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("greendesk_blas", ROOT / "packaging" / "windows" / "blas.py")
blas = importlib.util.module_from_spec(_spec)
sys.modules["greendesk_blas"] = blas
_spec.loader.exec_module(blas)


def test_ilp64_names_map_to_the_reference_symbols():
    assert blas.internal_name("cblas_dgemm64_") == "cblas_dgemm"
    assert blas.internal_name("dgesv_64_") == "dgesv_"
    with pytest.raises(SystemExit, match="suffix"):
        blas.internal_name("dgesv_")


def test_sources_are_found_per_routine_and_xerbla_returns(tmp_path: Path):
    for folder, name in (("BLAS/SRC", "dgemm.f"), ("CBLAS/src", "cblas_dgemm.c"), ("SRC", "dgesv.f")):
        (tmp_path / folder).mkdir(parents=True, exist_ok=True)
        (tmp_path / folder / name).write_text("")
    for folder, name in (("SRC", "xerbla.f"), ("INSTALL", "dlamch.f"), ("INSTALL", "dsecndtst.f")):
        (tmp_path / folder).mkdir(parents=True, exist_ok=True)
        (tmp_path / folder / name).write_text("")
    files = blas.source_files(tmp_path)
    assert files["dgemm"].parent.name == "SRC" and files["cblas_dgemm"].suffix == ".c"
    assert files["dlamch"].parent.name == "INSTALL" and "dsecndtst" not in files
    assert files["xerbla"].name == "blas_xerbla.c"  # reports and returns instead of STOP
    code = files["xerbla"].read_text()
    assert "fprintf(stderr" in code and "exit(" not in code and "abort(" not in code

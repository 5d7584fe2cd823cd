"""A returned kit whose MAC is right can still carry what no office document may hold.

The kit key travels with the kit (sealed by the 评分码), so whoever opened the kit can write any
return.json and compute its MAC. The import must then refuse, naming the file and the field, what
SQLite cannot store (a lone surrogate), what no document can print (control characters), what would
make time or memory unbounded (nesting, size) — never crash, and store nothing.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from greendesk.core.base.errors import ValidationError
from greendesk.core.panel import kits_format as fmt
from greendesk.core.panel.kits import export_kit
from greendesk.core.panel.kits_import import import_return
from greendesk.core.panel.kits_open import open_kit, return_body
from greendesk.core.storage.models import ExpertScore
from greendesk.core.workspace import Workspace
from tests.panel_kit_support import make_panel
from tests.test_panel_kits import _codes, _scores


@pytest.fixture(autouse=True)
def _expert_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "expert-pc"
    monkeypatch.setenv("GREENDESK_EXPERT_DIR", str(folder))
    return folder


def _forged(opened, raw: bytes, target: Path) -> Path:
    """A return holding ``raw`` as its return.json, with the MAC the kit's own key gives it."""
    with zipfile.ZipFile(target, "w") as archive:
        archive.writestr(fmt.RETURN_JSON, raw)
        archive.writestr(fmt.RETURN_HMAC, fmt.return_mac(opened.kit_key, raw))
    return target


def _comment(text: str):
    def change(body: dict[str, Any]) -> None:
        body["communities"][0]["items"][0]["comment"] = text

    return change


def _created_at(body: dict[str, Any]) -> None:
    body["created_at"] = "2022-10-01\ud800"


def _comment_number(body: dict[str, Any]) -> None:
    body["communities"][0]["items"][0]["comment"] = 12


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (_comment("档案\ud800不全"), "comment"),  # SQLite cannot store a lone surrogate
        (_comment("档案\x0b不全"), "comment"),  # openpyxl and the opinion PDF cannot hold it
        (_comment("档" * 20_000), "comment"),  # a comment, not a book
        (_comment_number, "comment"),
        (_created_at, "created_at"),  # even what only the audit entry keeps
    ],
)
def test_a_return_with_a_valid_mac_and_unstorable_text_is_refused(
    reviewed: Workspace, tmp_path: Path, change, field: str
) -> None:
    panel = make_panel(reviewed, items={"E01": [1, 2]})
    kit = export_kit(reviewed, panel, "E01", tmp_path / "usb")
    opened = open_kit(kit.path, kit.code)
    code = _codes(reviewed)[0]
    body = json.loads(return_body(opened, {(code, 1): _scores(reviewed, 2.0)[code]["1"]}))
    change(body)
    raw = json.dumps(body).encode("ascii")  # a lone surrogate travels as its JSON escape
    with pytest.raises(ValidationError, match=field) as error:
        import_return(reviewed, _forged(opened, raw, tmp_path / "forged.gdret"))
    assert "forged.gdret" in str(error.value)
    with reviewed.snapshot() as session:
        assert session.scalar(select(func.count()).select_from(ExpertScore)) == 0


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"[" * 200_000 + b"]" * 200_000, "levels deep"),
        (b'{"format": "x", "n": 1' + b"0" * 5000 + b"}", "digits"),
        (b'{"format": NaN}', "finite"),
    ],
    ids=["deep", "long-number", "nan"],
)
def test_a_return_that_is_not_bounded_json_is_refused(
    reviewed: Workspace, tmp_path: Path, raw: bytes, reason: str
) -> None:
    panel = make_panel(reviewed, items={"E01": [1]})
    kit = export_kit(reviewed, panel, "E01", tmp_path / "usb")
    opened = open_kit(kit.path, kit.code)
    with pytest.raises(ValidationError, match=reason):
        import_return(reviewed, _forged(opened, raw, tmp_path / "bad.gdret"))

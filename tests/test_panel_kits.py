"""Scoring kits: export -> open with the 评分码 -> fill -> return -> import, and every refusal."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import select

from greendesk.core.base import clock
from greendesk.core.panel import kits_format as fmt
from greendesk.core.panel.findings import neutral_findings, to_json
from greendesk.core.panel.kits import export_kit
from greendesk.core.panel.kits_import import import_return
from greendesk.core.panel.kits_open import fill_kit, open_kit, write_return
from greendesk.core.panel.scores import KIT, latest_scores
from greendesk.core.standards.scoring_engine import ItemFindings
from greendesk.core.storage import photos
from greendesk.core.storage.models import (
    AuditEntry,
    Evidence,
    ExpertScore,
    PanelExpert,
    Photo,
    Recommendation,
)
from greendesk.core.workspace import Workspace
from tests.panel_kit_support import make_panel, scored_standard


@pytest.fixture(autouse=True)
def _expert_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "expert-pc"
    monkeypatch.setenv("GREENDESK_EXPERT_DIR", str(folder))
    return folder


def _codes(workspace: Workspace) -> list[str]:
    with workspace.snapshot() as session:
        rows = session.scalars(select(Recommendation).order_by(Recommendation.id)).all()[:2]
        return sorted(r.community.code for r in rows)


def _scores(workspace: Workspace, deduct: float) -> dict:
    """Item 1 with the records range deduction ``deduct``, item 2 with no plan (minus its points)."""
    standard = scored_standard()
    item1 = neutral_findings(standard.item(1))
    item1 = ItemFindings(rules={**item1.rules, "records": deduct})
    item2 = neutral_findings(standard.item(2))
    item2 = ItemFindings(rules={**item2.rules, "plan": False})
    return {
        code: {
            "1": {"findings": to_json(item1), "comment": "档案不全"},
            "2": {"findings": to_json(item2), "comment": ""},
        }
        for code in _codes(workspace)
    }


def _export_and_fill(workspace: Workspace, tmp_path: Path, panel: int, key: str, deduct: float) -> Path:
    kit = export_kit(workspace, panel, key, tmp_path / "usb")
    return fill_kit(kit.path, kit.code, _scores(workspace, deduct), tmp_path / f"{key}.gdret")


def test_round_trip_two_experts_idempotent_and_attributed(reviewed: Workspace, tmp_path: Path) -> None:
    panel = make_panel(reviewed)
    first = _export_and_fill(reviewed, tmp_path, panel, "E01", 2.0)
    second = _export_and_fill(reviewed, tmp_path, panel, "E02", 1.0)
    result = import_return(reviewed, first)
    assert (result.added, result.items, result.already_imported) == (4, 4, False)
    other = import_return(reviewed, second)
    assert other.added == 4
    again = import_return(reviewed, first)
    assert again.already_imported and again.added == 0
    with reviewed.snapshot() as session:
        experts = session.scalars(select(PanelExpert).order_by(PanelExpert.key)).all()
        latest = latest_scores(session, experts)
        by_expert = {e.key: sorted(row.score for k, row in latest.items() if k[0] == e.id) for e in experts}
        assert by_expert["E01"] == [4.0, 4.0, 4.0, 4.0]  # 6 - 2 (records); 6 - 2 (no plan)
        assert by_expert["E02"] == [4.0, 4.0, 5.0, 5.0]
        rows = session.scalars(select(ExpertScore)).all()
        assert len(rows) == 8 and {row.source for row in rows} == {KIT}
        assert {row.recorded_by for row in rows} == {reviewed.user}
        assert {row.source_sha256 for row in rows} == {result.sha256, other.sha256}
        imports = session.scalars(select(AuditEntry).where(AuditEntry.action == "panel.kit_import")).all()
        assert len(imports) == 2 and "王专家" in imports[0].new_json


def test_later_return_supersedes(reviewed: Workspace, tmp_path: Path) -> None:
    panel = make_panel(reviewed)
    kit = export_kit(reviewed, panel, "E01", tmp_path / "usb")
    import_return(reviewed, fill_kit(kit.path, kit.code, _scores(reviewed, 2.0), tmp_path / "a.gdret"))
    later = import_return(
        reviewed, fill_kit(kit.path, kit.code, _scores(reviewed, 1.0), tmp_path / "b.gdret")
    )
    assert later.added == 2  # only item 1 changed, in both communities
    with reviewed.snapshot() as session:
        expert = session.scalars(select(PanelExpert).where(PanelExpert.key == "E01")).one()
        scores = {k[2]: row.score for k, row in latest_scores(session, [expert]).items()}
        assert scores == {1: 5.0, 2: 4.0}


def test_kit_limited_to_assignment_and_without_executables(reviewed: Workspace, tmp_path: Path) -> None:
    with reviewed.transaction() as session:
        data = b"MZ\x90\x00 not really a program"
        import hashlib

        sha = hashlib.sha256(data).hexdigest()
        path = photos.original_path(reviewed.photos_dir, sha, "exe")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        session.add(
            Photo(
                sha256=sha,
                size=len(data),
                format="",
                extension="exe",
                width=0,
                height=0,
                added_at=clock.now(),
                kind="other",
            )
        )
        recommendation = session.scalars(select(Recommendation).order_by(Recommendation.id)).first()
        session.add(
            Evidence(
                recommendation_id=recommendation.id,
                item_number=3,
                photo_sha256=sha,
                original_name="setup.exe",
                added_at=clock.now(),
            )
        )
    panel = make_panel(reviewed, items={"E01": [3]})
    kit = export_kit(reviewed, panel, "E01", tmp_path / "usb")
    assert [entry.name for entry in kit.left_out] == ["setup.exe"]
    with zipfile.ZipFile(kit.path) as archive:
        names = archive.namelist()
        manifest = json.loads(archive.read(fmt.MANIFEST))
    assert not [n for n in names if n.rsplit(".", 1)[-1] in fmt.EXECUTABLE_EXTENSIONS]
    assert {c["code"]: c["items"] for c in manifest["communities"]} == {
        code: [3] for code in _codes(reviewed)
    }
    assert {e["item"] for c in manifest["communities"] for e in c["evidence"]} == {3}
    assert len([n for n in names if n.startswith("evidence/")]) == 2  # two photos of item 3 (shared store)
    opened = open_kit(kit.path, kit.code)
    assert [item.number for item in opened.items(_codes(reviewed)[0])] == [3]
    assert kit.path.name == "2022-第一组-E01-评分包.gdkit"


def test_wrong_code_is_refused(reviewed: Workspace, tmp_path: Path) -> None:
    kit = export_kit(reviewed, make_panel(reviewed), "E01", tmp_path / "usb")
    with pytest.raises(fmt.KitError, match="does not open the kit"):
        open_kit(kit.path, "2345-6789-ABCD")
    assert open_kit(kit.path, kit.code.lower().replace("-", " ")).manifest["expert"]["key"] == "E01"


def _rewrite(source: Path, target: Path, change) -> Path:
    with zipfile.ZipFile(source) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    change(members)
    with zipfile.ZipFile(target, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return target


def test_tampered_manifest_and_evidence_are_refused(reviewed: Workspace, tmp_path: Path) -> None:
    kit = export_kit(reviewed, make_panel(reviewed), "E01", tmp_path / "usb")
    open_kit(kit.path, kit.code)  # opened once: its evidence is in the expert's folder already

    def manifest(members: dict) -> None:
        members[fmt.MANIFEST] = members[fmt.MANIFEST].replace("王专家".encode(), "赵专家".encode())

    def evidence(members: dict) -> None:
        name = next(n for n in members if n.startswith("evidence/"))
        members[name] = members[name][:-10] + b"0123456789"

    def resigned(members: dict) -> None:  # altered, then signed with another key
        from greendesk.core.package import signing

        manifest(members)
        import hashlib

        lines = members[fmt.MEMBER_SUMS].decode().splitlines()
        digest = hashlib.sha256(members[fmt.MANIFEST]).hexdigest()
        lines = [f"{digest}  {fmt.MANIFEST}" if line.endswith(fmt.MANIFEST) else line for line in lines]
        key = signing.generate_key()
        members[fmt.MEMBER_SUMS] = ("\n".join(lines) + "\n").encode()
        members[fmt.PUBLIC_KEY] = signing.public_key_pem(key.public_key())
        members[fmt.SIGNATURE] = signing.sign(key, members[fmt.MEMBER_SUMS]).hex().encode()

    def listing(members: dict) -> None:
        members[fmt.MEMBER_SUMS] = members[fmt.MEMBER_SUMS].replace(b"0", b"1", 1)

    with pytest.raises(fmt.KitError, match=r"manifest\.json differs from its signed checksum"):
        open_kit(_rewrite(kit.path, tmp_path / "m.gdkit", manifest), kit.code)
    with pytest.raises(fmt.KitError, match="was altered: its signature does not match"):
        open_kit(_rewrite(kit.path, tmp_path / "s.gdkit", listing), kit.code)
    with pytest.raises(fmt.KitError, match="differs from its signed checksum"):
        open_kit(_rewrite(kit.path, tmp_path / "e.gdkit", evidence), kit.code)
    with pytest.raises(fmt.KitError, match="does not open the kit"):
        open_kit(_rewrite(kit.path, tmp_path / "r.gdkit", resigned), kit.code)


def test_split_kit_opens_from_part_one_and_names_a_missing_part(reviewed: Workspace, tmp_path: Path) -> None:
    from greendesk.core.panel import kits

    panel = make_panel(reviewed)
    kits.MEGABYTE = 4096  # parts of 4 KB: the test kit is small
    try:
        kit = export_kit(reviewed, panel, "E01", tmp_path / "usb", split_mb=1)
    finally:
        kits.MEGABYTE = 1024 * 1024
    assert len(kit.parts) > 2 and kit.path.name.endswith(".gdkit.001")
    assert kit.checksum_file is not None and kit.checksum_file.name == "2022-第一组-E01-评分包-校验.txt"
    assert not (tmp_path / "usb" / "2022-第一组-E01-评分包.gdkit").exists()
    assert open_kit(kit.path, kit.code).manifest["expert"]["key"] == "E01"
    damaged = kit.parts[1].read_bytes()
    kit.parts[1].write_bytes(damaged[:-1] + bytes([damaged[-1] ^ 1]))
    with pytest.raises(fmt.KitError, match=r"Part .*\.002 of the kit is damaged"):
        open_kit(kit.path, kit.code)
    kit.parts[2].unlink()
    kit.parts[1].write_bytes(damaged)
    with pytest.raises(fmt.KitError, match=r"Part .*\.003 of the kit is missing"):
        open_kit(kit.path, kit.code)


def _returned(reviewed: Workspace, tmp_path: Path, panel: int, key: str = "E01") -> Path:
    return _export_and_fill(reviewed, tmp_path, panel, key, 2.0)


def test_tampered_return_is_refused(reviewed: Workspace, tmp_path: Path) -> None:
    returned = _returned(reviewed, tmp_path, make_panel(reviewed))

    def flip(members: dict) -> None:
        members[fmt.RETURN_JSON] = members[fmt.RETURN_JSON].replace(b'"score": 4.0', b'"score": 6.0', 1)

    with pytest.raises(fmt.KitError, match="HMAC does not match"):
        import_return(reviewed, _rewrite(returned, tmp_path / "flip.gdret", flip))


def test_score_not_the_engines_and_unassigned_items_are_refused(reviewed: Workspace, tmp_path: Path) -> None:
    panel = make_panel(reviewed, items={"E01": [1, 2]})
    kit = export_kit(reviewed, panel, "E01", tmp_path / "usb")
    opened = open_kit(kit.path, kit.code)
    code = _codes(reviewed)[0]
    progress = {(code, 1): _scores(reviewed, 2.0)[code]["1"]}
    body = json.loads(
        __import__("greendesk.core.panel.kits_open", fromlist=["x"]).return_body(opened, progress)
    )
    body["communities"][0]["items"][0]["score"] = 6.0

    def forged_file(data: dict, name: str) -> Path:
        raw = json.dumps(data).encode()
        target = tmp_path / name
        with zipfile.ZipFile(target, "w") as archive:
            archive.writestr(fmt.RETURN_JSON, raw)
            archive.writestr(fmt.RETURN_HMAC, fmt.return_mac(opened.kit_key, raw))
        return target

    with pytest.raises(fmt.KitError, match="is not what the findings give"):
        import_return(reviewed, forged_file(body, "score.gdret"))
    body["communities"][0]["items"][0].update(number=5, score=0.0)
    with pytest.raises(fmt.KitError, match=r"item 5 .* not assigned"):
        import_return(reviewed, forged_file(body, "item.gdret"))
    body["communities"][0]["code"] = "999999999999"
    with pytest.raises(fmt.KitError, match="community 999999999999, which is not assigned"):
        import_return(reviewed, forged_file(body, "community.gdret"))
    body["communities"][0].update(
        code=code, items=[{"number": 1, "score": 6.0, "findings": {"rules": {"records": 9}}}]
    )
    with pytest.raises(fmt.KitError, match="rule"):
        import_return(reviewed, forged_file(body, "findings.gdret"))
    with pytest.raises(Exception, match="Item 7"):
        write_return(opened, {(code, 7): {"findings": {}}}, tmp_path / "x.gdret")


def test_foreign_unknown_and_superseded_returns_are_refused(reviewed: Workspace, tmp_path: Path) -> None:
    panel = make_panel(reviewed)
    other = make_panel(reviewed, name="第二组")
    returned = _returned(reviewed, tmp_path, panel)
    with pytest.raises(fmt.KitError, match="for another panel"):
        import_return(reviewed, returned, expected_panel=other)

    def retag(**changes):
        def change(members: dict) -> None:
            data = json.loads(members[fmt.RETURN_JSON])
            data.update(changes)
            members[fmt.RETURN_JSON] = json.dumps(data).encode()

        return change

    with pytest.raises(fmt.KitError, match="another workspace"):
        import_return(reviewed, _rewrite(returned, tmp_path / "ws.gdret", retag(workspace_id="f" * 32)))
    with pytest.raises(fmt.KitError, match="for another panel"):
        import_return(reviewed, _rewrite(returned, tmp_path / "p.gdret", retag(panel_id=999)))
    with pytest.raises(fmt.KitError, match="expert E09, who is not an active expert"):
        import_return(reviewed, _rewrite(returned, tmp_path / "x.gdret", retag(expert_key="E09")))
    export_kit(reviewed, panel, "E01", tmp_path / "usb2")  # a new kit for E01: the first is superseded
    with pytest.raises(fmt.KitError, match="superseded"):
        import_return(reviewed, returned)
    late = _returned(reviewed, tmp_path, other, "E02")
    with reviewed.transaction() as session:
        expert = session.scalars(
            select(PanelExpert).where(PanelExpert.panel_id == other, PanelExpert.key == "E02")
        ).one()
        expert.active = False
    with pytest.raises(fmt.KitError, match="not an active expert"):
        import_return(reviewed, late)
    with reviewed.snapshot() as session:
        assert session.scalars(select(ExpertScore)).all() == []

"""The standard editor's core: document operations, validation by the real reader, the diff against
the parent and versioned, audited saves into the workspace's standards folder."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from accounts_support import TEST_USER
from sqlalchemy import select

from greendesk.core import accounts
from greendesk.core.base.errors import NotFoundError, ValidationError
from greendesk.core.identity import PermissionDenied
from greendesk.core.standards import editing, library
from greendesk.core.standards.diff import ADDED, CHANGED, REMOVED
from greendesk.core.standards.format import parse_standard
from greendesk.core.standards.scoring_rules import KIND_FIELDS
from greendesk.core.storage.models import AuditEntry
from greendesk.core.workspace import Workspace


@pytest.fixture
def example_doc() -> dict:
    example = library.get_standard("example-national-100")
    return editing.new_edition(example, "qy-2026", None, [example.id])


def test_new_edition_starts_at_version_1_with_a_fresh_id(example_doc: dict) -> None:
    assert example_doc["version"] == 1 and example_doc["derives_from"] == "example-national-100"
    assert parse_standard(example_doc).version == 1
    assert editing.fresh_id("example-national-100", ["example-national-100-local"]) == (
        "example-national-100-local-2"
    )
    with pytest.raises(ValidationError, match="cannot name a local edition"):
        editing.new_edition(library.get_standard("example-national-100"), "../evil", None, [])
    assert editing.problems(example_doc) == ()


def test_categories_and_items_are_added_moved_and_removed(example_doc: dict) -> None:
    new_category = editing.add_category(example_doc, "新增类别")
    assert editing.categories(example_doc)[-1]["id"] == new_category
    assert editing.categories(example_doc)[-1]["number"] == 6
    number = editing.add_item(example_doc, new_category, "新增条目")
    assert number == 17 and editing.item_of(example_doc, 17)["points"] == 0  # scored: points start at 0
    assert editing.problems(example_doc) == ()  # 0 points keep the total at 100
    with pytest.raises(ValidationError, match="still holds 1 item"):
        editing.remove_category(example_doc, new_category)
    assert editing.move_category(example_doc, new_category, -1)
    assert [c["id"] for c in editing.categories(example_doc)][-2:] == [new_category, "culture"]
    assert not editing.move_category(example_doc, "governance", -1)  # already first
    # item 2 moves up within its category: it becomes item 1, and item 1 becomes 2
    old_two = editing.item_of(example_doc, 2)["text"]
    assert editing.move_item(example_doc, 2, -1) == 1
    assert editing.item_of(example_doc, 1)["text"] == old_two
    assert [i["number"] for i in example_doc["items"]] == sorted(i["number"] for i in example_doc["items"])
    editing.remove_item(example_doc, 17)
    editing.remove_category(example_doc, new_category)
    assert len(example_doc["categories"]) == 5 and len(example_doc["items"]) == 16
    with pytest.raises(NotFoundError):
        editing.item_of(example_doc, 17)


def test_every_kind_of_rule_is_added_with_its_own_fields(example_doc: dict) -> None:
    editing.set_item_field(example_doc, 16, "points", 5)
    before = len(editing.item_of(example_doc, 16)["scoring"])
    for kind, fields in KIND_FIELDS.items():
        rule_id = editing.add_rule(example_doc, 16, kind, f"规则 {kind}")
        rule = editing.rule_of(example_doc, 16, rule_id)
        assert set(rule) == {"id", "kind", "label", *fields}
    assert len(editing.item_of(example_doc, 16)["scoring"]) == before + len(KIND_FIELDS)
    rule_id = editing.item_of(example_doc, 16)["scoring"][-1]["id"]
    assert editing.set_rule_kind(example_doc, 16, rule_id, "deduct_range")
    assert set(editing.rule_of(example_doc, 16, rule_id)) == {"id", "kind", "label", "min", "max"}
    assert editing.set_rule_field(example_doc, 16, rule_id, "max", 3)
    assert not editing.set_rule_field(example_doc, 16, rule_id, "max", 3)  # unchanged
    with pytest.raises(ValueError):
        editing.set_rule_field(example_doc, 16, rule_id, "cap", 3)  # not a field of deduct_range
    # deduct_per_missing starts without sub-points: the reader names that field
    fields = {p.field for p in editing.problems(example_doc)}
    missing = before + list(KIND_FIELDS).index("deduct_per_missing")
    assert f"items[15].scoring[{missing}].sub_points" in fields
    for raw in list(editing.item_of(example_doc, 16)["scoring"]):
        editing.remove_rule(example_doc, 16, raw["id"])
    assert "scoring" not in editing.item_of(example_doc, 16)


def test_problems_list_each_item_with_its_field(example_doc: dict) -> None:
    editing.set_item_field(example_doc, 1, "text", "")
    editing.set_rule_field(example_doc, 4, "facilities", "points_each", 99)  # item 4 holds 7 points
    editing.set_item_field(example_doc, 9, "evidence_index", "x" * 30)
    found = editing.problems(example_doc)
    by_field = {p.field: p for p in found}
    assert set(by_field) == {"items[0].text", "items[3].scoring[0].points_each", "items[8].evidence_index"}
    assert by_field["items[3].scoring[0].points_each"].item == 4
    assert "between 0 and 7" in by_field["items[3].scoring[0].points_each"].text()
    assert by_field["items[0].text"].text() == "is empty"
    # the sum over the items is the standard's own problem, named by its field
    editing.set_item_field(example_doc, 1, "text", "恢复")
    editing.set_rule_field(example_doc, 4, "facilities", "points_each", 2)
    editing.set_item_field(example_doc, 9, "evidence_index", "3.3")
    editing.set_item_field(example_doc, 1, "points", 7)
    (problem,) = editing.problems(example_doc)
    assert problem.field == "max_points" and problem.item is None and "add up to 101" in problem.text()
    editing.set_standard_field(example_doc, "max_points", 101)
    assert editing.problems(example_doc) == ()


def test_diff_against_the_parent_lists_the_edits(workspace: Workspace, example_doc: dict) -> None:
    editing.set_item_field(example_doc, 1, "points", 5)
    editing.set_item_field(example_doc, 2, "points", 7)
    editing.remove_rule(example_doc, 3, "results")
    editing.add_rule(example_doc, 5, "deduct_if_absent", "新规则")
    changes = editing.diff_against_parent(example_doc, [workspace.standards_dir])
    lines = {(c.change, c.scope, c.key, c.field, c.old, c.new) for c in changes}
    assert (CHANGED, "item", "1", "points", 6, 5) in lines
    assert (REMOVED, "rule", "3/results", "label", "方案成果不完整", None) in lines
    assert (ADDED, "rule", "5/rule-4", "label", None, "新规则") in lines
    editing.set_item_field(example_doc, 1, "text", "")
    with pytest.raises(ValidationError, match=r"items\[0\]\.text"):
        editing.diff_against_parent(example_doc, [workspace.standards_dir])


def _audit(workspace: Workspace) -> list[AuditEntry]:
    with workspace.sessions() as session:
        return list(session.scalars(select(AuditEntry).where(AuditEntry.action == "standard.save")))


def test_saves_are_versioned_audited_and_never_overwrite(workspace: Workspace) -> None:
    example = library.get_standard("example-national-100")
    first = editing.create_edition(workspace, example, "qy-2026", "清远（本地版）")
    folder = workspace.standards_dir
    assert first.written and first.version == 1 and first.path == folder / "qy-2026.v1.json"
    v1_text = first.path.read_text(encoding="utf-8")
    doc = editing.document_of(first.standard)
    again = editing.save_version(workspace, doc)  # nothing changed: nothing written, nothing audited
    assert not again.written and again.path == first.path and len(_audit(workspace)) == 1
    editing.set_item_field(doc, 1, "points", 5)
    editing.set_item_field(doc, 2, "points", 7)
    second = editing.save_version(workspace, doc)
    assert second.written and second.version == 2 and doc["version"] == 2
    assert first.path.read_text(encoding="utf-8") == v1_text  # the earlier version stays as it was
    on_disk = json.loads(second.path.read_text(encoding="utf-8"))
    assert on_disk["version"] == 2 and on_disk["items"][0]["points"] == 5
    used = library.get_standard("qy-2026", [folder])
    assert used.version == 2 and used.item(1).points == 5  # the library uses the newest version
    entries = _audit(workspace)
    assert [e.user for e in entries] == [TEST_USER, TEST_USER]
    assert json.loads(entries[-1].new_json)["file"] == "qy-2026.v2.json"
    assert json.loads(entries[-1].old_json)["version"] == 1
    with pytest.raises(ValidationError, match="exists already"):
        editing.create_edition(workspace, example, "qy-2026", None)


def test_an_invalid_document_or_a_reviewer_cannot_save(workspace: Workspace) -> None:
    example = library.get_standard("example-national-100")
    saved = editing.create_edition(workspace, example, "qy-2026", None)
    doc = editing.document_of(saved.standard)
    editing.set_item_field(doc, 1, "points", 7)
    with pytest.raises(ValidationError, match="max_points"):
        editing.save_version(workspace, doc)
    accounts.create_user(workspace, "li", ["reviewer"], "reviewer-pass-1")
    accounts.sign_in(workspace, "li", "reviewer-pass-1")
    editing.set_standard_field(doc, "max_points", 101)
    with pytest.raises(PermissionDenied, match="administrator"):
        editing.save_version(workspace, doc)
    assert sorted(os.listdir(workspace.standards_dir)) == ["qy-2026.v1.json"]


def test_a_failed_audit_leaves_no_unrecorded_version(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    saved = editing.create_edition(workspace, library.get_standard("example-national-100"), "qy", None)
    doc = editing.document_of(saved.standard)
    editing.set_item_field(doc, 3, "evidence_hint", "新的提示")

    def broken(*_args, **_kwargs):
        raise ValidationError("broken audit")

    monkeypatch.setattr(editing.audit, "record", broken)
    with pytest.raises(ValidationError, match="broken audit"):
        editing.save_version(workspace, doc)
    assert sorted(p.name for p in Path(workspace.standards_dir).iterdir()) == ["qy.v1.json"]

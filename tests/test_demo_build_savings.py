"""The demo build's later savings (issue 18, perf) keep their guarantees: a kept standard and a standard
file are parsed once per content and anew when the content differs; closing a round reads the same
result as the screen; photos are stored without a flush per photo."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from review_support import recommend, small_workspace

from greendesk.core.base.errors import ValidationError
from greendesk.core.review import commands, guards, views
from greendesk.core.standards import format as standard_format
from greendesk.core.standards import frozen, library
from greendesk.core.storage.models import Recommendation, StandardSnapshot


def test_a_kept_standard_is_parsed_once_per_stored_text(data_dir: Path, monkeypatch) -> None:
    frozen._parsed.cache_clear()
    parses: list[str] = []
    real = standard_format.parse_standard
    monkeypatch.setattr(
        frozen, "parse_standard", lambda data, source: parses.append(source) or real(data, source)
    )
    workspace = small_workspace(data_dir)
    try:
        code = recommend(workspace)
        for _ in range(3):
            views.show(workspace, code, 2022)
        assert len(parses) == 1
        with workspace.transaction() as session:  # the kept text itself changes (a repaired row)
            rec = session.query(Recommendation).one()
            row = session.get(StandardSnapshot, rec.standard_sha256)
            content = json.loads(row.content_json)
            content["title"] = content["title"] + "（修订）"
            row.content_json = json.dumps(content, ensure_ascii=False)
        assert views.show(workspace, code, 2022).standard_title.endswith("（修订）")
        assert len(parses) == 2
    finally:
        workspace.close()


def test_closing_a_round_reads_the_same_result_as_the_screen(data_dir: Path) -> None:
    workspace = small_workspace(data_dir)
    try:
        code = recommend(workspace)
        steps = [
            [(1, "pass", "")],
            [(item, "pass", "") for item in range(2, 17)],
            [(5, "fail", "垃圾分类投放站未全覆盖"), (7, "more", "请补充照片")],
        ]
        for choices in steps:
            commands.decide_many(workspace, code, choices)
            with workspace.sessions() as session:
                recommendation = views.find_recommendation(session, code, 2022)
                view = views.build_view(workspace, session, recommendation)
                result, outcomes = views.current_result(workspace, session, recommendation)
            assert result == view.result
            assert outcomes == {item.number: item.outcome for item in view.items}
        assert commands.finish_round(workspace, code) == guards.finish_status(view.result)
    finally:
        workspace.close()


def test_a_standard_file_is_parsed_once_per_content_and_anew_when_edited(tmp_path: Path, monkeypatch) -> None:
    parses: list[str] = []
    real = standard_format.parse_standard
    monkeypatch.setattr(standard_format, "parse_standard", lambda d, s: parses.append(s) or real(d, s))
    source = library.shipped_standards_dir() / f"{library.DEFAULT_STANDARD_ID}.json"
    path = tmp_path / "local.json"
    data = json.loads(source.read_text(encoding="utf-8"))
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    first = [standard_format.load_standard_file(path) for _ in range(3)]
    assert len(parses) == 1 and first[0] is first[2]
    data["title"] = data["title"] + "（本地版）"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")  # same size class, new text
    assert standard_format.load_standard_file(path).title.endswith("（本地版）") and len(parses) == 2
    path.write_text("{ not json", encoding="utf-8")
    with pytest.raises(ValidationError):
        standard_format.load_standard_file(path)  # a broken file is refused, never served from before

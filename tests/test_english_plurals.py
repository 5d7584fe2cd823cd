"""English plural messages render as English: "1 photo", "2 photos", never "2 photo(s)"."""

from __future__ import annotations

from pathlib import Path

from defusedxml import ElementTree

ROOT = Path(__file__).resolve().parents[1]


def _plural_messages() -> list[tuple[str, list[str]]]:
    tree = ElementTree.parse(ROOT / "translations" / "greendesk_en.ts")
    found = []
    for message in tree.getroot().iter("message"):
        if message.get("numerus") == "yes":
            forms = [form.text or "" for form in message.iter("numerusform")]
            found.append((message.findtext("source") or "", forms))
    return found


def test_every_english_plural_has_a_singular_and_a_plural_without_brackets() -> None:
    messages = _plural_messages()
    assert len(messages) > 20
    for source, forms in messages:
        assert len(forms) == 2, source
        assert "(s)" not in forms[1] and "(es)" not in forms[1], source
        assert "(s)" not in forms[0], source


def test_the_photo_caption_reads_as_english_in_both_forms() -> None:
    forms = dict(_plural_messages())["%n photo(s) for item {number} — drop or paste photos here to attach"]
    assert forms[0].startswith("%n photo for item") and forms[1].startswith("%n photos for item")

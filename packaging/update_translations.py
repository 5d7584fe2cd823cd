"""Refresh translations/*.ts from the sources, fill translations handed in as TSV, build the .qm files.

Usage: python packaging/update_translations.py [--fill EXTRA.tsv ...]

zh_CN translations live in ``translations/zh_CN/<feature>.tsv`` (always read); lines are ``context<TAB>source<TAB>zh_CN translation`` (use \\n for newlines). English needs no
translation: its .ts marks every message finished with the source text, except plural messages
(``tr("%n photos", "", n)``): Chinese has one form, English two, so their English singular is
given in ``translations/en/plurals.tsv`` as ``context<TAB>source<TAB>singular`` (e.g. ``%n photo``).
"""

from __future__ import annotations

import argparse
import csv
import re
import shutil
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "translations"
LANGUAGES = ("zh_CN", "en")


def _tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}")
    if not found:
        sys.exit(f"pyside6-{name} not found: pip install PySide6-Essentials")
    return found


def sources() -> list[str]:
    files = sorted(
        str(p.relative_to(ROOT)) for p in (ROOT / "greendesk").rglob("*.py") if "migrations" not in p.parts
    )
    return files


def lupdate() -> None:
    for language in LANGUAGES:
        ts = TRANSLATIONS / f"greendesk_{language}.ts"
        subprocess.run(
            [
                _tool("lupdate"),
                "-no-obsolete",
                "-locations",
                "none",
                *sources(),
                "-ts",
                str(ts.relative_to(ROOT)),
            ],
            cwd=ROOT,
            check=True,
            stdout=subprocess.DEVNULL,
        )


def read_tsv(paths: list[Path]) -> dict[tuple[str, str], str]:
    table: dict[tuple[str, str], str] = {}
    for path in paths:
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
                if len(row) < 3 or row[0].startswith("#"):
                    continue
                context, source, translation = (cell.replace("\\n", "\n") for cell in row[:3])
                table[(context, source)] = translation
    return table


def english_plural(source: str) -> str:
    """The English plural form of a ``%n`` source written with "(s)": "%n file(s)" -> "%n files"."""
    return re.sub(r"(\w)\((e?s)\)", r"\1\2", source)


def _set_forms(translation: ElementTree.Element, forms: list[str]) -> None:
    """A plural message's translation: one <numerusform> per form of the language."""
    translation.text = None
    for child in list(translation):
        translation.remove(child)
    for form in forms:
        ElementTree.SubElement(translation, "numerusform").text = form


def fill(
    language: str, table: dict[tuple[str, str], str], singulars: dict[tuple[str, str], str]
) -> list[tuple[str, str]]:
    ts = TRANSLATIONS / f"greendesk_{language}.ts"
    tree = ElementTree.parse(ts)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None:
                translation = ElementTree.SubElement(message, "translation")
            plural = message.get("numerus") == "yes"
            if language == "en":
                translation.attrib.pop("type", None)
                if not plural:
                    translation.text = source
                    continue
                _set_forms(translation, [singulars.get((name, source), source), english_plural(source)])
                if (name, source) not in singulars:
                    missing.append((name, source))
                continue
            if (name, source) in table:
                translation.attrib.pop("type", None)
                if plural:
                    _set_forms(translation, [table[(name, source)]])
                else:
                    translation.text = table[(name, source)]
            done = translation.findtext("numerusform") if plural else translation.text
            if translation.get("type") == "unfinished" or not done:
                missing.append((name, source))
    ElementTree.indent(tree, space="    ")
    body = ElementTree.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return missing


def lrelease() -> None:
    for language in LANGUAGES:
        ts = TRANSLATIONS / f"greendesk_{language}.ts"
        subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--fill", nargs="*", type=Path, default=[], help="TSV files with zh_CN translations")
    args = parser.parse_args()
    lupdate()
    table = read_tsv(sorted((TRANSLATIONS / "zh_CN").glob("*.tsv")) + list(args.fill))
    singulars = read_tsv(sorted((TRANSLATIONS / "en").glob("*.tsv")))
    missing = []
    for language in LANGUAGES:
        missing += fill(language, table, singulars)
    lrelease()
    for context, source in missing:
        print(f"untranslated\t{context}\t{source}")
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())

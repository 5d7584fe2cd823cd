"""The one reader of item numbers in folder names, file names and workbook cells.

Streets number the standard's items every way a Chinese office writes a list, so every place
that reads an item number (photo folders and file names, the item column of a community sheet,
per-item header cells of a list sheet) asks this module, and all of them agree.

What counts as an item number (the text is first NFKC-normalised, which turns full-width
digits ``１２`` into ``12`` and circled ones ``⑫`` / ``⒓`` / ``⑿`` into ``12`` / ``12.`` / ``(12)``):

* a number from 1 to 99 written in Arabic digits (at most one leading zero: ``3``, ``03``,
  ``012``) or in Chinese numerals (``一`` … ``十`` … ``十六`` … ``九十九``);
* **at the start** of the text, decorated as lists are: ``第十五条``, ``第15项``, ``item 3``,
  ``（3）设计师进社区``, ``(3)``, ``【12】``, ``[12]``, ``十六、历史文化``, ``3.``, ``3、``, ``12-``,
  ``3_门禁``, ``3-1`` (item 3, photo 1), ``12.物业管理``, or an Arabic number directly followed by
  a word (``3门禁``). A Chinese numeral needs a decoration or a separator (``三里屯``, ``一期`` and
  ``十一五`` are words, not items);
* **anywhere** in the text when it is spelled out as an item: ``照片（第12条）``, ``物业_第十二项``,
  ``photo item 12``.

What never counts: numbers of three or more significant digits (years ``2022``, 12-digit community
codes, dates ``20220315`` / ``2022-03-15``, camera counters ``IMG_0012`` / ``DSC0012`` / ``0012``),
a leading number followed by ``.``, ``:`` or ``/`` and another digit (``3.15`` is a date or a
decimal, ``12:30`` a time) or by two more groups of digits (``22-03-15``), followed by a space and more digits (``138 1234 5678``), or by a unit or
counter word (``3月``, ``5号楼``, ``3#``, ``2期``, ``3栋``, ``40%``), and a bare number that is not
at the start (``门禁3``). When the caller passes the standard's ``items``, a number the standard
has no item for is not an item number either (the next candidate in the text is tried).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache

from greendesk.core.base.normalize import clean_text

_UNITS = "一二三四五六七八九"
_NUMERAL_CHARS = _UNITS + "十百千万零〇两"
_VALUES = {char: value for value, char in enumerate(_UNITS, start=1)}
# [0-9], not \d: other scripts' digits (e.g. Arabic-Indic) are not how streets number items.
_NUMBER = (
    r"(?:(?P<arabic>0?[0-9]{1,2})(?![0-9])"
    rf"|(?P<chinese>[{_UNITS}]?十[{_UNITS}]?|[{_UNITS}])(?![{_NUMERAL_CHARS}]))"
)
_OPENERS = {"(": ")", "[": "]", "【": "】", "〔": "〕", "〖": "〗", "<": ">", "《": "》"}
_LEADING = re.compile(
    r"(?P<open>第|item|no\.?|[" + re.escape("".join(_OPENERS)) + r"])?\s*" + _NUMBER + r"\s*"
)
_SPELLED = re.compile(r"(?P<word>第|item)\s*[._#\-]?\s*" + _NUMBER + r"\s*(?P<mark>[条项款])?")
_ITEM_WORDS = "条项款"
_SEPARATORS = frozenset(" 、.,;:)-—–_~·|/\\")
_BLOCKED_AFTER_DIGIT = frozenset(".:/")
_SHORT_DATE = re.compile(r"[-_][0-9]{1,2}[-_.][0-9]")
_QUANTITY_WORDS = frozenset("年月日号时点分秒%#栋楼层室期届次批户人个张家元米岁")


def _value(match: re.Match[str]) -> int:
    arabic = match.group("arabic")
    if arabic is not None:
        return int(arabic)
    chinese = match.group("chinese")
    if "十" not in chinese:
        return _VALUES[chinese]
    tens, _, units = chinese.partition("十")
    return _VALUES.get(tens, 1) * 10 + _VALUES.get(units, 0)


def _leading(text: str) -> tuple[int, str, bool] | None:
    """The number the text starts with, the text after its decoration, and whether a list mark
    decorates it (``第``, brackets, ``条``, ``、`` ...; not a bare space or a word right after it)."""
    match = _LEADING.match(text)
    if match is None:
        return None
    rest, opener = text[match.end() :], match.group("open")
    if opener in _OPENERS:
        return (_value(match), rest[1:], True) if rest.startswith(_OPENERS[opener]) else None
    following = rest[:1]
    if not following or following in _ITEM_WORDS:
        return _value(match), rest[1:], True
    if match.group(0)[-1:].isspace():  # '第3 门禁', '十六 历史文化'; but '138 1234' is a phone number
        return None if following.isdigit() else (_value(match), rest, opener is not None)
    if following in _SEPARATORS:
        if (following in _BLOCKED_AFTER_DIGIT and rest[1:2].isdigit()) or _SHORT_DATE.match(rest):
            return None  # '3.15', '12:30', '3/15', '22-03-15': a date, a time or a decimal
        return _value(match), rest, True
    if opener is None and match.group("arabic") is not None:
        if following in _QUANTITY_WORDS or following.isdigit():
            return None
        return _value(match), rest, False  # '3门禁'
    return None  # '三里屯', '第3期'


# ①…⑳, ⑴…⒇ and ⒈…⒛ are item marks whatever follows ('①%' is no percentage); read before NFKC
# turns them into plain digits.
_CIRCLED = {chr(base + offset): offset + 1 for base in (0x2460, 0x2474, 0x2488) for offset in range(20)}


def _circled(value: object) -> int | None:
    text = str(value).lstrip() if isinstance(value, str) else ""
    return _CIRCLED.get(text[:1])


def _wanted(number: int, items: Collection[int] | None) -> bool:
    return 1 <= number <= 99 and (items is None or number in items)


@lru_cache(maxsize=8192)
def _parse(text: str, whole: bool) -> tuple[int, ...]:
    """Every item number the text names, best first (cached: a package repeats its folder names)."""
    found: list[int] = []
    leading = _leading(text)
    if leading is not None:
        number, rest, _marked = leading
        if not whole or not rest.strip("".join(_SEPARATORS) + _ITEM_WORDS):
            found.append(number)
    if not whole:
        found.extend(
            _value(match)
            for match in _SPELLED.finditer(text)
            if match.group("word") == "item" or match.group("mark")  # '第3期' is no item
        )
    return tuple(found)


def item_number(value: object, items: Collection[int] | None = None, *, whole: bool = False) -> int | None:
    """The item number a folder name, file name or cell gives, or None (rules in the module docstring).

    ``items``: the standard's item numbers; others are not taken. ``whole``: the text must be the
    item reference and nothing else (a header cell such as ``第3条``, not ``3门禁``).
    """
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):  # a number typed into a cell (workbooks give 3 or 3.0)
        number = int(value) if float(value).is_integer() else 0
        return number if _wanted(number, items) else None
    circled = _circled(value)
    if circled is not None and not whole:
        return circled if _wanted(circled, items) else None
    text = clean_text(value).lower()
    for number in _parse(text, whole):
        if _wanted(number, items):
            return number
    return None


def item_folder_number(value: object, items: Collection[int] | None = None) -> int | None:
    """The item a folder is for when its name alone says so, or None: the stricter reading of
    :func:`item_number` for callers that know no community names.

    A folder is an item folder when its name is a bare number (``03``) or starts with a marked one
    (``第3条``, ``十二、物业``, ``12-物业``, ``（3）设计师进社区``, ``⑫``). A number followed only by
    a space or directly by a word (``01 吉祥社区``, ``3门禁``) is how offices number *community*
    and topic folders, so it names no item here; photo matching, which knows the communities and
    reads them first, still takes ``3门禁`` as item 3 with :func:`item_number`. Used to decide
    whether a spreadsheet is an item's evidence or a recommendation list (intake.package).
    """
    circled = _circled(value)
    if circled is not None:
        return circled if _wanted(circled, items) else None
    leading = _leading(clean_text(value).lower())
    if leading is None or not leading[2]:
        return None
    return leading[0] if _wanted(leading[0], items) else None

"""Item numbers in folder names, file names and cells: one parser, every style streets write.

The property tests write each n in 1..99 in each style and read it back, and check that text
without an item (years, community codes, dates, camera counters, words) never yields one.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from intake_fixtures import communities, fullwidth, jpeg_bytes, list_workbook, write_zip
from sqlalchemy import select

from greendesk.core.base.item_numbers import item_folder_number, item_number
from greendesk.core.intake.analysis import analyse_package
from greendesk.core.intake.apply import apply_import
from greendesk.core.intake.package import in_item_folder
from greendesk.core.storage.models import Evidence
from greendesk.core.workspace import Workspace

STANDARD_ITEMS = frozenset(range(1, 17))
_DIGITS = "零一二三四五六七八九"


def chinese(n: int) -> str:
    """1..99 as a Chinese office writes it (written here independently of the parser)."""
    tens, units = divmod(n, 10)
    if tens == 0:
        return _DIGITS[units]
    return ("" if tens == 1 else _DIGITS[tens]) + "十" + (_DIGITS[units] if units else "")


def circled(n: int) -> str:
    return chr(0x2460 + n - 1)  # ① .. ⑳


# Styles that put the number at the start; every one may be followed by any text.
LEADING_STYLES: dict[str, Callable[[int], str]] = {
    "第N条": lambda n: f"第{n}条",
    "第N项": lambda n: f"第{n}项",
    "第0N条": lambda n: f"第{n:02d}条",
    "第中文条": lambda n: f"第{chinese(n)}条",
    "第全角项": lambda n: f"第{fullwidth(str(n))}项",
    "中文、": lambda n: f"{chinese(n)}、",
    "中文.": lambda n: f"{chinese(n)}.",
    "（N）": lambda n: f"（{n}）",
    "(N)": lambda n: f"({n})",
    "（中文）": lambda n: f"（{chinese(n)}）",
    "【N】": lambda n: f"【{n}】",
    "[N]": lambda n: f"[{n}]",
    "N.": lambda n: f"{n}.",
    "N．": lambda n: f"{n}．",
    "N、": lambda n: f"{n}、",
    "N-": lambda n: f"{n}-",
    "N_": lambda n: f"{n}_",
    "0N ": lambda n: f"{n:02d} ",
    "全角、": lambda n: f"{fullwidth(str(n))}、",
    "item N": lambda n: f"item {n} ",
}
SPELLED_STYLES: dict[str, Callable[[int], str]] = {
    "第N条": lambda n: f"第{n}条",
    "第中文项": lambda n: f"第{chinese(n)}项",
    "第全角条": lambda n: f"第{fullwidth(str(n))}条",
    "item N": lambda n: f"item {n}",
}
NUMERAL_CHARACTERS = set(_DIGITS + "十百千万〇两廿")


def _numberless(text: str) -> bool:
    normal = unicodedata.normalize("NFKC", text)
    return not any(c in "0123456789" or c in NUMERAL_CHARACTERS for c in normal)


# Random text with no number in it: any Unicode, plus the words and punctuation of real names.
WORDS = st.sampled_from(
    [
        "设计师进社区",
        "物业管理",
        "历史文化",
        "门禁",
        "照片",
        "第",
        "条",
        "项",
        "、",
        ".",
        "-",
        "_",
        " ",
        "（",
        "）",
        "【",
    ]
)
NUMBERLESS = st.lists(st.one_of(st.text(max_size=4), WORDS), max_size=6).map("".join).filter(_numberless)


@settings(max_examples=400, deadline=None)
@given(n=st.integers(1, 99), style=st.sampled_from(sorted(LEADING_STYLES)), rest=NUMBERLESS)
def test_every_leading_style_round_trips(n: int, style: str, rest: str) -> None:
    assert item_number(LEADING_STYLES[style](n) + rest) == n


@settings(max_examples=300, deadline=None)
@given(
    n=st.integers(1, 99), style=st.sampled_from(sorted(SPELLED_STYLES)), before=NUMBERLESS, after=NUMBERLESS
)
def test_a_spelled_out_item_is_found_anywhere(n: int, style: str, before: str, after: str) -> None:
    assert item_number(f"{before}{SPELLED_STYLES[style](n)}{after}") == n


@given(n=st.integers(1, 20), rest=NUMBERLESS)
def test_circled_numbers(n: int, rest: str) -> None:
    assert item_number(circled(n) + rest) == n


@given(n=st.integers(1, 99))
def test_bare_numbers_and_numeric_cells(n: int) -> None:
    assert item_number(str(n)) == item_number(n) == item_number(float(n)) == n
    assert item_number(fullwidth(str(n))) == n
    assert item_number(f"第{chinese(n)}条", whole=True) == n


@given(n=st.integers(1, 99), style=st.sampled_from(sorted(LEADING_STYLES)))
def test_only_the_standards_items_are_taken(n: int, style: str) -> None:
    expected = n if n in STANDARD_ITEMS else None
    assert item_number(LEADING_STYLES[style](n) + "门禁", STANDARD_ITEMS) == expected


@settings(max_examples=300, deadline=None)
@given(before=NUMBERLESS, after=NUMBERLESS)
def test_text_without_a_number_gives_no_item(before: str, after: str) -> None:
    assert item_number(before + after) is None


DATES = st.dates(date(1990, 1, 1), date(2100, 12, 31))
NOT_ITEMS = st.one_of(
    st.integers(1900, 2099).map(str),  # years
    st.integers(1900, 2099).map(lambda y: f"{y}年"),
    st.integers(10**11, 10**12 - 1).map(str),  # 12-digit community codes
    DATES.map(lambda d: d.strftime("%Y%m%d")),
    DATES.map(lambda d: d.strftime("%y-%m-%d")),
    DATES.map(lambda d: d.strftime("%y_%m_%d")),
    DATES.map(lambda d: d.strftime("%Y-%m-%d")),
    DATES.map(lambda d: f"{d.year}.{d.month}.{d.day}"),
    DATES.map(lambda d: f"{d.year}年{d.month}月{d.day}日"),
    DATES.map(lambda d: f"{d.month}月{d.day}日"),
    DATES.map(lambda d: f"{d.month}.{d.day}"),
    st.times().map(lambda t: f"{t.hour}:{t.minute:02d}"),
    st.integers(0, 9999).map(lambda c: f"IMG_{c:04d}"),
    st.integers(0, 9999).map(lambda c: f"DSC{c:04d}"),
    st.integers(0, 9999).map(lambda c: f"P100{c:04d}"),
    st.integers(0, 9999).map(lambda c: f"{c:04d}"),
    st.integers(1, 99).map(lambda c: f"{c}号楼"),
    st.integers(1, 99).map(lambda c: f"{c}%"),
)


@settings(max_examples=500, deadline=None)
@given(before=NUMBERLESS, noise=NOT_ITEMS, after=NUMBERLESS)
def test_years_codes_dates_and_counters_are_not_items(before: str, noise: str, after: str) -> None:
    assert item_number(before + noise + after) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("第十五条", 15),
        ("十六、历史文化", 16),
        ("（3）设计师进社区", 3),
        ("12.物业管理", 12),
        ("第12项 物业服务合同", 12),
        ("⑫ 物业", 12),
        ("【12】", 12),
        ("12-", 12),
        ("3-1", 3),
        ("3门禁", 3),
        ("照片（第12条）", 12),
        ("110105001001_第03条_01_ab12cd34", 3),  # the application package's own file names
        ("三里屯社区", None),
        ("一期工程", None),
        ("十一五规划", None),
        ("第3期", None),
        ("门禁3", None),
        ("3.15植树节", None),
        ("138 1234 5678", None),
        ("IMG_0012", None),
        ("微信图片_20220315101112", None),
        ("2022年度", None),
        (True, None),
        (3.5, None),
        (None, None),
    ],
)
def test_real_names(text: object, expected: int | None) -> None:
    assert item_number(text) == expected


def test_a_number_the_standard_lacks_is_not_an_item() -> None:
    assert item_number("十七、其他", STANDARD_ITEMS) is None
    assert item_number("十七、其他") == 17
    assert item_number("第3条", whole=True) == 3 and item_number("3门禁", whole=True) is None


def test_photos_in_real_folder_names_attach_to_their_items(chaoyang: Workspace, tmp_path: Path) -> None:
    first = communities(chaoyang)[0]
    book = list_workbook(tmp_path / "名单.xlsx", [[1, first.name, first.code, 100, 40, "", ""]])
    folders = {
        "第十五条": 15,
        "十六、历史文化": 16,
        "（3）设计师进社区": 3,
        "12.物业管理": 12,
        "第12项 物业服务合同": 12,
        "⑤垃圾分类": 5,
        "【7】绿地": 7,
        "１１－节水": 11,
    }
    members = {"材料/名单.xlsx": book.read_bytes()}
    for index, folder in enumerate(folders):
        members[f"材料/{first.name}/{folder}/IMG_{index:04d}.jpg"] = jpeg_bytes((index, 20, 30))
    members[f"材料/{first.name}/2022年照片/IMG_0099.jpg"] = jpeg_bytes((99, 20, 30))
    plan = analyse_package(chaoyang, write_zip(tmp_path / "package.zip", members), 2022, 1)
    found = {p.entry.split("/")[-2]: p.item for p in plan.photos}
    assert found == {**folders, "2022年照片": None}
    result = apply_import(chaoyang, plan)
    assert result.photos_attached == len(folders)
    with chaoyang.sessions() as session:
        attached = session.execute(select(Evidence.original_name, Evidence.item_number)).all()
    assert {name.split("/")[-2]: item for name, item in attached} == folders


def test_community_sheet_and_list_headers_read_item_numbers_the_same_way(
    chaoyang: Workspace, tmp_path: Path
) -> None:
    first, second, _ = communities(chaoyang)
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["社区名称", "社区代码", "户数", "实行物业管理户数", "第十五条", "自评⑯", "第3条自评"])
    sheet.append([first.name, first.code, 100, 40, "符合", "基本符合", "不符合"])
    path = tmp_path / "名单.xlsx"
    book.save(path)
    plan = analyse_package(chaoyang, path, 2022, 1)
    assert plan.rows[0].claims == {15: "符合", 16: "基本符合", 3: "不符合"}
    single = openpyxl.Workbook()
    sheet = single.active
    sheet.append(["社区名称", second.name])
    sheet.append(["社区代码", second.code])
    sheet.append(["条目编号", "自评结果", "佐证照片文件名"])
    for item, claim in (("一、", "符合"), ("（2）", "符合"), ("第十五条", "不符合"), (16.0, "符合")):
        sheet.append([item, claim, ""])
    single.save(tmp_path / "单个.xlsx")
    plan = analyse_package(chaoyang, tmp_path / "单个.xlsx", 2022, 1)
    assert plan.rows[0].claims == {1: "符合", 2: "符合", 15: "不符合", 16: "符合"}


# The marked styles name an item folder by themselves; '0N ' (a numbered community folder) does not.
FOLDER_STYLES = {name: style for name, style in LEADING_STYLES.items() if name not in ("0N ",)}


@settings(max_examples=300, deadline=None)
@given(n=st.integers(1, 99), style=st.sampled_from(sorted(FOLDER_STYLES)), rest=NUMBERLESS)
def test_marked_item_folders_agree_with_the_item_number(n: int, style: str, rest: str) -> None:
    name = FOLDER_STYLES[style](n) + rest
    assert item_folder_number(name) == item_number(name) == n


@settings(max_examples=200, deadline=None)
@given(n=st.integers(1, 99), word=st.sampled_from(["吉祥社区", "门禁", "物业管理", "Jixiang 社区"]))
def test_a_number_then_a_space_or_a_word_is_no_item_folder(n: int, word: str) -> None:
    for name in (f"{n:02d} {word}", f"{n}{word}"):
        assert item_number(name) == n  # photo matching still reads it, after the communities
        assert item_folder_number(name) is None and not in_item_folder(f"{name}/名单.xlsx"), name


@pytest.mark.parametrize(
    ("folder", "expected"),
    [
        ("03", 3),
        ("12", 12),
        ("第十五条", 15),
        ("十六、历史文化", 16),
        ("（3）设计师进社区", 3),
        ("12-物业", 12),
        ("⑫", 12),
        ("第3条 门禁", 3),
        ("01 吉祥社区", None),
        ("3门禁", None),
        ("三里屯", None),
        ("2022", None),
        ("3.15", None),
        ("吉祥社区", None),
    ],
)
def test_item_folder_names(folder: str, expected: int | None) -> None:
    assert item_folder_number(folder) == expected
    assert in_item_folder(f"{folder}/统计.xlsx") == (expected is not None)

"""The fonts documents are set in, one per role of GB/T 9704-2012, each chosen with the reason why.

Official documents use 仿宋 for the text, 小标宋 for the title, 黑体 and 楷体 for headings and 宋体 for
page numbers. On Windows these are the system fonts (方正小标宋简体 only when the office installed it); on
Linux a TrueType set stands in (Debian's AR PL fonts, the shipped WenQuanYi Micro Hei as the last
resort). reportlab embeds TrueType outlines only, not OTF/CFF: a font it cannot read is skipped.
``GREENDESK_PDF_FONT`` names one TrueType file to use for every role.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from greendesk.core.base.errors import GreenDeskError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP, translate
from greendesk.core.base.paths import resources_dir

BODY = "fangsong"  # 仿宋: text, 主送机关, 发文字号, signature and date
TITLE = "xiaobiaosong"  # 小标宋: the title and the 发文机关标志
HEI = "heiti"  # 黑体: level-1 headings, table headers, charts
KAI = "kaiti"  # 楷体: level-2 headings
SONG = "songti"  # 宋体: page numbers, small print
ROLES = (BODY, TITLE, HEI, KAI, SONG)

ROLE_NAMES = {BODY: "仿宋", TITLE: "小标宋", HEI: "黑体", KAI: "楷体", SONG: "宋体"}

SHIPPED = "fonts/wqy-microhei.ttc"
_LINUX = "/usr/share/fonts/truetype"
_SONG_FILES = (
    "simsun.ttc",
    f"{_LINUX}/arphic-gbsn00lp/gbsn00lp.ttf",
    f"{_LINUX}/arphic/uming.ttc",
)
_HEI_FILES = ("simhei.ttf", f"{_LINUX}/wqy/wqy-microhei.ttc", SHIPPED)
# Per role: the wanted files first (a bare name is looked up in the Windows font folders), then stand-ins.
_CANDIDATES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    BODY: (("simfang.ttf",), (*_SONG_FILES, *_HEI_FILES)),
    TITLE: (
        ("FZXBSJW.TTF", "fzxbsjw.ttf", "方正小标宋简体.ttf", "FZXiaoBiaoSong-B05S.ttf"),
        _HEI_FILES,
    ),
    HEI: (("simhei.ttf",), _HEI_FILES[1:]),
    KAI: (
        ("simkai.ttf",),
        (f"{_LINUX}/arphic-gkai00mp/gkai00mp.ttf", f"{_LINUX}/arphic/ukai.ttc", *_SONG_FILES, *_HEI_FILES),
    ),
    SONG: (("simsun.ttc",), (*_SONG_FILES[1:], *_HEI_FILES)),
}

REASON_WANTED = QT_TRANSLATE_NOOP("Fonts", "the system font {file}")
REASON_STAND_IN = QT_TRANSLATE_NOOP("Fonts", "{wanted} is not installed: {file} stands in")
REASON_ENVIRONMENT = QT_TRANSLATE_NOOP("Fonts", "set by GREENDESK_PDF_FONT: {file}")


@dataclass(frozen=True)
class FontChoice:
    """The font a role uses: registered under ``name``, read from ``path``; ``reason`` (a template) why."""

    role: str
    name: str
    path: Path
    index: int
    reason: str
    wanted: str

    @property
    def role_name(self) -> str:
        return ROLE_NAMES[self.role]


def _font_dirs() -> list[Path]:
    """Where Windows keeps fonts: the system folder and the per-user one (fonts installed without admin)."""
    windir = os.environ.get("WINDIR") or ("C:/Windows" if sys.platform == "win32" else "")
    folders = [Path(windir) / "Fonts"] if windir else []
    local = os.environ.get("LOCALAPPDATA")
    if local:
        folders.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    return folders


def _locate(name: str) -> Path | None:
    if name == SHIPPED:
        path = resources_dir() / name
        return path if path.is_file() else None
    if Path(name).is_absolute():
        return Path(name) if Path(name).is_file() else None
    return next((folder / name for folder in _font_dirs() if (folder / name).is_file()), None)


def _registered(name: str, path: Path) -> bool:
    """Register ``path`` as ``name``; False when reportlab cannot embed it (a CFF/OTF font, a bad file)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    try:
        pdfmetrics.registerFont(TTFont(name, str(path), subfontIndex=0))
    except (TTFError, OSError, ValueError):
        return False
    return True


def _choose(role: str) -> FontChoice:
    name = f"GreenDesk-{role}"
    wanted, stand_ins = _CANDIDATES[role]
    label = f"{ROLE_NAMES[role]} ({wanted[0]})"
    override = os.environ.get("GREENDESK_PDF_FONT")
    if override and Path(override).is_file() and _registered(name, Path(override)):
        return FontChoice(role, name, Path(override), 0, REASON_ENVIRONMENT, label)
    for files, reason in ((wanted, REASON_WANTED), (stand_ins, REASON_STAND_IN)):
        for file in files:
            path = _locate(file)
            if path is not None and _registered(name, path):
                return FontChoice(role, name, path, 0, reason, label)
    raise GreenDeskError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "No Chinese TrueType font found for PDF output (looked for {font} and WenQuanYi Micro Hei).",
        ),
        font=wanted[0],
    )


@lru_cache(maxsize=1)
def document_fonts() -> dict[str, FontChoice]:
    """The font of every role (looked up once per run), each registered with reportlab."""
    return {role: _choose(role) for role in ROLES}


def font(role: str) -> str:
    """The reportlab font name of ``role``, registered."""
    return document_fonts()[role].name


def describe(choice: FontChoice) -> str:
    """Why the role uses this font, in the interface language (Settings shows it)."""
    return translate("Fonts", choice.reason).format(file=choice.path.name, wanted=choice.wanted)


def font_report() -> list[tuple[str, str, str]]:
    """Per role: its name (仿宋 ...), the file documents embed, and why that one (for Settings)."""
    return [(c.role_name, str(c.path), describe(c)) for c in document_fonts().values()]

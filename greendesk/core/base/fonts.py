"""The CJK TrueType font every PDF embeds (reportlab embeds TrueType outlines only, not OTF/CFF)."""

from __future__ import annotations

import os
import sys
from functools import lru_cache
from pathlib import Path

from greendesk.core.base.errors import GreenDeskError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.base.paths import resources_dir

PDF_FONT_NAME = "GreenDeskCJK"

# (path, subfont index in a .ttc). Shipped font first, then common system fonts with TrueType outlines.
_CANDIDATES: tuple[tuple[str, int], ...] = (
    ("fonts/wqy-microhei.ttc", 0),
    ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
    ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
    ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),
    ("C:/Windows/Fonts/simhei.ttf", 0),
    ("C:/Windows/Fonts/simsun.ttc", 0),
    ("/System/Library/Fonts/STHeiti Light.ttc", 0),
)


def cjk_font_path() -> tuple[Path, int]:
    env = os.environ.get("GREENDESK_PDF_FONT")
    candidates = [(env, 0)] if env else []
    candidates += list(_CANDIDATES)
    windir = os.environ.get("WINDIR")
    if windir and sys.platform == "win32":
        candidates += [(f"{windir}/Fonts/simhei.ttf", 0), (f"{windir}/Fonts/simsun.ttc", 0)]
    for name, index in candidates:
        path = Path(name) if Path(name).is_absolute() else resources_dir() / name
        if path.is_file():
            return path, index
    raise GreenDeskError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "No Chinese TrueType font found for PDF output (looked for WenQuanYi Micro Hei, SimHei).",
        )
    )


@lru_cache(maxsize=1)
def register_pdf_font() -> str:
    """Register the CJK font with reportlab once; returns the font name to use in styles."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    path, index = cjk_font_path()
    pdfmetrics.registerFont(TTFont(PDF_FONT_NAME, str(path), subfontIndex=index))
    return PDF_FONT_NAME

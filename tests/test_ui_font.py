"""The interface's Chinese is drawn in a sans CJK face, not the serif AR PL Sung Qt would fall back on."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo

from greendesk.ui import app as ui_app


def test_the_ui_font_is_pinned_to_a_sans_cjk_family(qapp) -> None:
    if "WenQuanYi Micro Hei" not in QFontDatabase.families():
        pytest.skip("WenQuanYi Micro Hei (fonts-wqy-microhei) not installed")
    before = QFont(qapp.font())
    try:
        ui_app._ensure_cjk_font(qapp)
        family = QFontInfo(qapp.font()).family()  # the face Qt actually resolved
        assert family in ui_app.UI_CJK_FAMILIES and "AR PL" not in family
        assert qapp.font().pointSize() == before.pointSize()
    finally:
        qapp.setFont(before)

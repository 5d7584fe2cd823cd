"""Installing GreenDesk's and Qt's own translations into the running application."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from greendesk.core.base.i18n import set_language
from greendesk.core.base.paths import translations_dir

_installed: list[QTranslator] = []


def install_translators(app: QCoreApplication, language: str) -> None:
    """Replace the active translators: app messages plus qtbase (standard buttons, dialogs).

    Core messages in English need no catalogue (the source is English); Qt plurals do.
    """
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    set_language(language, backend=QCoreApplication.translate if language != "en" else None)
    QLocale.setDefault(QLocale(QLocale.Language.Chinese if language == "zh_CN" else QLocale.Language.English))
    ours = QTranslator(app)  # English too: its catalogue holds the singular of every plural ("1 photo")
    if ours.load(f"greendesk_{language}", str(translations_dir())):
        app.installTranslator(ours)
        _installed.append(ours)
    if language == "en":
        return  # Qt's own dialogs speak English without a catalogue
    qt_base = QTranslator(app)
    if qt_base.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_base)
        _installed.append(qt_base)

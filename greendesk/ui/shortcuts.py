"""Every keyboard shortcut of the window, the review queue and the review screen, in one table.

The screens bind their keys from this table (``sequence``, ``keys_of``) and Help → Keyboard
shortcuts (F1) lists the same rows, so a key shown to the reviewer is always the key that works.
Descriptions are marked for translation under the context ``Shortcuts``.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QKeySequence

CONTEXT = "Shortcuts"

# Where a shortcut works (the dialog's groups, in this order).
WINDOW = "window"
QUEUE = "queue"
REVIEW = "review"  # anywhere in the review screen, also while typing a comment
ITEMS = "items"  # while the item list has the focus
PHOTOS = "photos"  # while the evidence grid has the focus
EDITOR = "editor"  # the standard editor
AREAS = {
    WINDOW: QT_TRANSLATE_NOOP("Shortcuts", "Everywhere"),
    QUEUE: QT_TRANSLATE_NOOP("Shortcuts", "Review queue"),
    REVIEW: QT_TRANSLATE_NOOP("Shortcuts", "Review screen"),
    ITEMS: QT_TRANSLATE_NOOP("Shortcuts", "Review screen, item list"),
    PHOTOS: QT_TRANSLATE_NOOP("Shortcuts", "Review screen, evidence files"),
    EDITOR: QT_TRANSLATE_NOOP("Shortcuts", "Standard editor"),
}


@dataclass(frozen=True)
class Shortcut:
    action: str  # what the binding code looks the row up by
    area: str
    keys: str  # portable text, e.g. "Alt+1" (QKeySequence.PortableText)
    description: str  # English source, translated when shown

    def sequence(self) -> QKeySequence:
        return QKeySequence(self.keys, QKeySequence.SequenceFormat.PortableText)

    def native_keys(self) -> str:
        """The keys as this platform writes them ("Ctrl+PgDown", on a Mac "⌘PgDown")."""
        return self.sequence().toString(QKeySequence.SequenceFormat.NativeText)

    def text(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.description)


SHORTCUTS: tuple[Shortcut, ...] = (
    Shortcut("shortcuts", WINDOW, "F1", QT_TRANSLATE_NOOP("Shortcuts", "Show this list of shortcuts")),
    Shortcut("import", WINDOW, "Ctrl+O", QT_TRANSLATE_NOOP("Shortcuts", "Import street recommendations")),
    Shortcut("quit", WINDOW, "Ctrl+Q", QT_TRANSLATE_NOOP("Shortcuts", "Quit")),
    Shortcut("queue.open", QUEUE, "Return", QT_TRANSLATE_NOOP("Shortcuts", "Open the selected community")),
    Shortcut("queue.find", QUEUE, "Ctrl+F", QT_TRANSLATE_NOOP("Shortcuts", "Find a community")),
    Shortcut("queue.print", QUEUE, "Ctrl+P", QT_TRANSLATE_NOOP("Shortcuts", "Print the queue as shown")),
    Shortcut("queue.export", QUEUE, "Ctrl+E", QT_TRANSLATE_NOOP("Shortcuts", "Export the queue to Excel")),
    Shortcut("review.pass", REVIEW, "Alt+1", QT_TRANSLATE_NOOP("Shortcuts", "Decide: meets")),
    Shortcut("review.fail", REVIEW, "Alt+2", QT_TRANSLATE_NOOP("Shortcuts", "Decide: does not meet")),
    Shortcut("review.more", REVIEW, "Alt+3", QT_TRANSLATE_NOOP("Shortcuts", "Decide: more material needed")),
    Shortcut("review.undo", REVIEW, "Ctrl+Z", QT_TRANSLATE_NOOP("Shortcuts", "Undo the last decision")),
    Shortcut("review.find", REVIEW, "Ctrl+F", QT_TRANSLATE_NOOP("Shortcuts", "Find an item")),
    Shortcut(
        "review.next_community", REVIEW, "Ctrl+PgDown", QT_TRANSLATE_NOOP("Shortcuts", "Next community")
    ),
    Shortcut(
        "review.previous_community", REVIEW, "Ctrl+PgUp", QT_TRANSLATE_NOOP("Shortcuts", "Previous community")
    ),
    Shortcut("review.leave_find", REVIEW, "Esc", QT_TRANSLATE_NOOP("Shortcuts", "Leave the find box")),
    Shortcut("items.pass", ITEMS, "1", QT_TRANSLATE_NOOP("Shortcuts", "Meets, then the next item")),
    Shortcut("items.fail", ITEMS, "2", QT_TRANSLATE_NOOP("Shortcuts", "Does not meet, then the next item")),
    Shortcut(
        "items.more", ITEMS, "3", QT_TRANSLATE_NOOP("Shortcuts", "More material needed, then the next item")
    ),
    Shortcut("items.next_undecided", ITEMS, "N", QT_TRANSLATE_NOOP("Shortcuts", "Next undecided item")),
    Shortcut("items.next", ITEMS, "Return", QT_TRANSLATE_NOOP("Shortcuts", "Next item")),
    Shortcut("photos.open", PHOTOS, "Return", QT_TRANSLATE_NOOP("Shortcuts", "Open the selected file")),
    Shortcut("photos.paste", PHOTOS, "Ctrl+V", QT_TRANSLATE_NOOP("Shortcuts", "Attach a pasted image")),
    Shortcut(
        "editor.save", EDITOR, "Ctrl+S", QT_TRANSLATE_NOOP("Shortcuts", "Save a new version of the standard")
    ),
)
_BY_ACTION = {shortcut.action: shortcut for shortcut in SHORTCUTS}


def shortcut(action: str) -> Shortcut:
    """The table's row for ``action`` (a KeyError names a binding the table lacks)."""
    return _BY_ACTION[action]


def sequence(action: str) -> QKeySequence:
    return shortcut(action).sequence()


def with_keys(text: str, action: str) -> str:
    """A tooltip or label naming the key: "不符合 (Alt+2)"."""
    return f"{text} ({shortcut(action).native_keys()})"


def plain_key(action: str) -> Qt.Key:
    """The single unmodified key of an item-list row (1/2/3, N, Return) for the list's key filter."""
    combination = sequence(action)[0]
    return combination.key()


def area_title(area: str) -> str:
    return QCoreApplication.translate(CONTEXT, AREAS[area])

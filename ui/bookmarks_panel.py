"""The bookmarks panel: every bookmarked passage with its note and article; activating one jumps to it.

Also the glue between the reading pane's selection and the library's passage offsets, which count
characters of `Article.text` (body blocks joined by blank lines, captions left out).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import (
    QDockWidget,
    QListWidget,
    QWidget,
)

from reader.library import Library, Passage

if TYPE_CHECKING:  # made or shown only when there are bookmarks: not at every start
    from PySide6.QtGui import QTextDocument
    from PySide6.QtWidgets import QListWidgetItem

    from reader.document import Article

PassageRole = Qt.ItemDataRole.UserRole + 10
QUOTE_PREVIEW_CHARS = 120  # the list shows the start of long quotes; the tooltip has all of it
PARAGRAPH_SEPARATOR = "\u2029"  # what QTextCursor.selectedText() puts between blocks


def selection_to_quote(selected: str) -> str:
    """The reading pane's selected text in `Article.text` form (blocks separated by a blank line)."""
    parts = [p.strip() for p in selected.replace(PARAGRAPH_SEPARATOR, "\n").split("\n")]
    return "\n\n".join(p for p in parts if p)


def locate_quote(article: Article, quote: str, near: float = 0.0) -> tuple[int, int] | None:
    """Offsets of `quote` in `article.text`; with several matches, the one nearest `near` (0..1 of the text)."""
    text = article.text
    if not quote:
        return None
    starts = []
    at = text.find(quote)
    while at >= 0:
        starts.append(at)
        at = text.find(quote, at + 1)
    if not starts:
        return None
    target = near * len(text)
    best = min(starts, key=lambda s: abs(s - target))
    return best, best + len(quote)


def select_passage(document: QTextDocument, quote: str) -> QTextCursor | None:
    """A cursor selecting `quote` in the rendered document (paragraph by paragraph), or None."""
    paragraphs = [p for p in quote.split("\n\n") if p.strip()]
    if not paragraphs:
        return None
    first = document.find(paragraphs[0])
    if first.isNull():
        return None
    last = first
    for paragraph in paragraphs[1:]:
        found = document.find(paragraph, last)
        if found.isNull():
            break
        last = found
    cursor = QTextCursor(document)
    cursor.setPosition(first.selectionStart())
    cursor.setPosition(last.selectionEnd(), QTextCursor.MoveMode.KeepAnchor)
    return cursor


def ask_passage_note(parent: QWidget, quote: str) -> str | None:
    """Ask for an optional note on a passage; None when the user cancels."""
    preview = quote if len(quote) <= QUOTE_PREVIEW_CHARS else quote[:QUOTE_PREVIEW_CHARS] + "…"
    from PySide6.QtWidgets import QInputDialog

    note, ok = QInputDialog.getMultiLineText(
        parent,
        QCoreApplication.translate("BookmarksPanel", "Bookmark Passage"),
        QCoreApplication.translate("BookmarksPanel", "Note for “{quote}” (optional):").replace("{quote}", preview),
    )
    return note if ok else None


class BookmarksPanel(QDockWidget):
    """Passages bookmarked in the library, newest first."""

    passage_activated = Signal(object)  # Passage
    passage_removed = Signal(object)  # Passage

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.setObjectName("bookmarksPanel")
        self.setWindowTitle(self.tr("Bookmarks"))
        self.list = QListWidget()
        self.list.setObjectName("bookmarksList")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.itemActivated.connect(self._on_activated)
        self.list.itemDoubleClicked.connect(self._on_activated)
        self.list.installEventFilter(self)
        self.setWidget(self.list)

    def reload(self) -> None:
        self.list.clear()
        titles: dict[int, str] = {}
        for passage in self.library.passages():
            if passage.article_id not in titles:
                titles[passage.article_id] = self.library.article(passage.article_id).title
            quote = " ".join(passage.quote.split())
            short = quote if len(quote) <= QUOTE_PREVIEW_CHARS else quote[:QUOTE_PREVIEW_CHARS] + "…"
            lines = [f"“{short}”"]
            if passage.note:
                lines.append(f"✎ {passage.note}")
            lines.append(f"— {titles[passage.article_id]}")
            from PySide6.QtWidgets import QListWidgetItem

            item = QListWidgetItem("\n".join(lines))
            item.setToolTip(passage.quote)
            item.setData(PassageRole, passage)
            self.list.addItem(item)

    def passages(self) -> list[Passage]:
        return [self.list.item(i).data(PassageRole) for i in range(self.list.count())]

    def _on_activated(self, item: QListWidgetItem) -> None:
        self.passage_activated.emit(item.data(PassageRole))

    def eventFilter(self, watched: object, event: object) -> bool:
        if watched is self.list and isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress:
            item = self.list.currentItem()
            if item is not None and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                passage: Passage = item.data(PassageRole)
                self.library.remove_passage(passage.id)
                self.reload()
                self.passage_removed.emit(passage)
                return True
        return super().eventFilter(watched, event)  # type: ignore[arg-type]

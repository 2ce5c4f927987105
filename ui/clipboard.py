"""Copy a citation, or a quoted passage with its citation, to the clipboard as text/plain AND text/html.

API for the menu actions (Edit > Copy as Citation, Ctrl+Shift+C; Copy Quote with Citation):

    from ui.clipboard import copy_article_citation, copy_quote_with_article_citation
    copy_article_citation(stored.article, style=None, accessed=stored.imported_at)   # None: by language
    copy_quote_with_article_citation(selected_text, stored.article, style, accessed=…)

Lower level: `citation_mime_data(citation)`, `copy_citation(citation)`, `copy_quote_with_citation(passage,
citation)`. Each copy function returns the Citation it put on the clipboard (e.g. for a status-bar
message). `clipboard` defaults to the application's; tests read it back offscreen.
"""

from __future__ import annotations

import atexit
from collections.abc import Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QClipboard, QGuiApplication

from reader.citation import Citation, CitationData, format_citation, quote_with_citation
from reader.document import Article


def citation_mime_data(citation: Citation) -> QMimeData:
    """Both flavours, so a word processor pastes italics and a plain editor pastes clean text."""
    mime = QMimeData()
    mime.setText(citation.text)
    mime.setHtml(citation.html)
    return mime


def _clipboard(clipboard: QClipboard | None) -> QClipboard:
    return clipboard if clipboard is not None else QGuiApplication.clipboard()


def _release_offscreen_clipboard() -> None:
    """On the offscreen platform the clipboard lives in this process; PySide6 crashes (SIGSEGV) at
    exit when it still owns our QMimeData, so empty it first. Real platforms keep what was copied."""
    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication) and QGuiApplication.platformName() == "offscreen":
        QGuiApplication.clipboard().clear()


_release_registered = False


def copy_citation(citation: Citation, clipboard: QClipboard | None = None) -> Citation:
    global _release_registered
    if not _release_registered:
        atexit.register(_release_offscreen_clipboard)
        _release_registered = True
    _clipboard(clipboard).setMimeData(citation_mime_data(citation))
    return citation


def copy_quote_with_citation(passage: str, citation: Citation, clipboard: QClipboard | None = None) -> Citation:
    """The passage in quotation marks, a blank line, then the citation (see reader.citation.quote)."""
    return copy_citation(quote_with_citation(passage, citation), clipboard)


def article_citation(
    article: Article,
    style: str | None = None,
    overrides: Mapping[str, Any] | object | None = None,
    accessed: date | str | None = None,
) -> Citation:
    """Format `article` (with metadata `overrides`) in `style`, or in its language's default style."""
    data = CitationData.from_article(article, overrides, accessed=accessed)
    return format_citation(data, style or data.default_style)


def copy_article_citation(
    article: Article,
    style: str | None = None,
    overrides: Mapping[str, Any] | object | None = None,
    accessed: date | str | None = None,
    clipboard: QClipboard | None = None,
) -> Citation:
    return copy_citation(article_citation(article, style, overrides, accessed), clipboard)


def copy_quote_with_article_citation(
    passage: str,
    article: Article,
    style: str | None = None,
    overrides: Mapping[str, Any] | object | None = None,
    accessed: date | str | None = None,
    clipboard: QClipboard | None = None,
) -> Citation:
    return copy_quote_with_citation(passage, article_citation(article, style, overrides, accessed), clipboard)

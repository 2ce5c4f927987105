"""The article list: a lazy Qt list model over the library, and a delegate that draws a row.

Rows are fetched a page at a time (`canFetchMore`/`fetchMore`), so a library of 100,000 articles opens
at once. Sorting, the search query and the "Bookmarked" filter are done by the library in SQL.
A row shows the title, "site · date" in a muted line, and a star when the article is bookmarked.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QStyledItemDelegate, QWidget

from reader.library import ArticleRow, Library, RemovalToken
from ui.article_view import format_date

# The painting types load at the first row painted: PySide builds each class and its enums on first use (QStyle
# alone ~13 ms), which a start with an empty list would pay for nothing.
if TYPE_CHECKING:
    from PySide6.QtGui import QFontMetrics, QPainter, QStaticText
    from PySide6.QtWidgets import QStyleOptionViewItem

    from reader.document import Article

ArticleIdRole = Qt.ItemDataRole.UserRole + 1
SubtitleRole = Qt.ItemDataRole.UserRole + 2
BookmarkedRole = Qt.ItemDataRole.UserRole + 3

Index = QModelIndex | QPersistentModelIndex

SORT_KEYS = ("imported", "date", "title")
PAGE_SIZE = 200  # rows per fetch: a few screens' worth, one quick indexed query
ARTICLE_CACHE = 16  # parsed articles kept in memory; going back and forth in the list stays instant
# Laid-out (elided, shaped) row texts kept for repainting: a few screens of rows in two lines each.
TEXT_CACHE = 512
STAR = "★"
STAR_COLOR = QColor("#e0a100")  # amber reads as "starred" on both light and dark backgrounds


def subtitle(row: ArticleRow) -> str:
    """ "site · date" for the list's second line."""
    return " · ".join(p for p in (row.site, format_date(row.published)) if p)


class ArticleListModel(QAbstractListModel):
    """The library's live articles, sorted and filtered, fetched lazily."""

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.sort_key = "imported"
        self.query = ""
        self.bookmarked_only = False
        self._rows: list[ArticleRow] = []
        self._count = 0
        self._cache: OrderedDict[int, Article] = OrderedDict()
        self.refresh()

    # --- Qt model ---------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._count

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        page = self._page(len(self._rows))
        if not page:
            self._count = len(self._rows)  # the library shrank under us (removed elsewhere)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(p for p in (row.title, subtitle(row)) if p)
        if role == SubtitleRole:
            return subtitle(row)
        if role == ArticleIdRole:
            return row.id
        if role == BookmarkedRole:
            return row.bookmarked
        return None

    # --- loading ----------------------------------------------------------------------------
    def _page(self, offset: int, limit: int = PAGE_SIZE) -> list[ArticleRow]:
        return self.library.rows(
            offset=offset,
            limit=limit,
            sort=self.sort_key,  # type: ignore[arg-type]
            bookmarked_only=self.bookmarked_only,
            query=self.query,
        )

    def refresh(self, keep_loaded: bool = False) -> None:
        """Reload from the library (a filter or sort change): count, then the first page.

        With `keep_loaded`, as many rows as were loaded before are read again (in one query), so the
        article being read is found without paging through the library page by page.
        """
        loaded = len(self._rows) if keep_loaded else 0
        self.beginResetModel()
        self._count = self.library.count(query=self.query, bookmarked_only=self.bookmarked_only)
        self._rows = self._page(0, max(PAGE_SIZE, loaded)) if self._count else []
        self.endResetModel()

    def add_new(self) -> None:
        """Show articles an import just stored, without a reset when that is possible.

        Sorted by import time (newest first) every new article belongs above all listed ones, so the
        new rows are inserted at the top: selection, scroll position and loaded pages stay as they are.
        Other orders reload (keeping the loaded rows).
        """
        count = self.library.count(query=self.query, bookmarked_only=self.bookmarked_only)
        new = count - self._count
        if self.sort_key != "imported" or new < 0:
            self.refresh(keep_loaded=True)
            return
        if new == 0:
            return
        rows = self._page(0, new)
        self.beginInsertRows(QModelIndex(), 0, len(rows) - 1)
        self._rows[0:0] = rows
        self._count = count
        self.endInsertRows()

    def total(self) -> int:
        """Live articles in the library, whatever the filters show."""
        return self.library.count()

    def matching(self) -> int:
        """Articles the current filters match (rows not fetched yet included)."""
        return self._count

    # --- rows -------------------------------------------------------------------------------
    def article_id(self, row: int) -> int:
        return self._rows[row].id

    def article(self, row: int) -> Article:
        return self.article_by_id(self._rows[row].id)

    def article_by_id(self, article_id: int) -> Article:
        cached = self._cache.get(article_id)
        if cached is None:
            cached = self.library.article(article_id)
            self._cache[article_id] = cached
            if len(self._cache) > ARTICLE_CACHE:
                self._cache.popitem(last=False)
        else:
            self._cache.move_to_end(article_id)
        return cached

    def forget(self, article_id: int) -> None:
        """Drop a cached article (its metadata was edited)."""
        self._cache.pop(article_id, None)

    def row_of(self, article_id: int, fetch: bool = True) -> int:
        """The row showing this article, fetching further pages if needed; -1 when the filters hide it."""
        while True:
            for row, item in enumerate(self._rows):
                if item.id == article_id:
                    return row
            if not fetch or not self.canFetchMore():
                return -1
            self.fetchMore()

    def row_at(self, row: int) -> ArticleRow:
        """The loaded row (what the delegate paints)."""
        return self._rows[row]

    def is_bookmarked(self, row: int) -> bool:
        return self._rows[row].bookmarked

    # --- changes ----------------------------------------------------------------------------
    def set_bookmarked(self, row: int, on: bool) -> None:
        item = self._rows[row]
        self.library.set_bookmarked(item.id, on)
        if self.bookmarked_only and not on:
            self.refresh()
            return
        self._rows[row] = item._replace(bookmarked=on)
        index = self.index(row)
        self.dataChanged.emit(index, index, [BookmarkedRole])

    def remove_row(self, row: int) -> RemovalToken:
        """Remove the article from the library (soft: `restore` undoes it) and from the list."""
        token = self.library.remove([self._rows[row].id])
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self._count -= 1
        self.endRemoveRows()
        return token

    def restore(self, token: RemovalToken) -> None:
        self.library.restore(token)
        self.refresh()

    # --- order and filters ------------------------------------------------------------------
    def set_sort_key(self, key: str) -> None:
        if key not in SORT_KEYS:
            raise ValueError(f"unknown sort key {key!r}")
        self.sort_key = key
        self.refresh()

    def set_query(self, query: str) -> None:
        self.query = query.strip()
        self.refresh()

    def set_bookmarked_only(self, on: bool) -> None:
        self.bookmarked_only = on
        self.refresh()


class _Fonts(NamedTuple):
    """A row's fonts for one base font, made once: title line, muted second line, star width."""

    key: str
    font: QFont
    metrics: QFontMetrics
    small_key: str
    small: QFont
    small_metrics: QFontMetrics
    star_width: int


class ArticleDelegate(QStyledItemDelegate):
    """Two lines a row: the title, and "site · date" in a smaller, muted font; a star when bookmarked.

    Painting runs for every visible row whenever the list changes (an import adds rows several times a
    second), so the fonts and metrics are made once per font, a row is read from the model in one call
    rather than one `data()` round trip per role, and each line's elided text is shaped once (QStaticText)
    rather than on every repaint: shaping CJK titles was most of the cost of painting the list.
    """

    PADDING = 7

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fonts: dict[str, _Fonts] = {}
        self._texts: OrderedDict[tuple[str, int, str], QStaticText] = OrderedDict()

    def _fonts_for(self, base: QFont) -> _Fonts:
        key = base.key()
        fonts = self._fonts.get(key)
        if fonts is None:
            from PySide6.QtGui import QFontMetrics

            font = QFont(base)
            small = QFont(font)
            small.setPointSizeF(max(6.0, font.pointSizeF() * 0.88))
            metrics = QFontMetrics(font)
            star_width = metrics.horizontalAdvance(STAR) + self.PADDING
            fonts = _Fonts(key, font, metrics, small.key(), small, QFontMetrics(small), star_width)
            self._fonts[key] = fonts
        return fonts

    def _line(self, text: str, width: int, font_key: str, font: QFont, metrics: QFontMetrics) -> QStaticText:
        """`text` elided to `width` and laid out in `font`, from the cache when it was drawn before."""
        key = (font_key, width, text)
        line = self._texts.get(key)
        if line is None:
            from PySide6.QtGui import QStaticText, QTransform

            line = QStaticText(metrics.elidedText(text, Qt.TextElideMode.ElideRight, width))
            line.setTextFormat(Qt.TextFormat.PlainText)
            line.prepare(QTransform(), font)
            self._texts[key] = line
            if len(self._texts) > TEXT_CACHE:
                self._texts.popitem(last=False)
        else:
            self._texts.move_to_end(key)
        return line

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        metrics = self._fonts_for(option.font).metrics
        return QSize(200, metrics.height() * 2 + self.PADDING * 3)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        from PySide6.QtCore import QPointF, QRect
        from PySide6.QtGui import QPalette
        from PySide6.QtWidgets import QStyle

        model = index.model()
        if isinstance(model, ArticleListModel):
            row = model.row_at(index.row())
            title, sub, starred = row.title or "", subtitle(row), row.bookmarked
        else:  # a proxy or another model: go through the roles
            title = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
            sub = str(index.data(SubtitleRole) or "")
            starred = bool(index.data(BookmarkedRole))
        f = self._fonts_for(option.font)
        painter.save()
        rect: QRect = option.rect
        palette: QPalette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(rect, palette.highlight())
        text_color = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        inner = rect.adjusted(self.PADDING * 2, self.PADDING, -self.PADDING * 2, -self.PADDING)
        line = f.metrics.height()
        star_width = f.star_width
        text_width = inner.width() - (star_width if starred else 0)
        painter.setFont(f.font)
        painter.setPen(text_color)
        title_line = self._line(title, text_width, f.key, f.font, f.metrics)
        painter.drawStaticText(QPointF(inner.left(), inner.top()), title_line)
        if starred:
            painter.setPen(STAR_COLOR)
            painter.drawText(
                QRect(inner.right() - star_width, inner.top(), star_width, line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                STAR,
            )
        painter.setFont(f.small)
        text_color.setAlpha(150)
        painter.setPen(text_color)
        painter.drawStaticText(
            QPointF(inner.left(), inner.top() + line + self.PADDING // 2),
            self._line(sub, inner.width(), f.small_key, f.small, f.small_metrics),
        )
        painter.restore()

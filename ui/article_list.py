"""The article list: a Qt list model over the imported articles, and a delegate that draws a row.

A row shows the title, "site · date" in a muted line, and a star when the article is bookmarked.
The model keeps its own sort order and filters (search text, bookmarked only) so the view stays dumb.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from reader.document import Article
from ui.article_view import format_date

ArticleRole = Qt.ItemDataRole.UserRole + 1
SubtitleRole = Qt.ItemDataRole.UserRole + 2
BookmarkedRole = Qt.ItemDataRole.UserRole + 3

Index = QModelIndex | QPersistentModelIndex

SORT_KEYS = ("imported", "date", "title")
STAR = "★"
STAR_COLOR = QColor("#e0a100")  # amber reads as "starred" on both light and dark backgrounds


def subtitle(article: Article) -> str:
    """ "site · date" for the list's second line (the file name when both are unknown)."""
    line = " · ".join(p for p in (article.site, format_date(article.published)) if p)
    return line or article.source.path.rsplit("/", 1)[-1]


def display_title(article: Article) -> str:
    if article.title:
        return article.title
    if article.blocks:
        return article.blocks[0].text[:60]
    return article.source.path.rsplit("/", 1)[-1] or "(untitled)"


def _date_key(article: Article) -> str:
    # Partial dates ("--06-26") sort below full ones: their year is unknown.
    published = article.published or ""
    return "" if published.startswith("--") else published


class ArticleListModel(QAbstractListModel):
    """Rows of articles (one per content hash), sorted and filtered; the order they came in is kept."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._all: list[Article] = []  # import order
        self._hashes: set[str] = set()
        self._bookmarks: set[str] = set()
        self._rows: list[Article] = []  # what is shown, in display order
        self.sort_key = "imported"
        self.query = ""
        self.bookmarked_only = False
        self.matcher: Callable[[Article, str], bool] = _substring_match

    # --- Qt model ---------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        article = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return display_title(article)
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(p for p in (display_title(article), subtitle(article), article.source.path) if p)
        if role == SubtitleRole:
            return subtitle(article)
        if role == ArticleRole:
            return article
        if role == BookmarkedRole:
            return self.is_bookmarked(article)
        return None

    # --- content ----------------------------------------------------------------------------
    def add_article(self, article: Article) -> int:
        """Add an article, or return the row of the same content already listed (-1 when filtered out)."""
        key = article.source.sha256
        if key and key in self._hashes:
            return self.row_of(key)
        self._all.append(article)
        if key:
            self._hashes.add(key)
        if not self._accepts(article):
            return -1
        row = self._insertion_row(article)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.insert(row, article)
        self.endInsertRows()
        return row

    def remove_row(self, row: int) -> Article:
        """Take an article out of the list (the caller keeps it for undo)."""
        article = self._rows[row]
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()
        self._all.remove(article)
        self._hashes.discard(article.source.sha256)
        return article

    def article(self, row: int) -> Article:
        return self._rows[row]

    def row_of(self, sha256: str) -> int:
        for row, article in enumerate(self._rows):
            if article.source.sha256 == sha256:
                return row
        return -1

    def total(self) -> int:
        """Articles in the list, whether the filters show them or not."""
        return len(self._all)

    # --- bookmarks --------------------------------------------------------------------------
    def is_bookmarked(self, article: Article) -> bool:
        return article.source.sha256 in self._bookmarks

    def set_bookmarked(self, row: int, on: bool) -> None:
        key = self._rows[row].source.sha256
        if on:
            self._bookmarks.add(key)
        else:
            self._bookmarks.discard(key)
        index = self.index(row)
        self.dataChanged.emit(index, index, [BookmarkedRole])
        if self.bookmarked_only and not on:
            self._refilter()

    # --- order and filters ------------------------------------------------------------------
    def set_sort_key(self, key: str) -> None:
        if key not in SORT_KEYS:
            raise ValueError(f"unknown sort key {key!r}")
        self.sort_key = key
        self._refilter()

    def set_query(self, query: str) -> None:
        self.query = query.strip()
        self._refilter()

    def set_bookmarked_only(self, on: bool) -> None:
        self.bookmarked_only = on
        self._refilter()

    def _accepts(self, article: Article) -> bool:
        if self.bookmarked_only and not self.is_bookmarked(article):
            return False
        return not self.query or self.matcher(article, self.query)

    def _sorted(self, articles: list[Article]) -> list[Article]:
        if self.sort_key == "title":
            return sorted(articles, key=lambda a: display_title(a).casefold())
        if self.sort_key == "date":
            return sorted(articles, key=_date_key, reverse=True)
        return list(reversed(articles))  # newest import first

    def _insertion_row(self, article: Article) -> int:
        if self.sort_key == "imported":
            return 0
        order = self._sorted([*self._rows, article])
        return next(i for i, a in enumerate(order) if a is article)

    def _refilter(self) -> None:
        self.beginResetModel()
        self._rows = self._sorted([a for a in self._all if self._accepts(a)])
        self.endResetModel()


def _substring_match(article: Article, query: str) -> bool:
    needle = query.casefold()
    return needle in article.title.casefold() or needle in article.text.casefold()


class ArticleDelegate(QStyledItemDelegate):
    """Two lines a row: the title, and "site · date" in a smaller, muted font; a star when bookmarked."""

    PADDING = 7

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        metrics = QFontMetrics(option.font)
        return QSize(200, metrics.height() * 2 + self.PADDING * 3)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        painter.save()
        rect: QRect = option.rect
        palette: QPalette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(rect, palette.highlight())
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        font = QFont(option.font)
        metrics = QFontMetrics(font)
        inner = rect.adjusted(self.PADDING * 2, self.PADDING, -self.PADDING * 2, -self.PADDING)
        starred = bool(index.data(BookmarkedRole))
        star_width = metrics.horizontalAdvance(STAR) + self.PADDING
        text_width = inner.width() - (star_width if starred else 0)
        title = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        painter.setFont(font)
        painter.setPen(palette.color(text_role))
        painter.drawText(
            QRect(inner.left(), inner.top(), text_width, metrics.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(title, Qt.TextElideMode.ElideRight, text_width),
        )
        if starred:
            painter.setPen(STAR_COLOR)
            painter.drawText(
                QRect(inner.right() - star_width, inner.top(), star_width, metrics.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                STAR,
            )
        small = QFont(font)
        small.setPointSizeF(max(6.0, font.pointSizeF() * 0.88))
        painter.setFont(small)
        muted = palette.color(text_role)
        muted.setAlpha(150)
        painter.setPen(muted)
        sub = str(index.data(SubtitleRole) or "")
        painter.drawText(
            QRect(inner.left(), inner.top() + metrics.height() + self.PADDING // 2, inner.width(), metrics.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            QFontMetrics(small).elidedText(sub, Qt.TextElideMode.ElideRight, inner.width()),
        )
        painter.restore()

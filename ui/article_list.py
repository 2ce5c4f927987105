"""The article list: a Qt list model over the imported articles, and a delegate that draws title, site and date."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from reader.document import Article

ArticleRole = Qt.ItemDataRole.UserRole + 1
SubtitleRole = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


def subtitle(article: Article) -> str:
    """ "site · date" for the list's second line."""
    return " · ".join(p for p in (article.site, article.published) if p)


def display_title(article: Article) -> str:
    if article.title:
        return article.title
    if article.blocks:
        return article.blocks[0].text[:60]
    return article.source.path.rsplit("/", 1)[-1] or "(untitled)"


class ArticleListModel(QAbstractListModel):
    """Rows of articles; one article per content hash."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._articles: list[Article] = []
        self._hashes: set[str] = set()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._articles)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._articles):
            return None
        article = self._articles[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return display_title(article)
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(p for p in (display_title(article), subtitle(article), article.source.path) if p)
        if role == SubtitleRole:
            return subtitle(article)
        if role == ArticleRole:
            return article
        return None

    def add_article(self, article: Article) -> int:
        """Add an article, or return the row of the same content already listed."""
        key = article.source.sha256
        if key and key in self._hashes:
            for row, existing in enumerate(self._articles):
                if existing.source.sha256 == key:
                    return row
        row = len(self._articles)
        self.beginInsertRows(QModelIndex(), row, row)
        self._articles.append(article)
        if key:
            self._hashes.add(key)
        self.endInsertRows()
        return row

    def article(self, row: int) -> Article:
        return self._articles[row]


class ArticleDelegate(QStyledItemDelegate):
    """Two lines a row: the title, and "site · date" in a smaller, muted font."""

    PADDING = 6

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
        title = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        painter.setFont(font)
        painter.setPen(palette.color(text_role))
        painter.drawText(
            inner.adjusted(0, 0, 0, -metrics.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            metrics.elidedText(title, Qt.TextElideMode.ElideRight, inner.width()),
        )
        small = QFont(font)
        small.setPointSizeF(max(6.0, font.pointSizeF() * 0.85))
        painter.setFont(small)
        muted = palette.color(text_role)
        muted.setAlpha(150)
        painter.setPen(muted)
        sub = str(index.data(SubtitleRole) or "")
        painter.drawText(
            inner.adjusted(0, metrics.height() + self.PADDING // 2, 0, 0),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            QFontMetrics(small).elidedText(sub, Qt.TextElideMode.ElideRight, inner.width()),
        )
        painter.restore()

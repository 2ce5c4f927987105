"""The reading pane: an `Article` rendered as escaped HTML in a QTextBrowser that never loads anything remote.

Typography: a serif stack with CJK fallbacks, generous line height, and a measure (line length) capped
by side margins that grow with the window, so long Chinese and English text stays comfortable.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtGui import QColor, QFont, QFontInfo, QTextCursor
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QWidget

from ui.theme import LIGHT, ReadingColors

if TYPE_CHECKING:
    from PySide6.QtGui import QResizeEvent

    from reader.document import Article

# Latin faces first, then CJK: Qt falls back per character, so Latin text gets a Latin serif and Chinese
# text a CJK one. Each platform has one of each (Linux: Noto/DejaVu, macOS: Georgia/PingFang,
# Windows: Georgia/Microsoft YaHei).
READING_FAMILIES = [
    "Charter",
    "Georgia",
    "Noto Serif",
    "Source Serif 4",
    "DejaVu Serif",
    "Noto Serif CJK SC",
    "Source Han Serif SC",
    "Songti SC",
    "Noto Sans CJK SC",
    "PingFang SC",
    "Microsoft YaHei",
    "serif",
]
BASE_POINT_SIZE = 13.0  # a comfortable body size on a 96-dpi desktop at zoom 0
ZOOM_STEP = 1.0  # points per Ctrl+= / Ctrl+-
ZOOM_MIN, ZOOM_MAX = -6, 14
# Measure: about 38 CJK characters or 70 Latin characters a line, the range typographers recommend.
MEASURE_EM = 38
SIDE_MARGIN_MIN = 24  # px; the text never touches the pane's edges
# QTextDocument's percentages scale the font's own line height, which for CJK faces is already ~1.4 em:
# 135% gives about 1.9 em for Chinese and 1.6 em for Latin text, both in the comfortable range.
LINE_HEIGHT_PERCENT = 135
TITLE_LINE_HEIGHT_PERCENT = 105

_BLOCK_TAGS = {"heading": "h2", "paragraph": "p", "quote": "blockquote", "list_item": "li"}
ALLOWED_LINK_SCHEMES = ("http", "https")
ORIGINAL_FILE_LINK = "qingdu:original-file"


def removed_reason_label(reason: str) -> str:
    """A translated label for the parser's removal reasons; unknown ones are shown as given."""
    labels = {
        "navigation": QCoreApplication.translate("ArticleView", "navigation"),
        "footer": QCoreApplication.translate("ArticleView", "footer"),
        "teaser": QCoreApplication.translate("ArticleView", "teaser"),
        "duplicate": QCoreApplication.translate("ArticleView", "duplicate"),
        "watermark": QCoreApplication.translate("ArticleView", "watermark"),
        "related": QCoreApplication.translate("ArticleView", "related list"),
        "boilerplate": QCoreApplication.translate("ArticleView", "boilerplate"),
        "title": QCoreApplication.translate("ArticleView", "title"),
    }
    return labels.get(reason, reason)


def format_date(published: str | None) -> str:
    """ISO dates as they are; a partial "--MM-DD" (year unknown) as "MM-DD"."""
    if not published:
        return ""
    if published.startswith("--"):
        return published[2:] + " " + QCoreApplication.translate("ArticleView", "(year unknown)")
    return published


def is_web_url(url: str | None) -> bool:
    if not url:
        return False
    parsed = QUrl(url)
    return parsed.isValid() and parsed.scheme().lower() in ALLOWED_LINK_SCHEMES and bool(parsed.host())


class ReadingStyle(NamedTuple):
    """What the HTML depends on besides the article."""

    colors: ReadingColors = LIGHT
    point_size: float = BASE_POINT_SIZE
    show_removed: bool = False


def reading_css(style: ReadingStyle) -> str:
    """The pane's CSS. QTextDocument takes margins in px only, so sizes are computed from the point size."""
    c, pt = style.colors, style.point_size
    px = pt * 96 / 72  # CSS pixels per point on a 96-dpi reference screen
    gap = round(px * 0.9)
    return f"""
body {{ color: {c.text}; background-color: {c.background}; }}
h1 {{ font-size: {pt * 1.7:.1f}pt; font-weight: 700; color: {c.heading}; margin-top: 8px; margin-bottom: {gap}px;
      line-height: {TITLE_LINE_HEIGHT_PERCENT}%; }}
h2 {{ font-size: {pt * 1.25:.1f}pt; font-weight: 700; color: {c.heading}; margin-top: {gap * 2}px;
      margin-bottom: {gap // 2}px; line-height: {TITLE_LINE_HEIGHT_PERCENT}%; }}
h3 {{ font-size: {pt * 1.0:.1f}pt; font-weight: 700; color: {c.muted}; margin-top: {gap * 3}px;
      margin-bottom: {gap}px; }}
p {{ line-height: {LINE_HEIGHT_PERCENT}%; margin-top: 0px; margin-bottom: {gap}px; }}
li {{ line-height: {LINE_HEIGHT_PERCENT}%; margin-bottom: {gap // 3}px; }}
p.meta {{ color: {c.muted}; font-size: {pt * 0.85:.1f}pt; margin-bottom: 2px; line-height: 120%; }}
p.links {{ color: {c.muted}; font-size: {pt * 0.85:.1f}pt; margin-bottom: {gap * 2}px; line-height: 120%; }}
p.caption {{ color: {c.muted}; font-size: {pt * 0.85:.1f}pt; text-align: center; }}
blockquote {{ color: {c.muted}; margin-left: {gap * 2}px; margin-right: {gap}px;
              line-height: {LINE_HEIGHT_PERCENT}%; }}
p.related-title {{ margin-bottom: 0px; font-weight: 600; line-height: 120%; }}
p.related-snippet {{ color: {c.muted}; font-size: {pt * 0.9:.1f}pt; margin-bottom: {gap}px; line-height: 120%; }}
p.removed {{ color: {c.removed}; font-size: {pt * 0.9:.1f}pt; line-height: 120%; margin-bottom: {gap // 2}px; }}
span.reason {{ color: {c.removed_label}; font-weight: 600; }}
a {{ color: {c.link}; text-decoration: none; }}
"""


def render_article_html(article: Article, style: ReadingStyle | None = None) -> str:
    """The whole article as an HTML document; every piece of page text is escaped."""
    style = style or ReadingStyle()
    parts = [f"<html><head><style>{reading_css(style)}</style></head><body>"]
    if article.title:
        parts.append(f"<h1>{escape(article.title)}</h1>")
    meta = " · ".join(escape(p) for p in (article.site, format_date(article.published), article.author) if p)
    if meta:
        parts.append(f'<p class="meta">{meta}</p>')
    parts.append(_links_line(article))
    parts.extend(_body(article))
    if article.related:
        related_heading = QCoreApplication.translate("ArticleView", "Related articles")
        parts.append(f"<h3>{escape(related_heading)}</h3>")
        for item in article.related:
            parts.append(f'<p class="related-title">{escape(item.title)}</p>')
            parts.append(f'<p class="related-snippet">{escape(item.snippet) or "&nbsp;"}</p>')
    if style.show_removed and article.removed:
        heading = QCoreApplication.translate("ArticleView", "Removed by the parser ({count})").replace(
            "{count}", str(len(article.removed))
        )
        parts.append(f"<h3>{escape(heading)}</h3>")
        for removed in article.removed:
            label = escape(removed_reason_label(removed.reason))
            parts.append(f'<p class="removed"><span class="reason">[{label}]</span> {escape(removed.text)}</p>')
    parts.append("</body></html>")
    return "".join(parts)


def _links_line(article: Article) -> str:
    links = []
    source_label = escape(QCoreApplication.translate("ArticleView", "Source:"))
    original_label = escape(QCoreApplication.translate("ArticleView", "Open original file"))
    if is_web_url(article.url):
        url = escape(article.url or "", quote=True)
        links.append(f'{source_label} <a href="{url}">{escape(_shorten(article.url or ""))}</a>')
    elif article.url:
        links.append(f"{source_label} {escape(article.url)}")
    if article.source.path:
        links.append(f'<a href="{ORIGINAL_FILE_LINK}">{original_label}</a>')
    if not links:
        return ""
    return f'<p class="links">{" &nbsp;·&nbsp; ".join(links)}</p>'


def _shorten(url: str, limit: int = 70) -> str:
    return url if len(url) <= limit else url[: limit - 1] + "…"


def _body(article: Article) -> list[str]:
    parts: list[str] = []
    in_list = False
    for block in article.blocks:
        if block.kind == "list_item" and not in_list:
            parts.append("<ul>")
            in_list = True
        elif block.kind != "list_item" and in_list:
            parts.append("</ul>")
            in_list = False
        text = escape(block.text)
        if block.kind == "caption":
            parts.append(f'<p class="caption">{text}</p>')
        else:
            tag = _BLOCK_TAGS.get(block.kind, "p")
            parts.append(f"<{tag}>{text}</{tag}>")
    if in_list:
        parts.append("</ul>")
    return parts


class ArticleView(QTextBrowser):
    """Shows one article. Links are never followed by the widget itself: the window decides on a click."""

    web_link_clicked = Signal(QUrl)  # an http(s) link the user clicked
    original_file_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setObjectName("articleView")
        self.article: Article | None = None
        self.zoom = 0
        self.colors: ReadingColors = LIGHT
        self.show_removed = False
        self.highlight_terms: list[str] = []
        self.anchorClicked.connect(self._on_anchor)
        self._apply_font()

    # --- state ------------------------------------------------------------------------------
    def reading_style(self) -> ReadingStyle:
        return ReadingStyle(colors=self.colors, point_size=self.point_size(), show_removed=self.show_removed)

    def point_size(self) -> float:
        return BASE_POINT_SIZE + self.zoom * ZOOM_STEP

    def set_zoom(self, zoom: int) -> None:
        self.zoom = max(ZOOM_MIN, min(ZOOM_MAX, zoom))
        self._apply_font()
        self._rerender()

    def set_colors(self, colors: ReadingColors) -> None:
        self.colors = colors
        self._rerender()

    def set_show_removed(self, show: bool) -> None:
        self.show_removed = show
        self._rerender()

    def show_article(self, article: Article | None) -> None:
        self.article = article
        if article is None:
            self.clear()
        else:
            self._render()
            self.verticalScrollBar().setValue(0)

    def set_highlight_terms(self, terms: list[str]) -> None:
        """Highlight every occurrence of these terms (search matches) and scroll to the first."""
        self.highlight_terms = [t for t in terms if t.strip()]
        self._apply_highlights(scroll=True)

    # --- rendering --------------------------------------------------------------------------
    def _apply_font(self) -> None:
        font = QFont()
        font.setFamilies(READING_FAMILIES)
        font.setPointSizeF(self.point_size())
        font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
        self.document().setDefaultFont(font)
        self._update_margins()

    def _render(self) -> None:
        if self.article is None:
            return
        self.setHtml(render_article_html(self.article, self.reading_style()))
        self._update_margins()
        self._apply_highlights(scroll=False)

    def _rerender(self) -> None:
        if self.article is None:
            return
        bar = self.verticalScrollBar()
        fraction = bar.value() / bar.maximum() if bar.maximum() else 0.0
        self._render()
        bar.setValue(round(fraction * bar.maximum()))

    def measure_px(self) -> int:
        return MEASURE_EM * QFontInfo(self.document().defaultFont()).pixelSize()

    def _update_margins(self) -> None:
        """Centre a column at most MEASURE_EM wide by growing the root frame's side margins."""
        if self.article is None:
            # Only centred hints show without an article. Touching the frame format would also make PySide build
            # QTextFormat's enum classes (over 130 members) at every start.
            return
        # The viewport's width, without asking for the viewport: PySide's first viewport() call resolves its widget
        # type by initialising dozens of widget classes (~40 ms), paid at every start otherwise.
        width = self.maximumViewportSize().width()
        bar = self.verticalScrollBar()
        if bar.isVisible():
            width -= bar.width()
        side = max(SIDE_MARGIN_MIN, (width - self.measure_px()) // 2)
        root = self.document().rootFrame()
        frame_format = root.frameFormat()
        if frame_format.leftMargin() != side:
            frame_format.setLeftMargin(side)
            frame_format.setRightMargin(side)
            frame_format.setTopMargin(SIDE_MARGIN_MIN)
            frame_format.setBottomMargin(SIDE_MARGIN_MIN * 2)
            root.setFrameFormat(frame_format)

    def _apply_highlights(self, scroll: bool) -> None:
        from PySide6.QtGui import QTextCharFormat  # needed once an article is shown, not at start

        selections = []
        first: QTextCursor | None = None
        highlight = QTextCharFormat()
        highlight.setBackground(QColor(self.colors.highlight))
        for term in self.highlight_terms:
            cursor = self.document().find(term, 0)
            while not cursor.isNull():
                selection = QTextEdit.ExtraSelection()
                selection.cursor = cursor
                selection.format = highlight
                selections.append(selection)
                if first is None or cursor.position() < first.position():
                    first = QTextCursor(cursor)
                cursor = self.document().find(term, cursor)
        self.setExtraSelections(selections)
        if scroll and first is not None:
            moved = QTextCursor(first)
            moved.clearSelection()
            self.setTextCursor(moved)
            self.ensureCursorVisible()

    def highlight_count(self) -> int:
        return len(self.extraSelections())

    # --- events -----------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_margins()

    def _on_anchor(self, url: QUrl) -> None:
        if url.toString() == ORIGINAL_FILE_LINK:
            self.original_file_clicked.emit()
        elif url.scheme().lower() in ALLOWED_LINK_SCHEMES:
            self.web_link_clicked.emit(url)
        # anything else (javascript:, file:, data:) is ignored on purpose

    def loadResource(self, type: int, name: QUrl | str) -> object:
        """Never fetch anything: remote images and stylesheets stay unloaded."""
        return None

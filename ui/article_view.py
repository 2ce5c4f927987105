"""The reading pane: an `Article` rendered as escaped HTML in a QTextBrowser that never loads anything remote."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QTextBrowser, QWidget

from reader.document import Article

_BLOCK_TAGS = {"heading": "h2", "paragraph": "p", "quote": "blockquote", "list_item": "li"}

STYLE = """
body { font-size: 15px; }
h1 { font-size: 24px; margin-bottom: 4px; }
h2 { font-size: 18px; margin-top: 18px; }
p { line-height: 160%; margin-top: 6px; margin-bottom: 10px; }
p.caption { color: #666666; font-size: 13px; text-align: center; }
p.meta { color: #777777; font-size: 13px; }
blockquote { color: #444444; margin-left: 16px; }
"""


def render_article_html(article: Article) -> str:
    """The whole article as an HTML document; every piece of page text is escaped."""
    parts = [f"<html><head><style>{STYLE}</style></head><body>"]
    if article.title:
        parts.append(f"<h1>{escape(article.title)}</h1>")
    meta = " · ".join(escape(p) for p in (article.site, article.published, article.author) if p)
    if meta:
        parts.append(f'<p class="meta">{meta}</p>')
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
    parts.append("</body></html>")
    return "".join(parts)


class ArticleView(QTextBrowser):
    """Shows one article. Links are never followed by the widget itself."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setObjectName("articleView")
        self.article: Article | None = None

    def show_article(self, article: Article | None) -> None:
        self.article = article
        if article is None:
            self.clear()
        else:
            self.setHtml(render_article_html(article))

    def loadResource(self, type: int, name: QUrl | str) -> object:
        """Never fetch anything: remote images and stylesheets stay unloaded."""
        return None

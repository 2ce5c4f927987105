"""Export the current article to a file: Markdown, plain text, HTML or PDF (Qt's own PDF writer)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from reader.document import Article
from reader.export import to_markdown, to_plain_text
from ui.article_view import READING_FAMILIES, ReadingStyle, render_article_html
from ui.theme import LIGHT

# format -> file suffix; the order is the order of the File > Export submenu.
EXPORT_FORMATS = {"markdown": ".md", "text": ".txt", "html": ".html", "pdf": ".pdf"}
PDF_POINT_SIZE = 11.0  # print needs less than the screen
PDF_MARGIN_MM = 20.0
PDF_RESOLUTION = 300  # dpi; text stays vector, this only sets the layout grid
# Files are read (and printed) on white, not on the screen's warm off-white.
PAPER = ReadingStyle(colors=LIGHT._replace(background="#ffffff"))


def suggested_name(article: Article, fmt: str) -> str:
    """A file name from the title, with characters file systems refuse replaced."""
    stem = (article.title or Path(article.source.path).stem or "article").strip()
    stem = "".join("_" if ch in '\\/:*?"<>|\n\r\t' else ch for ch in stem)[:80].strip(" .") or "article"
    return stem + EXPORT_FORMATS[fmt]


def standalone_html(article: Article) -> str:
    """A self-contained HTML file (UTF-8, light colours); page text stays escaped."""
    body = render_article_html(article, PAPER)
    families = ", ".join(f'"{f}"' if " " in f else f for f in READING_FAMILIES)
    head = (
        '<head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<style>body {{ max-width: 42em; margin: 2em auto; padding: 0 1em; font-family: {families}; }}</style>"
    )
    return "<!DOCTYPE html>\n" + body.replace("<head>", head, 1)


def export_article(article: Article, path: str | Path, fmt: str) -> Path:
    """Write the article in `fmt` (a key of EXPORT_FORMATS) to `path`; returns the path written."""
    target = Path(path)
    if fmt == "markdown":
        target.write_text(to_markdown(article), encoding="utf-8")
    elif fmt == "text":
        target.write_text(to_plain_text(article), encoding="utf-8")
    elif fmt == "html":
        target.write_text(standalone_html(article), encoding="utf-8")
    elif fmt == "pdf":
        write_pdf(article, target)
    else:
        raise ValueError(f"unknown export format {fmt!r}")
    return target


def write_pdf(article: Article, target: Path) -> None:
    writer = QPdfWriter(str(target))
    writer.setResolution(PDF_RESOLUTION)
    writer.setTitle(article.title)
    writer.setCreator("Qingdu")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(PDF_MARGIN_MM, PDF_MARGIN_MM, PDF_MARGIN_MM, PDF_MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    document = QTextDocument()
    font = QFont()
    font.setFamilies(READING_FAMILIES)
    font.setPointSizeF(PDF_POINT_SIZE)
    document.setDefaultFont(font)
    document.setHtml(render_article_html(article, PAPER._replace(point_size=PDF_POINT_SIZE)))
    document.print_(writer)

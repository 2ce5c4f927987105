"""CitationData: the metadata every style formats, built from an Article plus user overrides.

Overrides come from the "Edit details…" dialog or from the library's stored edits, as a plain dict
(or any dataclass with the same field names). Keys: `title`, `site`, `url`, `published` (also
`date`), `author` / `authors` (a byline string, or a list with one name per item), `accessed`,
`language`. In a dict, as the library stores edits, a key that is present overrides and None or ""
clears the field ("unknown"); an absent key keeps the article's value. In a dataclass, a None field
is unset and keeps the article's value; "" clears. Unknown keys are ignored, so a caller can pass a
whole stored record.

From the library: `CitationData.from_article(stored.article, accessed=stored.imported_at)` (the
stored article already has the edits applied; the import time is the access date).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from reader.citation.dates import PartialDate, parse_full_date, parse_partial_date
from reader.citation.names import Name, has_han, parse_authors
from reader.document import Article

OVERRIDE_KEYS = frozenset({"title", "site", "url", "published", "date", "author", "authors", "accessed", "language"})
# Between names in the dialog's single "Authors" field: unambiguous for "Doe, Jane" and for 张三.
AUTHOR_FIELD_SEPARATOR = "; "


def _clean(value: object) -> str:
    return " ".join(str(value).split()) if value is not None else ""


@dataclass(frozen=True, slots=True)
class CitationData:
    """What a citation says about an article. Empty strings and None mean "not known"."""

    title: str = ""
    site: str = ""
    url: str = ""
    published: PartialDate | None = None
    authors: tuple[Name, ...] = field(default_factory=tuple)
    accessed: date | None = None
    language: str = ""

    @property
    def dated(self) -> PartialDate | None:
        """The publication date when it has a year; a year-less date ("--06-26") counts as no date
        in every style, since none of them can print a month and day without the year."""
        return self.published if self.published is not None and self.published.has_year else None

    @property
    def is_chinese(self) -> bool:
        """Chinese entries use 等 rather than et al. (GB/T 7714) and are never title-cased. Without a
        language, a title in Han characters decides (a Japanese title has Han too, hence not always)."""
        language = self.language.lower()
        return language.startswith("zh") or (not language and has_han(self.title))

    @property
    def default_style(self) -> str:
        """GB/T 7714-2015 for Chinese entries, else the general default (see `default_style_for`)."""
        return "gbt7714" if self.is_chinese else "apa"

    @classmethod
    def from_article(
        cls,
        article: Article,
        overrides: Mapping[str, Any] | object | None = None,
        accessed: date | str | None = None,
    ) -> CitationData:
        """The article's metadata, with `overrides` applied and the given access date."""
        values: dict[str, Any] = {
            "title": article.title,
            "site": article.site,
            "url": article.url,
            "published": article.published,
            "authors": article.author,
            "accessed": accessed,
            "language": article.language,
        }
        values.update(_normalise_overrides(overrides))
        return cls.from_values(values)

    @classmethod
    def from_values(cls, values: Mapping[str, Any]) -> CitationData:
        """Build from plain values (strings, dates, a byline or a list of names)."""
        authors = values.get("authors", values.get("author"))
        published = values.get("published", values.get("date"))
        return cls(
            title=_clean(values.get("title")),
            site=_clean(values.get("site")),
            url=_clean(values.get("url")).replace(" ", "%20"),
            published=parse_partial_date(published if published else None),
            authors=parse_authors(_author_input(authors)),
            accessed=parse_full_date(values.get("accessed") or None),
            language=_clean(values.get("language")),
        )

    def with_overrides(self, overrides: Mapping[str, Any] | object | None) -> CitationData:
        """A copy with the overrides applied (same rules as `from_article`)."""
        values = self.to_fields()
        values.update(_normalise_overrides(overrides))
        return CitationData.from_values(values)

    def to_fields(self) -> dict[str, str]:
        """The editable fields as strings, as the details dialog shows them (and takes them back)."""
        return {
            "title": self.title,
            "site": self.site,
            "authors": AUTHOR_FIELD_SEPARATOR.join(n.inverted() if not n.han else n.natural for n in self.authors),
            "published": self.published.iso() if self.published else "",
            "url": self.url,
            "accessed": self.accessed.isoformat() if self.accessed else "",
            "language": self.language,
        }


def _author_input(value: object) -> str | Iterable[str] | None:
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, Iterable):
        return [str(v) for v in value if v is not None]
    return str(value)


def _normalise_overrides(overrides: Mapping[str, Any] | object | None) -> dict[str, Any]:
    if overrides is None:
        return {}
    if dataclasses.is_dataclass(overrides) and not isinstance(overrides, type):
        fields = (f.name for f in dataclasses.fields(overrides))
        items: Mapping[str, Any] = {n: getattr(overrides, n) for n in fields if getattr(overrides, n) is not None}
    elif isinstance(overrides, Mapping):
        items = overrides
    else:
        raise TypeError(f"overrides must be a mapping or a dataclass, not {type(overrides).__name__}")
    result: dict[str, Any] = {}
    for key, value in items.items():
        if key in OVERRIDE_KEYS:
            result[{"date": "published", "author": "authors"}.get(key, key)] = "" if value is None else value
    return result

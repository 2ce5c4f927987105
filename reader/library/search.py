"""Full-text search: query planning over the trigram index, the short-query index, snippets and highlights.

Two indexes answer a query (see `schema.py`):

- `article_fts` (FTS5, trigram tokenizer) holds the effective title and body of every article. It
  finds any substring of three or more characters, Chinese or English, case-insensitively.
- `article_titles` (FTS5, trigram, contentless) holds titles alone: finding the title matches
  that search lists first reads title-sized posting lists, not the bodies' (schema v5).
- `article_short` (FTS5, contentless, no positions) holds, for every run of letters and digits in
  title and body (Chinese included, lowercased), each single character and each pair of adjacent
  characters as a token: it answers the one- and two-character queries ("港", "台风", "AI", "5G")
  the trigram index cannot (schema v6; v3-v5 held CJK runs only).

Short terms holding punctuation ("C#", "，") fall back to a `LIKE` scan of the trigram table's
content: correct, slow on a big library, and rare. A query is split on whitespace into terms; an article
matches when it holds every term (in title or body). Everything here except `QueryPlan.where` is
pure and can be used by the UI directly (e.g. `highlights` for the reading pane).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from reader.document import Article

# The trigram tokenizer indexes three-character windows: shorter terms need another route.
TRIGRAM = 3
# Characters of context kept before the first match in a snippet, and the snippet's length.
SNIPPET_BEFORE = 24
SNIPPET_LENGTH = 110
ELLIPSIS = "…"

# Runs of letters and digits (any script; "_" excluded as FTS5's unicode61 tokenizer splits on it),
# indexed character by character for short queries.
_WORD_RUN = re.compile(r"[^\W_]+")

Span = tuple[int, int]


def short_index_text(title: str, body: str) -> str:
    """The tokens `article_short` holds for one article: each character and adjacent pair of its
    letter-and-digit runs, lowercased, once each.

    Sorted, so the same text always gives the same string: the contentless index needs the exact
    tokens again to delete a row. Changing this function needs a schema step that rebuilds the index.
    """
    grams: set[str] = set()
    for text in (title, body):
        for run in _WORD_RUN.findall(text.lower()):
            grams.update(run)
            grams.update(run[i : i + 2] for i in range(len(run) - 1))
    return " ".join(sorted(grams))


def split_terms(query: str) -> tuple[str, ...]:
    """The query's terms: whitespace-separated, duplicates dropped, order kept."""
    seen: dict[str, None] = {}
    for term in query.split():
        seen.setdefault(term, None)
    return tuple(seen)


def _phrase(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _like_pattern(term: str) -> str:
    return "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


class QueryPlan(NamedTuple):
    """How one query is answered: a trigram MATCH, a short-index MATCH and LIKE scans, all ANDed."""

    terms: tuple[str, ...]
    fts_match: str | None
    short_match: str | None
    like_terms: tuple[str, ...]
    # The same trigram terms, for the title-only index (search lists title matches first).
    title_match: str | None = None

    @property
    def empty(self) -> bool:
        return not self.terms

    def without_fts(self) -> QueryPlan:
        return QueryPlan(self.terms, None, self.short_match, self.like_terms)

    def without_short(self) -> QueryPlan:
        return QueryPlan(self.terms, self.fts_match, None, self.like_terms)

    def where(self, id_column: str = "a.id", correlated: bool = False) -> tuple[str, list[object]]:
        """SQL conditions (joined by AND, or "1" when none) restricting `id_column` to matching articles.

        By default each index is asked once for all its matches (`IN`); `correlated` asks it about
        each row instead (`EXISTS … rowid = id`), cheaper when only a few rows are to be checked.
        """
        parts: list[str] = []
        params: list[object] = []
        conditions = [(f"{table} MATCH ?", [match]) for table, match in self._matches()] + [
            ("title LIKE ? ESCAPE '\\' OR body LIKE ? ESCAPE '\\'", [_like_pattern(t)] * 2) for t in self.like_terms
        ]
        tables = [table for table, _ in self._matches()] + ["article_fts"] * len(self.like_terms)
        for table, (condition, values) in zip(tables, conditions, strict=True):
            if correlated:
                parts.append(f"EXISTS (SELECT 1 FROM {table} WHERE ({condition}) AND rowid = {id_column})")
            else:
                parts.append(f"{id_column} IN (SELECT rowid FROM {table} WHERE {condition})")
            params += values
        return (" AND ".join(parts) or "1"), params

    def _matches(self) -> list[tuple[str, str]]:
        found = [("article_fts", self.fts_match), ("article_short", self.short_match)]
        return [(table, match) for table, match in found if match]


def plan_query(query: str) -> QueryPlan:
    """Route each term to the index that can answer it."""
    terms = split_terms(query)
    long_terms = [t for t in terms if len(t) >= TRIGRAM]
    short_terms = [t for t in terms if len(t) < TRIGRAM and _WORD_RUN.fullmatch(t)]
    like_terms = tuple(t for t in terms if len(t) < TRIGRAM and not _WORD_RUN.fullmatch(t))
    return QueryPlan(
        terms=terms,
        fts_match=" AND ".join(_phrase(t) for t in long_terms) or None,
        short_match=" AND ".join(_phrase(t) for t in short_terms) or None,
        like_terms=like_terms,
        title_match=" AND ".join(_phrase(t) for t in long_terms) or None,
    )


def term_pattern(terms: Iterable[str]) -> re.Pattern[str] | None:
    """A case-insensitive pattern matching any of the terms, longest first (None for no terms)."""
    ordered = sorted(set(terms), key=len, reverse=True)
    if not ordered:
        return None
    return re.compile("|".join(re.escape(t) for t in ordered), re.IGNORECASE)


def find_spans(text: str, query: str) -> list[Span]:
    """Character spans (start, end) in `text` of every match of the query's terms, in order."""
    pattern = term_pattern(split_terms(query))
    if pattern is None:
        return []
    return [m.span() for m in pattern.finditer(text)]


class Snippet(NamedTuple):
    """A short excerpt around the first match, with the spans to highlight inside it."""

    text: str
    spans: tuple[Span, ...]


def make_snippet(body: str, query: str) -> Snippet:
    """An excerpt of `body` (one line) around the first match of the query, or its start if none."""
    pattern = term_pattern(split_terms(query))
    first = pattern.search(body) if pattern else None
    start = max(0, first.start() - SNIPPET_BEFORE) if first else 0
    end = min(len(body), start + SNIPPET_LENGTH)
    if first and end < first.end():  # a very long term: keep it whole
        end = first.end()
    prefix = ELLIPSIS if start > 0 else ""
    suffix = ELLIPSIS if end < len(body) else ""
    excerpt = body[start:end].replace("\n", " ")
    spans: list[Span] = []
    if pattern:
        offset = len(prefix)
        spans = [(m.start() + offset, m.end() + offset) for m in pattern.finditer(excerpt)]
    return Snippet(prefix + excerpt + suffix, tuple(spans))


class Highlights(NamedTuple):
    """Where the query matches an article: spans in the title, and (block index, span) in its blocks."""

    title: tuple[Span, ...]
    blocks: tuple[tuple[int, Span], ...]

    def __bool__(self) -> bool:
        return bool(self.title or self.blocks)


def highlights(article: Article, query: str) -> Highlights:
    """Matches of the query in an article, for highlighting in the reading pane."""
    pattern = term_pattern(split_terms(query))
    if pattern is None:
        return Highlights((), ())
    title = tuple(m.span() for m in pattern.finditer(article.title))
    blocks = tuple((i, m.span()) for i, block in enumerate(article.blocks) for m in pattern.finditer(block.text))
    return Highlights(title, blocks)

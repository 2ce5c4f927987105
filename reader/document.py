"""The Article model: frozen dataclasses that every other part of Qingdu consumes."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

BlockKind = Literal["heading", "paragraph", "caption", "quote", "list_item"]
BLOCK_KINDS: tuple[BlockKind, ...] = ("heading", "paragraph", "caption", "quote", "list_item")
# Kinds that make up the readable body (`Article.text`); captions are shown but not part of it.
BODY_KINDS: frozenset[str] = frozenset({"heading", "paragraph", "quote", "list_item"})


@dataclass(frozen=True, slots=True)
class Block:
    """One unit of the article body."""

    kind: BlockKind
    text: str


@dataclass(frozen=True, slots=True)
class Related:
    """An entry of a "related articles" list: a (possibly truncated) title and its snippet."""

    title: str
    snippet: str = ""


@dataclass(frozen=True, slots=True)
class Removed:
    """Something the parser took out of the page, and why (so nothing is silently lost)."""

    reason: str
    text: str


@dataclass(frozen=True, slots=True)
class Source:
    """Where an article came from and how it was read."""

    path: str = ""
    sha256: str = ""
    format: str = ""
    encoding: str = ""
    size: int = 0


@dataclass(frozen=True, slots=True)
class Article:
    """A parsed article: metadata, body blocks, related items and what was removed."""

    title: str = ""
    site: str | None = None
    url: str | None = None
    # ISO date ("2023-06-26"), or a partial one such as "--06-26" when the year is unknown.
    published: str | None = None
    author: str | None = None
    language: str | None = None
    blocks: tuple[Block, ...] = ()
    related: tuple[Related, ...] = ()
    removed: tuple[Removed, ...] = ()
    source: Source = field(default_factory=Source)

    @property
    def text(self) -> str:
        """The body as plain text: headings, paragraphs, quotes and list items, captions left out."""
        return "\n\n".join(b.text for b in self.blocks if b.kind in BODY_KINDS)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict with the keys of the `extract --format jsonl` contract (plus `source`)."""
        return {
            "title": self.title,
            "site": self.site,
            "url": self.url,
            "published": self.published,
            "author": self.author,
            "language": self.language,
            "text": self.text,
            "blocks": [{"kind": b.kind, "text": b.text} for b in self.blocks],
            "related": [{"title": r.title, "snippet": r.snippet} for r in self.related],
            "removed": [{"reason": r.reason, "text": r.text} for r in self.removed],
            "source": asdict(self.source),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        """Rebuild an article from `to_dict` output (the library stores articles this way)."""
        blocks = tuple(
            Block(kind=b["kind"], text=b["text"]) for b in data.get("blocks", ()) if b["kind"] in BLOCK_KINDS
        )
        return cls(
            title=data.get("title") or "",
            site=data.get("site"),
            url=data.get("url"),
            published=data.get("published"),
            author=data.get("author"),
            language=data.get("language"),
            blocks=blocks,
            related=tuple(Related(r.get("title", ""), r.get("snippet", "")) for r in data.get("related", ())),
            removed=tuple(Removed(r.get("reason", ""), r.get("text", "")) for r in data.get("removed", ())),
            source=Source(**data.get("source", {})),
        )

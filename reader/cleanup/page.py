"""The working state the passes share: the page's lines with their labels, and what was learned about the page."""

from __future__ import annotations

from dataclasses import dataclass, field

from reader.document import BlockKind, Related


@dataclass(slots=True)
class Line:
    """One candidate block. A pass either gives it a body `kind` or removes it with a `reason`."""

    index: int
    text: str
    kind: BlockKind | None = None
    reason: str | None = None
    # Fragments cut out of the text (watermarks), kept so nothing is silently lost.
    cuts: list[tuple[str, str]] = field(default_factory=list)

    @property
    def live(self) -> bool:
        """Not removed by any pass so far."""
        return self.reason is None

    def remove(self, reason: str) -> None:
        """Take the line out of the body, unless an earlier pass already did."""
        if self.reason is None:
            self.reason = reason


@dataclass(slots=True)
class Page:
    """Lines plus the metadata recovered from them along the way."""

    lines: list[Line]
    language: str | None = None
    title: str = ""
    site: str | None = None
    author: str | None = None
    published: str | None = None
    related: list[Related] = field(default_factory=list)
    # The related-list entry standing for this very article, if the list has one.
    own_entry: Related | None = None
    # Index of the line repeating the title as the story's headline: the story starts after it.
    headline: int | None = None

    def live(self) -> list[Line]:
        """The lines still in the running for the body."""
        return [line for line in self.lines if line.reason is None]

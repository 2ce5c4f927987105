"""Block kinds for what is left: bare short lines are headings, the rest paragraphs."""

from __future__ import annotations

import re

from reader.cleanup.page import Page

# A heading is short and is not a sentence; the limits are generous for English, whose words are longer.
MAX_HEADING_CHARS_ZH = 40
MAX_HEADING_CHARS_EN = 120
_NOT_HEADING_END = re.compile(r"[。，,；;：:、]$|[.](?<!\.\.\.)$")
# Sentence stops inside a line: a Chinese one anywhere, a Latin one before a space.
_INNER_STOP = re.compile(r"[。！？]|[.!?](?=\s)")
# The characters _NOT_HEADING_END accepts at the end (looked at directly instead of a regex scan of the line).
_CLAUSE_ENDS = tuple("。，,；;：:、")


def assign_kinds(page: Page) -> None:
    """Short unpunctuated lines become headings, everything else still unlabeled a paragraph."""
    limit = MAX_HEADING_CHARS_ZH if page.language in ("zh", "ja") else MAX_HEADING_CHARS_EN
    for line in page.live():
        if line.kind is not None:
            continue
        text = line.text
        if len(text) <= limit and not _ends_clause(text) and not _INNER_STOP.search(text):
            line.kind = "heading"
        else:
            line.kind = "paragraph"


def _ends_clause(text: str) -> bool:
    """What `_NOT_HEADING_END.search(text)` says: the line ends in clause punctuation, or in a full stop that is
    not an ellipsis."""
    return text.endswith(_CLAUSE_ENDS) or (text.endswith(".") and not text.endswith("..."))

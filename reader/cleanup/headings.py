"""Block kinds for what is left: bare short lines are headings, the rest paragraphs."""

from __future__ import annotations

import re

from reader.cleanup.page import Page

# A heading is short and is not a sentence; the limits are generous for English, whose words are longer.
MAX_HEADING_CHARS_ZH = 40
MAX_HEADING_CHARS_EN = 120
_NOT_HEADING_END = re.compile(r"[。，,；;：:、]$|[.](?<!\.\.\.)$")


def assign_kinds(page: Page) -> None:
    """Short unpunctuated lines become headings, everything else still unlabeled a paragraph."""
    limit = MAX_HEADING_CHARS_ZH if page.language in ("zh", "ja") else MAX_HEADING_CHARS_EN
    for line in page.live():
        if line.kind is not None:
            continue
        text = line.text
        inner_stops = len(re.findall(r"[。！？]|[.!?](?=\s)", text))
        if len(text) <= limit and not _NOT_HEADING_END.search(text) and inner_stops == 0:
            line.kind = "heading"
        else:
            line.kind = "paragraph"

"""A stable citation key for BibTeX and CSL-JSON: first author (or site) + year + first title word."""

from __future__ import annotations

import re
import unicodedata

from reader.citation.model import CitationData
from reader.citation.names import has_han, word_set

# Title words skipped when choosing the key's word, so "The Wrong Way" gives "wrong".
_SKIP_WORDS = word_set("a an the of on in to and for with at by from")
# A Han title has no spaces; its first two characters stand in for its first word.
HAN_KEY_CHARS = 2
_HAN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")


def _ascii_word(text: str) -> str:
    """Lower-case letters and digits only, accents stripped ("Müller" -> "muller")."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if c.isascii() and c.isalnum()).lower()


def _name_part(data: CitationData) -> str:
    if data.authors:
        first = data.authors[0]
        if first.han:
            return first.natural if first.is_person else first.literal[:4]
        return _ascii_word(first.family if first.is_person else first.literal.split()[0])
    if data.site:
        return data.site if has_han(data.site) else _ascii_word(data.site.split()[0])
    return ""


def _title_part(title: str) -> str:
    if has_han(title):
        run = _HAN_RUN.search(title)
        return run.group(0)[:HAN_KEY_CHARS] if run else ""
    for word in title.split():
        cleaned = _ascii_word(word)
        if cleaned and cleaned not in _SKIP_WORDS:
            return cleaned
    return ""


def citation_key(data: CitationData) -> str:
    """ "bologna2019why", "萧钰2001出版"; never empty (falls back to "online")."""
    year = str(data.dated.year) if data.dated and data.dated.year else ""
    key = _name_part(data) + year + _title_part(data.title)
    return key or "online"

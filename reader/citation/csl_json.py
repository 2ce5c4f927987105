"""CSL-JSON (Citation Style Language data schema 1.0): a "webpage" item, as Zotero and pandoc read it.

Keys: id (the BibTeX key), type, title, container-title (the site), author (`family`/`given` for
people, Han names split at the surname; `literal` for organisations), issued and accessed as
`date-parts` (a year-less date is left out: CSL requires the year first), URL, language.
"""

from __future__ import annotations

import json
import re
from typing import Any

from reader.citation.keys import citation_key
from reader.citation.markup import Citation, code_citation
from reader.citation.model import CitationData
from reader.citation.names import Name

STYLE = "csl-json"


def csl_name(name: Name) -> dict[str, str]:
    if not name.is_person:
        return {"literal": name.literal}
    result = {"family": name.family}
    if name.given:
        result["given"] = name.given
    if name.suffix:
        result["suffix"] = name.suffix
    return result


def csl_item(data: CitationData) -> dict[str, Any]:
    """One CSL-JSON item (a dict ready for `json.dumps`)."""
    item: dict[str, Any] = {"id": citation_key(data), "type": "webpage"}
    if data.title:
        item["title"] = data.title
    if data.site:
        item["container-title"] = data.site
    if data.authors:
        item["author"] = [csl_name(n) for n in data.authors]
    if data.dated:
        item["issued"] = {"date-parts": [data.dated.date_parts()]}
    if data.accessed:
        item["accessed"] = {"date-parts": [[data.accessed.year, data.accessed.month, data.accessed.day]]}
    if data.url:
        item["URL"] = data.url
    if data.language:
        item["language"] = data.language
    return item


# A number array json.dumps spread over lines; JSON strings hold no raw newline, so text never matches.
_NUMBER_ARRAY = re.compile(r"\[\n\s*(\d+(?:,\n\s*\d+)*)\n\s*\]")
_NESTED_ARRAY = re.compile(r"\[\n\s*(\[[\d, ]+\])\n\s*\]")


def dumps(items: list[dict[str, Any]]) -> str:
    """A CSL-JSON document: always an array of items, UTF-8 text, two-space indent, dates on one line."""
    text = json.dumps(items, ensure_ascii=False, indent=2)
    text = _NUMBER_ARRAY.sub(lambda m: "[" + ", ".join(n.strip() for n in m.group(1).split(",")) + "]", text)
    return _NESTED_ARRAY.sub(r"[\1]", text)


def format_csl_json(data: CitationData) -> Citation:
    return code_citation(STYLE, dumps([csl_item(data)]))

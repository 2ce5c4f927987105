"""Dates in visible text (`6月26日`, `2023年6月26日`, `2023-06-26 10:30`, `June 26, 2023`) as ISO strings.

A date whose year is not written comes back partial, `--MM-DD` (ISO 8601's form without a year).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_MONTH_NAME = (
    r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
# Years outside this window are more likely counts, prices or phone numbers than publication years.
MIN_YEAR, MAX_YEAR = 1990, 2099

_PATTERNS: tuple[re.Pattern[str], ...] = (
    # 2023年6月26日 / 2023年06月26号
    re.compile(r"(?<!\d)(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*[日号]"),
    # 2023-06-26, 2023/6/26, 2023.06.26 (optionally followed by a time, which is ignored)
    re.compile(r"(?<![\d.])(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?![\d])"),
    # 6月26日 (no year)
    re.compile(r"(?<![\d年])(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*[日号]"),
    # June 26, 2023 / Nov. 19, 2019 / June 26
    re.compile(r"\b" + _MONTH_NAME + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y>\d{4})\b)?", re.I),
    # 26 June 2023 / 26 June
    re.compile(r"\b(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH_NAME + r"\b(?:,?\s+(?P<y>\d{4})\b)?", re.I),
)


# A character each pattern cannot match without (a month name needs one of its initials, under the same
# case folding as the pattern): a pattern whose character is missing is not run.
_MONTH_INITIAL = re.compile("[jfmasond]", re.I)


def _patterns_for(text: str) -> list[re.Pattern[str]]:
    """The patterns of `_PATTERNS`, in order, that could match somewhere in `text`."""
    month_name = _MONTH_INITIAL.search(text) is not None
    return [
        pattern
        for pattern, needed in zip(
            _PATTERNS,
            ("年" in text, "-" in text or "/" in text or "." in text, "月" in text, month_name, month_name),
            strict=True,
        )
        if needed
    ]


def _iso(year: str | None, month: int, day: int) -> str | None:
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    if year is None:
        return f"--{month:02d}-{day:02d}"
    y = int(year)
    if not MIN_YEAR <= y <= MAX_YEAR:
        return None
    return f"{y:04d}-{month:02d}-{day:02d}"


def iter_dates(text: str) -> Iterator[tuple[int, str]]:
    """Yield (position, ISO or partial date) for every date written in `text`, in order of position."""
    found: list[tuple[int, int, str]] = []
    taken: list[tuple[int, int]] = []
    for pattern in _patterns_for(text):
        for m in pattern.finditer(text):
            start, end = m.span()
            if any(start < e and s < end for s, e in taken):
                continue
            groups = m.groupdict()
            month = _MONTHS[groups["mon"].casefold()[:3]] if groups.get("mon") else int(groups["m"])
            iso = _iso(groups.get("y"), month, int(groups["d"]))
            if iso is not None:
                found.append((start, end, iso))
                taken.append((start, end))
    for start, _end, iso in sorted(found):
        yield start, iso


def first_date(text: str) -> str | None:
    """The first date written in `text`, or None."""
    return next((iso for _pos, iso in iter_dates(text)), None)


def has_year(iso: str) -> bool:
    """True for a full date, False for a partial `--MM-DD` one."""
    return not iso.startswith("--")

"""Partial calendar dates as articles carry them ("2023-06-26", "2023-06", "2023", "--06-26")."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime

# ISO 8601 forms, plus the "--MM-DD" form the parser uses when the page gives no year.
_ISO = re.compile(r"^\s*(?P<y>\d{4})(?:[-/.](?P<m>\d{1,2})(?:[-/.](?P<d>\d{1,2}))?)?(?:[T ].*)?\s*$")
_NO_YEAR = re.compile(r"^\s*--(?P<m>\d{1,2})-(?P<d>\d{1,2})\s*$")
_CHINESE = re.compile(r"^\s*(?:(?P<y>\d{4})\s*年)?\s*(?P<m>\d{1,2})\s*月\s*(?:(?P<d>\d{1,2})\s*[日号])?\s*$")
# Years outside this range are taken as a misparse, not a date (web pages start in the 1990s).
MIN_YEAR, MAX_YEAR = 1000, 2999


@dataclass(frozen=True, slots=True)
class PartialDate:
    """A date of which any part may be unknown; `year is None` is the "--06-26" case."""

    year: int | None = None
    month: int | None = None
    day: int | None = None

    @property
    def has_year(self) -> bool:
        """Every style needs a year to print a date; without one the date counts as missing."""
        return self.year is not None

    def iso(self) -> str:
        """The form the article model uses: "2023-06-26", "2023-06", "2023" or "--06-26"."""
        if self.year is None:
            return f"--{self.month:02d}-{self.day:02d}"
        parts = [f"{self.year:04d}"]
        if self.month is not None:
            parts.append(f"{self.month:02d}")
            if self.day is not None:
                parts.append(f"{self.day:02d}")
        return "-".join(parts)

    def date_parts(self) -> list[int]:
        """CSL "date-parts" row: [year, month, day] as far as known (year required)."""
        return [p for p in (self.year, self.month, self.day) if p is not None]

    @classmethod
    def from_date(cls, value: date) -> PartialDate:
        return cls(value.year, value.month, value.day)


def _valid(year: int | None, month: int | None, day: int | None) -> bool:
    if year is not None and not MIN_YEAR <= year <= MAX_YEAR:
        return False
    if month is None:
        return day is None
    if not 1 <= month <= 12:
        return False
    if day is None:
        return True
    # Without a year, allow 29 February (it exists in some year).
    last = calendar.monthrange(year if year is not None else 2000, month)[1]
    return 1 <= day <= last


def parse_partial_date(value: str | date | PartialDate | None) -> PartialDate | None:
    """Read a date in the article's forms (or "2023年6月26日"); None for anything unreadable."""
    if value is None or isinstance(value, PartialDate):
        return value
    if isinstance(value, date):
        return PartialDate.from_date(value)
    text = value.strip()
    if not text:
        return None
    for pattern in (_ISO, _NO_YEAR, _CHINESE):
        match = pattern.match(text)
        if match:
            groups = match.groupdict()
            year, month, day = (int(groups[k]) if groups.get(k) else None for k in ("y", "m", "d"))
            if year is None and day is None:  # "6月" alone says too little to be a date
                return None
            return PartialDate(year, month, day) if _valid(year, month, day) else None
    return None


def parse_full_date(value: str | date | None) -> date | None:
    """A complete calendar date (the access date), or None when `value` is not one.

    A time stamp with a zone ("2024-05-01T23:30:00Z", as the library records imports) gives the
    date on the user's local calendar, which is the day they would write down.
    """
    if isinstance(value, datetime):
        return value.astimezone().date() if value.tzinfo else value.date()
    if value is None or isinstance(value, date):
        return value
    if "T" in value:
        try:
            stamp = datetime.fromisoformat(value.strip())
        except ValueError:
            stamp = None
        if stamp is not None and stamp.tzinfo is not None:
            return stamp.astimezone().date()
    partial = parse_partial_date(value)
    if partial is None or partial.year is None or partial.month is None or partial.day is None:
        return None
    return date(partial.year, partial.month, partial.day)

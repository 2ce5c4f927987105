"""Author names: split a byline into people, and read each as a Chinese or a Western name.

Chinese names (in Han characters) are kept whole and never inverted or abbreviated; they are split
into family and given name only for CSL-JSON and RIS, by the one-character rule plus a list of
compound surnames. Western names are read "Given Family" or "Family, Given". Anything that looks
like an organisation (or a single word such as "Reuters") becomes a `literal` name printed as is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass


def word_set(text: str) -> frozenset[str]:
    """A set of space-separated words, so long word lists stay readable in the source."""
    return frozenset(text.split())


_HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_HAN_NAME = re.compile(rf"^[{_HAN}]{{2,4}}$")
_HAN_ANY = re.compile(rf"[{_HAN}]")
# Role words in front of a byline ("记者 张三", "文/李四", "By Jane Doe"); "文" needs its slash so a
# surname 文 survives.
_ROLE_PREFIX = re.compile(
    r"^\s*(?:(?:本报|特约|实习)?记者|通讯员|作者|撰文|文\s*[/／]|by\s)\s*[:：/／]?\s*", re.IGNORECASE
)
_SEPARATORS = re.compile(r"\s*(?:[,，、;；]|\s(?:and|&)\s|&|\s和\s)\s*", re.IGNORECASE)
# Two-character surnames; without them 欧阳修 would read as family 欧, given 阳修.
COMPOUND_SURNAMES = word_set(
    "欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 夏侯 轩辕 令狐 钟离 闻人 申屠 澹台 "
    "太史 端木 南宫 西门 独孤 万俟 呼延 百里 东郭 拓跋 司空 "
    "公羊 赫连 闾丘 歐陽 司馬 諸葛 尉遲 公孫 長孫 軒轅 鍾離 聞人 東方 東郭 閭丘"
)
# Endings that make a Han string an organisation rather than a person (新华社, 人民网, 市交通局).
_HAN_ORG_SUFFIXES = (
    "社", "网", "網", "报", "報", "台", "局", "厅", "委", "部", "中心", "公司", "集团", "办公室", "委员会",
    "研究院", "研究所", "大学", "学院", "协会", "媒体", "新闻", "频道", "政府", "银行", "医院",
)  # fmt: skip
_WESTERN_ORG_WORDS = word_set(
    "inc inc. ltd ltd. llc co. corp corp. company news press agency staff editors editorial "
    "desk team university institute association organization organisation society foundation "
    "department ministry office council committee center centre bureau group times post "
    "journal magazine network"
)
PARTICLES = word_set("van von de der den da di du del della la le ten ter dos das st.")
_SUFFIXES = word_set("jr jr. sr sr. ii iii iv")
# A byline of more words than this is a phrase or an organisation, not one person's name.
MAX_NAME_WORDS = 4


@dataclass(frozen=True, slots=True)
class Name:
    """One author. A person has `family` (and usually `given`); an organisation only `literal`."""

    family: str = ""
    given: str = ""
    literal: str = ""
    suffix: str = ""
    han: bool = False  # written in Han characters: kept whole, never inverted or abbreviated

    @property
    def is_person(self) -> bool:
        return not self.literal

    @property
    def natural(self) -> str:
        """The name as it is read: 欧阳修, "Jane Q. Doe", "Reuters"."""
        if self.literal:
            return self.literal
        if self.han:
            return self.family + self.given
        name = " ".join(p for p in (self.given, self.family) if p)
        return f"{name}, {self.suffix}" if self.suffix else name

    def inverted(self) -> str:
        """ "Doe, Jane Q." for Western people; Han names and organisations stay as they are."""
        if self.literal or self.han or not self.given:
            return self.natural
        inverted = f"{self.family}, {self.given}"
        return f"{inverted}, {self.suffix}" if self.suffix else inverted

    def initials(self, *, periods: bool = True) -> str:
        """The given names as initials: "J. Q." (APA) or "J Q" (GB/T 7714); "J.-P." for Jean-Paul."""
        out = []
        for word in self.given.replace(".", " ").split():  # "J.Q." is two initials
            pieces = [p for p in word.split("-") if p]
            if periods:
                out.append("-".join(p[0].upper() + "." for p in pieces))
            else:
                out.extend(p[0].upper() for p in pieces)
        return " ".join(out)


def has_han(text: str) -> bool:
    return bool(_HAN_ANY.search(text))


def _han_name(text: str) -> Name:
    if len(text) >= 3 and text.endswith(_HAN_ORG_SUFFIXES):
        return Name(literal=text, han=True)
    family_length = 2 if text[:2] in COMPOUND_SURNAMES and len(text) > 2 else 1
    return Name(family=text[:family_length], given=text[family_length:], han=True)


def _western_name(text: str) -> Name:
    words = text.split()
    if len(words) < 2 or len(words) > MAX_NAME_WORDS or any(w.lower() in _WESTERN_ORG_WORDS for w in words):
        return Name(literal=text)
    suffix = ""
    if words[-1].lower().rstrip(",") in _SUFFIXES:
        suffix = words.pop().rstrip(",")
        words[-1] = words[-1].rstrip(",")
    # The family name starts at its first particle ("Ludwig van Beethoven"), else it is the last word.
    start = len(words) - 1
    for index in range(1, len(words) - 1):
        if words[index].lower() in PARTICLES:
            start = index
            break
    return Name(family=" ".join(words[start:]), given=" ".join(words[:start]), suffix=suffix)


def _inverted_name(text: str) -> Name | None:
    """ "Doe, Jane Q." or "van Beethoven, Ludwig" as a person; None for "Center, Inc." and the like."""
    family, comma, given = (part.strip() for part in text.partition(","))
    if not comma or not family or not given or "," in given or has_han(text):
        return None
    words = [*family.split(), *given.split()]
    if len(family.split()) > 2 or any(w.lower() in _WESTERN_ORG_WORDS | _SUFFIXES for w in words):
        return None
    return Name(family=family, given=given)


def parse_name(text: str) -> Name:
    """Read one person or organisation name."""
    text = " ".join(_ROLE_PREFIX.sub("", text).split())
    if not text:
        return Name()
    inverted = _inverted_name(text)
    if inverted is not None:
        return inverted
    if has_han(text):
        joined = text.replace(" ", "")
        if " " in text and all(_HAN_NAME.match(w) or len(w) == 1 for w in text.split()) and _HAN_NAME.match(joined):
            text = joined  # "王 伟": some sites pad two-character names with a space
        return _han_name(text) if _HAN_NAME.match(text) else Name(literal=text, han=True)
    return _western_name(text)


def _is_inverted_pair(text: str) -> bool:
    """True for a single "Family, Given" name such as "Doe, Jane Q." (one comma, Latin script)."""
    family, comma, given = text.partition(",")
    if not comma or "," in given or has_han(text):
        return False
    given_words = given.split()
    return len(family.split()) == 1 and 1 <= len(given_words) <= 3 and given_words[0][:1].isupper()


def split_authors(byline: str) -> list[str]:
    """Split a byline into names: commas, 、, semicolons, "and", "&"; Han names separated by spaces."""
    byline = _ROLE_PREFIX.sub("", byline.strip())
    if ";" in byline or "；" in byline:
        # Semicolons separate "Family, Given" names; a Han part may still hold 、 or ， lists.
        parts = [
            piece
            for part in re.split(r"\s*[;；]\s*", byline)
            for piece in (_SEPARATORS.split(part) if has_han(part) else [part])
        ]
    elif _is_inverted_pair(byline):
        parts = [byline]
    else:
        parts = _SEPARATORS.split(byline)
    names: list[str] = []
    for part in (p.strip() for p in parts):
        if not part:
            continue
        if names and part.lower().rstrip(".") in {"inc", "ltd", "llc", "jr", "sr"}:
            names[-1] = f"{names[-1]}, {part}"  # "Online Computer Library Center, Inc." is one name
            continue
        words = part.split()
        if len(words) > 1 and all(_HAN_NAME.match(w) for w in words):
            names.extend(words)  # "张三 李四": Chinese bylines separate people with spaces
        else:
            names.append(_ROLE_PREFIX.sub("", part).strip())
    return [n for n in names if n]


def parse_authors(value: str | Iterable[str] | None) -> tuple[Name, ...]:
    """All authors of a byline string, or of a list of names (each one name, as the dialog gives)."""
    if value is None:
        return ()
    texts = split_authors(value) if isinstance(value, str) else [v for v in value if v and v.strip()]
    names = (parse_name(t) for t in texts)
    return tuple(n for n in names if n.natural)

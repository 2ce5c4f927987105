"""Find the article in a page's text blocks: score every element by the article-like text it holds.

Each block gets a value: long, punctuated, unlinked text is worth its length; linked text (menus, link
lists) costs its length; other text costs a little. The element with the best total is the article's
container (a maximal-subtree choice, so split bodies are merged by their common parent). Inside it,
blocks under boilerplate-named elements and link lists are removed, each with its reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from lxml.html import HtmlElement

from reader.document import Block, BlockKind, Removed
from reader.extract.blocks import TextBlock

# A block shorter than this (in Latin-character units; a CJK character counts three) is too short to
# vouch for being article text on its own: about ten English words or seventeen Chinese characters.
MIN_GOOD_SIZE = 50
# Share of linked text above which a block is a link list or menu entry, not prose.
MAX_LINK_DENSITY = 0.5
# What text that is neither clearly article nor clearly links costs an element that holds it: small,
# so dates, bylines and subheadings do not push the container up or down much.
NEUTRAL_COST = 0.25
# Class/id names that mark boilerplate: score multiplier for the container choice.
NEGATIVE_WEIGHT = 0.3
POSITIVE_WEIGHT = 1.2
# Related-story cards: at least this many alike siblings, each at most this long, each with a linked
# headline at least this long.
MIN_TEASER_CARDS = 3
TEASER_MAX_CHARS = 800
TEASER_HEADLINE_CHARS = 15
# Share of the alike siblings that must have the card shape: one card with a short headline ("Death By
# Train") does not make a long list of cards article text.
TEASER_MIN_SHARE = 0.8
_CARD_PARENTS = ("div", "ul", "ol", "section", "aside", "main", "article", "td")
_CARD_TAGS = frozenset({"div", "li", "article", "section"})
# A sibling of the container joins it when its own score is over this share of the container's.
SIBLING_MIN_SHARE = 0.1
# What prose inside a boilerplate-named element costs its ancestors, per unit of its length.
NEGATIVE_TEXT_COST = 0.5
# A boilerplate-named element holding more than this share of the page's article text is a wrapper.
NEGATIVE_MAX_SHARE = 0.5

_SENTENCE_PUNCT = re.compile(r"[.!?;:,。！？；：，、](?:\s|$|[\"'”’)）])|[。！？；，、]")
_NEGATIVE = re.compile(
    r"comment|sidebar|side-bar|footer|related|share|sharing|social|promo|advert|(?:^|[-_ ])ads?(?:$|[-_ ])|"
    r"sponsor|newsletter|subscri|recommend|breadcrumb|(?:^|[-_ ])nav|menu|widget|popup|modal|cookie|banner|"
    r"masthead|toolbar|(?:^|[-_ ])tags?(?:$|[-_ ])|signup|login|outbrain|taboola|paywall-|byline|"
    r"author-?(?:info|bio|box|card|profile)|about-?(?:the-?)?author|post-author|"
    r"(?:^|[-_ ])meta(?:$|[-_ ])|copyright|disclaimer|pagination|hot-?news|more-?news|rank|topic-?list",
    re.I,
)
_POSITIVE = re.compile(r"article|artibody|(?:^|[-_ ])body|content|entry|main|post|(?:^|[-_ ])text|story|detail", re.I)
# Names that mark furniture even next to an article-ish word ("post-author", "article-related").
_STRONG_NEGATIVE = re.compile(r"comment|related|share|recommend|author|byline|sidebar", re.I)
# A heading named like this opens the related-stories or comments box after the article.
_RELATED_HEADING_HINT = re.compile(
    r"related|recommend|comments?(?![a-z])|more-?(?:stories|news|posts)|you-?may|also-?like", re.I
)  # "comment-title" and "comments", not "commentary" (an opinion piece's subheads)
# Elements that are furniture by their tag alone, unless their class says otherwise.
_FURNITURE_BY_TAG = frozenset({"nav", "aside", "footer"})
# Distinct class/id strings remembered across pages: a page has a few hundred.
HINT_CACHE_SIZE = 4096
_EMBED = re.compile(r"embed|tweet|instagram-media", re.I)
_CAPTION_HINT = re.compile(r"caption|(?:^|[-_ ])credit|wp-caption", re.I)
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_LIST_ITEMS = frozenset({"li", "dd", "dt"})
_FURNITURE_TAGS = frozenset({"header", "footer", "aside", "nav"})
_FURNITURE_ROLES = frozenset({"navigation", "complementary", "banner", "contentinfo", "search"})
_TABULAR = frozenset({"li", "dd", "dt", "td", "th", "pre"})
# Lines that are page furniture in any article container.
_BOILERPLATE_LINE = re.compile(
    r"^(?:advert(?:isement|ising)?|iklan|anzeige|werbung|publicidade|publicité|publicidad|pubblicità|广告|"
    r"\d+\s*/\s*\d+|sponsored(?: content| links?)?|(?:additional )?reporting by .{0,120}|citation:.{0,200}retrieved.*|"
    r"(?:reading time|tempo de leitura|temps de lecture|lesezeit|阅读时间)\s*:?.{0,20}|\d+ min(?:ute)?s? read|"
    r"[^。，.,]{0,20}(?:\s*+[>»›]\s*+[^>»›。，]{1,20}+){2,}|.{0,20}trackback.*|"  # possessive: no 2^n backtracking
    r"back to (?:gallery|top|article)|\d+ of \d+|more:|read later|save for later|continue reading.*|read more.*|"
    r"share(?: this)?(?: article| story| post)?:?|sharing is caring!?|click here.*|sign up.*|subscribe.*|"
    r"follow us.*|video|photos?|"
    r"comments?|tags?:?|don'?t miss|explore further|source:.{0,40}|(?:copyright|©|\(c\)) .{0,80}|"
    r"https?://\S+|if you (?:enjoyed|liked) this .*|follow .{1,40} on (?:twitter|facebook|instagram).*|"
    r"this slideshow requires javascript\.?|warning|image|image \d+ of.*|topics|\d+ - \d+ of \d+|filed under:.*|"
    r"\[/?[a-z_]+(?:\s[^\]]*)?\].*|you may also like.*|"
    r"have a (?:news )?tip\b.*|.{0,80}may be reached at .*|get the latest .{0,40} inbox.*|"
    r"this document is subject to copyright.*|follow .{1,60} coverage .*|"
    r"声明[:：].{0,40}(?:仅代表|不代表).*|阅读\s*[(（]\s*\d*\s*[)）]|(?:来源|稿源)[:：].{0,20}|"
    r"打印|关闭|返回|顶部|分享到.*|【?打印本页】?|【?关闭窗口】?|上一篇.*|下一篇.*|.{0,10}责任编辑[:：].{0,12}|"
    r"\[?(?:字号|字体)[:：]?\s*[大中小]{1,3}\]?.*)$",
    re.I,
)
# A short line that opens what comes after the article (related stories, comments): it and all that
# follows in the container are left out.
_END_OF_ARTICLE = re.compile(
    r"^(?:most (?:popular|read|viewed|shared)(?: in .{0,30})?|related(?: articles| stories| posts| news| content)?|"
    r"recommended(?: for you)?|read (?:more|next)|more (?:from|on|stories|news|in|like this).{0,40}|"
    r"you (?:may|might) (?:also )?like|trending(?: now| stories)?|popular(?: now| stories)?|"
    r"(?:\d+ )?comments?|leave a (?:comment|reply)|tell us what you think.{0,10}|join the (?:conversation|discussion)|"
    r"post navigation|about the author|what to read next|"
    r"相关(?:新闻|阅读|文章|推荐|报道|链接|专题)|推荐阅读|延伸阅读|热门(?:文章|新闻|推荐|阅读)?|更多(?:精彩|新闻|阅读)?|"
    r"猜你喜欢|网友评论|我要评论|发表评论|评论|反侵权公告|版权声明|免责声明|.{0,60}已有\s*\d+\s*[件条]评论|"
    r"\d+ (?:comments?|responses?|replies) to .{0,80}|\d+ thoughts on .{0,80}|"
    # the same box headings in Portuguese, Spanish, French, German, Italian and Russian
    r"voc[êe] (?:pode|também pode) gostar.{0,10}|leia (?:também|mais)|veja também|"
    r"(?:posts|artigos|notícias) relacionad[oa]s|"
    r"coment[áa]rios?|te puede interesar|(?:art[íi]culos|noticias) relacionad[oa]s|lee también|"
    r"(?:à|a) lire aussi|articles? similaires|vous aimerez aussi|sur le même sujet|commentaires?|"
    r"das könnte sie auch interessieren|(?:weitere|ähnliche) artikel|mehr zum thema|kommentare|"
    r"articoli correlati|potrebbe interessarti|leggi anche|commenti|"
    r"читайте также|похожие (?:статьи|новости|записи)|комментарии|отзывы|самые популярные.{0,30})"
    r"\s*[:：>».…]*$",
    re.I,
)
# Before the first prose, a Latin line shorter than this without sentence punctuation is a lead-in.
LEAD_IN_MAX_CHARS = 60
LEAD_IN_MAX_BLOCKS = 2
STANDFIRST_MIN_CHARS = 100
# A line that ends with the page's title and adds at most this much before it is a breadcrumb.
BREADCRUMB_MIN_TITLE = 10
BREADCRUMB_EXTRA_CHARS = 40
# Author and community promos at the foot of an article.
PROMO_MAX_CHARS = 300
_PROMO = re.compile(
    r"follow (?:him|her|them|us|me) on (?:twitter|facebook|instagram)|join our .{0,40}(?:forums?|community)\b|"
    r"\bsign up (?:for|to) .{0,80}\bnewsletter|"
    r"\bdelivered (?:to|through) your (?:letterbox|letter box|door|doorstep|inbox)\b.{0,80}\b\d+ issues\b",
    re.I,
)
# A post's meta line: a date and two or more labelled fields ("05/10/2018 - Publicado por: Ana - Categoria:
# Saúde - Tags: …", "Posted by: Jo | Category: News"), not a sentence.
POST_META_MAX_CHARS = 160
MIN_META_LABELS = 2
_META_LABEL = re.compile(r"(?:^|[\s|·•–—-])\w+(?: \w+)?\s?:\s")
# A short line with a clock time and a year is a timestamp in whatever language it is written.
SHORT_DATETIME_MAX_CHARS = 50
_CLOCK = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?!\d)")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
# "By Jane Doe and John Roe on Monday …": a byline, metadata rather than body.
BYLINE_MAX_CHARS = 100
_EN_BYLINE_LINE = re.compile(r"^(?:[Ww]ritten |[Pp]osted |[Rr]eported )?[Bb][Yy]\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+)")
# A short line that heads a summary box (its points repeat the article): the box is left out.
_SUMMARY_BOX = re.compile(
    r"^(?:key (?:points|takeaways)|highlights|in brief|at a glance|要点|摘要|内容提要)\s*[:：]?$", re.I
)
# A date line (with an optional label and time) is metadata, not body text.
_DATE_LINE = re.compile(
    r"^(?:(?:published|updated|posted|last updated|date|发布(?:时间)?|更新(?:时间)?|时间|日期)\s*[:：]?\s*)?"
    r"(?:\w+day,?\s+)?(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|[a-z]{3,9}\.? \d{1,2},? \d{4}|\d{1,2} [a-z]{3,9},? \d{4})"
    r"(?:,?\s*(?:at\s*)?\d{1,2}[:：]\d{2}(?:[:：]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?(?:\s*[a-z]{2,4})?)?"
    r"(?:\s*[|｜].{0,60})?$",
    re.I,
)
# "PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: …", "Updated Nov 19, 9:41 AM;Posted Nov 18".
_LABELLED_TIMESTAMP = re.compile(r"^(?:published|updated|posted|last updated|modified)\b[^.!?]{0,100}\d", re.I)
_ANY_DATE = re.compile(
    r"(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}|\d{1,2}[./]\d{1,2}[./](?:19|20)\d{2}|"
    r"[a-z]{3,9}\.? \d{1,2}(?:st|nd|rd|th)?,? (?:19|20)\d{2}|\d{1,2} [a-z]{3,9},? (?:19|20)\d{2}",
    re.I,
)
DATED_LINE_MAX_WORDS = 3
_MARKUP = re.compile(r"^<[a-z!/][^>]*>.*$|^.*</?[a-z]+[^>]*>$", re.I | re.S)
# A photo credit at the end of a line marks a caption: "(Image: GETTY)", "Photo: Jane Doe", "| Getty Images".
_EN_CAPTION = re.compile(
    r"^(?:image|photo|picture) (?:copyright|caption|source)\b|"
    r"[(\[](?:image|photo|picture|pic|credit|photograph|video)s?(?: credit)?\s*:[^()]{1,60}[)\]]$|"
    r"(?:^|\s)(?:photo|image|picture|photograph)(?: credit)?s?\s*:\s*[^.]{1,60}$|^(?:photo|image)s?\s*:.{1,60}$|"
    r"(?:\||/|©)\s*(?:getty images|reuters|ap photo|afp|shutterstock|epa|bloomberg)[^.]{0,30}$|credit:\s*[^.]{1,60}$",
    re.I,
)
CAPTION_MAX_CHARS = 300
# How many blocks before the body are kept as its lead, where datelines and bylines are looked for.
LEAD_BLOCKS = 40
TRAIL_BLOCKS = 5
# A <p> this long that ends a sentence stays in the body however much of it is linked.
LINKED_SENTENCE_MIN_CHARS = 40
LINKED_SENTENCE_MAX_DENSITY = 0.8
# A list entry this long that ends a sentence is a digest's item, however much of it is linked.
LINKED_ITEM_MIN_CHARS = 100
_SENTENCE_END = re.compile(r"[.!?。！？][\"'”’)）]?$")
# Related-story entries are headlines: at least a few words, at most a teaser's length.
RELATED_MIN_CHARS = 8
RELATED_MAX_CHARS = 200
# A page with this many short lines holding a date and a time holds that many posts (a thread).
MIN_POSTS = 2
SIGNATURE_MAX_CHARS = 120
_DATETIME = re.compile(
    r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*(?:[T ,]\s*)?\d{1,2}:\d{2}|"
    r"[a-z]{3,9}\.? \d{1,2},? (?:19|20)\d{2},? (?:at )?\d{1,2}:\d{2}",
    re.I,
)
# Lines longer than these are prose, whatever words they start with.
END_MARK_MAX_CHARS = 60
DATE_LINE_MAX_CHARS = 90
# Chinese photo captions: a full-width parenthesised line, or one that opens with 图/图为/图片.
_ZH_CAPTION = re.compile(r"^[（(][^（()）]{2,80}[)）]$|^(?:图[：:为]|图片[：:来]|图/)")


@dataclass(slots=True)
class Extraction:
    """The article's blocks in order, and what was left out of the container, with reasons."""

    blocks: list[Block] = field(default_factory=list)
    removed: list[Removed] = field(default_factory=list)
    lead: list[str] = field(default_factory=list)  # text just before the body: where bylines and dates sit
    trail: list[str] = field(default_factory=list)  # text just after it: sign-offs, sources, dates
    container: HtmlElement | None = None


def _hint(element: HtmlElement) -> str:
    return f"{element.get('class') or ''} {element.get('id') or ''}".strip()


@lru_cache(maxsize=HINT_CACHE_SIZE)
def _negative_hint(hint: str) -> bool:
    """Whether a class/id string names boilerplate (a page repeats a few class strings many times)."""
    lowered = hint.lower()
    return _NEGATIVE_LC.search(lowered) is not None and not _hint_overrides(hint)


@lru_cache(maxsize=HINT_CACHE_SIZE)
def _hint_overrides(hint: str) -> bool:
    """An embedded post (tweet, social embed) is quoted in the article; "main-content-footer-less" is the
    body, though "article-meta-share" is furniture."""
    lowered = hint.lower()
    return bool(hint) and (
        _EMBED_LC.search(lowered) is not None
        or (_POSITIVE_LC.search(lowered) is not None and not _STRONG_NEGATIVE_LC.search(lowered))
    )


@lru_cache(maxsize=HINT_CACHE_SIZE)
def _positive_hint(hint: str) -> bool:
    return _POSITIVE_LC.search(hint.lower()) is not None


@lru_cache(maxsize=HINT_CACHE_SIZE)
def _caption_hint(hint: str) -> bool:
    return bool(hint) and _CAPTION_HINT.search(hint) is not None


# The same patterns matched against the lower-cased hint: a case-sensitive search of this long alternation is
# three to four times faster than an IGNORECASE one.
_NEGATIVE_LC = re.compile(_NEGATIVE.pattern)
_POSITIVE_LC = re.compile(_POSITIVE.pattern)
_STRONG_NEGATIVE_LC = re.compile(_STRONG_NEGATIVE.pattern)
_EMBED_LC = re.compile(_EMBED.pattern)


def _is_negative(element: HtmlElement, cache: dict[HtmlElement, bool]) -> bool:
    found = cache.get(element)
    if found is None:
        tag = element.tag
        hint = _hint(element)
        if tag in _FURNITURE_BY_TAG:
            found = not _hint_overrides(hint)
        else:
            found = bool(hint) and tag not in ("html", "body") and _negative_hint(hint)
        cache[element] = found
    return found


def _value(block: TextBlock) -> tuple[float, float]:
    """(good, cost) of one block for the container choice."""
    size = block.size
    density = block.link_density
    if density > MAX_LINK_DENSITY:
        return 0.0, float(size)
    if size >= MIN_GOOD_SIZE and _SENTENCE_PUNCT.search(block.text):
        return size * (1.0 - density) ** 2, size * density
    return 0.0, size * NEUTRAL_COST


def _good_totals(blocks: list[TextBlock]) -> dict[HtmlElement, float]:
    """Per element: the article-like text it holds, before any class/id hint."""
    goods: dict[HtmlElement, float] = {}
    for block in blocks:
        good = _value(block)[0]
        if good:
            for element in block.path:
                goods[element] = goods.get(element, 0.0) + good
    return goods


class _Hints:
    """Class/id hints, ignored on an element that holds most of the page's article text (a page's
    "theiaStickySidebar" wrapper around the whole article is not a sidebar)."""

    def __init__(self, goods: dict[HtmlElement, float], page_good: float, teasers: set[HtmlElement]) -> None:
        self.goods = goods
        self.page_good = page_good
        self.teasers = teasers
        self.cache: dict[HtmlElement, bool] = {}
        self.decided: dict[HtmlElement, bool] = {}
        self.below: dict[HtmlElement, bool] = {}  # the element or one of its ancestors is negative

    def negative(self, element: HtmlElement) -> bool:
        found = self.decided.get(element)
        if found is None:
            found = (element in self.teasers or _is_negative(element, self.cache)) and self.goods.get(
                element, 0.0
            ) < NEGATIVE_MAX_SHARE * self.page_good
            self.decided[element] = found
        return found

    def under_negative(self, path: tuple[HtmlElement, ...]) -> bool:
        """Whether any element of `path` (a chain of ancestors from the root) is negative."""
        if not path:
            return False
        found = self.below.get(path[-1])
        if found is None:
            found = False
            for element in path:
                known = self.below.get(element)
                if known is None:
                    known = found or self.negative(element)
                    self.below[element] = known
                found = known
        return found


def teaser_cards(root: HtmlElement) -> set[HtmlElement]:
    """Cards of a related-stories list: three or more siblings of the same tag and class, (nearly) each a
    short box led by a headline link (the article's own paragraphs are not boxes of that shape)."""
    cards: set[HtmlElement] = set()
    for parent in root.iter(*_CARD_PARENTS):
        groups: dict[tuple[str, str], list[HtmlElement]] = {}
        for child in parent:
            if isinstance(child.tag, str) and child.tag in _CARD_TAGS:
                groups.setdefault((child.tag, child.get("class") or ""), []).append(child)
        for group in groups.values():
            if len(group) >= MIN_TEASER_CARDS and _mostly_cards(group):
                cards.update(group)
    return cards


def _mostly_cards(group: list[HtmlElement]) -> bool:
    allowed = len(group) - max(MIN_TEASER_CARDS, TEASER_MIN_SHARE * len(group))  # misfits tolerated
    misfits = 0
    for child in group:
        if not _is_card(child):
            misfits += 1
            if misfits > allowed:
                return False
    return True


def _is_card(element: HtmlElement) -> bool:
    if _EMBED.search(_hint(element)):
        return False
    text = element.text_content()
    if len(text.strip()) > TEASER_MAX_CHARS:
        return False
    return any(len(link.text_content().strip()) >= TEASER_HEADLINE_CHARS for link in element.iter("a"))


def choose_container(
    blocks: list[TextBlock],
) -> tuple[HtmlElement | None, _Hints, dict[HtmlElement, float]]:
    """The element whose article text, less its boilerplate, is largest."""
    goods = _good_totals(blocks)
    root = blocks[0].path[0] if blocks and blocks[0].path else None
    hints = _Hints(goods, max(goods.values(), default=0.0), teaser_cards(root) if root is not None else set())
    nets: dict[HtmlElement, float] = {}
    for block in blocks:
        good, cost = _value(block)
        if good and hints.under_negative(block.path):
            good, cost = 0.0, cost + good * NEGATIVE_TEXT_COST  # a teaser in a sidebar is not article text
        for element in block.path:
            nets[element] = nets.get(element, 0.0) + good - cost
    best: HtmlElement | None = None
    best_score = 0.0
    for element, total in nets.items():
        if hints.negative(element):
            score = total * NEGATIVE_WEIGHT
        else:
            score = total * (POSITIVE_WEIGHT if _positive_hint(_hint(element)) else 1.0)
        if score > best_score:
            best, best_score = element, score
    return best, hints, nets


def _with_siblings(container: HtmlElement, hints: _Hints, nets: dict[HtmlElement, float]) -> list[HtmlElement]:
    """The container and those of its siblings that hold prose of their own (a lead paragraph set
    beside the body's element, a body split in two by an ad slot)."""
    parent = container.getparent()
    if parent is None:
        return [container]
    floor = SIBLING_MIN_SHARE * nets.get(container, 0.0)
    members = []
    for sibling in parent:
        if sibling is container or (
            isinstance(sibling.tag, str)
            and nets.get(sibling, 0.0) > floor
            and hints.goods.get(sibling, 0.0) > 0
            and not hints.negative(sibling)
        ):
            members.append(sibling)
    return members


def _kind(block: TextBlock, container: HtmlElement) -> BlockKind:
    owner = block.owner.tag
    inner = block.path[block.path.index(container) :] if container in block.path else block.path
    tags = {e.tag for e in inner}
    if "figcaption" in tags or "caption" in tags or "figure" in tags:
        return "caption"
    if any(_caption_hint(_hint(e)) for e in (*inner[1:], block.owner)):
        return "caption"
    if owner in _HEADINGS:
        return "heading"
    if "blockquote" in tags:
        return "quote"
    if owner in _LIST_ITEMS:
        return "list_item"
    if (len(block.text) <= 90 and _ZH_CAPTION.search(block.text)) or (
        len(block.text) <= CAPTION_MAX_CHARS and _EN_CAPTION.search(block.text)
    ):
        return "caption"
    return "paragraph"


def extract_content(blocks: list[TextBlock], title: str = "") -> Extraction:
    """Choose the article's container among `blocks` and turn its blocks into `Block`s."""
    container, hints, nets = choose_container(blocks)
    if container is None and blocks and blocks[0].path:
        container = blocks[0].path[0]  # no element is worth its cost: read the whole page, filtered
    result = Extraction(container=container)
    if container is None:
        return result
    members = _with_siblings(container, hints, nets)
    parent = container.getparent()
    anchors: dict[int, HtmlElement | None] = {}
    for b in blocks:
        anchors[id(b)] = next((m for m in members if m in b.path), None)
        if anchors[id(b)] is None and parent is not None and b.path[-1] is parent and _value(b)[0] > 0:
            anchors[id(b)] = parent  # prose set directly in the container's parent, beside it

    inside = [b for b in blocks if anchors[id(b)] is not None]
    first = blocks.index(inside[0]) if inside else 0
    result.lead = [b.text for b in blocks[max(0, first - LEAD_BLOCKS) : first]]
    last = blocks.index(inside[-1]) + 1 if inside else 0
    result.trail = [b.text for b in blocks[last : last + TRAIL_BLOCKS]]
    cut = _first_post_end(inside)
    title_key = _key(title)
    section: HtmlElement | None = None  # the related-stories box being skipped, if any
    skipping = False  # skipping after a bare end-of-article line, until prose resumes
    # Skipping after an end-of-article heading ("<h3>Most popular</h3>" and its teasers), until a heading of
    # the same or a higher level opens the next section: the level, else None.
    skip_level: int | None = None
    emitted_good = False
    for index, block in enumerate(inside):
        anchor = anchors[id(block)]
        if anchor is None:
            continue
        depth = block.path.index(anchor)
        reason = None
        text = block.text
        good = _value(block)[0] > 0
        listed = any(e.tag in _LIST_ITEMS for e in block.path[depth + 1 :])
        level = _heading_level(block)
        if skip_level is not None and level is not None and level <= skip_level:
            skip_level = None
        if index >= cut:
            reason = "replies"
        elif (
            (section is not None and section in block.path)
            or (skipping and (listed or not good))
            or skip_level is not None
        ):
            reason = "related"
        elif any(hints.negative(e) for e in block.path[depth + 1 :]):
            reason = "boilerplate"
        elif any(e.tag in _FURNITURE_TAGS or e.get("role") in _FURNITURE_ROLES for e in block.path[depth + 1 :]):
            reason = "page-furniture"  # the article's own <header>/<footer>/<aside>/<nav>: title, byline, tags
        elif block.link_density > MAX_LINK_DENSITY and not _linked_sentence(block, listed):
            reason = "navigation"
        elif (
            emitted_good and len(text) <= END_MARK_MAX_CHARS and (_END_OF_ARTICLE.match(text) or _heads_related(block))
        ):
            reason = "related"
            section = _section_opened_by(inside, index, anchor)
            skipping = section is None
            if skipping and level is not None:
                skip_level, skipping = level, False
        elif len(text) <= END_MARK_MAX_CHARS and _SUMMARY_BOX.match(text):
            reason = "boilerplate"
            section = _section_opened_by(inside, index, anchor)
        elif _BOILERPLATE_LINE.match(text) or _MARKUP.match(text):
            reason = "boilerplate"
        elif (
            (len(text) <= DATE_LINE_MAX_CHARS and (_DATE_LINE.match(text) or _LABELLED_TIMESTAMP.match(text)))
            or (len(text) <= SHORT_DATETIME_MAX_CHARS and _CLOCK.search(text) and _YEAR.search(text))
            or _short_dated_line(text)
            or _post_meta_line(text)
        ):
            reason = "date"
        elif not emitted_good and index < LEAD_IN_MAX_BLOCKS and not block.cjk and _lead_in(block, title_key):
            reason = "lead-in"
        elif len(text) <= PROMO_MAX_CHARS and _PROMO.search(text):
            reason = "boilerplate"
        elif len(text) <= BYLINE_MAX_CHARS and _EN_BYLINE_LINE.match(text):
            reason = "byline"
        elif title_key and (
            _key(text) == title_key
            or (len(text) >= 8 and block.owner.tag in _HEADINGS and title_key.startswith(_key(text)))
        ):
            reason = "title"
        elif (
            len(title_key) >= BREADCRUMB_MIN_TITLE
            and _key(text).endswith(title_key)
            and len(text) <= len(title) + BREADCRUMB_EXTRA_CHARS
        ):
            reason = "navigation"  # a breadcrumb trail ending in the page's title: "Home › Sport › <title>"
        if reason:
            result.removed.append(Removed(reason, text))
            continue
        skipping = False
        emitted_good = emitted_good or good
        result.blocks.append(Block(_kind(block, anchor), text))
    return result


def _heading_level(block: TextBlock) -> int | None:
    tag = block.owner.tag
    return int(tag[1]) if tag in _HEADINGS else None


def _heads_related(block: TextBlock) -> bool:
    """A heading whose own class/id names what follows as related stories or comments, in any language
    ("<h3 class='relatedpoststitle'>Você pode gostar...</h3>")."""
    owner = block.owner
    return owner.tag in _HEADINGS and bool(_RELATED_HEADING_HINT.search(_hint(owner)))


def related_items(removed: list[Removed]) -> list[str]:
    """The entries of the related-stories boxes left out of the body (their headings dropped)."""
    return [
        r.text
        for r in removed
        if r.reason == "related"
        and RELATED_MIN_CHARS <= len(r.text) <= RELATED_MAX_CHARS
        and not _END_OF_ARTICLE.match(r.text)
    ]


def _first_post_end(blocks: list[TextBlock]) -> int:
    """Where the first post ends on a page of several (a forum thread, a blog's front page): posts are
    delimited by short signature lines with a date and time; the article is the first post only."""
    signatures = [i for i, b in enumerate(blocks) if len(b.text) <= SIGNATURE_MAX_CHARS and _DATETIME.search(b.text)]
    if len(signatures) < MIN_POSTS:
        return len(blocks)
    first, second = signatures[0], signatures[1]
    if any(_value(b)[0] > 0 for b in blocks[:first]):
        return first  # signatures follow their posts: the first post is everything before the first one
    if any(_value(b)[0] > 0 for b in blocks[first + 1 : second]):
        return second  # signatures head their posts
    return len(blocks)


def _short_dated_line(text: str) -> bool:
    """A short line that is a date and a name or two ("LinkNaija August 08, 2018")."""
    if len(text) > SHORT_DATETIME_MAX_CHARS or block_has_cjk(text):
        return False
    match = _ANY_DATE.search(text)
    if not match:
        return False
    rest = text[: match.start()] + " " + text[match.end() :]
    return len(re.findall(r"\w+", rest)) <= DATED_LINE_MAX_WORDS


def _post_meta_line(text: str) -> bool:
    return (
        len(text) <= POST_META_MAX_CHARS
        and not _SENTENCE_END.search(text)
        and len(_META_LABEL.findall(text)) >= MIN_META_LABELS
        and _ANY_DATE.search(text) is not None
    )


def block_has_cjk(text: str) -> bool:
    return any("\u3400" <= ch <= "\u9fff" for ch in text)


def _lead_in(block: TextBlock, title_key: str) -> bool:
    """Before the first prose: the page's title in an <h1>, or a short Latin line that is no sentence
    (a byline, a wire name, an image counter)."""
    if block.owner.tag == "h1":
        return True
    if block.owner.tag in _HEADINGS:
        # the title again, or a standfirst set as a heading (a sentence too long to head a section)
        return len(block.text) > STANDFIRST_MIN_CHARS or _similar(_key_words(block.text), _key_words_of_key(title_key))
    if any(e.tag in _TABULAR for e in block.path):
        return False  # list items and table cells before the prose are content (a changelog, a score table)
    return len(block.text) < LEAD_IN_MAX_CHARS and not _SENTENCE_PUNCT.search(block.text)


def _key_words(text: str) -> set[str]:
    return {w for w in re.findall(r"\w+", text.lower()) if len(w) > 2}


def _key_words_of_key(title_key: str) -> set[str]:
    return {title_key} if title_key else set()


def _similar(words: set[str], title: set[str]) -> bool:
    return bool(words) and bool(title) and sum(1 for w in words if any(w in t for t in title)) >= 0.6 * len(words)


def _linked_sentence(block: TextBlock, listed: bool) -> bool:
    """A paragraph of the body that happens to be mostly links: a whole sentence in a <p>, or a list entry
    long enough to be a few sentences (a news digest's items), not a menu entry or a headline."""
    if (
        block.link_density > LINKED_SENTENCE_MAX_DENSITY
        or len(block.text) < LINKED_SENTENCE_MIN_CHARS
        or _SENTENCE_END.search(block.text) is None
        or block.text.isupper()
    ):
        return False
    owner: str = block.owner.tag
    if listed or owner in _LIST_ITEMS:
        return len(block.text) >= LINKED_ITEM_MIN_CHARS
    return owner == "p"


def _section_opened_by(blocks: list[TextBlock], index: int, container: HtmlElement) -> HtmlElement | None:
    """The largest element below `container` that `blocks[index]` opens and that holds more than it."""
    block = blocks[index]
    previous = blocks[index - 1].path if index else ()
    depth = block.path.index(container)
    for element in block.path[depth + 1 :]:
        if element in previous:
            continue  # the element started before this line: it is not a box this line heads
        following = blocks[index + 1].path if index + 1 < len(blocks) else ()
        return element if element in following else None
    return None


def _key(text: str) -> str:
    return re.sub(r"\W+", "", text).lower()

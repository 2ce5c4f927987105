"""Choosing the article's container on page shapes that fooled it: a paywalled body, a related-posts box
headed in another language, and a long grid of story cards with one odd card."""

from __future__ import annotations

import warnings

from reader import parse_bytes

SENTENCES = [
    "Shares of the retailer fell in early trading after the company cut its forecast for the year.",
    "Analysts said the lower guidance reflected timing, not weaker demand, and kept their ratings.",
    "The chief executive told investors that new stores were performing ahead of the plan, he said.",
    "Comparable sales rose three percent, slightly below what the market had expected this quarter.",
    "Management will host a call with analysts on Tuesday morning to discuss the results in detail.",
    "The stock is still up forty percent this year, well ahead of the broader market, traders noted.",
]


def _paragraphs(sentences: list[str], repeat: int = 2) -> str:
    return "".join(f"<p>{' '.join([s] * repeat)}</p>" for s in sentences)


def test_a_paywall_element_holds_the_rest_of_the_article() -> None:
    html = (
        "<html><body><nav><a href='/'>Home</a> <a href='/m'>Markets</a></nav>"
        "<article class='article'><h1>Retailer cuts forecast</h1>"
        f"{_paragraphs(SENTENCES[:2])}"
        f"<div class='paywall'>{_paragraphs(SENTENCES[2:])}</div>"
        "<div class='paywall-modal'><p>Subscribe today to keep reading, it only takes a minute, really.</p></div>"
        "</article>"
        f"<aside class='sidebar'>{_paragraphs(SENTENCES, repeat=3)}</aside></body></html>"
    )
    text = parse_bytes(html.encode(), "p.html").text
    for sentence in SENTENCES:
        assert sentence in text
    assert "Subscribe today" not in text
    assert text.count(SENTENCES[0]) == 2  # the sidebar's copy is not the article


def test_a_heading_named_related_ends_the_article_in_any_language() -> None:
    teaser = "A vida requer da gente otimismo e coragem para esperar o melhor e fazer o melhor acontecer, sempre."
    cards = "".join(
        f"<article class='fundo postbox post-{n} category-{n}'><p>{teaser} {teaser} Número {n}.</p></article>"
        for n in range(6)
    )
    html = (
        "<html><body><div class='primary'>"
        f"<article class='fundo articlebox post-1'><h1>Só quem se ama</h1><p>{SENTENCES[0]} {SENTENCES[1]}</p>"
        f"<p>{SENTENCES[2]} {SENTENCES[3]}</p></article>"
        f"<article class='fundo postbox post-1'><h3 class='relatedpoststitle'>Você pode gostar...</h3>{cards}</article>"
        "</div></body></html>"
    )
    article = parse_bytes(html.encode(), "r.html")
    assert article.text.startswith(SENTENCES[0]) and article.text.endswith(SENTENCES[3])
    assert "Você pode gostar" not in article.text and "otimismo" not in article.text
    assert any(r.reason == "related" and r.text == "Você pode gostar..." for r in article.removed)


def test_a_grid_of_story_cards_is_left_out_though_one_card_has_a_short_headline() -> None:
    snippet = "Dozens of fires are spreading across the region, burning more than two million acres, officials said."
    cards = "".join(
        f"<div class='col col--third'><article class='story'><header><h2><a href='/s{n}'>{headline}</a></h2></header>"
        f"<p>{snippet} {snippet}</p></article></div>"
        for n, headline in enumerate(
            ["Death By Train"] + [f"A much longer headline about story number {n}" for n in range(1, 12)]
        )
    )
    html = (
        "<html><body><section><article class='single-story'><h1>Early reviews are in</h1>"
        f"{_paragraphs(SENTENCES, repeat=1)}</article></section>"
        f"<section class='wrapper'><div class='grid'>{cards}</div></section></body></html>"
    )
    text = parse_bytes(html.encode(), "g.html").text
    assert text.startswith(SENTENCES[0]) and text.endswith(SENTENCES[-1])
    assert "Dozens of fires" not in text


def test_no_element_truthiness_warnings_on_childless_containers() -> None:
    # lxml warns (FutureWarning) when an element is tested for truth; a childless element is "false"
    pages = [
        f"<html><body><div>{SENTENCES[0]} {SENTENCES[1]}<p>{SENTENCES[2]} {SENTENCES[3]}</p></div></body></html>",
        f"<html><body><article>{' '.join(SENTENCES)}</article></body></html>",
        f"<html><body><div><div class='x'>{SENTENCES[0]}</div>{SENTENCES[1]} {SENTENCES[2]}</div></body></html>",
    ]
    with warnings.catch_warnings():
        warnings.simplefilter("error", FutureWarning)
        for page in pages:
            assert SENTENCES[1] in parse_bytes(page.encode(), "w.html").text


def test_post_meta_line_newsletter_promo_and_a_foreign_related_heading_stay_out() -> None:
    teaser = "Эффективная диета без отката. Результат пять килограммов за семь дней, вес не возвращается."
    html = (
        "<html><body><article><h1>Retailer cuts forecast</h1>"
        "<p>05/10/2018 - Publicado por: Clarissa Borba - Categoria: Saúde - Tags: sad arrombamento</p>"
        f"{_paragraphs(SENTENCES)}"
        "<p>There's plenty more where that came from. Sign up for The Daily Brief today to get the free "
        "newsletter delivered to your inbox.</p>"
        "<h3>Самые популярные диеты</h3>"
        f"<div><p>{teaser}</p></div><div><p>{teaser} {teaser}</p></div>"
        "</article></body></html>"
    )
    article = parse_bytes(html.encode(), "m.html")
    assert article.text.startswith(SENTENCES[0]) and article.text.endswith(SENTENCES[-1])
    assert "Publicado" not in article.text and "Sign up" not in article.text and "диета" not in article.text
    assert any(r.reason == "date" and r.text.startswith("05/10/2018") for r in article.removed)


def test_a_hover_card_inside_a_sentence_is_left_out_and_its_trigger_kept() -> None:
    card = (
        "<span class='people-block'><img src='p.jpg'><a href='/people/jo'>Jo Ann Smith</a>"
        "<a href='/news/1'>Governor doubles down on campaign</a><a href='/news/2'>State drops law</a></span>"
    )
    html = (
        "<html><body><article>"
        f"<p>South Dakota Gov. <span class='people'><a href='/people/jo'>Jo Smith</a>{card}</span> (R) is defending "
        "the state's new anti-drug campaign, which drew a mix of criticism and ridicule on Monday.</p>"
        f"{_paragraphs(SENTENCES)}</article></body></html>"
    )
    text = parse_bytes(html.encode(), "h.html").text
    assert text.startswith("South Dakota Gov. Jo Smith (R) is defending the state's new anti-drug campaign")
    assert "doubles down" not in text and "Jo Ann Smith" not in text


def test_a_digests_long_linked_list_items_stay_and_a_menu_does_not() -> None:
    items = "".join(
        f"<li><a href='/s{n}'>{SENTENCES[n][:-1]}</a>, according to a report published this morning by the paper.</li>"
        for n in range(4)
    )
    menu = "<ul><li><a href='/'>Home</a></li><li><a href='/tech'>Tech news and more</a></li></ul>"
    html = f"<html><body><article><p>Good morning! This is the news you need to know today.</p><ol>{items}</ol>"
    html += f"{menu}</article></body></html>"
    text = parse_bytes(html.encode(), "l.html").text
    for n in range(4):
        assert SENTENCES[n][:-1] + ", according to a report" in text
    assert "Tech news and more" not in text


def test_an_opinion_pieces_commentary_subhead_does_not_end_the_article() -> None:
    html = (
        f"<html><body><article>{_paragraphs(SENTENCES[:3])}"
        "<h2 class='commentary-subhead'>Why it matters</h2>"
        f"{_paragraphs(SENTENCES[3:])}</article></body></html>"
    )
    text = parse_bytes(html.encode(), "c.html").text
    assert "Why it matters" in text and text.endswith(SENTENCES[-1])

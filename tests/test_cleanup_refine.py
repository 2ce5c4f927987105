"""`refine_article`: the content-farm passes over an article already extracted from HTML."""

from __future__ import annotations

from reader.cleanup import refine_article
from reader.document import Article, Block, Related, Removed

CLEAN_NEWS = (
    Block("heading", "Markets rally as central bank holds rates"),
    Block("paragraph", "By Monday, the deal was done and the two companies announced the merger to investors."),
    Block(
        "paragraph",
        "Stocks rose on Wednesday after the Federal Reserve left interest rates unchanged, saying it would "
        "watch inflation closely before deciding its next move.",
    ),
    Block("quote", "We will do what it takes."),
    Block("paragraph", "Share prices of banks were mixed. Analysts said the decision was widely expected."),
    Block("paragraph", "Copyright lawyers were not involved in the talks, which lasted for three weeks in Geneva."),
    Block("list_item", "Yes."),
    Block("list_item", "Yes."),
)


def test_clean_english_news_keeps_every_block() -> None:
    article = Article(title="Markets rally", language="en", blocks=CLEAN_NEWS)
    refined = refine_article(article)
    assert refined.blocks == CLEAN_NEWS
    assert refined.removed == ()


def test_content_farm_noise_moves_to_removed_with_reasons() -> None:
    blocks = (
        Block("paragraph", "来源:新华网 作者:张三 2023-06-26 10:30"),
        Block("paragraph", "6月26日,市里举行了活动,融易新媒体,现场来了很多市民,气氛热烈,大家都很高兴。"),
        Block("paragraph", "分享到: 微信 微博 QQ空间"),
        Block("paragraph", "活动持续了一整天,主办方表示明年还会继续举办类似的活动。"),
        Block("paragraph", "备案号:京ICP备12345678号 Copyright © 2002-2023 关于我们 融易新媒体"),
    )
    refined = refine_article(Article(language="zh", blocks=blocks, removed=(Removed("navigation", "首页"),)))
    assert [b.text for b in refined.blocks] == [
        "6月26日,市里举行了活动,现场来了很多市民,气氛热烈,大家都很高兴。",
        "活动持续了一整天,主办方表示明年还会继续举办类似的活动。",
    ]
    reasons = [r.reason for r in refined.removed]
    assert reasons == ["navigation", "byline", "watermark", "share", "footer"]
    assert refined.site == "融易新媒体"
    assert refined.author == "张三"
    assert refined.published == "2023-06-26"


def test_metadata_already_present_is_not_overwritten() -> None:
    blocks = (
        Block("paragraph", "作者:李四"),
        Block("paragraph", "这是正文的第一段,内容足够长,用来检查元数据不会被覆盖。"),
    )
    article = Article(title="原标题", author="王五", site="某网站", published="2024-01-02", blocks=blocks)
    refined = refine_article(article)
    assert (refined.title, refined.author, refined.site, refined.published) == (
        "原标题",
        "王五",
        "某网站",
        "2024-01-02",
    )
    assert [b.text for b in refined.blocks] == ["这是正文的第一段,内容足够长,用来检查元数据不会被覆盖。"]


def test_glued_related_list_is_split_and_removed() -> None:
    body = "6月26日,某公司在深圳举行发布会,正式推出新一代产品,吸引了大量观众到场。"
    entries = [
        "1 某公司在深圳举行发布会推出新一代产品6月26日,某公司在深圳举行发布会,正式推出...",
        "2 另一家公司宣布完成新一轮融资计划6月25日,另一家公司宣布完成了新一轮的融资...",
        "3 城市交通运输局发布端午出行提示信息6月24日,城市交通运输局发布了端午节期间...",
    ]
    blocks = (Block("paragraph", body), *(Block("paragraph", e) for e in entries))
    refined = refine_article(Article(blocks=blocks))
    assert [b.text for b in refined.blocks] == [body]
    assert refined.related[1] == Related("另一家公司宣布完成新一轮融资计划", "6月25日,另一家公司宣布完成了新一轮的融资")
    assert refined.title == "某公司在深圳举行发布会推出新一代产品"
    assert [r.reason for r in refined.removed] == ["related"] * 3

"""`qingdu cite` as a real subprocess on the sample dump and on HTML files written to a temp folder."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from conftest import ROOT, SAMPLE

from reader.library import Library

SEED_TITLE = "货拉拉广莞佛司机流动党员党支部成立,加速推广“深圳经验”"
EN_URL = "https://www.huffpost.com/entry/anxiety-love-watching-horror-movies_l_5d277587e4b02a5a5d57b59e"
EN_HTML = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Why some people with anxiety love watching horror movies | HuffPost</title>
<meta property="og:title" content="Why some people with anxiety love watching horror movies">
<meta property="og:site_name" content="HuffPost">
<meta name="author" content="Carolyn Bologna">
<meta property="article:published_time" content="2019-10-31T09:00:00-04:00">
<link rel="canonical" href="{EN_URL}">
</head><body><article><h1>Why some people with anxiety love watching horror movies</h1>
<p>Horror movies can be a welcome escape for some people who live with anxiety, experts say. The genre offers
a controlled dose of fear that ends when the credits roll.</p>
<p>For people with anxiety, the predictable arc of a scary film can feel reassuring, because the tension
always resolves at the end.</p>
<p>Researchers have long studied why audiences seek out frightening entertainment, and the answers vary from
person to person.</p>
</article></body></html>
"""
ZH_HTML = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>出版业信息化迈入快车道</title>
<meta property="og:title" content="出版业信息化迈入快车道">
<meta name="author" content="萧钰">
<meta property="article:published_time" content="2001-12-19">
</head><body><article><h1>出版业信息化迈入快车道</h1>
<p>近年来，出版业的信息化建设步伐明显加快，许多出版社开始建设自己的数字内容管理系统，并探索网络出版的新模式。</p>
<p>业内人士认为，信息化不仅改变了出版流程，也改变了读者获取内容的方式，出版业正在迈入发展的快车道。</p>
<p>专家建议，出版单位应当加强人才培养，完善技术标准，推动传统出版与新兴出版的融合发展。</p>
</article></body></html>
"""


def cite(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "reader", "cite", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        env={**os.environ, "TZ": "UTC"},
    )


@pytest.fixture()
def pages(tmp_path: Path) -> tuple[Path, Path]:
    en = tmp_path / "en.html"
    zh = tmp_path / "zh.html"
    en.write_text(EN_HTML, encoding="utf-8")
    zh.write_text(ZH_HTML, encoding="utf-8")
    return en, zh


def test_sample_dump_defaults_to_gbt7714_and_today() -> None:
    result = cite(str(SAMPLE))
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"融易新媒体. {SEED_TITLE}[EB/OL]. [{date.today().isoformat()}].\n"


def test_html_files_one_citation_each_in_the_chosen_style(pages: tuple[Path, Path]) -> None:
    en, zh = pages
    result = cite(str(en), str(zh), "--style", "apa", "--accessed", "2024-05-01")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        f"Bologna, C. (2019, October 31). Why some people with anxiety love watching horror movies. HuffPost. {EN_URL}",
        "萧钰. (2001, December 19). 出版业信息化迈入快车道.",
    ]


def test_default_style_follows_each_article_language(pages: tuple[Path, Path]) -> None:
    en, zh = pages
    result = cite(str(en), str(zh), "--accessed", "2024-05-01")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        f"Bologna, C. (2019, October 31). Why some people with anxiety love watching horror movies. HuffPost. {EN_URL}",
        "萧钰. 出版业信息化迈入快车道[EB/OL]. (2001-12-19)[2024-05-01].",
    ]


def test_csl_json_is_one_array_with_unique_ids(pages: tuple[Path, Path], tmp_path: Path) -> None:
    en, zh = pages
    copy = tmp_path / "en-copy.html"
    copy.write_text(EN_HTML, encoding="utf-8")
    feed = tmp_path / "feed.jsonl"  # scraper output: one citation per record
    records = [
        {"url": f"https://example.com/{n}", "title": f"Record {n}", "html": EN_HTML.replace("HuffPost", f"Site{n}")}
        for n in (1, 2)
    ]
    feed.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    result = cite(str(en), str(zh), str(copy), str(feed), "--style", "csl-json", "--accessed", "2024-05-01")
    assert result.returncode == 0, result.stderr
    items = json.loads(result.stdout)
    assert [item["id"] for item in items] == [
        "bologna2019why",
        "萧钰2001出版",
        "bologna2019whya",
        "bologna2019whyb",
        "bologna2019whyc",
    ]
    assert [item["container-title"] for item in items[3:]] == ["Site1", "Site2"]
    assert items[1] == {
        "id": "萧钰2001出版",
        "type": "webpage",
        "title": "出版业信息化迈入快车道",
        "author": [{"family": "萧", "given": "钰"}],
        "issued": {"date-parts": [[2001, 12, 19]]},
        "accessed": {"date-parts": [[2024, 5, 1]]},
        "language": "zh",
    }


def test_bibtex_and_ris_records_are_separated_by_a_blank_line(pages: tuple[Path, Path]) -> None:
    en, zh = pages
    bibtex = cite(str(en), str(zh), "--style", "bibtex", "--accessed", "2024-05-01")
    assert bibtex.returncode == 0, bibtex.stderr
    assert bibtex.stdout.count("@online{") == 2
    assert "}\n\n@online{萧钰2001出版,\n" in bibtex.stdout
    ris = cite(str(en), str(zh), "--style", "ris", "--accessed", "2024-05-01")
    assert ris.stdout.count("TY  - ELEC\n") == 2
    assert ris.stdout.count("ER  - \n") == 2
    assert "ER  - \n\nTY  - ELEC\n" in ris.stdout


def test_a_bad_file_is_reported_and_the_rest_cited(pages: tuple[Path, Path], tmp_path: Path) -> None:
    en, _ = pages
    missing = tmp_path / "gone.html"
    no_library = tmp_path / "no-library-here"
    result = cite(str(missing), str(en), "--style", "mla", "--accessed", "2024-05-01", "--data-dir", str(no_library))
    assert not no_library.exists()  # cite only reads a library, never creates one
    assert result.returncode == 1
    assert "gone.html" in result.stderr
    assert result.stdout.startswith("Bologna, Carolyn. “Why Some People with Anxiety Love Watching Horror Movies.”")


def test_bad_usage_exits_2() -> None:
    result = cite(str(SAMPLE), "--accessed", "2024-02-30")
    assert result.returncode == 2
    assert result.stdout == ""


def test_a_file_in_the_library_is_cited_with_its_edits_and_import_day(pages: tuple[Path, Path], tmp_path: Path) -> None:
    en, zh = pages
    folder = tmp_path / "library"
    with Library.in_folder(folder) as library:
        [imported] = library.import_file(en)
        assert imported.id is not None
        library.set_metadata(imported.id, title="Horror as therapy", author="Jane Doe; Carolyn Bologna")
        library.set_imported_at(imported.id, "2024-03-04T10:00:00Z")
    result = cite(str(en), str(zh), "--style", "gbt7714", "--data-dir", str(folder))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        f"DOE J, BOLOGNA C. Horror as therapy[EB/OL]. (2019-10-31)[2024-03-04]. {EN_URL}.",  # edits, import day
        f"萧钰. 出版业信息化迈入快车道[EB/OL]. (2001-12-19)[{date.today().isoformat()}].",  # not in it: as parsed
    ]
    ignored = cite(str(en), "--style", "gbt7714", "--data-dir", str(folder), "--no-library", "--accessed", "2024-05-01")
    assert ignored.stdout.startswith("BOLOGNA C. Why some people")

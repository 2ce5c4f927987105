"""The one error type `reader` raises for input it cannot turn into an article, with its subclasses, and the
catalogue of per-file problem codes: each has an English message template (what the CLI prints) and
parameters, so a UI can show the same problem in its own language."""

from __future__ import annotations

from typing import Any, Self

# Every per-file problem Qingdu reports, by stable machine code: the English message, formatted with the
# problem's parameters. A UI translates by code (and falls back to the English message for a code it does
# not know), so codes are never renamed; new ones may be added.
MESSAGES: dict[str, str] = {
    # reading the file (reader.parse.read_file)
    "not_found": "file not found (moved or deleted?)",
    "permission_denied": "permission denied",
    "is_folder": "is a folder, not a file",
    "symlink_loop": "a symbolic link that loops back on itself",
    "not_regular_file": "not a regular file ({kind})",
    "read_failed": "could not read file: {detail}",
    "too_large": "file is {size:,} bytes, over the {limit:,}-byte limit",
    "over_limit": "file is over the {limit:,}-byte limit",
    # what the bytes are (reader.parse.parse_records)
    "empty_file": "file is empty",
    "binary_file": "not a text or web page file ({detail})",
    "nested_gzip": "nested gzip archive",
    "broken_gzip": "broken gzip file: {detail}",
    "decompressed_too_large": "decompressed size is over the {limit:,}-byte limit",
    "no_text": "no readable text found in this {what}",
    "json_without_content": "JSON without any record that has an HTML or text field",
    "nested_too_deeply": "the file is nested too deeply to read",
    "out_of_memory": "ran out of memory reading this file",
    "internal_error": "internal error: {detail}",
    # the worker process reading the file (reader.batch)
    "timeout": "took longer than {seconds:g} s; stopped",
    "worker_start_timeout": "the reading process did not start in time",
    "worker_crashed": "the reading process crashed on this file ({signal})",
    "worker_exited": "the reading process stopped on this file (exit status {status})",
    # storing what was read (reader.library_sink)
    "library_write_failed": "the library could not be written: {detail}",
}


def problem_message(code: str, **params: Any) -> str:
    """The English message of a problem code with its parameters."""
    return MESSAGES[code].format(**params)


class ReaderError(Exception):
    """A file could not be read as an article; the message is shown to the user as is.

    `code` names the problem for translation (see MESSAGES; a subclass has a generic default, whose
    translation shows the English message as its detail) and `params` are the values in the message.
    """

    code: str = "unreadable_content"

    def __init__(self, message: str = "", *, code: str | None = None, **params: Any) -> None:
        super().__init__(message)
        if code is not None:
            self.code = code  # an instance names its problem more precisely than its class
        self.params: dict[str, Any] = params

    @classmethod
    def of(cls, code: str, **params: Any) -> Self:
        """This error for a catalogued problem: the English message comes from MESSAGES."""
        return cls(problem_message(code, **params), code=code, **params)

    def __reduce__(self) -> tuple[Any, ...]:
        # Keep the code and parameters when the error is pickled (to or from a worker process).
        return (_rebuild, (type(self), str(self), self.code, self.params))


def _rebuild(cls: type[ReaderError], message: str, code: str, params: dict[str, Any]) -> ReaderError:
    return cls(message, code=code, **params)


class UnsupportedFormat(ReaderError):
    """The bytes are not a kind of file Qingdu reads (image, archive, binary, …)."""

    code = "unsupported_format"


class EmptyInput(ReaderError):
    """The file is empty or holds no readable text."""

    code = "empty_input"


class TooLarge(ReaderError):
    """The file is over the configured size cap."""

    code = "too_large_input"


class Unreadable(ReaderError):
    """The file could not be opened or read (permissions, vanished, not a regular file)."""

    code = "unreadable_file"


class TooDeep(ReaderError):
    """The file is nested deeper than can be read (brackets or elements by the hundred thousand)."""

    code = "nested_too_deeply"


class InternalError(ReaderError):
    """A bug in Qingdu met on this file: reported as this file's error, never raised as a crash.

    Tests and the fuzz benchmark treat it as a failure; the app shows it like any other per-file error.
    """

    code = "internal_error"

"""The one error type `reader` raises for input it cannot turn into an article, with its subclasses."""

from __future__ import annotations


class ReaderError(Exception):
    """A file could not be read as an article; the message is shown to the user as is."""


class UnsupportedFormat(ReaderError):
    """The bytes are not a kind of file Qingdu reads (image, archive, binary, …)."""


class EmptyInput(ReaderError):
    """The file is empty or holds no readable text."""


class TooLarge(ReaderError):
    """The file is over the configured size cap."""


class Unreadable(ReaderError):
    """The file could not be opened or read (permissions, vanished, not a regular file)."""


class TooDeep(ReaderError):
    """The file is nested deeper than can be read (brackets or elements by the hundred thousand)."""


class InternalError(ReaderError):
    """A bug in Qingdu met on this file: reported as this file's error, never raised as a crash.

    Tests and the fuzz benchmark treat it as a failure; the app shows it like any other per-file error.
    """

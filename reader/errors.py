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

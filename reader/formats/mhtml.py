"""MHTML (.mhtml/.mht) as saved by Chromium browsers: the main HTML part, read as a saved page."""

from __future__ import annotations

import email
import email.policy
from email.message import Message

from reader.encoding import decode
from reader.errors import ReaderError


def main_html_part(data: bytes) -> tuple[str, str, str | None]:
    """Return (html text, encoding, Snapshot-Content-Location url) of an MHTML archive."""
    message = email.message_from_bytes(data, policy=email.policy.compat32)
    url = message.get("Snapshot-Content-Location")
    for part in message.walk():
        if part.get_content_type() == "text/html":
            return (*_decode_part(part), url or part.get("Content-Location"))
    raise ReaderError("MHTML archive without an HTML part")


def _decode_part(part: Message) -> tuple[str, str]:
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        raise ReaderError("MHTML HTML part could not be decoded")
    return decode(payload, part.get_content_charset())

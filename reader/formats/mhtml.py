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
    url = _header(message, "Snapshot-Content-Location")
    pages = [part for part in message.walk() if part.get_content_type() == "text/html"]
    if not pages:
        raise ReaderError("MHTML archive without an HTML part")
    # The saved page is the part at the snapshot's own location (or the multipart's "start" part);
    # other HTML parts are its frames. Without either mark, the first HTML part is the page.
    start = (message.get_param("start") or "") if message.is_multipart() else ""
    start_id = start.strip("<>") if isinstance(start, str) else ""
    main = next(
        (p for p in pages if url and (_header(p, "Content-Location") or "").strip() == url.strip()),
        next((p for p in pages if start_id and (_header(p, "Content-ID") or "").strip("<> ") == start_id), pages[0]),
    )
    return (*_decode_part(main), url or _header(main, "Content-Location"))


def _header(part: Message, name: str) -> str | None:
    """A header as text: with non-ASCII bytes in it, compat32 returns an email.header.Header object."""
    value = part.get(name)
    return None if value is None else str(value)


def _decode_part(part: Message) -> tuple[str, str]:
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        raise ReaderError("MHTML HTML part could not be decoded")
    return decode(payload, part.get_content_charset())

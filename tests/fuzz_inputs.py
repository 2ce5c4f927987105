"""Hostile inputs for fuzzing (tests/test_fuzz.py and the robustness bench): seeds from the corpora, and
mutations of them (byte flips, truncation, splicing, encoding swaps, tag and entity bombs, format confusion)."""

from __future__ import annotations

import base64
import codecs
import gzip
import json
import random
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"

# Mutated inputs are cut to this size: big enough for whole pages, small enough for many inputs a second.
MAX_INPUT = 256 * 1024
# Most mutated inputs are a window of 32 to 2**WINDOW_BITS bytes of a seed (the parsers cost a few ms per KB,
# and 100,000 inputs must fit in minutes); a few are whole seeds, up to MAX_INPUT.
WINDOW_BITS = 10
WINDOW = 2**WINDOW_BITS
WHOLE_SEED_SHARE = 0.003
# Share of mutation steps that splice in another seed (format confusion: HTML tail on a JSON head, …).
SPLICE_SHARE = 0.1
# How often a mutation goes big (30,000 tags, 500 repeats): rare, as big inputs are slow to parse.
RARE = 0.05

# Strings that change how a file is sniffed, decoded or parsed when dropped into it.
TOKENS: tuple[bytes, ...] = (
    b"<html>",
    b"</html>",
    b"<body>",
    b"<div>",
    b"</div>",
    b"<p>",
    b"</p>",
    b"<table><tr><td>",
    b"<script>",
    b"</script>",
    b"<style>",
    b"<!--",
    b"-->",
    b"<![CDATA[",
    b"]]>",
    b"<?xml version='1.0' encoding='utf-16'?>",
    b'<meta charset="utf-16">',
    b'<meta charset="gb2312">',
    b'<meta charset="x-no-such-charset">',
    b'<meta http-equiv="Content-Type" content="text/html; charset=big5">',
    b"<!DOCTYPE html [<!ENTITY a '&b;&b;&b;'><!ENTITY b 'xxxxxxxxxx'>]>",
    b"&a;",
    b"&#0;",
    b"&#xD800;",
    b"&#99999999;",
    b"&nbsp;",
    b"<title>",
    b"</title>",
    b'<meta property="og:title" content="',
    b'<text id="http://example.com/a" title="t" encoding="gbk">',
    b"<!-- saved from url=(0022)http://example.com/ -->",
    b'Content-Type: multipart/related; boundary="B"\r\n\r\n--B\r\nContent-Type: text/html\r\n\r\n',
    b"\r\n--B--\r\n",
    b"Content-Transfer-Encoding: base64\r\n",
    b"Content-Transfer-Encoding: quoted-printable\r\n",
    b'{"html": "',
    b'{"text": ',
    b'", "url": 5}\n',
    b"[",
    b"]",
    b"{",
    b"}",
    b"\xef\xbb\xbf",
    b"\xff\xfe",
    b"\xfe\xff",
    b"\x00",
    b"\x1f\x8b\x08",
    b"\x89PNG\r\n\x1a\n",
    b"\r",
    b"\n\n\n",
    "备案号：京ICP备12345678号 Copyright © 关于我们".encode(),
    "（图片来源：网络）".encode(),
    "相关阅读".encode(),
    b"\xe4\xb8",
    b"\xc3",
)

ENCODINGS = ("utf-8", "gb18030", "gbk", "big5", "shift_jis", "cp1252", "utf-16-le", "utf-16-be", "utf-32", "koi8-r")


def load_seeds(limit_per_corpus: int | None = None) -> list[bytes]:
    """The sample dump, corpus pages and dumps, and the same content dressed as MHTML, JSON, JSONL, gzip."""
    files: list[Path] = [path for path in (ROOT / "seeds").glob("*") if not path.name.endswith(".gold.json")]
    for corpus, pattern in (
        ("article-extraction-benchmark/html", "*"),
        ("article-extraction-benchmark-txt", "*.txt"),
        ("zh-news", "*"),
    ):
        found = sorted(p for p in (SHARED / "corpora" / corpus).glob(pattern) if p.is_file())
        files.extend(found[:limit_per_corpus] if limit_per_corpus else found)
    seeds = [_read_seed(path)[:MAX_INPUT] for path in files if path.suffix not in (".json", ".md")]
    seeds = [seed for seed in seeds if seed]
    dressed: list[bytes] = []
    for index, seed in enumerate(seeds[:: max(1, len(seeds) // 12)]):
        text = seed.decode("utf-8", "replace")
        dressed.append(_as_mhtml(seed, base64_body=index % 2 == 0))
        dressed.append(json.dumps({"url": "http://example.com/a", "title": "T", "html": text}).encode())
        dressed.append(b"\n".join(json.dumps({"text": line}).encode() for line in text.splitlines()[:50]))
        dressed.append(gzip.compress(seed, compresslevel=1))
        dressed.append(codecs.BOM_UTF16_LE + text.encode("utf-16-le"))
    return seeds + dressed


def _read_seed(path: Path) -> bytes:
    data = path.read_bytes()
    return gzip.decompress(data) if path.suffix == ".gz" else data


def _as_mhtml(html: bytes, base64_body: bool) -> bytes:
    body = base64.encodebytes(html) if base64_body else html.replace(b"=", b"=3D")
    encoding = b"base64" if base64_body else b"quoted-printable"
    return (
        b"From: <Saved by Blink>\r\nSnapshot-Content-Location: http://example.com/page\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="----B----"\r\n\r\n'
        b"------B----\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: " + encoding + b"\r\n"
        b"Content-Location: http://example.com/page\r\n\r\n" + body + b"\r\n------B------\r\n"
    )


# --- mutators: each takes a random source and bytes and returns new bytes ----------------------------------


def flip_bytes(rng: random.Random, data: bytes) -> bytes:
    if not data:
        return bytes([rng.randrange(256)])
    out = bytearray(data)
    for _ in range(rng.randint(1, 16)):
        position = rng.randrange(len(out))
        out[position] ^= 1 << rng.randrange(8)
    return bytes(out)


def random_run(rng: random.Random, data: bytes) -> bytes:
    position = rng.randint(0, len(data))
    return data[:position] + rng.randbytes(rng.randint(1, 256)) + data[position + rng.randint(0, 64) :]


def truncate(rng: random.Random, data: bytes) -> bytes:
    if rng.random() < 0.3:
        return data[rng.randint(0, len(data)) :]
    return data[: rng.randint(0, len(data))]


def splice(rng: random.Random, data: bytes, other: bytes) -> bytes:
    start = rng.randint(0, len(other))
    return data[: rng.randint(0, len(data))] + other[start : start + int(2 ** rng.uniform(5, WINDOW_BITS))]


def insert_token(rng: random.Random, data: bytes) -> bytes:
    position = rng.randint(0, len(data))
    token = rng.choice(TOKENS) * rng.choice((1, 1, 1, 3, 50 if rng.random() > RARE else 5000))
    return data[:position] + token + data[position:]


def tag_bomb(rng: random.Random, data: bytes) -> bytes:
    tag = rng.choice((b"<div>", b"<b>", b"<span><i>", b"<table>", b"<ul><li>", b"<a href=x>", b"<p>", b"<font>"))
    count = rng.choice((260, 300, 1000, 3000)) if rng.random() > RARE else 30_000
    closing = tag.replace(b"<", b"</").split(b" ")[0].rstrip(b">") + b">" if rng.random() < 0.5 else b""
    position = rng.randint(0, len(data))
    return data[:position] + tag * count + b"text" + closing * count + data[position:]


def entity_bomb(rng: random.Random, data: bytes) -> bytes:
    levels = rng.randint(3, 9)
    entities = b"".join(b"<!ENTITY e%d '%s'>" % (i, (b"&e%d;" % (i - 1)) * 10 if i else b"lol") for i in range(levels))
    bomb = b"<?xml version='1.0'?><!DOCTYPE html [" + entities + b"]>"
    return bomb + data + b"&e%d;" % (levels - 1)


def swap_encoding(rng: random.Random, data: bytes) -> bytes:
    text = data.decode(rng.choice(("utf-8", "gb18030", "cp1252")), "replace")
    encoded = text.encode(rng.choice(ENCODINGS), "replace")
    if rng.random() < 0.2:
        # Only part of the file re-encoded: text that mixes encodings.
        cut = rng.randint(0, len(data))
        return data[:cut] + encoded[cut:]
    return encoded


def repeat_chunk(rng: random.Random, data: bytes) -> bytes:
    if not data:
        return data
    start = rng.randrange(len(data))
    chunk = data[start : start + rng.randint(1, 200)]
    return data[:start] + chunk * rng.randint(2, 50 if rng.random() > RARE else 500) + data[start:]


def controls(rng: random.Random, data: bytes) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 50)):
        out.insert(rng.randint(0, len(out)), rng.choice((0, 1, 7, 8, 11, 12, 27, 127, 0x85)))
    return bytes(out)


def delete_range(rng: random.Random, data: bytes) -> bytes:
    start = rng.randint(0, len(data))
    return data[:start] + data[start + rng.randint(1, 4096) :]


MUTATORS: tuple[Callable[[random.Random, bytes], bytes], ...] = (
    flip_bytes,
    random_run,
    truncate,
    insert_token,
    insert_token,
    tag_bomb,
    entity_bomb,
    swap_encoding,
    repeat_chunk,
    controls,
    delete_range,
)


def generated(rng: random.Random) -> bytes:
    """An input made from nothing: random bytes, or random sequences of markup and format tokens."""
    kind = rng.randrange(3)
    if kind == 0:
        return rng.randbytes(rng.randint(0, 4096))
    if kind == 1:
        return b"".join(rng.choice(TOKENS) for _ in range(rng.randint(1, 200)))
    words = ("新闻", "記者", "报道", "the", "story", "said", ".", "。", "，", "\n", " ", "<p>", "</p>", "<br>")
    return "".join(rng.choice(words) for _ in range(rng.randint(1, 2000))).encode(rng.choice(ENCODINGS), "replace")


def mutated(rng: random.Random, seeds: list[bytes]) -> bytes:
    """A seed with one to four mutations (or a splice of two seeds), cut to MAX_INPUT."""
    data = rng.choice(seeds)
    if len(data) > WINDOW and rng.random() > WHOLE_SEED_SHARE:
        # Mostly a window of the seed: mutations act near where they land, and small inputs are fast.
        start = rng.randrange(len(data)) if rng.random() < 0.7 else 0
        data = data[start : start + int(2 ** rng.uniform(5, WINDOW_BITS))]  # log-uniform: mostly small
    for _ in range(rng.randint(1, 4)):
        data = splice(rng, data, rng.choice(seeds)) if rng.random() < SPLICE_SHARE else rng.choice(MUTATORS)(rng, data)
    return data[:MAX_INPUT]


def fuzz_input(rng: random.Random, seeds: list[bytes]) -> bytes:
    """One fuzz input: a fifth made from nothing, the rest mutated seeds."""
    return generated(rng) if rng.random() < 0.2 else mutated(rng, seeds)

"""Check a `make dist` build against the installed package (`make dist-check`, run by CI after `make dist`).

Each packaged executable must answer `--version`, `extract` (jsonl/markdown, one process and worker processes) and
`--smoke-test` with the same output and exit status as the installed `qingdu`, on seeds/ plus generated inputs of
every kind (GBK HTML, UTF-8 HTML, MHTML, UTF-16 text, scraper JSONL, an unsupported file). The one-folder build is
also smoke-tested on a real X server (Xvfb, when installed), and its bundled resources/ must match the source tree.
Prints a Markdown table; exit status 0 when every check passed.
"""

from __future__ import annotations

import argparse
import json
import os
import quopri
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""
# A one-file start unpacks ~50 MB first; even a busy CI machine does each run in well under this.
RUN_TIMEOUT_S = 300


@dataclass
class Outcome:
    rc: int
    stdout: str
    stderr: str
    seconds: float


def run(command: Sequence[str], env: dict[str, str] | None = None) -> Outcome:
    started = time.perf_counter()
    done = subprocess.run(
        list(command), capture_output=True, text=True, encoding="utf-8", timeout=RUN_TIMEOUT_S, env=env, cwd=ROOT
    )
    return Outcome(done.returncode, done.stdout, done.stderr, time.perf_counter() - started)


def reference_command() -> list[str]:
    """The installed console script beside this interpreter (what `pip install` gives users)."""
    script = Path(sys.executable).with_name("qingdu" + EXE_SUFFIX)
    return [str(script)] if script.exists() else [sys.executable, "-m", "ui"]


def seed_files() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "seeds").iterdir() if not p.name.endswith(".gold.json"))


def write_inputs(folder: Path) -> None:
    """One small file of every input kind, including a non-UTF-8 encoding and one that must be refused."""
    zh_body = "".join(
        f"<p>第{n}段：市图书馆今年延长了夜间开放时间，读者在下班后也能借阅图书、参加讲座。馆长表示，这一做法将持续到明年。</p>"
        for n in range(1, 6)
    )
    (folder / "gbk-news.html").write_bytes(
        (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
            "<title>城市夜读：图书馆延长开放时间_新闻中心</title></head><body>"
            '<div class="nav">首页 | 新闻 | 体育 | 关于我们</div>'
            '<div class="article"><h1>城市夜读：图书馆延长开放时间</h1>'
            f'<div class="info">2024-06-26 来源：本地日报 作者：李明</div>{zh_body}</div>'
            '<div class="footer">版权所有 备案号：京ICP备00000000号</div></body></html>'
        ).encode("gb18030")
    )
    en_body = "".join(
        f"<p>Paragraph {n}. The council voted on Tuesday to keep the library open until ten in the evening, "
        "saying that readers who work late had asked for it for years.</p>"
        for n in range(1, 6)
    )
    en_html = (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Library stays open late | Example News</title>"
        '<meta property="og:url" content="https://news.example.org/library"></head><body><nav><a href="/">Home</a>'
        f"<a href='/world'>World</a></nav><article><h1>Library stays open late</h1>{en_body}</article>"
        "<footer>Copyright 2024 Example News</footer></body></html>"
    )
    (folder / "saved-page.html").write_text(
        "<!-- saved from url=(0032)https://news.example.org/library -->\n" + en_html, encoding="utf-8"
    )
    boundary = "----MultipartBoundary--qingdu----"
    html_qp = quopri.encodestring(en_html.encode("utf-8")).decode("ascii")
    (folder / "page.mhtml").write_text(
        "From: <Saved by Blink>\r\nSnapshot-Content-Location: https://news.example.org/library\r\n"
        "Subject: Library stays open late\r\nMIME-Version: 1.0\r\n"
        f'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="{boundary}"\r\n\r\n'
        f"--{boundary}\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n"
        f"Content-Location: https://news.example.org/library\r\n\r\n{html_qp}\r\n--{boundary}--\r\n",
        encoding="ascii",
        newline="",
    )
    dump_lines = ["首页 新闻 体育", "图书馆延长开放时间", *(p[3:-4] for p in zh_body.split("</p>") if p), "版权所有"]
    (folder / "dump-utf16.txt").write_bytes("\n".join(dump_lines).encode("utf-16"))  # with BOM
    records = [
        {"url": f"https://news.example.org/{n}", "title": f"Record {n}", "html": en_html.replace("late", f"late {n}")}
        for n in (1, 2)
    ]
    (folder / "feed.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    (folder / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))


class Xvfb:
    """A private X server for one check, or nothing when Xvfb is not installed."""

    def __init__(self) -> None:
        self.process: subprocess.Popen[bytes] | None = None
        self.display = ""

    def __enter__(self) -> Xvfb:
        if shutil.which("Xvfb") is None:
            return self
        for number in range(91, 120):
            if not Path(f"/tmp/.X11-unix/X{number}").exists() and not Path(f"/tmp/.X{number}-lock").exists():
                self.display = f":{number}"
                break
        command = ["Xvfb", self.display, "-screen", "0", "1280x800x24", "-nolisten", "tcp"]
        self.process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(50):  # the socket appears within a second
            if Path(f"/tmp/.X11-unix/X{self.display[1:]}").exists():
                break
            time.sleep(0.1)
        return self

    def __exit__(self, *_: object) -> None:
        if self.process is not None:
            self.process.send_signal(signal.SIGTERM)
            self.process.wait(timeout=10)


def compare(label: str, got: Outcome, want: Outcome) -> tuple[bool, str]:
    if got.rc != want.rc:
        return False, f"exit {got.rc}, installed package exits {want.rc}: {got.stderr.strip()[-300:]}"
    if got.stdout != want.stdout:
        got_lines, want_lines = got.stdout.splitlines(), want.stdout.splitlines()
        first = next((i for i, pair in enumerate(zip(got_lines, want_lines, strict=False)) if pair[0] != pair[1]), None)
        where = f"line {first + 1}: {got_lines[first][:80]!r}" if first is not None else "in length"
        return False, f"{label} output differs from the installed package, first at {where}"
    return True, f"same as installed ({len(got.stdout)} chars, exit {got.rc})"


def check_executable(
    exe: Path, inputs: Path, reference: list[str], results: list[tuple[str, str, bool, str, float]]
) -> None:
    name = exe.relative_to(ROOT).as_posix() if exe.is_relative_to(ROOT) else str(exe)
    offscreen = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    offscreen.pop("DISPLAY", None)
    paths = [*seed_files(), str(inputs)]
    cases: list[tuple[str, list[str]]] = [
        ("--version", ["--version"]),
        ("extract jsonl", ["extract", "--format", "jsonl", *paths]),
        ("extract jsonl --jobs 2", ["extract", "--format", "jsonl", "--jobs", "2", *paths]),
        ("extract markdown", ["extract", "--format", "markdown", *paths]),
        ("--smoke-test seeds", ["--smoke-test", *seed_files()]),
    ]
    for label, args in cases:
        got = run([str(exe), *args], env=offscreen)
        want = run([*reference, *args], env=offscreen)
        ok, detail = compare(label, got, want)
        if ok and label.startswith("--smoke-test"):
            ok = got.rc == 0 and bool(got.stdout.strip())
            detail = f"exit {got.rc}, printed: {' / '.join(got.stdout.split(chr(10)))[:120]}"
        results.append((name, label, ok, detail, got.seconds))


def check_bundle_resources(folder: Path, results: list[tuple[str, str, bool, str, float]]) -> None:
    bundled = folder / "_internal" / "resources"
    if not bundled.is_dir():
        bundled = folder / "resources"  # PyInstaller < 6 layout
    wanted = {p.relative_to(ROOT / "resources") for p in (ROOT / "resources").rglob("*") if p.is_file()}
    present = {p.relative_to(bundled) for p in bundled.rglob("*") if p.is_file()} if bundled.is_dir() else set()
    missing = sorted(str(p) for p in wanted - present)
    detail = f"{len(present)} files" if not missing else f"missing: {', '.join(missing[:5])}"
    results.append((folder.relative_to(ROOT).as_posix(), "resources/ bundled", not missing, detail, 0.0))


def check_xcb(exe: Path, results: list[tuple[str, str, bool, str, float]]) -> None:
    with Xvfb() as server:
        if not server.display:
            results.append((exe.name, "--smoke-test on Xvfb (xcb)", True, "Xvfb not installed: not run", 0.0))
            return
        env = {**os.environ, "DISPLAY": server.display}
        env.pop("QT_QPA_PLATFORM", None)
        got = run([str(exe), "--smoke-test", *seed_files()], env=env)
        ok = got.rc == 0 and bool(got.stdout.strip())
        detail = f"exit {got.rc}" + ("" if ok else f": {got.stderr.strip()[-300:]}")
        results.append((exe.relative_to(ROOT).as_posix(), "--smoke-test on Xvfb (xcb)", ok, detail, got.seconds))


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", default=str(ROOT / "dist"), help="PyInstaller's output folder")
    parser.add_argument("--no-onefile", action="store_true", help="check only the one-folder build")
    args = parser.parse_args(list(argv))
    dist = Path(args.dist).resolve()
    folder = dist / "qingdu"
    executables = [folder / f"qingdu{EXE_SUFFIX}"]
    if not args.no_onefile:
        executables.append(dist / f"qingdu-onefile{EXE_SUFFIX}")
    missing = [str(exe) for exe in executables if not exe.is_file()]
    if missing:
        print(f"check_dist: not built: {', '.join(missing)} (run `make dist`)", file=sys.stderr)
        return 1
    sources = [p for d in ("reader", "ui", "resources") for p in (ROOT / d).rglob("*") if p.is_file()]
    if max(p.stat().st_mtime for p in sources) > min(exe.stat().st_mtime for exe in executables):
        print("check_dist: warning: the sources changed after the build; differences may only mean `make dist`")
    results: list[tuple[str, str, bool, str, float]] = []
    with tempfile.TemporaryDirectory(prefix="qingdu-dist-check-") as tmp:
        inputs = Path(tmp) / "inputs"
        inputs.mkdir()
        write_inputs(inputs)
        for exe in executables:
            check_executable(exe, inputs, reference_command(), results)
    check_bundle_resources(folder, results)
    if sys.platform.startswith("linux"):
        check_xcb(executables[0], results)
    print("| executable | check | result | detail | seconds |")
    print("|---|---|---|---|---|")
    for name, label, ok, detail, seconds in results:
        print(f"| {name} | {label} | {'ok' if ok else 'FAIL'} | {detail.replace('|', '/')} | {seconds:.2f} |")
    return 0 if all(ok for _, _, ok, _, _ in results) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

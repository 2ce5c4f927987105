"""The core stays free of Qt: importing and using `reader` must not load PySide6."""

from __future__ import annotations

import subprocess
import sys

from conftest import ROOT, SAMPLE


def test_reader_never_imports_qt() -> None:
    code = (
        "import sys, reader, reader.cli, reader.export\n"
        f"reader.parse_file({str(SAMPLE)!r})\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'ui'))]\n"
        "print(bad)\n"
        "sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr


def test_no_reader_module_mentions_qt() -> None:
    offenders = [
        path.name
        for path in (ROOT / "reader").rglob("*.py")
        if "PySide6" in path.read_text(encoding="utf-8") or "from ui" in path.read_text(encoding="utf-8")
    ]
    assert offenders == []

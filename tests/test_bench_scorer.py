"""The bench scores with a verbatim copy of the reference scorer, so `make bench` agrees with it."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from conftest import ROOT, SHARED

COPY = ROOT / "tests" / "bench" / "score_ref.py"
REFERENCE = SHARED / "tools" / "score.py"


def _load(path: Path, name: str) -> object:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def test_copy_scores_like_the_metric_definition() -> None:
    scorer = _load(COPY, "score_ref_copy")
    truth = "the quick brown fox jumps over the lazy dog"
    assert scorer.tokenize("货拉拉 司机", "cjk-char") == ["货", "拉", "拉", "司", "机"]  # type: ignore[attr-defined]
    assert len(scorer.shingle_counts(scorer.tokenize(truth))) == 6  # type: ignore[attr-defined]


def test_copy_is_identical_to_the_reference_when_present() -> None:
    if REFERENCE.exists():
        assert COPY.read_bytes() == REFERENCE.read_bytes()
    else:
        # Outside this workspace the copy is the reference; it must still be importable.
        assert _load(COPY, "score_ref_copy2") is not None

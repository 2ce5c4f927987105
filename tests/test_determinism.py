"""parse_bytes is a pure function of its input: the same bytes give the same article in every process,
whatever the interpreter's hash seed (batch workers started with spawn each get their own)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from conftest import ROOT, SAMPLE

# Two stamps where one ends the other: the order they are cut in decides whether the shorter one is cut.
_STAMPED_LINES = [
    "首页 新闻 财经 体育",
    "XAMP新闻网",
    "新闻网",
    "本市举办春季运动会 市民踊跃参加",
    "3月12日上午,本市春季运动会在体育中心开幕,XAMP新闻网,来自各区的两千多名运动员参加了开幕式,新闻网,现场气氛热烈。",
    "运动会共设田径、游泳等十二个大项,组委会介绍,XAMP新闻网,比赛将持续五天,新闻网,所有场馆免费向市民开放。",
    "不少市民一早就来到现场,一位参赛的老人说,XAMP新闻网,自己已经连续参加了十届,新闻网,身体比年轻时还好。",
    "据悉,今年的运动会首次增设了亲子项目,XAMP新闻网,吸引了许多家庭报名,新闻网,报名人数超过了预期。",
    "Copyright © 2024 XAMP新闻网 版权所有",
    "备案号:京ICP备12345678号",
]
_PARSE_ALL = """
import json, sys
import reader
out = [reader.parse_bytes(open(p, "rb").read(), p).to_dict() for p in sys.argv[1:]]
print(json.dumps(out, ensure_ascii=False, sort_keys=True))
"""
HASH_SEEDS = ("0", "1", "2", "3", "4", "5", "6", "7")


def _parse_with_seed(paths: list[str], seed: str) -> list[object]:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run(
        [sys.executable, "-c", _PARSE_ALL, *paths], cwd=ROOT, env=env, capture_output=True, check=True, timeout=120
    )
    result: list[object] = json.loads(done.stdout)
    return result


def test_output_does_not_depend_on_the_hash_seed(tmp_path: Path) -> None:
    stamped = tmp_path / "stamped.txt"
    stamped.write_text("\n".join(_STAMPED_LINES), encoding="utf-8")
    paths = [str(SAMPLE), str(stamped)]
    first = _parse_with_seed(paths, HASH_SEEDS[0])
    for seed in HASH_SEEDS[1:]:
        assert _parse_with_seed(paths, seed) == first, f"PYTHONHASHSEED={seed}"


def test_overlapping_stamps_are_all_cut(tmp_path: Path) -> None:
    stamped = tmp_path / "stamped.txt"
    stamped.write_text("\n".join(_STAMPED_LINES), encoding="utf-8")
    (article,) = _parse_with_seed([str(stamped)], "0")
    assert isinstance(article, dict)
    cuts = [r["text"] for r in article["removed"] if r["reason"] == "watermark"]
    assert cuts == ["XAMP新闻网,", "新闻网,"] * 4
    assert "新闻网," not in article["text"]

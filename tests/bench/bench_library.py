"""Library benchmark: a generated library of 100,000 articles (Chinese and English), then open time,
search latency (Chinese incl. one- and two-character queries, English) and peak memory.

The generated database is cached under the temp folder (`qingdu-bench/`), so re-runs skip the build.
Measurements run in a fresh subprocess, so peak RSS is that of a session using the library, not of
the build. `python tests/bench/bench_library.py [--articles N] [--rebuild]`.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT))

from reader.document import Article, Block, Source  # noqa: E402
from reader.library import Library  # noqa: E402
from reader.library.schema import LATEST_VERSION  # noqa: E402

DEFAULT_ARTICLES = 100_000
# Bump when the generator changes, so a cached library built by an older generator is not reused.
GENERATOR_VERSION = 1
SEED = 20240626
CHUNK = 10_000  # articles per executemany transaction: bounds the build's memory
RUNS_PER_QUERY = 3
GOALS = {"open_s": 1.0, "search_ms": 50.0, "rss_mb": 300.0}

_ZH_VOCABULARY = (
    "经济 发展 城市 政府 企业 市场 技术 创新 教育 学生 老师 医院 医生 健康 环境 保护 交通 司机 平台 工作 "
    "服务 社会 文化 历史 国家 国际 合作 投资 金融 银行 科技 互联网 人工智能 数据 安全 能源 电力 汽车 新能源 "
    "农业 农村 乡村 振兴 旅游 消费 价格 增长 政策 改革 法律 法院 记者 报道 新闻 会议 代表 委员 党委 支部 "
    "群众 社区 居民 住房 房地产 就业 工资 收入 养老 保险 医疗 疫情 防控 科学 研究 大学 学校 儿童 家庭 "
    "体育 比赛 足球 篮球 音乐 电影 艺术 作家 书籍 图书馆 博物馆 公园 天气 气候 降雨 台风 地震 海洋 "
    "河流 森林 动物 植物 工厂 制造 产品 质量 品牌 出口 进口 贸易 港口 铁路 机场 航班 高铁 地铁 公交 "
    "深圳 广州 北京 上海 东莞 佛山 杭州 成都 武汉 南京 重庆 西安 货拉拉 快递 物流 外卖 骑手 网约车 "
    "手机 芯片 软件 网络 直播 短视频 游戏 电商 零售 超市 餐饮 美食 酒店 航空 卫星 火箭 探索 宇宙"
)
ZH_WORDS = _ZH_VOCABULARY.split()
ZH_GLUE = tuple("的了在和与是对为从把被将也都又并而及其")
_EN_VOCABULARY = (
    "the of and to in a is that for on with as by at from it was this be are has have not but "
    "city government market company economy growth policy climate energy power school student teacher "
    "hospital health doctor transport driver platform work service society culture history nation "
    "international cooperation investment finance bank technology internet artificial intelligence data "
    "security vehicle electric farming village tourism consumer price reform court reporter news meeting "
    "community housing employment wages income pension insurance research university children family "
    "sports football music film art writer library museum park weather rainfall typhoon earthquake ocean "
    "river forest animal factory manufacturing product quality brand export import trade port railway "
    "airport flight subway smartphone chip software network video games retail restaurant hotel satellite "
    "rocket space exploration election parliament minister budget inflation unemployment startup"
)
EN_WORDS = _EN_VOCABULARY.split()
SITES_ZH = ("融易新媒体", "南方日报", "新华网", "澎湃新闻", "中国日报网", "城市晚报")
SITES_EN = ("Daily Planet", "The Chronicle", "Metro News", "Global Times Review", "Tech Herald")

# (label, query): Chinese and English, frequent and rare, including one- and two-character terms.
QUERIES: tuple[tuple[str, str], ...] = (
    ("zh", "人工智能"),
    ("zh", "新能源汽车"),
    ("zh", "货拉拉"),
    ("zh", "图书馆"),
    ("zh", "乡村振兴"),
    ("zh", "深圳 物流"),
    ("zh", "短视频 直播"),
    ("zh-2char", "经济"),
    ("zh-2char", "台风"),
    ("zh-2char", "芯片"),
    ("zh-2char", "宇宙"),
    ("zh-2char", "深圳 骑手"),
    ("zh-1char", "港"),
    ("zh-1char", "酒"),
    ("en", "climate"),
    ("en", "artificial intelligence"),
    ("en", "smartphone"),
    ("en", "earthquake"),
    ("en", "parliament budget"),
    ("en", "rocket"),
    ("en", "unemployment"),
    ("en-2char", "AI"),
    ("en-2char", "go"),
)


def _zipf_weights(n: int) -> list[float]:
    return [1.0 / (rank + 1) for rank in range(n)]


def _zh_sentence(rng: random.Random, weights: list[float]) -> str:
    words = rng.choices(ZH_WORDS, weights=weights, k=rng.randint(6, 14))
    parts = [w + (rng.choice(ZH_GLUE) if rng.random() < 0.4 else "") for w in words]
    cut = rng.randint(2, len(parts) - 2)
    return "".join(parts[:cut]) + "，" + "".join(parts[cut:]) + "。"


def _en_sentence(rng: random.Random, weights: list[float]) -> str:
    words = rng.choices(EN_WORDS, weights=weights, k=rng.randint(8, 20))
    return " ".join(words).capitalize() + "."


def generate(count: int) -> Iterator[tuple[bytes, str, list[Article]]]:
    """Synthetic articles, reproducible: two in five Chinese, about 1,000 characters of body each."""
    rng = random.Random(SEED)
    zh_weights, en_weights = _zipf_weights(len(ZH_WORDS)), _zipf_weights(len(EN_WORDS))
    for number in range(count):
        chinese = number % 5 < 2
        sentence = _zh_sentence if chinese else _en_sentence
        weights = zh_weights if chinese else en_weights
        paragraphs = [
            ("" if chinese else " ").join(sentence(rng, weights) for _ in range(rng.randint(2, 4)))
            for _ in range(rng.randint(3, 6))
        ]
        title = sentence(rng, weights)[: 28 if chinese else 70].rstrip("，。. ")
        year, month, day = rng.randint(2005, 2024), rng.randint(1, 12), rng.randint(1, 28)
        published = f"{year}-{month:02d}-{day:02d}" if rng.random() < 0.9 else None
        site = rng.choice(SITES_ZH if chinese else SITES_EN)
        text = title + "\n" + "\n".join(paragraphs) + "\n" + site + f" #{number}\n"
        data = text.encode("utf-8")
        name = f"/bench/{number:06d}.txt"
        article = Article(
            title=title,
            site=site,
            published=published,
            language="zh" if chinese else "en",
            blocks=tuple(Block("paragraph", p) for p in paragraphs),
            source=Source(path=name, format="text", encoding="utf-8", size=len(data)),
        )
        yield data, name, [article]


def library_file(count: int) -> Path:
    folder = Path(tempfile.gettempdir()) / "qingdu-bench"
    return folder / f"library-{count}-g{GENERATOR_VERSION}-s{LATEST_VERSION}.sqlite3"


def build(path: Path, count: int) -> float:
    """Build the cached library (into a temporary file first, so a killed build is never reused)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    for leftover in path.parent.glob(partial.name + "*"):
        leftover.unlink()
    started = time.perf_counter()
    articles = generate(count)
    with Library(partial) as library:
        for _ in range(0, count, CHUNK):
            chunk = [next(articles) for _ in range(min(CHUNK, count - library.count()))]
            library.add_many(chunk, imported_at="2024-06-26T08:00:00Z")
            print(f"  built {library.count():,} / {count:,}", file=sys.stderr, flush=True)
        library.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        library.connection.execute("ANALYZE")
    partial.rename(path)
    return time.perf_counter() - started


def peak_rss_mb() -> float:
    """This process's peak RSS. Linux's VmHWM first: `ru_maxrss` survives exec, so a child started by a
    parent that just built the library would report the parent's peak."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(path: Path) -> dict[str, object]:
    """One session on the library: open + first rows, then each query several times."""
    started = time.perf_counter()
    library = Library(path)
    total = library.count()
    first = library.rows(0, 50, sort="date")
    open_s = time.perf_counter() - started
    assert len(first) == 50, "the library is too small"
    latencies: dict[str, list[float]] = {}
    hits: dict[str, int] = {}
    slowest: dict[str, float] = {}
    for label, query in QUERIES:
        times = []
        for _ in range(RUNS_PER_QUERY):
            t0 = time.perf_counter()
            found = library.search(query, limit=20)
            times.append((time.perf_counter() - t0) * 1000)
        latencies.setdefault(label, []).append(statistics.median(times))
        slowest[query] = statistics.median(times)
        hits[query] = len(found)
        assert found, f"no hits for {query!r}"
    t0 = time.perf_counter()
    filtered = library.count(query="人工智能")
    library.rows(0, 50, sort="date", query="人工智能")
    filter_ms = (time.perf_counter() - t0) * 1000
    t0 = time.perf_counter()
    library.rows(1000, 50, sort="date", query="人工智能")
    filter_next_ms = (time.perf_counter() - t0) * 1000
    t0 = time.perf_counter()
    library.rows(total - 50, 50, sort="title")
    last_page_ms = (time.perf_counter() - t0) * 1000
    library.close()
    rss_mb = peak_rss_mb()
    return {
        "articles": total,
        "open_s": open_s,
        "latencies": latencies,
        "filter_ms": filter_ms,
        "filter_next_ms": filter_next_ms,
        "slowest": max(slowest.items(), key=lambda item: item[1]),
        "filtered": filtered,
        "last_page_ms": last_page_ms,
        "rss_mb": rss_mb,
        "size_mb": os.path.getsize(path) / 1024 / 1024,
    }


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="bench_library")
    parser.add_argument("--articles", type=int, default=DEFAULT_ARTICLES)
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--measure", metavar="DB", help=argparse.SUPPRESS)  # internal: the child process
    args = parser.parse_args(argv)
    if args.measure:
        print(json.dumps(measure(Path(args.measure))))
        return 0
    path = library_file(args.articles)
    build_note = "cached"
    if args.rebuild or not path.exists():
        build_note = f"built in {build(path, args.articles):.0f} s"
    child = subprocess.run(
        [sys.executable, __file__, "--measure", str(path)], capture_output=True, text=True, check=False
    )
    if child.returncode != 0:
        print(child.stderr, file=sys.stderr)
        return 1
    result = json.loads(child.stdout)
    latencies: dict[str, list[float]] = result["latencies"]
    every = [ms for values in latencies.values() for ms in values]
    search_median = statistics.median(every)
    rows = [
        (
            "open library + count + first 50 rows",
            f"{result['open_s'] * 1000:.0f} ms",
            f"< {GOALS['open_s']:.0f} s",
            result["open_s"] < GOALS["open_s"],
        ),
        (
            f"search median, all {len(every)} queries",
            f"{search_median:.1f} ms",
            f"< {GOALS['search_ms']:.0f} ms",
            search_median < GOALS["search_ms"],
        ),
    ]
    for label, values in latencies.items():
        median = statistics.median(values)
        rows.append(
            (
                f"search median, {label} ({len(values)} queries)",
                f"{median:.1f} ms",
                f"< {GOALS['search_ms']:.0f} ms",
                median < GOALS["search_ms"],
            )
        )
    query, worst = result["slowest"]
    rows += [
        (f"slowest search ({query})", f"{worst:.1f} ms", "-", None),
        (
            f"filtered list: count + first 50 rows (人工智能, {result['filtered']:,} matches)",
            f"{result['filter_ms']:.1f} ms",
            "-",
            None,
        ),
        ("filtered list: next page (offset 1,000)", f"{result['filter_next_ms']:.1f} ms", "-", None),
        ("last page of 50 rows by title (offset paging)", f"{result['last_page_ms']:.1f} ms", "-", None),
        (
            "peak RSS of the session",
            f"{result['rss_mb']:.0f} MB",
            f"< {GOALS['rss_mb']:.0f} MB",
            result["rss_mb"] < GOALS["rss_mb"],
        ),
    ]
    print(f"Library of {result['articles']:,} generated articles ({result['size_mb']:.0f} MB file, {build_note}).\n")
    print("| measure | figure | goal | met |")
    print("|---|---|---|---|")
    for name, figure, goal, met in rows:
        print(f"| {name} | {figure} | {goal} | {'-' if met is None else ('yes' if met else 'NO')} |")
    return 0 if all(met is not False for *_, met in rows) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

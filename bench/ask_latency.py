"""Question latency: the dev questions and several hundred paraphrases through the Composer, in one process.

    .venv/bin/python -m bench.ask_latency [--corpus-db PATH] [--synthetic N [--synthetic-db PATH]] [--rounds 1]

The questions are those of ../shared/eval (dev.jsonl, corpus-dev.jsonl) when it sits beside the project
(the benchmark says so when it does not, and times the paraphrases alone), and the paraphrases below.
Scenarios: the bundled sample alone; the sample with the tests/corpus PDFs (loaded into a temporary
SQLite file, ~15 s, or read from --corpus-db when given, loading them there if it is empty); with
--synthetic N, the sample under N invented unit names (storing them takes minutes: --synthetic-db keeps
them in a file that later runs reuse). For each: the time to build the Composer, the
first answer (documents read on demand), then p50/p90/p99/max of every question after a warm-up pass
(as a running bot is warm), and the peak resident memory of the process so far.
Targets (issue 3): p50 ≤ 10 ms and p99 ≤ 50 ms.
"""

from __future__ import annotations

import argparse
import itertools
import json
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from sqlalchemy import Engine

from bot.engine.composer import Composer
from knowledge.database import open_engine
from knowledge.store import store_disclosure
from loaders import load_into, sample_path
from loaders.text import load

PROJECT = Path(__file__).resolve().parents[1]
SHARED = next(
    (folder / "shared" for folder in PROJECT.parents if (folder / "shared" / "eval").is_dir()), PROJECT
)
"""../shared beside the project, or beside the folder of worktrees the project is one of."""
EVAL_FILES = tuple(SHARED / "eval" / name for name in ("dev.jsonl", "corpus-dev.jsonl"))
CORPUS = PROJECT / "tests" / "corpus"

AMOUNT_TEMPLATES = (
    "{}是多少",
    "{}多少钱",
    "请问{}预算安排了多少",
    "{}花了多少",
    "{}有多少",
    "查一下{}",
    "{}的金额",
    "{}一共多少",
)
SAMPLE_SUBJECTS = (
    "零工市场",
    "灵工市场",
    "收入总计",
    "上年结转",
    "一般公共预算拨款收入",
    "社保和就业支出",
    "卫健支出",
    "基本支出",
    "项目支出",
    "三公经费",
    "公务接待费",
    "公车运行维护费",
    "出国经费",
    "机关运行经费",
    "办公费",
    "差旅费",
    "人员经费",
    "公用经费",
    "住房公积金",
    "职业年金",
    "行政运行",
    "就业补助",
    "护工培训奖励激励金",
    "临时工工资",
    "法律顾问费",
    "第一书记生活补助",
    "政府采购",
    "火箭发射费用",
)
OTHER_SAMPLE_QUESTIONS = (
    "什么是三公经费",
    "上年结转是什么意思",
    "名词解释一般公共预算",
    "项目支出占总支出的比例",
    "人员经费占基本支出的比例是多少",
    "机关运行经费比上年减少了多少",
    "为什么预算收入减少了",
    "哪个项目预算最多",
    "支出最多的前三个科目",
    "有哪些上年结转项目",
    "下设哪些机构",
    "在职人员有多少人",
    "有几辆车",
    "仲裁工作经费的绩效目标是什么",
    "临时工工资标准是多少",
    "超过50万元的项目",
    "10万元以下的项目",
    "24年住房公积金多少",
    "和去年比住房公积金增加了多少",
    "汾阳市教育局的三公经费是多少",
    "2019年的项目支出是多少",
)
CORPUS_QUESTIONS = (
    "普陀区财政局和上海市财政局的三公经费比较",
    "人社局和财政局的三公经费比较",
    "普陀区财政局2024年决算和2025年预算的住房公积金",
    "普陀区财政局住房公积金比上年增加多少",
    "哪个单位项目支出最多",
    "哪个单位三公经费最少",
    "万里街道2023年一般行政管理事务多少",
    "规划资源局2024年三公经费",
    "上海市财政局2025年公务接待费",
    "福利院2024年绩效工资",
    "万里街道2023年群众体育",
    "上海市财政局超过1000万元的支出",
)


@cache
def eval_questions() -> list[str]:
    """The eval set's questions; they live only in ../shared, so without it the run says it lacks them."""
    missing = [path for path in EVAL_FILES if not path.is_file()]
    for path in missing:
        print(f"注意：没有 {path}，本次只计时改写的问题，不含评测集的问题", file=sys.stderr)
    return [
        json.loads(line)["q"]
        for path in EVAL_FILES
        if path not in missing
        for line in path.open(encoding="utf-8")
        if line.strip()
    ]


def sample_questions() -> list[str]:
    paraphrases = [
        template.format(subject) for template, subject in itertools.product(AMOUNT_TEMPLATES, SAMPLE_SUBJECTS)
    ]
    return [*eval_questions(), *paraphrases, *OTHER_SAMPLE_QUESTIONS]


def corpus_questions() -> list[str]:
    units = ("普陀区财政局", "上海市财政局", "规划资源局", "万里街道", "福利院")
    items = (
        "住房公积金",
        "三公经费",
        "公务接待费",
        "办公费",
        "项目支出",
        "基本支出",
        "机关运行经费",
        "其他收入",
    )
    named = [f"{unit}{item}是多少" for unit, item in itertools.product(units, items)]
    return [*sample_questions(), *named, *CORPUS_QUESTIONS]


def peak_memory_mb() -> float:
    """Peak resident set size of this process so far (Linux reports kilobytes)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def percentile(sorted_ms: list[float], share: float) -> float:
    return sorted_ms[min(len(sorted_ms) - 1, int(share * len(sorted_ms)))]


def measure(name: str, engine: Engine, questions: list[str], rounds: int) -> None:
    """Build a Composer, answer once cold, warm up, then time every question and print the figures."""
    started = time.perf_counter()
    composer = Composer(engine)
    built_ms = (time.perf_counter() - started) * 1000
    started = time.perf_counter()
    composer.answer(questions[0])
    first_ms = (time.perf_counter() - started) * 1000
    for question in questions:
        composer.answer(question)
    timings = []
    for question in itertools.chain.from_iterable(itertools.repeat(questions, rounds)):
        started = time.perf_counter()
        composer.answer(question)
        timings.append((time.perf_counter() - started) * 1000)
    timings.sort()
    print(
        f"{name}: {len(composer.index.heads)} 份文档, {len(timings)} 次提问 | "
        f"Composer {built_ms:.0f} ms, 首答 {first_ms:.0f} ms | "
        f"p50 {statistics.median(timings):.2f} ms, p90 {percentile(timings, 0.90):.2f} ms, "
        f"p99 {percentile(timings, 0.99):.2f} ms, max {timings[-1]:.2f} ms | 峰值内存 {peak_memory_mb():.0f} MB"
    )


def loaded(engine: Engine, paths: Iterable[Path]) -> Engine:
    for path in paths:
        report = load_into(engine, path)
        if report.error is not None:
            raise SystemExit(f"{path}: {report.error}")
    return engine


def synthetic(engine: Engine, count: int) -> Engine:
    """The sample stored under `count` invented unit names (each a separate disclosure), adding only
    those a reused file lacks."""
    disclosure = load(sample_path()).disclosure
    for number in range(len(Composer(engine).index.heads), count):
        copy = load(sample_path()).disclosure if number else disclosure
        copy.unit_name = f"虚构{number:04d}县人力资源和社会保障局"
        copy.aliases = []
        copy.files[0].content_hash = f"synthetic-{number}-{copy.files[0].content_hash}"
        store_disclosure(engine, copy)
    return engine


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--corpus-db", type=Path, help="SQLite file holding the sample and corpus (loaded if empty)"
    )
    parser.add_argument(
        "--synthetic", type=int, default=0, help="also bench the sample under N invented units"
    )
    parser.add_argument(
        "--synthetic-db", type=Path, help="SQLite file holding the invented units (stored there if missing)"
    )
    parser.add_argument("--rounds", type=int, default=1, help="timed passes over the questions")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        sample = loaded(open_engine(f"sqlite:///{folder}/sample.db"), [sample_path()])
        measure("样例", sample, sample_questions(), args.rounds)
        corpus_path = args.corpus_db or Path(folder) / "corpus.db"
        corpus = open_engine(f"sqlite:///{corpus_path}")
        if not Composer(corpus).index.heads:
            loaded(corpus, [sample_path(), *sorted(CORPUS.glob("*.pdf"))])
        measure("样例+语料", corpus, corpus_questions(), args.rounds)
        if args.synthetic:
            synthetic_path = args.synthetic_db or Path(folder) / "synthetic.db"
            many = synthetic(open_engine(f"sqlite:///{synthetic_path}"), args.synthetic)
            measure(f"样例×{args.synthetic}", many, sample_questions(), args.rounds)


if __name__ == "__main__":
    main()

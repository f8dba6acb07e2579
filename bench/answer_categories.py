"""Accuracy per question category: the grader's verdicts on a question set, counted by each line's category.

    .venv/bin/python -m bench.answer_categories bench/questions/corpus.jsonl --load tests/corpus/*.pdf
    .venv/bin/python -m bench.answer_categories bench/questions/sample.jsonl

The held-out sets in bench/questions carry a "category" (total, functional, economic, sangong, change,
share, count, meaning, not_found, …) beside the grader's fields. This runs ../shared/eval/evaluate.py
(found as bench.ask_latency finds it) with -v and prints, per category, the questions, those passed and
the accuracy, then the failures with the grader's reason; a question set is data, the grader is the
project's contract, so nothing here judges an answer itself.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

from bench.ask_latency import SHARED

GRADER = SHARED / "eval" / "evaluate.py"
VERDICT = re.compile(r"^(PASS|FAIL) (\S+) ")


def verdicts(questions: Path, load: list[str]) -> tuple[dict[str, bool], list[str]]:
    """Each question id → passed, and the grader's own lines (its failures and its summary)."""
    command = [sys.executable, str(GRADER), str(questions), "-v", *(["--load", *load] if load else [])]
    output = subprocess.run(command, capture_output=True, text=True, check=False).stdout
    passed = {m.group(2): m.group(1) == "PASS" for line in output.splitlines() if (m := VERDICT.match(line))}
    return passed, output.splitlines()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("questions", type=Path)
    parser.add_argument("--load", nargs="+", default=[], metavar="FILE")
    parser.add_argument("--failures", action="store_true", help="also print every failed question")
    args = parser.parse_args()
    items = [json.loads(line) for line in args.questions.read_text("utf-8").splitlines() if line.strip()]
    passed, lines = verdicts(args.questions, args.load)
    total, good = Counter[str](), Counter[str]()
    for item in items:
        category = item.get("category", "-")
        total[category] += 1
        good[category] += passed.get(item["id"], False)
    for category in sorted(total, key=lambda name: (-total[name], name)):
        print(
            f"{category:<12} {good[category]:>4}/{total[category]:<4} {good[category] / total[category]:.3f}"
        )
    if args.failures:
        print("\n".join(line for line in lines if line.startswith(("FAIL", "      answer"))))
    print("\n".join(line for line in lines[-2:]))
    return 0


if __name__ == "__main__":
    sys.exit(main())

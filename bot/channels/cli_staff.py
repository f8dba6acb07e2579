"""Staff commands of `budgetbot`: `check` (勾稽检查) and `chart` (图表), wired into the main parser.

A file path given instead of a loaded document is read into a throwaway SQLite database, so checking
a draft never touches the person's own database.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot.services.charts import CHART_KINDS
from knowledge.errors import BudgetbotError

if TYPE_CHECKING:
    from knowledge.models import Disclosure

AddCommand = Callable[[str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser]
DOC_HELP = "文档：编号、单位名或简称、年度，或一个文件路径（只在临时数据库里读取，不载入你的数据库）"


def add_staff_commands(commands: Any, add: AddCommand) -> None:
    """Add `check` and `chart` to the `budgetbot` sub-commands, using build_parser's `add` helper."""
    check = add("check", command_check, "勾稽检查：核对表内、表间、表与说明的数字，如 budgetbot check 人社局")
    check.add_argument("doc", nargs="?", metavar="DOC", help=DOC_HELP + "；不给则检查所有已载入的文档")
    check.add_argument("--json", action="store_true", help="输出 JSON（每份文档一行）")
    kinds = "、".join(f"{kind.name}（{kind.key}）" for kind in CHART_KINDS)
    chart = add("chart", command_chart, f"画图并存为 PNG：{kinds}")
    chart.add_argument("kind", metavar="KIND", help=f"图的种类：{kinds}")
    chart.add_argument("--doc", help=DOC_HELP)
    chart.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.png", help="输出的 PNG 文件")


@contextmanager
def documents_for(args: argparse.Namespace, reference: str | None) -> Iterator[list[Disclosure]]:
    """The documents a command means, fully read: a file loaded into a temporary database, or loaded ones."""
    from sqlmodel import Session, select

    from knowledge.audit import load_for_audit
    from knowledge.catalog import find_disclosure, list_disclosures
    from knowledge.database import open_engine
    from knowledge.models import Disclosure
    from loaders import load_into

    if reference is not None and Path(reference).is_file():
        with tempfile.TemporaryDirectory(prefix="budgetbot-check-") as folder:
            engine = open_engine(f"sqlite:///{Path(folder) / 'check.db'}")
            try:
                report = load_into(engine, Path(reference))
                if report.error is not None:
                    raise report.error
                with Session(engine) as session:
                    stored = session.exec(select(Disclosure)).one()
                    yield [load_for_audit(session, stored)]
            finally:
                engine.dispose()
        return
    from bot.channels.cli import engine_for

    engine = engine_for(args)
    with Session(engine) as session:
        chosen = [find_disclosure(session, reference)] if reference else list_disclosures(session)
        yield [load_for_audit(session, document) for document in chosen]


def command_check(args: argparse.Namespace) -> int:
    """Run the consistency checks; exit status 1 when any document has an error-level finding."""
    from bot.channels.cli import out
    from knowledge.audit import run_checks
    from knowledge.audit.report import report_json, report_lines

    failed = False
    with documents_for(args, args.doc) as documents:
        for index, document in enumerate(documents):
            report = run_checks(None, document)
            failed = failed or report.has_errors
            if args.json:
                print(json.dumps(report_json(report), ensure_ascii=False), flush=True)
                continue
            if index:
                out().print()
            for line in report_lines(report):
                out().print(line, markup=False, crop=False, overflow="ignore")
    return 1 if failed else 0


def command_chart(args: argparse.Namespace) -> int:
    """Draw one chart of one document to a PNG file and print its caption."""
    from bot.channels.cli import out
    from bot.services.charts import render_chart

    with documents_for(args, args.doc) as documents:
        if len(documents) != 1:
            labels = "、".join(document.label for document in documents[:5])
            raise BudgetbotError(f"已载入 {len(documents)} 份文档，请用 --doc 指定画哪一份：{labels}")
        chart = render_chart(args.kind, documents[0], args.output)
    out().print(f"已保存 {chart.path}", markup=False)
    out().print(chart.caption, markup=False)
    return 0

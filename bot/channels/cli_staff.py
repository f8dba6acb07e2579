"""Staff commands of `budgetbot`: `check` (勾稽检查) and `chart` (图表), wired into the main parser.

A file path given instead of a loaded document is read into a throwaway SQLite database (the check
service's draft_database), so checking a draft never touches the person's own database.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot.services.charts import CHART_KINDS
from knowledge.errors import BudgetbotError, os_reason

if TYPE_CHECKING:
    from sqlalchemy import Engine

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


def is_file(reference: str | None) -> bool:
    return reference is not None and Path(reference).is_file()


def command_check(args: argparse.Namespace) -> int:
    """Run the consistency checks; exit status 1 when any document has an error-level finding."""
    from bot.channels.cli import NOTHING_LOADED, engine_for, out
    from bot.services.checks import check_documents, check_file

    reports = (
        [check_file(Path(args.doc))] if is_file(args.doc) else check_documents(engine_for(args), args.doc)
    )
    failed = False
    checked = 0
    for index, report in enumerate(reports):
        checked += 1
        failed = failed or report.has_errors
        if args.json:
            print(json.dumps(report.json, ensure_ascii=False), flush=True)
            continue
        if index:
            out().print()
        for line in report.lines:
            out().print(line, markup=False, crop=False, overflow="ignore")
    if not checked:
        out().print(NOTHING_LOADED, markup=False)
    return 1 if failed else 0


@contextmanager
def chart_document(args: argparse.Namespace) -> Iterator[tuple[Engine, int]]:
    """The database and the one document `--doc` means: a file in a throwaway database, or a loaded one."""
    from bot.channels.cli import NOTHING_LOADED, engine_for
    from bot.services.checks import draft_database
    from bot.services.documents import documents_meant

    if is_file(args.doc):
        with draft_database(Path(args.doc)) as (engine, document):
            yield engine, document.id
        return
    engine = engine_for(args)
    documents = documents_meant(engine, args.doc)
    if not documents:
        raise BudgetbotError(NOTHING_LOADED)
    if len(documents) != 1:
        labels = "、".join(document.label for document in documents[:5])
        raise BudgetbotError(f"已载入 {len(documents)} 份文档，请用 --doc 指定画哪一份：{labels}")
    yield engine, documents[0].id


def chart_output(output: Path) -> Path:
    """The PNG file to write, checked before any drawing: a folder, or a name that says another
    format, is refused with what to give instead."""
    if output.is_dir():
        raise BudgetbotError(f"{output} 是一个文件夹；请在 -o 后给出图片文件名，如 {output / 'chart.png'}")
    if output.suffix.lower() != ".png":
        raise BudgetbotError(
            f"图只能保存为 PNG：请把 -o 的文件名改为以 .png 结尾，如 {output.with_suffix('.png')}"
        )
    return output


def save_chart(output: Path, png: bytes) -> None:
    """Write the PNG, creating its folder; a place that cannot be written is said in one line."""
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_bytes(png)
    except OSError as error:
        raise BudgetbotError(f"无法保存图片 {output}：{os_reason(error)}。请换一个可写的位置") from None


def command_chart(args: argparse.Namespace) -> int:
    """Draw one chart of one document to a PNG file and print its caption."""
    from bot.channels.cli import out
    from bot.services.charts import chart_image

    output = chart_output(args.output)
    with chart_document(args) as (engine, document_id):
        image = chart_image(engine, args.kind, document_id)
    save_chart(output, image.png)
    out().print(f"已保存 {output}", markup=False)
    out().print(image.caption, markup=False)
    return 0

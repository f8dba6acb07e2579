"""The `budgetbot` command: load documents, list and show tables, ask questions, serve Telegram.

A thin channel: it parses arguments, calls the services (bot.services), and prints what they return.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import shutil
import sys
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from bot.channels.cli_parser import COMMAND, CommandParser
from bot.channels.cli_staff import add_staff_commands
from bot.channels.telegram.options import add_serve_arguments
from knowledge.errors import Ambiguous, BudgetbotError, DatabaseError
from knowledge.printable import shown_name, without_controls

if TYPE_CHECKING:
    from rich.console import Console
    from sqlalchemy import Engine

    from bot.channels.interrupt import Interrupted
    from loaders import LoadReport

FAILED = "failed"
TALLY_LABELS = {
    "loaded": "新载入",
    "merged": "合并",
    "unchanged": "未变化",
    "replaced": "替换旧版本",
    "kept": "新版本未启用",
    "restored": "恢复旧版本",
    FAILED: "失败",
}
"""The load summary's counts, in order; an outcome not listed here is counted under its own name."""
ALWAYS_COUNTED = ("loaded", "unchanged", "replaced", FAILED)
"""Counted even when none: a person looks for them."""
MAX_NAMED_UNREAD = 10
DATABASE_FAILED = 2
"""Exit status when the database cannot be used (cron and scripts can tell it from a bad file)."""
BROKEN_PIPE = 141
"""What a shell reports for a program its reader stopped (128 + SIGPIPE)."""
LOADABLE = "PDF、Excel（.xlsx/.xls）、Word（.docx）、网页（.html）、文本（.txt）"
NOTHING_LOADED = "还没有载入任何文档。用 budgetbot load 文件或文件夹 载入预算/决算公开文件。"


@cache
def out() -> Console:
    """The terminal output of every command but `ask`, which prints plain lines (rich is not imported
    for a question: `budgetbot ask` starts in well under a second)."""
    from rich.console import Console

    return Console(highlight=False, soft_wrap=True)


@cache
def err() -> Console:
    from rich.console import Console

    return Console(stderr=True, highlight=False, soft_wrap=True)


def escape(text: str) -> str:
    """Text shown literally inside rich markup."""
    from rich.markup import escape as rich_escape

    return rich_escape(text)


def engine_for(args: argparse.Namespace, *, seed: bool = True) -> Engine:
    """Open the database the command names. The default database (the per-user file, when no --db,
    $BUDGETBOT_DATABASE_URL or config names one) gets the bundled sample on its first use by a query;
    no other database ever does, so one whose loads all failed answers from nothing."""
    from knowledge.database import default_path, default_url, open_engine, resolve_url

    url = resolve_url(args.db)
    first_use = url == default_url() and not default_path().exists()
    engine = open_engine(url)
    if seed and first_use:
        from loaders import ensure_sample

        ensure_sample(engine)
    return engine


def command_load(args: argparse.Namespace) -> int:
    """Load files and folders, one transaction per file, then summarize, also when a stop signal or a
    database fault ends the load early (exit status 128 + the signal, or 2). The progress bar redraws per
    file, from no thread of its own: the workers reading the files are forked from this process."""
    from rich.progress import Progress

    from bot.channels.interrupt import Interrupted, StopSignals
    from bot.services.loading import finish_load, read_files, store_read
    from loaders import StoreOptions, expand_paths

    engine = engine_for(args, seed=False)
    found = expand_paths([Path(p) for p in args.paths])
    if not found.paths and not found.unsearchable:
        others = f"（只有其他文件：{named_files(found.skipped)}）" if found.skipped else ""
        err().print(f"没有找到可载入的文件{others}。可载入的格式：{LOADABLE}", markup=False)
        return 1
    reports: list[LoadReport] = list(found.unsearchable)
    options = StoreOptions(replace=args.replace, hold_undated=True)
    stopped: Interrupted | DatabaseError | None = None
    with (
        StopSignals() as stop,
        Progress(
            console=err(), transient=True, auto_refresh=False, disable=quiet_progress(found.paths)
        ) as progress,
    ):
        task = progress.add_task("载入中", total=len(found.paths))
        try:
            for path, read in read_files(found.paths, stored_in=engine):
                with stop.finishing_file():
                    reports.append(store_read(engine, path, read, options))
                progress.update(task, advance=1, refresh=True)
            with stop.finishing_file():
                reports = finish_load(engine, reports, options)
        except (Interrupted, DatabaseError) as error:
            stopped = error
    done = [report for report in reports if report.held is None]
    unread = [report.path for report in reports if report.held is not None]
    unread += found.paths[len(reports) - len(found.unsearchable) :]
    print_load_summary(done)
    print_load_tally(done, unread, found.skipped, stopped)
    if isinstance(stopped, Interrupted):
        return stopped.exit_status
    if stopped is not None:
        err().print(f"[red]错误[/red] {escape(str(stopped))}")
        return DATABASE_FAILED
    return 1 if any(report.error is not None for report in done) else 0


def quiet_progress(paths: list[Path]) -> bool:
    """No progress bar for a short load, nor where no one watches (stderr a log or cron's mail: a bar
    cleared there still leaves a line, and cron mails any output on stderr)."""
    return len(paths) < 3 or not err().is_terminal


def print_columns(header: tuple[str, ...], rows: Sequence[tuple[str, ...]]) -> None:
    """Print aligned columns, CJK-aware; the last column is never cut."""
    from knowledge.catalog import display_width, fit

    widths = [max(display_width(row[i]) for row in [header, *rows]) for i in range(len(header) - 1)]
    for row in [header, *rows]:
        cells = [fit(cell, width) for cell, width in zip(row, widths, strict=False)]
        out().print("  ".join([*cells, row[-1]]), markup=False, crop=False, overflow="ignore")


def print_load_summary(reports: list[LoadReport]) -> None:
    from loaders.summary import report_lines, report_warnings

    for number, report in enumerate(reports, 1):
        if report.error is not None:
            err().print(f"[red]载入失败[/red] {escape(str(report.error))}")
            continue
        for line in report_lines(report):
            out().print(line, markup=False)
        for warning in report_warnings(report, later=reports[number:]):
            err().print(f"[yellow]注意[/yellow] {escape(shown_name(report.path))}：{escape(warning)}")


def print_load_tally(
    reports: list[LoadReport], unread: list[Path], skipped: list[Path], stopped: BaseException | None
) -> None:
    """The last line of a load: every file counted by what became of it, and what was never read."""
    from bot.channels.interrupt import Interrupted

    outcomes = Counter(report.result.outcome if report.result else FAILED for report in reports)
    named = [outcome for outcome in TALLY_LABELS if outcome in ALWAYS_COUNTED or outcomes[outcome]]
    named += sorted(set(outcomes) - set(TALLY_LABELS))
    counts = "，".join(f"{TALLY_LABELS.get(outcome, outcome)} {outcomes[outcome]}" for outcome in named)
    total = len(reports) + len(unread)
    out().print(f"共 {total} 个文件：{counts}", markup=False)
    if unread:
        why = "载入被中断" if isinstance(stopped, Interrupted) else "数据库出错，载入停止"
        out().print(f"未处理 {len(unread)} 个（{why}）：{named_files(unread)}", markup=False)
    if skipped:
        out().print(
            f"文件夹里另有 {len(skipped)} 个文件不是可载入的格式，没有读取：{named_files(skipped)}",
            markup=False,
        )


def named_files(paths: list[Path]) -> str:
    """The first files' names, and how many in all when there are more."""
    names = "、".join(shown_name(path) for path in paths[:MAX_NAMED_UNREAD])
    return names + (f" 等 {len(paths)} 个" if len(paths) > MAX_NAMED_UNREAD else "")


def command_docs(args: argparse.Namespace) -> int:
    """List the loaded documents; with --all every version, the current one marked."""
    from bot.services.documents import list_documents

    rows = [
        (
            str(doc.id),
            doc.unit_name,
            str(doc.year),
            doc.kind,
            *((("当前" if doc.is_current else "旧版本"),) if args.all else ()),
            f"{doc.loaded_at:%Y-%m-%d %H:%M}",
            doc.source_name,
        )
        for doc in list_documents(engine_for(args), versions=args.all)
    ]
    if not rows:
        out().print(NOTHING_LOADED, markup=False)
        return 0
    state = ("状态",) if args.all else ()
    print_columns(("编号", "单位", "年度", "类型", *state, "载入时间", "来源文件"), rows)
    return 0


def command_restore(args: argparse.Namespace) -> int:
    """Make an older version of a document current again (the version current until now is kept)."""
    from bot.services.documents import restore

    restored = restore(engine_for(args, seed=False), args.id)
    if restored.already_current:
        out().print(
            f"#{restored.version_id} {restored.label} 已经是当前版本，没有改变（各版本见 budgetbot docs --all）",
            markup=False,
        )
        return 0
    kept = f"（原当前版本 #{restored.previous_id} 仍保留）" if restored.previous_id else ""
    out().print(f"已恢复 #{restored.version_id} {restored.label} 为当前版本{kept}", markup=False)
    return 0


def command_tables(args: argparse.Namespace) -> int:
    """List the tables of one document, or of all."""
    from bot.services.documents import list_document_tables

    rows = [
        (
            table.document,
            table.number,
            table.unit_of_measure,
            "本表无数据" if table.no_data else f"{table.rows}行",
            f"第{table.page}页" if table.page else (f"第{table.line}行" if table.line else ""),
            table.title,
        )
        for table in list_document_tables(engine_for(args), args.doc)
    ]
    if not rows:
        out().print(NOTHING_LOADED, markup=False)
        return 0
    print_columns(("文档", "编号", "单位", "行数", "位置", "标题"), rows)
    return 0


def command_show(args: argparse.Namespace) -> int:
    """Print one table readably, in the terminal's width."""
    from bot.services.tables import table_view

    width = args.width or shutil.get_terminal_size((120, 40)).columns
    try:
        view = table_view(engine_for(args), args.table, args.doc, width)
    except Ambiguous as error:
        example = f"budgetbot show {args.table} --doc {error.references[0]}"
        raise BudgetbotError(f"{error}。用 --doc 指明文档，如 {example}") from None
    out().print(view.document)
    for line in view.lines:
        out().print(line, markup=False, crop=False, overflow="ignore")
    return 0


def questions_from(stream: Iterator[str]) -> Iterator[str]:
    """Questions one per line: a byte-order mark before the first is not part of it, and control
    characters (an escape sequence would repaint the terminal when echoed) become spaces."""
    for number, line in enumerate(stream):
        text = line.rstrip("\r\n")
        yield without_controls(text.removeprefix("\ufeff") if number == 0 else text)


def command_ask(args: argparse.Namespace) -> int:
    """Answer one question, or one per line from stdin with --batch -.

    The cyclic garbage collector waits until the first answer is out: starting (the imports, the
    database, the documents the question needs) makes many objects and no garbage, and walking them
    again and again would be a tenth of a cold `budgetbot ask`. What was built is then frozen out of its
    way, and a batch is collected as usual."""
    gc.disable()
    try:
        from bot.engine.answers import Answer
        from bot.services.answering import AnswerService
        from bot.services.questions import too_long

        answers = AnswerService(engine_for(args))
        questions = questions_from(sys.stdin if args.batch == "-" else iter([" ".join(args.question)]))
        for question in questions:
            refusal = too_long(question)
            answer = Answer("not_found", refusal) if refusal else answers.answer(question)
            if answer.intent == "nothing_loaded" and args.db:
                answer.text = answer.text.replace("budgetbot load ", f"budgetbot load --db {args.db} ")
            if args.json:
                print(json.dumps(answer.to_json(), ensure_ascii=False), flush=True)
            else:
                print(answer.text)
            if not gc.isenabled():
                gc.freeze()
                gc.enable()
    finally:
        gc.enable()
    return 0


def command_chat(args: argparse.Namespace) -> int:
    """A conversation in the terminal; questions piped in (not a terminal) are read one per line."""
    from bot.channels.chat import run_chat
    from bot.services.answering import AnswerService

    answers = AnswerService(engine_for(args))
    return run_chat(answers, None if sys.stdin.isatty() else questions_from(sys.stdin))


def command_serve(args: argparse.Namespace) -> int:
    """Run the Telegram bot."""
    from bot.channels.telegram.serve import run

    return run(args, engine_for(args))


def build_parser() -> argparse.ArgumentParser:
    parser = CommandParser(prog="budgetbot", description="预算/决算公开问答：每个数字都注明出处")
    commands = parser.add_subparsers(
        dest="command", title=COMMAND, metavar=COMMAND, help="每个命令的用法：budgetbot 命令 --help"
    )

    def add(
        name: str, handler: Callable[[argparse.Namespace], int], help_text: str
    ) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        sub.add_argument("--db", metavar="URL", help="数据库地址（默认：每用户目录下的 SQLite 文件）")
        sub.set_defaults(handler=handler)
        return sub

    load = add("load", command_load, "载入公开文件（文本、PDF、Excel、Word、网页），可给文件夹")
    load.add_argument("paths", nargs="+", metavar="PATH", help="文件或文件夹（文件夹里的公开文件都载入）")
    load.add_argument(
        "--replace", action="store_true", help="新版本比旧版本少得多（疑似不完整）时也启用新版本"
    )
    docs = add("docs", command_docs, "列出已载入的文档")
    docs.add_argument("--all", action="store_true", help="列出每份文档的所有版本（旧版本也列出）")
    restore = add("restore", command_restore, "把文档的某个旧版本恢复为当前版本，如 budgetbot restore 3")
    restore.add_argument("id", type=int, metavar="ID", help="版本编号（见 budgetbot docs --all）")
    tables = add("tables", command_tables, "列出表格")
    tables.add_argument("--doc", help="文档：编号、单位名或简称、年度")
    show = add("show", command_show, "显示一张表，如 budgetbot show 表十二")
    show.add_argument("table", help="表号（表十二、十二、12）或标题片段")
    show.add_argument("--doc", help="文档：编号、单位名或简称、年度")
    show.add_argument("--width", type=int, help="输出宽度（默认为终端宽度）")
    ask = add("ask", command_ask, "提一个问题，如 budgetbot ask 零工市场花了多少钱")
    ask.add_argument("question", nargs="*", help="问题（可以不加引号）")
    ask.add_argument("--json", action="store_true", help="输出 JSON（评测接口）")
    ask.add_argument("--batch", choices=["-"], help="从标准输入逐行读取问题（只能写 -）")
    add("chat", command_chat, "在终端里连续问答")
    serve = add("serve", command_serve, "运行 Telegram 机器人")
    add_serve_arguments(serve)
    add_staff_commands(commands, add)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return 2
    if args.command == "ask" and not args.question and args.batch != "-":
        parser.error("ask 需要一个问题，或用 --batch - 从标准输入读取")
    try:
        return int(args.handler(args))
    except DatabaseError as error:
        err().print(f"[red]错误[/red] {escape(str(error))}")
        return DATABASE_FAILED
    except BudgetbotError as error:
        err().print(f"[red]错误[/red] {escape(str(error))}")
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return reader_gone()


def reader_gone() -> int:
    """The reader of our output closed it (`budgetbot docs | head`): stop quietly, as other tools do; the
    output still buffered goes nowhere rather than raising again when Python exits."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    return BROKEN_PIPE


if __name__ == "__main__":
    sys.exit(main())

"""A document published as several files: the year of a file that prints none, and the tables of a
tables file numbered by the 目录 of its narrative file, settled when the file is stored."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine

from knowledge.errors import LoadError
from knowledge.models import Disclosure
from knowledge.store import matching_year
from loaders.blocks import LoadedDocument
from loaders.contents import entry_of, keep_one_list_style, number_tables


def settle_year(engine: Engine | None, path: Path, loaded: LoadedDocument) -> None:
    """A file printing no year takes the year of the stored document it completes, else the one its
    file name gives; with neither it is refused, as before."""
    if loaded.year_source != "missing":
        return
    year = matching_year(engine, loaded.disclosure) if engine is not None else None
    if year is not None:
        loaded.disclosure.year, loaded.year_source = year, "matching"
    elif loaded.file_name_year is not None:
        loaded.disclosure.year, loaded.year_source = loaded.file_name_year, "file_name"
    else:
        raise LoadError(path, "找不到文档的年度（文件里、同一文档的其他文件和文件名都没有）")


def number_by_contents(disclosure: Disclosure) -> list[str]:
    """Number the tables no number was printed with by the document's 目录 (the narrative file's,
    naming the tables of the tables file); return the 目录 entries naming a table no file holds."""
    entries = keep_one_list_style([entry_of(text) for text in disclosure.contents])
    tables = sorted(disclosure.tables, key=lambda table: table.position)
    numbers, used = number_tables([table.title for table in tables], entries)
    for table, number in zip(tables, numbers, strict=True):
        if table.number is None and number is not None:
            table.number, table.number_value = number.label, number.value
    return [entry.text for index, entry in enumerate(entries) if entry.number and index not in used]

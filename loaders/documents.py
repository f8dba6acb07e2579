"""A document published as several files: the year of a file that prints none, and the tables of a
tables file numbered by the 目录 of its narrative file, settled when the file is stored."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine

from knowledge.errors import LoadError
from knowledge.models import Disclosure
from knowledge.store import matching_year
from loaders.blocks import LoadedDocument
from loaders.contents import number_from_contents


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


def numbered_by_list(number: str | None) -> bool:
    """Whether a table's number came from a 目录 list (一、 or 1.; stored bare) rather than being printed
    with the table (公开01表, 表一), or whether it has none."""
    return number is None or "表" not in number


def number_by_contents(disclosure: Disclosure) -> list[str]:
    """Number the tables by the document's 目录 (the narrative file's, which names the tables of the
    tables file), unless a number was printed with the table; return the 目录 entries naming a table no
    file holds. A tables file's own 目录 may list them in another order: the narrative's wins."""
    tables = sorted(disclosure.tables, key=lambda table: table.position)
    return number_from_contents(tables, disclosure.contents, lambda table: numbered_by_list(table.number))

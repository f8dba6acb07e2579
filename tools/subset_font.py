"""Make the Chinese font the charts ship (bot/services/fonts/): a subset of Noto Sans CJK SC, SIL OFL 1.1.

    apt-get download fonts-noto-cjk && dpkg-deb -x fonts-noto-cjk_*.deb noto
    .venv/bin/python tools/subset_font.py noto/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc

Run by hand when the character set should grow (never at install time); commit the font it writes.
The source is Debian's fonts-noto-cjk 1:20220127+repack1-1 (Noto Sans CJK 2.004, the SC face of the
collection). The subset keeps every character of GB 2312 — its 3,755 level-1 常用字, 3,008 level-2
次常用字, full-width forms and punctuation — with ASCII, Latin-1 and the CJK punctuation blocks, plus
every character of the packaged sample, of the corpus PDFs and of the project's own messages, so what a
disclosure prints and what the bot says render in the bundled font. A character outside it falls back to
a system CJK font when one is installed (bot/services/charts.py).

The OFL lets a modified font travel only under another name than the original's reserved ones, so the
subset is renamed "Budgetbot Sans SC"; its licence, with the upstream copyright, goes beside it as OFL.txt.
"""

from __future__ import annotations

import argparse
import unicodedata
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont
from pdfminer.high_level import extract_text

PROJECT = Path(__file__).resolve().parents[1]
OUTPUT = PROJECT / "bot" / "services" / "fonts" / "BudgetbotSansSC-Regular.otf"
FAMILY = "Budgetbot Sans SC"
POSTSCRIPT_NAME = "BudgetbotSansSC-Regular"
SOURCE_FAMILY = "Noto Sans CJK SC"
UNICODE_BLOCKS = (
    (0x0020, 0x007E),  # ASCII
    (0x00A0, 0x00FF),  # Latin-1: ×, ÷, °, ·
    (0x2000, 0x206F),  # general punctuation: “”‘’—…‰
    (0x2100, 0x218F),  # letterlike symbols and number forms: ℃, №, Ⅰ–Ⅻ
    (0x2190, 0x22FF),  # arrows and mathematical operators: ≤, ≥, ≈
    (0x2460, 0x24FF),  # enclosed alphanumerics: ①–⑳, ⑴
    (0x3000, 0x303F),  # CJK symbols and punctuation: 、。《》【】〇
    (0x3200, 0x32FF),  # enclosed CJK: ㈠–㈩
    (0xFF00, 0xFFEF),  # full-width forms: （），：；％
)
TEXT_SOURCES = (
    "bot/**/*.py",
    "knowledge/**/*.py",
    "loaders/**/*.py",
    "knowledge/sample/*.txt",
    "config.toml",
)
# matplotlib draws glyph by glyph from the cmap (no OpenType shaping) and sets text horizontally, so the
# layout tables and their alternates (locl JP/KR/TC forms, vertical forms) would only add weight.
DROPPED_TABLES = ["GSUB", "GPOS", "GDEF", "BASE", "VORG", "vhea", "vmtx"]


def gb2312_characters() -> set[str]:
    """Every character GB 2312 encodes (rows 1–9 symbols, 16–55 level 1, 56–87 level 2)."""
    found = set()
    for high in range(0xA1, 0xF8):
        for low in range(0xA1, 0xFF):
            try:
                found.add(bytes((high, low)).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    return found


def project_characters() -> set[str]:
    """Characters of the sample, the project's messages and the text of every corpus PDF."""
    text = [path.read_text(encoding="utf-8") for pattern in TEXT_SOURCES for path in PROJECT.glob(pattern)]
    for pdf in sorted((PROJECT / "tests" / "corpus").glob("*.pdf")):
        print(f"reading {pdf.name}")
        text.append(extract_text(pdf))
    return {char for chunk in text for char in chunk if unicodedata.category(char)[0] in "LNPSZ"}


def wanted_characters() -> set[str]:
    blocks = {chr(code) for start, end in UNICODE_BLOCKS for code in range(start, end + 1)}
    return blocks | gb2312_characters() | project_characters()


def sc_face(collection: Path) -> TTFont:
    """The Simplified Chinese face of the Noto Sans CJK collection (or the font itself for an .otf)."""
    if collection.suffix.lower() != ".ttc":
        return TTFont(collection, recalcTimestamp=False)
    for number in range(32):
        face = TTFont(collection, fontNumber=number, recalcTimestamp=False)
        if face["name"].getDebugName(1) == SOURCE_FAMILY:
            return face
    raise SystemExit(f"{collection} has no {SOURCE_FAMILY} face")


def renamed(font: TTFont, source_version: str) -> None:
    """The OFL keeps a modified font from the original's names: the subset is Budgetbot Sans SC."""
    names = font["name"]
    version = f"{source_version}; subset of {SOURCE_FAMILY} by budgetbot tools/subset_font.py"
    for name_id, value in (
        (1, FAMILY),
        (3, f"{POSTSCRIPT_NAME};{source_version}"),
        (4, FAMILY),
        (5, version),
        (6, POSTSCRIPT_NAME),
        (16, FAMILY),
    ):
        names.removeNames(nameID=name_id)
        names.setName(value, name_id, 3, 1, 0x409)
        names.setName(value, name_id, 1, 0, 0)
    cff = font["CFF "].cff
    top = cff[cff.fontNames[0]]
    cff.fontNames = [POSTSCRIPT_NAME]
    top.FullName, top.FamilyName = FAMILY, FAMILY


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path, help="NotoSansCJK-Regular.ttc (or NotoSansCJKsc-Regular.otf)")
    parser.add_argument("-o", "--output", type=Path, default=OUTPUT)
    arguments = parser.parse_args()
    font = sc_face(arguments.source)
    source_version = font["name"].getDebugName(5).split(";")[0]
    options = subset.Options()
    options.hinting = False  # matplotlib's Agg backend autohints; the font's own hints go unused
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.layout_features = []
    options.drop_tables += DROPPED_TABLES
    subsetter = subset.Subsetter(options)
    characters = wanted_characters()
    subsetter.populate(unicodes=[ord(char) for char in characters])
    subsetter.subset(font)
    renamed(font, source_version)
    arguments.output.parent.mkdir(parents=True, exist_ok=True)
    font.save(arguments.output)
    covered = len(font.getBestCmap())
    size_kb = arguments.output.stat().st_size / 1024
    print(f"{arguments.output}: {covered} characters of {len(characters)} wanted, {size_kb:,.0f} KB")


if __name__ == "__main__":
    main()

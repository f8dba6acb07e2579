"""Bad files of every kind a folder may hold, made by the tests themselves."""

from __future__ import annotations

import os
import shutil
import zipfile
import zlib
from pathlib import Path

import docx
import openpyxl

from tests.paths import CORPUS

CHOKING_PDF = b"""%PDF-1.4
1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 (wide) 5] >> endobj
trailer << /Root 1 0 R >>
%%EOF
"""
"""A PDF pdfminer reads but pdfplumber chokes on: its page size is not a number."""
GOOD_PDF = CORPUS / "putuo-czj-2025-yusuan.pdf"
SLOW_PDF = CORPUS / "jiangsu-gjfy-2019-yusuan.pdf"
"""The corpus file that takes longest to read (seconds, not milliseconds)."""
SMALL_DOCUMENT = "汾阳市财政局\n2024年度部门预算\n2024年预算收入总表\n单位：万元\n项目\t合计\n合计\t12.50\n"
"""A disclosure read in milliseconds."""
DEEP_NAME = "很深的文件夹" * 13
"""234 bytes, under the 255 a folder's name may have; twenty of them pass the 4096 of a whole path."""
DEEP_LEVELS = 20


def replace_member(source: Path, target: Path, member: str, data: bytes) -> Path:
    """Copy a zip file (an .xlsx or .docx), with one member's bytes replaced."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            new.writestr(info, data if info.filename == member else old.read(info))
    return target


def broken_docx(path: Path) -> Path:
    """A Word file whose document XML stops in the middle of a paragraph."""
    document = docx.Document()
    document.add_paragraph("汾阳市财政局 2024年部门预算")
    whole = path.with_suffix(".whole.docx")
    document.save(whole)
    xml = b'<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p>'
    replace_member(whole, path, "word/document.xml", xml)
    whole.unlink()
    return path


def broken_xlsx(path: Path) -> Path:
    """A workbook whose sheet XML stops inside a cell."""
    workbook = openpyxl.Workbook()
    workbook.active["A1"] = "2024年部门收支总表"
    whole = path.with_suffix(".whole.xlsx")
    workbook.save(whole)
    xml = b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1"'
    replace_member(whole, path, "xl/worksheets/sheet1.xml", xml)
    whole.unlink()
    return path


def deep_file(folder: Path, content: bytes) -> None:
    """A file at the bottom of folders nested past the system's path length limit (PATH_MAX, 4096)."""
    descriptor = os.open(folder, os.O_RDONLY)
    for _ in range(DEEP_LEVELS):
        os.mkdir(DEEP_NAME, dir_fd=descriptor)
        inner = os.open(DEEP_NAME, os.O_RDONLY, dir_fd=descriptor)
        os.close(descriptor)
        descriptor = inner
    written = os.open("deep.txt", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=descriptor)
    os.write(written, content)
    os.close(written)
    os.close(descriptor)


def bad_folder(folder: Path, sample: Path) -> dict[str, str]:
    """A folder of two good disclosures, every kind of bad file, and one that is no disclosure; return
    each bad file's name as printed, with the reason its failure line must give."""
    folder.mkdir()
    shutil.copy(sample, folder / "a-good.txt")
    shutil.copy(GOOD_PDF, folder / "b-good.pdf")
    broken_docx(folder / "c-broken.docx")
    broken_xlsx(folder / "d-broken.xlsx")
    (folder / "e-choking.pdf").write_bytes(CHOKING_PDF)
    (Path(os.fsdecode(bytes(folder))) / os.fsdecode(b"f-\xff\xfe.txt")).write_bytes(sample.read_bytes())
    os.mkfifo(folder / "g-pipe.txt")
    (folder / "h-zero.txt").symlink_to("/dev/zero")
    (folder / "i-loop.pdf").symlink_to("i-loop.pdf")
    (folder / "j-dangling.xlsx").symlink_to("nowhere.xlsx")
    (folder / "k-empty.html").write_bytes(b"")
    deep_file(folder, sample.read_bytes())
    (folder / "README.md").write_text("这个文件夹里的文件\n", encoding="utf-8")
    return {
        "c-broken.docx": "内部的 XML 无法解析",
        "d-broken.xlsx": "内部的 XML 无法解析",
        "e-choking.pdf": "无法解析此文件（MalformedPDFException",
        "f-\\xff\\xfe.txt": "文件名不是有效的 UTF-8 编码",
        "g-pipe.txt": "这是命名管道（FIFO），不是普通文件",
        "h-zero.txt": "这是字符设备，不是普通文件",
        "i-loop.pdf": "符号链接绕成了循环",
        "j-dangling.xlsx": "符号链接指向的文件不存在",
        "k-empty.html": "文件是空的",
        DEEP_NAME: "文件夹无法打开：路径太长",
    }


def pdf_bomb(path: Path, inflated: int = 400 * 1024 * 1024, size: int = 1024 * 1024) -> Path:
    """A one-page PDF of about `size` bytes whose content stream inflates to `inflated` bytes of spaces."""
    deflater = zlib.compressobj(9)
    step = b" " * (1 << 20)
    bomb = b"".join(deflater.compress(step) for _ in range(inflated // len(step))) + deflater.flush()
    padding = os.urandom(max(0, size - len(bomb) - 600))
    path.write_bytes(
        b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
        b"2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
        b"3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >> endobj\n"
        + f"4 0 obj << /Length {len(bomb)} /Filter /FlateDecode >> stream\n".encode()
        + bomb
        + b"\nendstream endobj\n"
        + f"5 0 obj << /Length {len(padding)} >> stream\n".encode()
        + padding
        + b"\nendstream endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
    )
    return path


def workbook_of_rows(path: Path, rows: int) -> Path:
    """A real .xlsx whose one sheet has `rows` rows of one number each."""
    workbook = openpyxl.Workbook()
    workbook.active["A1"] = 1
    whole = path.with_suffix(".whole.xlsx")
    workbook.save(whole)
    with zipfile.ZipFile(whole) as old, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            if info.filename != "xl/worksheets/sheet1.xml":
                new.writestr(info, old.read(info))
                continue
            with new.open("xl/worksheets/sheet1.xml", "w") as sheet:
                sheet.write(b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">')
                sheet.write(f'<dimension ref="A1:A{rows}"/><sheetData>'.encode())
                for start in range(1, rows + 1, 10_000):
                    sheet.write(
                        "".join(
                            f'<row r="{row}"><c r="A{row}"><v>{row}</v></c></row>'
                            for row in range(start, min(start + 10_000, rows + 1))
                        ).encode()
                    )
                sheet.write(b"</sheetData></worksheet>")
    whole.unlink()
    return path

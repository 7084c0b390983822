"""A streaming xlsx writer: one worksheet of text and numbers, straight into the zip, no temporary files.

Why not openpyxl or XlsxWriter: both stream a large sheet through a temporary file (openpyxl's
write-only mode in the system temp folder), which would put client data in plain text outside the
file the user asked for (DESIGN section 9), and both spend most of their time on per-cell objects.
This writer streams the worksheet XML directly into the deflated zip member, so memory stays flat
and nothing else touches the disk; ``bench/bench_export.py`` measures it against both libraries.

Every cell is either an inline string (``t="inlineStr"``) or a number; a formula element is never
written, and formula-like text is neutralised as in CSV. Characters XML cannot carry (C0 controls)
are written with the ECMA-376 ``_xHHHH_`` escape that Excel, LibreOffice and calamine decode, and CR
as a character reference (a raw CR would be read back as LF), so values read back exactly.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from app.export.csvfile import safe_row
from app.export.files import Cancel, ProgressFn, Ticker, private_output
from importers.readers import column_letter  # columns as the spreadsheet shows them

MAX_CELL_CHARS = 32767  # Excel's limit for one cell
_FLUSH_ROWS = 500
_MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

_SHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"


def _content_types(sheets: int) -> str:
    overrides = "".join(
        f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="{_SHEET_TYPE}"/>'
        for i in range(1, sheets + 1)
    )
    return (
        _XML_HEAD
        + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        f"{overrides}"
        '<Override PartName="/xl/styles.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
        "</Types>"
    )


_ROOT_RELS = (
    _XML_HEAD + f'<Relationships xmlns="{_PKG_REL_NS}">'
    f'<Relationship Id="rId1" Type="{_REL_NS}/officeDocument" Target="xl/workbook.xml"/>'
    "</Relationships>"
)


def _workbook_rels(sheets: int) -> str:
    rels = "".join(
        f'<Relationship Id="rId{i}" Type="{_REL_NS}/worksheet" Target="worksheets/sheet{i}.xml"/>'
        for i in range(1, sheets + 1)
    )
    return (
        _XML_HEAD + f'<Relationships xmlns="{_PKG_REL_NS}">{rels}'
        f'<Relationship Id="rId{sheets + 1}" Type="{_REL_NS}/styles" Target="styles.xml"/>'
        "</Relationships>"
    )


# Style 0: normal; style 1: bold (the header row).
_STYLES = (
    _XML_HEAD + f'<styleSheet xmlns="{_MAIN_NS}">'
    '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
    '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>'
    '<fills count="2"><fill><patternFill patternType="none"/></fill>'
    '<fill><patternFill patternType="gray125"/></fill></fills>'
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>'
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
    "</styleSheet>"
)
_SHEET_HEAD = (
    _XML_HEAD + f'<worksheet xmlns="{_MAIN_NS}" xmlns:r="{_REL_NS}">'
    '<sheetViews><sheetView workbookViewId="0">'
    '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'
    "</sheetView></sheetViews><sheetData>"
)
_SHEET_TAIL = "</sheetData></worksheet>"

# Anything that needs escaping in a text cell: XML specials, characters XML 1.0 cannot carry,
# CR, and text that already looks like an ECMA escape (its underscore must itself be escaped).
_NEEDS_ESCAPE = re.compile(r"[&<>\x00-\x08\x0b-\x1f\ufffe\uffff]|_x[0-9A-Fa-f]{4}_")
_ESCAPE_PART = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|_(?=x[0-9A-Fa-f]{4}_)")
_SHEET_NAME_BAD = re.compile(r"[\[\]:*?/\\]")


def _escape_text(text: str) -> str:
    text = _ESCAPE_PART.sub(lambda m: f"_x{ord(m.group()):04X}_", text)
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace("\r", "&#13;")


class Shortened:
    """Counts the text cells cut to :data:`MAX_CELL_CHARS` (the caller tells the user how many; never which)."""

    __slots__ = ("count",)

    def __init__(self) -> None:
        self.count = 0


def _cell(ref: str, value: Any, style: str, shortened: Shortened) -> str:
    if value is None or value == "":
        return ""
    cls = value.__class__
    if cls is int or cls is float or cls is Decimal:
        return f'<c r="{ref}"{style}><v>{value}</v></c>'
    text = value if cls is str else str(value)
    if len(text) > MAX_CELL_CHARS:
        text = text[:MAX_CELL_CHARS]
        shortened.count += 1
    if _NEEDS_ESCAPE.search(text):
        text = _escape_text(text)
    space = ' xml:space="preserve"' if text[0] in " \t\n" or text[-1] in " \t\n" else ""
    return f'<c r="{ref}"{style} t="inlineStr"><is><t{space}>{text}</t></is></c>'


def _row_xml(number: int, letters: Sequence[str], row: Sequence[Any], shortened: Shortened, style: str = "") -> str:
    n = str(number)
    cells = "".join([_cell(letter + n, value, style, shortened)
                     for letter, value in zip(letters, row, strict=False)])
    return f'<row r="{n}">{cells}</row>'


def _sheet_name(name: str, used: set[str]) -> str:
    """Excel's rules: at most 31 characters, none of []:*?/\\, unique ignoring case."""
    base = _SHEET_NAME_BAD.sub("_", name)[:31] or "Sheet"
    candidate, n = base, 1
    while candidate.lower() in used:
        n += 1
        candidate = f"{base[:28]} {n}"
    used.add(candidate.lower())
    return candidate.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def _workbook_xml(names: Sequence[str]) -> str:
    used: set[str] = set()
    sheets = "".join(
        f'<sheet name="{_sheet_name(name, used)}" sheetId="{i}" r:id="rId{i}"/>'
        for i, name in enumerate(names, start=1)
    )
    return _XML_HEAD + f'<workbook xmlns="{_MAIN_NS}" xmlns:r="{_REL_NS}"><sheets>{sheets}</sheets></workbook>'


@dataclass(frozen=True, slots=True)
class Sheet:
    """One worksheet to write: a name, a header row and the data rows (an iterable, consumed once)."""

    name: str
    header: Sequence[str]
    rows: Iterable[Sequence[Any]]


def _write_sheet(zf: zipfile.ZipFile, number: int, sheet: Sheet, ticker: Ticker, shortened: Shortened) -> None:
    with zf.open(f"xl/worksheets/sheet{number}.xml", "w", force_zip64=True) as out:
        letters = [column_letter(i) for i in range(len(sheet.header))]
        buffer = [_SHEET_HEAD, _row_xml(1, letters, safe_row(sheet.header), shortened, ' s="1"')]
        tick = ticker.tick
        for row_number, row in enumerate(sheet.rows, start=2):
            buffer.append(_row_xml(row_number, letters, safe_row(row), shortened))
            tick()
            if len(buffer) >= _FLUSH_ROWS:
                out.write("".join(buffer).encode("utf-8"))
                buffer.clear()
        buffer.append(_SHEET_TAIL)
        out.write("".join(buffer).encode("utf-8"))


def write_workbook(
    path: Path | str, sheets: Sequence[Sheet], *, progress: ProgressFn = None, cancel: Cancel = None,
    shortened: Shortened | None = None,
) -> int:
    """Write the sheets (bold, frozen header rows) to ``path``; returns the number of data rows.

    A text longer than Excel's cell limit is cut to it (Excel would refuse the file otherwise); pass
    ``shortened`` to learn how many cells were."""
    ticker = Ticker(progress, cancel)
    shortened = shortened if shortened is not None else Shortened()
    with private_output(path) as raw, zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        zf.writestr("[Content_Types].xml", _content_types(len(sheets)))
        zf.writestr("_rels/.rels", _ROOT_RELS)
        zf.writestr("xl/workbook.xml", _workbook_xml([s.name for s in sheets]))
        zf.writestr("xl/_rels/workbook.xml.rels", _workbook_rels(len(sheets)))
        zf.writestr("xl/styles.xml", _STYLES)
        for number, sheet in enumerate(sheets, start=1):
            _write_sheet(zf, number, sheet, ticker, shortened)
        ticker.check()
    return ticker.count


def write_xlsx(
    path: Path | str,
    header: Sequence[str],
    rows: Iterable[Sequence[Any]],
    *,
    sheet_name: str = "Clients",
    progress: ProgressFn = None,
    cancel: Cancel = None,
    shortened: Shortened | None = None,
) -> int:
    """Write one sheet to ``path``; returns the number of data rows (``shortened``: see :func:`write_workbook`)."""
    return write_workbook(path, [Sheet(sheet_name, header, rows)], progress=progress, cancel=cancel,
                          shortened=shortened)

"""Open a spreadsheet or CSV file and hand back its sheets as grids of typed values.

Readers, by file content (never by extension alone): python-calamine for xlsx/xlsm/xlsb/xls/ods (about ten
times faster than openpyxl), xlrd for the BIFF2-5 ``.xls`` that calamine refuses, openpyxl (with defusedxml)
for an OOXML workbook calamine cannot parse (macro sheets), a small reader for flat ODS (``.fods``) and the
csv module for delimited text with the encoding detected and the delimiter sniffed.

Every failure is an ``ImportRefused`` with a reason class and the file's name; sizes are checked before any
parsing (a zip bomb or a million declared rows must not exhaust memory). Grids keep spreadsheet positions:
``rows[i][j]`` is the cell in spreadsheet row ``i + 1`` and column ``j``; trailing empty rows and columns are
trimmed while reading, so a sheet that declares a million formatted rows costs only its real data.
"""

from __future__ import annotations

import codecs
import concurrent.futures
import csv
import datetime as dt
import io
import math
import re
import warnings
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from importers.errors import ImportRefused

Value = str | int | float | bool | dt.date | dt.datetime | dt.time | dt.timedelta | None

WORKBOOK_EXTENSIONS = {".xlsx", ".xlsm", ".xltx", ".xltm", ".xlsb", ".xls", ".xlt", ".ods", ".fods"}
TEXT_EXTENSIONS = {".csv", ".tsv", ".txt", ".tab"}
# Spreadsheet error values as Excel, LibreOffice and exported CSVs write them.
ERROR_VALUES = frozenset(
    {"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA", "#SPILL!",
     "#CALC!", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!", "#N/A!", "Err:502", "Err:504",
     "Err:508", "Err:511", "Err:522"}
)
_CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_BIFF_BOF = {b"\x09\x00", b"\x09\x02", b"\x09\x04", b"\x09\x08"}
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")
_CELL_REF = re.compile(rb'\br="([A-Z]{1,3})(\d+)"')
_ERROR_CELL = re.compile(rb'<c\b([^>]*\bt="e"[^>]*)>(.*?)</c>', re.S)
_VALUE = re.compile(rb"<v>([^<]*)</v>")


@dataclass(frozen=True)
class Limits:
    """Refuse before parsing: file bytes, uncompressed zip bytes, compression ratio and cells."""

    max_file_bytes: int = 256 * 2**20
    max_uncompressed_bytes: int = 1024 * 2**20
    max_ratio: int = 200  # a normal xlsx compresses 5-20x; a zip bomb thousands of times
    max_cells: int = 8_000_000


@dataclass(frozen=True)
class SheetInfo:
    """One sheet as listed to the user; only visible worksheets are imported unless chosen by name."""

    index: int
    name: str
    kind: str = "worksheet"  # worksheet | chart | macro | dialog | vba
    visibility: str = "visible"  # visible | hidden | very-hidden

    @property
    def is_worksheet(self) -> bool:
        return self.kind == "worksheet"

    @property
    def visible(self) -> bool:
        return self.visibility == "visible"


@dataclass
class SheetData:
    """The cells of one sheet. ``errors`` maps (row, col), 0-based, to the error text (``#N/A``) of cells
    the reader gave as empty; ``merged`` lists (first_row, first_col, last_row, last_col), 0-based."""

    name: str
    rows: list[list[Value]]
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)
    errors: dict[tuple[int, int], str] = field(default_factory=dict)
    date1904: bool = False
    complete: bool = True  # False when only the first rows were read (preview)
    # Rows the reader found damaged (0-based row -> reason), e.g. a vCard without END:VCARD: the pipeline
    # reports each as an error of that row, so it is not imported by default and goes to the rejected rows.
    row_errors: dict[int, str] = field(default_factory=dict)

    @property
    def width(self) -> int:
        return max((len(r) for r in self.rows), default=0)


def is_empty(value: Value) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


class _Trimmer:
    """Collects rows, dropping trailing empty rows and cells without ever storing a run of empty rows.

    Empty rows between data rows are kept (as ``[]``) so that row numbers stay those of the sheet.
    """

    def __init__(self, path: Path, limits: Limits, max_rows: int | None) -> None:
        self.rows: list[list[Value]] = []
        self._pending_empty = 0
        self._cells = 0
        self._path = path
        self._limits = limits
        self._max_rows = max_rows

    def full(self) -> bool:
        return self._max_rows is not None and len(self.rows) + self._pending_empty >= self._max_rows

    def add(self, row: list[Value]) -> None:
        end = len(row)
        while end and is_empty(row[end - 1]):
            end -= 1
        if not end:
            self._pending_empty += 1
            return
        if self._pending_empty:
            self.rows.extend([] for _ in range(self._pending_empty))
            self._pending_empty = 0
        self.rows.append(row[:end] if end < len(row) else row)
        self._cells += end
        if self._cells > self._limits.max_cells:
            raise ImportRefused(
                self._path, "too-large",
                f"the sheet has more than {self._limits.max_cells:,} cells; split the file and import the parts",
            )


# ---------------------------------------------------------------------------------------------- format
def sniff_format(path: Path, head: bytes) -> str:
    """Name the format from the first bytes: xlsx, xlsb, ods, numbers, zip, cfb, biff, fods, html, text."""
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return "zip"
    if head.startswith(_CFB_MAGIC):
        return "cfb"
    if head[:2] in _BIFF_BOF and len(head) > 4 and head[2] in (4, 6, 8, 16) and head[3] == 0:
        return "biff"
    text = head.lstrip(codecs.BOM_UTF8).lstrip()[:2048].lower()
    if text.startswith(b"<?xml") or text.startswith(b"<office:document"):
        return "fods" if b"opendocument" in text and b"office:document" in text else "xml"
    if text.startswith((b"<!doctype html", b"<html", b"<table")):
        return "html"
    if text.startswith(b"{\\rtf"):
        return "rtf"
    return "text"


def _looks_binary(head: bytes) -> bool:
    """NUL bytes outside a UTF-16/32 text mean binary data, not a delimited text file."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return False
    if b"\x00" not in head:
        return False
    return _utf16_guess(head) is None


def _utf16_guess(data: bytes) -> str | None:
    """UTF-16 without a BOM: ASCII text leaves every second byte NUL."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


def _zip_kind(path: Path, zf: zipfile.ZipFile, limits: Limits) -> str:
    names = set(zf.namelist())
    infos = zf.infolist()
    total = sum(i.file_size for i in infos)
    packed = sum(i.compress_size for i in infos) or 1
    if total > limits.max_uncompressed_bytes or (total > 20 * 2**20 and total / packed > limits.max_ratio):
        raise ImportRefused(
            path, "too-large",
            f"it unpacks to {total / 2**20:,.0f} MB, more than the {limits.max_uncompressed_bytes / 2**20:,.0f} MB "
            "an import may use; split the file or save it as CSV",
        )
    if "mimetype" in names:
        mime = zf.read("mimetype")[:100].decode("ascii", "replace").strip()
        if mime == "application/vnd.oasis.opendocument.spreadsheet":
            return "ods"
        raise ImportRefused(path, "not-a-spreadsheet", f"it is an OpenDocument file of type {mime!r}, not a spreadsheet")
    content_types = zf.read("[Content_Types].xml") if "[Content_Types].xml" in names else b""
    if "xl/workbook.bin" in names or b"sheet.binary.macroEnabled.main" in content_types:
        return "xlsb"
    if "xl/workbook.xml" in names or re.search(rb"spreadsheetml\.(?:sheet|template)\.main|ms-excel\.(?:sheet|template)"
                                               rb"\.macroEnabled\.main", content_types):
        return "xlsx"
    if any(n.startswith("Index/") and n.endswith(".iwa") for n in names) or "Index.zip" in names:
        raise ImportRefused(
            path, "unsupported",
            "it is an Apple Numbers document; in Numbers choose File > Export To > Excel and import that file",
        )
    if any(n.startswith("word/") for n in names):
        raise ImportRefused(path, "not-a-spreadsheet", "it is a Word document, not a spreadsheet")
    raise ImportRefused(path, "not-a-spreadsheet", "it is a zip archive without a workbook inside")


def _check_cells_declared(path: Path, zf: zipfile.ZipFile, limits: Limits) -> None:
    """Estimate cells from the sheets' XML size: each stored cell costs at least ~12 bytes of XML, so a
    sheet whose XML could hold more cells than the limit is refused before calamine materialises it."""
    sheet_bytes = sum(i.file_size for i in zf.infolist() if "worksheets/" in i.filename)
    if sheet_bytes / 12 > limits.max_cells * 4:
        raise ImportRefused(
            path, "too-large",
            f"its sheets hold about {sheet_bytes / 12:,.0f} cells, more than an import handles; split the file",
        )


# ---------------------------------------------------------------------------------------------- workbooks
class Workbook:
    """An opened file: its sheets and a way to read one. Use ``open_workbook`` to get one."""

    format: str = ""

    def __init__(self, path: Path, limits: Limits) -> None:
        self.path = path
        self.limits = limits
        self.sheets: list[SheetInfo] = []
        self.encoding: str | None = None
        self.delimiter: str | None = None
        self.warnings: list[str] = []  # said once to the user when the file is opened (damaged vCards)

    def default_sheet(self) -> SheetInfo:
        """The first visible worksheet; the others are listed, hidden ones are never taken silently."""
        for info in self.sheets:
            if info.is_worksheet and info.visible:
                return info
        raise ImportRefused(self.path, "empty", "it has no visible worksheet to import")

    def sheet_info(self, sheet: str | int | None) -> SheetInfo:
        if sheet is None:
            return self.default_sheet()
        for info in self.sheets:
            if (isinstance(sheet, int) and info.index == sheet) or info.name == sheet:
                if not info.is_worksheet:
                    raise ImportRefused(self.path, "unsupported", f"sheet {info.name!r} is a {info.kind} sheet, not a table")
                return info
        if isinstance(sheet, str) and sheet.isdigit():
            return self.sheet_info(int(sheet) - 1)
        names = ", ".join(repr(s.name) for s in self.sheets if s.is_worksheet)
        raise ImportRefused(self.path, "not-found", f"it has no sheet {sheet!r}; its sheets are {names}")

    def read_sheet(self, sheet: str | int | None = None, *, max_rows: int | None = None) -> SheetData:
        raise NotImplementedError

    def close(self) -> None:
        """Release the file handle (a no-op for readers that read everything at open)."""

    def __enter__(self) -> Workbook:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


_CALAMINE_KINDS = {"WorkSheet": "worksheet", "ChartSheet": "chart", "MacroSheet": "macro",
                   "DialogSheet": "dialog", "Vba": "vba"}
_CALAMINE_VISIBILITY = {"Visible": "visible", "Hidden": "hidden", "VeryHidden": "very-hidden"}


class CalamineWorkbook(Workbook):
    def __init__(self, path: Path, limits: Limits, fmt: str) -> None:
        import python_calamine

        super().__init__(path, limits)
        self.format = fmt
        try:
            self._book = python_calamine.CalamineWorkbook.from_path(str(path))
        except python_calamine.PasswordError:
            raise ImportRefused(path, "password-protected", _PASSWORD_HINT) from None
        except python_calamine.CalamineError as exc:
            raise ImportRefused(path, "damaged", f"the workbook cannot be read ({_short(exc)})") from None
        self.sheets = [
            SheetInfo(i, m.name, _CALAMINE_KINDS.get(str(m.typ).rsplit(".", 1)[-1], "worksheet"),
                      _CALAMINE_VISIBILITY.get(str(m.visible).rsplit(".", 1)[-1], "visible"))
            for i, m in enumerate(self._book.sheets_metadata)
        ]
        self._extras: _OoxmlExtras | _XlsExtras | None = None
        if fmt == "xlsx":
            self._extras = _OoxmlExtras(path)
        elif fmt == "xls":
            self._extras = _XlsExtras(path, limits)

    def read_sheet(self, sheet: str | int | None = None, *, max_rows: int | None = None) -> SheetData:
        import python_calamine

        info = self.sheet_info(sheet)
        if max_rows is not None and isinstance(self._extras, _OoxmlExtras):
            head = self._extras.head(info, max_rows, self.limits)
            if head is not None:
                return head
        # calamine parses the sheet without the GIL (2.3 s for 100k rows): look for error cells meanwhile.
        limit = _NO_LIMIT if max_rows is None else max_rows
        errors = _in_background(self._extras.errors, info, limit) if self._extras is not None else None
        try:
            calamine_sheet = self._book.get_sheet_by_index(info.index)
        except python_calamine.CalamineError as exc:  # the scan thread just ends; its result is not needed
            raise ImportRefused(self.path, "damaged", f"sheet {info.name!r} cannot be read ({_short(exc)})") from None
        trimmer = _Trimmer(self.path, self.limits, max_rows)
        start = calamine_sheet.start
        if start is not None:
            # iter_rows starts at row 1 but at the data area's first column: pad to keep column letters.
            pad = [""] * start[1]
            for row in calamine_sheet.iter_rows():
                trimmer.add(pad + row if pad else row)
                if trimmer.full():
                    break
        found = errors.result() if errors is not None else {}
        if self.format == "xls" and _has_nul_text(trimmer.rows):
            # calamine decodes some Excel 97 files' strings as single bytes of UTF-16 ("N\x00o\x00"); xlrd
            # reads them right.
            return XlrdWorkbook(self.path, self.limits).read_sheet(info.name, max_rows=max_rows)
        merged = [(a[0], a[1], b[0], b[1]) for a, b in (calamine_sheet.merged_cell_ranges or [])]
        data = SheetData(info.name, trimmer.rows, merged, complete=not trimmer.full())
        if self._extras is not None:
            data.date1904 = self._extras.date1904
            data.errors = {cell: error for cell, error in found.items() if cell[0] < len(data.rows)}
        return data

    def close(self) -> None:
        self._book.close()


_NO_LIMIT = 2**62
T = TypeVar("T")


def _in_background(function: Callable[..., T], *args: Any) -> concurrent.futures.Future[T]:
    """``function(*args)`` started on a thread of its own; ``result()`` waits for it (or raises its error)."""
    pool = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="reader-extras")
    try:
        return pool.submit(function, *args)
    finally:
        pool.shutdown(wait=False)  # the thread ends once the call returns


def _has_nul_text(rows: list[list[Value]]) -> bool:
    return any(isinstance(v, str) and "\x00" in v for row in rows[:50] for v in row)


class _OoxmlExtras:
    """What calamine does not expose for xlsx: error cells (it returns them empty) and the 1904 flag."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.date1904 = False
        self._targets: list[str] = []
        try:
            with zipfile.ZipFile(path) as zf:
                workbook = zf.read("xl/workbook.xml")
                self.date1904 = bool(re.search(rb'date1904="(?:1|true)"', workbook))
                self._targets = _ooxml_sheet_targets(zf, workbook)
        except (KeyError, zipfile.BadZipFile, OSError):
            pass

    def head(self, info: SheetInfo, max_rows: int, limits: Limits) -> SheetData | None:
        """The first rows of a big sheet, streamed: calamine parses the whole sheet before giving any row
        (2+ s for 100k rows), too slow for the wizard's preview. None when the sheet is small."""
        if info.index >= len(self._targets):
            return None
        with zipfile.ZipFile(self.path) as zf:
            try:
                size = zf.getinfo(self._targets[info.index]).file_size
            except KeyError:
                return None
            if size < PREVIEW_STREAM_BYTES:
                return None
            return _stream_head(self.path, zf, self._targets[info.index], info.name, max_rows, self.date1904, limits)

    def errors(self, info: SheetInfo, max_row: int) -> dict[tuple[int, int], str]:
        if info.index >= len(self._targets):
            return {}
        found: dict[tuple[int, int], str] = {}
        with zipfile.ZipFile(self.path) as zf:
            try:
                xml = zf.read(self._targets[info.index])
            except KeyError:
                return {}
        if b't="e"' not in xml:
            return found
        for match in _ERROR_CELL.finditer(xml):
            ref = _CELL_REF.search(match.group(1))
            value = _VALUE.search(match.group(2))
            if ref and value:
                row = int(ref.group(2)) - 1
                if row < max_row:
                    found[(row, column_index(ref.group(1).decode()))] = value.group(1).decode("utf-8", "replace")
        return found


PREVIEW_STREAM_BYTES = 4 * 2**20
_BUILTIN_DATE_FORMATS = set(range(14, 23)) | {45, 46, 47} | set(range(27, 37)) | set(range(50, 59))


def _date_styles(zf: zipfile.ZipFile) -> dict[int, str]:
    """Cell style index -> "date" or "duration" for styles whose number format shows a date or time."""
    try:
        xml = zf.read("xl/styles.xml")
    except KeyError:
        return {}
    custom: dict[int, str] = {}
    for m in re.finditer(rb"<numFmt\b[^>]*>", xml):
        fmt_id = re.search(rb'numFmtId="(\d+)"', m.group(0))
        fmt_code = re.search(rb'formatCode="([^"]*)"', m.group(0))
        if not fmt_id or not fmt_code:
            continue
        raw = fmt_code.group(1).decode("utf-8", "replace").replace("&quot;", '"')
        code = re.sub(r'"[^"]*"|\[[^\]]*\]|\\.', "", raw)
        if re.match(r"\s*\[[hms]+\]", raw, re.I):
            custom[int(fmt_id.group(1))] = "duration"
        elif re.search(r"[dmyhsDMYHS]|AM/PM|A/P", code, re.I):
            custom[int(fmt_id.group(1))] = "date"
    xfs = re.search(rb"<cellXfs\b[^>]*>(.*?)</cellXfs>", xml, re.S)
    out = {}
    for i, xf in enumerate(re.finditer(rb"<xf\b[^>]*>", xfs.group(1) if xfs else b"")):
        fmt = re.search(rb'numFmtId="(\d+)"', xf.group(0))
        fmt_id = int(fmt.group(1)) if fmt else 0
        kind = "duration" if fmt_id == 46 else "date" if fmt_id in _BUILTIN_DATE_FORMATS else custom.get(fmt_id)
        if kind:
            out[i] = kind
    return out


def _local(tag: str) -> str:
    """Tag without its namespace: transitional and Strict OOXML name the same elements differently."""
    return tag.rsplit("}", 1)[-1]


def _child(elem, name: str):
    return next((c for c in elem if _local(c.tag) == name), None)


def _stream_head(path: Path, zf: zipfile.ZipFile, member: str, name: str, max_rows: int, date1904: bool,
                 limits: Limits) -> SheetData:
    from defusedxml.ElementTree import iterparse

    date_styles = _date_styles(zf)
    trimmer = _Trimmer(path, limits, max_rows)
    shared_refs: list[tuple[int, int, int]] = []
    errors: dict[tuple[int, int], str] = {}
    rows: dict[int, list[Value]] = {}
    with zf.open(member) as fh:
        for _event, elem in iterparse(fh, events=("end",)):
            if _local(elem.tag) != "row":
                continue
            r = int(elem.get("r", len(rows) + 1)) - 1
            if r >= max_rows:
                break
            row: list[Value] = []
            for cell in (c for c in elem if _local(c.tag) == "c"):
                ref = cell.get("r")
                c = column_index(re.match(r"[A-Z]+", ref).group(0)) if ref else len(row)
                row.extend([""] * (c + 1 - len(row)))
                row[c] = _stream_value(cell, date_styles, date1904)
                if cell.get("t") == "s":
                    shared_refs.append((r, c, int(row[c])))  # type: ignore[arg-type]
                elif cell.get("t") == "e":
                    errors[(r, c)] = str(row[c])
                    row[c] = ""
            rows[r] = row
            elem.clear()
    strings = _shared_strings(zf, max((i for _, _, i in shared_refs), default=-1))
    for r, c, i in shared_refs:
        rows[r][c] = strings[i] if i < len(strings) else ""
    for r in range(max(rows, default=-1) + 1):
        trimmer.add(rows.get(r, []))
    return SheetData(name, trimmer.rows, [], errors, date1904, complete=False)


def _stream_value(cell, date_styles: dict[int, str], date1904: bool) -> Value:
    kind = cell.get("t", "n")
    v = _child(cell, "v")
    if kind == "inlineStr":
        inline = _child(cell, "is")
        return _string_item(inline) if inline is not None else ""
    text = v.text if v is not None and v.text is not None else ""
    if kind in ("s", "e", "d"):
        return text
    if kind == "str":
        return _unescape(text)
    if kind == "b":
        return text == "1"
    if not text:
        return ""
    number = float(text)
    style = date_styles.get(int(cell.get("s", "0")))
    if style is None or number >= 2_958_466:
        return number
    span = dt.timedelta(milliseconds=round(number * 86_400_000))
    if style == "duration":
        return span
    if number < 1:  # a time of day (calamine wraps negative values the same way)
        return (dt.datetime.min + dt.timedelta(milliseconds=round((number % 1) * 86_400_000))).time()
    if date1904:
        epoch = dt.datetime(1904, 1, 1)
    else:  # Excel counts a 1900-02-29 that never was: serials before it start a day later
        epoch = dt.datetime(1899, 12, 31) if number < 61 else dt.datetime(1899, 12, 30)
    moment = epoch + span
    return moment.date() if number.is_integer() else moment


def _shared_strings(zf: zipfile.ZipFile, needed: int) -> list[str]:
    """Shared strings up to index ``needed`` only: Excel writes them in order of first use, so the first
    rows of a sheet need the first entries of a table that may hold a million."""
    from defusedxml.ElementTree import iterparse

    out: list[str] = []
    if needed < 0 or "xl/sharedStrings.xml" not in zf.namelist():
        return out
    with zf.open("xl/sharedStrings.xml") as fh:
        for _event, elem in iterparse(fh, events=("end",)):
            if _local(elem.tag) == "si":
                out.append(_string_item(elem))
                elem.clear()
                if len(out) > needed:
                    break
    return out


_OOXML_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")


def _unescape(text: str) -> str:
    """OOXML writes control characters as ``_x000D_``."""
    return _OOXML_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text) if "_x" in text else text


def _string_item(elem) -> str:
    """Text of a shared string or inline string: plain ``<t>`` or rich-text runs, without phonetic hints."""
    parts = []
    for child in elem:
        if _local(child.tag) == "t":
            parts.append(child.text or "")
        elif _local(child.tag) == "r":
            t = _child(child, "t")
            parts.append(t.text or "" if t is not None else "")
    return _unescape("".join(parts))


def _ooxml_sheet_targets(zf: zipfile.ZipFile, workbook: bytes) -> list[str]:
    """Sheet part names in workbook order (all sheet types, to match calamine's metadata order)."""
    try:
        rels = zf.read("xl/_rels/workbook.xml.rels")
    except KeyError:
        return []
    targets = {}
    for rel in re.finditer(rb"<Relationship\b[^>]*>", rels):
        rid = re.search(rb'\bId="([^"]+)"', rel.group(0))
        target = re.search(rb'\bTarget="([^"]+)"', rel.group(0))
        if rid and target:
            t = target.group(1).decode()
            targets[rid.group(1)] = t.lstrip("/") if t.startswith("/") else "xl/" + t
    order = []
    for sheet in re.finditer(rb"<(?:\w+:)?sheet\b[^>]*>", workbook):
        rid = re.search(rb'\br:id="([^"]+)"|\bid="([^"]+)"', sheet.group(0))
        if rid:
            order.append(targets.get(rid.group(1) or rid.group(2), ""))
    return order


class _XlsExtras:
    """Error cells and the date system of a BIFF8 workbook, from xlrd (calamine returns errors empty)."""

    def __init__(self, path: Path, limits: Limits) -> None:
        self.path = path
        self.date1904 = False
        self._book = None
        if path.stat().st_size > 32 * 2**20:  # error scan too slow for a huge .xls; dates still come typed
            return
        try:
            import xlrd

            self._book = xlrd.open_workbook(str(path), on_demand=True, logfile=io.StringIO())
            self.date1904 = bool(self._book.datemode)
        except Exception:  # xlrd is only a helper here; calamine already read the file
            self._book = None

    def errors(self, info: SheetInfo, max_row: int) -> dict[tuple[int, int], str]:
        if self._book is None:
            return {}
        import xlrd

        try:
            sheet = self._book.sheet_by_name(info.name)
        except xlrd.XLRDError:
            return {}
        found = {}
        for r in range(min(sheet.nrows, max_row)):
            for c, ctype in enumerate(sheet.row_types(r)):
                if ctype == xlrd.XL_CELL_ERROR:
                    found[(r, c)] = xlrd.error_text_from_code.get(sheet.cell_value(r, c), "#ERROR")
        return found


class XlrdWorkbook(Workbook):
    """BIFF2-5 workbooks (Excel 2.x-95) that calamine refuses."""

    format = "xls"

    def __init__(self, path: Path, limits: Limits) -> None:
        import xlrd

        super().__init__(path, limits)
        try:
            self._book = xlrd.open_workbook(str(path), logfile=io.StringIO())
        except xlrd.XLRDError as exc:
            if "encrypt" in str(exc).lower():
                raise ImportRefused(path, "password-protected", _PASSWORD_HINT) from None
            raise ImportRefused(path, "damaged", f"the workbook cannot be read ({_short(exc)})") from None
        except Exception as exc:  # xlrd raises struct/index errors on truncated files
            raise ImportRefused(path, "damaged", f"the workbook is damaged or truncated ({_short(exc)})") from None
        self.sheets = [SheetInfo(i, name) for i, name in enumerate(self._book.sheet_names())]
        for i in range(len(self.sheets)):
            visibility = getattr(self._book.sheet_by_index(i), "visibility", 0)
            if visibility:
                self.sheets[i] = SheetInfo(i, self.sheets[i].name, visibility="hidden" if visibility == 1 else "very-hidden")

    def read_sheet(self, sheet: str | int | None = None, *, max_rows: int | None = None) -> SheetData:
        import xlrd

        info = self.sheet_info(sheet)
        xs = self._book.sheet_by_index(info.index)
        trimmer = _Trimmer(self.path, self.limits, max_rows)
        errors = {}
        for r in range(xs.nrows):
            row: list[Value] = []
            for c, cell in enumerate(xs.row(r)):
                if cell.ctype == xlrd.XL_CELL_DATE:
                    row.append(_xlrd_date(cell.value, self._book.datemode))
                elif cell.ctype == xlrd.XL_CELL_ERROR:
                    errors[(r, c)] = xlrd.error_text_from_code.get(cell.value, "#ERROR")
                    row.append("")
                elif cell.ctype == xlrd.XL_CELL_BOOLEAN:
                    row.append(bool(cell.value))
                elif cell.ctype == xlrd.XL_CELL_NUMBER:
                    row.append(cell.value)
                else:
                    row.append(cell.value if isinstance(cell.value, str) else "")
            trimmer.add(row)
            if trimmer.full():
                break
        merged = [(r0, c0, r1 - 1, c1 - 1) for r0, r1, c0, c1 in getattr(xs, "merged_cells", [])]
        return SheetData(info.name, trimmer.rows, merged, errors, bool(self._book.datemode), not trimmer.full())


def _xlrd_date(value: float, datemode: int) -> Value:
    import xlrd

    try:
        t = xlrd.xldate_as_datetime(value, datemode)
    except (xlrd.xldate.XLDateError, OverflowError, ValueError):
        return value
    if value == int(value):
        return t.date()
    return t.time() if value < 1 else t


class OpenpyxlWorkbook(Workbook):
    """OOXML workbooks calamine cannot parse (e.g. with Excel 4 macro sheets). Needs defusedxml, which
    openpyxl then uses for every XML part (entity expansion attacks)."""

    format = "xlsx"

    def __init__(self, path: Path, limits: Limits) -> None:
        import defusedxml  # noqa: F401 - openpyxl switches to defused parsing only when it is installed
        import openpyxl

        super().__init__(path, limits)
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # "Unknown extension is not supported": harmless for data
                self._book = openpyxl.load_workbook(path, read_only=True, data_only=True)
        except Exception as exc:  # openpyxl raises many types for broken packages
            raise ImportRefused(path, "damaged", f"the workbook cannot be read ({_short(exc)})") from None
        kinds = _ooxml_sheet_kinds(path)
        self.sheets = []
        for i, name in enumerate(self._book.sheetnames):
            ws = self._book[name]
            state = getattr(ws, "sheet_state", "visible")
            kind = kinds.get(name, "chart" if not hasattr(ws, "iter_rows") else "worksheet")
            self.sheets.append(SheetInfo(i, name, kind, {"veryHidden": "very-hidden"}.get(state, state)))

    def read_sheet(self, sheet: str | int | None = None, *, max_rows: int | None = None) -> SheetData:
        info = self.sheet_info(sheet)
        ws = self._book[info.name]
        trimmer = _Trimmer(self.path, self.limits, max_rows)
        errors = {}
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            grid = list(ws.iter_rows(values_only=True))
        for r, row in enumerate(grid):
            values: list[Value] = []
            for c, v in enumerate(row):
                if isinstance(v, str) and v in ERROR_VALUES:
                    errors[(r, c)] = v
                    v = ""
                values.append("" if v is None else v)
            trimmer.add(values)
            if trimmer.full():
                break
        return SheetData(info.name, trimmer.rows, [], errors, bool(self._book.epoch.year == 1904), not trimmer.full())

    def close(self) -> None:
        self._book.close()


def _ooxml_sheet_kinds(path: Path) -> dict[str, str]:
    """Sheet name -> kind from the workbook relationships (openpyxl reads macro sheets as worksheets)."""
    kinds = {}
    with zipfile.ZipFile(path) as zf:
        workbook = zf.read("xl/workbook.xml")
        targets = _ooxml_sheet_targets(zf, workbook)
    names = [m.group(1).decode() for m in re.finditer(rb'<(?:\w+:)?sheet\b[^>]*\bname="([^"]*)"', workbook)]
    for name, target in zip(names, targets, strict=False):
        kind = "worksheet"
        if "macrosheet" in target:
            kind = "macro"
        elif "chartsheet" in target:
            kind = "chart"
        elif "dialogsheet" in target:
            kind = "dialog"
        kinds[_xml_unescape(name)] = kind
    return kinds


def _xml_unescape(text: str) -> str:
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&apos;", "'").replace("&amp;", "&")


class FodsWorkbook(Workbook):
    """Flat OpenDocument spreadsheets (one XML file), parsed with defusedxml's iterparse."""

    format = "fods"
    _NS = {
        "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
        "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
        "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    }

    def __init__(self, path: Path, limits: Limits) -> None:
        super().__init__(path, limits)
        self._tables: list[tuple[str, list[list[Value]], str]] = []
        self._parse()
        self.sheets = [SheetInfo(i, name, visibility=vis) for i, (name, _, vis) in enumerate(self._tables)]

    def _q(self, ns: str, tag: str) -> str:
        return f"{{{self._NS[ns]}}}{tag}"

    def _parse(self) -> None:
        from defusedxml.ElementTree import ParseError, iterparse

        table_tag, row_tag, cell_tag = self._q("table", "table"), self._q("table", "table-row"), self._q("table", "table-cell")
        covered_tag = self._q("table", "covered-table-cell")
        try:
            for _event, elem in iterparse(str(self.path), events=("end",)):
                if elem.tag == table_tag:
                    rows = []
                    trimmer = _Trimmer(self.path, self.limits, None)
                    for row_el in elem.iter(row_tag):
                        repeat = min(int(row_el.get(self._q("table", "number-rows-repeated"), "1")), 10_000)
                        row: list[Value] = []
                        for cell in row_el:
                            if cell.tag not in (cell_tag, covered_tag):
                                continue
                            n = min(int(cell.get(self._q("table", "number-columns-repeated"), "1")), 1024)
                            row.extend([self._cell_value(cell)] * n)
                        for _ in range(repeat):
                            trimmer.add(list(row))
                    rows = trimmer.rows
                    name = elem.get(self._q("table", "name"), f"Sheet{len(self._tables) + 1}")
                    self._tables.append((name, rows, "visible"))
                    elem.clear()
        except (ParseError, ValueError) as exc:
            raise ImportRefused(self.path, "damaged", f"the flat ODS file is not valid XML ({_short(exc)})") from None

    def _cell_value(self, cell) -> Value:
        kind = cell.get(self._q("office", "value-type"))
        if kind in ("float", "percentage", "currency"):
            number = float(cell.get(self._q("office", "value"), "nan"))
            return int(number) if number.is_integer() and abs(number) < 2**53 else number
        if kind == "date":
            raw = cell.get(self._q("office", "date-value"), "")
            try:
                return dt.datetime.fromisoformat(raw) if "T" in raw else dt.date.fromisoformat(raw)
            except ValueError:
                return raw
        if kind == "boolean":
            return cell.get(self._q("office", "boolean-value")) == "true"
        paragraphs = ["".join(p.itertext()) for p in cell.iter(self._q("text", "p"))]
        return "\n".join(paragraphs)

    def read_sheet(self, sheet: str | int | None = None, *, max_rows: int | None = None) -> SheetData:
        info = self.sheet_info(sheet)
        rows = self._tables[info.index][1]
        return SheetData(info.name, rows[:max_rows] if max_rows else rows, complete=not max_rows or len(rows) <= max_rows)


# ---------------------------------------------------------------------------------------------- CSV
# Letter frequencies (per mille, rounded) of the languages whose legacy code pages owners' files use;
# used only to choose between single-byte code pages that all decode the same bytes without error.
_LETTER_FREQ = {
    "cp1251": "о110е85а80и74н67т63с55р47в45л44к35м32д30п28у26я20ы19ь17г17з16б16ч14й12х10ж9ш7ю6ц5щ4э3ф3ё2є4і8ї2ґ1",
    "cp1250": "ą10ę11ó9ł18ś7ć4ż8ź1ń4č6ř5š6ž5ý5á8í7é7ě5ů2ú2ť1ď1ň1ő2ű1ö3ü3ä2",
    "cp1252": "é20è5à5ç3ü5ö5ä5ß2ñ3í5á5ó5ú3ê2â1î1ô1û1ë1ï1ø2å2æ1ã1õ1",
    "iso8859_7": "α120ο100ι90ε80τ80σ70ς40ν70η50υ40ρ45π40κ40μ35λ30ω20δ20γ20χ10θ10φ10β7ξ5ζ5ψ1ά15έ12ή8ί15ό15ύ8ώ6ϊ1",
}
_FREQ_TABLES = {
    enc: {m.group(1): int(m.group(2)) for m in re.finditer(r"(\D)(\d+)", spec)} for enc, spec in _LETTER_FREQ.items()
}
_LATIN_EXTRA = set(_LETTER_FREQ["cp1250"] + _LETTER_FREQ["cp1252"]) - set("0123456789")
_COMMON_SYMBOLS = set("©®°€«»–—„“”’…§№\u00a0·×")


def _score(text: str, table: dict[str, int]) -> float:
    """Log-likelihood of the non-ASCII characters; a Greek or Cyrillic letter glued to a Latin one
    (``Renι``, ``Besanηon``: cp1252 read as Greek) is as unlikely as a control character."""
    score = 0.0
    previous = " "
    for ch in text:
        if ord(ch) < 128:
            previous = ch
            continue
        if ch.isalpha():
            mixed = previous.isascii() and previous.isalpha() and ch.lower() not in _LATIN_EXTRA
            score += math.log(0.00001) if mixed else math.log(table.get(ch.lower(), 0.1) / 1000)
        elif ch in _COMMON_SYMBOLS:
            score += math.log(0.002)
        else:
            score += math.log(0.00001)
        previous = ch
    return score


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode a text file: BOM first, then strict UTF-8, UTF-16 by its NUL pattern, then the legacy code
    page whose letters are most plausible (charset-normalizer's guess is checked the same way, because
    on a few short lines it picks cp932 for latin-1 and cp1251 for Greek)."""
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"),
                          (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(encoding, errors="replace"), encoding
    utf16 = _utf16_guess(data)  # before UTF-8: ASCII in UTF-16 is valid UTF-8 full of NULs
    if utf16:
        return data.decode(utf16, errors="replace"), utf16
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    candidates = list(_FREQ_TABLES)
    sample = data[:256 * 1024]
    best: tuple[float, str] | None = None
    for encoding in candidates:
        try:
            text = sample.decode(encoding)
        except UnicodeDecodeError:
            continue
        score = _score(text, _FREQ_TABLES[encoding])
        if best is None or score > best[0]:
            best = (score, encoding)
    if best is None:
        import charset_normalizer

        guess = charset_normalizer.from_bytes(sample).best()
        encoding = guess.encoding if guess else "latin-1"
        return data.decode(encoding, errors="replace"), encoding
    return data.decode(best[1], errors="replace"), best[1]


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the first lines into the most consistent number (> 1) of fields."""
    lines = text[:64 * 1024].splitlines()[:50]
    sample = "\n".join(lines)
    best, best_key = ",", (0.0, 0)
    for delimiter in (",", ";", "\t", "|"):
        counts = [len(r) for r in csv.reader(io.StringIO(sample), delimiter=delimiter) if r]
        if not counts:
            continue
        mode = max(set(counts), key=counts.count)
        if mode < 2:
            continue
        key = (counts.count(mode) / len(counts), mode)
        if key > best_key:
            best, best_key = delimiter, key
    return best


class CsvWorkbook(Workbook):
    """Delimited text: one sheet named after the file; every value is kept as the text written."""

    format = "csv"

    def __init__(self, path: Path, limits: Limits, data: bytes) -> None:
        super().__init__(path, limits)
        text, self.encoding = decode_text(data)
        if not text.strip():
            raise ImportRefused(path, "empty", "the file holds no data")
        self.delimiter = "\t" if path.suffix.lower() in (".tsv", ".tab") else sniff_delimiter(text)
        self._text = text
        self.sheets = [SheetInfo(0, path.stem)]

    def read_sheet(self, sheet: str | int | None = None, *, max_rows: int | None = None) -> SheetData:
        info = self.sheet_info(sheet)
        trimmer = _Trimmer(self.path, self.limits, max_rows)
        reader = csv.reader(io.StringIO(self._text, newline=""), delimiter=self.delimiter or ",",
                            skipinitialspace=True, strict=False)
        try:
            for row in reader:
                trimmer.add(row)
                if trimmer.full():
                    break
        except csv.Error as exc:
            raise ImportRefused(self.path, "damaged", f"the CSV cannot be read at line {reader.line_num} ({exc})") from None
        return SheetData(info.name, trimmer.rows, complete=not trimmer.full())


# ---------------------------------------------------------------------------------------------- entry
_PASSWORD_HINT = "it is protected with a password; open it in Excel, remove the password (File > Info) and save a copy"


def _short(exc: BaseException) -> str:
    return str(exc).splitlines()[0][:160] if str(exc) else type(exc).__name__


def _cfb_encrypted(path: Path) -> bool:
    """An encrypted xlsx is a CFB container with an ``EncryptedPackage`` stream."""
    with path.open("rb") as fh:
        while chunk := fh.read(1 << 20):
            if _ENCRYPTED_PACKAGE in chunk:
                return True
    return False


def open_workbook(path: Path | str, *, limits: Limits | None = None, as_csv: bool = False) -> Workbook:
    """Open ``path`` with the reader its content needs, or raise ``ImportRefused``."""
    path = Path(path)
    limits = limits or Limits()
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise ImportRefused(path, "not-found", "the file does not exist") from None
    if path.is_dir():
        raise ImportRefused(path, "not-a-spreadsheet", "it is a folder, not a file")
    if size == 0:
        raise ImportRefused(path, "empty", "the file is empty (0 bytes)")
    if size > limits.max_file_bytes:
        raise ImportRefused(
            path, "too-large",
            f"it is {size / 2**20:,.0f} MB, more than the {limits.max_file_bytes / 2**20:,.0f} MB an import accepts",
        )
    with path.open("rb") as fh:
        head = fh.read(8192)
    kind = sniff_format(path, head)
    suffix = path.suffix.lower()
    if kind == "zip":
        try:
            with zipfile.ZipFile(path) as zf:
                fmt = _zip_kind(path, zf, limits)
                _check_cells_declared(path, zf, limits)
        except zipfile.BadZipFile:
            raise ImportRefused(path, "damaged", "the file is damaged or truncated (its zip directory is missing)") from None
        return _open_calamine_or_openpyxl(path, limits, fmt)
    if kind == "cfb":
        if _cfb_encrypted(path):
            raise ImportRefused(path, "password-protected", _PASSWORD_HINT)
        return _open_xls(path, limits)
    if kind == "biff":
        return XlrdWorkbook(path, limits)
    if kind == "fods":
        return FodsWorkbook(path, limits)
    if kind in ("html", "xml", "rtf"):
        raise ImportRefused(
            path, "not-a-spreadsheet",
            f"it is an {kind.upper()} document, not a spreadsheet; open it in Excel and save it as .xlsx",
        )
    return _open_text(path, limits, head, suffix, as_csv)


def _open_text(path: Path, limits: Limits, head: bytes, suffix: str, as_csv: bool) -> Workbook:
    if _looks_binary(head):
        raise ImportRefused(path, "not-a-spreadsheet", "it is not a spreadsheet or a text table (binary content)")
    from importers.vcard import VcardWorkbook, looks_like_vcard  # imports this module: import it late

    if suffix in (".vcf", ".vcard") or (looks_like_vcard(head) and not as_csv):
        return VcardWorkbook(path, limits, path.read_bytes())
    if suffix in (".ldif", ".json", ".xml", ".html", ".htm"):
        raise ImportRefused(path, "unsupported", f"{suffix} files are not spreadsheets; export the contacts as CSV "
                            "or vCard (.vcf)")
    if suffix in WORKBOOK_EXTENSIONS and not as_csv:
        raise ImportRefused(
            path, "not-a-spreadsheet",
            f"it is named {suffix} but holds plain text; it can be read as CSV (command line: --as-csv)",
            looks_like_csv=True,
        )
    if suffix not in TEXT_EXTENSIONS and not as_csv:
        raise ImportRefused(path, "unsupported", f"{suffix or 'files without an extension'} cannot be imported; "
                            "use xlsx, xls, ods or CSV")
    return CsvWorkbook(path, limits, path.read_bytes())


def _open_calamine_or_openpyxl(path: Path, limits: Limits, fmt: str) -> Workbook:
    try:
        return CalamineWorkbook(path, limits, fmt)
    except ImportRefused as refused:
        if refused.reason != "damaged" or fmt != "xlsx":
            raise
        return OpenpyxlWorkbook(path, limits)


def _open_xls(path: Path, limits: Limits) -> Workbook:
    try:
        return CalamineWorkbook(path, limits, "xls")
    except ImportRefused as refused:
        if refused.reason != "damaged":
            raise
    return XlrdWorkbook(path, limits)


# ---------------------------------------------------------------------------------------------- columns
def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA: columns as the spreadsheet shows them."""
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def column_index(letters: str) -> int:
    """A -> 0, AA -> 26."""
    n = 0
    for ch in letters.upper():
        n = n * 26 + ord(ch) - 64
    return n - 1

"""Find the table in a sheet: the header row below titles and blank rows, and headers over several rows.

Owners' sheets start with a title (``Baza klientów 2019``), a date, blank rows, sometimes a header split
over two rows under a merged group cell (``Kontakt`` over ``Telefon | E-mail``). The header is the first
row that looks like labels: mostly text, at least two cells (or the sheet's only column), and, when one
exists, the row with the most known field names. Rows are 0-based here; the spreadsheet shows ``+ 1``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from importers.mapping import header_field
from importers.readers import SheetData, Value, column_letter, is_empty

SCAN_ROWS = 30


@dataclass(frozen=True)
class Header:
    """Where the table is: header rows ``first_row..last_row`` (0-based, inclusive; ``first_row = -1``
    when the sheet has no header) and the name of each column."""

    first_row: int
    last_row: int
    names: list[str]

    @property
    def data_start(self) -> int:
        return self.last_row + 1

    @property
    def present(self) -> bool:
        return self.first_row >= 0


def _is_label(value: Value) -> bool:
    return isinstance(value, str) and bool(value.strip()) and not _numeric_text(value)


def _numeric_text(text: str) -> bool:
    t = text.strip().replace(" ", "").replace(",", ".")
    try:
        float(t)
    except ValueError:
        return False
    return True


def _filled(rows: list[list[Value]], merged: list[tuple[int, int, int, int]], last: int, width: int) -> list[list[Value]]:
    """The first ``last + 1`` rows padded to ``width`` with merged ranges' value copied into every cell."""
    grid = [list(rows[r]) + [""] * (width - len(rows[r])) if r < len(rows) else [""] * width for r in range(last + 1)]
    for r0, c0, r1, c1 in merged:
        if r0 > last or c0 >= width:
            continue
        value = grid[r0][c0]
        for r in range(r0, min(r1, last) + 1):
            for c in range(c0, min(c1, width - 1) + 1):
                grid[r][c] = value
    return grid


def _row_score(row: list[Value]) -> tuple[int, int, int]:
    """(known field names, text cells, non-text cells) of a candidate header row."""
    labels = [v for v in row if _is_label(v)]
    others = sum(1 for v in row if not is_empty(v) and not _is_label(v))
    hits = sum(1 for v in labels if header_field(str(v)) is not None)
    return hits, len(labels), others


def detect_header(sheet: SheetData, *, header_row: int | None = None) -> Header:
    """Guess the header (or take ``header_row``, 1-based as the spreadsheet shows it)."""
    width = sheet.width
    if width == 0:
        return Header(-1, -1, [])
    scan = min(len(sheet.rows), SCAN_ROWS)
    grid = _filled(sheet.rows, sheet.merged, max(scan - 1, 0) + 2, width)
    if header_row is not None:
        start = header_row - 1
    else:
        start = _guess_start(grid[:scan], sheet.rows[:scan], width)
        if start < 0:
            return Header(-1, _first_nonempty(sheet.rows) - 1, [column_letter(c) for c in range(width)])
        start = _group_row_above(sheet, start, width)
    last = _header_end(sheet, grid, start, width)
    names = _combine(grid, start, last, width)
    return Header(start, last, names)


def _first_nonempty(rows: list[list[Value]]) -> int:
    for i, row in enumerate(rows):
        if any(not is_empty(v) for v in row):
            return i
    return 0


def _guess_start(grid: list[list[Value]], raw: list[list[Value]], width: int) -> int:
    scores = [_row_score(row) for row in grid]
    widest = max((s[1] + s[2] for s in scores), default=0)
    best_hits = max((s[0] for s in scores), default=0)
    if best_hits >= 2 or (best_hits == 1 and width == 1):
        return next(i for i, s in enumerate(scores) if s[0] == best_hits)
    for i, (_hits, labels, others) in enumerate(scores):
        enough = labels >= 2 or (width == 1 and labels == 1)
        if enough and others == 0 and labels >= 0.6 * widest and _differs_from_below(grid[i], raw[i + 1:]):
            return i
    return -1


def _differs_from_below(header_row: list[Value], raw_below: list[list[Value]]) -> bool:
    """A header is not just another data row: some column below it holds a non-text value, or its labels
    never repeat below (data rows of text repeat values: cities, statuses). ``raw_below`` is unfilled, so
    a header merged over several rows does not count as repeating itself."""
    below = [r for r in raw_below if any(not is_empty(v) for v in r)]
    if not below:
        return True
    for row in below[:10]:
        if any(not is_empty(v) and not _is_label(v) for v in row):
            return True
    header = {str(v).strip().casefold() for v in header_row if _is_label(v)}
    seen = {str(v).strip().casefold() for row in below for v in row if _is_label(v)}
    return not header & seen


def _group_row_above(sheet: SheetData, start: int, width: int) -> int:
    """The row with most field names may be the second header row, under group labels (``Kontakt``
    over ``Telefon | E-mail``): take the row above when it holds two or more labels and either a merged
    cell ties the rows or it has a gap above one of this row's labels."""
    if start == 0:
        return start
    above = sheet.rows[start - 1] + [""] * (width - len(sheet.rows[start - 1]))
    if sum(1 for v in above if _is_label(v)) < 2 or any(not is_empty(v) and not _is_label(v) for v in above):
        return start
    tied = any(r0 == start - 1 and (c1 > c0 or r1 >= start) for r0, c0, r1, c1 in sheet.merged)
    current = sheet.rows[start] + [""] * (width - len(sheet.rows[start]))
    gap = any(is_empty(above[c]) and _is_label(current[c]) for c in range(width))
    return start - 1 if tied or gap else start


def _header_end(sheet: SheetData, grid: list[list[Value]], start: int, width: int) -> int:
    """The last header row: merged header cells reaching down, or a second row of sub-labels."""
    last = start
    for r0, _c0, r1, _c1 in sheet.merged:
        if r0 == start and r1 > last:
            last = min(r1, start + 5)
    if last > start:
        return last
    if start + 1 >= len(grid):
        return start
    top, below = grid[start], grid[start + 1]
    raw_top = sheet.rows[start] + [""] * (width - len(sheet.rows[start]))
    below_labels = [c for c in range(width) if _is_label(below[c])]
    if not below_labels or any(not is_empty(v) and not _is_label(v) for v in below):
        return start
    under_gaps = [c for c in below_labels if is_empty(raw_top[c]) or _spans(sheet, start, c)]
    hits = sum(1 for c in below_labels if header_field(str(below[c])) is not None)
    if under_gaps and (hits or any(_spans(sheet, start, c) for c in range(width))) and any(_is_label(v) for v in top):
        return start + 1
    return start


def _spans(sheet: SheetData, row: int, col: int) -> bool:
    return any(r0 == row and c0 <= col <= c1 and c1 > c0 for r0, c0, _r1, c1 in sheet.merged)


def _combine(grid: list[list[Value]], start: int, last: int, width: int) -> list[str]:
    """Column names from the header rows; a group label left of blanks covers them (``Kontakt Telefon``)."""
    names = []
    for c in range(width):
        parts: list[str] = []
        for r in range(start, last + 1):
            value = grid[r][c]
            if is_empty(value) and last > start and r < last:
                value = _carry_left(grid[r], c)
            text = _label_text(value)
            if text and text not in parts:
                parts.append(text)
        names.append(" ".join(parts) or column_letter(c))
    return names


def _carry_left(row: list[Value], col: int) -> Value:
    for c in range(col - 1, -1, -1):
        if not is_empty(row[c]):
            return row[c]
    return ""


def _label_text(value: Value) -> str:
    if is_empty(value):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return " ".join(str(value).split())

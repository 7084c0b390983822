"""CSV writer: streams rows to a private file, every text cell neutralised against formulas.

Two presets: ``standard`` (UTF-8, comma, what mail and SMS services import) and ``excel`` (UTF-8
with a byte-order mark and semicolons: what Excel in Polish, German, Russian... locales opens with
the columns split and the letters intact; decimals there are written with a comma).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.export.files import Cancel, ProgressFn, Ticker, private_output
from app.export.neutralise import FORMULA_TRIGGERS, is_formula_like


@dataclass(frozen=True, slots=True)
class CsvPreset:
    name: str
    delimiter: str
    bom: bool
    decimal_comma: bool


PRESETS = {
    "standard": CsvPreset("standard", ",", bom=False, decimal_comma=False),
    "excel": CsvPreset("excel", ";", bom=True, decimal_comma=True),
}


def get_preset(name: str) -> CsvPreset:
    try:
        return PRESETS[name]
    except KeyError:
        raise ValueError(f"unknown CSV preset {name!r}; use one of: {', '.join(PRESETS)}") from None


def safe_row(row: Sequence[Any]) -> list[Any]:
    """Neutralise the formula-like text cells of one row (numbers and None pass through)."""
    return [
        "'" + v if v.__class__ is str and v and v[0] in FORMULA_TRIGGERS and is_formula_like(v) else v for v in row
    ]


def write_csv(
    path: Path | str,
    header: Sequence[str],
    rows: Iterable[Sequence[Any]],
    *,
    preset: str = "standard",
    progress: ProgressFn = None,
    cancel: Cancel = None,
) -> int:
    """Write ``header`` and ``rows`` to ``path``; returns the number of data rows written."""
    spec = get_preset(preset)
    ticker = Ticker(progress, cancel) if progress or cancel else None
    count = 0
    with private_output(path) as raw:
        text = io.TextIOWrapper(raw, encoding="utf-8-sig" if spec.bom else "utf-8", newline="")
        writer = csv.writer(text, delimiter=spec.delimiter, lineterminator="\r\n")
        writer.writerow(safe_row(header))
        if ticker is None:
            writerow = writer.writerow
            for row in rows:
                writerow(safe_row(row))
                count += 1
        else:
            for row in rows:
                writer.writerow(safe_row(row))
                ticker.tick()
            ticker.check()
            count = ticker.count
        text.flush()
        text.detach()
    return count

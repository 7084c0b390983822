"""Export benchmark (DESIGN section 8): CSV rows/s end to end from the register; xlsx against the libraries.

- ``mailing_list_csv``: every client through the email list (Mailchimp format) end to end: read the
  register, judge consent and addresses, merge duplicates, neutralise, write, fsync, rename, log.
  Rate = clients considered per second; target over 50,000 rows/s for each list: email,
  ``sms_list_csv`` (mobile numbers checked) and ``postal_list_csv`` (the full table for post).
  ``table_csv`` (all 43 columns of the full table, no channel) is reported beside them.
- ``xlsx``: our streaming writer end to end from the register, against openpyxl (write-only) and
  XlsxWriter (constant memory) writing the *same rows* alone from memory, side by side, medians.
  Target: ours within 1.2x of the faster library. The libraries are slow (XlsxWriter ~31 s for 100k
  9-column rows here), so they are timed on the first ``lib_rows`` rows and ours on the same
  selection; all three writers are linear, and ours is also timed on every client.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from app.export import formats
from app.export.source import Selection, iter_records, selected_ids, table_shape
from app.export.usecase import export_query

REPEATS = 3


def _median(samples: list[float]) -> float:
    return round(statistics.median(samples), 3)


def _timed(fn, repeats: int) -> float:
    samples = []
    for _ in range(repeats):
        started = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - started)
    return _median(samples)


def _same_rows(reg: Any, ids: list[int]) -> tuple[list[str], list[list[Any]]]:
    """The exact header and rows our xlsx export writes for these clients (numbers as numbers)."""
    with reg.session() as session:
        conn = session.connection()
        shape = table_shape(conn, ids)
        build = formats.table_row_builder(shape, None, numbers=True)
        from app.export.csvfile import safe_row

        rows = [safe_row(build(r)) for r in iter_records(conn, ids)]
    return formats.table_header(shape), rows


def _openpyxl(path: Path, header: list[str], rows: list[list[Any]]) -> None:
    import openpyxl

    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Clients")
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    book.save(path)


def _xlsxwriter(path: Path, header: list[str], rows: list[list[Any]]) -> None:
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path), {"constant_memory": True, "strings_to_formulas": False,
                                           "strings_to_numbers": False, "strings_to_urls": False})
    sheet = book.add_worksheet("Clients")
    sheet.write_row(0, 0, header)
    for number, row in enumerate(rows, start=1):
        sheet.write_row(number, 0, row)
    book.close()


def run(reg_or_path: Any, n: int, *, password: str | None = None, lib_rows: int = 10_000,
        repeats: int = REPEATS) -> dict:
    """Measure on an open register or a register file (opened with ``password``, default the bench's)."""
    from storage.register import Register

    own = not hasattr(reg_or_path, "session")
    if own:
        from bench.core import PASSWORD

        reg = Register.open(reg_or_path, password or PASSWORD, versions=False)
    else:
        reg = reg_or_path
    try:
        return _measure(reg, n, lib_rows, repeats)
    finally:
        if own:
            reg.close()


def _measure(reg: Any, n: int, lib_rows: int, repeats: int) -> dict:
    with reg.session() as session:
        all_ids = selected_ids(session.connection(), Selection())
    subset = all_ids[:lib_rows]
    out: dict[str, Any] = {"clients": len(all_ids)}
    with tempfile.TemporaryDirectory(prefix="kartoteka-bench-") as tmp:
        folder = Path(tmp)
        # The target is every mailing list: email, SMS and post (medians of ``repeats``); the full table is
        # reported beside them, timed once.
        for name, fmt, channel, times in (("mailing_list_csv", "mailchimp", "email", repeats),
                                          ("sms_list_csv", "sms", "sms", repeats),
                                          ("postal_list_csv", "csv", "post", repeats), ("table_csv", "csv", None, 1)):
            seconds = _timed(lambda f=fmt, c=channel: export_query(reg, "", c, f, folder / "list.csv"), times)
            out[f"{name}_s"] = seconds
            out[f"{name}_rows_per_s"] = round(len(all_ids) / seconds)
        out["csv_target_rows_per_s"] = 50_000

        out["xlsx_all_s"] = _timed(lambda: export_query(reg, "", None, "xlsx", folder / "all.xlsx"), 1)
        header, rows = _same_rows(reg, subset)
        out["xlsx_rows_compared"] = len(rows)
        out["xlsx_columns"] = len(header)
        writers = {
            "ours": lambda: export_query(reg, subset, None, "xlsx", folder / "ours.xlsx"),
            "openpyxl": lambda: _openpyxl(folder / "openpyxl.xlsx", header, rows),
            "xlsxwriter": lambda: _xlsxwriter(folder / "xlsxwriter.xlsx", header, rows),
        }
        samples: dict[str, list[float]] = {name: [] for name in writers}
        for _ in range(repeats):  # interleaved, so the three share the machine's conditions
            for name, write in writers.items():
                started = time.perf_counter()
                write()
                samples[name].append(time.perf_counter() - started)
        ours, opx, xw = (_median(samples[name]) for name in ("ours", "openpyxl", "xlsxwriter"))
        out["xlsx_ours_end_to_end_s"] = ours
        out["xlsx_openpyxl_write_only_s"] = opx
        out["xlsx_xlsxwriter_constant_memory_s"] = xw
        out["xlsx_ratio_to_fastest_library"] = round(ours / min(opx, xw), 3)
        out["xlsx_target_ratio"] = 1.2
    return out


def bench_register(path: Path, n: int, password: str) -> dict:
    """Entry point of ``python -m bench``."""
    return run(path, n, password=password)


if __name__ == "__main__":  # pragma: no cover
    import json
    import sys

    from bench.core import ensure_register

    size = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    register_path, _ = ensure_register(size, 1)
    print(json.dumps(run(register_path, size), indent=2))

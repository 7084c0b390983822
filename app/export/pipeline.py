"""Records in, one export file out: judge each client for the channel, write the format, list who was left out.

This is the part of the export use case that knows nothing about the register, so it runs the
same on clients streamed from SQL, on a selection from the window and in tests. Records are
consumed one at a time; only the dropped list (id, name, reason) and the set of addresses already in
the list are kept in memory.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.export import formats
from app.export.csvfile import get_preset, write_csv
from app.export.eligibility import ListFilter, Verdict
from app.export.files import Cancel, Ticker
from app.export.vcard import write_vcard
from app.export.xlsxfile import MAX_CELL_CHARS, Shortened, write_xlsx

DROPPED_HEADER = ("id", "name", "reason", "why")
Progress = Callable[[int, int | None], None] | None


@dataclass(frozen=True, slots=True)
class Dropped:
    """A client left out of a list: shown in the dialog and written to the side file."""

    client_id: int
    name: str
    reason: str  # stable code: no_consent, opted_out, no_email, invalid_email, no_phone, no_address, duplicate
    text: str  # plain English for the dialog


@dataclass(slots=True)
class ExportResult:
    path: Path
    format: str
    channel: str | None
    written: int = 0
    considered: int = 0
    dropped: list[Dropped] = field(default_factory=list)
    side_file: Path | None = None
    warnings: list[str] = field(default_factory=list)  # for the user: counts only, never client data

    def reasons(self) -> dict[str, int]:
        """How many were dropped for each reason (for the dialog's summary line)."""
        counts: dict[str, int] = {}
        for d in self.dropped:
            counts[d.reason] = counts.get(d.reason, 0) + 1
        return counts


def resolve_channel(fmt: str, channel: str | None) -> str | None:
    """The channel a format implies (mailchimp = email, sms = sms), checked against the one asked for."""
    if fmt not in formats.FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; use one of: {', '.join(formats.FORMATS)}")
    implied = formats.FORMAT_CHANNEL.get(fmt)
    if implied and channel and channel != implied:
        raise ValueError(f"the {fmt} format is a list for {implied}; it cannot be used with --channel {channel}")
    return implied or channel or None


def shortened_warning(cells: int) -> str:
    """What to tell the user when an xlsx file had to cut texts to Excel's cell limit."""
    what = "1 cell was" if cells == 1 else f"{cells} cells were"
    return (f"{what} longer than {MAX_CELL_CHARS:,} characters (the most Excel holds in one cell) and "
            "cut to that length in the xlsx file; the register keeps the whole text. "
            "Export to CSV to get it in full.")


def side_file_path(path: Path) -> Path:
    """``list.csv`` -> ``list.dropped.csv`` beside it."""
    return path.with_name(f"{path.stem}.dropped.csv")


def judged(
    records: Iterable[dict[str, Any]],
    channel: str | None,
    policy: str,
    result: ExportResult,
    ticker: Ticker,
) -> Iterator[dict[str, Any]]:
    """Yield the records that go into the list, each with ``address`` set to the one chosen for the
    channel (the record is updated in place), recording the others as dropped."""
    tick = ticker.tick
    if not channel:
        for record in records:
            result.considered += 1
            tick()
            yield record
        return
    judge = ListFilter(channel, policy).judge
    dropped = result.dropped.append
    for considered, record in enumerate(records, start=1):
        result.considered = considered
        tick()
        verdict: Verdict = judge(record)
        if verdict.included:
            record["address"] = verdict.address
            yield record
        else:
            dropped(Dropped(verdict.client_id, verdict.name, verdict.reason, verdict.text))


def write_records(
    fmt: str,
    path: Path,
    rows: Iterable[Mapping[str, Any]],
    *,
    channel: str | None,
    preset: str,
    shape: formats.TableShape,
    shortened: Shortened | None = None,
) -> int:
    """Write already-judged records in ``fmt``; returns the number written (``shortened`` counts the xlsx
    cells cut to Excel's limit)."""
    if fmt == "vcard":
        return write_vcard(path, rows)
    if fmt == "mailchimp":
        return write_csv(path, formats.MAILCHIMP_HEADER, map(formats.mailchimp_row, rows), preset="standard")
    if fmt == "sms":
        return write_csv(path, formats.SMS_HEADER, map(formats.sms_row, rows), preset=preset)
    header = formats.table_header(shape)
    if fmt == "xlsx":
        build = formats.table_row_builder(shape, channel, numbers=True)
        return write_xlsx(path, header, map(build, rows), shortened=shortened)
    build = formats.table_row_builder(shape, channel, decimal_comma=get_preset(preset).decimal_comma)
    return write_csv(path, header, map(build, rows), preset=preset)


def export_records(
    records: Iterable[dict[str, Any]],
    fmt: str,
    path: Path | str,
    *,
    channel: str | None = None,
    policy: str = "granted",
    preset: str = "standard",
    shape: formats.TableShape | None = None,
    total: int | None = None,
    progress: Progress = None,
    cancel: Cancel = None,
) -> ExportResult:
    """Judge, write and report. ``progress(done, total)`` counts clients considered so far.

    Raises :class:`storage.errors.Cancelled` when ``cancel`` is set; then neither the export nor the
    side file exists (an older file of the same name is left as it was).
    """
    path = Path(path)
    channel = resolve_channel(fmt, channel)
    get_preset(preset)
    result = ExportResult(path=path, format=fmt, channel=channel)
    ticker = Ticker((lambda n: progress(n, total)) if progress else None, cancel)
    rows = judged(records, channel, policy, result, ticker)
    shortened = Shortened()
    result.written = write_records(fmt, path, rows, channel=channel, preset=preset, shape=shape or formats.TableShape(),
                                   shortened=shortened)
    if shortened.count:
        result.warnings.append(shortened_warning(shortened.count))
    return _finish(result, preset, total, progress)


RowsFrom = Callable[[ExportResult, Ticker], Iterable[Sequence[Any]]]


def export_list_rows(
    rows_from: RowsFrom,
    fmt: str,
    path: Path | str,
    *,
    preset: str = "standard",
    total: int | None = None,
    progress: Progress = None,
    cancel: Cancel = None,
) -> ExportResult:
    """Write a mailing list (``mailchimp`` or ``sms``) whose rows are judged as they are read
    (``fastlist``). Mailchimp's file is always the standard CSV it imports; the side file of dropped
    clients is for the owner and follows ``preset`` like every side file."""
    path = Path(path)
    get_preset(preset)
    channel = formats.FORMAT_CHANNEL[fmt]
    header = formats.MAILCHIMP_HEADER if fmt == "mailchimp" else formats.SMS_HEADER
    result = ExportResult(path=path, format=fmt, channel=channel)
    ticker = Ticker((lambda n: progress(n, total)) if progress else None, cancel)
    file_preset = "standard" if fmt == "mailchimp" else preset
    result.written = write_csv(path, header, rows_from(result, ticker), preset=file_preset)
    return _finish(result, preset, total, progress)


def preview_list_rows(
    rows_from: RowsFrom, fmt: str, *, total: int | None = None, progress: Progress = None, cancel: Cancel = None,
) -> ExportResult:
    """Count the rows :func:`export_list_rows` would write from the same ``rows_from``, writing nothing:
    the preview runs the export's own code, so it keeps and drops the same clients, in the same order."""
    result = ExportResult(path=Path(), format=fmt, channel=formats.FORMAT_CHANNEL[fmt])
    ticker = Ticker((lambda n: progress(n, total)) if progress else None, cancel)
    result.written = sum(1 for _ in rows_from(result, ticker))
    return result


def _finish(result: ExportResult, preset: str, total: int | None, progress: Progress) -> ExportResult:
    """Write the side file of dropped clients beside the export, in the CSV preset the user chose (with
    ``excel`` it carries the byte-order mark Excel needs to read Cyrillic and Polish names), and report
    the last progress."""
    if result.dropped:
        side = side_file_path(result.path)
        write_csv(
            side,
            DROPPED_HEADER,
            ((str(d.client_id), d.name, d.reason, d.text) for d in result.dropped),
            preset=preset,
        )
        result.side_file = side
    if progress:
        progress(result.considered, total)
    return result


def preview_records(
    records: Iterable[dict[str, Any]], fmt: str, *, channel: str | None = None, policy: str = "granted",
    total: int | None = None, progress: Progress = None, cancel: Cancel = None,
) -> ExportResult:
    """Count who would be written and who dropped, writing nothing (the dialog's live count)."""
    channel = resolve_channel(fmt, channel)
    result = ExportResult(path=Path(), format=fmt, channel=channel)
    ticker = Ticker((lambda n: progress(n, total)) if progress else None, cancel)
    result.written = sum(1 for _ in judged(records, channel, policy, result, ticker))
    return result

"""The export use case shared by the window's export dialog and ``kartoteka export``.

``preview_export`` gives the dialog its live count and the list of who would be dropped and why;
``export_query`` writes the file (and the side file of dropped clients) and records the export in
the change log: when, which query, channel, format and how many, never who. Both read one snapshot of
the register through Core and stream: memory does not grow with the register. Run them off the UI
thread; ``progress(done, total)`` and ``cancel`` (a ``threading.Event`` or a callable) are for the
worker.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.export import formats
from app.export.eligibility import POLICIES
from app.export.fastlist import LIST_ROWS
from app.export.files import Cancel
from app.export.pipeline import (
    ExportResult,
    Progress,
    RowsFrom,
    export_list_rows,
    export_records,
    preview_list_rows,
    preview_records,
    resolve_channel,
)
from app.export.source import Reading, Selection, count_selected, iter_records, selected_ids, table_shape
from app.records import log_event
from storage.errors import UserError

WIDE_POLICY_WARNING = (
    "The register is set to include clients whose consent was never recorded (not withdrawn); "
    "make sure you may contact them."
)


@dataclass(slots=True)
class ExportPreview:
    """What the dialog shows before writing."""

    format: str
    channel: str | None
    policy: str
    selected: int  # clients matched by the query or selection
    will_write: int  # rows the file would get
    dropped: list[Any] = field(default_factory=list)  # pipeline.Dropped
    warnings: list[str] = field(default_factory=list)

    def reasons(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for d in self.dropped:
            counts[d.reason] = counts.get(d.reason, 0) + 1
        return counts


def consent_policy(reg: Any, policy: str | None = None) -> str:
    """The policy asked for, else the register's setting (``granted`` unless widened)."""
    chosen = policy or str(reg.get_setting("consent_policy", "granted"))
    if chosen not in POLICIES:
        raise UserError(f"Unknown consent policy {chosen!r}; use one of: {', '.join(POLICIES)}.")
    return chosen


def _check(fmt: str, channel: str | None) -> str | None:
    try:
        return resolve_channel(fmt, channel)
    except ValueError as exc:
        raise UserError(str(exc).capitalize() + ".") from None


def reading_for(fmt: str, channel: str | None, policy: str) -> Reading:
    """Mailing lists read only their columns; full tables and vCards read everything."""
    if fmt in ("mailchimp", "sms") and channel:
        return Reading.for_list(channel, policy)
    if channel:
        return Reading.full_for(channel, policy)
    return Reading()


def _preview_reading(channel: str | None, policy: str) -> Reading:
    """A preview only judges: the channel's columns are enough whatever the format."""
    return Reading.for_list(channel, policy) if channel else Reading(
        columns=("id", "display_name"), lean=True, all_phones=False, custom=False
    )


def _warnings(channel: str | None, policy: str) -> list[str]:
    return [WIDE_POLICY_WARNING] if channel and policy == "not-withdrawn" else []


def _total(conn: Any, selection: Selection) -> int:
    return len(set(selection.ids)) if selection.ids is not None else count_selected(conn, selection)


def _list_rows_from(conn: Any, fmt: str, selection: Selection, policy: str) -> RowsFrom:
    """The rows of a mailing-list format, for the export and its preview alike (``fastlist``)."""
    rows = LIST_ROWS[fmt]
    return lambda result, ticker: rows(conn, selection, policy, result, ticker)


def preview_export(
    reg: Any,
    what: str | Sequence[int] | None,
    channel: str | None,
    fmt: str,
    *,
    policy: str | None = None,
    progress: Progress = None,
    cancel: Cancel = None,
) -> ExportPreview:
    """Count who would be written and who dropped (and why), writing nothing.

    Runs the export's own path (same order, same rules, see ``source.QUERY_ORDER``), so the dialog names
    the same client as kept for a shared address as the file does."""
    channel = _check(fmt, channel)
    chosen = consent_policy(reg, policy)
    selection = Selection.of(what)
    with reg.session() as session:
        conn = session.connection()
        if fmt in LIST_ROWS:
            total = _total(conn, selection)
            result = preview_list_rows(_list_rows_from(conn, fmt, selection, chosen), fmt, total=total,
                                       progress=progress, cancel=cancel)
        else:
            ids = selected_ids(conn, selection, channel=channel)
            total = len(ids)
            records = iter_records(conn, ids, _preview_reading(channel, chosen))
            result = preview_records(records, fmt, channel=channel, policy=chosen, total=total, progress=progress,
                                     cancel=cancel)
    return ExportPreview(fmt, channel, chosen, total, result.written, result.dropped, _warnings(channel, chosen))


def export_query(
    reg: Any,
    what: str | Sequence[int] | None,
    channel: str | None,
    fmt: str,
    path: Path | str,
    *,
    preset: str = "standard",
    policy: str | None = None,
    progress: Progress = None,
    cancel: Cancel = None,
) -> ExportResult:
    """Export the clients of a query (text) or a selection (ids) to ``path`` and log the export.

    Raises ``UserError`` for a bad format/channel/preset or destination, ``QueryError`` for a malformed
    query and ``Cancelled`` when cancelled (then no file is left behind and nothing is logged).
    ``result.warnings`` holds what the user must be told beside the counts (an xlsx cell cut to Excel's
    limit).
    """
    channel = _check(fmt, channel)
    chosen = consent_policy(reg, policy)
    selection = Selection.of(what)
    path = Path(path)
    if preset not in ("standard", "excel"):
        raise UserError(f"Unknown CSV preset {preset!r}; use standard or excel.")
    with reg.session() as session:
        conn = session.connection()
        if fmt in LIST_ROWS:
            result = export_list_rows(_list_rows_from(conn, fmt, selection, chosen), fmt, path, preset=preset,
                                      total=_total(conn, selection), progress=progress, cancel=cancel)
        else:
            ids = selected_ids(conn, selection, channel=channel)
            shape = table_shape(conn, ids) if fmt in ("csv", "xlsx") else formats.TableShape()
            result = export_records(
                iter_records(conn, ids, reading_for(fmt, channel, chosen)), fmt, path, channel=channel,
                policy=chosen, preset=preset, shape=shape, total=len(ids), progress=progress, cancel=cancel,
            )
    _log_export(reg, selection, result, preset, chosen)
    return result


def _log_export(reg: Any, selection: Selection, result: ExportResult, preset: str, policy: str) -> None:
    """One change-log row per export: what was asked and how many, no client data and no file path."""
    entry = {
        "query": selection.describe(),
        "channel": result.channel,
        "format": result.format,
        "preset": preset if result.format in ("csv", "sms") else None,
        "policy": policy if result.channel else None,
        "count": result.written,
        "dropped": len(result.dropped),
    }
    summary = f"{result.format} export of {result.written} clients"
    with reg.unit_of_work("export", summary, record_version=False) as session:
        log_event(session, "export", json.dumps(entry, ensure_ascii=False), source="export")

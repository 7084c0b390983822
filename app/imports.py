"""Import use cases shared by the window's wizard and the command line.

The wizard walks ``ImportJob``: open file -> sheets -> header guess -> mapping guess -> preview rows
parsed -> plan -> apply, each step cheap enough to redo when the user changes something. ``apply`` is one
unit of work (one transaction, one version) with an ``ImportBatch`` row; every created client and every
changed field is in the change log with source ``import:<batch>``, so ``undo_import`` reverses creations
and updates exactly. Rows not imported go to ``<source>.rejected.xlsx`` beside the source, with the reason
in a column, ready to be fixed and imported again.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import gc
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import phonenumbers
from sqlalchemy import select

from app import offload, records
from importers.errors import ImportRefused
from importers.layout import Header, detect_header
from importers.mapping import (
    REJECTED_COLUMNS,
    ColumnMap,
    apply_overrides,
    apply_saved,
    guess_mapping,
    header_field,
    mapping_to_json,
    signature,
)
from importers.plan import AUTOMATIC_SEGMENT, ImportPlan, RowPlan, build_plan, update_data
from importers.readers import Limits, SheetData, SheetInfo, Value, Workbook, open_workbook
from importers.values import ParsedRow, Problem, RowParser, cell_text, sheet_region
from models import tables as t
from models.tables import utcnow
from storage.bulk import update_rows
from storage.errors import Cancelled, NotFound, UserError

PREVIEW_ROWS = 200
Progress = Callable[[int, int, str], None]  # (done, total, phase)


class CancelFlag(Protocol):
    def is_set(self) -> bool: ...


@dataclass
class ImportResult:
    """What an import did (or, for a dry run, would do): the ``import --format json`` document."""

    file: str
    sheet: str
    batch: int | None
    created: int = 0
    updated: int = 0
    merged: int = 0
    skipped: int = 0
    errors: list[Problem] = field(default_factory=list)
    rejected_file: str | None = None
    dry_run: bool = False
    counts: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {
            "file": self.file, "sheet": self.sheet, "batch": self.batch, "dry_run": self.dry_run,
            "created": self.created, "updated": self.updated, "merged": self.merged, "skipped": self.skipped,
            "errors": [p.as_dict() for p in self.errors], "rejected_file": self.rejected_file,
            "plan": self.counts, "warnings": self.warnings,
        }


class ImportJob:
    """The headless wizard: every step the window shows, without Qt. In order::

        job = ImportJob.open("clients.xlsx")     # refuses with ImportRefused (reason, file name)
        job.sheets; job.select_sheet("Klienci")  # lists hidden/chart sheets, imports only the chosen one
        job.header; job.set_header_row(3)        # the guess, or the user's row (1-based)
        job.mapping; job.set_mapping({"C": "phone", "Karta": "custom.card"})
        job.preview()                            # the first rows parsed, with their problems (fast)
        plan = job.plan(register, policy="skip") # reads the whole sheet: new/update/duplicate/problem
        plan.decide("update", status="update")   # per group or per row
        job.apply(register, plan)                # one transaction, one version -> ImportResult
    """

    def __init__(self, workbook: Workbook) -> None:
        self.workbook = workbook
        self.path = workbook.path
        self.sheet_info: SheetInfo = workbook.default_sheet()
        self._preview: SheetData | None = None
        self._full: SheetData | None = None
        self._header_row: int | None = None
        self.header: Header = Header(-1, -1, [])
        self.mapping: list[ColumnMap] = []
        self.region = "PL"
        self.phone_fallback: str | None = None  # see use_region
        # said once to the user: the sheet chosen for them, the phones' country, the damaged cards of a vCard
        self.warnings: list[str] = list(getattr(workbook, "warnings", []))
        self._load_preview()
        self._skip_cover_sheet()

    @classmethod
    def open(cls, path: Path | str, *, limits: Limits | None = None, as_csv: bool = False) -> ImportJob:
        return cls(open_workbook(path, limits=limits, as_csv=as_csv))

    # ------------------------------------------------------------------ steps
    @property
    def sheets(self) -> list[SheetInfo]:
        """All sheets, with kind (worksheet/chart/macro) and visibility, for the sheet picker."""
        return list(self.workbook.sheets)

    def select_sheet(self, sheet: str | int | None) -> None:
        self.warnings = [w for w in self.warnings if not w.startswith("Sheet ")]
        self.sheet_info = self.workbook.sheet_info(sheet)
        self._full = None
        self._header_row = None
        self._load_preview()

    def set_header_row(self, row: int | None) -> None:
        """The header's row as the spreadsheet shows it (1-based), or None to guess again."""
        if row is not None and row < 1:
            raise UserError("--header-row counts from 1, as the spreadsheet shows rows")
        self._header_row = row
        self._guess()

    def set_mapping(self, overrides: Iterable[str] | dict[str, str]) -> list[ColumnMap]:
        return apply_overrides(self.mapping, overrides)

    def use_saved_mapping(self, reg: Any) -> bool:
        """Apply the mapping saved for these headers, if any; True when one was found."""
        with reg.session() as session:
            saved = session.get(t.SavedMapping, signature(self.header.names))
            if saved is None:
                return False
            apply_saved(self.mapping, saved.mapping)
        return True

    def save_mapping(self, reg: Any) -> None:
        """Remember this mapping for the next file with the same headers (a register setting, no version)."""
        key = signature(self.header.names)
        with reg.unit_of_work("edit", "import mapping saved", record_version=False) as session:
            row = session.get(t.SavedMapping, key)
            if row is None:
                session.add(t.SavedMapping(signature=key, mapping=mapping_to_json(self.mapping)))
            else:
                row.mapping = mapping_to_json(self.mapping)

    def preview(self, limit: int = 50) -> list[ParsedRow]:
        """The first data rows parsed with the current mapping (fast: only the preview rows are read)."""
        sheet = self._preview_data()
        parser = RowParser(sheet, self.mapping, region=self.region, fallback=self.phone_fallback)
        out = []
        for index in range(self.header.data_start, len(sheet.rows)):
            parsed = parser.parse(index, sheet.rows[index])
            if parsed is not None:
                out.append(parsed)
                if len(out) >= limit:
                    break
        return out

    def plan(self, reg: Any, *, policy: str = "skip", progress: Progress | None = None,
             cancel: CancelFlag | None = None) -> ImportPlan:
        """Read the whole sheet, parse every row and classify it against the register."""
        with _no_cyclic_gc():
            refine = self._full is None
            sheet = self.full_sheet()
            if refine:
                self._refine_mapping(sheet)
            self.use_region(reg.region, sheet)
            _check_cancel(cancel)
            parsed = self.parse_all(sheet, progress=progress, cancel=cancel)
            self.warnings = [w for w in self.warnings if not w.startswith("Nothing to import")]
            if not parsed:
                self.warnings.append(self._nothing_to_import(sheet))
            with reg.session() as session:
                plan = build_plan(session.connection(), self.path, sheet.name, self.header, self.mapping,
                                  parsed, policy=policy, file_format=self.workbook.format)
        plan.warnings = list(self.warnings)
        return plan

    def use_region(self, region: str, sheet: SheetData | None = None) -> str:
        """Read phones without a country code in the register's ``region``; those that are not valid there
        in the country most of this sheet's phones belong to, when that is another one (a Ukrainian list in
        a Polish register), which is said."""
        self.warnings = [w for w in self.warnings if not w.startswith("Phones ")]
        sheet = sheet if sheet is not None else self._preview_data()
        self.region = region.upper()
        fallback = sheet_region(sheet, self.mapping, self.header.data_start, self.region)
        self.phone_fallback = fallback if fallback != self.region else None
        if self.phone_fallback:
            code = phonenumbers.country_code_for_region(self.phone_fallback)
            self.warnings.append(
                f"Phones written without a country code that are not valid {self.region} numbers were read as "
                f"{self.phone_fallback} numbers (+{code}), the country of most phones in sheet {sheet.name!r}. "
                "If that is wrong, add the country code to those phones or map a country column.")
        return self.region

    def parse_all(self, sheet: SheetData, *, progress: Progress | None = None,
                  cancel: CancelFlag | None = None) -> list[ParsedRow]:
        """Every data row parsed, in sheet order. A big sheet is parsed in two parts at once: a forked
        child (app.offload) parses the tail while this process parses the head."""
        parser = RowParser(sheet, self.mapping, region=self.region, fallback=self.phone_fallback)
        start, total = self.header.data_start, len(sheet.rows)
        middle = total
        if total - start >= PARALLEL_PARSE_AT and offload.available():
            middle = start + int((total - start) * HEAD_SHARE)
        tail = offload.iterate(functools.partial(_parse_rows, parser, sheet.rows, middle, total),
                               enabled=middle < total)
        with contextlib.closing(tail):
            out = []
            for index in range(start, middle):
                parsed = parser.parse(index, sheet.rows[index])
                if parsed is not None:
                    out.append(parsed)
                if index % 5000 == 0:
                    _check_cancel(cancel)
                    if progress is not None:
                        progress(index - start, total - start, "parse")
            for reached, rows in tail:
                _check_cancel(cancel)
                for parsed in rows:  # the child left the cells out: they are this process's sheet rows
                    parsed.cells = sheet.rows[parsed.row - 1]
                out += rows
                if progress is not None:
                    progress(reached - start, total - start, "parse")
        if progress is not None:
            progress(total - start, total - start, "parse")
        return out

    def _nothing_to_import(self, sheet: SheetData) -> str:
        """Why a sheet gave no row at all: only a header, or rows with nothing in the mapped columns."""
        where = f"Nothing to import from {self.path.name}, sheet {sheet.name!r}: "
        start = self.header.data_start
        filled = sum(1 for row in sheet.rows[start:] if any(v is not None and str(v).strip() for v in row))
        if not filled:
            if self.header.present:
                return (where + f"it has a header (row {self.header.last_row + 1}) but no data rows under it. "
                        "Check that this is the right file and sheet, or add the clients under the header.")
            return where + "it has no data rows. Check that this is the right file and sheet."
        return (where + f"none of its {filled} rows under the header has a value in a mapped column (every column "
                "with data is set to ignore). Map at least the name, phone or e-mail column.")

    def apply(self, reg: Any, plan: ImportPlan, *, progress: Progress | None = None,
              cancel: CancelFlag | None = None) -> ImportResult:
        return apply_plan(reg, plan, progress=progress, cancel=cancel)

    # ------------------------------------------------------------------ internals
    def _skip_cover_sheet(self) -> None:
        """The first visible sheet is often a cover or notes page and the list is on the next one: when
        the first has no header naming at least two client fields and another visible worksheet has, take
        that one and say so (the user can still choose with ``--sheet`` or the sheet picker)."""
        guessed = {m.target for m in self.mapping} & _CLIENT_FIELDS  # a list without a header row is a list
        if _known_headers(self.header) >= 2 or len(guessed) >= 2:
            return
        first = self.sheet_info
        for info in self.workbook.sheets:
            if info is first or not (info.is_worksheet and info.visible):
                continue
            sheet = self.workbook.read_sheet(info.index, max_rows=PREVIEW_ROWS)
            if _known_headers(detect_header(sheet)) >= 2:
                self.select_sheet(info.index)
                self.warnings.append(
                    f"Sheet {first.name!r} does not look like a client list (no column headers such as name, "
                    f"phone or e-mail); importing sheet {info.name!r} instead. To import {first.name!r}, "
                    f"choose it in the sheet list (on the command line: --sheet {first.name!r}).")
                return

    def full_sheet(self) -> SheetData:
        if self._full is None:
            preview = self._preview
            if preview is not None and preview.complete:
                self._full = preview
            else:
                self._full = self.workbook.read_sheet(self.sheet_info.index)
                self._full.errors.update({k: v for k, v in (preview.errors if preview else {}).items()
                                          if k not in self._full.errors})
        return self._full

    def _preview_data(self) -> SheetData:
        return self._full if self._full is not None else self._preview  # type: ignore[return-value]

    def _load_preview(self) -> None:
        self._preview = self.workbook.read_sheet(self.sheet_info.index, max_rows=PREVIEW_ROWS)
        if self._preview.complete:
            self._full = self._preview
        self._guess()

    def _guess(self) -> None:
        sheet = self._preview_data()
        self.header = detect_header(sheet, header_row=self._header_row)
        source = self._full if self._full is not None else sheet
        columns = _columns(source.rows, self.header.data_start, len(self.header.names))
        self.mapping = guess_mapping(self.header.names, columns, has_header=self.header.present)

    def _refine_mapping(self, sheet: SheetData) -> None:
        """The preview guessed from its first rows; guess again from every value of the whole sheet,
        keeping what the user chose or a saved mapping set."""
        columns = _columns(sheet.rows, self.header.data_start, len(self.header.names))
        fresh = guess_mapping(self.header.names, columns, has_header=self.header.present)
        self.mapping = [old if old.guessed_by in ("user", "saved") else new for old, new in zip(self.mapping, fresh,
                                                                                               strict=True)]

    def close(self) -> None:
        self.workbook.close()

    def __enter__(self) -> ImportJob:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# A sheet of at least this many data rows is parsed in two processes; this process takes the head share
# because it also unpickles the child's rows (measured at 100k rows: parse 6.5 s -> 4.6 s).
PARALLEL_PARSE_AT = 20_000
HEAD_SHARE = 0.55


def _parse_rows(parser: RowParser, rows: Sequence[list[Value]], start: int, stop: int,
                chunk: int = 5000) -> Iterator[tuple[int, list[ParsedRow]]]:
    """(index reached, parsed rows) for rows ``start`` to ``stop``, a chunk at a time (app.offload rules)."""
    for low in range(start, stop, chunk):
        high = min(low + chunk, stop)
        parsed = [p for p in (parser.parse(i, rows[i]) for i in range(low, high)) if p is not None]
        for p in parsed:
            p.cells = []  # the parent has the sheet: sending the cells would copy them
        yield high, parsed


_CLIENT_FIELDS = frozenset({"full_name", "first_name", "last_name", "company", "phone", "email", "contact"})


def _known_headers(header: Header) -> int:
    """How many of a header's columns name a client field (not counting ``Lp.`` or custom fields)."""
    if not header.present:
        return 0
    fields = [header_field(name) for name in header.names]
    return sum(1 for f in fields if f and f != "ignore" and not f.startswith("custom."))


def _columns(rows: Sequence[list[Value]], start: int, width: int) -> list[list[Value]]:
    columns: list[list[Value]] = [[] for _ in range(width)]
    for row in rows[start:]:
        for c, value in enumerate(row[:width]):
            if value is not None and value != "":
                columns[c].append(value)
    return columns


@contextlib.contextmanager
def _no_cyclic_gc() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while an import builds millions of objects (cells, parsed
    rows, row dicts): each full collection scans all of them, measured at ~10% of a 100k-row import.
    Nothing is leaked: objects are still freed by reference counting, and cycles are collected when the
    collector is switched back on."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _check_cancel(cancel: CancelFlag | None) -> None:
    if cancel is not None and cancel.is_set():
        raise Cancelled("Import stopped; nothing was written.")


# ---------------------------------------------------------------------------------------------- apply
def _create_data(parsed: ParsedRow, batch_id: int) -> dict[str, Any]:
    """A parsed row as app.records.normalise would hand it over; consents say which import gave them
    (their dates are set by ``bulk_insert_normalised``)."""
    data = parsed.data()
    for f in records.CONSENT_FIELDS:
        if data.get(f) in ("granted", "withdrawn"):
            data[f"{f}_source"] = f"import:{batch_id}"
    return data


def _merge_into(target: dict[str, Any], extra: dict[str, Any]) -> None:
    """Fold a repeated row into the row it repeats: fill empty fields, add phones, e-mails, tags, notes."""
    for key, value in extra.items():
        if key in ("phones", "emails"):
            have = {str(d["value"]).lower() for d in target.get(key, [])}
            target.setdefault(key, []).extend(d for d in value if str(d["value"]).lower() not in have)
        elif key == "tags":
            target.setdefault("tags", []).extend(tag for tag in value if tag not in target.get("tags", []))
        elif key == "custom":
            custom = target.setdefault("custom", {})
            for name, val in value.items():
                custom.setdefault(name, val)
        elif key == "notes":
            target["notes"] = f"{target['notes']}\n{value}" if target.get("notes") else value
        elif not target.get(key):
            target[key] = value


def _resolve_merges(plan: ImportPlan) -> tuple[list[RowPlan], dict[int, list[RowPlan]]]:
    """Rows to create, and rows merged into an earlier created row (by its sheet row number)."""
    creates = [r for r in plan.rows if r.decision == "create"]
    created_rows = {r.row for r in creates}
    into: dict[int, list[RowPlan]] = {}
    for r in plan.rows:
        if r.decision != "merge" or r.client_id is not None:
            continue
        target = r.duplicate_of_row
        while target is not None and target not in created_rows:
            earlier = plan.row(target)
            target = earlier.duplicate_of_row if earlier.decision == "merge" else None
        if target is None:
            r.decision = "skip"
            continue
        into.setdefault(target, []).append(r)
    return creates, into


def apply_plan(reg: Any, plan: ImportPlan, *, progress: Progress | None = None,
               cancel: CancelFlag | None = None) -> ImportResult:
    """Write the plan as ONE unit of work (one transaction, one version) and record the batch."""
    result = ImportResult(plan.source.name, plan.sheet, None, counts=plan.counts(), warnings=list(plan.warnings))
    creates, merged_into = _resolve_merges(plan)
    updates = [r for r in plan.rows if r.decision in ("update", "merge") and r.client_id is not None]
    summary = f"import {plan.source.name}: {len(creates)} new, {len(updates)} updated"
    with _no_cyclic_gc(), reg.unit_of_work("import", summary) as session:
        batch = t.ImportBatch(file_name=plan.source.name, sheet=plan.sheet, time=utcnow())
        session.add(batch)
        session.flush()
        batch_id = batch.id
        source = f"import:{batch_id}"
        records.bulk_insert_normalised(session, _creation_data(creates, merged_into, batch_id, plan.sheet),
                                       source=source, batch_id=batch_id, progress=progress, cancel=cancel,
                                       total=len(creates))
        result.updated = _apply_updates(session, updates, source, batch_id, cancel)
        result.created = len(creates)
        result.merged = sum(len(v) for v in merged_into.values())
        skipped = [r for r in plan.rows if r.decision == "skip"]
        result.skipped = len(skipped)
        result.errors = plan.problems
        batch.created, batch.updated, batch.skipped = result.created, result.updated, result.skipped
        batch.errors = sum(1 for r in plan.rows if r.status == "problem")
        result.batch = batch_id
        rejected = [r for r in skipped if r.status != "same"]
        result.rejected_file = _write_rejected_safely(plan, rejected, result)
        batch.summary = json.dumps({"rejected_file": result.rejected_file, "merged": result.merged,
                                    "plan": result.counts, "format": plan.file_format}, ensure_ascii=False)
    return result


def _creation_data(creates: list[RowPlan], merged_into: dict[int, list[RowPlan]], batch_id: int,
                   sheet: str) -> Iterator[dict[str, Any]]:
    """One data dict at a time (a list of 100k dicts would cost ~100 MB)."""
    for r in creates:
        data = _create_data(r.parsed, batch_id)
        for extra in merged_into.get(r.row, ()):
            _merge_into(data, _create_data(extra.parsed, batch_id))
        if not any(data.get(k) for k in ("first_name", "last_name", "company", "phones", "emails")):
            raise UserError(f"Row {r.row} of sheet {sheet!r} cannot become a client: it has no name, company, "
                            "phone or e-mail. Skip it, or fix it in the file and import again.")
        _segment_manual(data)
        yield data


def _segment_manual(data: dict[str, Any]) -> None:
    """A segment in the file pins the client to it (as ``normalise`` does), except the automatic one
    (importers.plan.AUTOMATIC_SEGMENT, which ``changes_for`` skips for updates alike), so re-importing
    our own export does not freeze every client's segment."""
    if data.get("segment") == AUTOMATIC_SEGMENT:
        del data["segment"]
    data["segment_manual"] = "segment" in data


def _apply_updates(session: Any, updates: list[RowPlan], source: str, batch_id: int,
                   cancel: CancelFlag | None) -> int:
    """Updates go through app.records (old -> new per field in the change log, in one batch); the
    client's ``updated`` time is logged too, so that an undo puts it back exactly."""
    items = [(r.client_id, update_data(r.changes)) for r in updates if r.changes and r.client_id is not None]
    return len(records.update_clients(session, items, source=source, batch_id=batch_id, cancel=cancel,
                                      log_updated=True))


# ---------------------------------------------------------------------------------------------- rejected
def rejected_path(source: Path) -> Path:
    return source.with_name(f"{source.stem}.rejected.xlsx")


def _write_rejected_safely(plan: ImportPlan, rows: list[RowPlan], result: ImportResult) -> str | None:
    if not rows:
        return None
    target = rejected_path(plan.source)
    try:
        write_rejected(target, plan, rows)
    except OSError as exc:
        result.warnings.append(f"Could not write the rejected rows to {target.name} ({exc.strerror}); "
                               "the rows are listed in the errors.")
        return None
    return str(target)


def write_rejected(target: Path, plan: ImportPlan, rows: Sequence[RowPlan]) -> None:
    """The rows not imported, as they were in the sheet, plus the row number and the reason; importable
    again after fixing (same header, so the saved mapping applies)."""
    import xlsxwriter

    tmp = target.with_name(f".{target.name}.tmp")
    wb = xlsxwriter.Workbook(str(tmp), {"constant_memory": True, "strings_to_formulas": False,
                                        "strings_to_urls": False, "strings_to_numbers": False})
    try:
        ws = wb.add_worksheet("Rejected")
        date_fmt = wb.add_format({"num_format": "yyyy-mm-dd"})
        width = len(plan.header.names)
        ws.write_row(0, 0, [*plan.header.names, *REJECTED_COLUMNS])
        for i, r in enumerate(rows, start=1):
            for c, value in enumerate(r.parsed.cells[:width]):
                _write_cell(ws, i, c, value, date_fmt)
            ws.write_number(i, width, r.row)
            ws.write_string(i, width + 1, r.reason())
    finally:
        wb.close()
    tmp.replace(target)


def _write_cell(ws: Any, row: int, col: int, value: Value, date_fmt: Any) -> None:
    if value is None or value == "":
        return
    if isinstance(value, bool):
        ws.write_boolean(row, col, value)
    elif isinstance(value, int | float):
        ws.write_number(row, col, value)
    elif isinstance(value, dt.datetime | dt.date):
        ws.write_datetime(row, col, value if isinstance(value, dt.datetime) else
                          dt.datetime.combine(value, dt.time()), date_fmt)
    else:
        ws.write_string(row, col, cell_text(value) if not isinstance(value, str) else value)


# ---------------------------------------------------------------------------------------------- one call
def run_import(
    reg: Any, path: Path | str, *, sheet: str | None = None, header_row: int | None = None,
    overrides: Iterable[str] = (), duplicates: str = "skip", dry_run: bool = False, as_csv: bool = False,
    progress: Progress | None = None, cancel: CancelFlag | None = None,
) -> ImportResult:
    """The command line's ``import``: every wizard step with its defaults, then apply (unless dry run)."""
    job = ImportJob.open(path, as_csv=as_csv)
    try:
        if sheet is not None:
            job.select_sheet(sheet)
        if header_row is not None:
            job.set_header_row(header_row)
        job.use_saved_mapping(reg)
        job.set_mapping(list(overrides))
        plan = job.plan(reg, policy=duplicates, progress=progress, cancel=cancel)
    finally:
        job.close()
    if dry_run:
        return ImportResult(plan.source.name, plan.sheet, None, created=plan.decisions()["create"],
                            updated=sum(1 for r in plan.rows if r.decision in ("update", "merge")
                                        and r.client_id is not None),
                            merged=sum(1 for r in plan.rows if r.decision == "merge" and r.client_id is None),
                            skipped=plan.decisions()["skip"], errors=plan.problems, dry_run=True,
                            counts=plan.counts(), warnings=list(plan.warnings))
    return apply_plan(reg, plan, progress=progress, cancel=cancel)


# ---------------------------------------------------------------------------------------------- list/undo
def list_imports(reg: Any) -> list[dict[str, Any]]:
    with reg.session() as session:
        batches = session.execute(select(t.ImportBatch).order_by(t.ImportBatch.id)).scalars().all()
        return [
            {"id": b.id, "time": b.time.isoformat(sep=" "), "file": b.file_name, "sheet": b.sheet,
             "created": b.created, "updated": b.updated, "skipped": b.skipped, "errors": b.errors,
             "undone": b.undone.isoformat(sep=" ") if b.undone else None}
            for b in batches
        ]


def undo_import(reg: Any, batch_id: int) -> dict[str, Any]:
    """Reverse an import in one unit of work: delete the clients it created and put every field it
    changed back (newest change first), including each updated client's ``updated`` time."""
    with reg.unit_of_work("undo-import", f"undo import {batch_id}") as session:
        batch = session.get(t.ImportBatch, batch_id)
        if batch is None:
            raise NotFound(f"There is no import {batch_id}; see `kartoteka imports list`.")
        if batch.undone is not None:
            raise UserError(f"Import {batch_id} was already undone on {batch.undone:%Y-%m-%d %H:%M}.")
        log = t.ChangeLog
        entries = session.execute(  # rows, not ORM objects: an import of 100k clients has 100k entries
            select(log.id, log.client_id, log.field, log.old).where(
                log.batch_id == batch_id, log.source == f"import:{batch_id}").order_by(log.id.desc())
        ).all()
        created = sorted({e.client_id for e in entries if e.field == "created" and e.client_id is not None})
        first_created = min((e.id for e in entries if e.field == "created"), default=0)
        created_set = set(created)
        existing = set(session.execute(select(t.Client.id).where(
            t.Client.id.in_({e.client_id for e in entries if e.client_id not in created_set}))).scalars())
        source = f"undo-import:{batch_id}"
        times: dict[int, str] = {}
        changes: list[tuple[int, dict[str, Any]]] = []  # newest first, applied in that order
        for e in entries:
            if e.client_id in created_set or e.client_id not in existing or e.field == "created":
                continue
            if e.field == "updated":
                times[e.client_id] = e.old or ""
                continue
            changes.append((e.client_id, {e.field: _old_value(e)}))
        records.update_clients(session, changes, source=source, batch_id=batch_id)
        reverted = {cid for cid, _ in changes}
        update_rows(session.connection(), t.Client.__table__, ("updated",),
                    [(dt.datetime.fromisoformat(old), cid) for cid, old in times.items()])
        created = _still_from_batch(session, created, first_created, f"import:{batch_id}")
        _delete_clients(session, created)
        batch.undone = utcnow()
        records.log_event(session, "import undone", {"created": len(created), "reverted": len(reverted)},
                          source, batch_id=batch_id)
    return {"batch": batch_id, "deleted": len(created), "reverted": len(reverted)}


def _old_value(entry: Any) -> Any:
    if entry.old is None:
        return ""
    if entry.field in ("phones", "emails", "tags"):
        return json.loads(entry.old)
    return entry.old


def _still_from_batch(session: Any, created: list[int], first_entry: int, source: str) -> list[int]:
    """The created ids that still belong to the import's clients. A client id is the highest plus one,
    so after the import's last clients were deleted a client added later can carry one of their ids;
    such an id has a later ``created`` entry from another source, and that client is not the import's."""
    reused: set[int] = set()
    for low, high in _runs(created):
        reused.update(session.execute(select(t.ChangeLog.client_id).where(
            t.ChangeLog.field == "created", t.ChangeLog.id > first_entry, t.ChangeLog.source != source,
            t.ChangeLog.client_id.between(low, high))).scalars())
    return [i for i in created if i not in reused]


def _runs(ids: Sequence[int]) -> list[tuple[int, int]]:
    """Sorted ids as (first, last) runs of consecutive numbers."""
    runs: list[tuple[int, int]] = []
    for i in ids:
        if runs and i == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], i)
        else:
            runs.append((i, i))
    return runs


def _delete_clients(session: Any, ids: list[int]) -> None:
    from sqlalchemy import delete, update

    from storage.search import remove_clients

    conn = session.connection()
    for low, high in _runs(ids):  # an import's new clients have consecutive ids: usually one run
        conn.execute(update(t.Client).where(t.Client.company_id.between(low, high)).values(company_id=None))
        for table in (t.Phone, t.Email, t.Tag, t.CustomValue, t.Purchase, t.Interaction, t.ClientDate):
            conn.execute(delete(table).where(table.client_id.between(low, high)))
        conn.execute(delete(t.Client).where(t.Client.id.between(low, high)))
    remove_clients(conn, ids)
    session.expire_all()


__all__ = [
    "ImportJob", "ImportRefused", "ImportResult", "apply_plan", "list_imports", "rejected_path", "run_import",
    "undo_import", "write_rejected",
]

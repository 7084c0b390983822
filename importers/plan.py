"""The import plan: what each row would do to the register, before anything is written.

Each row is ``new``; ``update`` of an existing client (with old -> new per field) or ``same`` (already
there, nothing new); a likely ``duplicate`` of an existing client or ``duplicate-row`` of an earlier row
(same normalised phone or e-mail, or a close name in the same city); or a ``problem`` row. The user decides
per group and per row: create, update, skip or merge. ``--duplicates skip`` (the default) matches existing
clients by phone and e-mail, so importing the same file twice creates nothing the second time.

Reads the register with SQLAlchemy Core in bulk (one query per table, not one per row): a plan over 100k
rows against 100k clients must take seconds, not minutes.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz import fuzz, process
from sqlalchemy import select
from sqlalchemy.engine import Connection

from importers.layout import Header
from importers.mapping import CONSENT_DATES, ColumnMap
from importers.values import ParsedRow, Problem
from models import tables as t
from models.text import fold
from storage.errors import UserError

STATUSES = ("new", "update", "same", "duplicate", "duplicate-row", "problem")
DECISIONS = ("create", "update", "skip", "merge")
POLICIES = ("skip", "update", "create")
# The segment the automatic rule gives a client without purchases. A file that says so (our own export)
# neither pins a new client to it nor moves an existing one back to it.
AUTOMATIC_SEGMENT = "potential"
NAME_SIMILARITY = 90  # rapidfuzz token_sort_ratio for "close name" in the same city
_CHUNK = 500
_FLAT = ("kind", "first_name", "last_name", "middle_name", "company", "job_title", "street", "city", "district",
         "region", "postcode", "country", "birth_date", "gender", "contact_time", "channel", "source",
         "segment", "consent_email", "consent_sms", "consent_phone", "consent_post", *CONSENT_DATES)


@dataclass(slots=True)
class RowPlan:
    """The plan for one row: its status, the client it matches and the decision (changeable)."""

    parsed: ParsedRow
    status: str
    decision: str
    client_id: int | None = None  # the existing client it updates or duplicates
    duplicate_of_row: int | None = None  # sheet row of the earlier row it repeats
    match: str = ""  # why: "phone", "email", "name and city"
    changes: list[tuple[str, object, object]] = field(default_factory=list)

    @property
    def row(self) -> int:
        return self.parsed.row

    def reason(self) -> str:
        """Why a row is not imported, for the rejected-rows file."""
        if self.status == "problem":
            return "; ".join(f"{p.column}: {p.reason}" if p.column else p.reason
                             for p in self.parsed.problems if p.severity == "error")
        if self.status == "same":
            return f"already in the register (client {self.client_id}, same {self.match})"
        if self.status == "update":
            return f"matches client {self.client_id} by {self.match}; not updated (choose update to apply)"
        if self.status == "duplicate":
            return f"likely duplicate of client {self.client_id} ({self.match})"
        if self.status == "duplicate-row":
            return f"repeats row {self.duplicate_of_row} ({self.match})"
        return "skipped by choice"

    def as_dict(self) -> dict:
        return {
            "row": self.row, "status": self.status, "decision": self.decision, "client_id": self.client_id,
            "duplicate_of_row": self.duplicate_of_row, "match": self.match,
            "changes": [{"field": f, "old": _jsonable(o), "new": _jsonable(n)} for f, o, n in self.changes],
            "problems": [p.as_dict() for p in self.parsed.problems],
        }


def _jsonable(value: object) -> object:
    return json.loads(json.dumps(value, default=str, ensure_ascii=False))


@dataclass
class ImportPlan:
    """Everything the wizard shows before the user presses Import, and what ``apply`` writes."""

    source: Path
    sheet: str
    header: Header
    mapping: list[ColumnMap]
    rows: list[RowPlan]
    policy: str = "skip"
    file_format: str = ""
    warnings: list[str] = field(default_factory=list)  # about the whole file (sheet chosen, phones' country)

    def counts(self) -> dict[str, int]:
        out = dict.fromkeys(STATUSES, 0)
        for r in self.rows:
            out[r.status] += 1
        return out

    def decisions(self) -> dict[str, int]:
        out = dict.fromkeys(DECISIONS, 0)
        for r in self.rows:
            out[r.decision] += 1
        return out

    @property
    def problems(self) -> list[Problem]:
        return [p for r in self.rows for p in r.parsed.problems]

    def decide(self, decision: str, *, status: str | None = None, rows: Iterable[int] | None = None) -> None:
        """Set the decision for a whole group (``status``) or for some rows (sheet row numbers)."""
        if decision not in DECISIONS:
            raise UserError(f"{decision!r} is not a decision; use one of {', '.join(DECISIONS)}")
        wanted = set(rows) if rows is not None else None
        for r in self.rows:
            if (status is None or r.status == status) and (wanted is None or r.row in wanted):
                _check_decision(r, decision)
                r.decision = decision

    def row(self, number: int) -> RowPlan:
        for r in self.rows:
            if r.row == number:
                return r
        raise UserError(f"Row {number} is not a data row of sheet {self.sheet!r}")


def _check_decision(r: RowPlan, decision: str) -> None:
    if decision == "update" and r.client_id is None:
        raise UserError(f"Row {r.row} matches no existing client; it can be created, merged or skipped")
    if decision == "merge" and r.client_id is None and r.duplicate_of_row is None:
        raise UserError(f"Row {r.row} repeats no other row or client; there is nothing to merge it into")


# ---------------------------------------------------------------------------------------------- register
class RegisterIndex:
    """Existing clients' phones, e-mails and names, read once for the whole plan."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.by_phone: dict[str, int] = {}
        self.by_email: dict[str, int] = {}
        self.by_name: dict[tuple[str, str], int] = {}
        self.blocks: dict[tuple[str, str], list[tuple[str, int]]] = defaultdict(list)
        for value, cid in conn.execute(select(t.Phone.value, t.Phone.client_id).where(t.Phone.valid.is_(True))):
            self.by_phone.setdefault(value, cid)
        for key, cid in conn.execute(select(t.Email.key, t.Email.client_id)):
            if key:
                self.by_email.setdefault(key, cid)
        rows = conn.execute(select(t.Client.id, t.Client.first_name, t.Client.last_name, t.Client.city))
        for cid, first, last, city in rows:
            name = _name_key(first, last)
            if name and city:
                folded_city = fold(city)
                self.by_name.setdefault((name, folded_city), cid)
                self.blocks[_block(name, folded_city)].append((name, cid))

    def snapshot(self, ids: Sequence[int]) -> dict[int, dict]:
        """Current values of some clients in the form changes are computed against."""
        out: dict[int, dict] = {}
        cols = [getattr(t.Client, f) for f in _FLAT] + [t.Client.notes]
        for chunk in _chunks(sorted(set(ids)), _CHUNK):
            for row in self.conn.execute(select(t.Client.id, *cols).where(t.Client.id.in_(chunk))):
                cid, *values = row
                out[cid] = dict(zip((*_FLAT, "notes"), values, strict=True))
                out[cid].update(phones=[], emails=[], tags=[], custom={})
            for cid, value, original, label, valid in self.conn.execute(
                select(t.Phone.client_id, t.Phone.value, t.Phone.original, t.Phone.label, t.Phone.valid)
                .where(t.Phone.client_id.in_(chunk)).order_by(t.Phone.client_id, t.Phone.position)
            ):
                out[cid]["phones"].append({"value": value, "original": original, "label": label, "valid": bool(valid)})
            for cid, value, original, label, valid in self.conn.execute(
                select(t.Email.client_id, t.Email.value, t.Email.original, t.Email.label, t.Email.valid)
                .where(t.Email.client_id.in_(chunk)).order_by(t.Email.client_id, t.Email.position)
            ):
                out[cid]["emails"].append({"value": value, "original": original, "label": label, "valid": bool(valid)})
            for cid, tag in self.conn.execute(select(t.Tag.client_id, t.Tag.tag).where(t.Tag.client_id.in_(chunk))):
                out[cid]["tags"].append(tag)
            for cid, name, value in self.conn.execute(
                select(t.CustomValue.client_id, t.CustomValue.name, t.CustomValue.value)
                .where(t.CustomValue.client_id.in_(chunk))
            ):
                out[cid]["custom"][name] = value
        return out


def _chunks(ids: Sequence[int], size: int) -> Iterable[list[int]]:
    for start in range(0, len(ids), size):
        yield list(ids[start:start + size])


def _name_key(first: object, last: object) -> str:
    return " ".join(p for p in (fold(str(first or "")), fold(str(last or ""))) if p)


def _block(name: str, city: str) -> tuple[str, str]:
    """Fuzzy name comparison only inside a block: same city, same first two letters of the name."""
    return city, name[:2]


def _close_name(blocks: dict[tuple[str, str], list[tuple[str, int]]], name: str, city: str) -> int | None:
    block = blocks.get(_block(name, city))
    if not block:
        return None
    best = process.extractOne(name, [n for n, _ in block], scorer=fuzz.token_sort_ratio,
                              score_cutoff=NAME_SIMILARITY)
    return block[best[2]][1] if best else None


# ---------------------------------------------------------------------------------------------- changes
def changes_for(parsed: ParsedRow, current: dict) -> list[tuple[str, object, object]]:
    """What updating ``current`` with this row would change: values given in the file win, nothing is
    blanked; phones, e-mails and tags are added to the client's lists; notes are appended."""
    out: list[tuple[str, object, object]] = []
    for key, new in parsed.fields.items():
        if new in ("", None) or key not in current or (key == "segment" and new == AUTOMATIC_SEGMENT):
            continue
        if current[key] != new:
            out.append((key, current[key], new))
    for key, items, attr in (("phones", parsed.phones, "value"), ("emails", parsed.emails, "value")):
        old = current[key]
        known = {str(d["value"]).lower() for d in old}
        added = [{"value": getattr(p, attr), "original": p.original, "label": p.label, "valid": p.valid}
                 for p in items if str(getattr(p, attr)).lower() not in known]
        if added:
            out.append((key, old, old + added))
    new_tags = [tag for tag in parsed.tags if tag not in current["tags"]]
    if new_tags:
        out.append(("tags", sorted(current["tags"]), sorted(current["tags"] + new_tags)))
    for name, value in parsed.custom.items():
        if value and current["custom"].get(name) != value:
            out.append((f"custom.{name}", current["custom"].get(name), value))
    if parsed.notes:
        note = "\n".join(parsed.notes)
        old_notes = current.get("notes") or ""
        if note not in old_notes:
            out.append(("notes", old_notes, f"{old_notes}\n{note}" if old_notes else note))
    return out


def update_data(changes: Sequence[tuple[str, object, object]]) -> dict[str, object]:
    """The ``data`` for app.records.update_client that makes exactly these changes."""
    data: dict[str, object] = {}
    for key, _old, new in changes:
        if key in ("phones", "emails"):
            data[key] = [{"value": d["value"], "original": d["original"], "label": d["label"]} for d in new]
        else:
            data[key] = new
    return data


# ---------------------------------------------------------------------------------------------- planning
def _default_decision(status: str, policy: str) -> str:
    if status == "new":
        return "create"
    if status in ("problem", "same"):
        return "skip"
    if status == "duplicate-row":
        return {"skip": "skip", "update": "merge", "create": "create"}[policy]
    return {"skip": "skip", "update": "update", "create": "create"}[policy]


def build_plan(
    conn: Connection, source: Path, sheet: str, header: Header, mapping: list[ColumnMap],
    parsed: Sequence[ParsedRow], *, policy: str = "skip", file_format: str = "",
) -> ImportPlan:
    """Classify every parsed row against the register (``conn``) and the rows above it."""
    if policy not in POLICIES:
        raise UserError(f"--duplicates must be one of {', '.join(POLICIES)}, not {policy!r}")
    index = RegisterIndex(conn)
    seen_keys: dict[str, int] = {}  # phone/email key -> sheet row that first had it
    seen_names: dict[tuple[str, str], int] = {}
    row_blocks: dict[tuple[str, str], list[tuple[str, int]]] = defaultdict(list)
    plans: list[RowPlan] = []
    for row in parsed:
        plans.append(_classify(row, index, seen_keys, seen_names, row_blocks))
    matched = [p.client_id for p in plans if p.client_id is not None]
    current = index.snapshot(matched) if matched else {}
    for p in plans:
        if p.client_id is not None and p.status in ("update", "duplicate"):
            p.changes = changes_for(p.parsed, current[p.client_id])
            if p.status == "update" and not p.changes:
                p.status = "same"
        p.decision = _default_decision(p.status, policy)
    return ImportPlan(source, sheet, header, mapping, plans, policy, file_format)


def _row_keys(row: ParsedRow) -> list[tuple[str, str]]:
    keys = [("phone", p.value) for p in row.phones if p.valid]
    keys += [("e-mail", e.value.lower()) for e in row.emails if e.valid]
    return keys


def _classify(row: ParsedRow, index: RegisterIndex, seen_keys: dict[str, int],
              seen_names: dict[tuple[str, str], int], row_blocks: dict) -> RowPlan:
    keys = _row_keys(row)
    name = _name_key(row.fields.get("first_name"), row.fields.get("last_name"))
    city = fold(str(row.fields.get("city") or ""))
    plan = _classify_against(row, keys, name, city, index, seen_keys, seen_names, row_blocks)
    for _kind, key in keys:
        seen_keys.setdefault(key, row.row)
    if name and city and (name, city) not in seen_names:
        seen_names[(name, city)] = row.row
        row_blocks[_block(name, city)].append((name, row.row))
    return plan


def _classify_against(row: ParsedRow, keys: list[tuple[str, str]], name: str, city: str, index: RegisterIndex,
                      seen_keys: dict[str, int], seen_names: dict, row_blocks: dict) -> RowPlan:
    if row.has_errors:
        return RowPlan(row, "problem", "skip")
    for kind, key in keys:
        cid = index.by_phone.get(key) if kind == "phone" else index.by_email.get(key)
        if cid is not None:
            return RowPlan(row, "update", "skip", client_id=cid, match=kind)
    for kind, key in keys:
        if key in seen_keys:
            return RowPlan(row, "duplicate-row", "skip", duplicate_of_row=seen_keys[key], match=kind)
    if name and city:
        cid = index.by_name.get((name, city)) or _close_name(index.blocks, name, city)
        if cid is not None:
            return RowPlan(row, "duplicate", "skip", client_id=cid, match="name and city")
        earlier = seen_names.get((name, city)) or _close_name(row_blocks, name, city)
        if earlier is not None:
            return RowPlan(row, "duplicate-row", "skip", duplicate_of_row=earlier, match="name and city")
    return RowPlan(row, "new", "create")

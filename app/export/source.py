"""Stream client records out of the register for an export, with SQLAlchemy Core and no ORM objects.

The clients of a query (or of the window's selection) are read in chunks of ids: one query for the
flat rows, one each for phones, emails, tags and custom fields, then the rows are assembled into the
records that the writers take. Dates are read as the ISO text SQLite stores (an export writes them
as text anyway), which spares a date object per column per row. Memory holds one chunk at a time.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Date, DateTime, String, func, select, type_coerce
from sqlalchemy.engine import Connection
from sqlalchemy.sql.elements import ColumnElement

from app.export.formats import TableShape
from app.query import client_filter
from models import tables as t

CHUNK = 2000
_IN_LIMIT = 2000  # ids per IN (...), well under SQLite's limit of 32766 variables
_CLIENTS = t.Client.__table__
_SKIP = {"birth_mmdd", "segment_manual", "company_id", "invalid_phone", "invalid_email", "primary_phone",
         "primary_email", "tags_text", "first_purchase", "last_contact"}
_COLUMNS = [c for c in _CLIENTS.columns if c.key not in _SKIP]
_KEYS = [c.key for c in _COLUMNS]
_SELECT_COLUMNS = [
    type_coerce(c, String()).label(c.key) if isinstance(c.type, (Date, DateTime)) else c for c in _COLUMNS
]


@dataclass(frozen=True, slots=True)
class Selection:
    """What to export: a query of the query language, or the ids selected in the window (in order)."""

    query: str = ""
    ids: tuple[int, ...] | None = None

    @classmethod
    def of(cls, what: str | Sequence[int] | None) -> Selection:
        if what is None or isinstance(what, str):
            return cls(query=(what or "").strip())
        return cls(ids=tuple(int(i) for i in what))

    def describe(self) -> str:
        """For the change log: the query itself, or only the size of a hand-made selection."""
        if self.ids is not None:
            return f"selection of {len(self.ids)} clients"
        return self.query or "all clients"


def _where(query: str) -> ColumnElement[bool] | None:
    return client_filter(query) if query else None


def selected_ids(conn: Connection, selection: Selection) -> list[int]:
    """The ids to export, in export order (by name for a query, as given for a selection)."""
    if selection.ids is not None:
        return list(dict.fromkeys(selection.ids))
    statement = select(_CLIENTS.c.id).order_by(_CLIENTS.c.display_name, _CLIENTS.c.id)
    where = _where(selection.query)
    if where is not None:
        statement = statement.where(where)
    return [row[0] for row in conn.execute(statement)]


def _chunks(ids: Sequence[int], size: int) -> Iterator[Sequence[int]]:
    for start in range(0, len(ids), size):
        yield ids[start:start + size]


def table_shape(conn: Connection, ids: Sequence[int]) -> TableShape:
    """How many phone and email columns and which custom fields these clients need."""
    phones = emails = 1
    names: set[str] = set()
    for chunk in _chunks(ids, _IN_LIMIT):
        for table in (t.Phone.__table__, t.Email.__table__):
            counts = (
                select(func.count().label("n")).where(table.c.client_id.in_(chunk)).group_by(table.c.client_id)
            ).subquery()
            most = conn.execute(select(func.max(counts.c.n))).scalar() or 1
            if table is t.Phone.__table__:
                phones = max(phones, most)
            else:
                emails = max(emails, most)
        custom = t.CustomValue.__table__
        names.update(conn.execute(select(custom.c.name).where(custom.c.client_id.in_(chunk)).distinct()).scalars())
    return TableShape(phones=phones, emails=emails, custom=tuple(sorted(names)))


def _grouped(conn: Connection, statement: Any) -> dict[int, list[Any]]:
    out: dict[int, list[Any]] = {}
    for row in conn.execute(statement):
        out.setdefault(row[0], []).append(row)
    return out


def _contacts(conn: Connection, table: Any, chunk: Sequence[int]) -> dict[int, list[dict[str, Any]]]:
    statement = (
        select(table.c.client_id, table.c.value, table.c.original, table.c.label, table.c.valid)
        .where(table.c.client_id.in_(chunk))
        .order_by(table.c.client_id, table.c.position)
    )
    return {
        cid: [{"value": r[1], "original": r[2], "label": r[3], "valid": bool(r[4])} for r in rows]
        for cid, rows in _grouped(conn, statement).items()
    }


def _chunk_records(conn: Connection, chunk: Sequence[int]) -> list[dict[str, Any]]:
    rows = {row[0]: row for row in conn.execute(select(*_SELECT_COLUMNS).where(_CLIENTS.c.id.in_(chunk)))}
    phones = _contacts(conn, t.Phone.__table__, chunk)
    emails = _contacts(conn, t.Email.__table__, chunk)
    tag_t, custom_t = t.Tag.__table__, t.CustomValue.__table__
    tags = _grouped(conn, select(tag_t.c.client_id, tag_t.c.tag).where(tag_t.c.client_id.in_(chunk))
                    .order_by(tag_t.c.client_id, tag_t.c.tag))
    custom = _grouped(conn, select(custom_t.c.client_id, custom_t.c.name, custom_t.c.value)
                      .where(custom_t.c.client_id.in_(chunk)))
    records = []
    empty: list[Any] = []
    for cid in chunk:
        row = rows.get(cid)
        if row is None:  # deleted since the ids were read
            continue
        record = dict(zip(_KEYS, row, strict=True))
        record["phones"] = phones.get(cid, empty)
        record["emails"] = emails.get(cid, empty)
        record["tags"] = [r[1] for r in tags.get(cid, empty)]
        record["custom"] = {r[1]: r[2] for r in custom.get(cid, empty)}
        records.append(record)
    return records


def iter_records(conn: Connection, ids: Iterable[int], chunk_size: int = CHUNK) -> Iterator[dict[str, Any]]:
    """Yield the record of each id in order, reading ``chunk_size`` clients at a time."""
    ids = list(ids)
    for chunk in _chunks(ids, min(chunk_size, _IN_LIMIT)):
        yield from _chunk_records(conn, chunk)

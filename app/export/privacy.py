"""Privacy tools for one client: everything the register holds about them, and erasure everywhere.

Right of access: ``export_client`` writes the client's whole record (fields, phones, emails,
purchases, interactions, dates, custom fields, consent with dates and sources, and the change history)
as JSON, or as a workbook a person can read (one sheet per part), to a private file.

Right to erasure: ``erase_client`` removes the client from every table of the register, including
the change log and the search index, in one unit of work of kind ``erase``. The register runs with
``secure_delete`` (freed pages are overwritten), the search index is merged so no trace of the
client's words stays in it, and the write-ahead log is checkpointed away. The versions (backups)
taken before keep the client until retention removes them: :data:`VERSIONS_NOTICE` says so, and
the dialog and the command line show it.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, or_, select, update

from app.export.files import private_output
from app.export.xlsxfile import Sheet, write_workbook
from app.records import client_to_dict, log_event
from models import tables as t
from storage.errors import NotFound, UserError

VERSIONS_NOTICE = (
    "Erased from the register. The versions (backups) made before this erasure still contain the client "
    "until retention removes them: hourly versions after {hourly} days, daily ones after {daily} days; "
    "a version kept as the one of its month stays longer. Restoring such a version brings the client back."
)
_CHILD_TABLES = (t.Phone, t.Email, t.Tag, t.Purchase, t.Interaction, t.ClientDate, t.CustomValue)


@dataclass(frozen=True, slots=True)
class EraseResult:
    client_id: int
    rows_removed: int  # rows of the client's own tables, change log included
    notice: str


def _client_data(reg: Any, client_id: int) -> dict[str, Any]:
    with reg.session() as session:
        data = client_to_dict(session, client_id, history=True)
    data["exported"] = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
    return data


def _field_rows(data: dict[str, Any]) -> Iterable[list[Any]]:
    skip = {"phones", "emails", "purchases", "interactions", "consent", "history", "custom", "dates", "contacts"}
    for key, value in data.items():
        if key in skip or key.startswith("consent_"):
            continue
        yield [key, ", ".join(map(str, value)) if isinstance(value, list) else ("" if value is None else value)]
    for name, value in (data.get("custom") or {}).items():
        yield [f"custom.{name}", value]


def _workbook(data: dict[str, Any]) -> list[Sheet]:
    def rows(items: Sequence[dict[str, Any]], keys: Sequence[str]) -> list[list[Any]]:
        return [["" if item.get(k) is None else item.get(k) for k in keys] for item in items]

    consent = [{"channel": ch, **info} for ch, info in (data.get("consent") or {}).items()]
    return [
        Sheet("Client", ["field", "value"], _field_rows(data)),
        Sheet("Phones", ["value", "original", "label", "valid"], rows(data["phones"], ["value", "original", "label", "valid"])),
        Sheet("Emails", ["value", "original", "label", "valid"], rows(data["emails"], ["value", "original", "label", "valid"])),
        Sheet("Purchases", ["date", "amount", "currency", "item", "status"],
              rows(data["purchases"], ["date", "amount", "currency", "item", "status"])),
        Sheet("Interactions", ["date", "channel", "summary"], rows(data["interactions"], ["date", "channel", "summary"])),
        Sheet("Dates", ["label", "date"], rows(data.get("dates") or [], ["label", "date"])),
        Sheet("Consent", ["channel", "state", "date", "source", "optout"],
              rows(consent, ["channel", "state", "date", "source", "optout"])),
        Sheet("History", ["time", "field", "old", "new", "source"],
              rows(data.get("history") or [], ["time", "field", "old", "new", "source"])),
    ]


def export_client(reg: Any, client_id: int, path: Path | str) -> Path:
    """Write everything held about one client: ``.json`` (machine form) or ``.xlsx`` (readable)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".json", ".xlsx"):
        raise UserError(f"{path.name}: give a file ending in .json or .xlsx for the client's data.")
    data = _client_data(reg, client_id)
    if suffix == ".json":
        with private_output(path) as out:
            out.write(json.dumps(data, ensure_ascii=False, indent=2, default=str).encode("utf-8"))
    else:
        write_workbook(path, _workbook(data))
    with reg.unit_of_work("export", "client data exported", record_version=False) as session:
        log_event(session, "export", json.dumps({"client_data": suffix[1:]}), source="export", client_id=client_id)
    return path


def _count(session: Any, table: Any, where: Any) -> int:
    return int(session.execute(select(func.count()).select_from(table).where(where)).scalar_one())


def erase_client(reg: Any, client_id: int) -> EraseResult:
    """Remove the client everywhere in the register (also a client deleted earlier, from the change log).

    Raises ``NotFound`` when the register holds nothing about this id.
    """
    client_id = int(client_id)
    with reg.unit_of_work("erase", "client erased") as session:
        exists = session.get(t.Client, client_id) is not None
        logged = _count(session, t.ChangeLog.__table__, t.ChangeLog.client_id == client_id)
        if not exists and not logged:
            raise NotFound(f"There is no client {client_id} (nor any trace of one) in the register.")
        removed = logged
        for model in _CHILD_TABLES:
            table = model.__table__
            removed += session.execute(delete(table).where(table.c.client_id == client_id)).rowcount
        pairs = t.NotDuplicate.__table__
        session.execute(delete(pairs).where(or_(pairs.c.low_id == client_id, pairs.c.high_id == client_id)))
        session.execute(delete(t.ChangeLog.__table__).where(t.ChangeLog.client_id == client_id))
        clients = t.Client.__table__
        session.execute(update(clients).where(clients.c.company_id == client_id).values(company_id=None))
        removed += session.execute(delete(clients).where(clients.c.id == client_id)).rowcount
        _purge_search_index(session, client_id)
        log_event(session, "erase", json.dumps({"erased_client": client_id}), source="erase")
    reg.checkpoint()
    return EraseResult(client_id, removed, versions_notice(reg))


def versions_notice(reg: Any) -> str:
    """What the erase dialog and command say about the versions, with the register's retention."""
    return VERSIONS_NOTICE.format(
        hourly=int(reg.get_setting("retention.hourly_days", 7)),
        daily=int(reg.get_setting("retention.daily_days", 90)),
    )


def _purge_search_index(session: Any, client_id: int) -> None:
    """Drop the client's index row, then merge the index: a contentless FTS5 delete only marks the
    row deleted and leaves its terms in the index until the segments are merged."""
    try:
        from storage.search import FTS_TABLE, remove_clients
    except ImportError:  # pragma: no cover - the search index is part of every register
        return
    connection = session.connection()
    remove_clients(connection, [client_id])
    connection.exec_driver_sql(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES('optimize')")

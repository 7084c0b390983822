"""The window's lists, headless: sidebar counts, smart lists (saved filters), bulk actions, settings.

Why here and not in ``ui``: the counts and bulk edits are business rules the command line and tests use
too, and ``ui`` must not write SQL. Every bulk action is one ``unit_of_work``: one transaction, one
version, all of it or nothing (a cancel rolls back), and every field change goes to the change log
through ``app.records``.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from app import query as client_query
from app import records
from models.query import QueryError
from models.tables import SEGMENTS, Client, SavedFilter, Setting, Tag
from storage.errors import Cancelled, NotFound, UserError
from storage.register import DEFAULT_SETTINGS, Register

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True, slots=True)
class SmartList:
    """A saved filter as the sidebar shows it; ``count`` is None when its query no longer parses."""

    id: int
    name: str
    query: str
    count: int | None = None


@dataclass(frozen=True, slots=True)
class SidebarCounts:
    """Everything the sidebar shows, read in one snapshot."""

    total: int
    segments: dict[str, int]
    tags: list[tuple[str, int]]
    smart_lists: list[SmartList]


# ------------------------------------------------------------------------------------------ queries
def quote_value(value: str) -> str:
    """A value as the query language needs it: quoted when it holds spaces, quotes or brackets."""
    if value and not any(ch in value for ch in ' \t"():') and value.upper() not in ("OR", "AND", "NOT"):
        return value
    return '"' + value.replace('"', "") + '"'


def tag_query(tag: str) -> str:
    return f"tag:{quote_value(tag)}"


def segment_query(segment: str) -> str:
    return f"segment:{segment}"


def combine(*queries: str) -> str:
    """AND of several queries, each kept whole by parentheses when it has more than one term."""
    parts = [q.strip() for q in queries if q and q.strip()]
    if len(parts) <= 1:
        return parts[0] if parts else ""
    return " ".join(f"({q})" for q in parts)


# ------------------------------------------------------------------------------------------ counts
def segment_counts(session: Session) -> dict[str, int]:
    rows = session.execute(select(Client.segment, func.count()).group_by(Client.segment)).all()
    found = {segment: int(n) for segment, n in rows}
    return {segment: found.get(segment, 0) for segment in SEGMENTS}


def tag_counts(session: Session) -> list[tuple[str, int]]:
    """Tags by name with how many clients carry each."""
    rows = session.execute(select(Tag.tag, func.count()).group_by(Tag.tag).order_by(Tag.tag)).all()
    return [(tag, int(n)) for tag, n in rows]


def smart_lists(session: Session, *, with_counts: bool = True) -> list[SmartList]:
    rows = session.execute(
        select(SavedFilter.id, SavedFilter.name, SavedFilter.query).order_by(SavedFilter.position,
                                                                             SavedFilter.name)
    ).all()
    out = []
    for id_, name, query in rows:
        count = None
        if with_counts:
            try:
                count = client_query.count(session, query)
            except QueryError:
                count = None
        out.append(SmartList(id_, name, query, count))
    return out


def sidebar_counts(register: Register) -> SidebarCounts:
    """All sidebar numbers from one read snapshot."""
    with register.session() as session:
        total = int(session.execute(select(func.count()).select_from(Client)).scalar_one())
        return SidebarCounts(total, segment_counts(session), tag_counts(session), smart_lists(session))


# ------------------------------------------------------------------------------------------ smart lists
def save_smart_list(register: Register, name: str, query: str) -> int:
    """Save ``query`` as a smart list named ``name`` (a query that does not parse is refused)."""
    name = " ".join(name.split())
    if not name:
        raise UserError("A smart list needs a name.")
    client_query.client_filter(query)  # QueryError for a malformed query
    with register.unit_of_work("edit", "smart list saved") as session:
        if session.execute(select(SavedFilter.id).where(SavedFilter.name == name)).first():
            raise UserError(f"There is already a smart list named {name!r}; choose another name.")
        position = session.execute(select(func.coalesce(func.max(SavedFilter.position), 0))).scalar_one()
        row = SavedFilter(name=name, query=query.strip(), position=int(position) + 1)
        session.add(row)
        session.flush()
        return int(row.id)


def rename_smart_list(register: Register, list_id: int, name: str) -> None:
    name = " ".join(name.split())
    if not name:
        raise UserError("A smart list needs a name.")
    with register.unit_of_work("edit", "smart list renamed") as session:
        row = session.get(SavedFilter, list_id)
        if row is None:
            raise NotFound(f"There is no smart list {list_id}.")
        clash = session.execute(
            select(SavedFilter.id).where(SavedFilter.name == name, SavedFilter.id != list_id)).first()
        if clash:
            raise UserError(f"There is already a smart list named {name!r}; choose another name.")
        row.name = name


def delete_smart_list(register: Register, list_id: int) -> None:
    with register.unit_of_work("edit", "smart list deleted") as session:
        session.execute(delete(SavedFilter).where(SavedFilter.id == list_id))


# ------------------------------------------------------------------------------------------ bulk actions
def _each(
    register: Register, kind: str, summary: str, ids: Sequence[int],
    action: Callable[[Session, int], bool], progress: Progress | None, cancel: threading.Event | None,
) -> int:
    """Run ``action`` on every client in one unit of work; a cancel rolls everything back."""
    changed = 0
    total = len(ids)
    with register.unit_of_work(kind, summary) as session:
        for done, client_id in enumerate(ids, 1):
            if cancel is not None and cancel.is_set():
                raise Cancelled("Stopped; nothing was changed.")
            if session.get(Client, client_id) is not None and action(session, client_id):
                changed += 1
            if progress is not None and (done % 50 == 0 or done == total):
                progress(done, total, "")
    return changed


def bulk_tag(
    register: Register, ids: Sequence[int], tag: str, *, remove: bool = False,
    progress: Progress | None = None, cancel: threading.Event | None = None,
) -> int:
    """Add (or remove) one tag on many clients; returns how many changed."""
    tag = " ".join(tag.split()).lower()
    if not tag or "," in tag:
        raise UserError("A tag needs a name without commas.")

    def action(session: Session, client_id: int) -> bool:
        tags = [row.tag for row in session.get(Client, client_id).tags]
        new = [t for t in tags if t != tag] if remove else [*tags, tag] if tag not in tags else tags
        return bool(new != tags and records.update_client(session, client_id, {"tags": new}))

    verb = "removed" if remove else "added"
    return _each(register, "edit", f"tag {verb} on {len(ids)} clients", ids, action, progress, cancel)


def bulk_segment(
    register: Register, ids: Sequence[int], segment: str, *,
    progress: Progress | None = None, cancel: threading.Event | None = None,
) -> int:
    """Set the segment by hand (or ``auto`` to let purchases decide again) on many clients."""
    if segment not in (*SEGMENTS, "auto"):
        raise UserError(f"segment: {segment!r} is not one of {', '.join(SEGMENTS)} or auto")

    def action(session: Session, client_id: int) -> bool:
        return bool(records.update_client(session, client_id, {"segment": segment}))

    return _each(register, "edit", f"segment set on {len(ids)} clients", ids, action, progress, cancel)


def bulk_delete(
    register: Register, ids: Sequence[int], *,
    progress: Progress | None = None, cancel: threading.Event | None = None,
) -> int:
    """Delete many clients in one save (the version before it keeps them, the change log too)."""

    def action(session: Session, client_id: int) -> bool:
        records.delete_client(session, client_id)
        return True

    return _each(register, "delete", f"{len(ids)} clients deleted", ids, action, progress, cancel)


# ------------------------------------------------------------------------------------------ settings
EDITABLE_SETTINGS = (
    "region", "idle_lock_minutes",
    "segment.active_days", "segment.active_orders", "segment.regular_days", "segment.regular_orders",
    "segment.vip_spent", "segment.lost_days",
    "retention.recent_hours", "retention.recent_max", "retention.hourly_days", "retention.daily_days",
)


def save_settings(
    register: Register, values: Mapping[str, Any], *,
    progress: Progress | None = None, cancel: threading.Event | None = None,
) -> list[str]:
    """Store the settings the settings dialog edits; returns the keys that changed.

    New segment thresholds re-sort every client into its segment in the same save, so the sidebar and
    the filters never show segments computed by the old rules."""
    unknown = sorted(set(values) - set(EDITABLE_SETTINGS))
    if unknown:
        raise UserError("Unknown settings: " + ", ".join(unknown))
    current = register.settings()
    changed = [key for key, value in values.items() if current.get(key, DEFAULT_SETTINGS.get(key)) != value]
    if not changed:
        return []
    with register.unit_of_work("edit", "settings changed") as session:
        for key in changed:
            row = session.get(Setting, key)
            if row is None:
                session.add(Setting(key=key, value=json.dumps(values[key])))
            else:
                row.value = json.dumps(values[key])
        if any(key.startswith("segment.") for key in changed):
            session.flush()
            if progress is not None:
                progress(0, 0, "")
            records.refresh_aggregates(session, None)
            if cancel is not None and cancel.is_set():
                raise Cancelled("Stopped; the settings were not changed.")
    return changed


# ------------------------------------------------------------------------------------------ demo
def fill_demo(
    register: Register, n: int, *, seed: int = 1,
    progress: Progress | None = None, cancel: threading.Event | None = None,
) -> int:
    """Fill a new register with ``n`` seeded sample clients (the demo and the screenshots) in one save.

    ``progress(done, n, "")`` reports as the clients are written; setting ``cancel`` rolls the whole
    fill back (``Cancelled``), so the start dialog's progress window can stop a big demo."""
    from app import demo

    return int(demo.fill_register(register, n, seed=seed, progress=progress, cancel=cancel))

"""Merging duplicates into one client, and undoing a merge exactly.

A merge is one save (``unit_of_work("merge")``, one version). Before anything changes, the full
before-image of every involved client (its ``clients`` row and all its child rows, ids included) is
written to the change log as one ``merge`` entry; the id of that entry is the merge id, and every change
the merge makes is logged with source ``merge:<id>``. ``undo_merge`` puts the before-image back: the
same ids, fields and child rows, in one ``unit_of_work("undo-merge")``.

What the user chooses and what is combined: single-valued fields (names, company, birth date, gender,
address, consent...) take the value of the client chosen per field; phones, emails, tags, purchases,
interactions, dates to remember, custom fields and notes are combined, never chosen, so nothing is lost.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import Date, DateTime, Table, delete, insert, select, update
from sqlalchemy.orm import Session

from app.records import client_to_dict, delete_client, log_event, refresh_aggregates, update_client
from models import tables as t
from models.tables import ChangeLog, Client, utcnow
from storage.errors import NotFound, UserError
from storage.register import Register

# Single-valued fields the user picks per field (DESIGN section 4 names).
CHOSEN_FIELDS = (
    "kind", "first_name", "middle_name", "last_name", "company", "job_title", "birth_date", "gender",
    "street", "city", "district", "region", "postcode", "country", "contact_time", "channel", "source",
    *t.CONSENT_FIELDS,
)
# Combined from every client, never chosen.
COMBINED_FIELDS = ("phones", "emails", "tags", "purchases", "interactions", "dates", "custom", "notes")
_ADDRESS = ("street", "city", "district", "region", "postcode", "country")
# Consent is taken as a whole per channel (state with its date, source and opt-out date).
_CONSENT_PARTS = ("", "_date", "_source", "_optout")
_CHILD_TABLES: tuple[type[t.Base], ...] = (
    t.Phone, t.Email, t.Tag, t.Purchase, t.Interaction, t.ClientDate, t.CustomValue,
)
_MOVED = (t.Purchase, t.Interaction, t.ClientDate)  # rows that keep their ids and move to the kept client
# Fields a later edit may have changed and the undo keeps (purchases and interactions stay anyway).
_EDITABLE = frozenset((*CHOSEN_FIELDS, "phones", "emails", "tags", "notes"))


# ---------------------------------------------------------------------------- before-image
def _encode(value: Any) -> Any:
    return value.isoformat() if isinstance(value, (dt.date, dt.datetime)) else value


def _decode(table: Table, row: Mapping[str, Any]) -> dict[str, Any]:
    out = {}
    for name, value in row.items():
        column_type = table.c[name].type
        if value is not None and isinstance(column_type, DateTime):
            value = dt.datetime.fromisoformat(value)
        elif value is not None and isinstance(column_type, Date):
            value = dt.date.fromisoformat(value)
        out[name] = value
    return out


def _snapshot(session: Session, ids: list[int]) -> dict[str, Any]:
    clients = t.Client.__table__
    rows = [dict(r) for r in session.execute(select(clients).where(clients.c.id.in_(ids))).mappings()]
    found = {r["id"] for r in rows}
    for cid in ids:
        if cid not in found:
            raise NotFound(f"There is no client with id {cid}.")
    image: dict[str, Any] = {"clients": [{k: _encode(v) for k, v in r.items()} for r in rows]}
    for model in _CHILD_TABLES:
        table = model.__table__
        image[table.name] = [
            {k: _encode(v) for k, v in r.items()}
            for r in session.execute(select(table).where(table.c.client_id.in_(ids))).mappings()
        ]
    image["company_refs"] = [
        [cid, company_id] for cid, company_id in session.execute(
            select(Client.id, Client.company_id).where(Client.company_id.in_(ids), Client.id.not_in(ids)))
    ]
    return image


# ---------------------------------------------------------------------------- choosing
def _filled(field: str, value: Any) -> bool:
    if field in t.CONSENT_FIELDS or field == "gender":
        return value not in (None, "", "unknown")
    if field == "kind":
        return value not in (None, "", "person")
    return value not in (None, "")


def default_choices(rows: Mapping[int, Mapping[str, Any]], keep_id: int, other_ids: list[int]) -> dict[str, int]:
    """Which client each chosen field comes from when the user says nothing.

    The kept client's value wins when it has one, else the first other client that has one. The address
    moves as a whole (a street from one client and a city from another would be nobody's address). For
    consent the most cautious state wins: a withdrawal anywhere stays a withdrawal; otherwise a grant.
    """
    order = [keep_id, *other_ids]
    choices: dict[str, int] = {}
    for field in CHOSEN_FIELDS:
        if field in _ADDRESS:
            continue
        if field in t.CONSENT_FIELDS:
            states = {cid: rows[cid][field] for cid in order}
            pick = next((cid for cid in order if states[cid] == "withdrawn"), None)
            pick = pick or next((cid for cid in order if states[cid] == "granted"), keep_id)
            choices[field] = pick
            continue
        choices[field] = next((cid for cid in order if _filled(field, rows[cid][field])), keep_id)
    address_from = next((cid for cid in order if any(rows[cid][f] for f in _ADDRESS)), keep_id)
    choices.update(dict.fromkeys(_ADDRESS, address_from))
    return choices


def _check_choices(choices: Mapping[str, int], ids: list[int]) -> None:
    for field, cid in choices.items():
        if field not in CHOSEN_FIELDS:
            raise UserError(
                f"{field!r} cannot be chosen in a merge; choose one of {', '.join(CHOSEN_FIELDS)} "
                f"({', '.join(COMBINED_FIELDS)} are combined)"
            )
        if cid not in ids:
            raise UserError(f"{field}: client {cid} is not one of the merged clients.")


def _chosen_data(rows: Mapping[int, Mapping[str, Any]], choices: Mapping[str, int], keep_id: int) -> dict:
    data: dict[str, Any] = {}
    for field in CHOSEN_FIELDS:
        source = rows[choices[field]]
        if field in t.CONSENT_FIELDS:
            for part in _CONSENT_PARTS:
                data[field + part] = source[field + part]
        else:
            data[field] = source[field]
    company_id = next((rows[c]["company_id"] for c in [keep_id, *rows] if rows[c]["company_id"]), None)
    if company_id not in rows:
        data["company_id"] = company_id
    return data


def _combined_data(image: Mapping[str, Any], keep_id: int, order: list[int]) -> dict[str, Any]:
    notes = [rows["notes"] for cid in order for rows in image["clients"] if rows["id"] == cid]
    tags = [r["tag"] for cid in order for r in image["client_tags"] if r["client_id"] == cid]
    custom: dict[str, str] = {}
    for cid in order:
        for r in image["client_custom"]:
            if r["client_id"] == cid:
                custom.setdefault(r["name"], r["value"])
    return {"notes": "\n\n".join(dict.fromkeys(n.strip() for n in notes if n and n.strip())),
            "tags": list(dict.fromkeys(tags)), "custom": custom}


def _append_contacts(session: Session, keep: Client, image: Mapping[str, Any], others: list[int],
                     source: str) -> None:
    """Add the other clients' phones and emails that the kept client lacks, originals and labels kept."""
    for model, attr, key in ((t.Phone, "phones", "value"), (t.Email, "emails", "key")):
        rows = getattr(keep, attr)
        before = [{"value": r.value, "original": r.original, "label": r.label, "valid": bool(r.valid)}
                  for r in rows]
        seen = {getattr(r, key) for r in rows}
        table_rows = image[model.__table__.name]
        for cid in others:
            for r in sorted((r for r in table_rows if r["client_id"] == cid), key=lambda r: r["position"]):
                if r[key] in seen:
                    continue
                seen.add(r[key])
                values = {k: v for k, v in r.items() if k not in ("id", "client_id", "position")}
                rows.append(model(position=len(rows), **values))
        after = [{"value": r.value, "original": r.original, "label": r.label, "valid": bool(r.valid)}
                 for r in rows]
        if after != before:
            log_event(session, attr, after, source, keep.id, old=before)


# ---------------------------------------------------------------------------- merge
def merge(reg: Register, keep_id: int, other_ids: Iterable[int], choices: Mapping[str, int] | None = None) -> int:
    """Merge ``other_ids`` into ``keep_id`` as one save; returns the merge id (for ``undo_merge``).

    ``choices`` maps a single-valued field to the client whose value is kept (default:
    ``default_choices``). The other clients are deleted; their purchases, interactions and dates move
    to the kept client, their phones, emails, tags, custom fields and notes are added to it.
    """
    others = list(dict.fromkeys(i for i in other_ids if i != keep_id))
    if not others:
        raise UserError("A merge needs the client to keep and at least one other client.")
    ids = [keep_id, *others]
    _check_choices(choices or {}, ids)
    with reg.unit_of_work("merge", f"{len(ids)} clients merged") as session:
        image = _snapshot(session, ids)
        entry = ChangeLog(client_id=None, field="merge", old=json.dumps(image, ensure_ascii=False),
                          new=json.dumps({"keep": keep_id, "merged": others}), source="merge", time=utcnow())
        session.add(entry)
        session.flush()
        source = entry.source = f"merge:{entry.id}"
        rows = {r["id"]: _decode(t.Client.__table__, r) for r in image["clients"]}
        picked = {**default_choices(rows, keep_id, others), **(choices or {})}
        data = {**_chosen_data(rows, picked, keep_id), **_combined_data(image, keep_id, ids)}
        for model in _MOVED:
            session.execute(update(model).where(model.client_id.in_(others)).values(client_id=keep_id))
        session.execute(update(Client).where(Client.company_id.in_(others), Client.id != keep_id)
                        .values(company_id=keep_id))
        session.expire_all()
        for other in others:
            delete_client(session, other, source=source)
        keep = session.get(Client, keep_id)
        _append_contacts(session, keep, image, others, source)
        update_client(session, keep_id, data, source=source)
        log_event(session, "merged", others, source, keep_id)
        session.flush()
        refresh_aggregates(session, [keep_id])
        _reindex(session, [keep_id])
        return entry.id


def _reindex(session: Session, ids: list[int]) -> None:
    try:
        from storage.search import index_clients
    except ImportError:  # search index not built: nothing to keep in step
        return
    index_clients(session.connection(), ids)


# ---------------------------------------------------------------------------- undo
def _merge_entry(session: Session, merge_id: int) -> tuple[ChangeLog, dict[str, Any], dict[str, Any]]:
    entry = session.get(ChangeLog, merge_id)
    if entry is None or entry.field != "merge" or entry.source != f"merge:{merge_id}":
        raise NotFound(f"There is no merge {merge_id}.")
    undone = session.scalar(select(ChangeLog.id).where(ChangeLog.source == f"undo-merge:{merge_id}").limit(1))
    if undone is not None:
        raise UserError(f"Merge {merge_id} has already been undone.")
    return entry, json.loads(entry.old or "{}"), json.loads(entry.new or "{}")


def undo_merge(reg: Register, merge_id: int) -> list[int]:
    """Give back every client of merge ``merge_id`` as it was before (same ids, fields and child rows).

    Purchases or interactions added to the kept client after the merge stay with it, and so does every
    field edited after the merge (a later edit of the phones, a new city): nothing the user typed since
    is lost; the history shows those fields as put back by the undo. Refused when a merged client's id
    is in use again or the kept client has been deleted since.
    """
    with reg.unit_of_work("undo-merge", f"merge {merge_id} undone") as session:
        _, image, info = _merge_entry(session, merge_id)
        keep_id, others = info["keep"], info["merged"]
        if session.get(Client, keep_id) is None:
            raise UserError(f"Client {keep_id} was deleted after merge {merge_id}; restore it from a "
                            "version first, then undo the merge.")
        taken = session.scalars(select(Client.id).where(Client.id.in_(others))).all()
        if taken:
            raise UserError(f"Client id {taken[0]} is in use again, so merge {merge_id} cannot be undone "
                            "here; restore the register from a version instead.")
        later = _edited_after(session, keep_id, merge_id)
        session.expire_all()
        _restore_rows(session, image, keep_id)
        if later:
            session.flush()
            session.expire_all()
            update_client(session, keep_id, later, source=f"undo-merge:{merge_id}")
        ids = [keep_id, *others]
        extra = session.scalar(select(t.Purchase.id).where(
            t.Purchase.client_id == keep_id,
            t.Purchase.id.not_in([r["id"] for r in image["purchases"]])).limit(1))
        if extra is not None:
            refresh_aggregates(session, [keep_id])
        for cid in ids:
            log_event(session, "merge undone", merge_id, f"undo-merge:{merge_id}", cid)
        session.flush()
        _reindex(session, ids)
        session.expire_all()
        return ids


def _edited_after(session: Session, keep_id: int, merge_id: int) -> dict[str, Any]:
    """The kept client's fields changed after the merge (by an edit, an import, another merge...),
    with their current values, as ``update_client`` takes them."""
    fields = set(session.scalars(select(ChangeLog.field).where(  # served by ix_change_log_client
        ChangeLog.client_id == keep_id, ChangeLog.id > merge_id, ChangeLog.source != f"merge:{merge_id}")))
    if not fields:
        return {}
    current = client_to_dict(session, keep_id, history=False)
    later: dict[str, Any] = {}
    for name in fields:
        if name.startswith("custom."):
            later[name] = current["custom"].get(name[len("custom."):], "")
        elif name in _EDITABLE and name in current:
            later[name] = current[name]
    return later


def _restore_rows(session: Session, image: Mapping[str, Any], keep_id: int) -> None:
    """Write the before-image back: the kept client's row and lists, the merged clients with their ids."""
    clients = t.Client.__table__
    for model in (t.Phone, t.Email, t.Tag, t.CustomValue):
        session.execute(delete(model).where(model.client_id == keep_id))
    for model in _MOVED:
        moved_ids = [r["id"] for r in image[model.__table__.name]]
        if moved_ids:
            session.execute(delete(model).where(model.id.in_(moved_ids), model.client_id == keep_id))
    for raw in image["clients"]:
        row = _decode(clients, raw)
        if row["id"] == keep_id:
            session.execute(update(clients).where(clients.c.id == keep_id).values(
                **{k: v for k, v in row.items() if k != "id"}))
        else:
            session.execute(insert(clients).values(**row))
    for model in _CHILD_TABLES:
        table = model.__table__
        rows = [_decode(table, r) for r in image[table.name]]
        if not rows:
            continue
        if "id" in table.c:
            # A row id freed by the merge may have been reused since; such a row gets a new id.
            taken = set(session.scalars(select(table.c.id).where(table.c.id.in_([r["id"] for r in rows]))))
            rows = [{k: v for k, v in r.items() if k != "id"} if r["id"] in taken else r for r in rows]
        for row in rows:
            session.execute(insert(table).values(**row))
    for cid, company_id in image["company_refs"]:
        session.execute(update(clients).where(clients.c.id == cid).values(company_id=company_id))


# ---------------------------------------------------------------------------- side by side
def merge_preview(reg: Register, client_ids: Iterable[int]) -> dict[str, Any]:
    """What the side-by-side merge view shows: the clients, and per chosen field the values and default.

    ``fields`` lists every chosen field with ``values`` ({client id: value}), ``default`` (client id)
    and ``differs``; the first id is the suggested client to keep (the most complete one).
    """
    ids = list(dict.fromkeys(client_ids))
    if len(ids) < 2:
        raise UserError("Choose at least two clients to merge.")
    with reg.session() as session:
        clients = {cid: client_to_dict(session, cid, history=False) for cid in ids}
    keep_id = max(ids, key=lambda cid: (_completeness(clients[cid]), -ids.index(cid)))
    others = [cid for cid in ids if cid != keep_id]
    flat = {cid: {f: c.get(f) for f in CHOSEN_FIELDS} for cid, c in clients.items()}
    for cid, c in clients.items():
        for field in t.CONSENT_FIELDS:
            flat[cid][field] = c[field]
    defaults = default_choices(flat, keep_id, others)
    fields = [
        {"field": f, "values": {cid: flat[cid][f] for cid in ids}, "default": defaults[f],
         "differs": len({json.dumps(flat[cid][f], default=str) for cid in ids}) > 1}
        for f in CHOSEN_FIELDS
    ]
    return {"keep": keep_id, "ids": [keep_id, *others], "clients": [clients[c] for c in [keep_id, *others]],
            "fields": fields, "combined": list(COMBINED_FIELDS)}


def _completeness(client: Mapping[str, Any]) -> int:
    filled = sum(1 for f in CHOSEN_FIELDS if _filled(f, client.get(f)))
    return filled + len(client["phones"]) + len(client["emails"]) + len(client["purchases"])

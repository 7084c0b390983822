"""The completeness and hygiene report: what is missing or wrong, each one click from its list.

Every line of the report carries the query (DESIGN section 5) that lists exactly the clients it
counts, so the Data quality view opens the filtered table with that text and the command line can
``kartoteka list "invalid:phone"``. Counts are computed in one pass of set-based SQL over the narrow
``clients`` table (plus existence checks on phones, emails and tags), not per client in Python.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import and_, case, exists, func, or_, select
from sqlalchemy.sql.elements import ColumnElement

from models.tables import CONSENT_CHANNELS, Client, Email, Phone, Tag
from storage.register import Register

STALE_DAYS = 365
# Fields whose fill rate is reported, in the order of DESIGN section 4.
REPORT_FIELDS = (
    "first_name", "last_name", "middle_name", "company", "job_title", "phone", "email", "street", "city",
    "district", "region", "postcode", "country", "birth_date", "gender", "source", "tags",
)


def _present(field: str) -> ColumnElement[bool]:
    """The SQL of ``has:FIELD`` for the report's fields (the same rule as the query language)."""
    if field == "phone":
        return exists().where(Phone.client_id == Client.id)
    if field == "email":
        return exists().where(Email.client_id == Client.id)
    if field == "tags":
        return exists().where(Tag.client_id == Client.id)
    column = getattr(Client, field)
    if field == "birth_date":
        return column.is_not(None)
    if field == "gender":
        return and_(column.is_not(None), column != "unknown", column != "")
    return and_(column.is_not(None), column != "")


def _count(condition: ColumnElement[bool]) -> Any:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def quality_report(reg: Register, *, stale_days: int = STALE_DAYS, today: dt.date | None = None) -> dict:
    """Fill rate per field and the hygiene problems, each with ``count`` and the ``query`` that lists them.

    Shape (stable, also the ``report --format json`` output)::

        {"clients": N, "stale_days": 365,
         "fields": [{"field", "filled", "missing", "rate", "query"}...],   # query lists the missing ones
         "problems": [{"key", "label", "count", "query"}...]}
    """
    today = today or dt.date.today()
    cutoff = today - dt.timedelta(days=stale_days)
    problems = [
        ("invalid_phone", "phones that could not be read", Client.invalid_phone.is_(True), "invalid:phone"),
        ("invalid_email", "e-mail addresses that are not valid", Client.invalid_email.is_(True), "invalid:email"),
        ("no_phone_no_email", "clients with neither phone nor e-mail",
         and_(~_present("phone"), ~_present("email")), "no:phone no:email"),
    ]
    for channel in CONSENT_CHANNELS:
        column = getattr(Client, f"consent_{channel}")
        problems.append((f"no_consent_{channel}", f"clients without {channel} consent",
                         or_(column.is_(None), column != "granted"), f"-consent_{channel}:granted"))
    problems += [
        ("withdrawn_email", "withdrew e-mail consent (keep them off mailings)",
         Client.consent_email == "withdrawn", "consent_email:withdrawn"),
        ("stale_contact", f"no contact for more than {stale_days} days",
         Client.last_contact < cutoff, f"last_contact:<{cutoff.isoformat()}"),
        ("never_contacted", "no purchase or contact recorded", Client.last_contact.is_(None), "no:last_contact"),
    ]
    columns = [func.count().label("clients")]
    columns += [_count(_present(f)).label(f) for f in REPORT_FIELDS]
    columns += [_count(cond).label(key) for key, _, cond, _ in problems]
    with reg.session() as session:
        row = session.execute(select(*columns).select_from(Client)).mappings().one()
    total = row["clients"]
    fields = [
        {"field": f, "filled": row[f], "missing": total - row[f],
         "rate": round(row[f] / total, 4) if total else 0.0, "query": f"no:{f}"}
        for f in REPORT_FIELDS
    ]
    return {
        "clients": total,
        "stale_days": stale_days,
        "fields": fields,
        "problems": [{"key": key, "label": label, "count": row[key], "query": query}
                     for key, label, _, query in problems],
    }

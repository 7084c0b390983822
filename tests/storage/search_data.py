"""A small register of realistic clients (Polish, Russian, Ukrainian) for the search and query tests.

``make_engine()`` gives an in-memory SQLCipher database (no key: plain SQLite with FTS5 trigram) with
the schema, the search index and the SQL functions; ``add_client`` inserts one client with Core and
keeps the purchase aggregates as ``app.records`` would.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlcipher3
from sqlalchemy import Connection, Engine, create_engine, event, insert
from sqlalchemy.pool import StaticPool

from models.tables import Base, Client, CustomValue, Email, Phone, Purchase, Tag
from storage.search import create_search_schema, index_clients, install_sql_functions

TODAY = dt.date(2026, 11, 22)


def make_engine() -> Engine:
    engine = create_engine("sqlite://", module=sqlcipher3, poolclass=StaticPool)
    event.listen(engine, "connect", lambda dbapi, _record: install_sql_functions(dbapi))
    Base.metadata.create_all(engine)
    with engine.begin() as conn:
        create_search_schema(conn)
    return engine


def add_client(
    conn: Connection,
    *,
    phones: list[tuple[str, str]] = (),
    emails: list[str] = (),
    tags: list[str] = (),
    purchases: list[tuple[dt.date, int, str]] = (),
    custom: dict[str, str] | None = None,
    index: bool = True,
    **fields: Any,
) -> int:
    """Insert a client (``purchases`` as (date, minor units, status)) and index it; returns its id."""
    paid = [p for p in purchases if p[2] == "paid"]
    row: dict[str, Any] = {
        "display_name": " ".join(v for v in (fields.get("first_name"), fields.get("last_name")) if v),
        "created": dt.datetime(2025, 5, 5, 12, 0),
        "updated": dt.datetime(2025, 5, 5, 12, 0),
        "total_spent": sum(p[1] for p in paid),
        "orders": len(paid),
        "first_purchase": min((p[0] for p in paid), default=None),
        "last_purchase": max((p[0] for p in paid), default=None),
        "primary_phone": phones[0][0] if phones else "",
        "primary_email": emails[0] if emails else "",
        "tags_text": ", ".join(tags),
    }
    row.update(fields)
    if row.get("birth_date"):
        row["birth_mmdd"] = row["birth_date"].month * 100 + row["birth_date"].day
    client_id = conn.execute(insert(Client).values(**row)).inserted_primary_key[0]
    for pos, (value, original) in enumerate(phones):
        conn.execute(insert(Phone).values(client_id=client_id, position=pos, value=value, original=original))
    for pos, value in enumerate(emails):
        conn.execute(insert(Email).values(client_id=client_id, position=pos, value=value, original=value,
                                          key=value.lower()))
    for tag in tags:
        conn.execute(insert(Tag).values(client_id=client_id, tag=tag))
    for date, amount, status in purchases:
        conn.execute(insert(Purchase).values(client_id=client_id, date=date, amount=amount, status=status))
    for name, value in (custom or {}).items():
        conn.execute(insert(CustomValue).values(client_id=client_id, name=name, value=value))
    if index:
        index_clients(conn, [client_id])
    return client_id


def d(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def populate(conn: Connection) -> dict[str, int]:
    """The shared cast; returns ids by a short key."""
    ids = {}
    ids["semen"] = add_client(
        conn, first_name="Семён", last_name="ИВАНОВ", city="Москва", gender="male", notes="звонить вечером",
        phones=[("+79161234567", "8 (916) 123-45-67")], emails=["semen.ivanov@mail.ru"], tags=["vip"],
        consent_sms="granted", source="targi", channel="phone", segment="vip",
    )
    ids["anna"] = add_client(
        conn, first_name="Anna", last_name="Kowalska", city="Łódź", district="Bałuty", postcode="90-001",
        gender="female", phones=[("+48601234567", "+48 601 234 567")], emails=["anna@kowalska.pl"],
        purchases=[(d("2026-11-10"), 30000, "paid"), (d("2026-11-15"), 25000, "paid"),
                   (d("2025-01-10"), 10000, "paid"), (d("2026-11-16"), 99900, "cancelled")],
        birth_date=d("1990-11-25"), consent_email="granted", segment="active", job_title="Księgowa",
    )
    ids["kasia"] = add_client(
        conn, first_name="Katarzyna", last_name="Wiśniewska", city="Wrocław", gender="female",
        purchases=[(d("2026-11-01"), 40000, "paid"), (d("2026-01-01"), 80000, "paid")],
        segment="regular", tags=["blocked"], consent_email="withdrawn", street="ul. Świdnicka 5",
    )
    ids["piotr"] = add_client(
        conn, kind="company", first_name="Piotr", last_name="Zieliński", company="Piekarnia Zieliński",
        city="Nowy Sącz", postcode="02-495", gender="male", emails=["piotr@piekarnia.pl"],
        custom={"loyalty": "Gold", "card": "00123"}, birth_date=d("1985-12-30"),
        created=dt.datetime(2024, 3, 15, 9, 30), region="małopolskie", country="Polska",
    )
    ids["oksana"] = add_client(
        conn, first_name="Оксана", last_name="Шевченко", city="Київ", gender="female",
        phones=[("+380671234500", "067 123 45 00")], tags=["vip", "hurt"], invalid_email=True,
        birth_date=d("1992-01-02"), created=dt.datetime(2024, 6, 30, 23, 0), contact_time="wieczorem",
    )
    ids["jan"] = add_client(
        conn, first_name="Jan", last_name="Nowak", city="Kraków", district="Mokotów", gender="male",
        purchases=[(d("2024-05-01"), 5000, "paid")], created=dt.datetime(2024, 7, 1, 0, 0),
        invalid_phone=True, phones=[("12", "12")],
    )
    ids["zofia"] = add_client(
        conn, first_name="Zofia", last_name="Łęcka", city="Kraków", district="Podgórze",
        phones=[("+48601234999", "601-234-999")], emails=["zofia.lecka@gmail.com"], notes='Mówi "pani Zosia"',
    )
    return ids

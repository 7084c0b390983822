"""storage.bulk.prepare_insert_rows: constant columns become SQL literals, and the rows read back unchanged."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    Integer,
    MetaData,
    String,
    Table,
    create_engine,
    event,
    select,
)

from storage.bulk import literal, prepare_insert_rows


def insert_rows(conn, table, rows):
    conn.exec_driver_sql(*prepare_insert_rows(table, rows))


metadata = MetaData()
THINGS = Table(
    "things", metadata,
    Column("id", Integer, primary_key=True), Column("name", String), Column("note", String),
    Column("amount", Float), Column("flag", Boolean), Column("day", Date), Column("at", DateTime),
)


@pytest.fixture
def conn():
    engine = create_engine("sqlite://")
    metadata.create_all(engine)
    with engine.begin() as connection:
        yield connection
    engine.dispose()


def _statements(conn) -> list[str]:
    """The INSERT statements sent to the driver from now on."""
    seen: list[str] = []
    event.listen(conn, "before_cursor_execute",
                 lambda c, cur, statement, *a: seen.append(statement) if statement.startswith("INSERT") else None)
    return seen


@pytest.mark.parametrize("value", [
    "O'Brien", "'; DROP TABLE things; --", "Łódź", "", "a\nb", "\\", 0, -7, 2**62, 1.5, -0.0, None,
])
def test_a_constant_default_is_inlined_and_reads_back_exactly(value):
    """A column holding its own default (or NULL, or "") in every row is written as a literal, however
    its text is quoted."""
    text = isinstance(value, str) or value is None
    things = Table("things", MetaData(), Column("id", Integer, primary_key=True), Column("name", String),
                   Column("note", String, default=value if text else "x"),
                   Column("amount", Float, default=1.0 if text else value))
    engine = create_engine("sqlite://")
    things.metadata.create_all(engine)
    with engine.begin() as conn:
        seen = _statements(conn)
        rows = [{"id": i, "name": f"n{i}", "note": value if text else "x", "amount": 1.0 if text else value}
                for i in range(1, 4)]
        insert_rows(conn, things, rows)
        got = conn.execute(select(things.c.id, things.c.name, things.c.note, things.c.amount)).all()
    engine.dispose()
    assert [tuple(r) for r in got] == [(r["id"], r["name"], r["note"], r["amount"]) for r in rows]
    assert seen[-1].count("?") == 2  # id and name vary; note and amount are literals


def test_client_data_stays_bound_even_when_every_row_has_it(conn):
    """Statement text escapes the engine's hide_parameters: a surname shared by a whole chunk must not
    appear in it."""
    rows = [{"id": i, "name": "Kowalska", "note": "ul. Piotrkowska 1", "amount": 99.5} for i in (1, 2, 3)]
    seen = _statements(conn)
    insert_rows(conn, THINGS, rows)
    assert seen[-1].count("?") == 4
    assert "Kowalska" not in seen[-1] and "Piotrkowska" not in seen[-1] and "99.5" not in seen[-1]
    assert conn.execute(select(THINGS.c.name)).scalars().all() == ["Kowalska"] * 3


def test_values_that_cannot_be_literals_stay_bound(conn):
    rows = [{"id": i, "name": "nul\x00inside", "amount": float("nan")} for i in (1, 2)]
    seen = _statements(conn)
    insert_rows(conn, THINGS, rows)
    assert seen[-1].count("?") == 3
    assert conn.execute(select(THINGS.c.name)).scalars().all() == ["nul\x00inside"] * 2
    assert literal(float("inf")) is None and literal(b"bytes") is None and literal(True) is None
    assert literal("nul\x00inside") is None


def test_equal_but_different_types_are_not_one_constant(conn):
    """0, 0.0 and False compare equal in Python; inlining one literal for all would change the stored types."""
    rows = [{"id": 1, "note": 0}, {"id": 2, "note": 0.0}, {"id": 3, "note": False}]
    insert_rows(conn, THINGS, rows)  # a text column keeps what it was given as text: "0", "0.0", "0"
    assert conn.exec_driver_sql("SELECT note FROM things ORDER BY id").scalars().all() == ["0", "0.0", "0"]


def test_dates_booleans_and_datetimes_are_stored_as_sqlalchemy_stores_them(conn):
    at = dt.datetime(2026, 11, 22, 15, 4, 5, 123)
    rows = [{"id": i, "name": "x", "flag": True, "day": dt.date(1980, 12, 31), "at": at} for i in (1, 2)]
    rows.append({"id": 3, "name": "y", "flag": False, "day": None, "at": at})
    insert_rows(conn, THINGS, rows)
    got = conn.execute(select(THINGS.c.flag, THINGS.c.day, THINGS.c.at).order_by(THINGS.c.id)).all()
    assert [tuple(r) for r in got] == [(True, dt.date(1980, 12, 31), at)] * 2 + [(False, None, at)]


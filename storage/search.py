"""The folded full-text index of clients (SQLite FTS5), and the text predicates of the query language.

All FTS5-specific SQL lives here (DESIGN section 2: a server edition replaces this module only).

Two tables, both one row per client and both written by ``index_clients`` in the caller's unit of work:

- ``client_search``: the folded search key, a narrow plain table (names, company, address, notes,
  contact time, channel, source, the client's e-mails and phone digits), every value folded with
  ``models.text.fold`` so ``lodz`` finds ``Łódź`` and ``семен`` finds ``Семён`` (SQLite's LIKE folds
  ASCII only; FTS5's unicode61 keeps ``ł`` and ``ё``).
- ``client_fts``: a contentless FTS5 index (``content=''``, ``contentless_delete=1``) with the trigram
  tokenizer over the same folded text, rowid = ``clients.id``. A trigram phrase is a substring test
  (``kow`` finds ``Nowakowska``) answered from the index alone.

A query term goes to the FTS index first; equality and prefix tests, and the single name parts
(which share the FTS ``name`` column), are then checked on the key rows of the few clients the index
returned. Terms of one or two characters are too short for trigrams and scan the narrow key table with
``instr``: correct, only slower. Custom fields are not indexed: they are scanned through the
``kfold`` SQL function that ``install_sql_functions`` registers on every connection.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, Integer, column, exists, func, or_, select, table
from sqlalchemy.sql.elements import ColumnElement

from models.query import CUSTOM_PREFIX
from models.tables import Client, CustomValue, Email, Phone, Tag
from models.text import digits, fold

FTS_TABLE = "client_fts"
KEY_TABLE = "client_search"
FTS_COLUMNS = (
    "name", "company", "email", "phone", "city", "street", "district", "region", "postcode",
    "country", "job_title", "notes", "tags",
)
# Columns that free text searches (DESIGN section 5); the phone column is searched with digits.
FREE_TEXT_COLUMNS = ("name", "company", "email", "city", "notes")
MIN_MATCH = 3  # a trigram needs three characters
BATCH = 1000
REBUILD_AT = 10_000  # re-indexing more clients than this, and most of the register: rebuild instead

_NAME_PARTS = ("first_name", "middle_name", "last_name", "display_name")
_FLAT = ("company", "job_title", "city", "street", "district", "region", "postcode", "country", "notes",
         "contact_time", "channel", "source")
# The folded search key: one narrow row per client. Short terms (< 3 characters) scan it with instr(),
# and equality/prefix checks read it for the few rows the FTS lookup returned: no Python per row.
_KEY_COLUMNS = (*_NAME_PARTS, *_FLAT, "email", "phone")
_LISTS = ("email", "phone")  # space-separated values inside one key column
_ENTRY_COLUMNS = (*_NAME_PARTS, *_FLAT)
_NAMES = len(_NAME_PARTS)

# ------------------------------------------------------------------------------------------ SQL setup


def _kfold(value: object) -> str:
    return fold(value if isinstance(value, str) else ("" if value is None else str(value)))


def _kdigits(value: object) -> str:
    return digits(value if isinstance(value, str) else ("" if value is None else str(value)))


def install_sql_functions(dbapi_connection: Any) -> None:
    """Register ``kfold(text)`` and ``kdigits(text)`` on a new DB-API connection (call on "connect")."""
    dbapi_connection.create_function("kfold", 1, _kfold, deterministic=True)
    dbapi_connection.create_function("kdigits", 1, _kdigits, deterministic=True)


def create_search_schema(connection: Connection) -> None:
    """Create the search key table and the FTS5 index (idempotent); part of the register's schema."""
    key_columns = ", ".join(f"{name} TEXT NOT NULL DEFAULT ''" for name in _KEY_COLUMNS)
    connection.exec_driver_sql(
        f"CREATE TABLE IF NOT EXISTS {KEY_TABLE} (id INTEGER PRIMARY KEY, {key_columns})"
    )
    connection.exec_driver_sql(
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5({', '.join(FTS_COLUMNS)}, content='', "
        "contentless_delete=1, tokenize='trigram')"
    )


# --------------------------------------------------------------------------------------------- indexing


_NOT_DIGITS = re.compile(r"[^0-9]+")


def _fold(value: str | None) -> str:
    """``models.text.fold`` (memoised there) with a fast path for plain ASCII: emails, postcodes, many
    names."""
    if value and value.isascii() and "`" not in value:
        return " ".join(value.lower().split())
    return fold(value)  # memoised in models.text


def _digits(value: str | None) -> str:
    return _NOT_DIGITS.sub("", value) if value else ""


def _substring_free(values: Iterable[str]) -> list[str]:
    """Values not contained in another one: the trigram index finds ``601234567`` inside
    ``48601234567`` anyway, so indexing both only costs space and time."""
    distinct = list(dict.fromkeys(v for v in values if v))
    return [v for v in distinct if not any(v != other and v in other for other in distinct)]


def _rows(connection: Connection, where: Callable[[Any], ColumnElement[bool]]) -> tuple[list[tuple], list[tuple]]:
    """(search key rows, FTS rows) of the clients selected by ``where(client_id_column)``, folded."""
    phones: dict[int, list[tuple[str, str]]] = defaultdict(list)
    emails: dict[int, list[tuple[str, str]]] = defaultdict(list)
    tags: dict[int, list[str]] = defaultdict(list)
    for client_id, value, original in connection.execute(
        select(Phone.client_id, Phone.value, Phone.original).where(where(Phone.client_id))
    ).all():
        phones[client_id].append((value, original))
    for client_id, value, original in connection.execute(
        select(Email.client_id, Email.value, Email.original).where(where(Email.client_id))
    ).all():
        emails[client_id].append((value, original))
    for client_id, tag in connection.execute(select(Tag.client_id, Tag.tag).where(where(Tag.client_id))).all():
        tags[client_id].append(tag)
    keys, docs = [], []
    columns = [getattr(Client, name) for name in (*_NAME_PARTS, *_FLAT)]
    for client_id, *values in connection.execute(select(Client.id, *columns).where(where(Client.id))).all():
        key, doc = _entry(client_id, values, phones.get(client_id, ()), emails.get(client_id, ()),
                          tags.get(client_id, ()))
        keys.append(key)
        docs.append(doc)
    return keys, docs


def _distinct(values: list[str]) -> list[str]:
    """Non-empty values without repeats, in first-seen order (most lists here have one value)."""
    if len(values) == 1:
        return values if values[0] else []
    return [v for v in dict.fromkeys(values) if v]


def _entry(client_id: int, values: Sequence[str | None], phones: Iterable[tuple[str, str]],
           emails: Iterable[tuple[str, str]], tags: Iterable[str]) -> tuple[tuple, tuple]:
    """The (search key row, FTS row) of one client: ``values`` in ``_NAME_PARTS + _FLAT`` order,
    phones and e-mails as (value, original) pairs."""
    key = [_fold(value) if value else "" for value in values]
    numbers: list[str] = []
    for value, original in phones:
        numbers.append(_digits(value))
        numbers.append(_digits(original))
    numbers = _distinct(numbers)
    folded: list[str] = []
    for value, original in emails:
        folded.append(_fold(value))
        if original != value:
            folded.append(_fold(original))
    email = " ".join(_distinct(folded))
    phone_key = " ".join(numbers)
    return ((client_id, *key, email, phone_key),
            (client_id, " ".join(_distinct(key[:_NAMES])), *[key[i] for i in _FTS_FLAT_AT], email,
             phone_key if len(numbers) < 2 else " ".join(_substring_free(numbers)),
             " ".join(sorted(_distinct([_fold(tag) for tag in tags])))))  # sorted: as the table reads back


# FTS columns in insert order: name, the flat ones, email, phone, tags.
_FTS_FLAT = tuple(c for c in FTS_COLUMNS if c not in ("name", "email", "phone", "tags"))
_FTS_FLAT_AT = [len(_NAME_PARTS) + _FLAT.index(c) for c in _FTS_FLAT]  # their places in a key row
_INSERT_FTS = (
    f"INSERT INTO {FTS_TABLE}(rowid, name, {', '.join(_FTS_FLAT)}, email, phone, tags) "
    f"VALUES ({', '.join('?' * (len(FTS_COLUMNS) + 1))})"
)
_INSERT_KEY = (
    f"INSERT OR REPLACE INTO {KEY_TABLE}(id, {', '.join(_KEY_COLUMNS)}) "
    f"VALUES ({', '.join('?' * (len(_KEY_COLUMNS) + 1))})"
)


# FTS5 keeps new index entries in memory until they pass ``hashsize`` (default 1 MB), then writes a
# segment and merges segments as it goes. 16 MB writes fewer, larger segments: 100k clients index in
# 1.35 s instead of 2.2 s (measured on the same rows); it bounds memory, not the index's size.
FTS_HASHSIZE = 16 * 2**20
BULK = 2000  # writing at least this many rows at once raises hashsize first


def _bulk_hashsize(connection: Connection) -> None:
    """Set the larger pending-data size once (a persistent FTS5 setting; a no-op when already set)."""
    current = connection.exec_driver_sql(f"SELECT v FROM {FTS_TABLE}_config WHERE k = 'hashsize'").scalar()
    if current != FTS_HASHSIZE:
        connection.exec_driver_sql(
            f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rank) VALUES ('hashsize', {FTS_HASHSIZE})")


def _write(connection: Connection, keys: list[tuple], docs: list[tuple]) -> None:
    if len(docs) >= BULK:
        _bulk_hashsize(connection)
    if keys:
        connection.exec_driver_sql(_INSERT_KEY, keys)
        connection.exec_driver_sql(_INSERT_FTS, docs)


def _chunks(ids: Sequence[int], size: int) -> Iterable[list[int]]:
    for start in range(0, len(ids), size):
        yield list(ids[start:start + size])


def _indexed(connection: Connection, ids: Sequence[int]) -> list[int]:
    """Those of ``ids`` that are in the index now."""
    present: list[int] = []
    for chunk in _chunks(ids, BATCH):
        listed = ", ".join(str(int(i)) for i in chunk)
        present += [row[0] for row in connection.exec_driver_sql(f"SELECT id FROM {KEY_TABLE} WHERE id IN ({listed})")]
    return present


def _most_of_a_large_index(connection: Connection, present: Sequence[int]) -> bool:
    """Whether ``present`` is most of a large index: then writing the index again costs less than
    deleting FTS5 rows one by one."""
    if len(present) <= REBUILD_AT:
        return False
    return len(present) * 2 > connection.exec_driver_sql(f"SELECT count(*) FROM {KEY_TABLE}").scalar()


def _empty_index(connection: Connection) -> None:
    connection.exec_driver_sql(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('delete-all')")
    connection.exec_driver_sql(f"DELETE FROM {KEY_TABLE}")


def remove_clients(connection: Connection, client_ids: Iterable[int]) -> None:
    """Drop the search rows of these clients (deleted ones, or before re-indexing).

    Only ids that are indexed are deleted from FTS5: a delete there costs far more than the lookup,
    and new clients (an import) have nothing to delete. Removing most of a large index (undoing a big
    import) empties it and indexes the rest again instead: deleting 100k FTS5 rows one by one took 28 s."""
    present = _indexed(connection, sorted(set(client_ids)))
    if _most_of_a_large_index(connection, present):
        gone = set(present)
        indexed = [row[0] for row in connection.exec_driver_sql(f"SELECT id FROM {KEY_TABLE} ORDER BY id")]
        _empty_index(connection)
        for chunk in _chunks([i for i in indexed if i not in gone], BATCH * 5):
            _write(connection, *_rows(connection, _selector(chunk)))
        return
    _delete_indexed(connection, present)


def _delete_indexed(connection: Connection, present: Sequence[int]) -> None:
    """Delete the search rows of these ids, all of them known to be indexed."""
    for chunk in _chunks(present, BATCH):
        listed = ", ".join(str(i) for i in chunk)
        connection.exec_driver_sql(f"DELETE FROM {FTS_TABLE} WHERE rowid IN ({listed})")
        connection.exec_driver_sql(f"DELETE FROM {KEY_TABLE} WHERE id IN ({listed})")


def _selector(chunk: list[int]) -> Callable[[Any], ColumnElement[bool]]:
    """A WHERE on a client id column for a sorted chunk: a range when the ids are consecutive
    (new clients of an import), else an IN list."""
    if chunk[-1] - chunk[0] + 1 == len(chunk):
        return lambda column: column.between(chunk[0], chunk[-1])
    return lambda column: column.in_(chunk)


def index_clients(connection: Connection, client_ids: Iterable[int]) -> None:
    """Re-index these clients from the tables, in the unit of work that changed them.

    Ids of clients that no longer exist are simply removed from the index. Re-indexing most of a
    large register (an import that updates nearly everyone) rebuilds the index instead: deleting
    FTS5 rows one by one costs more than writing the index again."""
    ids = sorted(set(client_ids))
    present = _indexed(connection, ids)
    if _most_of_a_large_index(connection, present):
        rebuild_index(connection)
        return
    _delete_indexed(connection, present)
    for chunk in _chunks(ids, BATCH * 5):
        _write(connection, *_rows(connection, _selector(chunk)))


def new_entries(clients: Iterable[tuple[int, Mapping[str, Any], Sequence[Mapping[str, Any]],
                                        Sequence[Mapping[str, Any]], Sequence[str]]]) -> tuple[list[tuple], list[tuple]]:
    """The (search key rows, FTS rows) of clients just inserted, from the values in hand: (id, client
    columns, phones, e-mails (dicts with ``value`` and ``original``), tags) each.

    The same rows ``index_clients`` builds by reading clients back (a test holds the two equal); an
    import spent a quarter of its time re-reading and folding what it had just written otherwise. Needs
    no connection, so a bulk writer can fold in one process and write in another (app.offload)."""
    keys: list[tuple] = []
    docs: list[tuple] = []
    for client_id, row, phones, emails, tags in clients:
        key, doc = _entry(client_id, [row.get(name) for name in _ENTRY_COLUMNS],
                          [(p["value"], p["original"]) for p in phones],
                          [(e["value"], e["original"]) for e in emails], tags)
        keys.append(key)
        docs.append(doc)
    return keys, docs


def write_new_entries(connection: Connection, keys: list[tuple], docs: list[tuple]) -> None:
    """Write what :func:`new_entries` built."""
    if not keys:
        return
    remove_clients(connection, [key[0] for key in keys])  # ids are new; a cheap lookup that guards a reused id
    _write(connection, keys, docs)


def rebuild_index(connection: Connection) -> int:
    """Index every client again from scratch (after an import, a restore or a migration); returns the count."""
    _empty_index(connection)
    ids = list(connection.execute(select(Client.id).order_by(Client.id)).scalars())
    for chunk in _chunks(ids, BATCH * 5):
        low, high = chunk[0], chunk[-1]
        _write(connection, *_rows(connection, lambda column, low=low, high=high: column.between(low, high)))
    connection.exec_driver_sql(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('optimize')")
    return len(ids)


# ------------------------------------------------------------------------------------- text predicates

_FTS = table(FTS_TABLE, column("rowid", Integer), column(FTS_TABLE))
_KEY = table(KEY_TABLE, column("id", Integer), *(column(name) for name in _KEY_COLUMNS))
Check = Callable[[Any], ColumnElement[bool]]


def _phrase(value: str) -> str:
    return '"' + value.replace('"', '""') + '"'


def _column_filter(columns: Sequence[str], value: str) -> str:
    target = columns[0] if len(columns) == 1 else "{" + " ".join(columns) + "}"
    return f"{target} : {_phrase(value)}"


def _fts_rowids(expression: str) -> Any:
    return select(_FTS.c.rowid).where(_FTS.c[FTS_TABLE].op("MATCH")(expression))


def _test(mode: str, value: str, *, listed: bool) -> Check:
    """A folded-text test; ``listed`` columns hold space-separated values (emails, phone digits)."""
    if mode == "contains":
        return lambda expr: func.instr(expr, value) > 0
    if mode == "equals":
        if listed:
            return lambda expr: func.instr(" " + expr + " ", f" {value} ") > 0
        return lambda expr: expr == value
    if listed:
        return lambda expr: func.instr(" " + expr, f" {value}") > 0
    return lambda expr: func.substr(expr, 1, len(value)) == value


def _key_exists(test: ColumnElement[bool]) -> ColumnElement[bool]:
    """A scan of the key table, correlated to the client: when the caller walks the name index for a
    short, common term, SQLite checks rows as it goes and stops after a page of matches."""
    return exists().where(_KEY.c.id == Client.id, test)


def _key_check(field: str, mode: str, value: str) -> ColumnElement[bool]:
    """The exact test of a field on the search key table (name = any of its parts)."""
    if field == "name":
        return or_(*(_test(mode, value, listed=False)(_KEY.c[part]) for part in _NAME_PARTS))
    return _test(mode, value, listed=field in _LISTS)(_KEY.c[field])


def _custom(field: str, mode: str, value: str) -> ColumnElement[bool]:
    """Custom fields are not in the key table: a scan of that field's values, folded by ``kfold``."""
    return exists().where(
        CustomValue.client_id == Client.id,
        CustomValue.name == field[len(CUSTOM_PREFIX):],
        _test(mode, value, listed=False)(func.kfold(CustomValue.value)),
    )


def _fts_column(field: str) -> str | None:
    """The FTS column that holds this field (a superset for single name parts), if any."""
    if field in _NAME_PARTS:
        return "name"
    return field if field in FTS_COLUMNS else None


class FtsTextSearch:
    """``models.query.TextSearch`` over the FTS5 index and the folded key: MATCH first, then the exact
    test only on the rows the index returned; terms too short for trigrams scan the narrow key table."""

    def contains(self, field: str, text: str) -> ColumnElement[bool]:
        return self._predicate(field, "contains", text)

    def equals(self, field: str, text: str) -> ColumnElement[bool]:
        return self._predicate(field, "equals", text)

    def prefix(self, field: str, text: str) -> ColumnElement[bool]:
        return self._predicate(field, "prefix", text)

    def _predicate(self, field: str, mode: str, text: str) -> ColumnElement[bool]:
        if field.startswith(CUSTOM_PREFIX):
            return _custom(field, mode, text)
        fts_column = _fts_column(field)
        if fts_column is None or len(text) < MIN_MATCH:
            return _key_exists(_key_check(field, mode, text))
        found = _fts_rowids(_column_filter([fts_column], text))
        if mode == "contains" and fts_column == field:
            return Client.id.in_(found)  # a trigram phrase already is a substring test
        return Client.id.in_(select(_KEY.c.id).where(_KEY.c.id.in_(found), _key_check(field, mode, text)))

    def anywhere(self, text: str, phone_digits: str) -> ColumnElement[bool]:
        expressions: list[str] = []
        scans: list[ColumnElement[bool]] = []
        if len(text) >= MIN_MATCH:
            expressions.append(_column_filter(FREE_TEXT_COLUMNS, text))
        else:
            scans += [_key_check(field, "contains", text) for field in FREE_TEXT_COLUMNS]
        if len(phone_digits) >= MIN_MATCH:
            expressions.append(_column_filter(["phone"], phone_digits))
        elif phone_digits:
            scans.append(_key_check("phone", "contains", phone_digits))
        parts = [Client.id.in_(_fts_rowids(" OR ".join(expressions)))] if expressions else []
        if scans:
            parts.append(_key_exists(or_(*scans)))
        return or_(*parts)

"""Querying clients: the search box, saved filters, ``kartoteka list`` and exports share these functions.

The language lives in ``models.query``; the register's full-text index in ``storage.search``. This module
ties them together and pages rows for the table view without ever loading every client.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Select, func, literal_column, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from models.query import And, Everything, Not, Or, QueryError, Term, compile_query, parse
from models.tables import Client
from storage.search import MIN_MATCH, FtsTextSearch

__all__ = ["SORT_ALIASES", "QueryError", "client_filter", "count", "page_rows", "search_ids", "sort_fields"]

SORT_ALIASES = {
    "name": "display_name",
    "spent": "total_spent",
    "phone": "primary_phone",
    "email": "primary_email",
    "tags": "tags_text",
    "tag": "tags_text",
}
_SEARCH = FtsTextSearch()


def sort_fields() -> list[str]:
    """Column names accepted by ``sort`` and ``columns`` (plus the aliases of SORT_ALIASES)."""
    return [column.key for column in Client.__table__.columns]


def _column(name: str) -> Any:
    key = SORT_ALIASES.get(name, name)
    if key not in Client.__table__.columns:
        raise QueryError(f"cannot sort or show by {name!r}; use one of: " + ", ".join(sort_fields()))
    return Client.__table__.columns[key]


def client_filter(query_text: str, *, today: dt.date | None = None) -> ColumnElement[bool]:
    """The WHERE clause over ``clients`` for a query; raises QueryError (with a position) when malformed."""
    return compile_query(parse(query_text), _SEARCH, today=today)


def _leaves(node: Any) -> list[Term]:
    if isinstance(node, Term):
        return [node]
    if isinstance(node, Not):
        return _leaves(node.child)
    if isinstance(node, (And, Or)):
        return [leaf for child in node.children for leaf in _leaves(child)]
    return []


def _dense(node: Any) -> bool:
    """True for a query of only one- or two-letter free text (what the first keystrokes type).

    Such terms match a large share of clients and cannot use the trigram index, so the first page is
    cheapest by walking the name index and stopping after a page of matches (a few hundred rows),
    rather than scanning every key and sorting tens of thousands of matches (~220 ms at 100k).
    """
    leaves = _leaves(node)
    return bool(leaves) and all(t.field is None and len(t.value.strip()) < MIN_MATCH for t in leaves)


def _filtered(statement: Select[Any], query_text: str, today: dt.date | None) -> tuple[Select[Any], bool]:
    """The statement with the query's WHERE clause, and whether the sort must not walk its index."""
    node = parse(query_text)
    walk_index = isinstance(node, Everything) or _dense(node)
    return statement.where(compile_query(node, _SEARCH, today=today)), not walk_index


def _ordered(statement: Select[Any], sort: str, descending: bool, unindexed: bool) -> Select[Any]:
    """Sort by one column, then id for a stable page order.

    With a filter the matching rows are sorted after filtering (a top-N sort for the page):
    ``+column`` stops SQLite from walking the column's index and decrypting rows in random order until
    a page of matches is found (7.5 s at 1M clients for a text filter, DESIGN section 2)."""
    column = _column(sort)
    if column.name == "display_name":
        column = Client.__table__.columns["sort_name"]  # folded: Łęcka sorts with the Ls, not after Z
    key = literal_column(f"+{Client.__table__.name}.{column.name}") if unindexed else column
    key_id = Client.id
    if descending:
        return statement.order_by(key.desc(), key_id.desc())
    return statement.order_by(key, key_id)


def search_ids(
    session: Session,
    query_text: str,
    *,
    sort: str = "display_name",
    descending: bool = False,
    limit: int | None = 200,
    offset: int = 0,
    today: dt.date | None = None,
) -> list[int]:
    """Ids of the matching clients in the given order (``limit=None`` for all of them)."""
    return [row[0] for row in page_rows(session, query_text, ["id"], sort, descending, limit, offset, today=today)]


def count(session: Session, query_text: str, *, today: dt.date | None = None) -> int:
    """How many clients match."""
    statement, _ = _filtered(select(func.count()).select_from(Client), query_text, today)
    return int(session.execute(statement).scalar_one())


def page_rows(
    session: Session,
    query_text: str,
    columns: Sequence[str],
    sort: str = "display_name",
    descending: bool = False,
    limit: int | None = 200,
    offset: int = 0,
    *,
    today: dt.date | None = None,
) -> list[tuple[Any, ...]]:
    """One page of the table view: tuples of ``columns`` (Client column names or SORT_ALIASES; include
    ``id`` to identify the rows) for the matching clients, sorted by ``sort``."""
    selected = [_column(name) for name in columns]
    statement, filtered = _filtered(select(*selected), query_text, today)
    statement = _ordered(statement, sort, descending, filtered).offset(offset or None)
    if limit is not None:
        statement = statement.limit(limit)
    return [tuple(row) for row in session.execute(statement)]

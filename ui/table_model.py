"""The client table: a model that pages rows from SQL on demand and never holds every client.

Why paging and not a proxy model: a QSortFilterProxyModel over 100k rows takes seconds per keystroke,
while reading one 200-row page through the FTS5 index answers in tens of milliseconds. A new query
reads its first page at once and shows it; when the page is full, the exact count follows from a worker
and the row count grows to it (so the scroll bar is honest). A narrow search needs no count at all.
Other pages are read the first time the view asks for one of their rows; a small LRU of pages bounds
memory. Rows are plain tuples (id first), never ORM objects; sorting is an ORDER BY in SQL.

``data()`` runs for every visible cell on every repaint, so the role enums are cached at module level:
an unscoped ``Qt.DisplayRole`` lookup costs ~14 us in PySide6, a cached scoped one ~0.03 us.
"""

from __future__ import annotations

import sys
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from app import query as client_query
from app.query import QueryError
from app.session import KartotekaError
from models.phones import format_phone
from ui import formats, workers

PAGE_SIZE = 200
MAX_PAGES = 24  # ~5k rows in memory at most

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_HORIZONTAL = Qt.Orientation.Horizontal
ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1  # the client id of a row
SORT_KEY_ROLE = int(Qt.ItemDataRole.UserRole) + 2  # the raw value (for tests and copy)
_HANDLED_ROLES = frozenset({_DISPLAY, _TOOLTIP, _ALIGN, ID_ROLE, SORT_KEY_ROLE})
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
_NO_FLAGS = Qt.ItemFlag.NoItemFlags


def _tr(text: str) -> str:
    return QCoreApplication.translate("ClientTableModel", text)


@dataclass(frozen=True, slots=True)
class Column:
    """One column the table can show: the SQL column, its header and how a value is written."""

    key: str
    title: str
    kind: str = "text"  # text | phone | money | count | date | segment
    default: bool = True


def columns() -> list[Column]:
    """Every column the chooser offers, in default order (titles translated at call time)."""
    return [
        Column("display_name", _tr("Name")),
        Column("primary_phone", _tr("Phone"), "phone"),
        Column("primary_email", _tr("Email")),
        Column("city", _tr("City")),
        Column("segment", _tr("Segment"), "segment"),
        Column("tags_text", _tr("Tags"), default=False),  # the sidebar lists them; room for the rest
        Column("total_spent", _tr("Spent"), "money"),
        Column("orders", _tr("Orders"), "count"),
        Column("last_purchase", _tr("Last purchase"), "date"),
        Column("company", _tr("Company"), default=False),
        Column("job_title", _tr("Job title"), default=False),
        Column("district", _tr("District"), default=False),
        Column("postcode", _tr("Postcode"), default=False),
        Column("street", _tr("Street"), default=False),
        Column("country", _tr("Country"), default=False),
        Column("source", _tr("Source"), default=False),
        Column("birth_date", _tr("Birth date"), "date", default=False),
        Column("created", _tr("Added"), "date", default=False),
        Column("updated", _tr("Changed"), "date", default=False),
    ]


def segment_title(segment: str) -> str:
    """The translated name of a segment (the register stores the English key)."""
    return {
        "potential": _tr("Potential"),
        "one-time": _tr("One-time"),
        "active": _tr("Active"),
        "regular": _tr("Regular"),
        "vip": _tr("VIP"),
        "lost": _tr("Lost"),
    }.get(segment, segment)


def format_money(minor: int | None) -> str:
    """Minor units as the user's locale writes money ("1 234,50" in Polish, "1,234.50" in English), no
    currency: one per register."""
    return formats.money_minor(minor)


def _format(kind: str, value: Any) -> str:
    if value is None or value == "":
        return ""
    if kind == "money":
        return format_money(value)
    if kind == "date":
        return formats.date(value)
    if kind == "segment":
        return segment_title(str(value))
    if kind == "count":
        return str(value) if value else ""
    if kind == "phone":
        return _phone_text(str(value))
    return str(value)


@lru_cache(maxsize=4096)
def _phone_text(value: str) -> str:
    """``+48 601 234 567`` for an E.164 number (parsing costs ~0.2 ms, so only visible rows, once)."""
    return format_phone(value) if value.startswith("+") else value


def _closed_meanwhile(exc: BaseException) -> None:
    """A count that failed because the window locked (register closed) meanwhile is of no interest."""
    if not isinstance(exc, KartotekaError):
        sys.excepthook(type(exc), exc, exc.__traceback__)


class ClientTableModel(QAbstractTableModel):
    """Clients matching a query, one page of SQL at a time.

    ``ctx.register`` is read through short read-only sessions; ``set_query`` raises ``QueryError`` for a
    malformed query and leaves the previous result on screen.
    """

    counts_changed = Signal()  # the exact match count (and the register's size) arrived

    def __init__(self, ctx: Any, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._all_columns = {c.key: c for c in columns()}
        self._columns: list[Column] = [c for c in self._all_columns.values() if c.default]
        self._query = ""
        self._sort = "display_name"
        self._descending = False
        self._count = 0
        self._total = 0
        self._total_known = False
        self._counting = False
        self._generation = 0  # bumped by every new query, so a late count for an old one is dropped
        self._pages: OrderedDict[int, list[tuple[Any, ...]]] = OrderedDict()
        self.page_reads = 0  # for tests and the benchmark: how many SQL pages were read

    # ------------------------------------------------------------------ configuration
    @property
    def query(self) -> str:
        return self._query

    @property
    def total(self) -> int:
        """Clients in the register (the M of "N of M clients")."""
        return self._total

    def column_keys(self) -> list[str]:
        return [c.key for c in self._columns]

    def available_columns(self) -> list[Column]:
        return list(self._all_columns.values())

    def set_columns(self, keys: Sequence[str]) -> None:
        """Show these columns (unknown keys are ignored; at least the name stays)."""
        chosen = [self._all_columns[k] for k in keys if k in self._all_columns] or [
            self._all_columns["display_name"]]
        if [c.key for c in chosen] == self.column_keys():
            return
        self.beginResetModel()
        self._columns = chosen
        self._pages.clear()
        self.endResetModel()

    def set_query(self, text: str) -> None:
        """Show the clients matching ``text``; QueryError (with a position) if it is malformed.

        The first page is read at once and shown; when it is full, the exact count follows from a worker
        (``counts_changed``) and the rows beyond the page appear then. A narrow search (fewer rows than a
        page) needs no count at all, and the register's size is counted only after it changes."""
        text = text.strip()
        with self.ctx.register.session() as session:
            try:
                first = client_query.page_rows(session, text, self._keys(), self._sort, self._descending,
                                               PAGE_SIZE, 0)
            except (AssertionError, IndexError) as exc:  # a parser slip on half-typed text is still bad input
                raise QueryError("this query cannot be read; check its brackets and quotes", 0, len(text)) from exc
        self.page_reads += 1
        known_all = not text and self._total_known
        exact = len(first) < PAGE_SIZE or known_all
        self._generation += 1
        self.beginResetModel()
        self._query = text
        self._count = self._total if known_all else len(first)
        if not text and exact:
            self._total, self._total_known = self._count, True
        self._pages.clear()
        self._pages[0] = first
        self._counting = not (exact and self._total_known)
        self.endResetModel()
        if self._counting:
            self._recount()

    @property
    def counting(self) -> bool:
        """True while the exact number of matches is still being counted (rows beyond the first page)."""
        return self._counting

    def forget_total(self) -> None:
        """The register changed outside this model (an import, a restore): count it again next time."""
        self._total_known = False

    def reload(self) -> None:
        """Read the rows again after a save (keeps the query, sort and position); counts follow."""
        self._pages.clear()
        self._total_known = False
        if self._count:
            self.dataChanged.emit(self.index(0, 0), self.index(self._count - 1, len(self._columns) - 1))
        self._generation += 1
        self._counting = True
        self._recount()

    def _recount(self) -> None:
        """Count the matches and the register on a worker; stale answers (the query moved on) are dropped."""
        generation, query, register = self._generation, self._query, self.ctx.register

        def work(*, progress: Any, cancel: Any) -> tuple[int, int]:
            with register.session() as session:
                matches = client_query.count(session, query)
                return matches, matches if not query else client_query.count(session, "")

        task = workers.run_task(None, work, show_progress=False)
        task.finished.connect(lambda result: self._counted(generation, *result))
        task.failed.connect(_closed_meanwhile)

    def _counted(self, generation: int, matches: int, total: int) -> None:
        if generation != self._generation:
            return
        self._counting = False
        self._total, self._total_known = total, True
        if matches > self._count:
            self.beginInsertRows(QModelIndex(), self._count, matches - 1)
            self._count = matches
            self.endInsertRows()
        elif matches < self._count:
            self.beginRemoveRows(QModelIndex(), matches, self._count - 1)
            self._count = matches
            self._pages.clear()
            self.endRemoveRows()
        self.counts_changed.emit()

    def refresh_client(self, client_id: int) -> None:
        """One client changed: re-read the pages that hold it (cheap), or everything if it is not shown."""
        for number, rows in list(self._pages.items()):
            for offset, row in enumerate(rows):
                if row[0] == client_id:
                    del self._pages[number]
                    first = number * PAGE_SIZE + offset
                    self.dataChanged.emit(self.index(first, 0), self.index(first, len(self._columns) - 1))
                    return
        self.reload()

    def _keys(self) -> list[str]:
        return ["id", *self.column_keys()]

    # ------------------------------------------------------------------ rows
    def _page(self, number: int) -> list[tuple[Any, ...]]:
        rows = self._pages.get(number)
        if rows is not None:
            self._pages.move_to_end(number)
            return rows
        with self.ctx.register.session() as session:
            rows = client_query.page_rows(
                session, self._query, self._keys(), self._sort, self._descending, PAGE_SIZE, number * PAGE_SIZE)
        self.page_reads += 1
        self._pages[number] = rows
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        return rows

    def row_tuple(self, row: int) -> tuple[Any, ...] | None:
        """The raw row (id first) or None past the end (a client deleted since the count)."""
        if not 0 <= row < self._count:
            return None
        page = self._page(row // PAGE_SIZE)
        offset = row % PAGE_SIZE
        return page[offset] if offset < len(page) else None

    def client_id(self, row: int) -> int | None:
        values = self.row_tuple(row)
        return int(values[0]) if values else None

    def row_of(self, client_id: int) -> int | None:
        """The row showing ``client_id`` among the loaded pages (no SQL)."""
        for number, rows in self._pages.items():
            for offset, row in enumerate(rows):
                if row[0] == client_id:
                    return number * PAGE_SIZE + offset
        return None

    # ------------------------------------------------------------------ Qt model API
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        return _FLAGS if index.isValid() else _NO_FLAGS

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY) -> Any:
        # The view asks ~8 roles per cell per paint; most are answered here without touching the index.
        if role not in _HANDLED_ROLES or not index.isValid():
            return None
        if role in (_DISPLAY, _TOOLTIP):
            values = self.row_tuple(index.row())
            if values is None:
                return None
            column = self._columns[index.column()]
            text = _format(column.kind, values[index.column() + 1])
            if role == _TOOLTIP:
                return text if len(text) > 24 else None
            return text
        if role == ID_ROLE:
            return self.client_id(index.row())
        if role == SORT_KEY_ROLE:
            values = self.row_tuple(index.row())
            return None if values is None else values[index.column() + 1]
        if role == _ALIGN:
            kind = self._columns[index.column()].kind
            return _RIGHT if kind in ("money", "count") else _LEFT
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation == _HORIZONTAL and 0 <= section < len(self._columns):
            if role == _DISPLAY:
                return self._columns[section].title
            if role == _ALIGN:
                kind = self._columns[section].kind
                return _RIGHT if kind in ("money", "count") else _LEFT
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in SQL by the column's field (then by id, for a stable order)."""
        if not 0 <= column < len(self._columns):
            return
        self.beginResetModel()  # a reset, not a layout change: no persistent index may keep a stale row
        self._sort = self._columns[column].key
        self._descending = order == Qt.SortOrder.DescendingOrder
        self._pages.clear()
        self.endResetModel()

    def sort_state(self) -> tuple[str, bool]:
        return self._sort, self._descending

    def clear(self) -> None:
        """Forget every row (the window locked: nothing of the register may stay on screen)."""
        self.beginResetModel()
        self._query, self._count, self._total = "", 0, 0
        self._total_known = False
        self._counting = False
        self._generation += 1
        self._pages.clear()
        self.endResetModel()

"""The sidebar: All clients, the six segments, tags and smart lists, each with a live count.

Each entry stands for a query of the search language (``segment:vip``, ``tag:"stała klientka"``, a saved
filter's text); choosing one sets the window's scope, which the search box then narrows. Counts are read
in the background (at 100k clients a dozen smart-list counts are not free) and painted grey and
right-aligned in a second column.
"""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from app import lists
from app.session import KartotekaError
from ui import workers
from ui.table_model import segment_title

QUERY_ROLE = int(Qt.ItemDataRole.UserRole) + 1
KEY_ROLE = int(Qt.ItemDataRole.UserRole) + 2  # "all", "segment:vip", "tag:x", "list:3"
_GREY = QColor("#8a8f98")
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _ignore_closed(exc: BaseException) -> None:
    """A register locked while counting: the next reload fixes the numbers. Anything else is a bug."""
    if not isinstance(exc, KartotekaError):
        sys.excepthook(type(exc), exc, exc.__traceback__)


class Sidebar(QTreeWidget):
    """Lists of clients. Emits ``scope_changed(query, title)`` when the user picks one."""

    scope_changed = Signal(str, str)
    rename_requested = Signal(int, str)  # smart list id, current name
    delete_requested = Signal(int, str)

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("sidebar")
        self.setColumnCount(2)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setIndentation(8)
        self.setUniformRowHeights(True)
        self.setFrameShape(QTreeWidget.Shape.NoFrame)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setMinimumWidth(180)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self._items: dict[str, QTreeWidgetItem] = {}
        self._task: workers.Task | None = None
        self._build()
        self.currentItemChanged.connect(self._on_current)
        self.customContextMenuRequested.connect(self._context_menu)

    def sizeHint(self) -> QSize:
        return QSize(220, 400)

    # ------------------------------------------------------------------ building
    def _section(self, title: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self, [title.upper(), ""])
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF() * 0.8, 7.0))
        font.setBold(True)
        item.setFont(0, font)
        item.setForeground(0, _GREY)
        item.setData(0, KEY_ROLE, "section")
        item.setExpanded(True)
        return item

    def _entry(self, parent: QTreeWidget | QTreeWidgetItem, key: str, title: str, query: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, [title, ""])
        item.setData(0, KEY_ROLE, key)
        item.setData(0, QUERY_ROLE, query)
        item.setTextAlignment(1, _RIGHT)
        item.setForeground(1, _GREY)
        item.setToolTip(0, query or self.tr("Every client in the register"))
        self._items[key] = item
        return item

    def _build(self) -> None:
        self.clear()
        self._items.clear()
        self._entry(self, "all", self.tr("All clients"), "")
        self._segments = self._section(self.tr("Segments"))
        for segment in ("potential", "one-time", "active", "regular", "vip", "lost"):
            self._entry(self._segments, f"segment:{segment}", segment_title(segment), lists.segment_query(segment))
        self._lists = self._section(self.tr("Smart lists"))  # above the tags, which can be many
        self._tags = self._section(self.tr("Tags"))
        self._empty_tags = self._placeholder(self._tags, self.tr("No tags yet"))
        self._empty_lists = self._placeholder(self._lists, self.tr("Save a search to keep it here"))
        self.expandAll()
        self.setCurrentItem(self._items["all"])

    def _placeholder(self, parent: QTreeWidgetItem, text: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, [text, ""])
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        item.setForeground(0, _GREY)
        font = QFont(self.font())
        font.setItalic(True)
        item.setFont(0, font)
        item.setData(0, KEY_ROLE, "placeholder")
        return item

    # ------------------------------------------------------------------ counts
    def reload(self) -> workers.Task:
        """Read the counts (and tags, smart lists) in the background and show them when they arrive."""
        register = self.ctx.register
        task = workers.run_task(self, lambda *, progress, cancel: lists.sidebar_counts(register),
                                show_progress=False)
        self._task = task
        task.finished.connect(lambda counts, t=task: self._apply(counts) if t is self._task else None)
        task.failed.connect(_ignore_closed)
        return task

    def _apply(self, counts: lists.SidebarCounts) -> None:
        current_key = self.current_key()
        self.blockSignals(True)
        try:
            self._set_count("all", counts.total)
            for segment, n in counts.segments.items():
                self._set_count(f"segment:{segment}", n)
            self._refill(self._tags, "tag:", [(tag, lists.tag_query(tag), n) for tag, n in counts.tags],
                         self._empty_tags)
            self._refill(self._lists, "list:", [(sl.name, sl.query, sl.count) for sl in counts.smart_lists],
                         self._empty_lists, ids=[sl.id for sl in counts.smart_lists])
            item = self._items.get(current_key or "all") or self._items["all"]
            self.setCurrentItem(item)
        finally:
            self.blockSignals(False)
        if current_key and current_key not in self._items:  # the list it showed is gone
            self._on_current(self._items["all"], None)

    def _set_count(self, key: str, count: int | None) -> None:
        item = self._items.get(key)
        if item is not None:
            item.setText(1, "—" if count is None else f"{count:,}".replace(",", "\u2009"))

    def _refill(
        self, section: QTreeWidgetItem, prefix: str, rows: list[tuple[str, str, int | None]],
        placeholder: QTreeWidgetItem, ids: list[int] | None = None,
    ) -> None:
        for key in [k for k in self._items if k.startswith(prefix)]:
            del self._items[key]
        section.takeChildren()
        if not rows:
            section.addChild(placeholder)
        for number, (title, query, count) in enumerate(rows):
            key = f"{prefix}{ids[number] if ids else title}"
            item = self._entry(section, key, title, query)
            if ids:
                item.setData(1, QUERY_ROLE, ids[number])
            self._set_count(key, count)
        section.setExpanded(True)

    # ------------------------------------------------------------------ selection
    def current_key(self) -> str | None:
        item = self.currentItem()
        return item.data(0, KEY_ROLE) if item is not None else None

    def current_query(self) -> str:
        item = self.currentItem()
        return (item.data(0, QUERY_ROLE) or "") if item is not None else ""

    def item_for(self, key: str) -> QTreeWidgetItem | None:
        return self._items.get(key)

    def count_text(self, key: str) -> str:
        item = self._items.get(key)
        return item.text(1) if item is not None else ""

    def select_key(self, key: str) -> None:
        item = self._items.get(key)
        if item is not None:
            self.setCurrentItem(item)

    def _on_current(self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        if item is None or item.data(0, KEY_ROLE) in ("section", "placeholder"):
            return
        self.scope_changed.emit(item.data(0, QUERY_ROLE) or "", item.text(0))

    def _context_menu(self, pos: Any) -> None:
        item = self.itemAt(pos)
        key = item.data(0, KEY_ROLE) if item is not None else None
        if not key or not str(key).startswith("list:"):
            return
        list_id, name = int(item.data(1, QUERY_ROLE)), item.text(0)
        menu = QMenu(self)
        menu.addAction(self.tr("Rename…"), lambda: self.rename_requested.emit(list_id, name))
        menu.addAction(self.tr("Delete smart list…"), lambda: self.delete_requested.emit(list_id, name))
        menu.popup(self.viewport().mapToGlobal(pos))

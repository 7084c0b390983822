"""Building blocks of the client card: section headers, the phone/e-mail list editor, and the
purchases, interactions and history panels.

The panels never touch the register: they show plain values and emit what the user asked for; the
card (ui/card.py) runs the use case in a unit of work and refreshes them. That keeps each panel small
and lets the card decide what one save is.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from models.emails import parse_email
from models.phones import format_phone, parse_phone
from ui import formats
from ui.layouts import FlowLayout, line_edit_width_for

CONTACT_LABELS = ("mobile", "home", "work", "other")


def _t(text: str) -> str:
    return QCoreApplication.translate("ClientCard", text)


def contact_label_names() -> dict[str, str]:
    """Translated names of the phone/e-mail labels (stored in English in the register)."""
    return {"mobile": _t("mobile"), "home": _t("home"), "work": _t("work"), "other": _t("other")}


def phone_problem_text(problem: str) -> str:
    texts = {
        "empty": _t("The number is empty."),
        "unparseable": _t("This is not a phone number; it is kept as written."),
        "precision": _t("The spreadsheet stored this number as a float and lost digits; please retype it."),
        "invalid": _t("This number is not valid for its country; it is kept as written."),
    }
    return texts.get(problem, _t("This phone number could not be recognised; it is kept as written."))


def email_problem_text(problem: str) -> str:
    del problem  # one message fits every reason the checker gives
    return _t("This e-mail address does not look valid; it is kept as written.")


def section_header(text: str) -> QLabel:
    """A bold, underlined header that separates the card's sections."""
    label = QLabel(text)
    label.setObjectName("cardSection")
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.1)
    label.setFont(font)
    label.setStyleSheet("QLabel#cardSection { border-bottom: 1px solid palette(mid); padding-top: 10px; }")
    return label


def warn_icon_label(parent: QWidget) -> QLabel:
    icon = parent.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
    label = QLabel()
    label.setPixmap(icon.pixmap(16, 16))
    return label


# ----------------------------------------------------------------------------- phones / e-mails
@dataclass
class _Row:
    widget: QWidget
    edit: QLineEdit
    label: QComboBox
    flag: QLabel
    loaded: dict[str, Any] | None  # the stored item this row shows, None for a new row
    shown: str  # the text shown when loaded


class ContactListEditor(QWidget):
    """Editable list of phones or e-mails: value, label combo, a warning flag on invalid entries."""

    changed = Signal()

    def __init__(self, kind: str, region: str = "PL", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind  # "phone" | "email"
        self.region = region
        self._rows: list[_Row] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._rows_box = QVBoxLayout()
        self._layout.addLayout(self._rows_box)
        self.add_button = QPushButton(self.tr("Add phone") if kind == "phone" else self.tr("Add e-mail"))
        self.add_button.setObjectName(f"add_{kind}")
        self.add_button.clicked.connect(self._add_clicked)
        self._layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)

    # -------------------------------------------------------------- loading
    def set_items(self, items: Sequence[dict[str, Any]]) -> None:
        for row in self._rows:  # off the screen now: deleteLater waits for the event loop
            self._drop(row)
        self._rows = []
        for item in items:
            self._append(item)

    def _display(self, item: dict[str, Any]) -> str:
        if self.kind == "phone" and item.get("valid"):
            return format_phone(str(item.get("value") or ""))
        if self.kind == "phone":
            return str(item.get("original") or item.get("value") or "")
        return str(item.get("value") or item.get("original") or "")

    def _append(self, item: dict[str, Any] | None) -> _Row:
        widget = QWidget(self)
        box = QHBoxLayout(widget)
        box.setContentsMargins(0, 0, 0, 0)
        edit = QLineEdit(widget)
        edit.setObjectName(f"{self.kind}_value")
        edit.setPlaceholderText(self.tr("+48 601 234 567") if self.kind == "phone" else self.tr("name@example.com"))
        combo = QComboBox(widget)
        combo.setObjectName(f"{self.kind}_label")
        for key, name in contact_label_names().items():
            combo.addItem(name, key)
        combo.addItem(self.tr("no label"), "")  # stored as an empty label; never an empty-looking box
        flag = warn_icon_label(widget)
        remove = QToolButton(widget)
        remove.setText("✕")
        remove.setToolTip(self.tr("Remove"))
        box.addWidget(edit, 1)
        box.addWidget(combo)
        box.addWidget(flag)
        box.addWidget(remove)
        shown = self._display(item) if item else ""
        row = _Row(widget, edit, combo, flag, item, shown)
        edit.setText(shown)
        edit.setCursorPosition(0)  # a long address shows its start, not its end
        label = str((item or {}).get("label") or "") if item else "mobile" if self.kind == "phone" else ""
        if combo.findData(label) < 0:
            combo.addItem(label, label)
        combo.setCurrentIndex(combo.findData(label))
        self._update_flag(row)
        edit.textChanged.connect(lambda _text, r=row: self._edited(r))
        combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        remove.clicked.connect(lambda _c=False, r=row: self._remove(r))
        self._rows.append(row)
        self._rows_box.addWidget(widget)
        return row

    # -------------------------------------------------------------- editing
    def _add_clicked(self) -> None:
        row = self._append(None)
        row.edit.setFocus()
        self.changed.emit()

    def _remove(self, row: _Row) -> None:
        self._rows.remove(row)
        self._drop(row)
        self.changed.emit()

    def _drop(self, row: _Row) -> None:
        """Take a row off the screen at once; deleteLater alone leaves it drawn until the event loop runs."""
        row.widget.hide()
        self._rows_box.removeWidget(row.widget)
        row.widget.deleteLater()

    def _edited(self, row: _Row) -> None:
        self._update_flag(row)
        self.changed.emit()

    def _update_flag(self, row: _Row) -> None:
        """Flag an invalid entry: the stored verdict while unchanged, a live check once edited."""
        text = row.edit.text().strip()
        if row.loaded is not None and text == row.shown:
            valid, problem = bool(row.loaded.get("valid", True)), "invalid"
            if not valid and self.kind == "phone":
                problem = parse_phone(row.loaded.get("original") or text, self.region).problem or "invalid"
        elif not text:
            valid, problem = True, ""
        elif self.kind == "phone":
            parsed = parse_phone(text, self.region)
            valid, problem = parsed.valid, parsed.problem
        else:
            parsed_email = parse_email(text, "")
            valid, problem = parsed_email.valid, parsed_email.problem
        row.flag.setVisible(not valid)
        tip = phone_problem_text(problem) if self.kind == "phone" else email_problem_text(problem)
        row.flag.setToolTip("" if valid else tip)
        row.edit.setToolTip("" if valid else tip)
        row.edit.setStyleSheet("" if valid else "QLineEdit { border: 1px solid #c0392b; }")

    # -------------------------------------------------------------- reading
    def invalid_count(self) -> int:
        return sum(1 for row in self._rows if not row.flag.isHidden())

    def line_edits(self) -> list[QLineEdit]:
        return [row.edit for row in self._rows]

    def state(self) -> list[tuple[str, str]]:
        """What is on screen, to compare with what was loaded."""
        return [(row.edit.text().strip(), str(row.label.currentData() or "")) for row in self._rows]

    def to_data(self) -> list[dict[str, str]]:
        """The list for ``update_client``; untouched entries keep their original spelling."""
        out = []
        for row in self._rows:
            text = row.edit.text().strip()
            if not text:
                continue
            label = str(row.label.currentData() or "")
            if row.loaded is not None and text == row.shown:
                text = str(row.loaded.get("original") or row.loaded.get("value") or text)
            out.append({"original": text, "label": label})
        return out


# ----------------------------------------------------------------------------- tables
def _table(headers: Sequence[str], parent: QWidget) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(list(headers))
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
    table.setMinimumHeight(120)
    table.setWordWrap(True)
    return table


def _item(text: str, data: Any = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if data is not None:
        item.setData(Qt.ItemDataRole.UserRole, data)
    return item


def _selected_data(table: QTableWidget) -> Any:
    """The stored row behind the selected line of an activity table (None when nothing is selected)."""
    rows = table.selectionModel().selectedRows()
    return table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole) if rows else None


def _wrapping_row(*widgets: QWidget) -> FlowLayout:
    """A panel's form line or its buttons; they wrap to a second line when the card is narrow, so the
    longer Polish, Russian and Ukrainian captions neither clip nor widen the card, and a free-text
    field moves under the others at full width instead of shrinking to a few letters."""
    row = FlowLayout()
    for widget in widgets:
        row.addWidget(widget)
    return row


def _date_edit(parent: QWidget) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(formats.date_format())  # as the tables show dates (ui.formats)
    edit.setDate(QDate.currentDate())
    return edit


def _qdate_to_date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class _RowPanel(QWidget):
    """What the purchases and interactions panels share, so they cannot drift apart: a table whose
    selected row is loaded into the form under it, and add / update selected / remove selected.
    A subclass builds ``table``, ``update_button`` and ``remove_button`` and supplies ``_form`` (the form's
    values), ``_load`` (put a row into the form) and ``_complete`` (whether the form may be saved)."""

    add_requested = Signal(dict)
    edit_requested = Signal(int, dict)
    remove_requested = Signal(int)
    table: QTableWidget
    update_button: QPushButton
    remove_button: QPushButton

    def _form(self) -> dict[str, Any]:
        raise NotImplementedError

    def _load(self, current: dict[str, Any]) -> None:
        raise NotImplementedError

    def _complete(self, form: dict[str, Any]) -> bool:
        raise NotImplementedError

    def _current(self) -> dict[str, Any] | None:
        return _selected_data(self.table)

    def _selected(self) -> None:
        current = self._current()
        self.update_button.setEnabled(current is not None)
        self.remove_button.setEnabled(current is not None)
        if current is not None:  # load the row into the form so it can be corrected
            self._load(current)

    def _add(self) -> None:
        form = self._form()
        if self._complete(form):
            self.add_requested.emit(form)

    def _update(self) -> None:
        current, form = self._current(), self._form()
        if current is not None and self._complete(form):
            self.edit_requested.emit(int(current["id"]), form)

    def _remove(self) -> None:
        current = self._current()
        if current is not None:
            self.remove_requested.emit(int(current["id"]))


class PurchasesPanel(_RowPanel):
    """Purchases of one client, an add/edit form under the table, and remove."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.statuses = {"paid": self.tr("paid"), "open": self.tr("open"), "cancelled": self.tr("cancelled")}
        self.table = _table([self.tr("Date"), self.tr("Amount"), self.tr("Status"), self.tr("Item")], self)
        self.table.setObjectName("purchases")
        self.date = _date_edit(self)
        self.date.setObjectName("purchase_date")
        self.amount = QLineEdit(self)
        self.amount.setObjectName("purchase_amount")
        self.amount.setPlaceholderText(self.tr("Amount, e.g. 149.90"))
        self.item = QLineEdit(self)
        self.item.setObjectName("purchase_item")
        self.item.setPlaceholderText(self.tr("What was bought"))
        self.status = QComboBox(self)
        self.status.setObjectName("purchase_status")
        for key, name in self.statuses.items():
            self.status.addItem(name, key)
        self.add_button = QPushButton(self.tr("Add purchase"), self)
        self.add_button.setObjectName("add_purchase")
        self.update_button = QPushButton(self.tr("Update selected"), self)
        self.update_button.setObjectName("update_purchase")
        self.remove_button = QPushButton(self.tr("Remove selected"), self)
        self.remove_button.setObjectName("remove_purchase")
        self.amount.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)  # the item grows
        form = _wrapping_row(self.date, self.amount, self.status, self.item)
        buttons = _wrapping_row(self.add_button, self.update_button, self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self._add)
        self.update_button.clicked.connect(self._update)
        self.remove_button.clicked.connect(self._remove)
        self.amount.returnPressed.connect(self._add)
        self.table.itemSelectionChanged.connect(self._selected)
        self._selected()

    def showEvent(self, event: Any) -> None:
        # The whole hint, never "Amount, e.g. 1": measured once the card's style sheet applies.
        self.amount.setMinimumWidth(line_edit_width_for(self.amount, self.amount.placeholderText()))
        super().showEvent(event)

    def set_purchases(self, purchases: Sequence[dict[str, Any]], currency: str) -> None:
        self.table.setRowCount(0)
        for p in sorted(purchases, key=lambda p: (p.get("date") or "", p.get("id") or 0), reverse=True):
            row = self.table.rowCount()
            self.table.insertRow(row)
            amount_item = _item(formats.money(float(p.get("amount") or 0), p.get("currency") or currency))
            self.table.setItem(row, 0, _item(formats.date(p.get("date") or ""), p))
            amount_item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 1, amount_item)
            self.table.setItem(row, 2, _item(self.statuses.get(p.get("status") or "", p.get("status") or "")))
            self.table.setItem(row, 3, _item(p.get("item") or ""))
        self.table.resizeRowsToContents()
        self._selected()

    def _form(self) -> dict[str, Any]:
        return {"date": _qdate_to_date(self.date.date()), "amount": self.amount.text().strip(),
                "item": self.item.text().strip(), "status": self.status.currentData()}

    def _load(self, current: dict[str, Any]) -> None:
        self.date.setDate(QDate.fromString(current.get("date") or "", "yyyy-MM-dd"))
        self.amount.setText(f"{float(current.get('amount') or 0):.2f}")
        self.item.setText(current.get("item") or "")
        self.status.setCurrentIndex(max(0, self.status.findData(current.get("status"))))

    def _complete(self, form: dict[str, Any]) -> bool:
        return bool(form["amount"])

    def clear_form(self) -> None:
        self.table.clearSelection()
        self.amount.clear()
        self.item.clear()
        self.date.setDate(QDate.currentDate())
        self.status.setCurrentIndex(0)


class InteractionsPanel(_RowPanel):
    """Calls, meetings and messages with the client, newest first, and a line to add one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = _table([self.tr("Date"), self.tr("Channel"), self.tr("Summary")], self)
        self.table.setObjectName("interactions")
        self.date = _date_edit(self)
        self.date.setObjectName("interaction_date")
        self.channel = QComboBox(self)
        self.channel.setObjectName("interaction_channel")
        self.channel.setEditable(True)
        for key, name in channel_names().items():
            self.channel.addItem(name, key)
        self.summary = QLineEdit(self)
        self.summary.setObjectName("interaction_summary")
        self.summary.setPlaceholderText(self.tr("What happened, e.g. called about the order"))
        self.add_button = QPushButton(self.tr("Add interaction"), self)
        self.add_button.setObjectName("add_interaction")
        self.update_button = QPushButton(self.tr("Update selected"), self)
        self.update_button.setObjectName("update_interaction")
        self.remove_button = QPushButton(self.tr("Remove selected"), self)
        self.remove_button.setObjectName("remove_interaction")
        form = _wrapping_row(self.date, self.channel, self.summary)
        buttons = _wrapping_row(self.add_button, self.update_button, self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self._add)
        self.update_button.clicked.connect(self._update)
        self.remove_button.clicked.connect(self._remove)
        self.summary.returnPressed.connect(self._add)
        self.table.itemSelectionChanged.connect(self._selected)
        self._selected()

    def set_interactions(self, interactions: Sequence[dict[str, Any]]) -> None:
        names = channel_names()
        self.table.setRowCount(0)
        for i in sorted(interactions, key=lambda i: (i.get("date") or "", i.get("id") or 0), reverse=True):
            row = self.table.rowCount()
            self.table.insertRow(row)
            self.table.setItem(row, 0, _item(formats.date(i.get("date") or ""), i))
            self.table.setItem(row, 1, _item(names.get(i.get("channel") or "", i.get("channel") or "")))
            self.table.setItem(row, 2, _item(i.get("summary") or ""))
        self.table.resizeRowsToContents()
        self._selected()

    def _form(self) -> dict[str, Any]:
        index = self.channel.currentIndex()
        text = self.channel.currentText().strip()
        channel = self.channel.itemData(index) if index >= 0 and self.channel.itemText(index) == text else text
        return {"date": _qdate_to_date(self.date.date()), "channel": channel or "",
                "summary": self.summary.text().strip()}

    def _load(self, current: dict[str, Any]) -> None:
        self.date.setDate(QDate.fromString(current.get("date") or "", "yyyy-MM-dd"))
        channel = current.get("channel") or ""
        index = self.channel.findData(channel)
        if index >= 0:
            self.channel.setCurrentIndex(index)
        else:
            self.channel.setEditText(channel)
        self.summary.setText(current.get("summary") or "")

    def _complete(self, form: dict[str, Any]) -> bool:
        return bool(form["summary"])

    def clear_form(self) -> None:
        self.table.clearSelection()
        self.summary.clear()
        self.date.setDate(QDate.currentDate())


def channel_names() -> dict[str, str]:
    return {"phone": _t("phone"), "email": _t("e-mail"), "sms": _t("SMS"), "post": _t("post"),
            "messenger": _t("messenger"), "in-person": _t("in person")}


@dataclass(frozen=True)
class HistoryEntry:
    """One change-log row as the card shows it (plain values, read inside a session)."""

    id: int
    time: str
    field: str
    old: str
    new: str
    source: str
    revertible: bool
    field_label: str = ""  # the field's name in the user's language
    source_label: str = ""  # where the change came from, in the user's language


class HistoryPanel(QWidget):
    """The change history, newest first, with "Put back" for the selected entry's old value."""

    revert_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = _table([self.tr("Time"), self.tr("Field"), self.tr("Change"), self.tr("Source")], self)
        self.table.setObjectName("history")
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.revert_button = QPushButton(self.tr("Put back the old value"), self)
        self.revert_button.setObjectName("put_back")
        self.revert_button.setToolTip(self.tr("Restore the value this field had before the selected change"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addWidget(self.revert_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.revert_button.clicked.connect(self._revert)
        self.table.itemSelectionChanged.connect(self._selected)
        self.table.itemDoubleClicked.connect(lambda _item: self._revert())
        self._selected()

    def set_entries(self, entries: Sequence[HistoryEntry]) -> None:
        self.table.setRowCount(0)
        for entry in entries:
            row = self.table.rowCount()
            self.table.insertRow(row)
            self.table.setItem(row, 0, _item(entry.time, entry))
            self.table.setItem(row, 1, _item(entry.field_label or entry.field))
            change = f"{entry.old or '∅'}  →  {entry.new or '∅'}"
            change_item = _item(change)
            change_item.setToolTip(change)
            self.table.setItem(row, 2, change_item)
            self.table.setItem(row, 3, _item(entry.source_label or entry.source))
        self.table.resizeRowsToContents()
        self._selected()

    def current(self) -> HistoryEntry | None:
        return _selected_data(self.table)

    def select_entry(self, change_id: int) -> bool:
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(Qt.ItemDataRole.UserRole).id == change_id:
                self.table.selectRow(row)
                return True
        return False

    def _selected(self) -> None:
        entry = self.current()
        self.revert_button.setEnabled(entry is not None and entry.revertible)

    def _revert(self) -> None:
        entry = self.current()
        if entry is not None and entry.revertible:
            self.revert_requested.emit(entry.id)

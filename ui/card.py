"""The detail card beside the table: one client, every field, edited in place.

Fields are plain widgets filled from ``app.records.client_to_dict``. What the user changes is found by
comparing each widget with the value it was loaded with, so typing a value back clears the "unsaved"
bar, and a save sends only the changed fields to ``update_client`` in one unit of work (one version).
Purchases, interactions and "put back" are saves of their own; they refresh the lists and totals but
leave pending field edits alone, so nothing the user typed is lost silently.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app import records
from app.session import KartotekaError
from models.tables import CONSENT_CHANNELS
from ui import formats
from ui.card_sections import (
    ContactListEditor,
    HistoryEntry,
    HistoryPanel,
    InteractionsPanel,
    PurchasesPanel,
    channel_names,
    section_header,
)
from ui.dialogs import common
from ui.layouts import FlowLayout

SEGMENT_COLOURS = {
    "potential": "#7f8c8d", "one-time": "#2980b9", "active": "#27ae60", "regular": "#8e44ad",
    "vip": "#d4a017", "lost": "#c0392b",
}
_REVERTIBLE = set(records.SETTABLE_FIELDS) | {"phones", "emails"}


def _t(text: str) -> str:
    return QCoreApplication.translate("ClientCard", text)


def segment_names() -> dict[str, str]:
    return {"potential": _t("potential"), "one-time": _t("one-time"), "active": _t("active"),
            "regular": _t("regular"), "vip": _t("VIP"), "lost": _t("lost")}


def field_names() -> dict[str, str]:
    """Translated names of fields, for the history list."""
    return {
        "kind": _t("Kind"), "first_name": _t("First name"), "middle_name": _t("Middle name"),
        "last_name": _t("Last name"), "company": _t("Company"), "job_title": _t("Job title"),
        "phones": _t("Phones"), "emails": _t("E-mails"), "street": _t("Street"), "city": _t("City"),
        "district": _t("District"), "region": _t("Region"), "postcode": _t("Postal code"),
        "country": _t("Country"), "birth_date": _t("Birth date"), "gender": _t("Gender"),
        "contact_time": _t("Preferred contact time"), "channel": _t("Preferred channel"),
        "source": _t("Source"), "tags": _t("Tags"), "segment": _t("Segment"), "notes": _t("Notes"),
        "consent_email": _t("Consent: e-mail"), "consent_sms": _t("Consent: SMS"),
        "consent_phone": _t("Consent: phone"), "consent_post": _t("Consent: post"),
        "created": _t("Created"), "deleted": _t("Deleted"), "purchase": _t("Purchase"),
        "interaction": _t("Interaction"), "segment_manual": _t("Segment set by hand"),
    }


def source_text(source: str) -> str:
    """Where a change came from (``edit``, ``import:12``, ``merge:5``...) in the user's language."""
    kind, _, number = source.partition(":")
    names = {"edit": _t("edited"), "add": _t("added"), "delete": _t("deleted"), "restore": _t("put back"),
             "import": _t("import {n}"), "undo-import": _t("import {n} undone"), "merge": _t("merge"),
             "undo-merge": _t("merge undone"), "erase": _t("erased"), "export": _t("export")}
    return names.get(kind, source).format(n=number) if kind in names else source


@dataclass
class _Field:
    """How to read and write one field's widget as text (the form the card compares)."""

    get: Callable[[], str]
    set: Callable[[str], None]


def _set_line(edit: QLineEdit, text: str) -> None:
    """Fill a field showing the start of a long value (setText alone scrolls to its end)."""
    edit.setText(text)
    edit.setCursorPosition(0)


def _fmt_money(value: float, currency: str) -> str:
    return formats.money(value, currency)


def _local_time(value: dt.datetime) -> str:
    """Change-log times are stored in UTC; show them in the user's time, written as the user's locale writes
    dates and times (``ui.formats``), like every other date in the window."""
    return formats.date_time(value.replace(tzinfo=dt.UTC).astimezone())


def _short_value(field: str, value: str | None) -> str:
    """A change-log value in one readable line (lists and objects are stored as JSON)."""
    if value is None:
        return ""
    if field in ("phones", "emails", "tags", "purchase", "interaction", "deleted") and value[:1] in "[{":
        try:
            data = json.loads(value)
        except ValueError:
            return value
        if isinstance(data, list):
            return ", ".join(str(item.get("value") if isinstance(item, dict) else item) for item in data)
        if isinstance(data, dict) and field == "deleted":
            return str(data.get("display_name") or "")
        if isinstance(data, dict):
            return " ".join(str(v) for v in data.values() if v not in (None, ""))
    return value


class _BodyScroll(QScrollArea):
    """The card's scrolling body, never narrower than the body's own minimum: otherwise a narrow card
    (the splitter beside the table, longer Polish/Russian/Ukrainian captions) hides the right end of
    the phone rows and the purchase buttons behind a horizontal scroll bar."""

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        body = self.widget()
        if body is None:
            return hint
        width = body.minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth()
        return QSize(max(width, hint.width()), hint.height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # a custom field or a longer row may have widened the body
        return super().eventFilter(watched, event)


class ClientCard(QWidget):
    """One client's record with in-place editing; ``ctx.register`` is the open Register."""

    saved = Signal(int)
    deleted = Signal(int)

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._client_id: int | None = None
        self._is_new = False
        self._loading = False
        self._loaded: dict[str, str] = {}
        self._loaded_lists: dict[str, list[tuple[str, str]]] = {}
        self._fields: dict[str, _Field] = {}
        self._custom_names: list[str] = []
        self.data: dict[str, Any] = {}
        self.stack = QStackedWidget(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.stack.addWidget(self._build_empty())
        self.stack.addWidget(self._build_card())
        self.save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        self.save_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_shortcut.activated.connect(self.save)
        self.cancel_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        self.cancel_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.cancel_shortcut.activated.connect(self.revert)
        self._show_empty()

    # ================================================================= building
    def _build_empty(self) -> QWidget:
        page = QWidget(self)
        box = QVBoxLayout(page)
        box.addStretch(1)
        self.empty_label = QLabel(self.tr("Select a client, or press Ctrl+N to add one"), page)
        self.empty_label.setObjectName("card_empty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_new = QPushButton(self.tr("New client"), page)
        self.empty_new.clicked.connect(self.new_client)
        box.addWidget(self.empty_label)
        box.addWidget(self.empty_new, 0, Qt.AlignmentFlag.AlignCenter)
        box.addStretch(2)
        return page

    def _build_card(self) -> QWidget:
        page = QWidget(self)
        box = QVBoxLayout(page)
        box.setContentsMargins(6, 6, 6, 6)
        box.addWidget(self._build_header())
        box.addWidget(self._build_edit_bar())
        scroll = _BodyScroll(page)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(scroll)
        self.body_layout = QVBoxLayout(body)
        self._build_contact()
        self._build_address()
        self._build_personal()
        self._build_consent()
        self._build_tags_notes()
        self._build_activity()
        self.body_layout.addStretch(1)
        self._align_labels(body)
        scroll.setWidget(body)
        self.scroll = scroll
        box.addWidget(scroll, 1)
        return page

    @staticmethod
    def _align_labels(body: QWidget) -> None:
        """Give every section's captions one width, so the fields of all sections start in one column."""
        forms = [form for form in body.findChildren(QFormLayout)]
        labels = [form.itemAt(row, QFormLayout.ItemRole.LabelRole) for form in forms
                  for row in range(form.rowCount())]
        widgets = [item.widget() for item in labels if item is not None and item.widget() is not None]
        width = max((widget.sizeHint().width() for widget in widgets), default=0)
        for widget in widgets:
            widget.setMinimumWidth(width)

    def _build_header(self) -> QWidget:
        """Name, segment and actions on one line when they fit; when the card is narrow (Polish, Russian
        and Ukrainian captions are a third longer) the actions wrap to a line of their own, right-aligned,
        and the totals wrap two by two, so no button or caption is ever clipped."""
        header = QWidget(self)
        box = QVBoxLayout(header)
        box.setContentsMargins(0, 0, 0, 0)
        self.name_label = QLabel(header)
        self.name_label.setObjectName("card_name")
        self.name_label.setWordWrap(True)  # long Polish/Cyrillic names wrap instead of being cut
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.name_label.setFont(font)
        self.segment_pill = QLabel(header)
        self.segment_pill.setObjectName("card_segment")
        self.subtitle = QLabel(header)
        self.subtitle.setWordWrap(True)
        actions = QWidget(header)
        actions.setObjectName("card_actions")
        self.delete_button = QPushButton(self.tr("Delete…"), actions)
        self.delete_button.setObjectName("delete_client")
        self.delete_button.setToolTip(self.tr("Delete this client (can be undone from File > Versions)"))
        self.delete_button.clicked.connect(self.delete_client)
        self.privacy_button = QPushButton(self.tr("Privacy…"), actions)
        self.privacy_button.setObjectName("client_privacy")
        self.privacy_button.setToolTip(self.tr("Export everything about this client, or erase them everywhere"))
        self.privacy_button.clicked.connect(self.open_privacy)
        action_row = QHBoxLayout(actions)
        action_row.setContentsMargins(0, 0, 0, 0)
        action_row.addWidget(self.privacy_button)
        action_row.addWidget(self.delete_button)
        title = FlowLayout()
        title.addWidget(self.name_label)
        title.addWidget(self.segment_pill)
        title.addWidget(actions, Qt.AlignmentFlag.AlignRight)
        box.addLayout(title)
        box.addWidget(self.subtitle)
        box.addLayout(self._build_totals(header))
        return header

    def _build_totals(self, header: QWidget) -> FlowLayout:
        self.totals = {key: QLabel(header) for key in ("spent", "orders", "avg", "last")}
        captions = {"spent": self.tr("Spent"), "orders": self.tr("Orders"), "avg": self.tr("Average check"),
                    "last": self.tr("Last purchase")}
        totals = FlowLayout(spacing=12)
        for key, caption in captions.items():
            cell = QWidget(header)
            column = QVBoxLayout(cell)
            column.setContentsMargins(0, 0, 0, 0)
            small = QLabel(caption, cell)
            small.setStyleSheet("color: palette(mid); font-size: small;")
            self.totals[key].setObjectName(f"total_{key}")
            self.totals[key].setParent(cell)
            column.addWidget(small)
            column.addWidget(self.totals[key])
            totals.addWidget(cell)
        return totals

    def _build_edit_bar(self) -> QWidget:
        """"Unsaved changes", the refusal message and Save/Cancel; the buttons wrap under a long message."""
        bar = QFrame(self)
        bar.setObjectName("card_edit_bar")
        bar.setStyleSheet("QFrame#card_edit_bar { background: palette(alternate-base); border-radius: 4px; }")
        box = FlowLayout(bar)
        box.setContentsMargins(9, 9, 9, 9)
        self.bar_label = QLabel(bar)
        self.error_label = QLabel(bar)
        self.error_label.setObjectName("card_error")
        self.error_label.setStyleSheet("color: #c0392b;")
        self.error_label.setWordWrap(True)
        self.error_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        buttons = QWidget(bar)
        self.save_button = QPushButton(self.tr("Save (Ctrl+S)"), buttons)
        self.save_button.setObjectName("card_save")
        self.save_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel (Esc)"), buttons)
        self.cancel_button.setObjectName("card_cancel")
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.revert)
        button_row = QHBoxLayout(buttons)
        button_row.setContentsMargins(0, 0, 0, 0)
        button_row.addWidget(self.save_button)
        button_row.addWidget(self.cancel_button)
        box.addWidget(self.bar_label, Qt.AlignmentFlag.AlignVCenter)
        box.addWidget(self.error_label, Qt.AlignmentFlag.AlignVCenter)
        box.addWidget(buttons, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.edit_bar = bar
        bar.hide()
        return bar

    def _form_section(self, title: str) -> QFormLayout:
        self.body_layout.addWidget(section_header(title))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.body_layout.addLayout(form)
        return form

    def _line(self, form: QFormLayout, field: str, caption: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(field)
        edit.setPlaceholderText(placeholder)
        form.addRow(caption, edit)
        self._fields[field] = _Field(lambda: edit.text().strip(), lambda text: _set_line(edit, text))
        edit.textChanged.connect(self._on_edited)
        return edit

    def _combo(self, form: QFormLayout | None, field: str, caption: str, items: dict[str, str],
               editable: bool = False) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(field)
        combo.setEditable(editable)
        for key, name in items.items():
            combo.addItem(name, key)

        def get() -> str:
            index = combo.currentIndex()
            if editable and (index < 0 or combo.itemText(index) != combo.currentText()):
                return combo.currentText().strip()
            return str(combo.itemData(index) or "") if index >= 0 else ""

        def set_value(value: str) -> None:
            index = combo.findData(value)
            if index < 0 and value:
                combo.addItem(value, value)
                index = combo.count() - 1
            combo.setCurrentIndex(max(index, 0))

        self._fields[field] = _Field(get, set_value)
        combo.currentIndexChanged.connect(self._on_edited)
        if editable:
            combo.editTextChanged.connect(self._on_edited)
        if form is not None:
            form.addRow(caption, combo)
        return combo

    def _build_contact(self) -> None:
        form = self._form_section(self.tr("Contact"))
        self._combo(form, "kind", self.tr("Kind"), {"person": self.tr("Person"), "company": self.tr("Company")})
        self._line(form, "first_name", self.tr("First name"))
        self._line(form, "middle_name", self.tr("Middle name"))
        self._line(form, "last_name", self.tr("Last name"))
        self._line(form, "company", self.tr("Company"))
        self._line(form, "job_title", self.tr("Job title"))
        region = self.ctx.register.region if self.ctx is not None else "PL"
        self.phones = ContactListEditor("phone", region, self)
        self.emails = ContactListEditor("email", region, self)
        self.phones.changed.connect(self._on_edited)
        self.emails.changed.connect(self._on_edited)
        form.addRow(self.tr("Phones"), self.phones)
        form.addRow(self.tr("E-mails"), self.emails)
        self._line(form, "contact_time", self.tr("Preferred contact time"), self.tr("e.g. weekdays after 17:00"))
        self._combo(form, "channel", self.tr("Preferred channel"), {"": "", **channel_names()}, editable=True)
        self._line(form, "source", self.tr("Source"), self.tr("How the client found you"))

    def _build_address(self) -> None:
        form = self._form_section(self.tr("Address"))
        self._line(form, "street", self.tr("Street"))
        self._line(form, "postcode", self.tr("Postal code"))
        self._line(form, "city", self.tr("City"))
        self._line(form, "district", self.tr("District"))
        self._line(form, "region", self.tr("Region"))
        self._line(form, "country", self.tr("Country"))

    def _build_personal(self) -> None:
        form = self._form_section(self.tr("Personal"))
        self._line(form, "birth_date", self.tr("Birth date"), self.tr("YYYY-MM-DD or DD.MM.YYYY"))
        self._combo(form, "gender", self.tr("Gender"), {
            "unknown": self.tr("Not specified"), "female": self.tr("Female"), "male": self.tr("Male"),
            "other": self.tr("Other")})
        self.segment_combo = self._combo(form, "segment", self.tr("Segment"),
                                         {"auto": self.tr("Automatic"), **segment_names()})
        self.segment_combo.setToolTip(self.tr("Automatic follows the purchases; choose one to fix it by hand"))
        self.dates_label = QLabel(self)
        self.dates_label.setWordWrap(True)
        form.addRow(self.tr("Dates to remember"), self.dates_label)
        self.contacts_label = QLabel(self)
        self.contacts_label.setWordWrap(True)
        form.addRow(self.tr("Contact persons"), self.contacts_label)
        self.custom_form = QFormLayout()
        self.body_layout.addLayout(self.custom_form)
        self.add_custom_button = QPushButton(self.tr("Add custom field…"), self)
        self.add_custom_button.setObjectName("add_custom_field")
        self.add_custom_button.setToolTip(self.tr("A field your trade needs, e.g. loyalty card or shoe size"))
        self.add_custom_button.clicked.connect(self.add_custom_field)
        self.body_layout.addWidget(self.add_custom_button, 0, Qt.AlignmentFlag.AlignLeft)

    def _build_consent(self) -> None:
        self.body_layout.addWidget(section_header(self.tr("Consent")))
        grid = QGridLayout()
        for col, caption in enumerate((self.tr("Channel"), self.tr("State"), self.tr("Since"), self.tr("Source"),
                                       self.tr("Withdrawn on"))):
            grid.addWidget(QLabel(f"<i>{caption}</i>", self), 0, col)
        channels = {"email": self.tr("E-mail"), "sms": self.tr("SMS"), "phone": self.tr("Phone"),
                    "post": self.tr("Post")}
        states = {"unknown": self.tr("Unknown"), "granted": self.tr("Granted"), "withdrawn": self.tr("Withdrawn")}
        self.optout_labels: dict[str, QLabel] = {}
        for row, channel in enumerate(CONSENT_CHANNELS, start=1):
            field = f"consent_{channel}"
            grid.addWidget(QLabel(channels[channel], self), row, 0)
            grid.addWidget(self._combo(None, field, "", states), row, 1)
            for col, suffix in ((2, "date"), (3, "source")):
                edit = QLineEdit(self)
                edit.setObjectName(f"{field}_{suffix}")
                if suffix == "date":
                    edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
                self._fields[f"{field}_{suffix}"] = _Field(lambda e=edit: e.text().strip(),
                                                           lambda text, e=edit: _set_line(e, text))
                edit.textChanged.connect(self._on_edited)
                grid.addWidget(edit, row, col)
            self.optout_labels[channel] = QLabel(self)
            grid.addWidget(self.optout_labels[channel], row, 4)
        grid.setColumnStretch(3, 1)
        self.body_layout.addLayout(grid)

    def _build_tags_notes(self) -> None:
        form = self._form_section(self.tr("Tags"))
        self._line(form, "tags", self.tr("Tags"), self.tr("Comma separated, e.g. vip, wholesale"))
        self.body_layout.addWidget(section_header(self.tr("Notes")))
        notes = QPlainTextEdit(self)
        notes.setObjectName("notes")
        notes.setTabChangesFocus(True)
        notes.setMinimumHeight(80)
        self._fields["notes"] = _Field(lambda: notes.toPlainText().strip(), notes.setPlainText)
        notes.textChanged.connect(self._on_edited)
        self.body_layout.addWidget(notes)

    def _build_activity(self) -> None:
        self.purchases_header = section_header(self.tr("Purchases"))
        self.body_layout.addWidget(self.purchases_header)
        self.purchases = PurchasesPanel(self)
        self.purchases.add_requested.connect(self._add_purchase)
        self.purchases.edit_requested.connect(self._edit_purchase)
        self.purchases.remove_requested.connect(self._remove_purchase)
        self.body_layout.addWidget(self.purchases)
        self.body_layout.addWidget(section_header(self.tr("Interactions")))
        self.interactions = InteractionsPanel(self)
        self.interactions.add_requested.connect(self._add_interaction)
        self.interactions.edit_requested.connect(self._edit_interaction)
        self.interactions.remove_requested.connect(self._remove_interaction)
        self.body_layout.addWidget(self.interactions)
        self.body_layout.addWidget(section_header(self.tr("History")))
        self.history = HistoryPanel(self)
        self.history.revert_requested.connect(self.put_back)
        self.body_layout.addWidget(self.history)
        self.activity_hint = QLabel(self.tr("Save the new client first to add purchases and interactions."), self)
        self.activity_hint.setWordWrap(True)
        self.body_layout.addWidget(self.activity_hint)

    # ================================================================= public API
    @property
    def client_id(self) -> int | None:
        return self._client_id

    def show_client(self, client_id: int | None) -> bool:
        """Show a client (None: the empty state). Asks first when there are unsaved changes;
        returns False when the user chose to stay (the window then keeps the old row selected)."""
        if client_id == self._client_id and not self._is_new and not self.has_unsaved_changes():
            if client_id is not None:
                self._load(client_id)
            return True
        if not self.maybe_save():
            return False
        if client_id is None:
            self._show_empty()
        else:
            self._load(client_id)
        return True

    def new_client(self) -> bool:
        """Start a new, empty record; it is created on Save (Ctrl+S)."""
        if not self.maybe_save():
            return False
        self._client_id = None
        self._is_new = True
        self.data = {}
        self._fill(self._blank())
        self._show_activity(None)
        self.name_label.setText(self.tr("New client"))
        self.subtitle.setText(self.tr("Type the name, a phone or an e-mail, then press Ctrl+S"))
        self.subtitle.show()
        self.segment_pill.hide()
        self.delete_button.hide()
        self.privacy_button.hide()
        self.stack.setCurrentIndex(1)
        self._update_bar()
        self._fields_widget("first_name").setFocus()
        return True

    def has_unsaved_changes(self) -> bool:
        return self.stack.currentIndex() == 1 and bool(self.changes())

    def maybe_save(self) -> bool:
        """Ask Save/Discard/Cancel when there are unsaved changes; True when it is fine to move on."""
        if not self.has_unsaved_changes():
            return True
        answer = common.ask(
            self, self.tr("Unsaved changes"),
            self.tr("This client has unsaved changes. Save them?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.revert()
            return True
        return False

    # ================================================================= loading
    def _show_empty(self, message: str = "") -> None:
        self.empty_label.setText(message or self.tr("Select a client, or press Ctrl+N to add one"))
        self._client_id = None
        self._is_new = False
        self.data = {}
        self.stack.setCurrentIndex(0)
        self.edit_bar.hide()

    def _read(self, client_id: int) -> tuple[dict[str, Any], list[HistoryEntry], str]:
        with self.ctx.register.session() as session:
            data = records.client_to_dict(session, client_id, history=False)
            labels = field_names()
            entries = [
                HistoryEntry(h.id, _local_time(h.time), h.field, _short_value(h.field, h.old),
                             _short_value(h.field, h.new), h.source,
                             h.field in _REVERTIBLE or h.field.startswith("custom."),
                             labels.get(h.field, h.field), source_text(h.source or ""))
                for h in records.history(session, client_id)
            ]
        return data, entries, str(self.ctx.register.get_setting("currency", "") or "")

    def _load(self, client_id: int) -> None:
        try:
            data, entries, currency = self._read(client_id)
        except KartotekaError as exc:
            self._show_empty(common.error_text(exc))
            return
        self._client_id = client_id
        self._is_new = False
        self.data = data
        self._fill(self._values_of(data))
        self._show_activity(data, entries, currency)
        self.delete_button.show()
        self.privacy_button.show()
        self.stack.setCurrentIndex(1)
        self.error_label.clear()
        self._update_bar()

    def _refresh_activity(self) -> None:
        """Re-read lists, totals and history after a purchase/interaction/put-back; fields stay as typed."""
        if self._client_id is None:
            return
        data, entries, currency = self._read(self._client_id)
        self.data = data
        self._show_activity(data, entries, currency)

    def _blank(self) -> dict[str, str]:
        values = {name: "" for name in self._fields}
        values.update({"kind": "person", "gender": "unknown", "segment": "auto"})
        for channel in CONSENT_CHANNELS:
            values[f"consent_{channel}"] = "unknown"
        return values

    @staticmethod
    def _values_of(data: dict[str, Any]) -> dict[str, str]:
        values = {key: str(value) for key, value in data.items()
                  if isinstance(value, str) and key not in ("phone", "email")}
        values["birth_date"] = data.get("birth_date") or ""
        values["tags"] = ", ".join(data.get("tags") or [])
        values["segment"] = data["segment"] if data.get("segment_manual") else "auto"
        for channel, consent in (data.get("consent") or {}).items():
            values[f"consent_{channel}_date"] = consent.get("date") or ""
            values[f"consent_{channel}_source"] = consent.get("source") or ""
        for name, value in (data.get("custom") or {}).items():
            values[f"custom.{name}"] = str(value)
        values["_phones"] = data.get("phones") or []  # type: ignore[assignment]
        values["_emails"] = data.get("emails") or []  # type: ignore[assignment]
        return values

    def _fill(self, values: dict[str, Any]) -> None:
        """Put values into the widgets and remember them as the unchanged state."""
        self._loading = True
        try:
            self._set_custom_fields(sorted(k[7:] for k in values if k.startswith("custom.")))
            for name, field in self._fields.items():
                field.set(str(values.get(name, "")))
            self.phones.set_items(values.get("_phones") or [])
            self.emails.set_items(values.get("_emails") or [])
            self._loaded = {name: field.get() for name, field in self._fields.items()}
            self._loaded_lists = {"phones": self.phones.state(), "emails": self.emails.state()}
            consent = (self.data or {}).get("consent") or {}
            for channel, label in self.optout_labels.items():
                label.setText((consent.get(channel) or {}).get("optout") or "")
        finally:
            self._loading = False

    def _set_custom_fields(self, names: list[str]) -> None:
        """Custom fields differ per client: rebuild their rows when the set of names changes."""
        if names == self._custom_names:
            return
        for name in self._custom_names:
            self._fields.pop(f"custom.{name}", None)
        while self.custom_form.rowCount():
            self.custom_form.removeRow(0)
        self._custom_names = names
        for name in names:
            self._line(self.custom_form, f"custom.{name}", name)
        self._align_labels(self.scroll.widget())

    def add_custom_field(self) -> None:
        """Add an empty custom field row; it is saved with the card like any other field."""
        name = common.ask_text(self, self.tr("Add custom field"), self.tr("Name of the field"))
        if not name:
            return
        key = f"custom.{name}"
        if key not in self._fields:
            self._custom_names.append(name)
            self._line(self.custom_form, key, name)
            self._loaded[key] = ""
            self._align_labels(self.scroll.widget())
        self._fields_widget(key).setFocus()

    def _show_activity(self, data: dict[str, Any] | None, entries: list[HistoryEntry] | None = None,
                       currency: str = "") -> None:
        saved = data is not None
        for widget in (self.purchases, self.interactions, self.history, self.purchases_header):
            widget.setEnabled(saved)
        self.activity_hint.setVisible(not saved)
        data = data or {}
        self.purchases.set_purchases(data.get("purchases") or [], currency)
        self.interactions.set_interactions(data.get("interactions") or [])
        self.history.set_entries(entries or [])
        self.totals["spent"].setText(_fmt_money(float(data.get("total_spent") or 0), currency))
        self.totals["orders"].setText(str(data.get("orders") or 0))
        self.totals["avg"].setText(_fmt_money(float(data.get("avg_check") or 0), currency))
        self.totals["last"].setText(formats.date(data.get("last_purchase")) or "—")
        if not saved:
            return
        self.name_label.setText(data.get("display_name") or self.tr("(no name)"))
        segment = data.get("segment") or "potential"
        self.segment_pill.setText(segment_names().get(segment, segment))
        self.segment_pill.setStyleSheet(
            f"QLabel {{ background: {SEGMENT_COLOURS.get(segment, '#7f8c8d')}; color: white;"
            " border-radius: 9px; padding: 2px 10px; }")
        self.segment_pill.show()
        parts = [data.get("job_title") or "", data.get("company") or "" if data.get("kind") == "person" else ""]
        self.subtitle.setText(" · ".join(p for p in parts if p))
        self.subtitle.setVisible(bool(self.subtitle.text()))
        self.dates_label.setText("; ".join(f"{d['label']}: {d['date']}" for d in data.get("dates") or []) or "—")
        self.contacts_label.setText(", ".join(c["name"] for c in data.get("contacts") or []) or "—")

    def _fields_widget(self, name: str) -> QWidget:
        return self.findChild(QWidget, name)

    # ================================================================= editing
    def changes(self) -> dict[str, Any]:
        """The fields that differ from what was loaded, ready for ``update_client``/``create_client``."""
        if self.stack.currentIndex() != 1:
            return {}
        out: dict[str, Any] = {}
        for name, field in self._fields.items():
            value = field.get()
            if value != self._loaded.get(name, ""):
                out[name] = value
        for name, editor in (("phones", self.phones), ("emails", self.emails)):
            if editor.state() != self._loaded_lists.get(name, []):
                out[name] = editor.to_data()
        return out

    def _on_edited(self, *_args: object) -> None:
        if not self._loading:
            self._update_bar()

    def _update_bar(self) -> None:
        dirty = bool(self.changes())
        show = dirty or self._is_new
        self.edit_bar.setVisible(show)
        self.save_button.setEnabled(dirty)
        self.save_button.setText(self.tr("Create (Ctrl+S)") if self._is_new else self.tr("Save (Ctrl+S)"))
        self.bar_label.setText(self.tr("New client") if self._is_new else self.tr("Unsaved changes"))
        if not dirty:
            self.error_label.clear()

    def save(self) -> bool:
        """Save the changed fields in one unit of work; on a refused value keep the edits and say why."""
        changes = self.changes()
        if not changes:
            return not self._is_new
        try:
            if self._is_new:
                with self.ctx.register.unit_of_work("add", "new client") as session:
                    client_id = records.create_client(session, changes, source="add").id
            else:
                client_id = self._client_id
                with self.ctx.register.unit_of_work("edit", f"client {client_id}") as session:
                    records.update_client(session, client_id, changes, source="edit")
        except KartotekaError as exc:
            self.error_label.setText(common.error_text(exc))
            return False
        self._load(client_id)
        self.saved.emit(client_id)
        return True

    def revert(self) -> None:
        """Esc: put every field back as loaded (a new record is dropped)."""
        if self._is_new:
            self._show_empty()
            return
        if self._client_id is not None and self.has_unsaved_changes():
            self._load(self._client_id)

    def delete_client(self) -> bool:
        client_id = self._client_id
        if client_id is None:
            return False
        name = self.data.get("display_name") or self.tr("this client")
        answer = common.ask(
            self, self.tr("Delete client"),
            self.tr("Delete {name}? You can undo this later from File > Versions.").format(name=name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        if not self._write("delete", lambda s: records.delete_client(s, client_id)):
            return False
        self._show_empty(self.tr("{name} (#{id}) was deleted. To undo, open File > Versions, choose the version "
                                 "before the delete and restore client #{id}.").format(name=name, id=client_id))
        self.deleted.emit(client_id)
        return True

    def open_privacy(self) -> QWidget | None:
        """Export everything about this client, or erase them everywhere (ui.dialogs.client_privacy)."""
        if self._client_id is None or not self.maybe_save():
            return None
        from ui.dialogs.client_privacy import ClientPrivacyDialog

        dialog = ClientPrivacyDialog(self.ctx, self, self._client_id, self.data.get("display_name") or "")
        dialog.erased.connect(self._erased)
        dialog.open()
        return dialog

    def _erased(self, client_id: int) -> None:
        if client_id == self._client_id:
            self._show_empty()
        self.deleted.emit(client_id)

    def focus_card(self) -> None:
        """Enter on a table row moves the keyboard here: to the first field of the record."""
        if self.stack.currentIndex() == 1:
            self._fields_widget("first_name").setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.empty_new.setFocus()

    # ================================================================= activity (saves of their own)
    def _write(self, kind: str, action: Callable[[Any], object]) -> bool:
        """Run ``action`` in one unit of work; a refused value is shown, nothing half-applied."""
        try:
            with self.ctx.register.unit_of_work(kind, f"client {self._client_id}") as session:
                action(session)
        except KartotekaError as exc:
            common.show_error(self, self.tr("Not saved"), common.error_text(exc))
            return False
        return True

    def _after_activity(self) -> None:
        self._refresh_activity()
        if self._client_id is not None:
            self.saved.emit(self._client_id)

    def _add_purchase(self, form: dict[str, Any]) -> None:
        cid = self._client_id
        if cid is not None and self._write("edit", lambda s: records.add_purchase(
                s, cid, form["amount"], date=form["date"], item=form["item"], status=form["status"])):
            self.purchases.clear_form()
            self._after_activity()

    def _edit_row(self, panel: PurchasesPanel | InteractionsPanel, action: Callable[[Any], object]) -> None:
        """Save one change to a purchase or interaction row; on success clear its form and refresh."""
        if self._write("edit", action):
            panel.clear_form()
            self._after_activity()

    def _edit_purchase(self, purchase_id: int, form: dict[str, Any]) -> None:
        self._edit_row(self.purchases, lambda s: records.update_purchase(
            s, purchase_id, amount=form["amount"], date=form["date"], item=form["item"], status=form["status"]))

    def _remove_purchase(self, purchase_id: int) -> None:
        self._edit_row(self.purchases, lambda s: records.remove_purchase(s, purchase_id))

    def _add_interaction(self, form: dict[str, Any]) -> None:
        cid = self._client_id
        if cid is not None and self._write("edit", lambda s: records.add_interaction(
                s, cid, form["summary"], date=form["date"], channel=form["channel"])):
            self.interactions.clear_form()
            self._after_activity()

    def _edit_interaction(self, interaction_id: int, form: dict[str, Any]) -> None:
        self._edit_row(self.interactions, lambda s: records.update_interaction(
            s, interaction_id, date=form["date"], channel=form["channel"], summary=form["summary"]))

    def _remove_interaction(self, interaction_id: int) -> None:
        self._edit_row(self.interactions, lambda s: records.remove_interaction(s, interaction_id))

    def put_back(self, change_id: int) -> bool:
        """Restore the old value of one logged change (a save of kind "restore")."""
        if self._client_id is None or not self.maybe_save():
            return False
        if not self._write("restore", lambda s: records.revert_change(s, change_id)):
            return False
        self._load(self._client_id)
        self.saved.emit(self._client_id)
        return True

"""The filter builder: rows of field, condition and value, joined by AND or OR, written as query text.

It writes the same language the search box reads (DESIGN section 5), so what the builder makes can be
read, edited by hand, and saved as a smart list; the preview under the rows shows the text as it grows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.lists import quote_value
from app.query import QueryError, client_filter
from models.query import FIELDS, And, Everything, FieldInfo, Node, Not, Or, Term, parse, resolve_field
from ui.app import apply_style
from ui.layouts import line_edit_width_for
from ui.table_model import segment_title


def _tr(text: str) -> str:
    return QCoreApplication.translate("FilterBuilder", text)


@dataclass(frozen=True, slots=True)
class Operator:
    """One condition: ``template`` turns a field and a value into query text."""

    key: str
    title: str
    template: str  # {f} field, {v} value
    needs_value: bool = True
    hint: str = ""


def field_titles() -> dict[str, str]:
    """The fields the builder offers, with names a shop owner reads (order = menu order)."""
    return {
        "any": _tr("Any field"),
        "name": _tr("Name"), "first_name": _tr("First name"), "last_name": _tr("Last name"),
        "company": _tr("Company"), "phone": _tr("Phone"), "email": _tr("Email"), "city": _tr("City"),
        "district": _tr("District"), "region": _tr("Region"), "postcode": _tr("Postcode"),
        "street": _tr("Street"), "country": _tr("Country"), "tags": _tr("Tag"), "segment": _tr("Segment"),
        "gender": _tr("Gender"), "kind": _tr("Person or company"), "source": _tr("Source"),
        "notes": _tr("Notes"), "total_spent": _tr("Total spent"), "orders": _tr("Number of purchases"),
        "avg_check": _tr("Average purchase"), "last_purchase": _tr("Last purchase"),
        "first_purchase": _tr("First purchase"), "birth_date": _tr("Birth date"),
        "birthday": _tr("Birthday"), "created": _tr("Added"), "updated": _tr("Changed"),
        "consent_email": _tr("Email consent"), "consent_sms": _tr("SMS consent"),
        "consent_phone": _tr("Phone consent"), "consent_post": _tr("Post consent"),
    }


ANY = FieldInfo("any", "any", "free text: any of name, company, email, phone, city, notes")
_TEXT_KINDS = ("text", "phone", "email")


def field_info(key: str) -> FieldInfo:
    """The language's description of a builder field ("any" is free text, not a field)."""
    return ANY if key == "any" else FIELDS[key]


def operators(kind: str) -> list[Operator]:
    """The conditions that make sense for a field of this kind."""
    if kind == "any":
        return [Operator("contains", _tr("contains"), "{v}"), Operator("not", _tr("does not contain"), "-{v}")]
    if kind in _TEXT_KINDS:
        return [
            Operator("contains", _tr("contains"), "{f}:{v}"),
            Operator("is", _tr("is exactly"), "{f}:={v}"),
            Operator("starts", _tr("starts with"), "{f}:{v}*"),
            Operator("not", _tr("does not contain"), "-{f}:{v}"),
            Operator("filled", _tr("is filled in"), "has:{f}", needs_value=False),
            Operator("empty", _tr("is empty"), "no:{f}", needs_value=False),
        ]
    if kind == "tags":
        return [
            Operator("has", _tr("is"), "tag:{v}"),
            Operator("not", _tr("is not"), "-tag:{v}"),
            Operator("any", _tr("any tag"), "has:tags", needs_value=False),
            Operator("none", _tr("no tags"), "no:tags", needs_value=False),
        ]
    if kind == "enum":
        return [Operator("is", _tr("is"), "{f}:{v}"), Operator("not", _tr("is not"), "-{f}:{v}")]
    if kind in ("money", "count"):
        return [
            Operator(">", _tr("more than"), "{f}:>{v}", hint="500"),
            Operator(">=", _tr("at least"), "{f}:>={v}", hint="500"),
            Operator("<", _tr("less than"), "{f}:<{v}", hint="500"),
            Operator("=", _tr("exactly"), "{f}:={v}", hint="500"),
        ]
    if kind in ("date", "datetime"):
        return [
            Operator("last", _tr("within the last … days"), "{f}:<{v}d", hint="30"),
            Operator("ago", _tr("more than … days ago"), "{f}:>{v}d", hint="90"),
            Operator("after", _tr("on or after"), "{f}:>={v}", hint="2024-01-01"),
            Operator("before", _tr("before"), "{f}:<{v}", hint="2024-01-01"),
            Operator("between", _tr("between"), "{f}:{v}", hint="2024-01-01..2024-06-30"),
        ]
    if kind == "birthday":
        return [Operator("next", _tr("in the next … days"), "birthday:{v}d", hint="7")]
    return [Operator("is", _tr("is"), "{f}:{v}")]


Condition = tuple[str, str, str]  # builder field, operator key, value


def conditions_from_query(text: str) -> tuple[str, list[Condition]] | None:
    """The builder's rows for a query (join word and conditions), or None when the query has parts the
    builder cannot show (nested groups, unknown forms): then the builder starts empty."""
    try:
        node = parse(text)
    except QueryError:
        return None
    if isinstance(node, Everything):
        return "AND", []
    join, children = ("OR", node.children) if isinstance(node, Or) else (
        ("AND", node.children) if isinstance(node, And) else ("AND", (node,)))
    rows = [_condition(child) for child in children]
    return (join, [row for row in rows if row is not None]) if all(rows) else None


def _condition(node: Node) -> Condition | None:
    negated = isinstance(node, Not)
    term = node.child if isinstance(node, Not) else node
    if not isinstance(term, Term):
        return None
    if term.field is None:
        return "any", "not" if negated else "contains", term.value
    try:
        field = resolve_field(term.field)
    except QueryError:
        return None
    if field in ("has", "no"):
        return None if negated else _presence(field, term.value)
    if field not in field_titles():
        return None
    kind, op, value = FIELDS[field].kind, term.op, term.value
    if negated:
        return (field, "not", value) if op in ("", "=") and kind in (*_TEXT_KINDS, "tags", "enum") else None
    return _plain_condition(field, kind, op, value, term.quoted)


def _presence(field: str, value: str) -> Condition | None:
    try:
        target = resolve_field(value)
    except QueryError:
        return None
    if target == "tags":
        return "tags", "any" if field == "has" else "none", ""
    if target in field_titles() and FIELDS[target].kind in _TEXT_KINDS:
        return target, "filled" if field == "has" else "empty", ""
    return None


def _plain_condition(field: str, kind: str, op: str, value: str, quoted: bool) -> Condition | None:
    days = re.fullmatch(r"(\d+)d", value)
    if kind in _TEXT_KINDS:
        if op == "=":
            return field, "is", value
        if op == "" and value.endswith("*") and not quoted:
            return field, "starts", value[:-1]
        return (field, "contains", value) if op == "" else None
    if kind == "tags":
        return (field, "has", value) if op == "" else None
    if kind == "enum":
        return (field, "is", value.lower()) if op in ("", "=") else None
    if kind in ("money", "count"):
        return (field, op, value) if op in (">", ">=", "<", "=") else None
    if kind in ("date", "datetime"):
        if days and op in ("<", ">"):
            return field, "last" if op == "<" else "ago", days.group(1)
        if op in (">=", "<"):
            return field, "after" if op == ">=" else "before", value
        return (field, "between", value) if op == "" and ".." in value else None
    if kind == "birthday" and days and op == "":
        return field, "next", days.group(1)
    return None


# Typical long values (a city, an e-mail): the value field shows them whole, like every example hint.
VALUE_SAMPLES = ("Chrząszczyżewoszyce-Wielkie", "g.brzeczyszczykiewicz@example.pl")


def _all_operators() -> list[Operator]:
    kinds = ("any", *_TEXT_KINDS, "tags", "enum", "money", "date", "birthday", "other")
    return [op for kind in kinds for op in operators(kind)]


def _value_hints() -> list[str]:
    return [op.hint for op in _all_operators() if op.hint]


def _operator_column_width(row: QWidget) -> int:
    """The width of a condition combo that holds every condition's title (the menu changes per field),
    measured in the row's own style sheet."""
    probe = QComboBox(row)
    probe.hide()
    try:
        for op in _all_operators():
            probe.addItem(op.title)
        probe.ensurePolished()
        return probe.sizeHint().width()
    finally:
        probe.setParent(None)
        probe.deleteLater()


@dataclass(frozen=True, slots=True)
class ColumnWidths:
    """The fixed field and condition widths and the value's minimum width, shared by a builder's rows."""

    field: int
    operator: int
    value: int


def _value_title(field: str, value: str) -> str:
    if field == "segment":
        return segment_title(value)
    return {"granted": _tr("granted"), "withdrawn": _tr("withdrawn"), "unknown": _tr("unknown"),
            "female": _tr("female"), "male": _tr("male"), "other": _tr("other"),
            "person": _tr("person"), "company": _tr("company")}.get(value, value)


class ConditionRow(QWidget):
    """One condition: field, operator, value, and a button to remove the row."""

    changed = Signal()
    remove_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None, widths: ColumnWidths | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conditionRow")
        self.field = QComboBox(self)
        self.field.setObjectName("fieldCombo")
        for key, title in field_titles().items():
            self.field.addItem(title, key)
        self.operator = QComboBox(self)
        self.operator.setObjectName("operatorCombo")
        self.value = QLineEdit(self)
        self.value.setObjectName("valueEdit")
        self.choice = QComboBox(self)
        self.choice.setObjectName("valueCombo")
        self.remove = QPushButton("−", self)
        self.remove.setObjectName("removeRowButton")
        self.remove.setToolTip(self.tr("Remove this condition"))
        self.remove.setFixedWidth(32)
        self.widths = widths or self._measure_columns()
        self._size_columns(self.widths)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.field)
        layout.addWidget(self.operator)
        layout.addWidget(self.value, 1)
        layout.addWidget(self.choice, 1)
        layout.addWidget(self.remove)
        self.field.currentIndexChanged.connect(self._field_changed)
        self.operator.currentIndexChanged.connect(self._operator_changed)
        self.value.textChanged.connect(lambda _t: self.changed.emit())
        self.choice.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))
        self._field_changed()

    def _measure_columns(self) -> ColumnWidths:
        """Measured in the row's own style sheet (~4 ms); a builder measures its first row only and gives
        the result to the next rows, which are styled alike."""
        self.field.ensurePolished()
        return ColumnWidths(
            field=self.field.sizeHint().width(), operator=_operator_column_width(self),
            value=max(line_edit_width_for(self.value, text) for text in (*_value_hints(), *VALUE_SAMPLES)))

    def _size_columns(self, widths: ColumnWidths) -> None:
        """Field and condition keep one width in every row (wide enough for their longest title, in any
        language), so the rows line up as columns and all the extra width goes to the value: a date
        range, an e-mail or a long city name must be readable while it is typed."""
        self.field.setFixedWidth(widths.field)
        self.operator.setFixedWidth(widths.operator)
        for widget in (self.value, self.choice):
            widget.setMinimumWidth(widths.value)
            widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def field_key(self) -> str:
        return str(self.field.currentData())

    def set_condition(self, field: str, operator: str, value: str = "") -> None:
        """Fill the row (tests, and the builder's first row)."""
        self.field.setCurrentIndex(self.field.findData(field))
        keys = [op.key for op in self._operators]
        self.operator.setCurrentIndex(keys.index(operator))
        if not self.choice.isHidden():
            index = self.choice.findData(value)
            self.choice.setCurrentIndex(max(index, 0))
        else:
            self.value.setText(value)

    def _field_changed(self) -> None:
        info = field_info(self.field_key())
        self._operators = operators(info.kind)
        self.operator.blockSignals(True)
        self.operator.clear()
        for op in self._operators:
            self.operator.addItem(op.title, op.key)
        self.operator.blockSignals(False)
        self.choice.blockSignals(True)
        self.choice.clear()
        for value in info.values:
            self.choice.addItem(_value_title(info.name, value), value)
        self.choice.blockSignals(False)
        self._operator_changed()

    def _operator_changed(self) -> None:
        op = self._current_operator()
        info = field_info(self.field_key())
        enum = bool(info.values) and info.kind == "enum"
        self.value.setVisible(op.needs_value and not enum)
        self.choice.setVisible(op.needs_value and enum)
        self.value.setPlaceholderText(op.hint or self.tr("value"))
        self.changed.emit()

    def _mark_invalid(self, invalid: bool, why: str) -> None:
        if bool(self.value.property("invalid")) != invalid:
            self.value.setProperty("invalid", invalid)
            self.value.setToolTip(why if invalid else "")
            self.value.style().unpolish(self.value)
            self.value.style().polish(self.value)

    def _current_operator(self) -> Operator:
        index = max(self.operator.currentIndex(), 0)
        return self._operators[index]

    def query_text(self) -> str:
        """This condition as query text, or "" while its value is still empty."""
        op = self._current_operator()
        info = field_info(self.field_key())
        value = ""
        if op.needs_value:
            if info.kind == "enum" and info.values:
                value = str(self.choice.currentData() or "")
            else:
                value = self.value.text().strip()
                if op.key == "starts":  # the language has no quoted prefix: one word, no quotes
                    value = value.rstrip("*")
                    usable = bool(value) and quote_value(value) == value
                    self._mark_invalid(bool(value) and not usable, self.tr("A beginning is one word, "
                                                                             "without spaces or quotes"))
                    return f"{info.name}:{value}*" if usable else ""
            if not value:
                return ""
            if info.kind not in ("money", "count", "date", "datetime", "birthday"):
                value = quote_value(value)
        return op.template.format(f=info.name, v=value)


class FilterBuilder(QDialog):
    """Build a query from conditions; ``query_built(text)`` when the user applies it."""

    query_built = Signal(str)

    def __init__(self, parent: QWidget | None = None, query: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("filterBuilder")
        self.setWindowTitle(self.tr("Filter builder"))
        apply_style(self, "controls")
        title = QLabel(self.tr("Show clients that match"), self)
        title.setObjectName("dialogTitle")
        self.join = QComboBox(self)
        self.join.setObjectName("joinCombo")
        self.join.addItem(self.tr("all of these conditions (AND)"), "AND")
        self.join.addItem(self.tr("any of these conditions (OR)"), "OR")
        head = QHBoxLayout()
        head.setSpacing(8)
        head.addWidget(title)
        head.addWidget(self.join)
        head.addStretch(1)
        self.rows_box = QVBoxLayout()
        self.rows_box.setSpacing(8)
        self.add_button = QPushButton(self.tr("+ Add condition"), self)
        self.add_button.setObjectName("addConditionButton")
        self.add_button.clicked.connect(lambda: self.add_row())
        self.preview = QLabel(self)
        self.preview.setObjectName("filterPreview")
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setObjectName("errorLabel")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Apply, self)
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.apply_button.setObjectName("applyFilterButton")
        self.apply_button.setDefault(True)
        self.apply_button.clicked.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 16)
        layout.setSpacing(12)
        layout.addLayout(head)
        layout.addLayout(self.rows_box)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.preview)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.rows: list[ConditionRow] = []
        self._widths: ColumnWidths | None = None  # measured on the first row, the same for all
        self.join.currentIndexChanged.connect(lambda _i: self._update_preview())
        self.note = QLabel(self)
        self.note.setObjectName("mutedLabel")
        self.note.setWordWrap(True)
        self.note.hide()
        layout.insertWidget(1, self.note)
        self._load(query)

    def _load(self, query: str) -> None:
        """Start from the search box's query when the builder can show it as rows."""
        found = conditions_from_query(query) if query.strip() else ("AND", [])
        if found is None:
            self.note.setText(self.tr("The current search has parts the builder cannot show as conditions; "
                                      "a filter built here replaces it."))
            self.note.show()
            found = ("AND", [])
        join, rows = found
        self.join.setCurrentIndex(1 if join == "OR" else 0)
        for field, operator, value in rows:
            self.add_row(field, operator, value)
        if not self.rows:
            self.add_row()

    def add_row(self, field: str = "", operator: str = "", value: str = "") -> ConditionRow:
        row = ConditionRow(self, self._widths)
        self._widths = row.widths
        row.changed.connect(self._update_preview)
        row.remove_requested.connect(self.remove_row)
        self.rows.append(row)
        self.rows_box.addWidget(row)
        if field:
            row.set_condition(field, operator or row._operators[0].key, value)
        self._update_preview()
        return row

    def remove_row(self, row: ConditionRow) -> None:
        if len(self.rows) == 1:
            row.value.clear()
            return
        self.rows.remove(row)
        row.setParent(None)
        row.deleteLater()
        self._update_preview()

    def query_text(self) -> str:
        parts = [text for text in (row.query_text() for row in self.rows) if text]
        if self.join.currentData() == "OR" and len(parts) > 1:
            return " OR ".join(parts)
        return " ".join(parts)

    def _update_preview(self) -> None:
        text = self.query_text()
        self.preview.setText(self.tr("Query: {text}").format(text=text) if text else
                             self.tr("Add a condition and a value to see the query."))
        self.error.hide()
        self.apply_button.setEnabled(bool(text))

    def apply(self) -> None:
        text = self.query_text()
        try:
            client_filter(text)
        except QueryError as exc:
            self.error.setText(self.tr("This filter cannot be used: {message}").format(message=exc.message))
            self.error.show()
            return
        self.query_built.emit(text)
        self.accept()

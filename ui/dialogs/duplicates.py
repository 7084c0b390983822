"""The Duplicates view: groups with score and reasons, a side-by-side merge choosing per field, and
"not a duplicate".

The scan runs off the UI thread (``app.dedupe.scan.find_duplicates``) with progress and cancel. A merge
is one save (``app.dedupe.merge.merge``) and can be undone right away from the same view. The back end
is imported lazily, so this module always imports.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.session import KartotekaError
from ui.dialogs import common

SCAN = "app.dedupe.scan"
MERGE = "app.dedupe.merge"
NAMES_LIMIT = 300  # groups whose names are read with the scan; later ones show names when opened


def _t(text: str) -> str:
    return QCoreApplication.translate("DuplicatesDialog", text)


def _scan(reg: Any, progress: Any, cancel: Any) -> tuple[list[Any], dict[int, str]]:
    """Worker: find the groups, then read the names of the clients in the first groups."""
    from app import records
    from app.dedupe.scan import find_duplicates

    groups = find_duplicates(reg, progress=lambda done, total: progress(done, total, _t("Comparing clients…")),
                             cancel=cancel.is_set)
    names: dict[int, str] = {}
    with reg.session() as session:
        for group in groups[:NAMES_LIMIT]:
            for cid in group.ids:
                if cid not in names:
                    try:
                        names[cid] = records.client_to_dict(session, cid, history=False)["display_name"]
                    except records.NotFound:
                        names[cid] = f"#{cid}"
    return groups, names


def _value_text(value: Any) -> str:
    if value in (None, ""):
        return "—"
    return str(value)


class DuplicatesDialog(QDialog):
    """Find, compare and merge probable duplicates."""

    merged = Signal(int)  # the kept client's id
    register_changed = Signal()  # the window reloads its table and sidebar

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.groups: list[Any] = []
        self.names: dict[int, str] = {}
        self.preview: dict[str, Any] | None = None
        self.last_merge: int | None = None
        self.scan_task: Any = None
        self._keep_group = QButtonGroup(self)
        self._field_groups: dict[str, QButtonGroup] = {}
        self.setWindowTitle(self.tr("Duplicates"))
        self.resize(1000, 620)
        self._build()

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.status = QLabel(self)
        self.status.setObjectName("duplicates_status")
        self.scan_button = QPushButton(self.tr("Find duplicates"), self)
        self.scan_button.clicked.connect(self.start_scan)
        top.addWidget(self.status, 1)
        top.addWidget(self.scan_button)
        layout.addLayout(top)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.group_table = QTableWidget(0, 3, splitter)
        self.group_table.setObjectName("duplicate_groups")
        self.group_table.setHorizontalHeaderLabels([self.tr("Score"), self.tr("Clients"), self.tr("Why")])
        self.group_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.group_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.group_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.group_table.verticalHeader().setVisible(False)
        self.group_table.setWordWrap(True)
        self.group_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.group_table.horizontalHeader().setStretchLastSection(True)
        self.group_table.itemSelectionChanged.connect(self._group_selected)
        right = QWidget(splitter)
        right_box = QVBoxLayout(right)
        self.compare_hint = QLabel(self.tr("Choose a group to compare its clients side by side."), right)
        self.compare_hint.setWordWrap(True)
        self.show_all = QCheckBox(self.tr("Show fields that are the same too"), right)
        self.show_all.toggled.connect(self._fill_compare)
        self.compare = QTableWidget(0, 0, right)
        self.compare.setObjectName("duplicate_compare")
        self.compare.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.compare.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.combined_label = QLabel(right)
        self.combined_label.setWordWrap(True)
        buttons = QHBoxLayout()
        self.merge_button = QPushButton(self.tr("Merge"), right)
        self.merge_button.setObjectName("duplicate_merge")
        self.not_dup_button = QPushButton(self.tr("Not a duplicate"), right)
        self.not_dup_button.setObjectName("duplicate_not")
        self.undo_button = QPushButton(self.tr("Undo last merge"), right)
        self.undo_button.setObjectName("duplicate_undo")
        for button in (self.merge_button, self.not_dup_button, self.undo_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.merge_button.clicked.connect(self.merge_selected)
        self.not_dup_button.clicked.connect(self.mark_not_duplicate)
        self.undo_button.clicked.connect(self.undo_last_merge)
        right_box.addWidget(self.compare_hint)
        right_box.addWidget(self.show_all)
        right_box.addWidget(self.compare, 1)
        right_box.addWidget(self.combined_label)
        right_box.addLayout(buttons)
        splitter.addWidget(self.group_table)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.reject)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.preview is not None
        self.merge_button.setEnabled(has)
        self.not_dup_button.setEnabled(has)
        self.undo_button.setEnabled(self.last_merge is not None)

    # ------------------------------------------------------------------ scanning
    def start_scan(self) -> None:
        if common.backend(SCAN, self, self.tr("Duplicates")) is None:
            return
        from ui.workers import run_task

        self.scan_button.setEnabled(False)
        self.status.setText(self.tr("Looking for duplicates…"))
        task = run_task(self, _scan, self.ctx.register, title=self.tr("Looking for duplicates"))
        task.finished.connect(self._scanned)
        task.failed.connect(self._scan_failed)
        task.cancelled.connect(self._scan_cancelled)
        self.scan_task = task

    def _scanned(self, outcome: tuple[list[Any], dict[int, str]]) -> None:
        self.scan_button.setEnabled(True)
        self.groups, self.names = list(outcome[0]), dict(outcome[1])
        self._fill_groups()

    def _scan_failed(self, exc: BaseException) -> None:
        self.scan_button.setEnabled(True)
        self.status.setText(common.error_text(exc))

    def _scan_cancelled(self) -> None:
        self.scan_button.setEnabled(True)
        self.status.setText(self.tr("The search was cancelled."))

    def _fill_groups(self) -> None:
        self.status.setText(self.tr("Groups of probable duplicates: {count}").format(count=len(self.groups))
                            if self.groups else self.tr("No duplicates found."))
        self.group_table.setRowCount(0)
        for group in self.groups:
            row = self.group_table.rowCount()
            self.group_table.insertRow(row)
            score = QTableWidgetItem(f"{round(group.score * 100)}%")
            score.setData(Qt.ItemDataRole.UserRole, group)
            self.group_table.setItem(row, 0, score)
            names = "\n".join(self.names.get(cid, f"#{cid}") for cid in group.ids)
            self.group_table.setItem(row, 1, QTableWidgetItem(names))
            self.group_table.setItem(row, 2, QTableWidgetItem(", ".join(group.reasons)))
        self.group_table.resizeRowsToContents()
        self.preview = None
        self._fill_compare()

    def current_group(self) -> Any | None:
        rows = self.group_table.selectionModel().selectedRows()
        return self.group_table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole) if rows else None

    # ------------------------------------------------------------------ comparing
    def _group_selected(self) -> None:
        group = self.current_group()
        self.preview = None
        if group is not None:
            merge_mod = common.backend(MERGE, self, self.tr("Duplicates"))
            if merge_mod is not None:
                try:
                    self.preview = merge_mod.merge_preview(self.ctx.register, list(group.ids))
                except KartotekaError as exc:
                    self.status.setText(common.error_text(exc))
        self._fill_compare()

    def _fill_compare(self) -> None:
        """One column per client, one row per field; a radio button picks whose value is kept."""
        self.compare.clear()
        self._field_groups = {}
        self._keep_group = QButtonGroup(self)
        preview = self.preview
        self.compare_hint.setVisible(preview is None)
        if preview is None:
            self.compare.setRowCount(0)
            self.compare.setColumnCount(0)
            self.combined_label.clear()
            self._update_buttons()
            return
        ids = list(preview["ids"])
        clients = {c["id"]: c for c in preview["clients"]}
        fields = [f for f in preview["fields"] if f["differs"] or self.show_all.isChecked()]
        self.compare.setColumnCount(len(ids))
        self.compare.setHorizontalHeaderLabels([f"{clients[cid]['display_name']} (#{cid})" for cid in ids])
        self.compare.setRowCount(len(fields) + 1)
        self.compare.setVerticalHeaderLabels([self.tr("Keep this client")] + [f["field"] for f in fields])
        for col, cid in enumerate(ids):
            keep = QRadioButton(self.tr("keep"), self.compare)
            keep.setChecked(cid == preview["keep"])
            keep.setProperty("client_id", cid)
            self._keep_group.addButton(keep)
            self.compare.setCellWidget(0, col, keep)
        for row, field in enumerate(fields, start=1):
            group = QButtonGroup(self)
            self._field_groups[field["field"]] = group
            for col, cid in enumerate(ids):
                button = QRadioButton(_value_text(field["values"].get(cid, field["values"].get(str(cid)))),
                                      self.compare)
                button.setProperty("client_id", cid)
                button.setChecked(cid == field["default"])
                group.addButton(button)
                self.compare.setCellWidget(row, col, button)
        self.combined_label.setText(self.tr("Combined from every client, nothing is lost: {fields}.").format(
            fields=", ".join(preview["combined"])))
        self._update_buttons()

    def keep_id(self) -> int | None:
        button = self._keep_group.checkedButton()
        return int(button.property("client_id")) if button is not None else None

    def choices(self) -> dict[str, int]:
        out = {}
        for field, group in self._field_groups.items():
            button = group.checkedButton()
            if button is not None:
                out[field] = int(button.property("client_id"))
        return out

    def choose(self, field: str, client_id: int) -> None:
        """Pick whose value of ``field`` is kept (what clicking a radio button does)."""
        for button in self._field_groups[field].buttons():
            if int(button.property("client_id")) == client_id:
                button.setChecked(True)

    # ------------------------------------------------------------------ actions
    def _remove_current_group(self) -> None:
        group = self.current_group()
        if group is not None:
            self.groups.remove(group)
        self._fill_groups()

    def merge_selected(self) -> None:
        merge_mod = common.backend(MERGE, self, self.tr("Duplicates"))
        keep = self.keep_id()
        if merge_mod is None or self.preview is None or keep is None:
            return
        others = [cid for cid in self.preview["ids"] if cid != keep]
        try:
            self.last_merge = merge_mod.merge(self.ctx.register, keep, others, self.choices())
        except KartotekaError as exc:
            common.show_error(self, self.tr("Not merged"), common.error_text(exc))
            return
        self._remove_current_group()
        self.status.setText(self.tr("Merged into {name}. You can undo this merge.").format(
            name=self.names.get(keep, f"#{keep}")))
        self.merged.emit(keep)
        self.register_changed.emit()
        self._update_buttons()

    def mark_not_duplicate(self) -> None:
        scan = common.backend(SCAN, self, self.tr("Duplicates"))
        if scan is None or self.preview is None:
            return
        try:
            scan.mark_not_duplicate(self.ctx.register, *self.preview["ids"])
        except KartotekaError as exc:
            common.show_error(self, self.tr("Not saved"), common.error_text(exc))
            return
        self._remove_current_group()
        self.status.setText(self.tr("Marked as different clients; they will not be proposed again."))

    def undo_last_merge(self) -> None:
        merge_mod = common.backend(MERGE, self, self.tr("Duplicates"))
        if merge_mod is None or self.last_merge is None:
            return
        try:
            ids = merge_mod.undo_merge(self.ctx.register, self.last_merge)
        except KartotekaError as exc:
            common.show_error(self, self.tr("Not undone"), common.error_text(exc))
            return
        self.last_merge = None
        self.status.setText(self.tr("The merge was undone; the clients are back as they were."))
        self._update_buttons()
        if ids:
            self.merged.emit(int(ids[0]))
        self.register_changed.emit()

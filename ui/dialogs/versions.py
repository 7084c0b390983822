"""File > Versions: the list of versions, restore the whole register or one client, export a version.

Every action runs off the UI thread (``app.versions``; a restore waits for the pending version and
rebuilds a file). Restoring the whole register first keeps the current state as a version, so the
dialog can say plainly that a restore can itself be undone. The back end is imported lazily.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.app import apply_style
from ui.dialogs import common

BACKEND = "app.versions"


def _t(text: str) -> str:
    return QCoreApplication.translate("VersionsDialog", text)


def _utc(value: Any) -> dt.datetime | None:
    """A version time (ISO text) or a change-log time (naive UTC datetime) as an aware UTC datetime."""
    if isinstance(value, str):
        try:
            value = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return None
    if not isinstance(value, dt.datetime):
        return None
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


def kind_names() -> dict[str, str]:
    """What each kind of save was, in words a user recognises (the manifest keeps the English key)."""
    return {
        "add": _t("Client added"), "edit": _t("Card saved"), "delete": _t("Client deleted"),
        "import": _t("Import"), "undo-import": _t("Import undone"), "merge": _t("Duplicates merged"),
        "undo-merge": _t("Merge undone"), "restore": _t("Restore"), "before-restore": _t("Before a restore"),
        "migration": _t("Upgrade"), "password": _t("Password changed"), "erase": _t("Client erased"),
        "init": _t("New register"), "export": _t("Export"),
    }


def local_time(iso: str | dt.datetime, today: dt.date | None = None) -> str:
    """Versions keep UTC ISO times (the change log naive UTC datetimes); show the user's local time in
    the user's date format ("Today 14:05", "Yesterday 09:12", else the locale's short date and the time)."""
    value = _utc(iso)
    if value is None:
        return str(iso)
    local = value.astimezone()
    today = today or dt.date.today()
    clock = local.strftime("%H:%M")
    if local.date() == today:
        return _t("Today {time}").format(time=clock)
    if local.date() == today - dt.timedelta(days=1):
        return _t("Yesterday {time}").format(time=clock)
    date = QLocale().toString(QDate(local.year, local.month, local.day), QLocale.FormatType.ShortFormat)
    return f"{date} {clock}"


def human_size(size: int) -> str:
    """Bytes as KB/MB with one decimal only where it helps (820 KB, 4.2 MB)."""
    value = float(size)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit in ("B", "KB") or value >= 100 else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} B"


def _list(reg: Any, progress: Any, cancel: Any) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Worker: the versions, and the recently deleted clients one of them can bring back."""
    del progress, cancel
    from app.records import deleted_clients
    from app.versions import list_versions

    versions = list_versions(reg)
    with reg.session() as session:
        return versions, deleted_clients(session, 50)


def _restore_all(reg: Any, version_id: int, progress: Any, cancel: Any) -> dict[str, int]:
    del progress, cancel  # a restore is all or nothing: it is not offered a cancel half-way
    from app.versions import restore_register

    return restore_register(reg, version_id)


def _restore_client(reg: Any, version_id: int, client_id: int, progress: Any, cancel: Any) -> list[Any]:
    del progress, cancel
    from app.versions import restore_client

    return restore_client(reg, version_id, client_id)


def _export(reg: Any, version_id: int, dest: str, progress: Any, cancel: Any) -> Path:
    del progress, cancel
    from app.versions import export_version

    return export_version(reg, version_id, Path(dest))


class VersionsDialog(QDialog):
    """List versions; restore the whole register or one client; export a version as a register file."""

    register_changed = Signal()  # the window reloads its table, sidebar and card

    def __init__(self, ctx: Any, parent: QWidget | None = None, client_id: int | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.versions: list[dict[str, Any]] | None = None
        self.task: Any = None
        self.last_result: Any = None
        self.setWindowTitle(self.tr("Versions"))
        self.resize(820, 560)
        apply_style(self, "controls", "table")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 16)
        layout.setSpacing(12)
        title = QLabel(self.tr("Versions"), self)
        title.setObjectName("dialogTitle")
        layout.addWidget(title)
        intro = QLabel(self.tr("A version is kept after every save. Restoring keeps the current state as a "
                               "version first, so a restore can be undone too."), self)
        intro.setObjectName("mutedLabel")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("versions_table")
        self.table.setHorizontalHeaderLabels([self.tr("Time"), self.tr("Save"), self.tr("Clients"),
                                              self.tr("Size"), self.tr("Saves")])
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(28)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the kind of save takes the room
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column in (2, 3, 4):  # numbers and their headings line up on the right
            self.table.horizontalHeaderItem(column).setTextAlignment(
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.empty_label = QLabel(self.tr("No versions yet. One is kept after every save."), self)
        self.empty_label.setObjectName("mutedLabel")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.hide()
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label, 1)
        client_row = QHBoxLayout()
        client_row.setSpacing(8)
        client_row.addWidget(QLabel(self.tr("Client number"), self))
        self.client_spin = QSpinBox(self)
        self.client_spin.setObjectName("versions_client")
        self.client_spin.setRange(0, 2_000_000_000)
        self.client_spin.setSpecialValueText(self.tr("none"))
        if client_id is None:  # the window's current client is the likeliest one to bring back
            current = getattr(parent, "current_client_id", None)
            client_id = current() if callable(current) else None
        self.client_spin.setValue(client_id or 0)
        self.client_spin.setToolTip(self.tr("The number (#) of the client to bring back, e.g. a deleted one"))
        self.client_spin.valueChanged.connect(self._update_buttons)
        client_row.addWidget(self.client_spin)
        client_row.addSpacing(16)
        client_row.addWidget(QLabel(self.tr("Recently deleted"), self))
        self.deleted_combo = QComboBox(self)
        self.deleted_combo.setObjectName("versions_deleted")
        self.deleted_combo.setToolTip(self.tr("Pick a deleted client: the version before the delete is chosen"))
        self.deleted_combo.activated.connect(self._deleted_picked)
        client_row.addWidget(self.deleted_combo, 1)
        layout.addLayout(client_row)
        self.status = QLabel(self)
        self.status.setObjectName("versions_status")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        self.restore_all_button = QPushButton(self.tr("Restore whole register…"), self)
        self.restore_all_button.setObjectName("versions_restore_all")
        self.restore_client_button = QPushButton(self.tr("Restore this client"), self)
        self.restore_client_button.setObjectName("versions_restore_client")
        self.export_button = QPushButton(self.tr("Save a copy…"), self)
        self.export_button.setToolTip(self.tr("Write this version as a register file that opens with your password"))
        close = QPushButton(self.tr("Close"), self)
        for button in (self.restore_all_button, self.restore_client_button, self.export_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.restore_all_button.clicked.connect(self.restore_all)
        self.restore_client_button.clicked.connect(self.restore_one_client)
        self.export_button.clicked.connect(self.export_version)
        close.clicked.connect(self.reject)
        self._update_buttons()

    # ------------------------------------------------------------------ list
    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self.versions is None and self.task is None:
            self.refresh()

    def refresh(self) -> None:
        if common.backend(BACKEND, self, self.tr("Versions")) is None:
            return
        self._run(_list, self._show_list, self.tr("Reading versions"), show_progress=False)

    def _show_list(self, found: tuple[list[dict[str, Any]], list[dict[str, Any]]]) -> None:
        versions, deleted = found
        self._show_deleted(deleted)
        self.versions = list(versions)
        self.table.setRowCount(0)
        kinds, locale, today = kind_names(), QLocale(), dt.date.today()  # once, not per row
        for row, version in enumerate(self.versions):  # newest first: row 0 is the state now
            self.table.insertRow(row)
            self._fill_row(row, version, kinds, locale, today, current=row == 0)
        self.table.setVisible(bool(self.versions))
        self.empty_label.setVisible(not self.versions)
        if not self.status.text():
            self.status.setText(self.tr("Versions kept: {count}").format(count=len(self.versions)))
        self._update_buttons()

    def _fill_row(self, row: int, version: dict[str, Any], kinds: dict[str, str], locale: QLocale,
                  today: dt.date, *, current: bool) -> None:
        kind = str(version.get("kind", ""))
        what = kinds.get(kind, kind)
        cells = [
            (local_time(str(version.get("time", "")), today), False),
            (self.tr("{what} — current state").format(what=what) if current else what, False),
            (locale.toString(int(version.get("clients") or 0)), True),
            (human_size(int(version.get("size", 0))), True),
            (locale.toString(int(version.get("saves") or 1)), True),
        ]
        for column, (text, number) in enumerate(cells):
            item = QTableWidgetItem(text)
            if number:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if current:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            item.setToolTip(str(version.get("time", "")) if column == 0 else "")
            self.table.setItem(row, column, item)
        self.table.item(row, 0).setData(Qt.ItemDataRole.UserRole, int(version["id"]))

    def _show_deleted(self, deleted: list[dict[str, Any]]) -> None:
        self.deleted_combo.clear()
        if not deleted:
            self.deleted_combo.addItem(self.tr("none"))
        today = dt.date.today()
        for client in deleted:
            when = client.get("deleted")
            text = "{name} (#{id}) · {when}".format(
                name=client.get("name") or "?", id=client["id"], when=local_time(when, today) if when else "")
            self.deleted_combo.addItem(text, client)
        self.deleted_combo.setEnabled(bool(deleted))

    def _deleted_picked(self, index: int) -> None:
        """Put the client's number in the box and select the newest version from before the delete."""
        client = self.deleted_combo.itemData(index)
        if not client:
            return
        self.client_spin.setValue(int(client["id"]))
        deleted = _utc(client.get("deleted"))
        for row, version in enumerate(self.versions or []):  # newest first
            when = _utc(version.get("time"))
            if deleted is None or when is None:
                continue
            # times have whole seconds: in the delete's own second, skip the version the delete made
            if when < deleted or (when == deleted and version.get("kind") != "delete"):
                self.table.selectRow(row)
                break

    def selected_version(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return int(self.table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)) if rows else None

    def _selected_time(self) -> str:
        rows = self.table.selectionModel().selectedRows()
        return self.table.item(rows[0].row(), 0).text() if rows else ""

    def _update_buttons(self) -> None:
        chosen = self.selected_version() is not None and self.task is None
        self.restore_all_button.setEnabled(chosen)
        self.export_button.setEnabled(chosen)
        self.restore_client_button.setEnabled(chosen and self.client_spin.value() > 0)

    # ------------------------------------------------------------------ actions
    def restore_all(self) -> None:
        version_id = self.selected_version()
        if version_id is None:
            return
        answer = common.ask(
            self, self.tr("Restore whole register"),
            self.tr("Put the whole register back as it was at {time}? Everything saved after that is "
                    "replaced. The current state is kept as a version first, so you can undo this.").format(
                time=self._selected_time()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._run(_restore_all, self._restored_all, self.tr("Restoring the register"), version_id)

    def _restored_all(self, result: dict[str, int]) -> None:
        self.last_result = result
        self.status.setText(self.tr("The register is back as it was at that version. The state before the "
                                    "restore is the version marked \"before a restore\"."))
        self.register_changed.emit()
        self.versions = None
        self.refresh()

    def restore_one_client(self) -> None:
        version_id, client_id = self.selected_version(), self.client_spin.value()
        if version_id is None or client_id <= 0:
            return
        self._run(_restore_client, self._restored_client, self.tr("Restoring the client"), version_id, client_id)

    def _restored_client(self, changes: list[Any]) -> None:
        self.last_result = changes
        self.status.setText(self.tr("Client #{id} is back as it was in that version ({count} fields changed).")
                            .format(id=self.client_spin.value(), count=len(changes or [])))
        self.register_changed.emit()
        self.versions = None
        self.refresh()

    def export_version(self) -> None:
        version_id = self.selected_version()
        if version_id is None:
            return
        dest = common.choose_save_file(self, self.tr("Save a copy of this version"),
                                       self.tr("Kartoteka register (*.kartoteka)"),
                                       f"version-{version_id}.kartoteka")
        if dest:
            self._run(_export, self._exported, self.tr("Saving a copy"), version_id, dest)

    def _exported(self, path: Path) -> None:
        self.last_result = path
        self.status.setText(self.tr("Saved a copy as {name}; it opens with your password.").format(
            name=Path(path).name))

    # ------------------------------------------------------------------ running
    def _run(self, fn: Any, done: Any, title: str, *args: Any, show_progress: bool = True) -> None:
        from ui.workers import run_task

        self.task = run_task(self, fn, self.ctx.register, *args, title=title, show_progress=show_progress)
        self.task.finished.connect(lambda result: self._finished(done, result))
        self.task.failed.connect(self._failed)
        self._update_buttons()

    def _finished(self, done: Any, result: Any) -> None:
        self.task = None
        done(result)
        self._update_buttons()

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        self.status.setText(common.error_text(exc))
        self._update_buttons()

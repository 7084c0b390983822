"""File > Export and "Export selection": channel, format, preset, the live count and who is dropped and why.

The count is recomputed off the UI thread (``app.export.usecase.preview_export``) a moment after the
user changes a choice; a newer preview cancels the older one and stale answers are ignored. The export
itself runs as a task with progress and cancel. The back end is imported lazily so this module always
imports, and a build without exports shows a plain message.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.app import apply_style
from ui.dialogs import common

BACKEND = "app.export.usecase"


def _t(text: str) -> str:
    return QCoreApplication.translate("ExportDialog", text)


def reason_texts() -> dict[str, str]:
    """Translated reasons for leaving a client out (codes from app.export.eligibility)."""
    return {
        "no_consent": _t("no consent for this channel"),
        "opted_out": _t("withdrew consent"),
        "no_email": _t("no e-mail address"),
        "invalid_email": _t("the e-mail address is not valid"),
        "no_phone": _t("no (mobile) phone number"),
        "no_address": _t("no postal address"),
        "duplicate": _t("same address as another client on the list"),
    }


class ExportDialog(QDialog):
    """Export clients of a query (or the selected ids) to a file, respecting consent."""

    PREVIEW_DELAY_MS = 250

    def __init__(self, ctx: Any, parent: QWidget | None = None, query: str = "",
                 ids: list[int] | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.query = query
        self.ids = list(ids) if ids is not None else None
        self.preview: Any = None
        self.result: Any = None
        self._preview_task: Any = None
        self._generation = 0
        self.export_task: Any = None
        self.setWindowTitle(self.tr("Export clients"))
        self.resize(640, 520)
        self._build()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_preview)
        self._format_changed()

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        apply_style(self, "controls")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 16)
        layout.setSpacing(8)
        self.what_label = QLabel(self._what_text(), self)
        self.what_label.setWordWrap(True)
        layout.addWidget(self.what_label)
        form = QFormLayout()
        self.format_combo = QComboBox(self)
        self.format_combo.setObjectName("export_format")
        for key, name in (("csv", self.tr("Table (CSV)")), ("xlsx", self.tr("Table (Excel .xlsx)")),
                          ("vcard", self.tr("Contacts (vCard .vcf)")),
                          ("mailchimp", self.tr("Mailing list for a mail service (Mailchimp CSV)")),
                          ("sms", self.tr("SMS list (CSV)"))):
            self.format_combo.addItem(name, key)
        self.channel_combo = QComboBox(self)
        self.channel_combo.setObjectName("export_channel")
        for key, name in (("", self.tr("No channel: everyone, no consent check")), ("email", self.tr("E-mail")),
                          ("sms", self.tr("SMS")), ("phone", self.tr("Phone calls")), ("post", self.tr("Post"))):
            self.channel_combo.addItem(name, key)
        self.preset_combo = QComboBox(self)
        self.preset_combo.setObjectName("export_preset")
        self.preset_combo.addItem(self.tr("Standard (comma, UTF-8)"), "standard")
        self.preset_combo.addItem(self.tr("Excel (semicolon, decimal comma)"), "excel")
        self.preset_combo.setToolTip(self.tr("For CSV files, and for the list of clients left out that every "
                                             "format writes beside its file."))
        form.addRow(self.tr("Format"), self.format_combo)
        form.addRow(self.tr("Channel"), self.channel_combo)
        form.addRow(self.tr("CSV preset"), self.preset_combo)
        layout.addLayout(form)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("export_count")
        font = self.count_label.font()
        font.setBold(True)
        self.count_label.setFont(font)
        self.warning_label = QLabel(self)
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet("color: #b9770e;")
        self.reasons_label = QLabel(self)
        self.reasons_label.setWordWrap(True)
        layout.addWidget(self.count_label)
        layout.addWidget(self.warning_label)
        layout.addWidget(self.reasons_label)
        self.dropped_table = QTableWidget(0, 2, self)
        self.dropped_table.setObjectName("export_dropped")
        self.dropped_table.setHorizontalHeaderLabels([self.tr("Left out"), self.tr("Why")])
        self.dropped_table.verticalHeader().setVisible(False)
        self.dropped_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.dropped_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.dropped_table.horizontalHeader().setStretchLastSection(True)
        self.dropped_table.hide()  # shown when someone is left out
        layout.addWidget(self.dropped_table, 1)
        layout.addStretch(0)  # takes the room while the table is hidden
        self.result_label = QLabel(self)
        self.result_label.setObjectName("export_result")
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.RichText)
        self.result_label.linkActivated.connect(lambda link: QDesktopServices.openUrl(QUrl(link)))
        layout.addWidget(self.result_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.export_button.setObjectName("export_run")
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.export_button.clicked.connect(self.start_export)
        layout.addWidget(self.buttons)
        self.format_combo.currentIndexChanged.connect(self._format_changed)
        self.channel_combo.currentIndexChanged.connect(self.schedule_preview)

    def _what_text(self) -> str:
        if self.ids is not None:
            return self.tr("Exporting the selected clients: {count}").format(count=len(self.ids))
        if self.query.strip():
            return self.tr("Exporting the clients that match: {query}").format(query=self.query.strip())
        return self.tr("Exporting all clients.")

    # ------------------------------------------------------------------ choices
    @property
    def fmt(self) -> str:
        return str(self.format_combo.currentData())

    @property
    def channel(self) -> str | None:
        return str(self.channel_combo.currentData() or "") or None

    @property
    def preset(self) -> str:
        return str(self.preset_combo.currentData())

    def _format_changed(self) -> None:
        """A list format implies its channel. The preset stays enabled for every format: it shapes the CSV
        list of clients left out, which an xlsx, vCard or Mailchimp export writes too."""
        implied = {"mailchimp": "email", "sms": "sms"}.get(self.fmt)
        self.channel_combo.blockSignals(True)
        if implied:
            self.channel_combo.setCurrentIndex(self.channel_combo.findData(implied))
        self.channel_combo.blockSignals(False)
        self.channel_combo.setEnabled(implied is None)
        self.schedule_preview()

    def _what(self) -> str | list[int]:
        return self.ids if self.ids is not None else self.query

    # ------------------------------------------------------------------ live preview
    def schedule_preview(self) -> None:
        self.count_label.setText(self.tr("Counting…"))
        self._timer.start()

    def refresh_preview(self) -> None:
        """Start a preview for the current choices; an older running preview is cancelled."""
        usecase = common.backend(BACKEND, self, self.tr("Export"))
        if usecase is None:
            self.export_button.setEnabled(False)
            return
        from ui.workers import run_task

        if self._preview_task is not None:
            self._preview_task.cancel()
        self._generation += 1
        generation = self._generation
        reg, what, channel, fmt = self.ctx.register, self._what(), self.channel, self.fmt

        def work(progress: Any, cancel: Any) -> Any:
            del progress
            return usecase.preview_export(reg, what, channel, fmt, cancel=cancel)

        task = run_task(self, work, title=self.tr("Counting"), show_progress=False)
        task.finished.connect(lambda preview: self._show_preview(generation, preview))
        task.failed.connect(lambda exc: self._preview_failed(generation, exc))
        self._preview_task = task

    def _show_preview(self, generation: int, preview: Any) -> None:
        if generation != self._generation:
            return
        self.preview = preview
        self._preview_task = None
        self.count_label.setText(self.tr("{written} of {selected} clients will be written.").format(
            written=preview.will_write, selected=preview.selected))
        self.warning_label.setText("\n".join(self._warning_text(w) for w in preview.warnings))
        reasons = reason_texts()
        counts = preview.reasons()
        self.reasons_label.setText("; ".join(
            self.tr("{count} left out: {reason}").format(count=n, reason=reasons.get(code, code))
            for code, n in sorted(counts.items(), key=lambda kv: -kv[1])))
        self.dropped_table.setRowCount(0)
        for dropped in preview.dropped[:2000]:  # the side file has all of them
            row = self.dropped_table.rowCount()
            self.dropped_table.insertRow(row)
            self.dropped_table.setItem(row, 0, QTableWidgetItem(dropped.name))
            self.dropped_table.setItem(row, 1, QTableWidgetItem(reasons.get(dropped.reason, dropped.text)))
        self.dropped_table.setVisible(self.dropped_table.rowCount() > 0)
        self.export_button.setEnabled(preview.will_write > 0)

    def _warning_text(self, warning: str) -> str:
        if "not withdrawn" in warning:
            return self.tr("The register includes clients whose consent was never recorded (not withdrawn); "
                           "make sure you may contact them.")
        return warning

    def _preview_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._preview_task = None
        self.preview = None
        self.count_label.setText(common.error_text(exc))
        self.export_button.setEnabled(False)

    # ------------------------------------------------------------------ export
    def suggested_name(self) -> str:
        suffix = {"csv": ".csv", "xlsx": ".xlsx", "vcard": ".vcf", "mailchimp": ".csv", "sms": ".csv"}[self.fmt]
        stem = {"mailchimp": "mailing-list", "sms": "sms-list"}.get(self.fmt, "clients")
        return stem + suffix

    def start_export(self) -> None:
        usecase = common.backend(BACKEND, self, self.tr("Export"))
        if usecase is None:
            return
        path = common.choose_save_file(self, self.tr("Export to"), self._filters(), self.suggested_name())
        if not path:
            return
        from ui.workers import run_task

        reg, what, channel, fmt, preset = self.ctx.register, self._what(), self.channel, self.fmt, self.preset

        def work(progress: Any, cancel: Any) -> Any:
            return usecase.export_query(reg, what, channel, fmt, path, preset=preset,
                                        progress=lambda done, total=None: progress(done, total or 0),
                                        cancel=cancel)

        self.export_button.setEnabled(False)
        self.result_label.setText(self.tr("Exporting…"))
        task = run_task(self, work, title=self.tr("Exporting clients"))
        task.finished.connect(self._exported)
        task.failed.connect(self._export_failed)
        task.cancelled.connect(self._export_cancelled)
        self.export_task = task

    def _filters(self) -> str:
        return {
            "xlsx": self.tr("Excel workbook (*.xlsx)"), "vcard": self.tr("vCard (*.vcf)"),
        }.get(self.fmt, self.tr("CSV file (*.csv)"))

    def _exported(self, result: Any) -> None:
        self.result = result
        self.export_button.setEnabled(True)
        text = self.tr("Wrote {count} clients to <a href=\"{url}\">{name}</a>.").format(
            count=result.written, url=QUrl.fromLocalFile(str(result.path)).toString(),
            name=html.escape(Path(result.path).name))
        if result.side_file:
            text += " " + self.tr("{count} left out, listed in <a href=\"{url}\">{name}</a>.").format(
                count=len(result.dropped), url=QUrl.fromLocalFile(str(result.side_file)).toString(),
                name=html.escape(Path(result.side_file).name))
        for warning in result.warnings:  # counts only, e.g. cells cut to fit an xlsx cell
            text += "<br>" + html.escape(warning)
        self.result_label.setText(text)

    def _export_failed(self, exc: BaseException) -> None:
        self.export_button.setEnabled(True)
        self.result_label.setText(common.error_text(exc))

    def _export_cancelled(self) -> None:
        self.export_button.setEnabled(True)
        self.result_label.setText(self.tr("Export cancelled; no file was written."))

    def done(self, code: int) -> None:
        """Closing stops a running preview (an export keeps going until it finishes or is cancelled)."""
        self._timer.stop()
        if self._preview_task is not None:
            self._preview_task.cancel()
        super().done(code)

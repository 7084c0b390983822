"""Settings of the register: phone region, segment thresholds, idle lock, version retention.

These are business settings, so they live in the register (``app.lists.save_settings``), not in
QSettings: a register moved to another computer keeps its rules.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app import lists
from app.session import KartotekaError
from ui import workers
from ui.app import apply_style
from ui.start_dialog import REGIONS


class SettingsDialog(QDialog):
    """Edits the settings of ``ctx.register``; ``saved`` after they are stored."""

    saved = Signal()

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(480)
        apply_style(self, "controls")
        settings = ctx.register.settings()
        self.fields: dict[str, QSpinBox | QComboBox] = {}

        self.region = QComboBox(self)
        self.region.setObjectName("regionCombo")
        regions = list(REGIONS)
        if settings.get("region") not in regions:
            regions.insert(0, str(settings.get("region")))
        self.region.addItems(regions)
        self.region.setCurrentText(str(settings.get("region", "PL")))
        self.fields["region"] = self.region

        general = self._group(self.tr("General"), [
            (self.tr("Default phone region"), self.region),
            (self.tr("Lock after idle (minutes, 0 = never)"),
             self._spin("idle_lock_minutes", settings, 0, 24 * 60)),
        ])
        segments = self._group(self.tr("Segments"), [
            (self.tr("Active: bought within (days)"), self._spin("segment.active_days", settings, 1, 3650)),
            (self.tr("Active: at least (purchases)"), self._spin("segment.active_orders", settings, 1, 1000)),
            (self.tr("Regular: customer for (days)"), self._spin("segment.regular_days", settings, 1, 36500)),
            (self.tr("Regular: at least (purchases)"), self._spin("segment.regular_orders", settings, 1, 1000)),
            (self.tr("VIP: spent at least"), self._spin("segment.vip_spent", settings, 1, 100_000_000,
                                                        suffix=f" {settings.get('currency', '')}".rstrip())),
            (self.tr("Lost: no purchase for (days)"), self._spin("segment.lost_days", settings, 1, 36500)),
        ])
        versions = self._group(self.tr("Versions"), [
            (self.tr("Keep every version for (hours)"), self._spin("retention.recent_hours", settings, 1, 720)),
            (self.tr("…but at most (versions)"), self._spin("retention.recent_max", settings, 1, 10000)),
            (self.tr("Then one an hour for (days)"), self._spin("retention.hourly_days", settings, 0, 365)),
            (self.tr("Then one a day for (days)"), self._spin("retention.daily_days", settings, 0, 3650)),
        ])
        self._align_labels(general, segments, versions)
        note = QLabel(self.tr("Older versions are kept one a month."), self)
        note.setObjectName("mutedLabel")
        self.error = QLabel(self)
        self.error.setObjectName("errorLabel")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Save,
                                   self)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveSettingsButton")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 16)
        layout.setSpacing(12)
        for widget in (general, segments, versions, note, self.error):
            layout.addWidget(widget)
        layout.addWidget(buttons)

    def _spin(self, key: str, settings: dict[str, Any], low: int, high: int, suffix: str = "") -> QSpinBox:
        spin = QSpinBox(self)
        spin.setSuffix(suffix)
        spin.setObjectName(key.replace(".", "_"))
        spin.setRange(low, high)
        spin.setGroupSeparatorShown(True)
        spin.setValue(int(settings.get(key, low)))
        self.fields[key] = spin
        return spin

    def _group(self, title: str, rows: list[tuple[str, QWidget]]) -> QGroupBox:
        box = QGroupBox(title, self)
        form = QFormLayout(box)
        form.setContentsMargins(12, 12, 12, 12)
        form.setSpacing(8)
        for label, widget in rows:
            form.addRow(label, widget)
        return box

    @staticmethod
    def _align_labels(*groups: QGroupBox) -> None:
        """One caption width for every group, so the fields of all groups start in one column instead of
        three ragged ones (each QFormLayout sizes its captions on its own)."""
        labels = [item.widget() for group in groups for form in [group.layout()]
                  if isinstance(form, QFormLayout) for row in range(form.rowCount())
                  for item in [form.itemAt(row, QFormLayout.ItemRole.LabelRole)] if item is not None]
        width = max((label.sizeHint().width() for label in labels), default=0)
        for label in labels:
            label.setMinimumWidth(width)

    def values(self) -> dict[str, Any]:
        return {key: (w.currentText() if isinstance(w, QComboBox) else w.value()) for key, w in self.fields.items()}

    def save(self) -> workers.Task:
        """Store the settings off the UI thread (new segment rules re-sort every client)."""
        self.save_button.setEnabled(False)
        task = workers.run_task(self, lists.save_settings, self.ctx.register, self.values(),
                                title=self.tr("Saving settings"))
        task.finished.connect(self._saved)
        task.failed.connect(self._failed)
        task.cancelled.connect(lambda: self.save_button.setEnabled(True))
        return task

    def _saved(self, _changed: list[str]) -> None:
        self.saved.emit()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if not isinstance(exc, KartotekaError):
            raise exc
        self.error.setText(exc.message)
        self.error.show()

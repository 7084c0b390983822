"""Idle lock: after a quiet spell the window hides every client, closes the register and asks again.

Why close and not just hide: a locked window must leave nothing readable behind, so the connection (and
its page cache of decrypted data) goes, and unlocking derives the key again from the password. Activity is
noted by an application-wide event filter that only stores a timestamp (cheap on every mouse move); a
coarse timer compares it with the limit.
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QInputEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.session import KartotekaError, WrongPassword, open_register
from ui import workers
from ui.app import apply_style


class LockPage(QWidget):
    """What a locked window shows: the file name, a password field and Unlock."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockPage")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        panel = QFrame(self)
        panel.setObjectName("lockPanel")
        panel.setFixedWidth(360)
        self.title = QLabel(self.tr("Kartoteka is locked"), panel)
        self.title.setObjectName("dialogTitle")
        self.file_label = QLabel(panel)
        self.file_label.setObjectName("mutedLabel")
        self.password = QLineEdit(panel)
        self.password.setObjectName("unlockPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Password"))
        self.error = QLabel(panel)
        self.error.setObjectName("errorLabel")
        self.error.setWordWrap(True)
        self.error.hide()
        self.button = QPushButton(self.tr("Unlock"), panel)
        self.button.setObjectName("unlockButton")
        self.button.setDefault(True)
        inner = QVBoxLayout(panel)
        inner.setContentsMargins(24, 24, 24, 24)
        inner.setSpacing(8)
        inner.addWidget(self.title)
        inner.addWidget(self.file_label)
        inner.addSpacing(8)
        inner.addWidget(self.password)
        inner.addWidget(self.error)
        inner.addWidget(self.button, 0, Qt.AlignmentFlag.AlignRight)
        apply_style(self, "controls")
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(panel, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)


class LockController(QObject):
    """Locks ``window`` after ``idle_lock_minutes`` without input, and unlocks it with the password."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self._locked = False
        self._last_activity = time.monotonic()
        self.page = LockPage()
        window.stack.addWidget(self.page)
        self.page.button.clicked.connect(self._unlock_clicked)
        self.page.password.returnPressed.connect(self._unlock_clicked)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check_idle)
        self.set_minutes(float(window.ctx.register.get_setting("idle_lock_minutes", 15)))
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def set_minutes(self, minutes: float) -> None:
        """Lock after this many idle minutes; 0 turns the idle lock off."""
        self._limit = max(0.0, minutes) * 60.0
        if self._limit:
            self._timer.start(int(min(10_000, max(50, self._limit * 1000 / 4))))
        else:
            self._timer.stop()

    def stop(self) -> None:
        self._timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def is_locked(self) -> bool:
        return self._locked

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # isinstance, not event.type(): the filter sees every event of the application, and converting
        # the type to a Python enum costs ~15 us each time, a class check ~0.1 us.
        if isinstance(event, QInputEvent):
            self._last_activity = time.monotonic()
        return False

    def check_idle(self) -> None:
        if (not self._locked and self._limit and time.monotonic() - self._last_activity >= self._limit
                and not workers.busy()):  # an import running while the user waits is not idleness
            self.lock()

    # ------------------------------------------------------------------ lock
    def lock(self) -> None:
        """Hide the data, close the register, show the password field."""
        if self._locked:
            return
        window = self.window
        self._settle_card(window.card)
        self._locked = True
        self._current = window.current_client_id()
        window._card_timer.stop()
        for dialog in window.findChildren(QDialog):  # no dialog may keep client data on screen
            if dialog.isVisible():
                dialog.reject()
        workers.wait_for_tasks()
        window.card.show_client(None)
        window.model.clear()
        window.sidebar.clearSelection()
        window.stack.setCurrentWidget(self.page)
        window.menuBar().setEnabled(False)
        if window.ctx.register is not None:
            window.ctx.register.close()
        self.page.file_label.setText(str(window.ctx.path.name))
        self.page.password.setPlaceholderText(
            self.tr("Password (the demo register's is “demo”)") if window.ctx.path.name == "demo.kartoteka"
            else self.tr("Password"))
        self.page.password.clear()
        self.page.error.hide()
        self.page.password.setFocus()
        window.count_label.setText(self.tr("Locked"))
        window.locked_changed.emit(True)

    @staticmethod
    def _settle_card(card: Any) -> None:
        """Unsaved edits on the card are saved before the lock (the user is away: nothing may be asked,
        nothing typed may be lost); edits that cannot be saved are put back, never left on screen."""
        unsaved = getattr(card, "has_unsaved_changes", None)
        if callable(unsaved) and unsaved() and not card.save():
            card.revert()

    # ------------------------------------------------------------------ unlock
    def _unlock_clicked(self) -> None:
        self.unlock(self.page.password.text())

    def unlock(self, password: str) -> workers.Task | None:
        """Open the register again with ``password`` (the key derivation runs off the UI thread)."""
        if not self._locked or not password:
            return None
        self.page.button.setEnabled(False)
        path = self.window.ctx.path
        task = workers.run_task(self.window, lambda *, progress, cancel: open_register(path, password),
                                show_progress=False, title=self.tr("Unlocking"))
        task.finished.connect(self._unlocked)
        task.failed.connect(self._unlock_failed)
        return task

    def _unlocked(self, register: Any) -> None:
        window = self.window
        self._locked = False
        self._last_activity = time.monotonic()
        self.page.button.setEnabled(True)
        self.page.password.clear()
        window.ctx.register = register
        window.menuBar().setEnabled(True)
        window.stack.setCurrentIndex(0)
        window.refresh()
        window._reselect(self._current)
        if window.current_client_id() is None and window.model.rowCount():
            window.table.setCurrentIndex(window.model.index(0, 0))
        window.locked_changed.emit(False)

    def _unlock_failed(self, exc: BaseException) -> None:
        self.page.button.setEnabled(True)
        if isinstance(exc, WrongPassword):
            text = self.tr("Wrong password. Try again.")
        elif isinstance(exc, KartotekaError):
            text = exc.message
        else:
            text = self.tr("The register could not be opened ({name}).").format(name=type(exc).__name__)
        self.page.error.setText(text)
        self.page.error.show()
        self.page.password.selectAll()
        self.page.password.setFocus()

"""File > Change password: the current password, the new one twice, a strength meter.

The change re-encrypts the register and every version (``app.versions.change_password``), which takes
a while on a big register, so it runs off the UI thread; the current password is checked first, in the
same task, with ``app.session.check_password`` (one key derivation; nothing else is opened).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs import common

BACKEND = "app.versions"


def _change(reg: Any, current: str, new: str, progress: Any, cancel: Any) -> bool:
    """Worker: check the current password, then re-key everything (not cancellable half-way)."""
    del progress, cancel
    from app.session import WrongPassword, check_password
    from app.versions import change_password

    if not check_password(reg, current):
        raise WrongPassword("The current password is not right.")
    change_password(reg, new)
    return True


class PasswordDialog(QDialog):
    """Change the password of the open register and all its versions."""

    password_changed = Signal()

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.task: Any = None
        self.changed = False
        self.setWindowTitle(self.tr("Change password"))
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("The register and every version are re-encrypted with the new password. "
                              "Afterwards the old password opens nothing. There is no way to recover a "
                              "forgotten password."), self)
        note.setWordWrap(True)
        layout.addWidget(note)
        form = QFormLayout()
        self.current = self._password_edit("password_current")
        self.new = self._password_edit("password_new")
        self.repeat = self._password_edit("password_repeat")
        self.strength = QProgressBar(self)
        self.strength.setRange(0, 4)
        self.strength.setTextVisible(True)
        self.strength.setObjectName("password_strength")
        form.addRow(self.tr("Current password"), self.current)
        form.addRow(self.tr("New password"), self.new)
        form.addRow(self.tr("Repeat new password"), self.repeat)
        form.addRow(self.tr("Strength"), self.strength)
        layout.addLayout(form)
        self.message = QLabel(self)
        self.message.setObjectName("password_message")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Change password"))
        self.buttons.accepted.connect(self.change)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for edit in (self.current, self.new, self.repeat):
            edit.textChanged.connect(self._validate)
        self._validate()

    def _password_edit(self, name: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        return edit

    def _strength_words(self) -> dict[str, str]:
        return {"too short": self.tr("too short"), "weak": self.tr("weak"), "fair": self.tr("fair"),
                "good": self.tr("good"), "strong": self.tr("strong")}

    def _validate(self) -> bool:
        from app.session import password_strength

        score, word = password_strength(self.new.text())
        self.strength.setValue(score)
        self.strength.setFormat(self._strength_words().get(word, word))
        problem = ""
        if self.new.text() and len(self.new.text()) < 8:
            problem = self.tr("Use at least 8 characters.")
        elif self.repeat.text() and self.repeat.text() != self.new.text():
            problem = self.tr("The two new passwords are not the same.")
        elif self.new.text() and self.new.text() == self.current.text():
            problem = self.tr("The new password is the same as the current one.")
        self.message.setText(problem)
        ok = (not problem and bool(self.current.text()) and len(self.new.text()) >= 8
              and self.repeat.text() == self.new.text() and self.task is None)
        self.ok_button.setEnabled(ok)
        return ok

    def change(self) -> None:
        if not self._validate() or common.backend(BACKEND, self, self.tr("Change password")) is None:
            return
        from ui.workers import run_task

        self.message.setText(self.tr("Re-encrypting the register and its versions…"))
        self.task = run_task(self, _change, self.ctx.register, self.current.text(), self.new.text(),
                             title=self.tr("Changing the password"))
        self.task.finished.connect(self._done)
        self.task.failed.connect(self._failed)
        self._validate()

    def _done(self, _result: Any) -> None:
        self.task = None
        self.changed = True
        for edit in (self.current, self.new, self.repeat):
            edit.clear()
        self.password_changed.emit()
        common.show_info(self.parentWidget(), self.tr("Password changed"),
                         self.tr("The password was changed for the register and all its versions."))
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        from app.session import WrongPassword

        self.task = None
        self._validate()
        if isinstance(exc, WrongPassword):
            self.message.setText(self.tr("The current password is not right. Nothing was changed."))
            self.current.selectAll()
            self.current.setFocus()
        else:
            self.message.setText(common.error_text(exc))

"""The search box: the query language with field-name completion and an inline message for a bad query.

Typing is debounced (150 ms) so a fast typist causes one query, not one per letter; Enter searches at
once. A malformed query never matches everything: the box turns red, the message under it names the
bad part, and the table keeps its last good result."""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QSize, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCompleter,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.query import QueryError
from models.query import ALIASES, FIELDS
from ui.layouts import line_edit_width_for

DEBOUNCE_MS = 150
SHORT_DEBOUNCE_MS = 450  # one or two letters match most of a big register: wait for the next key
_WORD = re.compile(r"[-(]?([A-Za-z_.]*)$")


def completion_words() -> list[str]:
    """``field:`` for every field and alias of the language, canonical names first."""
    return [f"{name}:" for name in FIELDS] + [f"{name}:" for name in sorted(ALIASES)]


class SearchEdit(QLineEdit):
    """A line edit that completes the field name being typed (only the word under the cursor)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._placeholder_width: int | None = None
        self.setObjectName("searchEdit")
        self.setClearButtonEnabled(True)
        self._completer = QCompleter(QStringListModel(completion_words(), self), self)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self._completer.setWidget(self)
        self._completer.activated.connect(self.insert_completion)
        self.textEdited.connect(self._maybe_complete)

    def completer_widget(self) -> QCompleter:
        return self._completer

    def placeholder_width(self) -> int:
        """The width at which the whole placeholder shows (Qt elides it with "…" when narrower).

        Cached: layouts ask for it dozens of times per window resize and measuring takes ~90 µs; it
        changes only with the placeholder, the font or the style."""
        if self._placeholder_width is None:
            self._placeholder_width = line_edit_width_for(self, self.placeholderText())
        return self._placeholder_width

    def setPlaceholderText(self, text: str) -> None:
        self._placeholder_width = None
        super().setPlaceholderText(text)
        self.updateGeometry()  # the size hint follows the placeholder

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._placeholder_width = None
        super().changeEvent(event)

    def sizeHint(self) -> QSize:
        """Wide enough for the whole placeholder: the hint to the query language must be readable."""
        hint = super().sizeHint()
        return QSize(max(hint.width(), self.placeholder_width()), hint.height())

    def _word_before_cursor(self) -> str:
        before = self.text()[: self.cursorPosition()]
        if before.count('"') % 2:  # inside a quoted value
            return ""
        match = _WORD.search(before)
        word = match.group(1) if match else ""
        start = self.cursorPosition() - len(word)
        if start > 0 and before[start - 1] not in " (-":  # a value after "field:", not a field name
            return ""
        return word

    def _maybe_complete(self, _text: str) -> None:
        word = self._word_before_cursor()
        popup = self._completer.popup()
        if len(word) < 2 or word.upper() in ("OR", "AND", "NOT"):
            popup.hide()
            return
        self._completer.setCompletionPrefix(word)
        if self._completer.completionCount() == 0:
            popup.hide()
            return
        popup.setCurrentIndex(self._completer.completionModel().index(0, 0))
        rect = self.cursorRect()
        rect.setWidth(max(220, popup.sizeHintForColumn(0) + 24))
        self._completer.complete(rect)

    def insert_completion(self, completion: str) -> None:
        """Replace the word under the cursor with ``field:``."""
        word = self._word_before_cursor()
        pos = self.cursorPosition()
        text = self.text()
        self.setText(text[: pos - len(word)] + completion + text[pos:])
        self.setCursorPosition(pos - len(word) + len(completion))
        self.textEdited.emit(self.text())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        popup = self._completer.popup()
        if popup.isVisible() and event.key() in (Qt.Key.Key_Enter, Qt.Key.Key_Return, Qt.Key.Key_Tab):
            index = popup.currentIndex()
            if index.isValid():
                self.insert_completion(index.data())
            popup.hide()
            return
        super().keyPressEvent(event)


class SearchBox(QWidget):
    """The search line and its error message. ``query_changed`` fires after the debounce."""

    query_changed = Signal(str)
    navigate_down = Signal()  # Down arrow: go to the table

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = SearchEdit(self)
        self.edit.setPlaceholderText(self.tr("Search clients, or city:Kraków tag:vip …"))
        self.edit.setAccessibleName(self.tr("Search clients"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("searchError")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.edit)
        layout.addWidget(self.error_label)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.commit)
        self.edit.textChanged.connect(self._schedule)
        self.edit.returnPressed.connect(self.commit)
        self.edit.installEventFilter(self)
        self._last = ""

    def sizeHint(self) -> QSize:
        """The field's width: an error message under it wraps instead of widening the search bar."""
        return QSize(self.edit.sizeHint().width(), super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        """Never so narrow that the placeholder's hint to the query language is cut."""
        return QSize(self.edit.placeholder_width(), super().minimumSizeHint().height())

    def eventFilter(self, watched: object, event: object) -> bool:
        if (watched is self.edit and isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress
                and event.key() == Qt.Key.Key_Down and not self.edit.completer_widget().popup().isVisible()):
            self.navigate_down.emit()
            return True
        return False

    def _schedule(self, text: str) -> None:
        bare = text.strip()
        short = 0 < len(bare) < 3 and ":" not in bare
        self._timer.start(SHORT_DEBOUNCE_MS if short else DEBOUNCE_MS)

    def text(self) -> str:
        return self.edit.text().strip()

    def set_text(self, text: str) -> None:
        """Put a query in the box (the filter builder, a smart list) and search at once."""
        self.edit.setText(text)
        self.commit()

    def commit(self) -> None:
        self._timer.stop()
        text = self.text()
        if text != self._last:
            self._last = text
            self.query_changed.emit(text)

    def force_commit(self) -> None:
        """Search again even if the text did not change (after a sidebar change, say)."""
        self._timer.stop()
        self._last = self.text()
        self.query_changed.emit(self._last)

    def show_error(self, error: QueryError, offset: int = 0) -> None:
        """Show why the query is malformed and select the bad part (``offset``: where the box's text starts
        inside the query that was compiled)."""
        start, end = error.start - offset, error.end - offset
        self.error_label.setText(self.tr("Cannot search: {message}").format(message=error.message))
        self.error_label.show()
        self._set_invalid(True)
        if 0 <= start < len(self.edit.text()) and end > start and not self.edit.hasSelectedText():
            self.edit.setToolTip(self.edit.text()[start:end])
        else:
            self.edit.setToolTip("")

    def clear_error(self) -> None:
        self.error_label.hide()
        self.error_label.clear()
        self.edit.setToolTip("")
        self._set_invalid(False)

    def has_error(self) -> bool:
        return not self.error_label.isHidden()

    def _set_invalid(self, invalid: bool) -> None:
        if bool(self.edit.property("invalid")) != invalid:
            self.edit.setProperty("invalid", invalid)
            self.edit.style().unpolish(self.edit)
            self.edit.style().polish(self.edit)

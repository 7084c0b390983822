"""The search box: the query language with field-name completion and an inline message for a bad query.

Typing is debounced (150 ms) so a fast typist causes one query, not one per letter; Enter searches at
once. A malformed query never matches everything: the box turns red, the message under it names the
bad part, and the table keeps its last good result.

``FlowLayout`` lives here because the search bar is its first user: Polish, Russian and Ukrainian texts
are a third longer than English, so rows of buttons wrap to a second line instead of clipping their
text or the search field's placeholder. The client card uses it for its header and button rows.
"""

from __future__ import annotations

import math
import re

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetricsF, QKeyEvent
from PySide6.QtWidgets import (
    QCompleter,
    QLabel,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QSizePolicy,
    QStyle,
    QStyleOptionFrame,
    QVBoxLayout,
    QWidget,
    QWidgetItem,
)

from app.query import QueryError
from models.query import ALIASES, FIELDS

DEBOUNCE_MS = 150
SHORT_DEBOUNCE_MS = 450  # one or two letters match most of a big register: wait for the next key
_WORD = re.compile(r"[-(]?([A-Za-z_.]*)$")


def completion_words() -> list[str]:
    """``field:`` for every field and alias of the language, canonical names first."""
    return [f"{name}:" for name in FIELDS] + [f"{name}:" for name in sorted(ALIASES)]


class FlowLayout(QLayout):
    """Items left to right at their preferred width, wrapping to a new line when the width runs out.

    Why: a row of buttons in a box layout either forces its parent wider or clips its text; wrapped,
    every button keeps its whole text and the parent's minimum width is its widest item. On each line
    horizontally expanding items share the spare width, an item added with ``Qt.AlignRight``
    (and the items after it) sit at the line's right end, items sit at the top of their line unless
    added with ``Qt.AlignVCenter``. A word-wrapped label prefers its text on
    one line and wraps only when a line alone is too narrow for it.
    """

    def __init__(self, parent: QWidget | None = None, spacing: int = 6, line_spacing: int | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setSpacing(spacing)
        self._line_spacing = spacing if line_spacing is None else line_spacing
        if parent is None:
            self.setContentsMargins(0, 0, 0, 0)

    # QLayout's item list ---------------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def addWidget(self, widget: QWidget, alignment: Qt.AlignmentFlag | None = None) -> None:  # type: ignore[override]
        """Add a widget; ``Qt.AlignRight`` pushes it (and what follows on its line) to the right end."""
        self.addChildWidget(widget)
        item = QWidgetItem(widget)
        if alignment is not None:
            item.setAlignment(alignment)
        self.addItem(item)
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    # sizes -----------------------------------------------------------------------------------------
    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation.Horizontal

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        return size.grownBy(self.contentsMargins())

    def sizeHint(self) -> QSize:
        """Everything on one line."""
        items = self._visible()
        width = sum(self._preferred(item) for item in items) + self.spacing() * max(len(items) - 1, 0)
        height = max((item.sizeHint().height() for item in items), default=0)
        return QSize(width, height).grownBy(self.contentsMargins())

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    # layout ----------------------------------------------------------------------------------------
    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    @staticmethod
    def _preferred(item: QLayoutItem) -> int:
        widget = item.widget()
        hint = item.sizeHint().width()
        if isinstance(widget, QLabel) and widget.wordWrap() and widget.text():
            margins = widget.contentsMargins()
            one_line = math.ceil(QFontMetricsF(widget.font()).horizontalAdvance(widget.text()))
            hint = one_line + margins.left() + margins.right() + 2 * widget.margin() + 1
        return max(hint, item.minimumSize().width())

    def _lines(self, width: int) -> list[list[tuple[QLayoutItem, int]]]:
        """Items with their widths, split into lines that fit ``width``."""
        lines: list[list[tuple[QLayoutItem, int]]] = [[]]
        used = 0
        for item in self._visible():
            item_width = max(min(self._preferred(item), width), item.minimumSize().width())
            if lines[-1] and used + self.spacing() + item_width > width:
                lines.append([])
                used = 0
            used += (self.spacing() if lines[-1] else 0) + item_width
            lines[-1].append((item, item_width))
        return [line for line in lines if line]

    def _arrange(self, rect: QRect, apply: bool) -> int:
        """Place the items (or only measure them); returns the height they need."""
        margins: QMargins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        y = area.y()
        for number, line in enumerate(self._lines(area.width())):
            widths = self._share_spare(line, area.width())
            heights = [item.heightForWidth(w) if item.hasHeightForWidth() else item.sizeHint().height()
                       for (item, _), w in zip(line, widths, strict=True)]
            if number:
                y += self._line_spacing
            if apply:
                self._place(line, widths, heights, QPoint(area.x(), y), area.width())
            y += max(heights)
        return y - area.y() + margins.top() + margins.bottom()

    def _share_spare(self, line: list[tuple[QLayoutItem, int]], width: int) -> list[int]:
        widths = [w for _, w in line]
        spare = width - sum(widths) - self.spacing() * (len(line) - 1)
        growing = [i for i, (item, _) in enumerate(line)
                   if item.expandingDirections() & Qt.Orientation.Horizontal and not item.alignment()]
        for rank, i in enumerate(growing):
            widths[i] += spare // len(growing) + (1 if rank < spare % len(growing) else 0)
        return widths

    def _place(self, line: list[tuple[QLayoutItem, int]], widths: list[int], heights: list[int],
               origin: QPoint, width: int) -> None:
        spare = width - sum(widths) - self.spacing() * (len(line) - 1)
        line_height = max(heights)
        x = origin.x()
        pushed = False
        for (item, _), item_width, height in zip(line, widths, heights, strict=True):
            if not pushed and item.alignment() & Qt.AlignmentFlag.AlignRight and spare > 0:
                x += spare
                pushed = True
            top = origin.y() + ((line_height - height) // 2 if item.alignment() & Qt.AlignmentFlag.AlignVCenter
                                else 0)
            item.setGeometry(QRect(x, top, item_width, height))
            x += item_width + self.spacing()


def line_edit_width_for(edit: QLineEdit, text: str) -> int:
    """The width ``edit`` needs to show ``text`` whole: the text, Qt's 2 px margin each side, the text
    margins, and the frame and padding of the edit's style (style sheets included)."""
    edit.ensurePolished()
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    option.rect = QRect(0, 0, 1000, max(edit.height(), 30))
    frame = 1000 - edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit).width()
    margins = edit.textMargins()
    advance = math.ceil(QFontMetricsF(edit.font()).horizontalAdvance(text))
    return advance + 2 * 2 + margins.left() + margins.right() + frame + 1


class SearchEdit(QLineEdit):
    """A line edit that completes the field name being typed (only the word under the cursor)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
        """The width at which the whole placeholder shows (Qt elides it with "…" when narrower)."""
        return line_edit_width_for(self, self.placeholderText())

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

"""Layout helpers shared by the window, the card and the filter builder.

Polish, Russian and Ukrainian texts run a third longer than English, so rows of buttons wrap to a second
line (``FlowLayout``) instead of clipping their text, and fields are sized to the text they must show
(``line_edit_width_for``).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QStyle,
    QStyleOptionFrame,
    QWidget,
    QWidgetItem,
)


class FlowLayout(QLayout):
    """Items left to right at their preferred width, wrapping to a new line when the width runs out.

    Why: a row of buttons in a box layout either forces its parent wider or clips its text; wrapped,
    every button keeps its whole text and the parent's minimum width is its widest item. On each line
    horizontally expanding items share the spare width, an item added with ``Qt.AlignRight``
    (and the items after it) sit at the line's right end, items sit at the top of their line unless
    added with ``Qt.AlignVCenter``. A word-wrapped label prefers its text on
    one line and wraps only when a line alone is too narrow for it.
    """

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setSpacing(spacing)
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
                y += self.spacing()
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


def center_form_labels(form: QFormLayout) -> None:
    """Make each caption of ``form`` as tall as its field, so the caption's vertical centring puts it on
    the field's middle line. QFormLayout places a caption at its own height at the top of the row: beside
    a padded line edit it sits higher than beside a combo box. Call once the fields are polished (shown)."""
    for row in range(form.rowCount()):
        label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        if label is None or field is None or not isinstance(label.widget(), QLabel):
            continue
        label.widget().setAlignment(form.labelAlignment() | Qt.AlignmentFlag.AlignVCenter)
        label.widget().setMinimumHeight(field.sizeHint().height())

"""Nothing the window shows is clipped in Polish, Russian or Ukrainian, whose captions run a third longer
than English: the card beside the table, the search field's placeholder, the filter builder's value.

Each check runs at the window's default size and again with the card (or the table's column) squeezed to
the minimum the splitter allows, with the language's translator installed before the window is built.
"""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QPoint, QRect, QTranslator
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QStyle, QStyleOptionFrame, QWidget

FOLDER = Path(__file__).resolve().parents[2] / "resources" / "translations"
LANGUAGES = {"en": "en_US", "pl": "pl_PL", "ru": "ru_RU", "uk": "uk_UA"}


@pytest.fixture(params=sorted(LANGUAGES))
def lang(request, qapp):
    """The window's language: our translator installed before any widget is built (English: none)."""
    translator = QTranslator()
    if request.param != "en":
        assert translator.load(QLocale(LANGUAGES[request.param]), "kartoteka", "_", str(FOLDER))
        qapp.installTranslator(translator)
    yield request.param
    qapp.removeTranslator(translator)


@pytest.fixture(params=["short", "long"])
def name(request) -> str:
    """Which client the card shows: a short name leaves the card at the width its buttons need; a long
    one-word surname (Żółtowska-Szczepańska) is the widest thing in the header."""
    return request.param


@pytest.fixture
def shown(lang, name, qtbot, ui_register, inline_workers):
    """The main window at its default size, showing the client with the shortest or the longest name."""
    import ui

    win = ui.window_for(ui_register)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    names = [str(win.model.index(row, 0).data() or "") for row in range(win.model.rowCount())]
    pick = min if name == "short" else max
    win.table.setCurrentIndex(win.model.index(pick(range(len(names)), key=lambda r: len(names[r])), 0))
    win.sync_card()
    yield win
    win.lock_controller.stop()


def _settle(qtbot) -> None:
    qtbot.wait(20)


def _squeeze(window, pane: int) -> None:
    """Give the splitter's ``pane`` (1 table, 2 card) as little room as it allows."""
    sizes = window.splitter.sizes()
    other = 2 if pane == 1 else 1
    sizes[other] += sizes[pane]
    sizes[pane] = 0
    window.splitter.setSizes(sizes)


def _clipped_buttons(card: QWidget) -> list[str]:
    """Visible buttons narrower than their text needs, or cut by the card's edge or its scroll view."""
    viewport = card.scroll.viewport()
    visible = QRect(viewport.mapTo(card, QPoint(0, 0)), viewport.size())
    bad = []
    for button in card.findChildren(QAbstractButton):
        if not button.isVisibleTo(card) or not button.text():
            continue
        rect = QRect(button.mapTo(card, QPoint(0, 0)), button.size())
        inside_view = viewport.isAncestorOf(button)
        cut = rect.left() < visible.left() or rect.right() > visible.right() if inside_view else \
            rect.left() < 0 or rect.right() >= card.width()
        if button.width() < button.sizeHint().width() or cut:
            bad.append(f"{button.text()!r}: {button.width()} of {button.sizeHint().width()} px at "
                       f"{rect.left()}..{rect.right()}, card {card.width()} px")
    return bad


@pytest.mark.parametrize("squeezed", [False, True], ids=["default", "card-at-minimum"])
def test_every_card_button_shows_its_whole_text(shown, qtbot, lang, squeezed):
    card = shown.card
    if squeezed:
        _squeeze(shown, 2)
    _settle(qtbot)
    assert card.client_id is not None
    assert not _clipped_buttons(card), f"{lang}: " + "; ".join(_clipped_buttons(card))
    body = card.scroll.widget()
    assert body.width() <= card.scroll.viewport().width(), "the card's body scrolls sideways"


def test_card_buttons_fit_while_editing_and_for_a_new_client(shown, qtbot, lang):
    """The edit bar (Save/Cancel and a refusal message) and the new-client header fit the narrow card."""
    card = shown.card
    _squeeze(shown, 2)
    city = card.findChild(QLineEdit, "city")
    city.setText(city.text() + " Wielkie")
    card.error_label.setText("A long refusal message that has to wrap instead of pushing the buttons out")
    _settle(qtbot)
    assert card.edit_bar.isVisible()
    assert not _clipped_buttons(card), f"{lang}: " + "; ".join(_clipped_buttons(card))
    card.revert()
    card.new_client()
    _settle(qtbot)
    assert not _clipped_buttons(card), f"{lang}: " + "; ".join(_clipped_buttons(card))


def _placeholder_room(edit: QLineEdit) -> tuple[int, int]:
    """(pixels the placeholder needs, pixels the field has for text), measured the way QLineEdit paints:
    its contents rectangle less the text margins and a 2 px margin each side."""
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    contents = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    margins = edit.textMargins()
    room = contents.width() - margins.left() - margins.right() - 2 * 2
    return math.ceil(QFontMetricsF(edit.font()).horizontalAdvance(edit.placeholderText())), room


@pytest.mark.parametrize("squeezed", [False, True], ids=["default", "table-at-minimum"])
def test_search_placeholder_and_bar_buttons_fit(shown, qtbot, lang, squeezed):
    if squeezed:
        _squeeze(shown, 1)
    _settle(qtbot)
    need, room = _placeholder_room(shown.search_edit)
    assert need <= room, f"{lang}: placeholder needs {need} px, the field has {room} px"
    for button in (shown.filter_button, shown.save_list_button, shown.new_button):
        assert button.width() >= button.sizeHint().width(), f"{lang}: {button.text()!r} is cut"


def test_filter_builder_value_is_wide_and_stretches(qtbot, lang):
    from ui.filter_builder import FilterBuilder

    dialog = FilterBuilder()
    qtbot.addWidget(dialog)
    dialog.rows[0].set_condition("email", "contains", "g.brzeczyszczykiewicz@example.pl")
    dialog.add_row("last_purchase", "between", "2024-01-01..2024-06-30")
    dialog.add_row("city", "contains", "Chrząszczyżewoszyce-Wielkie")
    dialog.add_row("consent_email", "is", "granted")
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.adjustSize()
    _settle(qtbot)
    fields = [row.value if row.value.isVisibleTo(row) else row.choice for row in dialog.rows]
    for row, field in zip(dialog.rows, fields, strict=True):
        if isinstance(field, QLineEdit):
            text = QFontMetricsF(field.font()).horizontalAdvance(field.text())
            _, room = _placeholder_room(field)
            assert text <= room, f"{lang}: {field.text()!r} needs {text:.0f} px, the value has {room} px"
        assert field.width() >= max(row.field.width(), row.operator.width()), "the value is the widest column"
    assert len({field.mapTo(dialog, QPoint(0, 0)).x() for field in fields}) == 1, "value columns line up"
    before = [field.width() for field in fields]
    dialog.resize(dialog.width() + 200, dialog.height())
    _settle(qtbot)
    assert all(field.width() >= old + 190 for field, old in zip(fields, before, strict=True)), \
        "extra width goes to the value"

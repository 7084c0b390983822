"""The client card, driven like a person: type, click, Ctrl+S, Esc; results re-read through app.records."""

from __future__ import annotations

import pytest
from card_fixtures import type_text
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox, QPushButton, QToolButton, QWidget

from app import records
from ui.card import ClientCard
from ui.dialogs import common


@pytest.fixture
def card(qtbot, ctx):
    card = ClientCard(ctx)
    qtbot.addWidget(card)
    card.resize(700, 900)
    card.show()
    card.activateWindow()
    qtbot.waitExposed(card)
    return card


@pytest.fixture
def answers(monkeypatch):
    """Answers for the card's questions, in order; records what was asked."""
    queue: list[QMessageBox.StandardButton] = []
    asked: list[str] = []

    def fake_ask(parent, title, text, buttons, default):
        asked.append(text)
        return queue.pop(0)

    monkeypatch.setattr(common, "ask", fake_ask)
    return queue, asked


def read(ctx, client_id):
    with ctx.register.session() as session:
        return records.client_to_dict(session, client_id)


def edit(card, name) -> QLineEdit:
    widget = card.findChild(QLineEdit, name)
    assert widget is not None, name
    return widget


def button(card, name) -> QPushButton:
    return card.findChild(QPushButton, name)


def click_row(qtbot, table, row: int) -> None:
    """Click a row of an activity table like a person (which loads it into the form below)."""
    rect = table.visualItemRect(table.item(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def retype(qtbot, widget: QLineEdit, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    type_text(qtbot, widget, text)


def test_empty_state_then_cyrillic_client(card, ctx):
    assert "Ctrl+N" in card.empty_label.text()
    assert card.stack.currentIndex() == 0
    assert card.show_client(ctx.ids["semen"])
    assert card.name_label.text() == "Семён Кузнецов-Переяславский"
    assert edit(card, "middle_name").text() == "Иванович"
    assert card.name_label.wordWrap()
    assert edit(card, "city").text() == "Санкт-Петербург"
    assert edit(card, "tags").text() == "vip, опт"
    assert card.totals["orders"].text() == "2"
    assert card.totals["spent"].text().startswith("400.00")
    assert card.totals["avg"].text().startswith("200.00")
    assert card.totals["last"].text() == "2025-03-05"
    assert card.purchases.table.rowCount() == 2
    assert not card.edit_bar.isVisible()
    assert not card.has_unsaved_changes()


def test_invalid_phone_is_flagged(card, ctx, qtbot):
    card.show_client(ctx.ids["semen"])
    assert card.phones.invalid_count() == 1
    flagged = [row for row in card.phones._rows if not row.flag.isHidden()]
    assert flagged[0].edit.text() == "12" and flagged[0].flag.toolTip()
    # Fixing it clears the flag live; breaking a good one raises it.
    retype(qtbot, flagged[0].edit, "+48 601 234 567")
    assert card.phones.invalid_count() == 0
    retype(qtbot, card.phones._rows[0].edit, "abc")
    assert card.phones.invalid_count() == 1


def test_edit_and_ctrl_s_persists(card, ctx, qtbot):
    card.show_client(ctx.ids["grzegorz"])
    saved = []
    card.saved.connect(saved.append)
    city = edit(card, "city")
    retype(qtbot, city, "Wrocław")
    assert card.edit_bar.isVisible() and card.has_unsaved_changes()
    qtbot.keyClick(city, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert saved == [ctx.ids["grzegorz"]]
    assert read(ctx, ctx.ids["grzegorz"])["city"] == "Wrocław"
    assert not card.has_unsaved_changes() and not card.edit_bar.isVisible()
    # Phones untouched by the edit keep their original spelling.
    assert read(ctx, ctx.ids["grzegorz"])["phones"][0]["original"] == "601 234 567"


def test_escape_reverts(card, ctx, qtbot):
    card.show_client(ctx.ids["grzegorz"])
    city = edit(card, "city")
    retype(qtbot, city, "Gdańsk")
    assert card.has_unsaved_changes()
    qtbot.keyClick(city, Qt.Key.Key_Escape)
    assert city.text() == "Kraków"
    assert not card.has_unsaved_changes()
    assert read(ctx, ctx.ids["grzegorz"])["city"] == "Kraków"


def test_typing_the_old_value_back_is_not_a_change(card, ctx, qtbot):
    card.show_client(ctx.ids["grzegorz"])
    retype(qtbot, edit(card, "city"), "Gdańsk")
    retype(qtbot, edit(card, "city"), "Kraków")
    assert not card.has_unsaved_changes()


def test_switching_with_unsaved_changes_asks(card, ctx, qtbot, answers):
    queue, asked = answers
    card.show_client(ctx.ids["grzegorz"])
    retype(qtbot, edit(card, "street"), "Piotrkowska 1")
    # Cancel: stay on the client, edits kept.
    queue.append(QMessageBox.StandardButton.Cancel)
    assert not card.maybe_save()
    queue.append(QMessageBox.StandardButton.Cancel)
    assert not card.show_client(ctx.ids["semen"])
    assert card.client_id == ctx.ids["grzegorz"] and edit(card, "street").text() == "Piotrkowska 1"
    # Save: the edit is written, then the other client is shown.
    queue.append(QMessageBox.StandardButton.Save)
    assert card.show_client(ctx.ids["semen"])
    assert len(asked) == 3
    assert read(ctx, ctx.ids["grzegorz"])["street"] == "Piotrkowska 1"
    assert card.client_id == ctx.ids["semen"]
    # Discard: nothing written.
    retype(qtbot, edit(card, "street"), "Nowa 5")
    queue.append(QMessageBox.StandardButton.Discard)
    assert card.maybe_save()
    assert read(ctx, ctx.ids["semen"])["street"] == "Невский проспект 28"
    assert not card.has_unsaved_changes()


def test_add_purchase_updates_totals(card, ctx, qtbot):
    card.show_client(ctx.ids["grzegorz"])
    retype(qtbot, edit(card, "street"), "Pending edit 3")  # a pending edit survives the purchase
    panel = card.purchases
    type_text(qtbot, panel.amount, "250,50")
    type_text(qtbot, panel.item, "Rower")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert card.totals["orders"].text() == "1"
    assert card.totals["spent"].text().startswith("250.50")
    assert panel.table.rowCount() == 1
    data = read(ctx, ctx.ids["grzegorz"])
    assert data["orders"] == 1 and data["purchases"][0]["item"] == "Rower"
    assert edit(card, "street").text() == "Pending edit 3" and card.has_unsaved_changes()


def test_edit_and_remove_purchase(card, ctx, qtbot):
    card.show_client(ctx.ids["semen"])
    panel = card.purchases
    panel.table.selectRow(0)  # newest first: 300.00 Кофе
    assert panel.amount.text() == "300.00"
    retype(qtbot, panel.amount, "350")
    qtbot.mouseClick(panel.update_button, Qt.MouseButton.LeftButton)
    assert read(ctx, ctx.ids["semen"])["total_spent"] == 450.0
    panel.table.selectRow(0)
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert card.totals["orders"].text() == "1"
    assert read(ctx, ctx.ids["semen"])["orders"] == 1


def test_bad_amount_is_refused_with_a_message(card, ctx, qtbot, monkeypatch):
    errors = []
    monkeypatch.setattr(common, "show_error", lambda parent, title, text: errors.append(text))
    card.show_client(ctx.ids["grzegorz"])
    type_text(qtbot, card.purchases.amount, "dużo")
    qtbot.mouseClick(card.purchases.add_button, Qt.MouseButton.LeftButton)
    assert errors and "amount" in errors[0]
    assert read(ctx, ctx.ids["grzegorz"])["orders"] == 0


def test_add_interaction(card, ctx, qtbot):
    card.show_client(ctx.ids["grzegorz"])
    type_text(qtbot, card.interactions.summary, "Zadzwonił w sprawie zamówienia")
    qtbot.keyClick(card.interactions.summary, Qt.Key.Key_Return)
    assert card.interactions.table.rowCount() == 1
    assert read(ctx, ctx.ids["grzegorz"])["interactions"][0]["summary"] == "Zadzwonił w sprawie zamówienia"


def test_put_back_old_value_from_history(card, ctx, qtbot):
    card.show_client(ctx.ids["grzegorz"])
    entries = [card.history.table.item(r, 0).data(Qt.ItemDataRole.UserRole)
               for r in range(card.history.table.rowCount())]
    city_change = next(e for e in entries if e.field == "city")
    assert (city_change.old, city_change.new) == ("Łódź", "Kraków")
    assert entries[0].field == "city"  # newest first
    assert card.history.select_entry(city_change.id)
    qtbot.mouseClick(card.history.revert_button, Qt.MouseButton.LeftButton)
    assert read(ctx, ctx.ids["grzegorz"])["city"] == "Łódź"
    assert edit(card, "city").text() == "Łódź"
    assert card.history.table.item(0, 3).text() == "put back"
    assert card.history.table.item(0, 1).text() == "City"


def test_new_client_and_save(card, ctx, qtbot):
    saved = []
    card.saved.connect(saved.append)
    assert card.new_client()
    assert card.edit_bar.isVisible() and not card.save_button.isEnabled()
    assert not card.purchases.isEnabled()
    type_text(qtbot, edit(card, "first_name"), "Zofia")
    type_text(qtbot, edit(card, "last_name"), "Wiśniewska-Żółkiewska")
    qtbot.mouseClick(card.phones.add_button, Qt.MouseButton.LeftButton)
    type_text(qtbot, card.phones.line_edits()[-1], "22 123 45 67")
    qtbot.keyClick(edit(card, "last_name"), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert len(saved) == 1
    data = read(ctx, saved[0])
    assert data["display_name"] == "Zofia Wiśniewska-Żółkiewska"
    assert data["phones"][0]["value"] == "+48221234567"
    assert card.client_id == saved[0] and card.purchases.isEnabled()


def test_new_client_without_anything_is_refused_and_escape_drops_it(card, ctx, qtbot):
    card.new_client()
    type_text(qtbot, edit(card, "city"), "Poznań")
    qtbot.mouseClick(card.save_button, Qt.MouseButton.LeftButton)
    assert "needs at least a name" in card.error_label.text()
    assert card.has_unsaved_changes()
    qtbot.keyClick(edit(card, "city"), Qt.Key.Key_Escape)
    assert card.stack.currentIndex() == 0


def test_bad_birth_date_keeps_the_edit_and_says_why(card, ctx, qtbot):
    card.show_client(ctx.ids["grzegorz"])
    type_text(qtbot, edit(card, "birth_date"), "31.02.1990")
    qtbot.mouseClick(card.save_button, Qt.MouseButton.LeftButton)
    assert "birth_date" in card.error_label.text()
    assert card.has_unsaved_changes()
    retype(qtbot, edit(card, "birth_date"), "28.02.1990")
    qtbot.mouseClick(card.save_button, Qt.MouseButton.LeftButton)
    assert read(ctx, ctx.ids["grzegorz"])["birth_date"] == "1990-02-28"


def test_consent_and_segment_and_tags(card, ctx, qtbot):
    card.show_client(ctx.ids["grzegorz"])
    consent = card.findChild(type(card.segment_combo), "consent_sms")
    consent.setCurrentIndex(consent.findData("granted"))
    type_text(qtbot, edit(card, "consent_sms_source"), "formularz")
    card.segment_combo.setCurrentIndex(card.segment_combo.findData("vip"))
    retype(qtbot, edit(card, "tags"), "hurt, Stały")
    assert card.save()
    data = read(ctx, ctx.ids["grzegorz"])
    assert data["consent"]["sms"]["state"] == "granted" and data["consent"]["sms"]["source"] == "formularz"
    assert data["consent"]["sms"]["date"]
    assert data["segment"] == "vip" and data["segment_manual"]
    assert data["tags"] == ["hurt", "stały"]
    assert card.segment_pill.text() == "VIP"


def test_delete_asks_and_deletes(card, ctx, qtbot, answers):
    queue, asked = answers
    deleted = []
    card.deleted.connect(deleted.append)
    card.show_client(ctx.ids["firma"])
    assert "Żółć" in card.name_label.text()
    queue.append(QMessageBox.StandardButton.Cancel)
    qtbot.mouseClick(button(card, "delete_client"), Qt.MouseButton.LeftButton)
    assert not deleted and "Versions" in asked[0]
    queue.append(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(button(card, "delete_client"), Qt.MouseButton.LeftButton)
    assert deleted == [ctx.ids["firma"]]
    assert card.stack.currentIndex() == 0
    assert f"#{ctx.ids['firma']}" in card.empty_label.text() and "Versions" in card.empty_label.text()
    with ctx.register.session() as session, pytest.raises(records.NotFound):
        records.client_to_dict(session, ctx.ids["firma"])


def test_missing_client_shows_a_message(card, ctx):
    card.show_client(99999)
    assert card.stack.currentIndex() == 0
    assert "99999" in card.empty_label.text()


def test_add_a_custom_field(card, ctx, qtbot, monkeypatch):
    monkeypatch.setattr(common, "ask_text", lambda *args: "karta")
    card.show_client(ctx.ids["grzegorz"])
    qtbot.mouseClick(button(card, "add_custom_field"), Qt.MouseButton.LeftButton)
    assert not card.has_unsaved_changes()
    type_text(qtbot, edit(card, "custom.karta"), "Złota 123")
    qtbot.keyClick(edit(card, "custom.karta"), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert read(ctx, ctx.ids["grzegorz"])["custom"] == {"karta": "Złota 123"}
    assert edit(card, "custom.karta").text() == "Złota 123"


def column_x(card, name) -> int:
    """Where a field's widget starts, in the card body's coordinates."""
    widget = card.findChild(QWidget, name)
    return widget.mapTo(card.scroll.widget(), QPoint(0, 0)).x()


def test_custom_fields_start_in_the_same_column_as_the_others(card, ctx, qtbot, monkeypatch):
    with ctx.register.unit_of_work("edit") as session:
        records.update_client(session, ctx.ids["grzegorz"], {"custom": {"nr karty": "7"}})
    card.show_client(ctx.ids["grzegorz"])
    qtbot.waitUntil(lambda: column_x(card, "custom.nr karty") == column_x(card, "city"))
    monkeypatch.setattr(common, "ask_text", lambda *args: "rabat")
    qtbot.mouseClick(button(card, "add_custom_field"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: column_x(card, "custom.rabat") == column_x(card, "city"))
    assert column_x(card, "custom.nr karty") == column_x(card, "first_name")


def test_phone_label_change_and_removal_keep_the_others_as_written(card, ctx, qtbot):
    card.show_client(ctx.ids["semen"])
    rows = card.phones._rows
    rows[0].label.setCurrentIndex(rows[0].label.findData("work"))
    qtbot.mouseClick(rows[1].widget.findChildren(QToolButton)[0], Qt.MouseButton.LeftButton)  # remove "12"
    assert card.has_unsaved_changes()
    assert card.save()
    phones = read(ctx, ctx.ids["semen"])["phones"]
    assert [(p["value"], p["label"], p["original"]) for p in phones] == [
        ("+79161234567", "work", "+7 916 123-45-67")]
    assert card.phones.invalid_count() == 0


def test_edit_purchase_keeps_its_identity(card, ctx, qtbot):
    card.show_client(ctx.ids["semen"])
    panel = card.purchases
    click_row(qtbot, panel.table, 1)  # the older one: 100.00 Чай
    assert panel.amount.text() == "100.00" and panel.item.text() == "Чай"
    before = panel.table.item(1, 0).data(Qt.ItemDataRole.UserRole)["id"]
    retype(qtbot, panel.item, "Зелёный чай")
    qtbot.mouseClick(panel.update_button, Qt.MouseButton.LeftButton)
    purchases = {p["id"]: p for p in read(ctx, ctx.ids["semen"])["purchases"]}
    assert len(purchases) == 2 and purchases[before]["item"] == "Зелёный чай"
    assert not panel.update_button.isEnabled()  # the form was cleared after the save


def test_edit_and_remove_interaction(card, ctx, qtbot):
    card.show_client(ctx.ids["grzegorz"])
    panel = card.interactions
    assert not panel.update_button.isEnabled() and not panel.remove_button.isEnabled()
    type_text(qtbot, panel.summary, "Zadzwonił")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    first = read(ctx, ctx.ids["grzegorz"])["interactions"][0]["id"]
    click_row(qtbot, panel.table, 0)
    assert panel.summary.text() == "Zadzwonił"
    retype(qtbot, panel.summary, "Zadzwonił w sprawie faktury")
    qtbot.mouseClick(panel.update_button, Qt.MouseButton.LeftButton)
    rows = read(ctx, ctx.ids["grzegorz"])["interactions"]
    assert [(r["id"], r["summary"]) for r in rows] == [(first, "Zadzwonił w sprawie faktury")]
    assert panel.table.item(0, 2).text() == "Zadzwonił w sprawie faktury"
    newest = card.history.table.item(0, 0).data(Qt.ItemDataRole.UserRole)
    assert newest.field == "interaction" and "Zadzwonił" in newest.old and "faktury" in newest.new
    click_row(qtbot, panel.table, 0)
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert read(ctx, ctx.ids["grzegorz"])["interactions"] == []
    assert panel.table.rowCount() == 0


# ----------------------------------------------------------------------------- what the card shows
def _combo(card, name: str):
    from PySide6.QtWidgets import QComboBox

    combo = card.findChild(QComboBox, name)
    assert combo is not None, name
    return combo


def test_contact_without_a_label_says_so_instead_of_an_empty_box(card, ctx, qtbot):
    from PySide6.QtWidgets import QComboBox

    card.show_client(ctx.ids["grzegorz"])  # his e-mail was imported without a label
    label = card.emails.findChild(QComboBox, "email_label")
    assert label.currentText() == "no label" and label.currentData() == ""
    qtbot.mouseClick(card.emails.add_button, Qt.MouseButton.LeftButton)
    shown = lambda: [c.currentText() for c in card.emails.findChildren(QComboBox, "email_label")  # noqa: E731
                     if c.isVisible()]
    qtbot.waitUntil(lambda: len(shown()) == 2)  # a new row is shown on the next event-loop turn
    assert shown() == ["no label", "no label"]
    assert all(c.currentText() for c in card.findChildren(QComboBox) if c.isVisible()
               and c.objectName().endswith("_label"))
    assert card.emails.to_data() == [{"original": "g.brzeczyszczykiewicz@example.pl", "label": ""}]


def test_kind_gender_and_consent_read_as_words_and_save_the_same_values(card, ctx, qtbot):
    card.show_client(ctx.ids["semen"])
    assert _combo(card, "kind").currentText() == "Person"
    assert _combo(card, "gender").currentText() == "Not specified"
    assert _combo(card, "consent_email").currentText() == "Granted"
    assert _combo(card, "consent_sms").currentText() == "Unknown"
    shown = [_combo(card, name).itemText(i) for name in ("kind", "gender", "consent_post")
             for i in range(_combo(card, name).count())]
    assert all(text[:1].isupper() for text in shown), shown
    gender = _combo(card, "gender")
    gender.setFocus()
    qtbot.keyClicks(gender, "F")  # a closed combo jumps to the item starting with the typed letter
    assert gender.currentText() == "Female"
    qtbot.keyClick(gender, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    data = read(ctx, ctx.ids["semen"])
    assert data["gender"] == "female" and data["kind"] == "person"
    assert data["consent"]["email"]["state"] == "granted"


def test_the_amount_field_shows_its_whole_hint(card, ctx, qtbot):
    from ui.layouts import line_edit_width_for

    card.show_client(ctx.ids["grzegorz"])
    amount = card.purchases.amount
    qtbot.waitUntil(amount.isVisible)
    need = line_edit_width_for(amount, amount.placeholderText())
    assert amount.width() >= need, f"{amount.placeholderText()!r} needs {need} px, the field has {amount.width()}"


def test_history_times_are_written_as_the_locale_writes_dates(card, ctx, qtbot):
    import re

    from PySide6.QtCore import QLocale

    saved = QLocale()
    QLocale.setDefault(QLocale("pl_PL"))
    try:
        card.show_client(ctx.ids["grzegorz"])
        when = card.history.table.item(0, 0).text()
    finally:
        QLocale.setDefault(saved)
    assert re.fullmatch(r"\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}", when), when  # 25.10.2026 14:05, not ISO

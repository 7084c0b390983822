"""Fixtures for window tests: a small register built once per worker, copied and opened per test.

The register is filled with ``app.records`` inside one unit of work; each test gets a copy opened with the
raw key (no key derivation), window settings in a temporary folder, and ``ui.workers`` in inline mode so
background work finishes before the next event-loop turn.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

import pytest
from card_fixtures import card_template, ctx, versions_reg  # noqa: F401  (the card and dialog tests' fixtures)

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PASSWORD = "correct horse battery"
TODAY = dt.date.today()

# (first, last, city, tags, purchases as (days ago, amount))
PEOPLE = [
    ("Jan", "Kowalski", "Kraków", "vip, stały", [(10, 3000), (40, 2500), (400, 100)]),
    ("Anna", "Nowak", "Warszawa", "", [(5, 120)]),
    ("Łucja", "Żółtowska-Szczepańska", "Łódź", "stały", [(20, 80), (60, 90)]),
    ("Иван", "Петров", "Москва", "", []),
    ("Семён", "Иванов", "Санкт-Петербург", "opt", [(500, 45)]),
    ("Олена", "Шевченко", "Київ", "", [(3, 15), (30, 20)]),
    ("Grzegorz", "Brzęczyszczykiewicz", "Chrząszczyżewoszyce", "", []),
    ("John", "Smith", "London", "blocked", [(200, 70)]),
]


def _fill(register) -> None:
    from app import records

    with register.unit_of_work("import", "test clients") as session:
        for number, (first, last, city, tags, purchases) in enumerate(PEOPLE):
            client = records.create_client(session, {
                "first_name": first, "last_name": last, "city": city, "tags": tags,
                "phone": f"+48 600 100 {number:03d}", "email": f"client{number}@example.com",
            })
            for days, amount in purchases:
                records.add_purchase(session, client.id, amount, date=TODAY - dt.timedelta(days=days))
        for number in range(32):  # enough rows to scroll and to select many
            records.create_client(session, {"first_name": f"Test{number:02d}", "last_name": "Klient",
                                            "city": "Gdańsk", "phone": f"+48 500 200 {number:03d}"})


@pytest.fixture(scope="session")
def ui_template(tmp_path_factory) -> tuple[Path, str]:
    from storage.register import Register

    path = tmp_path_factory.mktemp("ui-template") / "clients.kartoteka"
    register = Register.create(path, PASSWORD, region="PL", versions=False)
    _fill(register)
    key = register.key_hex
    register.close()
    return path, key


@pytest.fixture
def ui_register_path(tmp_path, ui_template) -> Path:
    dst = tmp_path / "clients.kartoteka"
    shutil.copyfile(ui_template[0], dst)
    return dst


@pytest.fixture
def ui_register(ui_register_path, ui_template):
    from storage.register import Register

    register = Register.open_with_key(ui_register_path, ui_template[1], versions=False)
    yield register
    register.close()


@pytest.fixture(autouse=True)
def _qt_settings(tmp_path, qapp):
    """Window settings (geometry, columns, last register) go to a temporary folder."""
    from PySide6.QtCore import QSettings

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    yield


@pytest.fixture
def inline_workers():
    from ui import workers

    workers.set_inline_mode(True)
    yield
    workers.set_inline_mode(False)


@pytest.fixture
def window(qtbot, ui_register, inline_workers):
    import ui

    win = ui.window_for(ui_register)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.lock_controller.stop()

"""The Change password dialog: checks, refuses a wrong current password, re-keys everything."""

from __future__ import annotations

import pytest
from card_fixtures import type_text
from PySide6.QtCore import Qt

from app import records
from app import session as session_api
from app import versions as versions_api
from app.session import WrongPassword
from storage.register import Register
from ui.dialogs import common
from ui.dialogs.password import PasswordDialog

PASSWORD = "correct horse battery"  # the password of tests/conftest.py's template register


@pytest.fixture
def reg(versions_reg, card_template):
    with versions_reg.unit_of_work("edit") as session:  # at least one version exists
        records.update_client(session, card_template.ids["grzegorz"], {"city": "Gdańsk"})
    versions_reg.versions.wait()
    return versions_reg


def test_change_password(qtbot, reg, monkeypatch):
    monkeypatch.setattr(common, "show_info", lambda *args: None)
    checked = []
    real_check = session_api.check_password
    monkeypatch.setattr(session_api, "check_password", lambda r, p: checked.append(p) or real_check(r, p))
    monkeypatch.setattr(versions_api, "list_versions_at", None)  # the check must not open the versions
    dialog = PasswordDialog(type("Ctx", (), {"register": reg})(), None)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.current, "wrong password")
    type_text(qtbot, dialog.new, "Nowe hasło 2026!")
    type_text(qtbot, dialog.repeat, "Nowe hasło 2026?")
    assert not dialog.ok_button.isEnabled() and "not the same" in dialog.message.text()
    dialog.repeat.clear()
    type_text(qtbot, dialog.repeat, "Nowe hasło 2026!")
    assert dialog.ok_button.isEnabled() and dialog.strength.value() >= 3
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.task is None)
    assert "not right" in dialog.message.text() and not dialog.changed
    assert checked == ["wrong password"]
    dialog.current.clear()
    type_text(qtbot, dialog.current, PASSWORD)
    old_key = reg.key_hex
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.changed)
    new_key, path = reg.key_hex, reg.path
    assert new_key != old_key
    reg.close()
    with pytest.raises(WrongPassword):  # raw keys: no second key derivation in a UI test
        Register.open_with_key(path, old_key, versions=False)
    Register.open_with_key(path, new_key, versions=False).close()

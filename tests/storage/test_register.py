"""Opening, creating and refusing registers."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest
from sqlalchemy import text

from storage.errors import (
    AlreadyOpen,
    NewerVersion,
    NotARegister,
    NotFound,
    RegisterDamaged,
    RegisterExists,
    WrongPassword,
)
from storage.register import PLAIN_SQLITE_MAGIC, Register
from tests.conftest import PASSWORD


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_register_is_encrypted_and_private(register_path):
    data = register_path.read_bytes()
    assert not data.startswith(PLAIN_SQLITE_MAGIC)
    with Register.create(register_path.with_name("new.kartoteka"), "pw", versions=False) as reg:
        assert (reg.path.stat().st_mode & 0o777) == 0o600
        assert not reg.path.read_bytes().startswith(PLAIN_SQLITE_MAGIC)


def test_password_opens_and_pragmas_are_safe(register_path):
    with Register.open(register_path, PASSWORD, versions=False) as reg, reg.engine.connect() as conn:
        assert conn.execute(text("PRAGMA temp_store")).scalar() == 2  # MEMORY
        assert conn.execute(text("PRAGMA secure_delete")).scalar() == 1
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
    assert reg.engine.dialect.name == "sqlite"


def test_wrong_password_changes_nothing(register_path):
    before = _digest(register_path)
    with pytest.raises(WrongPassword) as info:
        Register.open(register_path, "not the password", versions=False)
    assert info.value.exit_code == 3
    assert _digest(register_path) == before
    assert not register_path.with_name(register_path.name + "-wal").exists()


def test_damaged_page_is_not_a_wrong_password(register_path, template_register):
    with Register.open_with_key(register_path, template_register[1], versions=False) as reg:
        from app import records

        with reg.unit_of_work("add") as session:
            for i in range(200):
                records.create_client(session, {"first_name": f"Anna{i}", "notes": "x" * 200})
    data = bytearray(register_path.read_bytes())
    data[4096 * 3 + 500] ^= 0x01
    register_path.write_bytes(bytes(data))
    with pytest.raises(RegisterDamaged) as info:
        Register.open(register_path, PASSWORD, versions=False)
    assert info.value.exit_code == 4


def test_refuses_what_is_not_a_register(tmp_path):
    with pytest.raises(NotFound):
        Register.open(tmp_path / "missing.kartoteka", "pw")
    empty = tmp_path / "empty.kartoteka"
    empty.write_bytes(b"")
    with pytest.raises(NotARegister, match="empty"):
        Register.open(empty, "pw")
    plain = tmp_path / "plain.db"
    sqlite3.connect(plain).execute("create table t(a)").connection.commit()
    with pytest.raises(NotARegister, match="unencrypted"):
        Register.open(plain, "pw")
    pdf = tmp_path / "scan.pdf"
    pdf.write_bytes(b"%PDF-1.4" + b"\0" * 5000)
    with pytest.raises(NotARegister):
        Register.open(pdf, "pw")


def test_never_overwrites(register_path):
    before = _digest(register_path)
    with pytest.raises(RegisterExists):
        Register.create(register_path, "pw")
    assert _digest(register_path) == before


def test_second_instance_is_refused(register, register_path, template_register):
    with pytest.raises(AlreadyOpen):
        Register.open_with_key(register_path, template_register[1], versions=False)


def test_newer_schema_is_refused(register, register_path, template_register):
    with register.unit_of_work("migration", record_version=False) as session:
        session.execute(text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))
    register.close()
    with pytest.raises(NewerVersion):
        Register.open_with_key(register_path, template_register[1], versions=False)


def test_unit_of_work_is_all_or_nothing(register):
    from app import records
    from models.tables import Client

    with pytest.raises(RuntimeError), register.unit_of_work("add") as session:
        records.create_client(session, {"first_name": "Ewa"})
        raise RuntimeError("boom")
    with register.session() as session:
        assert session.query(Client).count() == 0


def test_settings_defaults_and_region(register):
    assert register.region == "PL"
    assert register.get_setting("idle_lock_minutes") == 15


def test_the_skip_the_page_check_marker_vouches_for_one_clean_close_only(register_path, template_register,
                                                                         monkeypatch):
    """Opening skips the 1.8 s page check only for a file exactly as a clean close left it: the marker is
    removed while the register is open (a crash then leaves none) and written again only by a close
    that checkpointed."""
    from storage import paths

    marker = paths.state_path(register_path)
    reg = Register.open_with_key(register_path, template_register[1], versions=False)
    assert not marker.exists()
    reg.close()
    assert marker.exists()
    reg = Register.open_with_key(register_path, template_register[1], versions=False)
    assert not marker.exists()

    def fail() -> None:
        raise OSError("disk full")

    monkeypatch.setattr(reg, "checkpoint", fail)
    with pytest.raises(OSError):
        reg.close()
    assert not marker.exists()

"""Versions from the command line and the use cases: list, restore, export, check, passwd, damage."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

import storage.register
from app import records
from app import versions as app_versions
from app.cli import main
from models import tables as t
from storage.register import PAGE_SIZE, Register
from tests.conftest import PASSWORD


@pytest.fixture
def register_path(tmp_path, monkeypatch):
    """A new register made by ``init`` with a cheap key derivation, so each command costs no 0.3 s KDF
    (the derivation is the same function, only its round count is lowered for the test)."""
    monkeypatch.setattr(storage.register, "KDF_ITERATIONS", 1000)
    path = tmp_path / "fast.kartoteka"
    monkeypatch.setenv("KARTOTEKA_PASSWORD", PASSWORD)
    assert main(["--register", str(path), "init"]) == 0
    return path


@pytest.fixture
def cli(register_path, capsys):
    capsys.readouterr()

    def run(*argv: str) -> tuple[int, str, str]:
        code = main(["--register", str(register_path), *argv])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run


def _list(cli) -> list[dict]:
    code, out, err = cli("versions", "list", "--format", "json")
    assert code == 0, err
    return json.loads(out)


def _show(cli, cid: int) -> dict:
    code, out, err = cli("show", str(cid), "--format", "json")
    assert code == 0, err
    return json.loads(out)


def test_each_save_adds_one_version_and_every_version_exports_and_checks(cli, tmp_path):
    assert [v["kind"] for v in _list(cli)] == ["init"]
    cid = int(cli("add", "--field", "first_name=Anna", "--field", "city=Kraków")[1])
    assert len(_list(cli)) == 2
    assert cli("edit", str(cid), "--field", "city=Gdańsk")[0] == 0
    assert cli("purchase", str(cid), "--amount", "120")[0] == 0
    listed = _list(cli)
    assert [v["kind"] for v in listed] == ["edit", "edit", "add", "init"]
    assert listed[0]["clients"] == 1
    assert set(listed[0]) >= {"id", "time", "kind", "clients", "size"}
    code, out, err = cli("check", "--full")
    assert code == 0, err
    assert sum(line.startswith("version ") and line.endswith(": ok") for line in out.splitlines()) == 4
    for version in listed:
        dest = tmp_path / f"v{version['id']}.kartoteka"
        code, _, err = cli("versions", "export", str(version["id"]), "--to", str(dest))
        assert code == 0, err
        assert main(["--register", str(dest), "check"]) == 0
    code, out, _ = cli("versions", "list")
    assert code == 0 and "edit" in out and str(listed[0]["id"]) in out


def test_export_never_overwrites(cli, tmp_path):
    cli("add", "--field", "first_name=Anna")
    dest = tmp_path / "there.kartoteka"
    dest.write_bytes(b"precious")
    code, _, err = cli("versions", "export", "1", "--to", str(dest))
    assert code == 1 and "already exists" in err
    assert dest.read_bytes() == b"precious"


def test_restore_whole_register_and_undo_it(cli, register_path):
    cid = int(cli("add", "--field", "first_name=Anna", "--field", "city=Kraków")[1])
    before_edit = _list(cli)[0]["id"]
    cli("edit", str(cid), "--field", "city=Gdańsk")
    code, out, err = cli("versions", "restore", str(before_edit))
    assert code == 0, err
    assert _show(cli, cid)["city"] == "Kraków"
    listed = _list(cli)
    assert listed[0]["kind"] == "restore" and listed[1]["kind"] == "before-restore"
    assert "restored" in _restore_log(register_path)
    code, _, _ = cli("versions", "restore", str(listed[1]["id"]))  # the restore can be undone
    assert code == 0 and _show(cli, cid)["city"] == "Gdańsk"


def _restore_log(path) -> list[str]:
    with Register.open(path, PASSWORD, versions=False) as reg, reg.session() as session:
        return list(session.scalars(select(t.ChangeLog.field).where(t.ChangeLog.source == "restore")))


def test_unknown_version_is_a_clear_error(cli):
    cli("add", "--field", "first_name=Anna")
    code, _, err = cli("versions", "restore", "99")
    assert code == 1 and "no version 99" in err


@pytest.fixture
def opened(register_path):
    reg = Register.open(register_path, PASSWORD)
    yield reg
    reg.close()


def _create(reg, data) -> int:
    with reg.unit_of_work("add") as session:
        return records.create_client(session, data).id


def test_restore_one_client_leaves_every_other_client(opened):
    reg = opened
    anna = _create(reg, {"first_name": "Anna", "city": "Kraków", "phone": "+48601234567",
                         "email": "anna@example.com", "consent_email": "granted", "tags": "vip",
                         "interactions": [{"date": "2026-01-05", "channel": "phone", "summary": "call"}]})
    with reg.unit_of_work("edit") as session:
        records.add_purchase(session, anna, "250", "2026-01-10", "cut")
    jan = _create(reg, {"first_name": "Jan", "city": "Opole"})
    reg.versions.wait()
    good = reg.versions.list()[-1].id
    with reg.unit_of_work("edit") as session:
        records.update_client(session, anna, {"city": "Gdańsk", "phone": [], "consent_email": "withdrawn",
                                              "tags": ""})
        records.update_client(session, jan, {"city": "Sopot"})
    with reg.session() as session:
        before_anna = records.client_to_dict(session, anna, history=False)
    changes = app_versions.restore_client(reg, good, anna)
    fields = {field for field, _, _ in changes}
    assert {"city", "phones", "consent_email", "tags"} <= fields
    with reg.session() as session:
        back = records.client_to_dict(session, anna)
        assert back["city"] == "Kraków"
        assert [p["value"] for p in back["phones"]] == ["+48601234567"]
        assert back["consent_email"] == "granted"
        assert back["tags"] == ["vip"]
        assert [p["amount"] for p in back["purchases"]] == [250.0]
        assert [i["summary"] for i in back["interactions"]] == ["call"]
        assert records.client_to_dict(session, jan)["city"] == "Sopot"
        assert any(h["source"] == "restore" and h["field"] == "city" for h in back["history"])
    assert before_anna["city"] == "Gdańsk"


def test_restore_a_deleted_client_brings_it_back_with_its_id(opened):
    reg = opened
    cid = _create(reg, {"first_name": "Ewa", "email": "ewa@example.com"})
    with reg.unit_of_work("edit") as session:
        records.add_purchase(session, cid, "99.90", "2026-02-01")
    reg.versions.wait()
    good = reg.versions.list()[-1].id
    with reg.unit_of_work("delete") as session:
        records.delete_client(session, cid)
    app_versions.restore_client(reg, good, cid)
    with reg.session() as session:
        back = records.client_to_dict(session, cid)
    assert back["first_name"] == "Ewa" and back["orders"] == 1 and back["email"] == "ewa@example.com"


def test_restore_client_missing_from_version(opened):
    reg = opened
    _create(reg, {"first_name": "Ewa"})
    reg.versions.wait()
    from storage.errors import NotFound

    with pytest.raises(NotFound, match="not in version"):
        app_versions.restore_client(reg, reg.versions.list()[-1].id, 424242)


def test_passwd_old_password_opens_nothing(cli, monkeypatch, tmp_path):
    cid = int(cli("add", "--field", "first_name=Anna")[1])
    cli("edit", str(cid), "--field", "city=Kraków")
    monkeypatch.setenv("KARTOTEKA_NEW_PASSWORD", "brand new pass")
    code, out, err = cli("passwd")
    assert code == 0, err
    assert cli("versions", "list")[0] == 3
    assert cli("check")[0] == 3
    assert cli("show", str(cid))[0] == 3
    monkeypatch.setenv("KARTOTEKA_PASSWORD", "brand new pass")
    listed = _list(cli)
    assert listed[0]["kind"] == "password"
    code, out, err = cli("check")
    assert code == 0, out + err
    dest = tmp_path / "old.kartoteka"
    assert cli("versions", "export", str(listed[-1]["id"]), "--to", str(dest))[0] == 0
    monkeypatch.setenv("KARTOTEKA_PASSWORD", PASSWORD)
    assert main(["--register", str(dest), "show", str(cid)]) == 3


def test_flipped_byte_exits_4_naming_the_version_and_restore_fixes_it(cli, register_path):
    cid = int(cli("add", "--field", "first_name=Anna", "--field", "city=Kraków")[1])
    cli("edit", str(cid), "--field", "city=Gdańsk")
    newest = _list(cli)[0]["id"]
    pages = register_path.stat().st_size // PAGE_SIZE
    with open(register_path, "r+b") as fh:
        fh.seek((pages - 2) * PAGE_SIZE + 500)
        byte = fh.read(1)
        fh.seek((pages - 2) * PAGE_SIZE + 500)
        fh.write(bytes([byte[0] ^ 0xFF]))
    for argv in (("show", str(cid)), ("list",), ("check",)):
        code, _, err = cli(*argv)
        assert code == 4, argv
        assert f"kartoteka versions restore {newest}" in err
    code, out, _ = cli("versions", "list", "--format", "json")
    assert code == 0 and json.loads(out)[0]["id"] == newest
    code, out, err = cli("versions", "restore", str(newest))
    assert code == 0, err
    assert "damaged file is kept" in out
    assert _show(cli, cid)["city"] == "Gdańsk"
    assert list(register_path.parent.glob(register_path.name + ".damaged-*"))
    assert cli("check")[0] == 0


def test_dead_disk_versions_come_back_from_the_second_location(cli, register_path, tmp_path):
    import shutil

    from sqlalchemy import text

    usb = tmp_path / "usb"
    usb.mkdir()
    with Register.open(register_path, PASSWORD) as reg, reg.unit_of_work("edit") as session:
        session.execute(text("UPDATE settings SET value = :v WHERE key = 'versions.mirror'"),
                        {"v": json.dumps(str(usb))})
    cid = int(cli("add", "--field", "first_name=Anna", "--field", "city=Kraków")[1])
    newest = _list(cli)[0]["id"]
    register_path.unlink()  # the laptop disk dies: register and local versions are gone
    shutil.rmtree(register_path.with_name(register_path.name + ".versions"))
    code, out, err = cli("versions", "list", "--from", str(usb), "--format", "json")
    assert code == 0, err
    assert json.loads(out)[0]["id"] == newest
    rescued = tmp_path / "rescued.kartoteka"
    code, _, err = cli("versions", "export", str(newest), "--to", str(rescued), "--from", str(usb))
    assert code == 0, err
    assert main(["--register", str(rescued), "check"]) == 0
    with Register.open(rescued, PASSWORD, versions=False) as reg, reg.session() as session:
        assert session.get(t.Client, cid).city == "Kraków"

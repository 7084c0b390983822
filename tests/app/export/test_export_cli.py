"""``kartoteka export``, ``export-client`` and ``erase`` on the command line."""

from __future__ import annotations

import csv
import json

import pytest

from app.cli import main

PASSWORD = "correct horse battery"  # the template register's password (tests/conftest.py)


@pytest.fixture
def cli(register_path, monkeypatch, capsys):
    monkeypatch.setenv("KARTOTEKA_PASSWORD", PASSWORD)

    def run(*argv):
        code = main(["--register", str(register_path), *argv])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def test_export_mailing_list_and_client_tools(cli, register_path, template_register, tmp_path):
    from app import records
    from storage.register import Register

    reg = Register.open_with_key(register_path, template_register[1], versions=False)
    with reg, reg.unit_of_work("add") as session:
        records.create_client(session, {"first_name": "Anna", "email": "anna@example.pl",
                                        "consent_email": "granted", "district": "Mokotów"})
        records.create_client(session, {"first_name": "Ewa", "email": "ewa@example.pl",
                                        "consent_email": "withdrawn", "district": "Mokotów"})

    target = tmp_path / "list.csv"
    code, out, _ = cli("export", "district:Mokotów", "--to", str(target), "--format", "mailchimp")
    assert code == 0
    assert "Wrote 1 of 2" in out and "1 opted out" in out
    with open(target, newline="", encoding="utf-8") as handle:
        assert [r["Email Address"] for r in csv.DictReader(handle)] == ["anna@example.pl"]

    code, out, _ = cli("export", "--to", str(tmp_path / "all.xlsx"), "--channel", "email", "--report", "json")
    report = json.loads(out)
    assert code == 0 and report["format"] == "xlsx" and report["written"] == 1
    assert report["dropped"][0]["reason"] == "opted_out"

    code, out, _ = cli("export-client", "1", "--to", str(tmp_path / "anna.json"))
    assert code == 0 and json.loads((tmp_path / "anna.json").read_text())["first_name"] == "Anna"

    code, _, err = cli("erase", "1")
    assert code == 1 and "--yes" in err
    code, out, _ = cli("erase", "1", "--yes")
    assert code == 0 and "retention" in out


def test_export_errors_are_messages_with_exit_codes(cli, tmp_path):
    code, _, err = cli("export", "--to", str(tmp_path / "x.txt"))
    assert code == 1 and "--format" in err
    code, _, err = cli("export", "--to", str(tmp_path / "x.csv"), "--format", "sms", "--channel", "email")
    assert code == 1 and "list for sms" in err
    code, _, err = cli("export", "city:(", "--to", str(tmp_path / "x.csv"))
    assert code == 1 and "Traceback" not in err

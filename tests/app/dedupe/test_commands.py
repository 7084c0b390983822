"""``kartoteka duplicates / merge / not-duplicate / report`` as a person runs them."""

from __future__ import annotations

import json

import pytest

from app.cli import main
from app.records import create_client
from storage.register import Register
from tests.conftest import PASSWORD


@pytest.fixture
def cli(register_path, monkeypatch, capsys):
    monkeypatch.setenv("KARTOTEKA_PASSWORD", PASSWORD)

    def run(*argv: str) -> tuple[int, str, str]:
        code = main(["--register", str(register_path), *argv])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run


def _add(register_path, template_register, *clients: dict) -> list[int]:
    """Seed clients through the API with the raw key (a CLI call costs a password derivation)."""
    with (Register.open_with_key(register_path, template_register[1], versions=False) as reg,
          reg.unit_of_work("add") as session):
        return [create_client(session, data).id for data in clients]


def test_duplicates_merge_undo_and_memory(cli, register_path, template_register):
    a, b, _ = _add(register_path, template_register,
                   {"first_name": "Саша", "last_name": "Петров", "phone": "+7 916 123-45-67"},
                   {"first_name": "Александр", "last_name": "Петров", "phone": "8 (916) 123-45-67"},
                   {"first_name": "Anna", "last_name": "Nowak"})
    code, out, err = cli("duplicates", "--format", "json")
    assert code == 0, err
    [group] = json.loads(out)
    assert group["ids"] == [a, b] and 0 < group["score"] <= 1
    assert "same phone" in group["reasons"] and "names: Саша ~ Александр" in group["reasons"]
    assert group["names"] == ["Саша Петров", "Александр Петров"]

    code, out, _ = cli("merge", str(b), str(a), "--choose", f"first_name={b}")
    assert code == 0 and "undo with: kartoteka merge --undo" in out
    merge_id = out.rsplit("--undo ", 1)[1].split(")")[0]
    code, out, _ = cli("duplicates")
    assert code == 0 and "No probable duplicates" in out

    assert cli("merge", "--undo", merge_id)[0] == 0
    code, out, _ = cli("duplicates")
    assert "same phone" in out and "1 group(s)" in out
    assert cli("not-duplicate", str(a), str(b))[0] == 0
    assert json.loads(cli("duplicates", "--format", "json")[1]) == []


def test_merge_usage_errors(cli):
    code, _, err = cli("merge", "5")
    assert code == 1 and "KEEP_ID" in err
    code, _, err = cli("merge", "5", "6", "--choose", "city")
    assert code == 1 and "FIELD=CLIENT_ID" in err
    code, _, err = cli("merge", "5", "999")
    assert code == 1 and "no client with id 5" in err
    code, _, err = cli("merge", "--undo", "77")
    assert code == 1 and "no merge 77" in err


def test_report(cli, register_path, template_register):
    _add(register_path, template_register, {"first_name": "Jan", "phone": "12"},
         {"first_name": "Anna", "email": "anna@example.com", "consent_email": "granted"})
    code, out, _ = cli("report", "--format", "json")
    report = json.loads(out)
    assert report["clients"] == 2
    problems = {p["key"]: p for p in report["problems"]}
    assert problems["invalid_phone"] == {"key": "invalid_phone", "label": "phones that could not be read",
                                         "count": 1, "query": "invalid:phone"}
    code, out, _ = cli("report")
    assert code == 0 and "invalid:phone" in out and "no:email" in out
    code, out, _ = cli("list", "invalid:phone", "--count")
    assert out.strip() == "1"

"""A phone's vCard export through the whole import: plan, apply as one save, damaged cards to the rejected
rows, re-import without duplicates, undo, the command line, and our own vCard export read back."""

from __future__ import annotations

import json
from pathlib import Path

from app import records
from app.cli import main
from app.export.vcard import card_lines
from app.imports import ImportJob, list_imports, run_import, undo_import
from importers.readers import open_workbook
from tests.conftest import PASSWORD


def _qp(text: str) -> str:
    return "".join(f"={b:02X}" if b > 126 or chr(b) in "=\r\n" else chr(b) for b in text.encode("utf-8"))


PHONE_EXPORT = (
    "BEGIN:VCARD\r\nVERSION:2.1\r\n"
    f"N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{_qp('Иванов;Иван;Иванович;;')}\r\n"
    f"FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{_qp('Иван Иванов')}\r\n"
    "TEL;CELL;PREF:+48 601 234 567\r\nTEL;WORK:+48 22 123 45 67\r\nEMAIL;HOME:ivan@example.ru\r\n"
    "BDAY:19800131\r\nCATEGORIES:My Contacts,VIP\r\nEND:VCARD\r\n\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Kowalska;Anna;;;\r\nFN:Anna Kowalska\r\nTEL;TYPE=CELL:601 234 568\r\n"
    "ADR;TYPE=HOME:;;ul. Długa 5;Kraków;;30-001;Polska\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Zepsuty;Piotr;;;\r\nTEL:601 234 569\r\nśmieci w środku karty\r\nEND:VCARD\r\n"
)


def _write(tmp_path: Path, text: str = PHONE_EXPORT) -> Path:
    path = tmp_path / "telefon.vcf"
    path.write_bytes(text.encode("utf-8"))
    return path


def _clients(reg) -> list[dict]:
    from sqlalchemy import select

    from models import tables as t

    with reg.session() as session:
        ids = session.execute(select(t.Client.id).order_by(t.Client.id)).scalars().all()
        return [records.client_to_dict(session, cid, history=False) for cid in ids]


def test_vcard_import_creates_clients_and_rejects_the_damaged_card(register, tmp_path: Path) -> None:
    result = run_import(register, _write(tmp_path))
    assert (result.created, result.updated) == (2, 0)
    assert any("1 of the 3 cards in telefon.vcf are damaged" in w for w in result.warnings)
    damaged = [e for e in result.as_json()["errors"] if e["severity"] == "error"]
    assert [(e["sheet"], e["row"], e["column"]) for e in damaged] == [("telefon", 4, "")]
    assert "card 3: line 23 is not a vCard property" in damaged[0]["reason"]
    ivan, anna = _clients(register)
    assert (ivan["last_name"], ivan["first_name"], ivan["middle_name"]) == ("Иванов", "Иван", "Иванович")
    assert [(p["value"], p["label"]) for p in ivan["phones"]] == [("+48601234567", "mobile"), ("+48221234567", "work")]
    assert ivan["emails"][0]["value"] == "ivan@example.ru" and ivan["birth_date"] == "1980-01-31"
    assert ivan["tags"] == ["vip"]
    assert (anna["city"], anna["postcode"], anna["street"]) == ("Kraków", "30-001", "ul. Długa 5")
    # the damaged card goes to the rejected rows with its reason, importable again once fixed
    rejected = open_workbook(Path(result.rejected_file)).read_sheet()
    header = rejected.rows[0]
    assert header[-2:] == ["Row", "Reason"]
    (row,) = rejected.rows[1:]
    assert row[header.index("Last name")] == "Zepsuty" and row[-2] == 4 and "damaged vCard" in row[-1]


def test_vcard_reimport_makes_no_duplicates_and_undo_removes_the_clients(register, tmp_path: Path) -> None:
    source = _write(tmp_path)
    first = run_import(register, source)
    again = run_import(register, source)
    assert again.created == 0 and len(_clients(register)) == 2
    undo_import(register, again.batch)
    undo_import(register, first.batch)
    assert _clients(register) == []
    assert [b["file"] for b in list_imports(register)] == ["telefon.vcf", "telefon.vcf"]


def test_wizard_steps_on_a_vcard(register, tmp_path: Path) -> None:
    with ImportJob.open(_write(tmp_path)) as job:
        assert [s.name for s in job.sheets] == ["telefon"] and job.header.first_row == 0
        assert any("damaged" in w for w in job.warnings)
        targets = {m.header: (m.target, m.label) for m in job.mapping}
        assert targets["Mobile phone"] == ("phone", "mobile") and targets["Last name"] == ("last_name", "")
        preview = job.preview()
        assert [p.row for p in preview] == [2, 3, 4] and preview[2].has_errors
        plan = job.plan(register)
        plan.decide("skip", rows=[3])
        result = job.apply(register, plan)
    assert result.created == 1 and _clients(register)[0]["last_name"] == "Иванов"


def test_our_own_vcard_export_imports_back(register, tmp_path: Path) -> None:
    record = {"id": 1, "first_name": "Zofia", "last_name": "Wójcik", "company": "Salon Zofia", "job_title": "Właścicielka",
              "phones": [{"value": "+48601000111", "label": "mobile", "valid": True},
                         {"value": "+48221112233", "label": "work", "valid": True}],
              "emails": [{"value": "zofia@example.pl", "label": "work"}], "street": "ul. Polna 1", "city": "Łódź",
              "postcode": "90-001", "country": "Polska", "birth_date": "1975-05-17", "tags": ["stała", "vip"],
              "notes": "Pierwsza linia\nDruga; z przecinkiem, też", "gender": "female"}
    path = tmp_path / "eksport.vcf"
    path.write_text("\r\n".join(card_lines(record)) + "\r\n", encoding="utf-8")
    run_import(register, path)
    (client,) = _clients(register)
    for key in ("first_name", "last_name", "company", "job_title", "street", "city", "postcode", "country", "notes",
                "gender"):
        assert client[key] == record[key], key
    assert client["birth_date"] == "1975-05-17" and client["tags"] == ["stała", "vip"]
    assert [(p["value"], p["label"]) for p in client["phones"]] == [("+48601000111", "mobile"), ("+48221112233", "work")]
    assert [(e["value"], e["label"]) for e in client["emails"]] == [("zofia@example.pl", "work")]


def test_cli_imports_a_vcard_and_refuses_a_non_vcard(register_path, tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("KARTOTEKA_PASSWORD", PASSWORD)
    base = ["--register", str(register_path)]
    assert main([*base, "import", str(_write(tmp_path)), "--format", "json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["created"] == 2 and doc["rejected_file"].endswith("telefon.rejected.xlsx")
    fake = tmp_path / "kontakty.vcf"
    fake.write_text("Imię;Telefon\nJan;601234567\n", encoding="utf-8")
    assert main([*base, "import", str(fake), "--format", "json"]) == 1
    out = capsys.readouterr()
    assert json.loads(out.out)["refused"] == "not-a-spreadsheet" and "kontakty.vcf" in out.err
    assert "Jan" not in out.err  # no client data in messages

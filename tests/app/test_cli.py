"""The `kartoteka` command as a person runs it: exit codes, output, JSON, and no plaintext leaks."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from app.cli import main
from tests.conftest import PASSWORD, REPO


@pytest.fixture
def cli(register_path, monkeypatch, capsys):
    """Run the command in-process on a copy of the template register; returns (code, out, err)."""
    monkeypatch.setenv("KARTOTEKA_PASSWORD", PASSWORD)

    def run(*argv: str) -> tuple[int, str, str]:
        code = main(["--register", str(register_path), *argv])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run


def test_add_show_edit_delete(cli):
    code, out, _ = cli("add", "--field", "first_name=СЕМЁН", "--field", "last_name=Петров",
                       "--field", "phone=8 (916) 123-45-67", "--field", "phone=+48 601 234 567",
                       "--field", "email=Semen@Mail.RU", "--field", "city=Łódź", "--field", "custom.card=0042")
    assert code == 0
    cid = int(out.strip())
    code, out, _ = cli("show", str(cid), "--format", "json")
    data = json.loads(out)
    assert data["first_name"] == "Семён"
    assert [p["value"] for p in data["phones"]] == ["+79161234567", "+48601234567"]
    assert data["phones"][0]["original"] == "8 (916) 123-45-67"
    assert data["emails"][0]["value"] == "Semen@mail.ru"
    assert data["custom"] == {"card": "0042"}
    assert cli("purchase", str(cid), "--amount", "1 200,50", "--date", "01.02.2026", "--item", "Strzyżenie")[0] == 0
    code, out, _ = cli("edit", str(cid), "--field", "city=Kraków")
    assert "city: Łódź -> Kraków" in out
    data = json.loads(cli("show", str(cid), "--format", "json")[1])
    assert (data["total_spent"], data["orders"], data["last_purchase"]) == (1200.5, 1, "2026-02-01")
    assert [h["field"] for h in data["history"]][-1] == "city"
    assert cli("delete", str(cid))[0] == 0
    code, _, err = cli("show", str(cid))
    assert code == 1 and "no client with id" in err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["add", "--field", "colour=red"], "'colour' is not a field"),
        (["add", "--field", "birth_date=31.02.1980", "--field", "first_name=A"], "not a real date"),
        (["add", "--field", "first_name"], "write NAME=VALUE"),
        (["add", "--field", "gender=sometimes", "--field", "first_name=A"], "gender"),
        (["purchase", "1", "--amount", "lots"], "no client"),
    ],
)
def test_bad_input_exits_1_with_a_message(cli, argv, message):
    code, out, err = cli(*argv)
    assert code == 1
    assert message in err
    assert "Traceback" not in err


def test_usage_error_exits_2(cli):
    with pytest.raises(SystemExit) as info:
        cli("frobnicate")
    assert info.value.code == 2


def test_wrong_password_exits_3(cli, monkeypatch):
    monkeypatch.setenv("KARTOTEKA_PASSWORD", "nope")
    code, _, err = cli("list")
    assert code == 3 and "Wrong password" in err


def test_no_password_is_a_clear_error(register_path, monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", None)
    assert main(["--register", str(register_path), "list"]) == 1
    assert "KARTOTEKA_PASSWORD" in capsys.readouterr().err


def _written_files(place: Path, since: float):
    """Files below ``place`` created or changed since ``since`` (the session's own traces)."""
    for root, _dirs, files in os.walk(place, onerror=lambda _e: None):
        for name in files:
            path = Path(root) / name
            try:
                st = path.lstat()
            except OSError:
                continue
            if st.st_mtime >= since and path.is_file() and st.st_size <= 64 * 1024 * 1024:
                yield path


def _contains_token(path: Path, needles: list[bytes]) -> bool:
    try:
        data = path.read_bytes()
    except OSError:
        return False
    return any(n in data for n in needles)


def test_no_plaintext_anywhere_after_a_session(tmp_path):
    """A unique token typed into a client must not appear in any file the session touched."""
    token = "Щукин" + uuid.uuid4().hex[:12]
    started = time.time() - 1
    register = tmp_path / "reg" / "register.kartoteka"
    env = {**os.environ, "KARTOTEKA_PASSWORD": "s3cret-pass", "KARTOTEKA_HOME": str(tmp_path / "home")}

    def run(*argv: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "app", "--register", str(register), *argv],
                              cwd=REPO, env=env, capture_output=True, text=True, timeout=120, check=False)

    assert run("init").returncode == 0
    added = run("add", "--field", f"last_name={token}", "--field", f"notes=note {token}",
                "--field", f"email={token[5:]}@example.com", "--field", "city=Łódź")
    assert added.returncode == 0, added.stderr
    assert run("edit", added.stdout.strip(), "--field", f"street=ul. {token} 5").returncode == 0
    found = run("list", token[:8], "--format", "json")
    assert found.returncode == 0 and token in found.stdout  # the query works on the encrypted data
    needles = []
    for t in (token, token[5:]):
        needles += [t.encode("utf-8"), t.encode("utf-16-le"), t.encode("utf-16-be")]
        needles.append(t.encode("cp1251"))
    places = [register.parent, Path("/tmp"), Path("/var/tmp"), tmp_path / "home"]
    leaks = []
    for place in places:
        if not place.exists():
            continue
        for path in _written_files(place, started):
            if _contains_token(path, needles):
                leaks.append(str(path))
    assert not leaks, f"client data in plain text: {leaks}"


def test_a_version_that_cannot_be_written_is_a_warning(cli, monkeypatch):
    """The save stands, and the command says the version is missing instead of staying silent."""
    from storage.versions import VersionWriter

    def no_space(self, infos):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(VersionWriter, "write_version", no_space)
    code, out, err = cli("add", "--field", "first_name=Ola")
    assert code == 0 and out.strip().isdigit()
    assert "warning: The last version could not be written" in err
    assert "No space left on device" in err


def test_list_as_csv_and_table(cli):
    for first, city in (("Zofia", "Kraków"), ("Anna", "Łódź"), ("Ewa", "Kraków")):
        cli("add", "--field", f"first_name={first}", "--field", f"city={city}", "--field", "phone=601 234 567")
    cli("purchase", "3", "--amount", "99,50", "--date", "2026-11-01")
    code, out, _ = cli("list", "city:krakow", "--format", "csv")
    assert code == 0
    assert out.splitlines() == [
        "id,name,phone,email,city,segment,spent,orders,last_purchase",
        "3,Ewa,+48601234567,,Kraków,one-time,99.50,1,2026-11-01",
        "1,Zofia,+48601234567,,Kraków,potential,0.00,0,",
    ]
    code, out, _ = cli("list", "--limit", "1", "--sort=-name")
    assert "Zofia" in out and "1 of 3 clients shown" in out
    assert cli("list", "city:krakow", "--count")[1].strip() == "2"


def test_export_says_when_xlsx_cut_a_long_text(cli, tmp_path):
    """Excel holds 32,767 characters in a cell: the command says how many were cut (text and JSON)."""
    code, out, _ = cli("add", "--field", "first_name=Anna", "--field", "notes=" + "x" * 40_000)
    assert code == 0
    code, out, _ = cli("export", "--to", str(tmp_path / "all.xlsx"))
    assert code == 0 and "Warning: 1 cell" in out and "32,767" in out and "x" * 50 not in out
    code, out, _ = cli("export", "--to", str(tmp_path / "again.xlsx"), "--report", "json")
    warnings = json.loads(out)["warnings"]
    assert len(warnings) == 1 and "32,767" in warnings[0]
    code, out, _ = cli("export", "--to", str(tmp_path / "all.csv"))
    assert code == 0 and "Warning" not in out

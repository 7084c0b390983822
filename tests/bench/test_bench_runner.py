"""The benchmark runner keeps going when one benchmark fails, and says so in table, JSON and exit code.

Every benchmark module is replaced by a tiny fake in sys.modules, so no register is built and the
tests take milliseconds; the real figures are the runner's business at 10k/100k, never a unit test's.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from bench import __main__ as runner

SECRET = "Jan Kowalski"


def _module(name: str, **functions: Any) -> ModuleType:
    module = ModuleType(name)
    for key, value in functions.items():
        setattr(module, key, value)
    return module


def _raise(exc: Exception):
    def fail(*_args: Any, **_kwargs: Any) -> Any:
        raise exc
    return fail


class FakeBench:
    """Fake bench.core and bench.bench_* modules; records which benchmarks actually ran."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
        self.ran: list[str] = []
        self.tmp_path = tmp_path
        self.monkeypatch = monkeypatch
        monkeypatch.setattr(runner, "RESULTS", tmp_path / "results")
        self.install("bench.core", ensure_register=self.ensure_register, run=self.core_run,
                     table_rows=self.table_rows, PASSWORD="pw")
        for feature in ("ui", "versions", "export"):
            self.install(f"bench.bench_{feature}", bench_register=self.feature(feature))
        for feature in ("import", "dedupe"):
            self.install(f"bench.bench_{feature}", run=self.standalone(feature))

    def install(self, name: str, **functions: Any) -> None:
        self.monkeypatch.setitem(sys.modules, name, _module(name, **functions))

    def replace(self, name: str, attr: str, value: Any) -> None:
        self.monkeypatch.setattr(sys.modules[name], attr, value)

    def ensure_register(self, n: int, seed: int) -> tuple[Path, dict]:
        self.ran.append(f"build {n}")
        return self.tmp_path / f"reg-{n}", {"clients": n, "bulk_insert_s": 0.01}

    def core_run(self, path: Path, n: int) -> dict:
        self.ran.append(f"core {n}")
        return {"text_search_median_ms": 1.5}

    @staticmethod
    def table_rows(n: int, figures: dict, build: dict) -> list[tuple[str, str, str, str]]:
        rows = [(f"{n:,}", "build", k, str(v)) for k, v in build.items() if k != "clients"]
        return rows + [(f"{n:,}", "core", k, str(v)) for k, v in figures.items()]

    def feature(self, name: str):
        def bench_register(path: Path, n: int, password: str) -> dict:
            self.ran.append(f"{name} {n}")
            return {"seconds": 0.5}
        return bench_register

    def standalone(self, name: str):
        def run() -> dict:
            self.ran.append(name)
            return {"seconds": 0.25}
        return run

    def main(self, *args: str) -> tuple[int, dict]:
        out = self.tmp_path / "out.json"
        code = runner.main(["--sizes", "10,20", "--out", str(out), *args])
        return code, json.loads(out.read_text(encoding="utf-8"))


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> FakeBench:
    return FakeBench(monkeypatch, tmp_path)


ALL_RAN = ["build 10", "core 10", "ui 10", "versions 10", "export 10",
           "build 20", "core 20", "ui 20", "versions 20", "export 20", "import", "dedupe"]


def test_clean_run_exits_zero_and_reports_ok(fake: FakeBench, capsys: pytest.CaptureFixture[str]) -> None:
    code, report = fake.main()
    assert code == 0
    assert fake.ran == ALL_RAN
    assert report["status"] == "ok" and report["failures"] == []
    assert report["results"]["10"]["core"] == {"text_search_median_ms": 1.5}
    assert report["results"]["standalone"]["import"] == {"seconds": 0.25}
    assert (fake.tmp_path / "results" / "latest.json").exists()
    assert "ERROR" not in capsys.readouterr().out


def test_failing_core_benchmark_does_not_stop_the_run(fake: FakeBench, capsys: pytest.CaptureFixture[str]) -> None:
    def core_run(path: Path, n: int) -> dict:
        if n == 10:
            raise RuntimeError("search index missing")
        fake.ran.append(f"core {n}")
        return {"text_search_median_ms": 2.0}
    fake.replace("bench.core", "run", core_run)

    code, report = fake.main()

    assert code == 1
    assert fake.ran == [item for item in ALL_RAN if item != "core 10"]
    failed = report["results"]["10"]["core"]
    assert failed["status"] == "error"
    assert failed["error_type"] == "RuntimeError"
    assert failed["message"] == "search index missing"
    assert failed["error"] == "RuntimeError: search index missing"
    assert report["results"]["10"]["ui"] == {"seconds": 0.5}
    assert report["results"]["20"]["core"] == {"text_search_median_ms": 2.0}
    assert report["status"] == "error"
    assert report["failures"] == [{"clients": "10", "area": "core", "error_type": "RuntimeError",
                                   "message": "search index missing"}]
    captured = capsys.readouterr()
    table = captured.out.split("\n\n")[-2]
    assert "ERROR RuntimeError: search index missing" in table
    assert "bulk_insert_s" in table  # the build figures of the failed size are still shown
    assert "1 benchmark(s) failed: core at 10" in captured.err


def test_failing_feature_and_standalone_benchmarks_are_recorded(fake: FakeBench) -> None:
    fake.replace("bench.bench_versions", "bench_register", _raise(OSError("disk full")))
    fake.replace("bench.bench_dedupe", "run", _raise(ValueError("no FEBRL files")))

    code, report = fake.main()

    assert code == 1
    assert [i for i in ALL_RAN if not i.startswith(("versions", "dedupe"))] == fake.ran
    assert report["results"]["20"]["versions"]["error_type"] == "OSError"
    assert report["results"]["standalone"]["dedupe"]["status"] == "error"
    assert report["results"]["standalone"]["import"] == {"seconds": 0.25}
    assert [(f["clients"], f["area"]) for f in report["failures"]] == [
        ("10", "versions"), ("20", "versions"), ("-", "dedupe")]


def test_failed_build_skips_only_its_own_size(fake: FakeBench) -> None:
    def ensure_register(n: int, seed: int) -> tuple[Path, dict]:
        if n == 10:
            raise MemoryError("out of memory")
        return fake.ensure_register(n, seed)
    fake.replace("bench.core", "ensure_register", ensure_register)

    code, report = fake.main()

    assert code == 1
    assert not any(item.endswith(" 10") for item in fake.ran)
    assert "core 20" in fake.ran and "import" in fake.ran
    assert report["results"]["10"] == {"build": {"status": "error", "error_type": "MemoryError",
                                                 "message": "out of memory",
                                                 "error": "MemoryError: out of memory"}}


def test_broken_feature_module_is_a_failure_but_a_missing_one_is_skipped(
        fake: FakeBench, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "bench.bench_ui", None)  # not written yet: skipped silently
    real_import = runner.importlib.import_module

    def import_module(name: str) -> ModuleType:
        if name == "bench.bench_export":
            raise ImportError("cannot import name 'writer' from 'app.export'")
        return real_import(name)
    monkeypatch.setattr(runner.importlib, "import_module", import_module)

    code, report = fake.main()

    assert code == 1
    assert not any(item.startswith(("ui", "export")) for item in fake.ran)
    assert "versions 10" in fake.ran
    assert report["failures"] == [{"clients": "-", "area": "export", "error_type": "ImportError",
                                   "message": "cannot import name '...' from '...'"}]


def test_only_and_sizes_still_limit_the_run(fake: FakeBench) -> None:
    code, report = fake.main("--only", "core,dedupe")
    assert code == 0
    assert fake.ran == ["build 10", "core 10", "build 20", "core 20", "dedupe"]
    assert set(report["results"]["10"]) == {"build", "core"}


def test_traceback_flag_prints_the_traceback(fake: FakeBench, capsys: pytest.CaptureFixture[str]) -> None:
    fake.replace("bench.bench_ui", "bench_register", _raise(KeyError("phone")))
    assert fake.main("--traceback")[0] == 1
    assert "Traceback (most recent call last)" in capsys.readouterr().err


def test_keyboard_interrupt_still_stops_the_run(fake: FakeBench) -> None:
    fake.replace("bench.core", "run", _raise(KeyboardInterrupt()))
    with pytest.raises(KeyboardInterrupt):
        fake.main()


@pytest.mark.parametrize(("raw", "expected"), [
    ("(sqlite3.IntegrityError) UNIQUE constraint failed: emails.value\n[SQL: INSERT INTO emails]\n"
     f"[parameters: ('{SECRET}', 'jan@example.com')]",
     "(sqlite3.IntegrityError) UNIQUE constraint failed: emails.value"),
    (f"bad phone '+48 601 234 567' for \"{SECRET}\"", "bad phone '...' for '...'"),
    ("no e-mail jan.kowalski@example.com or +48601234567 here", "no e-mail ... or ... here"),
    ("can't parse row", "can't parse row"),
    ("", ""),
])
def test_error_message_is_one_line_without_client_data(raw: str, expected: str) -> None:
    assert runner.one_line_message(ValueError(raw)) == expected


def test_error_message_is_capped() -> None:
    message = runner.one_line_message(RuntimeError("x" * 1000))
    assert len(message) == runner.MESSAGE_LIMIT and message.endswith("...")


def test_client_data_never_reaches_the_json(fake: FakeBench, capsys: pytest.CaptureFixture[str]) -> None:
    fake.replace("bench.bench_export", "bench_register", _raise(ValueError(f"row 3: '{SECRET}'\n{SECRET}")))
    code, _ = fake.main()
    assert code == 1
    assert SECRET not in (fake.tmp_path / "out.json").read_text(encoding="utf-8")
    assert SECRET not in capsys.readouterr().out

"""Core figures of issue 2: build (bulk insert), open, text search, three-criteria filter, save."""

from __future__ import annotations

import json
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from app import query, records
from app.demo import generate_clients
from storage.register import Register, derive_key, read_salt

PASSWORD = "bench-password"
CACHE = Path(__file__).resolve().parent / "results" / "cache"
PAGE = 200
TEXT_TERMS = ("иван", "kowal", "lodz", "семен", "601", "wroclaw", "anna", "123-45")
FILTERS = (
    "gender:female spent:>500 within:30d",
    "city:Warszawa orders:>=2 last_purchase:<90d",
    "segment:regular has:email -tag:blocked",
)
TABLE_COLUMNS = ["id", "display_name", "primary_phone", "primary_email", "city", "segment", "total_spent",
                 "last_purchase"]


def ensure_register(n: int, seed: int) -> tuple[Path, dict]:
    """A register of ``n`` demo clients, built once and cached (with its build figures)."""
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"clients-{n}-seed{seed}.kartoteka"
    info_path = path.with_suffix(".json")
    if path.exists() and info_path.exists():
        return path, json.loads(info_path.read_text())
    for stale in CACHE.glob(path.name + "*"):
        stale.unlink()
    reg = Register.create(path, PASSWORD, versions=False)
    started = time.perf_counter()
    with reg.unit_of_work("import", "bench build") as session:
        records.bulk_create_clients(session, generate_clients(n, seed), source="demo")
    seconds = time.perf_counter() - started
    reg.close()
    info = {"clients": n, "bulk_insert_s": round(seconds, 2), "bulk_insert_rows_per_s": round(n / seconds),
            "file_mb": round(path.stat().st_size / 1e6, 1)}
    info_path.write_text(json.dumps(info))
    return path, info


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 2)


def _first_page(session, text: str = "") -> int:
    query.count(session, text)
    return len(query.page_rows(session, text, TABLE_COLUMNS, "display_name", False, PAGE, 0))


def run(path: Path, n: int, repeats: int = 3) -> dict:
    salt = read_salt(path)
    kdf = []
    opens = []
    for _ in range(repeats):
        started = time.perf_counter()
        derive_key(PASSWORD, salt)
        kdf.append(time.perf_counter() - started)
        started = time.perf_counter()
        reg = Register.open(path, PASSWORD, versions=False)
        with reg.session() as session:
            _first_page(session)
        opens.append(time.perf_counter() - started)
        reg.close()
    result: dict = {
        "kdf_ms": _ms(statistics.median(kdf)),
        "open_to_first_rows_beyond_kdf_ms": _ms(statistics.median(opens) - statistics.median(kdf)),
    }
    reg = Register.open(path, PASSWORD, versions=False)
    try:
        with reg.session() as session:
            search = _timed_queries(session, TEXT_TERMS, repeats)
            filters = _timed_queries(session, FILTERS, repeats)
            ids = query.search_ids(session, "", limit=50)
        result["text_search_median_ms"] = search["median"]
        result["text_search_max_ms"] = search["max"]
        result["filter_median_ms"] = filters["median"]
        result["filter_max_ms"] = filters["max"]
    finally:
        reg.close()
    # A save as the window does it: the version writer attached, so checkpoints and versions run off
    # the caller's thread. On a copy: the cache must not change (nor gather versions) between runs.
    with tempfile.TemporaryDirectory(prefix="kartoteka-bench-saves-") as tmp:
        work = Path(tmp) / path.name
        shutil.copyfile(path, work)
        reg = Register.open(work, PASSWORD, versions=True)
        try:
            reg.versions.wait()
            result["save_one_client_median_ms"] = _timed_saves(reg, ids)
        finally:
            reg.close()
    return result


def _timed_queries(session, texts, repeats: int) -> dict:
    times = []
    for text in texts:
        for _ in range(repeats):
            started = time.perf_counter()
            _first_page(session, text)
            times.append(time.perf_counter() - started)
    return {"median": _ms(statistics.median(times)), "max": _ms(max(times))}


def _timed_saves(reg: Register, ids: list[int]) -> float:
    """The time a card save blocks the caller: one unit of work editing one field."""
    times = []
    for i, cid in enumerate(ids[:20]):
        started = time.perf_counter()
        with reg.unit_of_work("edit", "bench") as session:
            records.update_client(session, cid, {"notes": f"bench note {i}"})
        times.append(time.perf_counter() - started)
    return _ms(statistics.median(times))


def table_rows(n: int, figures: dict, build: dict) -> list[tuple[str, str, str, str]]:
    targets = {
        "open_to_first_rows_beyond_kdf_ms": "< 1000" if n <= 100_000 else "< 2000",
        "text_search_median_ms": "< 50" if n <= 100_000 else "< 150",
        "filter_median_ms": "< 100" if n <= 100_000 else "< 500",
        "save_one_client_median_ms": "< 30",
    }
    rows = [(f"{n:,}", "build", k, str(v)) for k, v in build.items() if k != "clients"]
    for key, value in figures.items():
        target = targets.get(key)
        rows.append((f"{n:,}", "core", key, f"{value}" + (f"   (target {target})" if target else "")))
    return rows

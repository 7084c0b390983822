"""Versions benchmark (issue 3, DESIGN section 8), on a copy of the cached bench register.

Measures, in one run on the same file so the ratios hold whatever the machine:
- a plain file copy of the register (flushed to disk) against a version after a one-client edit
  (target: less than three times the copy);
- disk added by a one-client edit (target: less than 1 MB);
- disk of 200 versions of a day of edits (one-client edits, a few adds and a ten-client bulk edit),
  against the register's size (target: less than twice the register);
- the time the save that triggers a version blocks its caller (target: under 30 ms), against the same
  save with versions off.
"""

from __future__ import annotations

import os
import random
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from app import records
from models.tables import utcnow
from storage.register import Register, SaveInfo, derive_key, raw_key_hex, read_salt
from storage.versions import VersionWriter


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 1)


def _plain_copy(src: Path, dest: Path) -> float:
    started = time.perf_counter()
    with open(src, "rb") as fin, open(dest, "wb") as fout:
        shutil.copyfileobj(fin, fout, 1 << 20)
        fout.flush()
        os.fsync(fout.fileno())
    seconds = time.perf_counter() - started
    dest.unlink()
    return seconds


def _store_bytes(writer: VersionWriter) -> int:
    manifest = writer.store.root / "manifest.json"
    return writer.store.disk_usage() + (manifest.stat().st_size if manifest.exists() else 0)


def _edit(reg: Register, cid: int, i: int) -> float:
    started = time.perf_counter()
    with reg.unit_of_work("edit", "bench") as session:
        records.update_client(session, cid, {"notes": f"bench note {i}", "city": f"Miasto {i % 17}"})
    return time.perf_counter() - started


def bench_register(path: Path, n: int, password: str) -> dict:
    """All figures for the register at ``path`` (copied first; the cache is never changed)."""
    with tempfile.TemporaryDirectory(prefix="kartoteka-bench-versions-") as tmp:
        work = Path(tmp) / "register.kartoteka"
        shutil.copyfile(path, work)
        salt = read_salt(work)
        key = raw_key_hex(derive_key(password, salt), salt)
        return _measure(work, key, n)


def _measure(work: Path, key: str, n: int) -> dict:
    rng = random.Random(3)
    size = work.stat().st_size
    copies = [_plain_copy(work, work.with_name("copy.tmp")) for _ in range(3)]
    copy_s = statistics.median(copies)
    reg = Register.open_with_key(work, key, versions=False)
    try:
        plain_saves = [_edit(reg, rng.randint(1, n), i) for i in range(15)]
        reg.checkpoint()
        writer = VersionWriter(reg)
        reg.versions = writer
        started = time.perf_counter()
        writer.write_version([SaveInfo("import", "", utcnow())])
        first_s = time.perf_counter() - started
        # One-client edits, each followed by its version: time and disk of each version.
        version_times, added = [], []
        for i in range(5):
            reg.versions = None  # the save alone; the version is timed on its own below
            _edit(reg, rng.randint(1, n), i)
            reg.versions = writer
            before = _store_bytes(writer)
            started = time.perf_counter()
            writer.write_version([SaveInfo("edit", "", utcnow())])
            version_times.append(time.perf_counter() - started)
            added.append(_store_bytes(writer) - before)
        version_s = statistics.median(version_times)
        # A day of edits through the real path: the save queues, the background writer records.
        save_times = []
        for i in range(200):
            if i % 50 == 25:
                with reg.unit_of_work("edit", "bench bulk") as session:
                    for cid in rng.sample(range(1, n + 1), 10):
                        records.update_client(session, cid, {"notes": f"bulk {i}"})
            elif i % 20 == 7:
                with reg.unit_of_work("add", "bench") as session:
                    records.create_client(session, {"first_name": f"Nowy{i}", "phone": f"+48600{i:06d}"})
            else:
                save_times.append(_edit(reg, rng.randint(1, n), 100 + i))
            writer.wait()  # one version per save, as a person saving card after card
        day_versions = len(writer.list())
        day_bytes = _store_bytes(writer)
        writer.close()
        reg.versions = None
    finally:
        reg.close()
    return {
        "register_mb": round(size / 1e6, 1),
        "plain_copy_ms": _ms(copy_s),
        "first_version_ms": _ms(first_s),
        "version_after_edit_ms": _ms(version_s),
        "version_vs_copy": round(version_s / copy_s, 2),
        "version_vs_copy_ok": version_s < 3 * copy_s,
        "one_client_edit_adds_kb": round(statistics.median(added) / 1024, 1),
        "one_client_edit_ok": statistics.median(added) < 1024 * 1024,
        "day_versions_kept": day_versions,
        "day_of_200_versions_mb": round(day_bytes / 1e6, 1),
        "day_vs_register": round(day_bytes / size, 2),
        "day_ok": day_bytes < 2 * size,
        "save_with_versions_median_ms": _ms(statistics.median(save_times)),
        "save_with_versions_p90_ms": _ms(sorted(save_times)[int(len(save_times) * 0.9)]),
        "save_without_versions_median_ms": _ms(statistics.median(plain_saves)),
        "save_ok": statistics.median(save_times) < 0.030,
    }


def run(n_clients: int = 10_000, seed: int = 1) -> dict:
    """Build (or reuse) the cached bench register of ``n_clients`` and measure it."""
    from bench import core

    path, _ = core.ensure_register(n_clients, seed)
    return bench_register(path, n_clients, core.PASSWORD)


if __name__ == "__main__":  # pragma: no cover
    import json
    import sys

    print(json.dumps(run(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000), indent=2))

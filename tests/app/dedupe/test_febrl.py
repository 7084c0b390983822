"""Pairwise precision and recall of the pure finder on the FEBRL benchmark sets, against their truth.

The records go in without rec_id (it is kept aside as the record's key for scoring only) and without
soc_sec_id, which real clients do not have.
"""

from __future__ import annotations

import time

import pytest

from app.dedupe.finder import find_groups
from bench.bench_dedupe import FEBRL_DIR, load_febrl, pairwise_quality

FLOORS = {1: (0.95, 0.90), 2: (0.95, 0.90), 3: (0.90, 0.80)}


@pytest.mark.corpus
@pytest.mark.parametrize("number", [1, 2, 3])
def test_febrl_precision_and_recall(number):
    if not (FEBRL_DIR / "files" / f"dataset{number}.csv").is_file():
        pytest.skip("the FEBRL corpus is not present")
    records, truth = load_febrl(number)
    start = time.perf_counter()
    groups = find_groups(records)
    elapsed = time.perf_counter() - start
    quality = pairwise_quality(groups, truth)
    precision_floor, recall_floor = FLOORS[number]
    assert quality["precision"] >= precision_floor, quality
    assert quality["recall"] >= recall_floor, quality
    assert elapsed < 10, f"FEBRL {number}: {elapsed:.1f} s for {len(records)} records"
    assert all(0.0 <= g.score <= 1.0 and g.reasons for g in groups)

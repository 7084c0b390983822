"""Finding groups of records that are probably one client: blocking, scoring, grouping.

Comparing every pair grows with the square of the register, so records are first put into *blocks* by
several cheap keys, each robust to a different kind of error: a shared phone or email; phonetic codes of
the surname and the given name (read both ways round, for swapped names, and with the full forms of
nickname groups, so ``Bob`` meets ``Robert``); the birth date with an initial; the postcode with the house
number; the street with the house number. A pair is compared when it shares any block, so a typo in one
field rarely hides a duplicate. Blocks larger than ``max_block`` (a common surname, an office phone
shared by a hundred people) are not compared all-to-all: their members are sorted by name and each is
compared with its next ``window`` neighbours, which keeps the work near-linear.

Accepted pairs are grouped by average linkage: two clusters join only when the average weight over all
their cross pairs still passes the threshold and no cross pair is far below it, so a chain A~B~C does not
pull in a C that is nothing like A.
"""

from __future__ import annotations

import contextlib
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations

from app import offload
from app.dedupe.matcher import THRESHOLD, explain, pair_weight, score_of
from app.dedupe.normalize import soundex
from app.dedupe.record import MatchRecord, Prepared, prepare, weigh_cities
from storage.errors import Cancelled

MAX_BLOCK = 12
WINDOW = 5
MAX_GROUP = 12
# Inside a group every pair must come this close to the threshold: a chain A~B~C where A and C disagree
# (different birth dates, say) is split even when the average still passes.
MIN_LINK_GAP = 4.0
Progress = Callable[[int, int], None]


class ScanCancelled(Cancelled):
    """The caller's ``cancel()`` returned true; nothing was proposed."""

    def __init__(self) -> None:
        super().__init__("The duplicate scan was cancelled.")


@dataclass(frozen=True, slots=True)
class Group:
    """A proposed set of duplicates: ids, score 0..1, and the reasons in words."""

    ids: tuple
    score: float
    reasons: tuple[str, ...]

    def as_dict(self) -> dict:
        return {"ids": list(self.ids), "score": self.score, "reasons": list(self.reasons)}


@dataclass(frozen=True, slots=True)
class Match:
    """An existing record that an incoming record probably duplicates."""

    id: object
    score: float
    reasons: tuple[str, ...]


@lru_cache(maxsize=100_000)
def _name_keys(first: str, last: str, canonical: tuple[str, ...]) -> tuple[str, ...]:
    if first and last:
        last_code = soundex(last, 6)
        keys = ["n" + last_code + soundex(form, 6) for form in canonical]  # Bob and Robert meet here
        keys.append("n" + soundex(first, 6) + last_code)  # the same key when first and last are swapped
        return tuple(keys)
    if first or last:
        return ("n" + soundex(first or last, 6),)
    return ()


def blocking_keys(p: Prepared) -> set[str]:
    """The blocks a record goes into; see the module docstring for why each key exists."""
    keys = set(_name_keys(p.first, p.last, p.canonical))
    for phone in p.phones:
        keys.add("p" + phone)
    for email in p.emails:
        keys.add("e" + email)
    if p.birth:
        # With an initial of either name: a birth date alone is shared by dozens in a big register.
        keys.add("b" + p.birth + p.first[:1])
        keys.add("b" + p.birth + p.last[:1])
    if p.street_no:
        if p.postcode:
            keys.add("a" + p.postcode + " " + p.street_no)
        if p.street_name:
            keys.add("s" + soundex(p.street_name) + p.street_no + p.city[:1])
    if p.company and not (p.first or p.last):
        keys.add("c" + p.company)
    return keys


def _sort_key(p: Prepared) -> tuple[str, str, str]:
    return (p.last + p.first, p.birth, p.postcode)


def candidate_pairs(prepared: list[Prepared], max_block: int = MAX_BLOCK, window: int = WINDOW) -> set[int]:
    """Index pairs (encoded ``i * n + j``, i < j) that share at least one block."""
    blocks: dict[str, list[int]] = defaultdict(list)
    for index, p in enumerate(prepared):
        for key in blocking_keys(p):
            blocks[key].append(index)
    n = len(prepared)
    pairs: set[int] = set()
    for members in blocks.values():
        size = len(members)
        if size < 2:
            continue
        if size == 2:
            pairs.add(members[0] * n + members[1])  # members are in index order
        elif size <= max_block:
            pairs.update(i * n + j for i, j in combinations(members, 2))
        else:
            members = sorted(members, key=lambda i: _sort_key(prepared[i]))
            for x in range(size):
                for y in range(x + 1, min(size, x + 1 + window)):
                    i, j = members[x], members[y]
                    pairs.add(i * n + j if i < j else j * n + i)
    return pairs


# At least this many candidate pairs are scored in two processes: a forked child (app.offload) scores
# the second half while this process scores the first (100k clients: ~270k pairs).
PARALLEL_PAIRS = 50_000


def _score_pairs(
    prepared: list[Prepared],
    pairs: Iterable[int],
    total: int,
    threshold: float,
    excluded: Callable[[object, object], bool],
    progress: Progress | None,
    cancel: Callable[[], bool] | None,
) -> dict[tuple[int, int], float]:
    codes = list(pairs)
    half = len(codes) // 2 if len(codes) >= PARALLEL_PAIRS and offload.available() else len(codes)
    rest = offload.iterate(lambda: [_scored(prepared, codes[half:], threshold, excluded, None, None)],
                           enabled=half < len(codes))
    with contextlib.closing(rest):
        accepted = _scored(prepared, codes[:half], threshold, excluded, progress, cancel, total)
        for part in rest:
            _check(cancel)
            accepted.update(part)
    if progress is not None:
        progress(total, total)
    return accepted


def _scored(prepared: list[Prepared], codes: list[int], threshold: float, excluded: Callable[[object, object], bool],
            progress: Progress | None, cancel: Callable[[], bool] | None, total: int = 0
            ) -> dict[tuple[int, int], float]:
    """The pairs among ``codes`` that score at least ``threshold`` (and are not marked "not a duplicate")."""
    n = len(prepared)
    accepted: dict[tuple[int, int], float] = {}
    for done, code in enumerate(codes, 1):
        i, j = divmod(code, n)
        a, b = prepared[i], prepared[j]
        weight = pair_weight(a, b)
        if weight >= threshold and not excluded(a.rec.id, b.rec.id):
            accepted[(i, j)] = weight
        if not done % 2_000:
            _check(cancel)
            if progress is not None:
                progress(done, total)
    return accepted


def _components(accepted: dict[tuple[int, int], float]) -> list[list[int]]:
    parent: dict[int, int] = {}

    def root(x: int) -> int:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, j in accepted:
        parent[root(i)] = root(j)
    comps: dict[int, list[int]] = defaultdict(list)
    for x in parent:
        comps[root(x)].append(x)
    return list(comps.values())


class _Linker:
    """Average-linkage clustering inside one connected component of accepted pairs."""

    def __init__(self, prepared: list[Prepared], accepted: dict, threshold: float, excluded) -> None:
        self.prepared, self.accepted, self.threshold, self.excluded = prepared, accepted, threshold, excluded
        self.cache: dict[tuple[int, int], float] = {}
        self.edges_of: dict[int, list[tuple[float, int, int]]] = defaultdict(list)
        for (i, j), w in accepted.items():
            self.edges_of[i].append((w, i, j))

    def weight(self, i: int, j: int) -> float:
        key = (i, j) if i < j else (j, i)
        if key in self.accepted:
            return self.accepted[key]
        if key not in self.cache:
            a, b = self.prepared[key[0]], self.prepared[key[1]]
            excluded = self.excluded(a.rec.id, b.rec.id)
            self.cache[key] = float("-inf") if excluded else pair_weight(a, b, exact=True)
        return self.cache[key]

    def clusters(self, component: list[int]) -> list[list[int]]:
        if len(component) == 2:
            return [component]
        cluster_of = {i: i for i in component}
        members = {i: [i] for i in component}
        edges = sorted((e for i in component for e in self.edges_of.get(i, ())), reverse=True)
        for _, i, j in edges:
            ci, cj = cluster_of[i], cluster_of[j]
            if ci == cj or len(members[ci]) + len(members[cj]) > MAX_GROUP:
                continue
            cross = [self.weight(x, y) for x in members[ci] for y in members[cj]]
            if sum(cross) / len(cross) >= self.threshold and min(cross) >= self.threshold - MIN_LINK_GAP:
                for x in members[cj]:
                    cluster_of[x] = ci
                members[ci].extend(members.pop(cj))
        return [m for m in members.values() if len(m) > 1]

    def group(self, cluster: list[int]) -> Group:
        cluster = sorted(cluster, key=lambda i: self.prepared[i].rec.id)  # type: ignore[arg-type, return-value]
        weights, reasons = [], {}
        for x in range(len(cluster)):
            for y in range(x + 1, len(cluster)):
                weights.append(self.weight(cluster[x], cluster[y]))
        first = self.prepared[cluster[0]]
        for other in cluster[1:]:
            _, pair_reasons = explain(first, self.prepared[other])
            reasons.update(dict.fromkeys(pair_reasons))
        ids = tuple(self.prepared[i].rec.id for i in cluster)
        return Group(ids=ids, score=score_of(sum(weights) / len(weights)), reasons=tuple(reasons))


def _check(cancel: Callable[[], bool] | None) -> None:
    if cancel is not None and cancel():
        release_caches()
        raise ScanCancelled


def _never(_a: object, _b: object) -> bool:
    return False


def release_caches() -> None:
    """Drop the per-name caches a scan fills (tens of MB at 100k clients); the window stays lean."""
    from app.dedupe import matcher, normalize, record

    matcher.clear_name_cache()
    record.clear_caches()
    normalize.clear_caches()
    _name_keys.cache_clear()


def find_groups(
    records: Iterable[MatchRecord],
    *,
    excluded: Callable[[object, object], bool] | None = None,
    threshold: float = THRESHOLD,
    progress: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
) -> list[Group]:
    """Groups of probable duplicates among ``records``, best first.

    ``excluded(id_a, id_b)`` says a pair the user marked "not a duplicate"; such a pair is never
    proposed, nor joined through a third record. ``progress(done, total)`` is called while pairs are
    scored; ``cancel()`` returning true stops the scan with ``ScanCancelled``.
    """
    excluded = excluded or _never
    prepared = [prepare(r) for r in records]
    weigh_cities(prepared)
    _check(cancel)
    pairs = candidate_pairs(prepared)
    _check(cancel)
    accepted = _score_pairs(prepared, pairs, len(pairs), threshold, excluded, progress, cancel)
    linker = _Linker(prepared, accepted, threshold, excluded)
    groups = [linker.group(c) for comp in _components(accepted) for c in linker.clusters(comp)]
    groups.sort(key=lambda g: (-g.score, str(g.ids[0])))
    release_caches()
    return groups


def find_matches(
    incoming: Iterable[MatchRecord],
    existing: Iterable[MatchRecord],
    *,
    threshold: float = THRESHOLD,
    limit: int = 3,
) -> dict[object, list[Match]]:
    """For each incoming record (an import row), the existing records it probably duplicates, best first.

    Only incoming-to-existing pairs are scored; ids of the two sides may overlap (row numbers vs client
    ids) because they are kept apart internally.
    """
    new = [prepare(r) for r in incoming]
    old = [prepare(r) for r in existing]
    prepared = new + old
    weigh_cities(prepared)
    cut = len(new)
    n = len(prepared)
    found: dict[object, list[Match]] = defaultdict(list)
    for code in candidate_pairs(prepared):
        i, j = divmod(code, n)
        if not (i < cut <= j):
            continue
        weight = pair_weight(prepared[i], prepared[j])
        if weight >= threshold:
            _, reasons = explain(prepared[i], prepared[j])
            found[prepared[i].rec.id].append(Match(prepared[j].rec.id, score_of(weight), tuple(reasons)))
    release_caches()
    return {k: sorted(v, key=lambda m: -m.score)[:limit] for k, v in found.items()}

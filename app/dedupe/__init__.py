"""Clean data: duplicate finder, merge with undo, "not a duplicate" memory, completeness report.

Headless API for the window (run the scans off the UI thread) and the command line:

- ``find_duplicates(reg, progress=None, cancel=None) -> list[Group]``: groups of probable duplicates
  in the register, best first; ``Group(ids, score 0..1, reasons)``. ``progress(done, total)``;
  ``cancel()`` returning true raises ``ScanCancelled`` (a ``storage.errors.Cancelled``).
- ``merge_preview(reg, ids) -> dict``: the side-by-side view: suggested ``keep``, the clients' JSON
  forms, and per single-valued field its values per client and the default choice.
- ``merge(reg, keep_id, other_ids, choices=None) -> merge_id``: one save; ``choices`` maps a field of
  ``CHOSEN_FIELDS`` to the client whose value is kept; ``COMBINED_FIELDS`` are combined.
- ``undo_merge(reg, merge_id) -> ids``: gives every merged client back exactly; edits made to the kept
  client after the merge stay.
- ``mark_not_duplicate(reg, *ids)`` / ``forget_not_duplicate(reg, *ids)``.
- ``quality_report(reg, stale_days=365) -> dict``: fill rates and problems, each with its query.

Pure core, for the importer and tests: ``find_groups(records)`` and ``find_matches(incoming,
existing)`` over ``MatchRecord`` rows; ``register_records(session)`` streams the register as such rows.
"""

from app.dedupe.finder import Group, Match, ScanCancelled, find_groups, find_matches
from app.dedupe.merge import CHOSEN_FIELDS, COMBINED_FIELDS, merge, merge_preview, undo_merge
from app.dedupe.quality import quality_report
from app.dedupe.record import MatchRecord
from app.dedupe.scan import find_duplicates, forget_not_duplicate, mark_not_duplicate, register_records

__all__ = [
    "CHOSEN_FIELDS", "COMBINED_FIELDS", "Group", "Match", "MatchRecord", "ScanCancelled", "find_duplicates",
    "find_groups", "find_matches", "forget_not_duplicate", "mark_not_duplicate", "merge", "merge_preview",
    "quality_report", "register_records", "undo_merge",
]

"""The duplicate finder over the register, and the "not a duplicate" memory.

The register is read with SQLAlchemy Core (three narrow selects, no ORM objects), turned into
``MatchRecord`` rows and handed to the pure finder. Pairs the user marked "not a duplicate" are kept in
``not_duplicates`` (low id, high id) and never proposed again.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from itertools import combinations

from sqlalchemy import String, select, type_coerce
from sqlalchemy.orm import Session

from app.dedupe.finder import Group, Progress, find_groups
from app.dedupe.record import MatchRecord
from models.tables import Client, Email, NotDuplicate, Phone
from storage.errors import UserError
from storage.register import Register

_COLUMNS = (
    Client.id, Client.first_name, Client.last_name, Client.middle_name, Client.company, Client.city,
    Client.postcode, Client.street, Client.district,
    # The stored ISO text, not a date object: the finder wants the digits, so skip parsing and formatting.
    type_coerce(Client.birth_date, String),
)


def register_records(session: Session, client_ids: Iterable[int] | None = None) -> Iterator[MatchRecord]:
    """Every client (or the given ones) as a finder record, streamed in id order.

    Phones and emails are read first into per-client lists (two narrow columns), then the clients are
    streamed; at a million clients this holds the contact lists, never the ORM objects.
    """
    ids = None if client_ids is None else list(client_ids)
    phone_stmt = select(Phone.client_id, Phone.value).order_by(Phone.client_id, Phone.position)
    email_stmt = select(Email.client_id, Email.key).order_by(Email.client_id, Email.position)
    client_stmt = select(*_COLUMNS).order_by(Client.id)
    if ids is not None:
        phone_stmt = phone_stmt.where(Phone.client_id.in_(ids))
        email_stmt = email_stmt.where(Email.client_id.in_(ids))
        client_stmt = client_stmt.where(Client.id.in_(ids))
    conn = session.connection()
    phones: dict[int, list[str]] = defaultdict(list)
    for cid, value in conn.execute(phone_stmt).all():
        phones[cid].append(value)
    emails: dict[int, list[str]] = defaultdict(list)
    for cid, key in conn.execute(email_stmt).all():
        emails[cid].append(key)
    no_contacts: tuple[str, ...] = ()
    for chunk in conn.execution_options(yield_per=10_000).execute(client_stmt).partitions():
        for cid, first, last, middle, company, city, postcode, street, district, birth in chunk:
            yield MatchRecord(
                cid, first or "", last or "", middle or "", company or "",
                tuple(phones[cid]) if cid in phones else no_contacts,
                tuple(emails[cid]) if cid in emails else no_contacts,
                city or "", postcode or "", street or "", district or "", birth,
            )


def not_duplicate_pairs(session: Session) -> set[tuple[int, int]]:
    return {(low, high) for low, high in session.execute(select(NotDuplicate.low_id, NotDuplicate.high_id))}


def find_duplicates(
    reg: Register, progress: Progress | None = None, cancel: Callable[[], bool] | None = None
) -> list[Group]:
    """Groups of probable duplicates in the whole register, best first (runs off the UI thread).

    ``progress(done, total)`` reports scored candidate pairs; ``cancel()`` returning true stops the scan
    with ``ScanCancelled``. Reading happens in one read-only snapshot.
    """
    with reg.session() as session:
        excluded_pairs = not_duplicate_pairs(session)
        records = list(register_records(session))

    def excluded(a: object, b: object) -> bool:
        return ((a, b) if a < b else (b, a)) in excluded_pairs  # type: ignore[operator]

    return find_groups(records, excluded=excluded, progress=progress, cancel=cancel)


def mark_not_duplicate(reg: Register, *client_ids: int) -> int:
    """Remember that these clients are different people (every pair among them); returns pairs added."""
    ids = sorted(set(client_ids))
    if len(ids) < 2:
        raise UserError("Mark at least two different clients as not duplicates of each other.")
    with reg.unit_of_work("edit", "not a duplicate") as session:
        known = not_duplicate_pairs(session)
        found = set(session.scalars(select(Client.id).where(Client.id.in_(ids))))
        missing = [i for i in ids if i not in found]
        if missing:
            raise UserError(f"There is no client with id {missing[0]}.")
        added = 0
        for low, high in combinations(ids, 2):
            if (low, high) not in known:
                session.add(NotDuplicate(low_id=low, high_id=high))
                added += 1
    return added


def forget_not_duplicate(reg: Register, *client_ids: int) -> int:
    """Undo ``mark_not_duplicate`` for these clients (every pair among them); returns pairs removed."""
    ids = sorted(set(client_ids))
    removed = 0
    with reg.unit_of_work("edit", "duplicate memory cleared") as session:
        for low, high in combinations(ids, 2):
            row = session.get(NotDuplicate, (low, high))
            if row is not None:
                session.delete(row)
                removed += 1
    return removed

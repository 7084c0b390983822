"""The email list in Mailchimp's format, straight from register tuples: the mailing-list fast path.

An email list is the export the owner runs most and on the whole register (DESIGN section 8 asks for
over 50,000 rows/s end to end). Building a dict per client and judging it costs more than reading and
writing it, so this path handles the common client without one: consent is decided in SQL
(``source.surely_dropped``), and a client whose first email and first phone are valid (the
denormalised flags say so) goes from its tuple to its row directly, through the same duplicate
merging (``ListFilter.admit``). Everyone else takes the general path, ``eligibility.judge`` on a full
record, so every reason and text still comes from one place; a test checks the two agree. The SMS list
works the same way (a client whose phones are all valid and whose first one is a mobile number).

SQL is a shortcut here, not the privacy rule: a row it lets through whose consent columns are anything
but plainly admitting (an opt-out date, a state other than ``granted``) is judged again in Python, so a
client ``eligibility.opted_out`` keeps out never reaches a list even if the SQL mirror drifts.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from sqlalchemy.engine import Connection

from app.export.eligibility import (
    NO_EMAIL,
    NO_EMAIL_TEXT,
    NO_PHONE,
    NO_PHONE_TEXT,
    ListFilter,
    consent_refusal,
    is_mobile,
    name_of,
)
from app.export.files import Ticker
from app.export.formats import birthday, mailchimp_address_of, mailchimp_row, sms_row
from app.export.pipeline import Dropped, ExportResult
from app.export.source import Reader, Reading, Selection

_NAMES = ("display_name", "first_name", "last_name", "company")
# Why a client ``source.surely_dropped`` kept out is dropped when its consent is not the reason.
_MISSING = {"email": (NO_EMAIL, NO_EMAIL_TEXT), "sms": (NO_PHONE, NO_PHONE_TEXT)}


def _list_rows(
    conn: Connection,
    channel: str,
    selection: Selection,
    policy: str,
    result: ExportResult,
    ticker: Ticker,
    *,
    plain: Callable[[tuple[Any, ...]], bool],
    address: str,
    fast_row: Callable[[tuple[Any, ...], str], list[str]],
    general_row: Callable[[dict[str, Any]], list[str]],
) -> Iterator[list[str]]:
    """The loop both lists share: ``plain`` rows (their flags say the first address is the usable one and
    their consent is not in doubt) go through ``fast_row``; the others are read in full and judged.

    Consent is in doubt unless it plainly admits the row: no opt-out date, and ``granted`` (or, under the
    wider policy, anything but ``withdrawn``). Those rows are judged in full by ``eligibility``, so the
    rule of who may be contacted lives there alone. The per-row tests are written inline: this loop runs
    for every client of the register (a function call per row cost the email list 12 %)."""
    reader = Reader(conn, Reading.for_list(channel, policy))
    at = {key: i for i, key in enumerate(reader.keys)}
    brief_at = {key: i for i, key in enumerate(reader.reading.brief)}
    i_display, i_first, i_last, i_company = (at[k] for k in _NAMES)
    b_display, b_first, b_last, b_company = (brief_at[k] for k in _NAMES)
    strict = policy == "granted"
    i_address, i_state, i_optout = at[address], at[f"consent_{channel}"], at[f"consent_{channel}_optout"]
    b_state, b_optout, b_date = (brief_at[f"consent_{channel}{part}"] for part in ("", "_optout", "_date"))
    missing = _MISSING[channel]
    list_filter = ListFilter(channel, policy)
    dropped = result.dropped.append
    for chunk, rows, brief in reader.batches(selection):
        ticker.advance(len(chunk))
        result.considered += len(chunk)
        odd = {cid: row for cid, row in rows.items()
               if row[i_optout] or (row[i_state] != "granted" and (strict or row[i_state] == "withdrawn"))
               or not plain(row)}
        general = {r["id"]: r for r in reader.records(list(odd), odd, {})} if odd else {}
        for cid in chunk:
            row = rows.get(cid)
            if row is None:
                short = brief.get(cid)
                if short is not None:  # consent refused or no address at all (source.surely_dropped)
                    name = name_of(cid, short[b_display], short[b_first], short[b_last], short[b_company])
                    refusal = consent_refusal(short[b_state], short[b_optout], channel, policy, short[b_date])
                    dropped(Dropped(cid, name, *(refusal or missing)))
                continue  # or deleted since the ids were read
            if cid in general:
                record = general[cid]
                verdict = list_filter.judge(record)
                if verdict.included:
                    record["address"] = verdict.address
                    yield general_row(record)
                    continue
            else:
                name = name_of(cid, row[i_display], row[i_first], row[i_last], row[i_company])
                verdict = list_filter.admit(cid, name, row[i_address])
                if verdict.included:
                    yield fast_row(row, name)
                    continue
            dropped(Dropped(verdict.client_id, verdict.name, verdict.reason, verdict.text))


def mailchimp_rows(
    conn: Connection, selection: Selection, policy: str, result: ExportResult, ticker: Ticker
) -> Iterator[list[str]]:
    """Yield the Mailchimp rows of the eligible clients of ``selection``, recording the others, in the
    export order (``source.QUERY_ORDER`` for a query, a hand-made selection as given)."""
    keys = Reader(conn, Reading.for_list("email", policy)).keys
    (i_first, i_last, i_street, i_city, i_region, i_postcode, i_country, i_birth, i_phone, i_bad_phone, i_email,
     i_bad_email, i_tags) = (keys.index(k) for k in (
        "first_name", "last_name", "street", "city", "region", "postcode", "country", "birth_date",
        "primary_phone", "invalid_phone", "primary_email", "invalid_email", "tags_text"))

    def fast_row(row: tuple[Any, ...], _name: str) -> list[str]:
        tags = row[i_tags]
        return [
            row[i_email], row[i_first] or "", row[i_last] or "",
            mailchimp_address_of(row[i_street], row[i_city], row[i_region], row[i_postcode], row[i_country]),
            row[i_phone] or "", birthday(row[i_birth]), tags.replace(", ", ",") if tags else "",
        ]

    return _list_rows(conn, "email", selection, policy, result, ticker,
                      plain=lambda row: not (row[i_bad_email] or row[i_bad_phone]), address="primary_email",
                      fast_row=fast_row, general_row=mailchimp_row)


def sms_rows(
    conn: Connection, selection: Selection, policy: str, result: ExportResult, ticker: Ticker
) -> Iterator[list[str]]:
    """Yield the SMS-list rows of the eligible clients of ``selection``, recording the others, in the
    export order. A client whose phones are all valid and whose first one is a mobile number is written
    from its tuple (the first mobile number of the list is then the first number); a landline first or an
    invalid number anywhere takes the general path."""
    keys = Reader(conn, Reading.for_list("sms", policy)).keys
    i_first, i_last, i_phone, i_bad_phone = (keys.index(k) for k in (
        "first_name", "last_name", "primary_phone", "invalid_phone"))

    def fast_row(row: tuple[Any, ...], name: str) -> list[str]:
        return [row[i_phone], row[i_first] or "", row[i_last] or "", name]

    return _list_rows(conn, "sms", selection, policy, result, ticker,
                      plain=lambda row: not row[i_bad_phone] and is_mobile(row[i_phone]), address="primary_phone",
                      fast_row=fast_row, general_row=sms_row)


LIST_ROWS = {"mailchimp": mailchimp_rows, "sms": sms_rows}

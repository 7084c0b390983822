"""The email list in Mailchimp's format, straight from register tuples: the mailing-list fast path.

An email list is the export the owner runs most and on the whole register (DESIGN section 8 asks for
over 50,000 rows/s end to end). Building a dict per client and judging it costs more than reading and
writing it, so this path handles the common client without one: consent is decided in SQL
(``source.surely_dropped``), and a client whose first email and first phone are valid (the
denormalised flags say so) goes from its tuple to its row directly, through the same duplicate
merging (``ListFilter.admit``). Everyone else takes the general path, ``eligibility.judge`` on a full
record, so every reason and text still comes from one place; a test checks the two agree.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from sqlalchemy.engine import Connection

from app.export.eligibility import NO_EMAIL, NO_EMAIL_TEXT, ListFilter, consent_refusal, name_of
from app.export.files import Ticker
from app.export.formats import birthday, mailchimp_address_of, mailchimp_row
from app.export.pipeline import Dropped, ExportResult
from app.export.source import Reader, Reading, Selection


def _index(name: str, keys: Sequence[str]) -> int:
    return list(keys).index(name)


def mailchimp_rows(
    conn: Connection, selection: Selection, policy: str, result: ExportResult, ticker: Ticker
) -> Iterator[list[str]]:
    """Yield the Mailchimp rows of the eligible clients of ``selection``, recording the others.

    A query's clients come in id order (the oldest client keeps a shared address); a hand-made
    selection keeps its order."""
    reader = Reader(conn, Reading.for_list("email", policy))
    keys = reader.keys
    (i_id, i_display, i_first, i_last, i_company, i_street, i_city, i_region, i_postcode, i_country, i_birth,
     i_phone, i_bad_phone, i_email, i_bad_email, i_tags) = (
        _index(k, keys) for k in ("id", "display_name", "first_name", "last_name", "company", "street", "city",
                                  "region", "postcode", "country", "birth_date", "primary_phone",
                                  "invalid_phone", "primary_email", "invalid_email", "tags_text"))
    b_display, b_first, b_last, b_company, b_state, b_optout = (
        _index(k, reader.reading.brief) for k in ("display_name", "first_name", "last_name", "company",
                                                  "consent_email", "consent_email_optout"))
    list_filter = ListFilter("email", policy)
    dropped = result.dropped.append
    for chunk, rows, brief in reader.batches(selection):
        ticker.advance(len(chunk))
        result.considered += len(chunk)
        odd = {cid: row for cid, row in rows.items() if row[i_bad_email] or row[i_bad_phone]}
        general = {r["id"]: r for r in reader.records(list(odd), odd, {})} if odd else {}
        for cid in chunk:
            row = rows.get(cid)
            if row is None:
                short = brief.get(cid)
                if short is not None:  # consent refused or no email at all (source.surely_dropped)
                    name = name_of(cid, short[b_display], short[b_first], short[b_last], short[b_company])
                    refusal = consent_refusal(short[b_state], short[b_optout], "email", policy)
                    dropped(Dropped(cid, name, *(refusal or (NO_EMAIL, NO_EMAIL_TEXT))))
                continue  # or deleted since the ids were read
            if cid in general:
                record = general[cid]
                verdict = list_filter.judge(record)
                if verdict.included:
                    record["address"] = verdict.address
                    yield mailchimp_row(record)
                    continue
            else:
                name = name_of(cid, row[i_display], row[i_first], row[i_last], row[i_company])
                verdict = list_filter.admit(cid, name, row[i_email])
                if verdict.included:
                    tags = row[i_tags]
                    yield [
                        row[i_email], row[i_first] or "", row[i_last] or "",
                        mailchimp_address_of(row[i_street], row[i_city], row[i_region], row[i_postcode],
                                             row[i_country]),
                        row[i_phone] or "", birthday(row[i_birth]), tags.replace(", ", ",") if tags else "",
                    ]
                    continue
            dropped(Dropped(verdict.client_id, verdict.name, verdict.reason, verdict.text))


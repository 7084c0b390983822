"""The completeness and hygiene report, and that each line's query lists exactly what it counts."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from app.dedupe.quality import quality_report
from app.query import client_filter
from app.records import add_interaction, create_client
from models.tables import Client

TODAY = dt.date(2026, 11, 22)


def _fill(reg) -> None:
    with reg.unit_of_work("add") as session:
        a = create_client(session, {"first_name": "Anna", "last_name": "Nowak", "phone": "+48 601 234 567",
                                    "email": "anna@example.com", "consent_email": "granted", "city": "Łódź"}).id
        create_client(session, {"first_name": "Jan", "phone": "12", "email": "jan@@example"})
        create_client(session, {"company": "Kwiaty Sp. z o.o.", "consent_email": "withdrawn"})
        b = create_client(session, {"last_name": "Петров", "email": "petrov@mail.ru", "tags": "vip"}).id
        add_interaction(session, a, "Visit", "2026-10-01")
        add_interaction(session, b, "Call", "2024-01-15")


def _listed(reg, query: str) -> int:
    with reg.session() as session:
        return session.scalar(select(func.count()).select_from(Client).where(client_filter(query, today=TODAY)))


def test_report_counts(register):
    _fill(register)
    report = quality_report(register, today=TODAY)
    assert report["clients"] == 4
    fields = {f["field"]: f for f in report["fields"]}
    assert (fields["phone"]["filled"], fields["phone"]["rate"]) == (2, 0.5)
    assert fields["email"]["missing"] == 1 and fields["email"]["query"] == "no:email"
    assert fields["city"]["filled"] == 1 and fields["tags"]["filled"] == 1
    problems = {p["key"]: p for p in report["problems"]}
    assert problems["invalid_phone"]["count"] == 1 and problems["invalid_phone"]["query"] == "invalid:phone"
    assert problems["invalid_email"]["count"] == 1
    assert problems["no_phone_no_email"]["count"] == 1
    assert problems["no_consent_email"]["count"] == 3
    assert problems["withdrawn_email"]["count"] == 1
    assert problems["stale_contact"]["count"] == 1
    assert problems["never_contacted"]["count"] == 2


def test_every_query_lists_exactly_what_it_counts(register):
    _fill(register)
    report = quality_report(register, today=TODAY)
    for line in report["fields"]:
        assert _listed(register, line["query"]) == line["missing"], line
    for line in report["problems"]:
        assert _listed(register, line["query"]) == line["count"], line


def test_empty_register(register):
    report = quality_report(register)
    assert report["clients"] == 0
    assert all(f["rate"] == 0.0 for f in report["fields"])

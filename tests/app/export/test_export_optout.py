"""An opt-out date keeps a client out of the channel's list whatever the state says, unless consent was
granted again after it (an import or an edit can leave "granted" or "unknown" beside a date of opt-out)."""

from __future__ import annotations

import datetime as dt

import pytest

from app import records
from app.export.eligibility import judge
from app.export.usecase import export_query, preview_export


@pytest.mark.parametrize(("state", "granted_on", "policy", "reason"), [
    ("granted", "2024-01-01", "granted", "opted_out"),
    ("granted", None, "granted", "opted_out"),
    ("unknown", None, "not-withdrawn", "opted_out"),
    ("granted", dt.date(2025, 1, 5), "granted", "opted_out"),  # the same day: an opt-out is not overridden
    ("granted", "2025-02-01", "granted", ""),  # granted again after the opt-out
])
def test_an_opt_out_date_wins_over_the_state(state, granted_on, policy, reason):
    record = {"id": 1, "first_name": "Ola", "emails": [{"value": "ola@example.org", "valid": True}],
              "consent_email": state, "consent_email_date": granted_on, "consent_email_optout": dt.date(2025, 1, 5)}
    verdict = judge(record, "email", policy)
    assert verdict.reason == reason
    if reason:
        assert verdict.text == "opted out of email on 2025-01-05"


@pytest.mark.parametrize(("fmt", "channel"), [("mailchimp", "email"), ("sms", "sms"), ("csv", "post"),
                                              ("csv", "email"), ("vcard", "sms")])
def test_no_list_exports_a_client_with_an_opt_out_date(register, tmp_path, fmt, channel):
    with register.unit_of_work("add") as session:
        cid = records.create_client(session, {
            "first_name": "Ola", "last_name": "Nowak", "email": "ola@example.org", "phone": "601 234 567",
            "street": "Długa 5", "city": "Gdańsk", "consent_email": "granted", "consent_sms": "granted",
            "consent_post": "granted", "consent_email_date": "2024-01-01", "consent_sms_date": "2024-01-01",
            "consent_post_date": "2024-01-01"}).id
        records.update_client(session, cid, {f"consent_{c}_optout": "2025-01-05" for c in ("email", "sms", "post")})
    result = export_query(register, "", channel, fmt, tmp_path / "list.out")
    assert result.written == 0
    assert [(d.client_id, d.reason) for d in result.dropped] == [(cid, "opted_out")]
    assert preview_export(register, "", channel, fmt).will_write == 0

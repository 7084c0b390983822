"""Channel eligibility: consent, address validity, reasons, and duplicates merged within a list."""

from __future__ import annotations

import datetime as dt

import pytest

from app.export import eligibility as el


def client(cid=1, **fields):
    base = {"id": cid, "first_name": "Anna", "last_name": f"Nowak{cid}", "phones": [], "emails": []}
    base.update(fields)
    return base


def email(value, valid=True):
    return {"value": value, "original": value, "valid": valid, "label": ""}


def phone(value, valid=True):
    return {"value": value, "original": value, "valid": valid, "label": ""}


def test_granted_email_with_valid_address_is_included():
    verdict = el.judge(client(consent_email="granted", emails=[email("a@b.pl")]), "email")
    assert verdict.included and verdict.address == "a@b.pl"


def test_first_valid_email_is_used():
    record = client(consent_email="granted", emails=[email("bad@", False), email("ok@b.pl")])
    assert el.judge(record, "email").address == "ok@b.pl"


@pytest.mark.parametrize("policy", el.POLICIES)
def test_opted_out_is_dropped_under_every_policy_with_the_date(policy):
    record = client(
        consent_email="withdrawn", consent_email_optout=dt.date(2026, 3, 1), emails=[email("a@b.pl")]
    )
    verdict = el.judge(record, "email", policy)
    assert not verdict.included
    assert verdict.reason == el.OPTED_OUT
    assert "2026-03-01" in verdict.text


def test_unknown_consent_depends_on_policy():
    record = client(consent_email="unknown", emails=[email("a@b.pl")])
    assert el.judge(record, "email", "granted").reason == el.NO_CONSENT
    assert el.judge(record, "email", "not-withdrawn").included


def test_address_reasons():
    assert el.judge(client(consent_email="granted"), "email").reason == el.NO_EMAIL
    bad = client(consent_email="granted", emails=[email("x@", False)])
    assert el.judge(bad, "email").reason == el.INVALID_EMAIL
    assert el.judge(client(consent_sms="granted"), "sms").reason == el.NO_PHONE
    landline = client(consent_sms="granted", phones=[phone("+48221234567")])
    verdict = el.judge(landline, "sms")
    assert verdict.reason == el.NO_PHONE and "landline" in verdict.text
    assert el.judge(landline | {"consent_phone": "granted"}, "phone").included
    assert el.judge(client(consent_post="granted", street="Puławska 1"), "post").reason == el.NO_ADDRESS


def test_sms_prefers_a_mobile_number():
    record = client(consent_sms="granted", phones=[phone("+48221234567"), phone("+48601234567")])
    assert el.judge(record, "sms").address == "+48601234567"


def test_post_address():
    record = client(consent_post="granted", street="Puławska 1", postcode="02-515", city="Warszawa")
    assert el.judge(record, "post").address == "Puławska 1, 02-515 Warszawa"


def test_consent_is_checked_before_the_address():
    assert el.judge(client(consent_email="withdrawn"), "email").reason == el.OPTED_OUT


def test_duplicates_are_merged_keeping_the_first():
    flt = el.ListFilter("email")
    first = flt.judge(client(1, consent_email="granted", emails=[email("Anna@B.pl")]))
    second = flt.judge(client(2, consent_email="granted", emails=[email("anna@b.pl")]))
    third = flt.judge(client(3, consent_email="granted", emails=[email("other@b.pl")]))
    assert first.included and third.included
    assert not second.included and second.reason == el.DUPLICATE
    assert "#1" in second.text


def test_post_duplicates_ignore_case_and_spacing():
    flt = el.ListFilter("post")
    a = client(1, consent_post="granted", street="Puławska 1", city="Warszawa")
    b = client(2, consent_post="granted", street="puławska  1", city="WARSZAWA")
    assert flt.judge(a).included
    assert flt.judge(b).reason == el.DUPLICATE


def test_unknown_channel_or_policy_is_refused():
    with pytest.raises(ValueError, match="channel"):
        el.judge(client(), "fax")
    with pytest.raises(ValueError, match="policy"):
        el.judge(client(), "email", "always")


def test_name_falls_back_to_company_then_id():
    assert el.record_name({"id": 7, "company": "ACME"}) == "ACME"
    assert el.record_name({"id": 7}) == "client #7"
    assert el.record_name({"id": 7, "display_name": "Pani Anna"}) == "Pani Anna"

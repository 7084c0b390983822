"""The SMS and postal lists' fast paths agree with the general path (judge every full record), and the
direct E.164 reading of a number agrees with ``phonenumbers.parse`` on every example number it ships."""

from __future__ import annotations

import phonenumbers
import pytest
from phonenumbers import PhoneNumberType

from app import records
from app.export.eligibility import is_mobile
from app.export.pipeline import export_records
from app.export.source import Reading, Selection, iter_records, selected_ids, table_shape
from app.export.usecase import export_query, preview_export

_FORMATS = (PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE, PhoneNumberType.FIXED_LINE_OR_MOBILE,
            PhoneNumberType.VOIP, PhoneNumberType.TOLL_FREE, PhoneNumberType.PAGER,
            PhoneNumberType.PERSONAL_NUMBER, PhoneNumberType.UAN, PhoneNumberType.PREMIUM_RATE)


def _example_numbers() -> list[str]:
    found = set()
    for region in phonenumbers.SUPPORTED_REGIONS:
        for kind in _FORMATS:
            number = phonenumbers.example_number_for_type(region, kind)
            if number:
                found.add(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))
    for code in phonenumbers.COUNTRY_CODES_FOR_NON_GEO_REGIONS:
        number = phonenumbers.example_number_for_non_geo_entity(code)
        if number:
            found.add(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))
    return sorted(found)


def is_mobile_parsed(e164: str) -> bool:
    """:func:`is_mobile` through ``phonenumbers.parse`` alone: the reference for the direct reading."""
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.number_type(number) in (PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE)


def test_direct_e164_reading_agrees_with_parse_on_every_example_number():
    numbers = _example_numbers() + [
        "+390612345678", "+393123456789", "+2250712345678",  # leading zeros: Italy, Côte d'Ivoire
        "+", "+1", "+48", "+999123456", "+48 601 234 567", "+١٢٣٤٥٦٧٨", "601234567", "", "+1" + "2" * 20,
    ]
    assert len(numbers) > 500
    assert [n for n in numbers if is_mobile(n) != is_mobile_parsed(n)] == []


def _people() -> list[dict]:
    """A varied register: every consent state and policy edge, landlines first, invalid numbers,
    shared family numbers and addresses, names that sort differently from their ids."""
    countries = [("PL", "601 234 5{:02d}", "22 123 45 {:02d}"), ("RU", "+7 912 345-67-{:02d}", "+7 495 123-45-{:02d}"),
                 ("UA", "+380 67 123 45{:02d}", "+380 44 123 45{:02d}"), ("GB", "+44 7400 1234{:02d}", "+44 20 7946 00{:02d}"),
                 ("US", "+1 201 555 01{:02d}", "+1 212 555 01{:02d}"), ("DE", "+49 151 234567{:02d}", "+49 30 12345{:02d}"),
                 ("IT", "+39 312 345 67{:02d}", "+39 06 1234 56{:02d}")]
    states = ("granted", "withdrawn", "unknown")
    people = []
    for i in range(84):
        country, mobile, landline = countries[i % len(countries)]
        n = i % 50
        phones = {0: [mobile.format(n)], 1: [landline.format(n)], 2: [landline.format(n), mobile.format(n)],
                  3: ["12"], 4: [mobile.format(n), "not a number"], 5: [], 6: [mobile.format(1)]}[i % 7]
        person = {"first_name": ["Zofia", "Adam", "Иван", "Łukasz", "Olga"][i % 5], "last_name": f"Test{83 - i:02d}",
                  "country": country, "consent_sms": states[i % 3], "consent_post": states[(i // 3) % 3],
                  "email": f"p{i}@example.org"}
        if phones:
            person["phone"] = phones
        if i % 4:
            person["street"] = "Długa 5" if i % 5 == 0 else f"Polna {i}"
        if i % 6:
            person["city"] = "Łódź" if i % 2 else " "
        people.append(person)
    return people


@pytest.fixture
def varied(register):
    with register.unit_of_work("import") as session:
        ids = records.bulk_create_clients(session, _people(), source="import")
        # Opt-out dates beside states that still say granted or unknown; one consent granted again later.
        edits = []
        for number, (optout, granted_on) in enumerate([("2025-01-05", "2024-01-01"), ("2025-01-05", None),
                                                       ("2024-01-05", "2025-02-01")]):
            for cid in ids[number::9]:
                edits.append((cid, {"consent_sms_optout": optout, "consent_post_optout": optout}))
                if granted_on:
                    edits.append((cid, {"consent_sms_date": granted_on, "consent_post_date": granted_on}))
        records.update_clients(session, edits)
    return register


def _general(reg, fmt, channel, path, policy, preset="standard"):
    """The reference: every client read in full and judged one by one, no SQL shortcuts."""
    with reg.session() as session:
        conn = session.connection()
        ids = selected_ids(conn, Selection())
        shape = table_shape(conn, ids)
        return export_records(iter_records(conn, ids, Reading()), fmt, path, channel=channel, policy=policy,
                              preset=preset, shape=shape, total=len(ids))


def by_id(dropped):
    return dropped.client_id


CASES = [("sms", "sms", "standard"), ("sms", "sms", "excel"), ("csv", "post", "excel"), ("xlsx", "post", "standard"),
         ("vcard", "post", "standard"), ("csv", "sms", "standard")]


def test_fast_paths_agree_with_the_general_path(varied, tmp_path):
    for policy in ("granted", "not-withdrawn"):
        for fmt, channel, preset in CASES:
            case = (fmt, channel, preset, policy)
            fast = export_query(varied, "", channel, fmt, tmp_path / "fast.out", preset=preset, policy=policy)
            slow = _general(varied, fmt, channel, tmp_path / "slow.out", policy, preset)
            assert fast.written == slow.written > 0, case
            # The SMS list of a query lists the clients SQL drops after the others (one scan each).
            assert sorted(fast.dropped, key=by_id) == sorted(slow.dropped, key=by_id), case
            assert "opted_out" in {d.reason for d in slow.dropped}, case
            if fmt != "xlsx":  # a workbook carries its write time
                assert (tmp_path / "fast.out").read_bytes() == (tmp_path / "slow.out").read_bytes(), case
            fast_side, slow_side = (f.read_bytes().splitlines() for f in (fast.side_file, slow.side_file))
            assert fast_side[0] == slow_side[0] and sorted(fast_side) == sorted(slow_side), case
            preview = preview_export(varied, "", channel, fmt, policy=policy)
            assert (preview.will_write, preview.dropped) == (fast.written, fast.dropped), case


def test_sms_reasons_on_the_varied_register(varied, tmp_path):
    result = export_query(varied, "", "sms", "sms", tmp_path / "sms.csv", policy="not-withdrawn")
    texts = {d.text for d in result.dropped}
    assert {"no mobile phone number (only landlines)", "phone number is not valid", "no phone number"} <= texts
    assert any(d.reason == "duplicate" for d in result.dropped)

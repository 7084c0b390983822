"""Who may go into a mailing list for a channel, and why the others do not (DESIGN section 9).

A client enters a channel's list only with a usable address for that channel and consent for it:
``granted`` under the default policy, or merely not ``withdrawn`` when the register is set to the
wider policy (for a base whose consent was never recorded). Everyone left out gets a reason code
(stable, for the side file and tests) and a plain-English text (for the dialog). Texts never quote
the address itself: the dialog and the side file show the client's name and id, not their data.

Within one list an address appears once: the first client with it is kept, later ones are dropped
as duplicates pointing at the client that was kept.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import phonenumbers

from models.text import fold

CHANNELS = ("email", "sms", "phone", "post")
POLICIES = ("granted", "not-withdrawn")

NO_CONSENT = "no_consent"
OPTED_OUT = "opted_out"
NO_EMAIL = "no_email"
INVALID_EMAIL = "invalid_email"
NO_PHONE = "no_phone"
NO_ADDRESS = "no_address"
DUPLICATE = "duplicate"
NO_EMAIL_TEXT = "no email address"
NO_PHONE_TEXT = "no phone number"

_CHANNEL_WORDS = {"email": "email", "sms": "SMS", "phone": "phone calls", "post": "post"}
_ADDRESS_WORDS = {"email": "email address", "sms": "phone number", "phone": "phone number", "post": "postal address"}
_MOBILE_TYPES = frozenset(
    {phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE}
)


@dataclass(frozen=True, slots=True)
class Verdict:
    """The outcome for one client: ``address`` is the address used when included."""

    client_id: int
    name: str
    included: bool
    address: str = ""
    reason: str = ""
    text: str = ""


def name_of(client_id: Any, display: str | None, first: str | None, last: str | None, company: str | None) -> str:
    """The name the dialog shows for a client (display name, else names, else company, else id)."""
    if display:
        return display
    return " ".join(p for p in (first, last) if p) or company or f"client #{client_id}"


def record_name(record: Mapping[str, Any]) -> str:
    g = record.get
    return name_of(g("id"), g("display_name"), g("first_name"), g("last_name"), g("company"))


def check_policy(policy: str) -> str:
    if policy not in POLICIES:
        raise ValueError(f"unknown consent policy {policy!r}; use one of: {', '.join(POLICIES)}")
    return policy


def _consent_refusal(record: Mapping[str, Any], channel: str, policy: str) -> tuple[str, str] | None:
    return consent_refusal(record.get(f"consent_{channel}"), record.get(f"consent_{channel}_optout"), channel, policy,
                           record.get(f"consent_{channel}_date"))


def _day(value: Any) -> str:
    """A date, or the register's ISO text of one, as ``YYYY-MM-DD`` ("" when absent)."""
    if not value:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()[:10]
    return str(value)[:10]


def opted_out(state: str | None, optout: Any, granted_on: Any = None) -> bool:
    """True when the client opted out of the channel.

    Either the state says ``withdrawn``, or an opt-out date is recorded that no later consent overrides:
    a register filled from other systems (an import with an "unsubscribed on" column, an edit of the
    opt-out date alone) can hold a date of opt-out beside a state that still says ``granted`` or
    ``unknown``. Only a consent granted strictly after the opt-out (a re-subscription) lets them back in.
    ``source.surely_dropped`` mirrors this rule in SQL.
    """
    if state == "withdrawn":
        return True
    out = _day(optout)
    if not out:
        return False
    return not (state == "granted" and _day(granted_on) > out)


def consent_refusal(
    state: str | None, optout: Any, channel: str, policy: str, granted_on: Any = None
) -> tuple[str, str] | None:
    """(reason, text) when the consent state keeps a client out of the channel's list, else None."""
    state = state or "unknown"
    word = _CHANNEL_WORDS[channel]
    if opted_out(state, optout, granted_on):
        when = _day(optout)
        return OPTED_OUT, f"opted out of {word}" + (f" on {when}" if when else "")
    if state != "granted" and policy == "granted":
        return NO_CONSENT, f"no consent recorded for {word}"
    return None


def _first_valid(items: list[Mapping[str, Any]] | None) -> tuple[str, bool]:
    """(value of the first valid item, whether any item exists)."""
    items = items or []
    for item in items:
        if item.get("valid") and item.get("value"):
            return str(item["value"]), True
    return "", bool(items)


_COUNTRY_CODES = frozenset(phonenumbers.COUNTRY_CODE_TO_REGION_CODE)


def _from_e164(text: str) -> phonenumbers.PhoneNumber | None:
    """The number of a plain E.164 string, built directly (``parse`` costs ~2.5x as much); None when
    the text is not one ``parse`` would read the same way: not ``+`` and ASCII digits, an unknown
    country code, a national number of an unusual length, or one with a leading zero (Italy's fixed
    lines, Côte d'Ivoire...), whose zeros only ``parse`` records."""
    if text[:1] != "+" or not text.isascii() or not text[1:].isdigit():
        return None
    for size in (1, 2, 3):  # country calling codes are prefix-free
        code = int(text[1:1 + size])
        if code in _COUNTRY_CODES:
            national = text[1 + size:]
            if not 2 <= len(national) <= 17 or national[0] == "0":
                return None
            return phonenumbers.PhoneNumber(country_code=code, national_number=int(national))
    return None


def is_mobile(e164: str) -> bool:
    """True when the number can receive SMS (mobile, or a plan where mobile and fixed look alike)."""
    number = _from_e164(e164)
    if number is None:
        try:
            number = phonenumbers.parse(e164, None)
        except phonenumbers.NumberParseException:
            return False
    return phonenumbers.number_type(number) in _MOBILE_TYPES


def postal_address(record: Mapping[str, Any]) -> str:
    """The address lines of a client for post, or "" when street or city is missing."""
    street, city = (record.get("street") or "").strip(), (record.get("city") or "").strip()
    if not street or not city:
        return ""
    town = " ".join(p for p in ((record.get("postcode") or "").strip(), city) if p)
    return ", ".join(p for p in (street, town, (record.get("country") or "").strip()) if p)


def _channel_address(record: Mapping[str, Any], channel: str) -> tuple[str, str, str]:
    """(address, reason code, reason text): the address when usable, else why not."""
    if channel == "email":
        value, any_email = _first_valid(record.get("emails"))
        if value:
            return value, "", ""
        if any_email:
            return "", INVALID_EMAIL, "email address is not valid"
        return "", NO_EMAIL, NO_EMAIL_TEXT
    if channel in ("sms", "phone"):
        phones = record.get("phones") or []
        valid = [str(p["value"]) for p in phones if p.get("valid") and p.get("value")]
        if channel == "sms":
            mobiles = [v for v in valid if is_mobile(v)]
            if mobiles:
                return mobiles[0], "", ""
            if valid:
                return "", NO_PHONE, "no mobile phone number (only landlines)"
        elif valid:
            return valid[0], "", ""
        if phones:
            return "", NO_PHONE, "phone number is not valid"
        return "", NO_PHONE, NO_PHONE_TEXT
    address = postal_address(record)
    if address:
        return address, "", ""
    return "", NO_ADDRESS, "no postal address (street and city are needed)"


def address_key(channel: str, address: str) -> str:
    """What makes two addresses the same for a list (case and spacing do not matter)."""
    if channel == "email":
        return address.strip().lower()
    if channel == "post":
        return fold(address).replace(" ", "")
    return address


def judge(record: Mapping[str, Any], channel: str, policy: str = "granted") -> Verdict:
    """Decide one client for ``channel`` under ``policy`` (duplicates are judged by :class:`ListFilter`)."""
    if channel not in CHANNELS:
        raise ValueError(f"unknown channel {channel!r}; use one of: {', '.join(CHANNELS)}")
    client_id, name = int(record.get("id") or 0), record_name(record)
    refusal = _consent_refusal(record, channel, check_policy(policy))
    if refusal:
        return Verdict(client_id, name, False, "", *refusal)
    address, reason, text = _channel_address(record, channel)
    if not address:
        return Verdict(client_id, name, False, "", reason, text)
    return Verdict(client_id, name, True, address)


class ListFilter:
    """Judges a stream of clients for one channel and merges duplicate addresses within the list.

    Keeps only address keys and the ids that own them (not client data), so it scales with the list.
    """

    def __init__(self, channel: str, policy: str = "granted") -> None:
        self.channel = channel
        self.policy = check_policy(policy)
        self._owners: dict[str, tuple[int, str]] = {}

    def judge(self, record: Mapping[str, Any]) -> Verdict:
        verdict = judge(record, self.channel, self.policy)
        if not verdict.included:
            return verdict
        return self.admit(verdict.client_id, verdict.name, verdict.address)

    def admit(self, client_id: int, name: str, address: str) -> Verdict:
        """Add an eligible client's address to the list, unless an earlier client already has it."""
        key = address_key(self.channel, address)
        owner = self._owners.get(key)
        if owner is None:
            self._owners[key] = (client_id, name)
            return Verdict(client_id, name, True, address)
        text = f"same {_ADDRESS_WORDS[self.channel]} as {owner[1]} (#{owner[0]}), who is in the list"
        return Verdict(client_id, name, False, "", DUPLICATE, text)

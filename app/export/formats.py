"""From a client record to the columns of each export format.

A *record* is the flat dict of one client (DESIGN section 4 field names) plus ``phones`` and
``emails`` (lists of ``{value, original, label, valid}``), ``tags`` (list) and ``custom`` (dict);
``address`` is the channel address chosen by the eligibility check, when the list is for a channel.

The full table (csv, xlsx) uses the DESIGN field names as headers so the file imports back into
Kartoteka with no mapping; phones and emails get one column each (``phone``, ``phone_2``...) so an
E.164 number is always alone in its cell. The mail-service list follows Mailchimp's import format
and the SMS list carries E.164 numbers with names.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from app.export.eligibility import record_name
from models.dates import as_date

FORMATS = ("csv", "xlsx", "vcard", "mailchimp", "sms")
# The channel a list format implies; a full table or vCard may be for any channel or none.
FORMAT_CHANNEL = {"mailchimp": "email", "sms": "sms"}
SUFFIXES = {"csv": ".csv", "xlsx": ".xlsx", "vcard": ".vcf", "mailchimp": ".csv", "sms": ".csv"}

_HEAD = ("id", "kind", "first_name", "last_name", "middle_name", "company", "job_title")
_ADDRESS = ("street", "city", "district", "region", "postcode", "country")
_TAIL_TEXT = ("gender", "contact_time", "channel", "source")
_CONSENT = tuple(
    f"consent_{c}{suffix}" for c in ("email", "sms", "phone", "post") for suffix in ("", "_date", "_optout")
)

MAILCHIMP_HEADER = ("Email Address", "First Name", "Last Name", "Address", "Phone Number", "Birthday", "Tags")
SMS_HEADER = ("Phone", "First Name", "Last Name", "Name")


@dataclass(frozen=True, slots=True)
class TableShape:
    """How many phone/email columns and which custom fields the full table needs for this selection."""

    phones: int = 1
    emails: int = 1
    custom: tuple[str, ...] = ()


def _numbered(name: str, count: int) -> list[str]:
    return [name] + [f"{name}_{i}" for i in range(2, count + 1)]


def table_header(shape: TableShape) -> list[str]:
    return [
        *_HEAD,
        *_numbered("phone", max(shape.phones, 1)),
        *_numbered("email", max(shape.emails, 1)),
        *_ADDRESS,
        "birth_date",
        *_TAIL_TEXT,
        "tags",
        "segment",
        "notes",
        *_CONSENT,
        "total_spent",
        "orders",
        "avg_check",
        "last_purchase",
        "created",
        "updated",
        *(f"custom.{name}" for name in shape.custom),
    ]


def _iso(value: Any) -> str:
    """A date or time as ISO text. Values read from the register already are ISO text
    (``2026-01-02`` or ``2026-01-02 03:04:05.000000``); whole seconds are enough in an export."""
    if value.__class__ is str:
        return value[:19]
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.replace(microsecond=0).isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value)
    return text[:19] if len(text) > 19 and text[19] == "." else text


def as_datetime(value: Any) -> dt.datetime | None:
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, str) and value:
        try:
            return dt.datetime.fromisoformat(value)
        except ValueError:
            return None
    return None


def money(minor: int | None, *, decimal_comma: bool = False, as_number: bool = False) -> Any:
    """Minor units (grosz, cents) to a decimal amount: a number for xlsx, text for CSV."""
    amount = Decimal(int(minor or 0)).scaleb(-2)
    if as_number:
        return float(amount)  # 0.0, 123.45: a plain number in every reader ("0E-2" is not)
    text = f"{amount:.2f}"
    return text.replace(".", ",") if decimal_comma else text


def _contact_values(items: Sequence[Mapping[str, Any]] | None, first: str, count: int) -> list[str]:
    """The chosen address first, then the other items, padded to ``count`` columns."""
    values = [str(i.get("value") or i.get("original") or "") for i in items or []]
    if first and first in values:
        values.remove(first)
        values.insert(0, first)
    values = values[:count]
    return values + [""] * (count - len(values))


def table_row_builder(
    shape: TableShape, channel: str | None, *, decimal_comma: bool = False, numbers: bool = False
) -> Callable[[Mapping[str, Any]], list[Any]]:
    """A function turning a record into one full-table row (``numbers``: ids and money as numbers)."""
    phone_first = channel in ("sms", "phone")
    email_first = channel == "email"

    head, address_keys, tail = _HEAD[1:], _ADDRESS, _TAIL_TEXT
    phone_count, email_count, custom_names = max(shape.phones, 1), max(shape.emails, 1), shape.custom

    def build(r: Mapping[str, Any]) -> list[Any]:
        get = r.get
        address = get("address") or ""
        orders = int(get("orders") or 0)
        total = int(get("total_spent") or 0)
        row = [get("id") if numbers else str(get("id"))]
        row += [get(k) or "" for k in head]
        row += _contact_values(get("phones"), address if phone_first else "", phone_count)
        row += _contact_values(get("emails"), address if email_first else "", email_count)
        row += [get(k) or "" for k in address_keys]
        row.append(_iso(get("birth_date")))
        row += [get(k) or "" for k in tail]
        row += [", ".join(get("tags") or ()), get("segment") or "", get("notes") or ""]
        row += [_iso(get(k)) for k in _CONSENT]
        row += [
            money(total, decimal_comma=decimal_comma, as_number=numbers),
            orders if numbers else str(orders),
            money((total + orders // 2) // orders, decimal_comma=decimal_comma, as_number=numbers) if orders else "",
            _iso(get("last_purchase")), _iso(get("created")), _iso(get("updated")),
        ]
        if custom_names:
            custom = get("custom") or {}
            row += [custom.get(name, "") for name in custom_names]
        return row

    return build


def mailchimp_address(r: Mapping[str, Any]) -> str:
    """Mailchimp's one-cell address: parts separated by two spaces, country last."""
    g = r.get
    return mailchimp_address_of(g("street"), g("city"), g("region"), g("postcode"), g("country"))


def mailchimp_address_of(street: str | None, city: str | None, *rest: str | None) -> str:
    street, city = (street or "").strip(), (city or "").strip()
    if not street or not city:
        return ""  # Mailchimp rejects an address without street and city
    parts = [street, city]
    for value in rest:
        if value and (value := value.strip()):
            parts.append(value)
    return "  ".join(parts)


def birthday(value: Any) -> str:
    """Mailchimp's birthday: MM/DD (the year is not imported)."""
    if isinstance(value, str) and len(value) >= 10 and value[4] == "-":
        return f"{value[5:7]}/{value[8:10]}"  # the register's ISO text, read as is
    birth = as_date(value)
    return f"{birth:%m/%d}" if birth else ""


def _first_valid_phone(r: Mapping[str, Any]) -> str:
    for phone in r.get("phones") or ():
        if phone.get("valid") and phone.get("value"):
            return str(phone["value"])
    return ""


def mailchimp_row(r: Mapping[str, Any]) -> list[str]:
    return [
        str(r.get("address") or ""),
        r.get("first_name") or "",
        r.get("last_name") or "",
        mailchimp_address(r),
        _first_valid_phone(r),
        birthday(r.get("birth_date")),
        ",".join(r.get("tags") or ()),
    ]


def sms_row(r: Mapping[str, Any]) -> list[str]:
    return [str(r.get("address") or ""), r.get("first_name") or "", r.get("last_name") or "", record_name(r)]

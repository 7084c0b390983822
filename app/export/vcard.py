"""vCard 4.0 (RFC 6350): all clients in one .vcf file that phones and address books import.

Text values escape backslash, comma, semicolon and newline (section 3.4); structured values (N, ADR)
escape them per component. Lines end with CRLF and are folded at 75 octets without cutting a UTF-8
sequence (section 3.2). A lone CR has no representation in vCard (VALUE-CHAR excludes it), so CR
and CRLF are written as the one newline vCard has, as every vCard library does.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from app.export.eligibility import record_name
from app.export.files import Cancel, ProgressFn, Ticker, private_output
from app.export.formats import as_datetime
from models.dates import as_date

MAX_OCTETS = 75
_UID_NAMESPACE = uuid.UUID("6f1c3a52-8d0e-4b7a-9d64-3c1b5e0f2a91")
_GENDERS = {"female": "F", "male": "M", "other": "O"}
_TEL_TYPES = {
    "mobile": "cell", "cell": "cell", "komórka": "cell", "komorka": "cell", "мобильный": "cell",
    "home": "home", "dom": "home", "домашний": "home", "work": "work", "praca": "work", "рабочий": "work",
    "fax": "fax", "faks": "fax", "факс": "fax",
}
_EMAIL_TYPES = {"home": "home", "dom": "home", "work": "work", "praca": "work"}
_X_NAME_BAD = re.compile(r"[^A-Za-z0-9-]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def escape_text(value: object) -> str:
    """RFC 6350 section 3.4 escaping of one text value (or one component of a structured value).

    Control characters other than tab and newlines cannot appear in a vCard at all and are dropped.
    """
    text = str(value)
    if _CONTROL.search(text):
        text = _CONTROL.sub("", text)
    if "\\" in text:
        text = text.replace("\\", "\\\\")
    if "," in text:
        text = text.replace(",", "\\,")
    if ";" in text:
        text = text.replace(";", "\\;")
    if "\r" in text or "\n" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")
    return text


def fold_line(line: str) -> bytes:
    """Encode one content line as UTF-8 and fold it at 75 octets, never inside a character."""
    data = line.encode("utf-8")
    if len(data) <= MAX_OCTETS:
        return data + b"\r\n"
    parts, start, limit = [], 0, MAX_OCTETS
    while len(data) - start > limit:
        cut = start + limit
        while data[cut] & 0xC0 == 0x80:  # a continuation byte: step back to the character start
            cut -= 1
        parts.append(data[start:cut])
        start, limit = cut, MAX_OCTETS - 1  # continuation lines begin with one space
    parts.append(data[start:])
    return b"\r\n ".join(parts) + b"\r\n"


def _uid(record: Mapping[str, Any]) -> str:
    return f"urn:uuid:{uuid.uuid5(_UID_NAMESPACE, 'kartoteka-client-' + str(record.get('id')))}"


def _type_param(label: str, table: Mapping[str, str]) -> str:
    kind = table.get((label or "").strip().lower())
    return f";TYPE={kind}" if kind else ""


def _x_name(name: str) -> str:
    cleaned = _X_NAME_BAD.sub("-", name).strip("-").upper()
    return f"X-{cleaned or 'FIELD'}"


def _phone_lines(phones: Iterable[Mapping[str, Any]]) -> list[str]:
    lines = []
    for position, phone in enumerate(phones):
        pref = ";PREF=1" if position == 0 else ""
        kind = _type_param(str(phone.get("label") or ""), _TEL_TYPES)
        if phone.get("valid") and str(phone.get("value", "")).startswith("+"):
            lines.append(f"TEL;VALUE=uri{kind}{pref}:tel:{phone['value']}")
        elif phone.get("value") or phone.get("original"):
            lines.append(f"TEL;VALUE=text{kind}{pref}:{escape_text(phone.get('original') or phone['value'])}")
    return lines


def _email_lines(emails: Iterable[Mapping[str, Any]]) -> list[str]:
    lines = []
    for position, email in enumerate(emails):
        if email.get("value"):
            kind = _type_param(str(email.get("label") or ""), _EMAIL_TYPES)
            pref = ";PREF=1" if position == 0 else ""
            lines.append(f"EMAIL{kind}{pref}:{escape_text(email['value'])}")
    return lines


def _address_line(r: Mapping[str, Any]) -> list[str]:
    parts = [r.get(k) or "" for k in ("street", "city", "region", "postcode", "country")]
    if not any(parts):
        return []
    return ["ADR:;;" + ";".join(escape_text(p) for p in parts)]


def _text_line(name: str, value: object) -> list[str]:
    return [f"{name}:{escape_text(value)}"] if value not in (None, "") else []


def card_lines(record: Mapping[str, Any]) -> list[str]:
    """The content lines of one client's card (unfolded, without line ends)."""
    r = record
    lines = ["BEGIN:VCARD", "VERSION:4.0"]
    if r.get("kind") == "company":
        lines.append("KIND:org")
    lines.append(f"FN:{escape_text(record_name(r))}")
    names = [r.get(k) or "" for k in ("last_name", "first_name", "middle_name")]
    lines.append("N:" + ";".join(escape_text(n) for n in names) + ";;")
    lines += _text_line("ORG", r.get("company"))
    lines += _text_line("TITLE", r.get("job_title"))
    lines += _email_lines(r.get("emails") or [])
    lines += _phone_lines(r.get("phones") or [])
    lines += _address_line(r)
    birth = as_date(r.get("birth_date"))
    if birth:
        lines.append(f"BDAY:{birth:%Y%m%d}")
    if r.get("gender") in _GENDERS:
        lines.append(f"GENDER:{_GENDERS[r['gender']]}")
    tags = r.get("tags") or []
    if tags:
        lines.append("CATEGORIES:" + ",".join(escape_text(t) for t in tags))
    lines += _text_line("NOTE", r.get("notes"))
    for name, value in sorted((r.get("custom") or {}).items()):
        lines += _text_line(_x_name(name), value)
    updated = as_datetime(r.get("updated"))
    if updated:
        lines.append(f"REV:{updated:%Y%m%dT%H%M%SZ}")
    lines.append(f"UID:{_uid(r)}")
    lines.append("END:VCARD")
    return lines


def write_vcard(
    path: Path | str,
    records: Iterable[Mapping[str, Any]],
    *,
    progress: ProgressFn = None,
    cancel: Cancel = None,
) -> int:
    """Write one card per record to ``path``; returns the number of cards."""
    ticker = Ticker(progress, cancel)
    with private_output(path) as out:
        for record in records:
            out.write(b"".join(fold_line(line) for line in card_lines(record)))
            ticker.tick()
        ticker.check()
    return ticker.count

"""E-mail addresses: trimmed, domain lower-cased, validity flagged (never dropped).

Validity is the syntax a mail service accepts (RFC 5321/5322 addr-spec, dot-atom or quoted local part,
a domain of dot-separated labels or an address literal). Obsolete forms (comments, folding white
space, quoted-pairs in odd places) are rejected: no mailing service would deliver to them.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from models.text import clean_spaces

_ATEXT = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~\-\u0080-\U0010FFFF]"
_DOT_ATOM = re.compile(rf"^{_ATEXT}+(?:\.{_ATEXT}+)*$")
_QUOTED = re.compile(r'^"(?:[\x20\x21\x23-\x5b\x5d-\x7e\u0080-\U0010FFFF]|\\[\x20-\x7e])*"$')
_LABEL = re.compile(r"^(?!-)[A-Za-z0-9\-\u0080-\U0010FFFF]{1,63}(?<!-)$")
_IPV4 = re.compile(r"^(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)$")
_SPLIT = re.compile(r"[;,\s]+")
_BRACKETED = re.compile(r"^.*<([^<>]+)>\s*$")  # "Anna Nowak <anna@example.pl>"


@dataclass(frozen=True, slots=True)
class Email:
    value: str
    original: str
    valid: bool
    label: str = ""
    problem: str = ""

    def __reduce__(self) -> tuple:  # positional: pickles (to app.offload) in a third less time
        return Email, (self.value, self.original, self.valid, self.label, self.problem)

    def as_dict(self) -> dict:
        return {"value": self.value, "original": self.original, "label": self.label, "valid": self.valid}


def _valid_ipv6(text: str) -> bool:
    import ipaddress

    try:
        ipaddress.IPv6Address(text)
    except ValueError:
        return False
    return True


@functools.lru_cache(maxsize=4096)  # a register's addresses share a few hundred domains
def _domain_ok(domain: str) -> bool:
    if domain.startswith("[") and domain.endswith("]"):
        literal = domain[1:-1]
        if literal.lower().startswith("ipv6:"):
            return _valid_ipv6(literal[5:])
        return bool(_IPV4.fullmatch(literal))
    if len(domain) > 255 or not domain:
        return False
    labels = domain.split(".")
    if not all(_LABEL.fullmatch(label) for label in labels):
        return False
    # A purely numeric top-level label is not a host name. A dotless domain (``test@io``) is valid:
    # top-level domains can receive mail, and the isemail suite agrees.
    return not labels[-1].isdigit()


def is_valid_email(address: str) -> bool:
    """True when ``address`` is a deliverable-looking addr-spec."""
    if not address or len(address) > 254 or "@" not in address:
        return False
    local, _, domain = address.rpartition("@")
    if not local or len(local.encode("utf-8")) > 64:
        return False
    if not (_DOT_ATOM.fullmatch(local) or _QUOTED.fullmatch(local)):
        return False
    return _domain_ok(domain)


def parse_email(raw: object, label: str = "") -> Email:
    """Normalise one address: trim, drop a ``mailto:`` prefix and ``<...>`` brackets, lower-case domain."""
    if raw is None:
        return Email("", "", False, label, "empty")
    original = clean_spaces(str(raw))
    # Trim only the ends: white space inside an address (a CR in a quoted local part) makes it invalid,
    # it must not be collapsed into a different, valid address.
    text = str(raw).replace("\u00a0", " ").strip()
    if text.lower().startswith("mailto:"):
        text = text[7:]
    match = _BRACKETED.match(text) if "<" in text else None
    if match:
        text = match.group(1).strip()
    if "@" not in text:
        return Email(original, original, False, label, "empty" if not original else "no-at")
    local, _, domain = text.rpartition("@")
    value = f"{local}@{domain.lower().rstrip('.')}" if domain else text
    if is_valid_email(value):
        return Email(value, original, True, label)
    return Email(original, original, False, label, "invalid")


def split_emails(raw: object) -> list[str]:
    """One cell with several addresses -> a list of raw strings (only pieces that contain ``@``)."""
    if raw is None:
        return []
    text = str(raw)
    if text.count("@") <= 1:
        return [text] if text.strip() else []
    return [p for p in _SPLIT.split(text) if "@" in p]

"""Countries as owners write them (``PL``, ``Polska``, ``Россия``, ``Україна``, ``UK``) -> ISO 3166 codes.

A client's country decides the region their phone numbers are read in: ``020 8319 0484`` is a London
number for a client in the UK even when the register's default region is Poland.
"""

from __future__ import annotations

import phonenumbers

from models.text import fold

_NAMES = {
    "PL": ("poland", "polska", "польша", "польща", "rzeczpospolita polska"),
    "RU": ("russia", "russian federation", "rosja", "россия", "российская федерация", "рф", "росія"),
    "UA": ("ukraine", "ukraina", "украина", "україна"),
    "BY": ("belarus", "białoruś", "беларусь", "білорусь"),
    "KZ": ("kazakhstan", "kazachstan", "казахстан"),
    "LT": ("lithuania", "litwa", "литва"),
    "LV": ("latvia", "łotwa", "латвия", "латвія"),
    "EE": ("estonia", "эстония", "естонія"),
    "DE": ("germany", "deutschland", "niemcy", "германия", "німеччина"),
    "CZ": ("czechia", "czech republic", "czechy", "чехия", "чехія"),
    "SK": ("slovakia", "słowacja", "словакия", "словаччина"),
    "GB": ("united kingdom", "uk", "great britain", "england", "scotland", "wales", "wielka brytania",
           "anglia", "великобритания", "англия", "велика британія"),
    "US": ("united states", "usa", "united states of america", "america", "stany zjednoczone", "сша"),
    "FR": ("france", "francja", "франция", "франція"),
    "IT": ("italy", "włochy", "италия", "італія"),
    "ES": ("spain", "hiszpania", "испания", "іспанія"),
    "NL": ("netherlands", "holandia", "нидерланды", "нідерланди"),
    "MD": ("moldova", "mołdawia", "молдова"),
    "GE": ("georgia", "gruzja", "грузия", "грузія"),
    "AM": ("armenia", "армения", "вірменія"),
}
_LOOKUP = {fold(name): code for code, names in _NAMES.items() for name in names}
_REGIONS = phonenumbers.SUPPORTED_REGIONS


def country_code(text: str | None) -> str | None:
    """The ISO 3166-1 alpha-2 code of ``text``, or None when it is not a country we recognise."""
    if not text:
        return None
    key = fold(text).strip(" .")
    if len(key) == 2 and key.upper() in _REGIONS:
        return "GB" if key == "uk" else key.upper()
    return _LOOKUP.get(key)

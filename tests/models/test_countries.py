import pytest

from models.countries import country_code


@pytest.mark.parametrize(
    ("text", "code"),
    [("PL", "PL"), ("pl", "PL"), ("Polska", "PL"), ("Россия", "RU"), ("Україна", "UA"), ("UK", "GB"),
     ("United Kingdom", "GB"), ("США", "US"), ("Niemcy", "DE"), (" poland. ", "PL")],
)
def test_recognises_countries_in_four_languages(text, code):
    assert country_code(text) == code


@pytest.mark.parametrize("text", ["", None, "Atlantis", "XX", "Kraków"])
def test_unknown_is_none(text):
    assert country_code(text) is None

"""The pure duplicate finder: the dirty-base cases of the issue, and the cases it must leave alone."""

from __future__ import annotations

import pytest

from app.dedupe.finder import ScanCancelled, blocking_keys, candidate_pairs, find_groups, find_matches
from app.dedupe.nicknames import nickname_groups
from app.dedupe.normalize import skeleton, soundex
from app.dedupe.record import MatchRecord as R
from app.dedupe.record import phone_key, prepare


@pytest.mark.parametrize(("a", "b"), [
    ("Jan Kowalski", "Ян Ковальский"),
    ("Grzegorz", "Гжегож"),
    ("Kowalczyk", "Ковальчик"),
    ("Żukowski", "Жуковский"),
    ("Semyon", "Семён"),
    ("Aleksander", "Alexander"),
    ("Shevchenko", "Шевченко"),
    ("Yekaterina", "Екатерина"),
    ("Andreyev", "Андреев"),
    ("Sergey", "Сергей"),
    ("Yuliya", "Julia"),
    ("Tsvetkov", "Цветков"),
])
def test_skeleton_meets_across_scripts_and_spellings(a, b):
    assert skeleton(a) == skeleton(b)


def test_soundex_keeps_separate_consonants_apart():
    assert soundex(skeleton("Grzegorz")) == "g220"
    assert soundex(skeleton("Robert")) == soundex(skeleton("Rupert"))


@pytest.mark.parametrize(("a", "b"), [
    ("Rob", "Robert"), ("Bob", "Robert"), ("Kasia", "Katarzyna"), ("Саша", "Александр"),
    ("Женя", "Евгений"), ("Женя", "Евгения"), ("Олександр", "Саша"), ("Sasha", "Oleksandr"),
])
def test_nicknames(a, b):
    assert nickname_groups(skeleton(a)) & nickname_groups(skeleton(b))


def test_phone_key_matches_differently_written_numbers():
    assert phone_key("8 (916) 123-45-67") == phone_key("+7 916 1234567") == "161234567"
    assert phone_key("12") == ""


def _groups(*records: R) -> list[tuple]:
    return [g.ids for g in find_groups(records)]


@pytest.mark.parametrize(("a", "b", "reason"), [
    (R(1, "Rob", "Smith", city="Leeds"), R(2, "Robert", "Smith", city="Leeds"), "names: Rob ~ Robert"),
    (R(1, "Саша", "Петров", phones=("+79161234567",)), R(2, "Александр", "Петров", phones=("8 (916) 123-45-67",)),
     "same phone"),
    (R(1, "Jan", "Kowalski", birth_date="1980-05-01"), R(2, "Ян", "Ковальский", birth_date="19800501"),
     "same birth date"),
    (R(1, "Kowalska", "Anna", emails=("anna@x.pl",)), R(2, "Anna", "Kowalska", emails=("Anna@X.pl",)),
     "first and last name swapped"),
    (R(1, "Katarzyna", "Nowak", street="ul. Długa 5", postcode="00-950", city="Warszawa"),
     R(2, "Kasia", "Nowak", street="Długa 5", postcode="00-950", city="Warsaw"), "same street address"),
    (R(1, "Małgorzata", "Wiśniewska", birth_date="1975-03-12", city="Gdańsk"),
     R(2, "Malgorzata", "Wisniewska", birth_date="1975-12-03", city="Gdansk"), "birth dates differ by a typo"),
    (R(1, "Jonathan", "Smith", postcode="LS1 4AP", street="12 Park Row"),
     R(2, "Jonathon", "Smiht", postcode="LS1 4AP", street="12 Park Row"), "last names: Smith ~ Smiht"),
    (R(1, phones=("+48 601 234 567",)), R(2, "Anna", phones=("601234567",)), "same phone"),
    (R(1, "Jan Kowalski", phones=("+48601234567",)), R(2, "Jan", "Kowalski", phones=("601 234 567",)),
     "same name"),
    (R(1, company="Kwiaty Sp. z o.o.", street="ul. Kwiatowa 3", city="Łódź"),
     R(2, company="KWIATY", street="Kwiatowa 3", city="Lodz"), "same company"),
])
def test_finds_the_usual_duplicates_with_reasons(a, b, reason):
    [group] = find_groups([a, b])
    assert group.ids == (1, 2)
    assert reason in group.reasons
    assert 0.5 < group.score <= 1.0


@pytest.mark.parametrize(("a", "b"), [
    # A household: same surname, phone and address, different people.
    (R(1, "John", "Brown", phones=("+441234567890",), street="5 High Street", city="York"),
     R(2, "Mary", "Brown", phones=("+441234567890",), street="5 High St", city="York")),
    # Husband and wife: the male and female form of one surname.
    (R(1, "Maria", "Kowalska", phones=("+48601234567",), street="Długa 5", city="Kraków"),
     R(2, "Piotr", "Kowalski", phones=("+48601234567",), street="Długa 5", city="Kraków")),
    (R(1, "Женя", "Иванов", city="Москва", postcode="101000"),
     R(2, "Евгения", "Иванова", city="Москва", postcode="101000")),
    # Namesakes: nothing but a common name in common, and different birth dates.
    (R(1, "Anna", "Nowak", birth_date="1980-01-01", city="Kraków"),
     R(2, "Anna", "Nowak", birth_date="1991-07-23", city="Kraków")),
    # Two firms in one business centre, sharing the reception's phone.
    (R(1, company="Acme Ltd", phones=("+442071234567",), street="1 King St", city="London"),
     R(2, company="Beta LLC", phones=("+442071234567",), street="1 King St", city="London")),
    # Branches of a chain: one role mailbox, different cities and phones.
    (R(1, company="Kwiaciarnia Lipowa", emails=("kontakt@lipowa.pl",), city="Wrocław", phones=("+48715984526",)),
     R(2, company="Kwiaciarnia Lipowa S.A.", emails=("kontakt@lipowa.pl",), city="Gdańsk", phones=("+48583917900",))),
    # A father and son with the same name but a different patronymic.
    (R(1, "Иван", "Петров", middle_name="Сергеевич", city="Тула"),
     R(2, "Иван", "Петров", middle_name="Иванович", city="Тула")),
])
def test_leaves_different_people_alone(a, b):
    assert _groups(a, b) == []


def test_chains_do_not_pull_in_a_stranger():
    records = [
        R(1, "Anna", "Nowak", phones=("+48601000001",), city="Kraków", birth_date="1980-01-01"),
        R(2, "Anna", "Nowak", phones=("+48601000001",), emails=("an@x.pl",), city="Kraków"),
        R(3, "Anna", "Nowak", emails=("an@x.pl",), city="Gdańsk", birth_date="1999-09-09"),
    ]
    groups = _groups(*records)
    assert (1, 2, 3) not in groups
    assert groups  # the strong pairs are still proposed


def test_excluded_pairs_are_never_proposed():
    a, b = R(1, "Rob", "Smith", city="Leeds"), R(2, "Robert", "Smith", city="Leeds")
    assert find_groups([a, b], excluded=lambda x, y: {x, y} == {1, 2}) == []


def test_big_blocks_stay_near_linear():
    # 3,000 people called Anna Nowak in one city: all-to-all would be 4.5 million pairs.
    records = [R(i, "Anna", "Nowak", city="Kraków", birth_date=f"19{50 + i % 50}-01-{1 + i % 28:02d}")
               for i in range(3000)]
    prepared = [prepare(r) for r in records]
    assert len(candidate_pairs(prepared)) < 3000 * 40
    assert all(len(blocking_keys(p)) <= 8 for p in prepared)


def test_progress_and_cancel():
    records = [R(i, f"Name{i}", "Same", city="X") for i in range(400)]
    seen = []
    find_groups(records, progress=lambda done, total: seen.append((done, total)))
    assert seen and seen[-1][0] == seen[-1][1]
    with pytest.raises(ScanCancelled):
        find_groups([R(i, "Anna", "Nowak") for i in range(1500)], cancel=lambda: True)


def test_find_matches_for_import_rows():
    existing = [R(10, "Robert", "Smith", phones=("+48601234567",)), R(11, "Anna", "Nowak", city="Kraków")]
    incoming = [R(1, "Rob", "Smith", phones=("601 234 567",)), R(2, "Piotr", "Zieliński"),
                R(10, "Anna", "Nowak", emails=("a@x.pl",), city="Krakow")]
    matches = find_matches(incoming, existing)
    assert [m.id for m in matches[1]] == [10] and "same phone" in matches[1][0].reasons
    assert 2 not in matches
    assert [m.id for m in matches[10]] == [11]  # ids of the two sides may overlap


def test_pairs_scored_in_two_processes_give_the_same_groups(monkeypatch):
    """Above PARALLEL_PAIRS a forked child scores half of the candidate pairs; the groups, their scores
    and the "not a duplicate" memory must be exactly those of one process."""
    from app import offload
    from app.dedupe import finder

    if not offload.available():
        pytest.skip("forking is not available here")
    records = []
    for i in range(300):
        records.append(R(2 * i, f"Anna{i % 40}", "Nowak", city="Kraków", phones=(f"+48601234{i:03d}",)))
        records.append(R(2 * i + 1, f"Ania{i % 40}" if i % 3 else f"Anna{i % 40}", "Nowak", city="Krakow",
                         phones=(f"601 234 {i:03d}",) if i % 2 else ()))

    def excluded(x, y):
        return {x, y} == {0, 1}

    def run():
        return sorted((g.ids, round(g.score, 6)) for g in find_groups(records, excluded=excluded))

    one = run()
    forks: list[bool] = []
    real = offload.iterate
    monkeypatch.setattr(offload, "iterate", lambda produce, enabled=True: (forks.append(enabled),
                                                                          real(produce, enabled=enabled))[1])
    monkeypatch.setattr(finder, "PARALLEL_PAIRS", 10)
    two = run()
    assert forks == [True]
    assert len(one) > 100 and not any(set(ids) >= {0, 1} for ids, _ in one)
    assert two == one

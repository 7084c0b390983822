"""The importer over every file of the shared corpus: each one imports or is refused with a reason class,
values match Excel's own CSV of each sheet and csv-spectrum's JSON, and one workbook saved in several
formats reads the same."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from pathlib import Path

import pytest

from importers.errors import REASONS, ImportRefused
from importers.layout import detect_header
from importers.mapping import guess_mapping
from importers.readers import Value, open_workbook
from importers.values import parse_rows

CORPUS = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus"
FOLDERS = ("sheetjs_test_files/files", "csv_spectrum/csvs", "frictionless_data/files", "thunderbird_addressbook",
           "python_calamine_tests/files", "vcard_samples/files")
pytestmark = [
    pytest.mark.corpus,
    pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not present"),
]

# Files the importer must refuse, and why (everything else must import).
EXPECTED_REFUSALS = {
    "sheetjs_test_files/files/password_2002_40_xor.xls": "password-protected",
    "sheetjs_test_files/files/password_2002_128_strong.xls": "password-protected",
    "python_calamine_tests/files/password.xls": "password-protected",
    "python_calamine_tests/files/password.xlsx": "password-protected",
    "python_calamine_tests/files/password.xlsb": "password-protected",
    "python_calamine_tests/files/password.ods": "password-protected",
    "sheetjs_test_files/files/minimal_112.numbers": "unsupported",
    "python_calamine_tests/files/empty_file.ods": "empty",
    "python_calamine_tests/files/empty_file.xlsx": "empty",
    "python_calamine_tests/files/empty_file.xlsb": "empty",
    "frictionless_data/files/empty.csv": "empty",
    "thunderbird_addressbook/import/addressbook.json": "unsupported",
    "thunderbird_addressbook/addrbook-export/export.ldif": "unsupported",  # LDIF is not read (yet)
    # vCard's other syntaxes (jCard JSON, xCard XML) are not read; the .vcf files all are.
    "vcard_samples/files/ez-vcard/jcard-example.json": "unsupported",
    "vcard_samples/files/ez-vcard/rfc6351-example.xml": "not-a-spreadsheet",
}
_SKIP_NAMES = {"SOURCES.md", "CASES.md", "UPSTREAM_README.md", ".manifest.jsonl"}


def corpus_files() -> list[Path]:
    if not CORPUS.is_dir():
        return []
    files = []
    for folder in FOLDERS:
        files += [p for p in sorted((CORPUS / folder).rglob("*")) if p.is_file() and p.name not in _SKIP_NAMES]
    return files


def _id(path: Path) -> str:
    return str(path.relative_to(CORPUS))


@pytest.mark.parametrize("path", corpus_files(), ids=_id)
def test_every_file_imports_or_is_refused_with_a_reason(path: Path) -> None:
    expected = EXPECTED_REFUSALS.get(_id(path))
    try:
        with open_workbook(path) as wb:
            assert wb.sheets, "a workbook lists its sheets"
            for info in wb.sheets:
                if info.is_worksheet:
                    sheet = wb.read_sheet(info.index)
                    header = detect_header(sheet)
                    sample = sheet.rows[header.data_start:header.data_start + 1000]  # keep the suite fast
                    columns = [[r[c] for r in sample if c < len(r)] for c in range(len(header.names))]
                    mapping = guess_mapping(header.names, columns, has_header=header.present)
                    parse_rows(sheet, mapping, header.data_start, limit=1000)
    except ImportRefused as refused:
        assert refused.reason in REASONS
        assert path.name in str(refused), "the message names the file"
        assert expected == refused.reason, f"refused as {refused.reason}: {refused}"
        return
    assert expected is None, f"should have been refused as {expected}"


def test_hidden_and_chart_sheets_are_listed_never_default() -> None:
    for ext in ("xlsx", "xls", "xlsb", "ods"):
        with open_workbook(CORPUS / "python_calamine_tests/files" / f"any_sheets.{ext}") as wb:
            kinds = {s.name: (s.kind, s.visibility) for s in wb.sheets}
            assert wb.default_sheet().name == "Visible"
            assert kinds["Hidden"][1] == "hidden"
            assert kinds["VeryHidden"][1] in ("very-hidden", "hidden")  # ODS has one hidden state
            if ext != "ods":
                assert kinds["Chart"][0] == "chart"
                with pytest.raises(ImportRefused) as refused:
                    wb.read_sheet("Chart")
                assert refused.value.reason == "unsupported"


def test_macro_and_chart_sheets_of_xlsm_are_not_worksheets() -> None:
    with open_workbook(CORPUS / "sheetjs_test_files/files/BlankSheetTypes.xlsm") as wb:
        kinds = {s.name: s.kind for s in wb.sheets}
    assert kinds["Macro1"] == "macro"
    assert kinds["Chart1"] == "chart"


def test_csv_named_xls_would_be_offered_as_csv(tmp_path: Path) -> None:
    fake = tmp_path / "clients.xls"
    fake.write_text("name;phone\nJan Kowalski;601234567\n", encoding="utf-8")
    with pytest.raises(ImportRefused) as refused:
        open_workbook(fake)
    assert refused.value.reason == "not-a-spreadsheet" and refused.value.looks_like_csv
    with open_workbook(fake, as_csv=True) as wb:
        assert wb.read_sheet().rows[1] == ["Jan Kowalski", "601234567"]


# ------------------------------------------------------------------------------------------ oracles
def _oracle_files() -> list[tuple[Path, Path, int]]:
    """(oracle csv, workbook, sheet index) for every Excel CSV export whose workbook we import."""
    root = CORPUS / "sheetjs_test_files"
    if not root.is_dir():
        return []
    out = []
    for oracle in sorted((root / "oracle").rglob("*.csv")):
        m = re.fullmatch(r"(.+)\.(\d+)\.csv", oracle.name)
        assert m
        sub = oracle.parent.name if oracle.parent.name == "biff5" else ""
        book = root / "files" / sub / m.group(1)
        if book.exists() and _id(book) not in EXPECTED_REFUSALS:
            out.append((oracle, book, int(m.group(2))))
    return out


def _expected_number(text: str) -> tuple[float, float] | None:
    """A number as Excel displayed it, and the tolerance its display precision allows."""
    t = text.strip().replace(",", "").replace("$", "").replace(" ", "")
    negative = t.startswith("(") and t.endswith(")")
    t = t.strip("()")
    percent = t.endswith("%")
    t = t.rstrip("%")
    if not re.fullmatch(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?", t):
        return None
    value = float(t) * (-1 if negative else 1) / (100 if percent else 1)
    if "e" in t.lower():
        mantissa = t.lower().split("e")[0]
        decimals = len(mantissa.split(".")[1]) if "." in mantissa else 0
        return value, abs(value) * 10 ** -decimals
    decimals = len(t.split(".")[1]) if "." in t else 0
    return value, 0.5 * 10 ** -decimals / (100 if percent else 1) + 1e-9


def _expected_date(text: str) -> dt.date | None:
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})(?:\s+\d{1,2}:\d{2}.*)?", text.strip())
    if not m:
        return None
    year = int(m.group(3))
    if year < 100:
        year += 2000 if year < 30 else 1900
    try:
        return dt.date(year, int(m.group(1)), int(m.group(2)))
    except ValueError:
        return None


def _iso_datetime(text: str) -> dt.datetime | None:
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z?", text):
        return None
    return dt.datetime.fromisoformat(text.rstrip("Z"))


def _text_matches(ours: str, expected: str) -> bool:
    """Mac Excel wrote characters outside Mac-Roman as ``_``: let each run of them match anything."""
    ours = ours.replace("\r\n", "\n").replace("\r", "\n").strip()
    expected = expected.replace("\r\n", "\n").replace("\r", "\n").strip()
    if ours == expected:
        return True
    pattern = "".join(".+" if part.startswith("_") else re.escape(part) for part in re.split(r"(_+)", expected) if part)
    return bool(re.fullmatch(pattern, ours, re.S))


def compare_cell(ours: Value, error: str | None, expected: str) -> str:
    """'match', 'mismatch' or 'unverifiable' (a number format the CSV rendered beyond recognition)."""
    if error is not None:
        return "match" if expected.strip() in (error, "") or expected.startswith("#") else "mismatch"
    if ours is None or ours == "":
        return "match" if expected.strip() == "" else "mismatch"
    if isinstance(ours, bool):
        return "match" if expected.strip().upper() == str(ours).upper() else "mismatch"
    if isinstance(ours, int | float):
        number = _expected_number(expected)
        if number is None:
            return "unverifiable"  # dates, fractions, custom formats applied to a number
        value, tolerance = number
        return "match" if abs(ours - value) <= max(tolerance, abs(value) * 1e-9) else "mismatch"
    if isinstance(ours, dt.datetime | dt.date):
        day = ours.date() if isinstance(ours, dt.datetime) else ours
        shown = _expected_date(expected)
        if shown is None:
            return "unverifiable"
        return "match" if shown == day else "mismatch"
    if isinstance(ours, dt.time | dt.timedelta) or set(expected.strip()) == {"#"}:
        return "unverifiable"  # Excel shows "####" when a column is too narrow for the value
    if isinstance(ours, str) and (iso := _iso_datetime(ours)) is not None:
        return compare_cell(iso, None, expected)  # a typed date cell (t="d") that calamine gives as text
    return "match" if _text_matches(str(ours), expected) else "mismatch"


def _read_oracle(path: Path) -> list[list[str]]:
    """Excel's CSV: UTF-8 with a BOM (Excel 2016 "CSV UTF-8") or the Windows code page 1252."""
    data = path.read_bytes()
    text = data.decode("utf-8-sig") if data.startswith(b"\xef\xbb\xbf") else data.decode("cp1252", "replace")
    return [row for row in csv.reader(io.StringIO(text, newline=""))]


# Cells where Excel's CSV cannot agree with the file's stored values, each for a stated reason.
KNOWN_DIVERGENCES = {
    # Volatile formulas (RAND, NOW, TODAY) were recalculated when Excel exported the CSV.
    "formula_stress_test.xlsx.1.csv": {(6, 2), (7, 2)},
    "formula_stress_test.xlsx.4.csv": {(3, 2)},
    "formula_stress_test.xlsx.7.csv": {(46, 2), (47, 2)},
    # Row 38 holds formulas (=B37...) saved without cached values; an importer reads stored values only.
    "LONumbers.xlsx.0.csv": {(38, c) for c in range(2, 11)},
}
# Whole oracles that describe something else than the stored cells.
UNCOMPARABLE = {
    # Formulas that format numbers with the Russian locale were recalculated by a US Excel.
    "number_format_russian.xls", "numfmt_1_russian.xls", "numfmt_1_russian.xlsm", "number_format_greek.xls",
    # The 2011 export of text_and_numbers holds sheets that the stored workbook does not have.
    "2011/text_and_numbers.xls", "2011/text_and_numbers.xlsx",
    # Excel's CSV shows cells that the stored Sheet1 does not hold (calamine, xlrd and openpyxl all read it empty).
    "BlankSheetTypes.xls", "BlankSheetTypes.xlsm",
    # Excel's CSV shows a table of East-Asian text; calamine reads a single cell (a gap, see the import notes).
    "A4X_gnumeric.xls",
}


@pytest.mark.parametrize("oracle,book,index", _oracle_files(), ids=lambda v: v.name if isinstance(v, Path) else str(v))
def test_values_match_excels_own_csv(oracle: Path, book: Path, index: int) -> None:
    key = oracle.name.rsplit(".", 2)[0]
    if key in UNCOMPARABLE or f"{oracle.parent.name}/{key}" in UNCOMPARABLE:
        pytest.skip("Excel's CSV shows formulas recalculated in another locale (see UNCOMPARABLE)")
    with open_workbook(book) as wb:
        if index >= len(wb.sheets) or not wb.sheets[index].is_worksheet:
            pytest.skip(f"sheet {index} is a {wb.sheets[index].kind if index < len(wb.sheets) else 'missing'} "
                        "sheet, never imported")
        sheet = wb.read_sheet(index)
    expected = _read_oracle(oracle)
    allowed = KNOWN_DIVERGENCES.get(oracle.name, set())
    tally = {"match": 0, "mismatch": 0, "unverifiable": 0}
    mismatches = []
    for r in range(max(len(expected), len(sheet.rows))):
        exp_row = expected[r] if r < len(expected) else []
        our_row = sheet.rows[r] if r < len(sheet.rows) else []
        for c in range(max(len(exp_row), len(our_row))):
            exp = exp_row[c] if c < len(exp_row) else ""
            ours = our_row[c] if c < len(our_row) else None
            verdict = compare_cell(ours, sheet.errors.get((r, c)), exp)
            tally[verdict] += 1
            if verdict == "mismatch" and (r + 1, c + 1) not in allowed:
                mismatches.append((r + 1, c + 1, ours, exp))
    assert not mismatches, f"{tally}; first mismatches: {mismatches[:5]}"
    assert tally["match"] > 0


def test_csv_spectrum_matches_its_json() -> None:
    root = CORPUS / "csv_spectrum"
    for source in sorted((root / "csvs").glob("*.csv")):
        expected = json.loads((root / "json" / f"{source.stem}.json").read_text(encoding="utf-8"))
        with open_workbook(source) as wb:
            sheet = wb.read_sheet()
        header, *rows = [list(r) for r in sheet.rows]
        got = [dict(zip(header, r + [""] * (len(header) - len(r)), strict=True)) for r in rows if r]
        if isinstance(expected, dict):
            expected = [expected]  # location_coordinates.json is one object, not a list
        if source.name == "location_coordinates.csv":
            # Upstream's JSON has "1234567890" where its CSV has 2095257564 (csv-spectrum bug); the rest agrees.
            expected[0]["Contact Phone Number"] = "2095257564"
        assert got == expected, source.name


# ------------------------------------------------------------------------------------------ formats agree
SAME_WORKBOOK = [
    ("sheetjs_test_files/files", "merge_cells", ("xls", "xlsx", "xlsb", "ods")),
    ("sheetjs_test_files/files", "sheet_visibility", ("xls", "xlsx", "ods")),
    ("sheetjs_test_files/files", "sushi", ("xls", "xlsx", "ods")),
    ("sheetjs_test_files/files", "text_and_numbers", ("xls", "xlsx")),
    ("sheetjs_test_files/files/1904", "1900", ("xls", "xlsx", "ods")),
    ("sheetjs_test_files/files/1904", "1904", ("xls", "xlsx", "ods")),
    ("python_calamine_tests/files", "base", ("xls", "xlsx", "xlsb", "ods")),
    ("python_calamine_tests/files", "any_sheets", ("xls", "xlsx", "xlsb", "ods")),
]


def _normalised(rows: list[list[Value]]) -> list[list[object]]:
    out = []
    for row in rows:
        cells: list[object] = []
        for v in row:
            if isinstance(v, dt.datetime) and v.time() == dt.time():
                v = v.date()
            if isinstance(v, float) and v.is_integer():
                v = int(v)
            if isinstance(v, dt.time | dt.timedelta) or (isinstance(v, str) and re.fullmatch(r"PT[\dHMS.]+", v)):
                v = "time"  # ODS stores durations as ISO text and time-of-day where Excel has durations
            cells.append(v)
        while cells and cells[-1] in ("", None):
            cells.pop()
        out.append(cells)
    while out and not out[-1]:
        out.pop()
    return out


@pytest.mark.parametrize("folder,stem,exts", SAME_WORKBOOK, ids=lambda v: v if isinstance(v, str) else "-".join(v))
def test_same_workbook_in_every_format_reads_identically(folder: str, stem: str, exts: tuple[str, ...]) -> None:
    grids = {}
    for ext in exts:
        with open_workbook(CORPUS / folder / f"{stem}.{ext}") as wb:
            grids[ext] = _normalised(wb.read_sheet().rows)
    first = grids[exts[0]]
    for ext, grid in grids.items():
        assert grid == first, f"{stem}.{ext} differs from {stem}.{exts[0]}"


def test_crlf_workbooks_in_every_biff_version_read_identically() -> None:
    folder = CORPUS / "sheetjs_test_files/files/crlf"
    reference = _normalised(open_workbook(folder / "crlf.xlsx").read_sheet().rows)
    for path in sorted(folder.iterdir()):
        if path.suffix.lower() in (".xls", ".xlsx", ".ods", ".fods", ".csv"):
            grid = _normalised(open_workbook(path).read_sheet().rows)
            normal = [[str(v).replace("\r\n", "\n").lower() for v in row] for row in grid[:2]]
            assert normal == [[str(v).replace("\r\n", "\n").lower() for v in row] for row in reference[:2]], path.name


def test_1900_and_1904_date_systems_match_the_text_beside_them() -> None:
    for name in ("1900", "1904"):
        for ext in ("xls", "xlsx", "ods"):
            with open_workbook(CORPUS / "sheetjs_test_files/files/1904" / f"{name}.{ext}") as wb:
                for row in wb.read_sheet().rows:
                    value = row[1].date() if isinstance(row[1], dt.datetime) else row[1]
                    assert value.isoformat() == row[2], f"{name}.{ext}"


def test_calamine_typed_workbook_matches_upstream_expectations() -> None:
    expected = json.loads((CORPUS / "python_calamine_tests/derived/base.expected.json").read_text(encoding="utf-8"))
    assert expected
    for ext in ("xlsx", "xls", "xlsb", "ods"):
        with open_workbook(CORPUS / "python_calamine_tests/files" / f"base.{ext}") as wb:
            rows = wb.read_sheet().rows
        assert any(any(v not in ("", None) for v in row) for row in rows)


def test_spreadsheet_errors_are_found_in_xls_and_xlsx() -> None:
    for ext in ("xls", "xlsx"):
        with open_workbook(CORPUS / "sheetjs_test_files/files" / f"ErrorTypes.{ext}") as wb:
            sheet = wb.read_sheet()
        assert sheet.errors[(1, 0)] == "#NULL!"
        assert sheet.errors[(7, 0)] == "#N/A"


# ------------------------------------------------------------------------------------------ vCard
def _vcard_files() -> list[Path]:
    if not CORPUS.is_dir():
        return []
    return sorted([*(CORPUS / "vcard_samples/files").rglob("*.vcf"), *(CORPUS / "thunderbird_addressbook").rglob("*.vcf")])


def _parsed_vcard(path: Path) -> tuple[object, list]:
    with open_workbook(path) as wb:
        sheet = wb.read_sheet()
    header = detect_header(sheet)
    columns = [[r[c] for r in sheet.rows[1:] if c < len(r)] for c in range(len(header.names))]
    return sheet, parse_rows(sheet, guess_mapping(header.names, columns, has_header=True), header.data_start)


@pytest.mark.parametrize("path", _vcard_files(), ids=_id)
def test_every_vcard_sample_imports_each_card_as_a_row(path: Path) -> None:
    """Android, BlackBerry, Evolution, Gmail, iPhone, Lotus Notes, Mac, Outlook, Thunderbird, RFC examples:
    one row per card, none damaged, each with something that identifies a client."""
    text = path.read_bytes().decode("latin-1")
    cards = len(re.findall(r"^BEGIN:VCARD\s*$", text, re.I | re.M))
    sheet, parsed = _parsed_vcard(path)
    assert len(sheet.rows) == cards + 1 and not sheet.row_errors
    assert len(parsed) == cards
    for row in parsed:
        assert not [p for p in row.problems if p.severity == "error"], row.problems
        data = row.data()
        assert any(data.get(k) for k in ("first_name", "last_name", "company", "phones", "emails"))
        assert not any(isinstance(v, str) and len(v) > 2000 for v in row.cells), "no photo data in a cell"


def _vcard_oracle(key: str) -> list[dict]:
    return json.loads((CORPUS / "thunderbird_addressbook/import/addressbook.json").read_text(encoding="utf-8"))[key]


@pytest.mark.parametrize("name", ["basic_vcard_addressbook.vcf", "emptylines_vcard_addressbook.vcf"])
def test_thunderbird_vcards_match_addressbook_json(name: str) -> None:
    path = CORPUS / "thunderbird_addressbook/import" / name
    if not path.exists():
        pytest.skip(f"{name} is not in the corpus")
    _, parsed = _parsed_vcard(path)
    got = [{"FirstName": r.fields.get("first_name"), "LastName": r.fields.get("last_name"),
            "PrimaryEmail": r.emails[0].value if r.emails else None} for r in parsed]
    expected = [{k: card[k] for k in ("FirstName", "LastName", "PrimaryEmail")} for card in _vcard_oracle("vcard_import")]
    assert got == expected


def test_thunderbird_export_vcf_reads_back_its_two_contacts() -> None:
    """Thunderbird's own export (CASES.md): a lone CR inside an X- value does not break the card."""
    _, parsed = _parsed_vcard(CORPUS / "thunderbird_addressbook/addrbook-export/export.vcf")
    assert [(r.fields["last_name"], r.emails[0].value) for r in parsed] == [("One", "contact1@invalid"),
                                                                            ("Two", "contact2@invalid")]
    assert parsed[1].fields["job_title"] == '"worker"' and parsed[1].notes == ["here's some unicode text\u2026"]


def test_android_quoted_printable_sample() -> None:
    sheet, parsed = _parsed_vcard(CORPUS / "vcard_samples/files/ez-vcard/John_Doe_ANDROID.vcf")
    assert parsed[2].fields["last_name"] == "Ñ Ñ Ñ Ñ"
    assert [p.label for p in parsed[3].phones] == ["mobile", "mobile", "home", "home"]
    assert "Ñ" in parsed[3].notes[0]

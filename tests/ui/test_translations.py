"""Polish, Russian and Ukrainian translations of the window.

The .qm files must load through the same name pattern ``ui.app.install_translators`` uses, real strings of
the window must come out translated, no message may be left unfinished, and every placeholder of a source
(``%1``, ``%n``, ``{name}``, HTML tags, ``&`` accelerators, query examples like ``city:Kraków``, shortcuts)
must survive in its translation, or the window would show a broken sentence or raise in ``str.format``.

Many strings in ui/ pass through small helpers (``_t``, ``_tr``, ``common.tr``) or ``widget.tr``, which
lupdate cannot see or files under the wrong context. They live in ``resources/translations/manual/*.ts``
and lrelease merges both files into one .qm. ``test_every_ui_string_is_translated`` scans ui/ the way Qt
looks strings up at run time, so a string lupdate misses is caught here. Running this module as a script
(``.venv/bin/python -m tests.ui.test_translations``) adds the strings it is missing to the manual files as
unfinished messages, keeping the translations they already have.
"""

from __future__ import annotations

import ast
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

REPO = Path(__file__).resolve().parents[2]
FOLDER = REPO / "resources" / "translations"
LANGUAGES = {"pl": "pl_PL", "ru": "ru_RU", "uk": "uk_UA"}
PLACEHOLDER = re.compile(r"%L?\d+|%n|\{[^{}]*\}|<[^<>]+>|\b[a-z_]+:[^\s,;.]+|Ctrl\+(?:Shift\+)?\w+")

# Real strings of the window and what each language must show for them.
EXPECTED = {
    "pl": {("MainWindow", "&File"): "&Plik", ("ClientTableModel", "Regular"): "Stały",
           ("SearchBox", "Search clients, or city:Kraków tag:vip …"): "Wyszukaj klientów lub city:Kraków tag:vip …"},
    "ru": {("MainWindow", "&File"): "&Файл", ("ClientTableModel", "Regular"): "Постоянный",
           ("SearchBox", "Search clients, or city:Kraków tag:vip …"): "Поиск клиентов или city:Kraków tag:vip …"},
    "uk": {("MainWindow", "&File"): "&Файл", ("ClientTableModel", "Regular"): "Постійний",
           ("SearchBox", "Search clients, or city:Kraków tag:vip …"): "Пошук клієнтів або city:Kraków tag:vip …"},
}


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translation: str
    finished: bool
    numerus: bool


@dataclass(frozen=True)
class UiString:
    """A literal the window translates at run time, and the contexts Qt may find it in."""

    contexts: tuple[str, ...]
    source: str
    where: str


# ------------------------------------------------------------------------------------------ .ts files
def ts_files(lang: str) -> list[Path]:
    return [FOLDER / f"kartoteka_{lang}.ts", FOLDER / "manual" / f"kartoteka_{lang}.ts"]


@lru_cache(maxsize=16)
def read_ts(path: Path) -> tuple[Message, ...]:
    """The live messages of one .ts file (vanished and obsolete ones are not compiled, so not read)."""
    return tuple(_messages(path))


def _messages(path: Path) -> Iterator[Message]:
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            kind = node.get("type", "") if node is not None else "unfinished"
            if kind in ("vanished", "obsolete"):
                continue
            forms = [form.text or "" for form in node.iter("numerusform")] if node is not None else []
            text = "\n".join(forms) if forms else (node.text or "") if node is not None else ""
            yield Message(name, message.findtext("source") or "", text, kind != "unfinished" and bool(text),
                          message.get("numerus") == "yes")


# ------------------------------------------------------------------------------------------ ui/ scan
def _literal(node: ast.AST) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _literal(node.left), _literal(node.right)
        return left + right if left is not None and right is not None else None
    return None


def _helpers(tree: ast.Module) -> dict[str, str]:
    """Short module functions ``f(text)`` that return ``QCoreApplication.translate("Context", text)``."""
    found: dict[str, str] = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef) or len(node.body) > 2:
            continue
        for call in ast.walk(node):
            if (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
                    and call.func.attr == "translate" and len(call.args) > 1
                    and isinstance(call.args[1], ast.Name) and _literal(call.args[0]) is not None):
                found[node.name] = str(_literal(call.args[0]))
    return found


class _Finder(ast.NodeVisitor):
    """Collects the translated literals of one module."""

    def __init__(self, tree: ast.Module, where: str) -> None:
        self.helpers = _helpers(tree)
        self.module_classes = tuple(node.name for node in tree.body if isinstance(node, ast.ClassDef))
        self.where = where
        self.classes: list[str] = []
        self.found: list[UiString] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        contexts, source = self._lookup(node)
        text = _literal(source) if source is not None else None
        if contexts and text is not None:
            self.found.append(UiString(contexts, text, f"{self.where}:{node.lineno}"))
        self.generic_visit(node)

    def _lookup(self, node: ast.Call) -> tuple[tuple[str, ...], ast.AST | None]:
        func = node.func
        if not node.args:
            return (), None
        if isinstance(func, ast.Attribute) and func.attr == "tr":
            if isinstance(func.value, ast.Name) and func.value.id == "common":
                return ("Kartoteka",), node.args[0]  # ui.dialogs.common.tr: strings shared by dialogs
            is_self = isinstance(func.value, ast.Name) and func.value.id in ("self", "cls")
            return (self.classes[-1],) if is_self and self.classes else self.module_classes, node.args[0]
        if isinstance(func, ast.Attribute) and func.attr == "translate" and len(node.args) > 1:
            context = _literal(node.args[0])
            return ((context,) if context is not None else ()), node.args[1]
        if isinstance(func, ast.Name) and func.id in self.helpers:
            return (self.helpers[func.id],), node.args[0]
        return (), None


def scan_ui() -> list[UiString]:
    """Every translated literal in ui/ with the contexts Qt looks it up in.

    ``self.tr`` in class C looks in C (PySide also tries the base classes); ``widget.tr`` in a module
    function may be any class of that module; helpers use the context they pass to translate().
    """
    strings: list[UiString] = []
    for path in sorted((REPO / "ui").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        finder = _Finder(tree, str(path.relative_to(REPO)))
        finder.visit(tree)
        strings += finder.found
    return strings


# ------------------------------------------------------------------------------------------ fixtures
@pytest.fixture(params=sorted(LANGUAGES))
def lang(request) -> str:
    return request.param


@pytest.fixture
def translator(qapp, lang):
    """Our translator for one language, found by locale the way ui.app.install_translators finds it."""
    from PySide6.QtCore import QLocale, QTranslator

    loaded = QTranslator()
    assert loaded.load(QLocale(LANGUAGES[lang]), "kartoteka", "_", str(FOLDER)), f"no kartoteka_{lang}.qm"
    assert Path(loaded.filePath()).name == f"kartoteka_{lang}.qm"
    qapp.installTranslator(loaded)
    yield loaded
    qapp.removeTranslator(loaded)


@pytest.fixture(scope="module")
def ui_strings() -> list[UiString]:
    return scan_ui()


# ------------------------------------------------------------------------------------------ tests
def test_real_strings_come_out_translated(translator, lang):
    from PySide6.QtCore import QCoreApplication

    for (context, source), expected in EXPECTED[lang].items():
        assert QCoreApplication.translate(context, source) == expected


def test_helper_strings_reach_the_window(translator, lang):
    """Strings lupdate cannot see (module helpers, widget.tr) are translated where the window uses them."""
    from storage.errors import WrongPassword
    from ui import table_model
    from ui.dialogs import common
    from ui.start_dialog import StartDialog, error_message

    english = "Something went wrong (RuntimeError). Nothing was changed."
    assert common.error_text(RuntimeError()) not in ("", english)
    assert "RuntimeError" in common.error_text(RuntimeError())
    assert table_model.segment_title("lost") == {"pl": "Utracony", "ru": "Потерянный", "uk": "Втрачений"}[lang]
    assert table_model.columns()[0].title != "Name"
    dialog = StartDialog()
    try:
        assert error_message(WrongPassword("wrong"), dialog) != "Wrong password. Try again."
    finally:
        dialog.deleteLater()


def test_every_ui_string_is_translated(translator, ui_strings):
    missing = sorted({f"{s.where}: {s.contexts[0]} / {s.source!r}" for s in ui_strings
                      if not any(translator.translate(context, s.source) for context in s.contexts)})
    assert len(ui_strings) > 400
    assert not missing, f"{len(missing)} strings not translated (run this module as a script):\n" + "\n".join(missing)


def test_no_message_is_unfinished(lang):
    unfinished = [f"{path.name}: {m.context} / {m.source!r}" for path in ts_files(lang) for m in read_ts(path)
                  if not m.finished]
    assert not unfinished, "\n".join(unfinished)


def test_placeholders_survive(lang):
    """A lost {field} raises in str.format; a lost tag, shortcut or query example misleads the user."""
    broken = []
    for path in ts_files(lang):
        for m in read_ts(path):
            wanted = sorted(set(PLACEHOLDER.findall(m.source)))
            for form in m.translation.split("\n") if m.numerus else [m.translation]:
                if sorted(set(PLACEHOLDER.findall(form))) != wanted:
                    broken.append(f"{m.context} / {m.source!r} -> {form!r}")
            if "&" in m.source and not re.search(r"&\w", m.translation):
                broken.append(f"accelerator lost: {m.source!r} -> {m.translation!r}")
    assert not broken, "\n".join(broken)


def test_numerus_messages_have_three_forms(lang):
    """Polish, Russian and Ukrainian need one, few and many; lrelease drops a short list silently."""
    for path in ts_files(lang):
        for m in read_ts(path):
            if m.numerus:
                assert len(m.translation.split("\n")) == 3, (m.context, m.source)


# ------------------------------------------------------------------------------------------ script
def _write_manual(lang: str, strings: list[UiString]) -> int:
    """Rewrite manual/kartoteka_LANG.ts: every string lupdate's file lacks, old translations kept."""
    main = {(m.context, m.source) for m in read_ts(FOLDER / f"kartoteka_{lang}.ts")}
    manual_path = FOLDER / "manual" / f"kartoteka_{lang}.ts"
    known = {(m.context, m.source): m.translation for m in read_ts(manual_path) if m.finished} \
        if manual_path.exists() else {}
    wanted: dict[str, dict[str, list[str]]] = {}
    for s in strings:
        if not any((context, s.source) in main for context in s.contexts):
            wanted.setdefault(s.contexts[0], {}).setdefault(s.source, []).append(s.where)
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>", f'<TS version="2.1" language="{LANGUAGES[lang]}">']
    added = 0
    for context in sorted(wanted):
        lines += ["<context>", f"    <name>{escape(context)}</name>"]
        for source, places in wanted[context].items():
            lines.append("    <message>")
            for place in places:
                file, line = place.rsplit(":", 1)
                lines.append(f'        <location filename="../../../{file}" line="{line}"/>')
            lines.append(f"        <source>{escape(source)}</source>")
            if (context, source) in known:
                lines.append(f"        <translation>{escape(known[(context, source)])}</translation>")
            else:
                added += 1
                lines.append('        <translation type="unfinished"></translation>')
            lines.append("    </message>")
        lines.append("</context>")
    manual_path.parent.mkdir(exist_ok=True)
    manual_path.write_text("\n".join([*lines, "</TS>"]) + "\n", encoding="utf-8")
    read_ts.cache_clear()
    return added


if __name__ == "__main__":
    found = scan_ui()
    for code in LANGUAGES:
        print(f"manual/kartoteka_{code}.ts: {_write_manual(code, found)} new unfinished", file=sys.stderr)

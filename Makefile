# Kartoteka: every target sets up the environment it needs on a fresh machine.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp

.PHONY: run test lint bench bench-full screenshots translations clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(PY) -m app

lint: $(STAMP)
	$(VENV)/bin/ruff check .

test: $(STAMP) lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -n 2 -q

bench: $(STAMP)
	$(PY) -m bench

bench-full: $(STAMP)
	$(PY) -m bench --full

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m ui.screenshots docs/screenshots

translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate $$(find ui -name '*.py') -ts $(foreach l,pl ru uk,resources/translations/kartoteka_$(l).ts)
	$(PY) -m tests.ui.test_translations
	for l in pl ru uk; do $(VENV)/bin/pyside6-lrelease resources/translations/kartoteka_$$l.ts \
	    resources/translations/manual/kartoteka_$$l.ts -qm resources/translations/kartoteka_$$l.qm; done

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache

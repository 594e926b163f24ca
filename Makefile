# Two commands on a fresh machine: `make run` and `make test`. Both create the virtual
# environment on first use, install the program and compile the translations.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test bench translations clean-venv build smoke

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

translations: $(STAMP)
	@for ts in resources/i18n/*.ts; do \
		[ -e "$$ts" ] || continue; \
		$(VENV)/bin/pyside6-lrelease -silent "$$ts" -qm "$${ts%.ts}.qm" || exit 1; \
	done
	@for po in resources/locale/*/LC_MESSAGES/*.po; do \
		[ -e "$$po" ] || continue; \
		$(VENV)/bin/pybabel compile --use-fuzzy --statistics -i "$$po" -o "$${po%.po}.mo" >/dev/null || exit 1; \
	done

run: translations
	$(PY) -m app

test: translations
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

bench: translations
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest tests/benchmarks -s -p no:randomly -o 'norecursedirs=.* .venv build dist'

build: translations
	$(VENV)/bin/pyinstaller --noconfirm --clean build.spec

smoke: build
	QT_QPA_PLATFORM=offscreen dist/wijkhuis/wijkhuis smoke

clean-venv:
	rm -rf $(VENV)

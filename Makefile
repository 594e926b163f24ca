# Two commands on a fresh machine: `make run` and `make test`. Both create the virtual
# environment on first use, install the program and compile the translations.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test bench translations clean-venv build smoke dist

$(STAMP): pyproject.toml setup.py
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# The build compiles the translations itself (setup.py → wijkhuis_build/catalogues.py), so any
# install speaks Dutch; this target only recompiles catalogues edited after the install.
translations: $(STAMP)
	$(PY) -m wijkhuis_build.catalogues resources

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

# A wheel and a source archive in dist/, as `pip install` would build them (translations included).
dist: $(STAMP)
	$(PY) -m build --outdir dist .

clean-venv:
	rm -rf $(VENV)

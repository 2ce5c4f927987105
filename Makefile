# Qingdu developer commands. `make run` and `make test` create the environment when it is missing.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
BENCH_STAMP := $(VENV)/.bench-stamp
SEEDS := $(filter-out %.gold.json,$(wildcard seeds/*))

.PHONY: run test lint typecheck unit dist dist-check bench clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,dist]'
	touch $(STAMP)

$(BENCH_STAMP): $(STAMP)
	$(PY) -m pip install --quiet -e '.[bench]'
	touch $(BENCH_STAMP)

run: $(STAMP)
	$(VENV)/bin/qingdu $(SEEDS)

lint: $(STAMP)
	$(VENV)/bin/ruff check reader ui tests
	$(VENV)/bin/ruff format --check reader ui tests

typecheck: $(STAMP)
	$(VENV)/bin/mypy

unit: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

test: lint typecheck unit

# dist/qingdu/ (one-folder app) and dist/qingdu-onefile (one-file executable); see README, Packaging.
dist: $(STAMP)
	$(VENV)/bin/pyinstaller --noconfirm --clean qingdu.spec

# The built executables must answer --version, extract and --smoke-test exactly as the installed package does.
dist-check: $(STAMP)
	$(PY) packaging/check_dist.py

bench: $(BENCH_STAMP)
	$(PY) tests/bench/run.py

clean:
	rm -rf build dist .mypy_cache .pytest_cache .ruff_cache

# Two commands for a fresh machine: `make run` and `make test`. Both make .venv themselves.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
CORPUS ?= ../shared/corpus/edge-cases

.PHONY: run test test-ocr test-corpus lint sample screenshots bench bench-scale validate-packaging wheel clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,dev]'
	touch $(STAMP)

run: $(STAMP)
	$(PY) -m vtviewer $(ARGS)

lint: $(STAMP)
	$(PY) -m ruff check vtviewer tests bench scripts
	$(PY) -m ruff format --check vtviewer tests bench scripts
	$(PY) -m mypy

test: lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -m "not corpus and not tesseract" -q

# OCR of scanned pages: Tesseract with Norwegian and English, installed from Debian's
# packages when missing (as validate-packaging installs its validators); the tests fail
# loudly, never skip, when it cannot be.
test-ocr: $(STAMP)
	@command -v tesseract >/dev/null && tesseract --list-langs 2>/dev/null | grep -qx nor || \
	  { command -v apt-get >/dev/null && (apt-get update -qq && apt-get install -y -qq tesseract-ocr tesseract-ocr-nor tesseract-ocr-eng >/dev/null); }
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -m tesseract -q

# The 68 real PDFs that break readers; fails loudly when the folder is missing.
test-corpus: $(STAMP)
	@test -d "$(CORPUS)" || { echo "ERROR: corpus folder $(CORPUS) not found (set CORPUS=...)"; exit 1; }
	QT_QPA_PLATFORM=offscreen VTVIEWER_CORPUS="$(abspath $(CORPUS))" $(PY) -m pytest -m corpus -q

sample: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) scripts/build_sample.py

screenshots: $(STAMP)
	$(PY) scripts/screenshots.py

# Benchmarks print figures; they are not tests. FOLDER is a folder of real PDFs (e.g. one
# made by ../shared/corpus/make_bench_corpus.sh DIR); the scale archives of SIZES pages are
# built from its text once, cached in BENCH_DATA (default: a folder in the temp dir), reused.
FOLDER ?= ../shared/corpus/edge-cases
SIZES ?= 100000
BENCH_DATA ?=
BENCH_CACHE = $(if $(BENCH_DATA),--data $(BENCH_DATA))
bench: $(STAMP)
	$(PY) bench/index_bench.py $(FOLDER)
	$(MAKE) bench-scale
bench-scale: $(STAMP)
	$(PY) bench/scale_bench.py $(FOLDER) --sizes $(SIZES) $(BENCH_CACHE)
	$(foreach size,$(SIZES),QT_QPA_PLATFORM=offscreen $(PY) bench/gui_bench.py $(FOLDER) --size $(size) $(BENCH_CACHE);)

# desktop-file-validate and appstreamcli come from Debian's desktop-file-utils and appstream.
validate-packaging:
	@command -v desktop-file-validate >/dev/null && command -v appstreamcli >/dev/null || \
	  { command -v apt-get >/dev/null && (apt-get update -qq && apt-get install -y -qq desktop-file-utils appstream >/dev/null); }
	sh packaging/validate.sh

wheel: $(STAMP)
	$(PY) -m pip wheel --no-deps -w dist .

clean:
	rm -rf $(VENV) build dist *.egg-info .mypy_cache .ruff_cache .pytest_cache

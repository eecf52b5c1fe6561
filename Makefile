# Two commands for a fresh machine: `make run` and `make test`. Both make .venv themselves.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
CORPUS ?= ../shared/corpus/edge-cases

.PHONY: run test test-ocr test-corpus lint sample screenshots bench bench-scale validate-packaging \
	wheel clean dist smoke-dist install-desktop uninstall-desktop

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,dev]'
	touch $(STAMP)

run: $(STAMP)
	$(PY) -m vtviewer $(ARGS)

lint: $(STAMP)
	$(PY) -m ruff check vtviewer tests bench scripts packaging
	$(PY) -m ruff format --check vtviewer tests bench scripts packaging
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

# The stand-alone application (PyInstaller, one folder) and its Linux tarball with
# install.sh; smoke-dist runs it with nothing but the app (the CLI, hostile files, a real
# window on Xvfb) and prints its size and cold start.
DIST_STAMP := $(VENV)/.dist-installed
$(DIST_STAMP): $(STAMP)
	$(PY) -m pip install --quiet 'pyinstaller>=6.10'
	touch $(DIST_STAMP)
dist: $(DIST_STAMP)
	sh packaging/make_dist.sh $(PY)
smoke-dist: dist
	@command -v Xvfb >/dev/null || test -n "$$DISPLAY" || \
	  { command -v apt-get >/dev/null && (apt-get update -qq && apt-get install -y -qq xvfb \
	    libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 \
	    libxcb-render-util0 libxcb-image0 >/dev/null); }
	$(PY) packaging/smoke_test.py dist/app/vtviewer/vtviewer --tarball "$$(ls dist/vtviewer-*-linux-*.tar.gz | head -1)"

# The desktop entry (Exec=vtviewer %F: PDFs and folders from a file manager), AppStream
# metadata and icons for the current user, validated; uninstall-desktop removes them.
install-desktop:
	sh packaging/desktop.sh install
uninstall-desktop:
	sh packaging/desktop.sh uninstall

clean:
	rm -rf $(VENV) build dist packaging/icons *.egg-info .mypy_cache .ruff_cache .pytest_cache

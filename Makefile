# Every set-up step a fresh machine needs is here; `make serve` and `make test` are the two
# commands a newcomer runs (see README.md). Python 3.11, x86_64, Debian.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip install --disable-pip-version-check -q -c constraints.txt
export NO_MKDOCS_2_WARNING := 1
# glibc hands every freed block over 32 MB (activations, logits) back to the kernel and faults
# it in again, zeroed, on the next step: training snippets spent a third of their time in the
# kernel (chapter 7's masked LM: 35 s of 70). Keep freed memory in the process instead; the
# outputs don't change, only the time.
export MALLOC_MMAP_MAX_ := 0
export MALLOC_TRIM_THRESHOLD_ := 68719476736

.PHONY: serve build test update portability records-merge bench shelf shelf-status run system hub

# ---- the two commands ---------------------------------------------------------------
serve: $(VENV)/.docs   ## serve the site at http://127.0.0.1:8000 (zh at /, en at /en/)
	$(VENV)/bin/mkdocs serve -a 127.0.0.1:8000

test: $(VENV)/.test system shelf   ## set up everything, then run every test (SHARD=k/n: one shard)
	$(PY) -m pytest $(if $(SHARD),--shard $(SHARD))

# ---- maintainers ---------------------------------------------------------------------
update: $(VENV)/.test shelf   ## rewrite `#>` outputs that no longer hold, figures, notebooks, requirements
	$(PY) -m pytest tests/test_snippets.py --update-examples
	$(PY) -m course notebooks
	$(PY) -m course requirements

portability: $(VENV)/.test shelf   ## re-run every snippet on torch's plain kernels; list outputs that differ
	$(PY) -m course portability $(PYTEST_ARGS)

records-merge: $(VENV)/.docs   ## merge shards' records (build/shards/*/snippets.json) into build/records/
	$(PY) -m course records merge build/shards/*/snippets.json

bench: $(VENV)/.test system shelf   ## measure the suite, the site build and the shelf: bench/report.md
	$(PY) -m course bench

build: $(VENV)/.docs   ## build the site strictly into site/
	$(VENV)/bin/mkdocs build --strict

shelf: $(VENV)/.test   ## install the model shelf (idempotent, ~1 s when complete)
	$(PY) -m shelf install

shelf-status: $(VENV)/.test   ## models, sizes, provenance, load times
	$(PY) -m shelf status

run: $(VENV)/.test shelf   ## run your own script offline against the shelf: make run FILE=x.py
	@test -n "$(FILE)" || { echo "usage: make run FILE=path/to/script.py"; exit 2; }
	$(PY) -m shelf run $(FILE)

hub: $(VENV)/.test   ## serve the local Hub on http://127.0.0.1:8008 (chapter 4's pushes go there)
	$(PY) -m localhub serve

system:   ## Debian packages the tests need (browser, CJK font, speech tools)
	bash scripts/system-deps.sh

# ---- environment -----------------------------------------------------------------------
$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.docs: $(VENV)/bin/python pyproject.toml constraints.txt
	$(PIP) -e ".[docs]"
	touch $@

$(VENV)/.test: $(VENV)/bin/python pyproject.toml constraints.txt
	$(PIP) torch==2.13.0
	$(PIP) -e ".[docs,test]"
	touch $@ $(VENV)/.docs

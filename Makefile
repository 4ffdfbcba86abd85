# geokg — two commands do everything on a fresh machine with Python 3.11 and make:
#   make demo   build the graph from examples/, run the example queries, export Turtle
#   make test   lint, type-check and run the tests
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
STORE  ?= kg-store

.PHONY: install demo test lint typecheck pytest gazetteer lexicon clean

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

demo: install
	@echo "== building the graph from examples/articles into ./$(STORE)"
	$(BIN)/kg build examples/articles --store $(STORE)
	@for q in examples/queries/*.rq; do \
	  echo; echo "== $$q"; sed -n '1s/^# //p' $$q; \
	  $(BIN)/kg query @$$q --store $(STORE) || exit 1; \
	done
	$(BIN)/kg export --store $(STORE) --format turtle -o kg-export.ttl
	@echo; echo "== done: store in ./$(STORE), Turtle in ./kg-export.ttl"
	@$(BIN)/kg stats --store $(STORE)

lint: install
	$(BIN)/ruff check kg tests scripts benchmarks
	$(BIN)/ruff format --check kg tests scripts benchmarks

typecheck: install
	$(BIN)/mypy

pytest: install
	$(BIN)/pytest -q

test: lint typecheck pytest

gazetteer: install
	$(BIN)/python scripts/build_gazetteer.py

lexicon: install
	$(BIN)/python scripts/build_lexicon.py

clean:
	rm -rf $(VENV) $(STORE) kg-export.ttl .pytest_cache .mypy_cache .ruff_cache

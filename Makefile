# Two commands for a newcomer: `make demo` and `make test`. Both build .venv once
# (re-run only when pyproject.toml or the lock file changes) and leave .venv/bin/blocwatch working.
PYTHON ?= python3.11
VENV := .venv
STAMP := $(VENV)/.installed

.PHONY: demo test lint clean vendor

$(STAMP): pyproject.toml requirements.lock
	@test -x $(VENV)/bin/python || $(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)
	$(VENV)/bin/python -m pip install --quiet --upgrade pip
	$(VENV)/bin/python -m pip install --quiet -c requirements.lock -e '.[dev]'
	@touch $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/blocwatch demo

test: $(STAMP)
	$(VENV)/bin/python -m pytest

lint: $(STAMP)
	$(VENV)/bin/ruff check src tests bench

# The web UI's stylesheet comes from the npm registry and is committed; this refreshes it.
WATER_CSS := 2.1.1
vendor:
	rm -rf build/vendor && mkdir -p build/vendor
	cd build/vendor && npm pack --silent water.css@$(WATER_CSS) && tar xzf water.css-$(WATER_CSS).tgz
	cp build/vendor/package/out/water.min.css src/blocwatch/static/vendor/water.min.css
	cp build/vendor/package/LICENSE.md src/blocwatch/static/vendor/water.css-LICENSE.md

clean:
	rm -rf $(VENV) build src/*.egg-info blocwatch.db

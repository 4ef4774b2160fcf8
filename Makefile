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

# The web UI's stylesheet and the accessibility checker the browser tests inject (axe-core,
# MPL-2.0; no page loads it) come from the npm registry and are committed; this refreshes them.
WATER_CSS := 2.1.1
AXE_CORE := 4.14.1
vendor:
	rm -rf build/vendor && mkdir -p build/vendor/water build/vendor/axe
	cd build/vendor/water && npm pack --silent water.css@$(WATER_CSS) && tar xzf water.css-$(WATER_CSS).tgz
	cp build/vendor/water/package/out/water.min.css src/blocwatch/static/vendor/water.min.css
	cp build/vendor/water/package/LICENSE.md src/blocwatch/static/vendor/water.css-LICENSE.md
	cd build/vendor/axe && npm pack --silent axe-core@$(AXE_CORE) && tar xzf axe-core-$(AXE_CORE).tgz
	cp build/vendor/axe/package/axe.min.js src/blocwatch/static/vendor/axe.min.js
	cp build/vendor/axe/package/LICENSE src/blocwatch/static/vendor/axe-core-LICENSE.txt
	cp build/vendor/axe/package/LICENSE-3RD-PARTY.txt \
		src/blocwatch/static/vendor/axe-core-LICENSE-3RD-PARTY.txt

clean:
	rm -rf $(VENV) build src/*.egg-info blocwatch.db

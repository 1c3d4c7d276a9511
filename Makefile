# Every target that needs the environment depends on `install`, so a fresh clone needs only
# `make demo` and `make test`.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON_BOOTSTRAP ?= python3
UV_VERSION := 0.13.9
TOOLS := .tools
UV := $(TOOLS)/bin/uv
VENV := .venv
PY := $(VENV)/bin/python
# uv must never fetch an interpreter of its own: the machines only reach package registries.
export UV_PYTHON_DOWNLOADS := never
export UV_PROJECT_ENVIRONMENT := $(VENV)

GENERATOR_INPUTS := openapi/mixroute.yaml $(shell find generator -type f -not -path '*/__pycache__/*' 2>/dev/null)

.PHONY: help install generate check-generated lint-spec lint test pytest demo bench diff changelog mock contract

help: ## List the targets
	@awk 'BEGIN {FS = ":.*## "} /^[a-zA-Z_-]+:.*## / {printf "  make %-16s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

$(UV):
	$(PYTHON_BOOTSTRAP) -m venv $(TOOLS)
	$(TOOLS)/bin/pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)

$(VENV)/.installed: $(UV) uv.lock pyproject.toml generated_client/pyproject.toml
	$(UV) sync --locked --quiet
	touch $@

# The spec linter (Redocly CLI) comes from the npm registry, pinned by openapi/package-lock.json.
SPEC_LINTER := openapi/node_modules/.bin/redocly
$(SPEC_LINTER): openapi/package.json openapi/package-lock.json
	npm ci --prefix openapi --no-audit --no-fund --loglevel=error
	touch $@

install: $(VENV)/.installed $(SPEC_LINTER) ## Build .venv from uv.lock and the spec linter from its lock (idempotent)

$(VENV)/.generated: $(VENV)/.installed $(GENERATOR_INPUTS)
	$(MAKE) --no-print-directory generate

generate: install ## Regenerate generated_client/ from openapi/mixroute.yaml
	$(PY) -m generator generate
	@# The generated package's dependencies are part of uv.lock: keep the lock in step with them.
	$(UV) lock --quiet
	$(UV) sync --locked --quiet
	@touch $(VENV)/.generated

check-generated: install ## Fail with a diff when generated_client/ is not what the spec generates
	$(PY) -m generator check
	$(PY) -m generator.changes check-version

# BASE=<git ref> to compare with; default: the latest tag, else the spec before the change being worked on
# (generator/changes/history.py). JSON=1 for machine-readable output.
diff: install ## What the spec change does: wire changes, Python API changes, the version bump it needs
	$(PY) -m generator.changes diff $(if $(BASE),--base $(BASE)) $(if $(JSON),--json)

changelog: install ## Write the spec version's entry of generator/CHANGELOG.md, then regenerate
	$(PY) -m generator.changes changelog
	$(MAKE) --no-print-directory generate

lint-spec: install ## Validate and lint openapi/mixroute.yaml
	$(PY) -c 'from generator.generate import DEFAULT_SPEC, validate_spec; validate_spec(DEFAULT_SPEC)'
	REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true $(SPEC_LINTER) lint --config openapi/redocly.yaml openapi/mixroute.yaml

lint: install lint-spec ## Spec linter, ruff and mypy --strict over everything, the generated package included
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy generator tests examples benchmarks generated_client/mixroute_client

pytest: install
	$(VENV)/bin/pytest

test: lint check-generated pytest contract demo ## Everything CI runs

# With MIXROUTE_API_KEY set the quickstart talks to the real API (or MIXROUTE_BASE_URL); else to the mock.
demo: $(VENV)/.generated ## Regenerate if the spec changed, then run the quickstart (on the mock unless MIXROUTE_API_KEY is set)
	@if [ -n "$$MIXROUTE_API_KEY" ]; then $(PY) examples/quickstart.py; \
	else MOCK_LOG=0 $(PY) -m tests.mock_server.with_mock $(PY) examples/quickstart.py; fi

mock: install ## Serve the mock Mixroute on MOCK_HOST:MOCK_PORT (127.0.0.1:4010); keys in MOCK_API_KEYS
	$(PY) -m tests.mock_server

contract: install ## schemathesis CLI against the mock (or MIXROUTE_BASE_URL + MIXROUTE_API_KEY), JUnit in reports/
	$(PY) -m tests.contract.cli_run

bench: install ## Benchmarks against raw httpx and the OpenAI SDK: a table, and .bench/results.json (not in `test`)
	$(PY) -m benchmarks

# Every target that needs the environment depends on it, so a fresh clone needs only `make demo` and
# `make test`. Only the spec linter needs Node: `install` builds both, the Python targets only the .venv.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON_BOOTSTRAP ?= python3
UV_VERSION := 0.13.9
TOOLS := .tools
UV := $(TOOLS)/bin/uv
VENV := .venv
PY := $(VENV)/bin/python
# The package's hand-written subpackages (generator/generate.py carries them over): the runtime and lib.
HAND_WRITTEN := generated_client/mixroute_client/_runtime generated_client/mixroute_client/lib
# uv must never fetch an interpreter of its own: the machines only reach package registries.
export UV_PYTHON_DOWNLOADS := never
export UV_PROJECT_ENVIRONMENT := $(VENV)

.PHONY: help install generate generated check-generated golden lint-spec lint test pytest pythons interop demo bench diff changelog mock contract docs

help: ## List the targets
	@awk 'BEGIN {FS = ":.*## "} /^[a-zA-Z_-]+:.*## / {printf "  make %-16s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

$(UV):
	$(PYTHON_BOOTSTRAP) -m venv $(TOOLS)
	$(TOOLS)/bin/pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)

$(VENV)/.installed: $(UV) uv.lock pyproject.toml generated_client/pyproject.toml mock/pyproject.toml
	$(UV) sync --locked --quiet
	touch $@

# The spec linter (Redocly CLI) comes from the npm registry, pinned by openapi/package-lock.json.
SPEC_LINTER := openapi/node_modules/.bin/redocly
$(SPEC_LINTER): openapi/package.json openapi/package-lock.json
	npm ci --prefix openapi --no-audit --no-fund --loglevel=error
	touch $@

# Everything a fresh venv of each supported Python needs to install the packages as the README says (`pip install
# ./generated_client`, `pip install ./mock`, plain pip with `--no-index`) and run the client's tests there: their
# dependencies, resolved by uv per version from tests/pythons.in (what a user of that version gets; uv.lock is
# resolved for the development Python only), downloaded by pip as wheels (uv has no download command), and the
# build backend plain pip fetches (UV_BUILD, the build-system requirement of both packages; a test holds them
# equal). The versions are those the package's classifiers name (generator/package.py; a test holds the two lists
# equal). It follows uv.lock, which changes when the package's dependencies do (`make generate` relocks only then),
# not generated_client/pyproject.toml, which every `make generate` rewrites.
PYTHON_VERSIONS := 3.10 3.11 3.12 3.13
UV_BUILD := uv_build>=0.13.6,<0.14.0
WHEELHOUSE := .wheelhouse
$(WHEELHOUSE)/.complete: $(UV) uv.lock tests/pythons.in
	rm -rf $(WHEELHOUSE) && mkdir -p $(WHEELHOUSE)/pins
	for version in $(PYTHON_VERSIONS); do \
		$(UV) pip compile --quiet --no-header --no-annotate --only-binary :all: --python-version $$version \
			--no-emit-package mixroute-client --no-emit-package mixroute-mock \
			-o $(WHEELHOUSE)/pins/$$version.txt tests/pythons.in && \
		$(TOOLS)/bin/pip download --quiet --disable-pip-version-check --no-deps --only-binary=:all: \
			--python-version $$version --dest $(WHEELHOUSE) -r $(WHEELHOUSE)/pins/$$version.txt || exit 1; \
	done
	$(TOOLS)/bin/pip download --quiet --disable-pip-version-check --no-deps --only-binary=:all: \
		--dest $(WHEELHOUSE) "$(UV_BUILD)"
	touch $@

install: $(VENV)/.installed $(WHEELHOUSE)/.complete $(SPEC_LINTER) ## Build .venv from uv.lock and the spec linter from its lock (idempotent)

generate: $(VENV)/.installed ## Regenerate generated_client/ from openapi/mixroute.yaml
	$(PY) -m generator generate
	@# The generated package's dependencies are part of uv.lock: relock only when they changed (checked offline).
	$(UV) lock --check --offline --quiet 2>/dev/null || $(UV) lock --quiet
	$(UV) sync --locked --quiet
	@touch $(VENV)/.installed

# Whether generated_client/ is behind is decided by content, not mtimes (a fresh clone's are arbitrary): `check`
# compares it with the render of the spec, which is cached by a hash of its inputs, so this costs one render on a
# fresh clone and a copy afterwards.
generated: $(VENV)/.installed
	@$(PY) -m generator check >/dev/null 2>&1 || { echo "generated_client/ is behind the spec or generator/: regenerating"; \
		$(MAKE) --no-print-directory generate; }

check-generated: $(VENV)/.installed ## Fail with a diff when generated_client/ is not what the spec generates
	$(PY) -m generator check
	$(PY) -m generator.changes check-version

# The render of the feature-rich fixture spec tests/golden/fixture.yaml, compared with it by tests/golden/.
golden: $(VENV)/.installed ## Re-record tests/golden/golden-record/ after an intended generator change (review its diff)
	$(PY) -m tests.golden

# BASE=<git ref> to compare with; default: the latest tag, else the spec before the change being worked on
# (generator/changes/history.py). JSON=1 for machine-readable output.
diff: $(VENV)/.installed ## What the spec change does: wire changes, Python API changes, the version bump it needs
	$(PY) -m generator.changes diff $(if $(BASE),--base $(BASE)) $(if $(JSON),--json)

changelog: $(VENV)/.installed ## Write the spec version's entry of generator/CHANGELOG.md, then regenerate
	$(PY) -m generator.changes changelog
	$(MAKE) --no-print-directory generate

lint-spec: $(VENV)/.installed $(SPEC_LINTER) ## Validate and lint openapi/mixroute.yaml
	$(PY) -c 'from generator.generate import DEFAULT_SPEC, validate_spec; validate_spec(DEFAULT_SPEC)'
	REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true $(SPEC_LINTER) lint --config openapi/redocly.yaml openapi/mixroute.yaml

lint: lint-spec ## Spec linter, ruff and mypy --strict over everything, the generated package included
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	@# The hand-written code lives inside the generated package, under the project's rules, not the package's.
	$(VENV)/bin/ruff check --config pyproject.toml $(HAND_WRITTEN)
	$(VENV)/bin/ruff format --check --config pyproject.toml $(HAND_WRITTEN)
	$(VENV)/bin/mypy generator tests examples benchmarks generated_client/mixroute_client mock/src/mixroute_mock
	@# The package supports older Pythons than the development one: its code is checked against the oldest too.
	$(VENV)/bin/mypy --python-version $(firstword $(PYTHON_VERSIONS)) generated_client/mixroute_client

# pytest-randomly shuffles the order on every run, so no test can lean on another; CI (CI set) uses a fixed
# seed, like its derandomized Hypothesis profile, so a red build replays exactly. Locally: --randomly-seed=N
# (printed in the header) replays a run, -p no:randomly runs in file order.
# pytest-xdist runs the suite on PYTEST_WORKERS processes, a module's tests on one worker, so module and session
# fixtures (renders, servers) are built once per worker; PYTEST_WORKERS=0 runs in this process.
CI_TEST_ORDER_SEED := 20240601
PYTEST_WORKERS ?= 2
pytest: $(VENV)/.installed $(WHEELHOUSE)/.complete
	$(VENV)/bin/pytest -n $(PYTEST_WORKERS) --dist loadscope $(if $(CI),--randomly-seed=$(CI_TEST_ORDER_SEED))

test: lint check-generated pytest contract demo ## Everything CI runs on every change (.ci/run adds the slow suites)

# Slower than `make test` allows, so a target of its own that .ci/run calls: see tests/pythons.py.
pythons: $(VENV)/.installed $(WHEELHOUSE)/.complete ## The client's own tests on every supported CPython, installed with plain pip
	$(PY) -m tests.pythons

# Third-party OpenAI clients (openai, langchain-openai, pydantic-ai, instructor, litellm) run their everyday calls
# against the mock: an environment of its own, locked by tests/interop/uv.lock, so that .venv stays lean. Its lock
# holds the two local packages too; `make generate` can bump the client's version, so a stale lock is relocked
# (keeping every locked third-party version) as `generate` does for uv.lock. mypy runs there: it needs the
# clients' types, which .venv lacks.
INTEROP := tests/interop
INTEROP_VENV := .venv-interop
$(INTEROP_VENV)/.installed: $(UV) $(INTEROP)/uv.lock $(INTEROP)/pyproject.toml generated_client/pyproject.toml mock/pyproject.toml
	$(UV) lock --check --offline --quiet --project $(INTEROP) 2>/dev/null || $(UV) lock --quiet --project $(INTEROP)
	UV_PROJECT_ENVIRONMENT=$(CURDIR)/$(INTEROP_VENV) $(UV) sync --locked --quiet --project $(INTEROP)
	touch $@

interop: $(INTEROP_VENV)/.installed ## Third-party clients (tests/interop/pyproject.toml) against the mock, own venv
	cd $(INTEROP) && $(CURDIR)/$(INTEROP_VENV)/bin/mypy . && $(CURDIR)/$(INTEROP_VENV)/bin/pytest

# With MIXROUTE_API_KEY set the quickstart talks to the real API (or MIXROUTE_BASE_URL); else to the mock.
demo: generated ## Regenerate if the spec changed, then run the quickstart (on the mock unless MIXROUTE_API_KEY is set)
	@if [ -n "$$MIXROUTE_API_KEY" ]; then $(PY) examples/quickstart.py; \
	else MOCK_LOG=0 $(PY) -m mixroute_mock.with_mock $(PY) examples/quickstart.py; fi

# The same installable mock `pip install ./mock` gives anyone; FLAGS= passes its flags (mixroute-mock --help).
mock: $(VENV)/.installed ## Serve the mock Mixroute on MOCK_HOST:MOCK_PORT (127.0.0.1:4010); keys in MOCK_API_KEYS
	$(VENV)/bin/mixroute-mock $(FLAGS)

contract: $(VENV)/.installed ## schemathesis CLI against the mock (or MIXROUTE_BASE_URL + MIXROUTE_API_KEY), JUnit in reports/
	$(PY) -m tests.contract.cli_run

# The site from docs/ and mkdocs.yml, offline, into site/; --strict turns every warning into a failure. The tests
# build it too (tests/test_docs_site.py) and run its code blocks (tests/test_readme.py).
docs: $(VENV)/.installed ## Build the docs site (docs/, API reference from the docstrings) into site/, failing on any warning
	NO_MKDOCS_2_WARNING=1 $(VENV)/bin/mkdocs build --strict --quiet

bench: $(VENV)/.installed ## Benchmarks against raw httpx and the OpenAI SDK: a table, and .bench/results.json (not in `test`)
	$(PY) -m benchmarks

# The two commands of the README: `make run` (set up and serve) and `make test` (everything CI runs).
# `make help` lists the others.
SHELL := /bin/bash
.DEFAULT_GOAL := help
# Python 3.11 (the project pins it); plain python3 when that is 3.11 under another name.
PYTHON ?= $(shell command -v python3.11 2>/dev/null || command -v python3 2>/dev/null)
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
HOST ?= 127.0.0.1
PORT ?= 8000
# Tests run against the real services; these defaults are the local ones (CI starts them in .ci/run).
# pytest creates its own database, test_<name>, next to the one named here.
TEST_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/jointcouncils
TEST_REDIS_URL ?= redis://127.0.0.1:6379/0
PYTEST_ARGS ?=

.PHONY: help install messages migrate load run worker beat test lint format check-migrations unit browser \
	deploy-check clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-18s %s\n", $$1, $$2}'

$(VENV)/.installed: requirements.lock pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 11) else "Python 3.11 is needed: found " + sys.version.split()[0] + " at $(PYTHON) (set PYTHON=...)")'
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --disable-pip-version-check --upgrade pip
	$(PIP) install --quiet --disable-pip-version-check -r requirements.lock
	touch $@

install: $(VENV)/.installed ## Create .venv and install the pinned packages (requirements.lock)

messages: install ## Compile the translations (locale/*/LC_MESSAGES/django.mo)
	@# compilemessages refuses to run where no locale folder exists (git keeps no empty folder).
	mkdir -p locale
	$(PY) manage.py compilemessages --ignore=$(VENV) -v0

migrate: install ## Apply the migrations (SQLite without DATABASE_URL)
	$(PY) manage.py migrate --noinput -v1

load: migrate ## Load the real Joint Councils data, and the demo accounts (development settings only)
	$(PY) manage.py load_joint_councils --no-update
	$(PY) manage.py create_demo_accounts

run: messages load ## Set up and serve http://127.0.0.1:8000 (HOST=, PORT= to change; jobs in-process without REDIS_URL)
	@echo "Serving http://$(HOST):$(PORT)/ - demo accounts are listed in README.md (development only)."
	$(PY) manage.py runserver $(HOST):$(PORT)

worker: install ## A Celery worker for both queues (needs REDIS_URL)
	@test -n "$$REDIS_URL" || { echo "make worker needs REDIS_URL (e.g. redis://127.0.0.1:6379/0); without it jobs run in-process."; exit 2; }
	$(VENV)/bin/celery -A jointcouncils worker -Q celery,reports --max-tasks-per-child 50 -l info

beat: install ## Celery beat: the nightly history clean-up and the ballots' sweep (needs REDIS_URL; run one only)
	@test -n "$$REDIS_URL" || { echo "make beat needs REDIS_URL."; exit 2; }
	$(VENV)/bin/celery -A jointcouncils beat -l info --schedule $${TMPDIR:-/tmp}/jointcouncils-celerybeat

lint: install ## ruff: lint and formatting
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: install ## ruff: fix what can be fixed and format
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

check-migrations: install ## Fail when a model change has no migration
	DATABASE_URL= $(PY) manage.py makemigrations --check --dry-run

deploy-check: install ## Production settings pass `check --deploy` with no warning
	DJANGO_SETTINGS_MODULE=jointcouncils.settings.prod SECRET_KEY=$$(head -c 48 /dev/urandom | base64) \
	  ALLOWED_HOSTS=portal.example.ca $(PY) manage.py check --deploy --fail-level WARNING

# The test targets use DATABASE_URL and REDIS_URL when set, the local PostgreSQL and Redis otherwise.
TEST_ENV = DATABASE_URL=$${DATABASE_URL:-$(TEST_DATABASE_URL)} REDIS_URL=$${REDIS_URL:-$(TEST_REDIS_URL)}

unit: install messages ## Every test but the browser ones
	$(TEST_ENV) $(VENV)/bin/pytest -m "not browser" $(PYTEST_ARGS)

browser: install messages ## The browser tests (headless /usr/bin/chromium)
	$(TEST_ENV) $(VENV)/bin/pytest -m browser $(PYTEST_ARGS)

test: install messages lint check-migrations deploy-check ## Everything CI runs: lint, checks, unit and browser tests
	$(TEST_ENV) $(VENV)/bin/pytest $(PYTEST_ARGS)

clean: ## Remove .venv, collected static files, caches and the SQLite database
	rm -rf $(VENV) staticfiles .pytest_cache .ruff_cache db.sqlite3

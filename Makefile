# The two commands of the README: `make run` (set up and serve) and `make test` (everything CI runs).
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
HOST ?= 127.0.0.1
PORT ?= 8000
# Tests run against the real services; these defaults are the local ones (CI starts them in .ci/run).
TEST_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/jointcouncils
TEST_REDIS_URL ?= redis://127.0.0.1:6379/0

.PHONY: install messages migrate load run worker test lint check-migrations unit browser deploy-check clean

$(VENV)/.installed: requirements.lock pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet -r requirements.lock
	touch $@

install: $(VENV)/.installed

messages: install
	$(PY) manage.py compilemessages --ignore=.venv -v0

migrate: install
	$(PY) manage.py migrate --noinput -v1

load: migrate
	$(PY) manage.py load_joint_councils
	$(PY) manage.py create_demo_accounts

run: messages load
	$(PY) manage.py runserver $(HOST):$(PORT)

worker: install
	$(VENV)/bin/celery -A jointcouncils worker -Q celery,reports -l info

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

check-migrations: install
	DATABASE_URL= $(PY) manage.py makemigrations --check --dry-run

deploy-check: install
	DJANGO_SETTINGS_MODULE=jointcouncils.settings.prod SECRET_KEY=$$(head -c 48 /dev/urandom | base64) \
	  ALLOWED_HOSTS=portal.example.ca $(PY) manage.py check --deploy --fail-level WARNING

test: install messages lint check-migrations deploy-check
	DATABASE_URL=$${DATABASE_URL:-$(TEST_DATABASE_URL)} REDIS_URL=$${REDIS_URL:-$(TEST_REDIS_URL)} \
	  $(VENV)/bin/pytest

clean:
	rm -rf $(VENV) staticfiles .pytest_cache db.sqlite3

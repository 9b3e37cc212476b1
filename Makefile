# Two commands matter: `make run` and `make test`. Both work on a fresh clone with only
# Python >= 3.11, make and Debian's gettext (msgfmt).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
SECRET_FILE := var/secret_key
# `make run` serves plain HTTP on loopback: no HTTPS redirect, no secure-only cookies.
RUN_ENV := DJANGO_SETTINGS_MODULE=clusterportal.settings.production DJANGO_SECURE_SSL_REDIRECT=0 DJANGO_SECURE_COOKIES=0 DJANGO_HSTS_SECONDS=0 \
	DJANGO_SECRET_KEY="$$(cat $(SECRET_FILE))"
MANAGE := $(PY) manage.py

.PHONY: run test check lint format messages translations admin demo clean bench backup restore

$(VENV)/bin/activate:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed (set PYTHON=python3.x).")'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(VENV)/.runtime: $(VENV)/bin/activate requirements.txt
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.dev: $(VENV)/.runtime requirements-dev.txt
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@

$(SECRET_FILE):
	@mkdir -p var
	@$(PYTHON) -c 'import secrets; print(secrets.token_urlsafe(64))' > $@
	@chmod 600 $@

translations: $(VENV)/.runtime
	@command -v msgfmt >/dev/null || { echo "msgfmt is missing: apt-get install gettext"; exit 1; }
	DJANGO_SETTINGS_MODULE=clusterportal.settings.test $(MANAGE) compilemessages --ignore=.venv --ignore=var -v 0

run: $(VENV)/.runtime $(SECRET_FILE) translations
	@mkdir -p var/media
	$(RUN_ENV) $(MANAGE) migrate --noinput
	$(RUN_ENV) $(MANAGE) load_portal_data
	$(RUN_ENV) $(MANAGE) collectstatic --noinput -v 0
	$(RUN_ENV) PORT=$(PORT) $(VENV)/bin/gunicorn -c gunicorn.conf.py clusterportal.wsgi

admin: $(VENV)/.runtime $(SECRET_FILE)
	$(RUN_ENV) $(MANAGE) migrate --noinput
	$(RUN_ENV) $(MANAGE) createsuperuser

demo: $(VENV)/.runtime $(SECRET_FILE)
	$(RUN_ENV) $(MANAGE) generate_demo_data --clusters $${CLUSTERS:-1000}

test: $(VENV)/.dev translations
	$(VENV)/bin/pytest

# Static checks CI runs besides the tests.
check: $(VENV)/.dev translations
	DJANGO_SETTINGS_MODULE=clusterportal.settings.test $(MANAGE) check --fail-level WARNING
	DJANGO_SETTINGS_MODULE=clusterportal.settings.test $(MANAGE) makemigrations --check --dry-run
	DJANGO_SECRET_KEY="$$($(PYTHON) -c 'import secrets; print(secrets.token_urlsafe(64))')" \
		DJANGO_SETTINGS_MODULE=clusterportal.settings.production DJANGO_ALLOWED_HOSTS=clusters.example.org \
		$(MANAGE) check --deploy --fail-level WARNING
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	@for po in $$(find locale locale_vendor -name '*.po'); do \
		stats=$$(msgfmt --check --statistics -o /dev/null $$po 2>&1) || { echo "$$po: $$stats"; exit 1; }; \
		case "$$stats" in *untranslated*|*fuzzy*) echo "$$po is incomplete: $$stats"; exit 1;; esac; \
		echo "$$po: $$stats"; \
	done

lint: check

format: $(VENV)/.dev
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

# Refresh the .po files from the code and templates (then translate what is new).
messages: $(VENV)/.dev
	DJANGO_SETTINGS_MODULE=clusterportal.settings.test $(MANAGE) makemessages -l lt \
		--ignore=.venv --ignore=staticfiles --ignore=var --no-obsolete

# A consistent copy of the database (var/backups/), and its way back into an empty one:
# make restore FILE=var/backups/portal-….sqlite3
backup: $(VENV)/.runtime $(SECRET_FILE)
	$(RUN_ENV) $(MANAGE) backup_data

restore: $(VENV)/.runtime $(SECRET_FILE)
	@test -n "$(FILE)" || { echo "Give the backup: make restore FILE=var/backups/…"; exit 2; }
	$(RUN_ENV) $(MANAGE) restore_data "$(FILE)"

bench: $(VENV)/.dev translations
	$(PY) scripts/benchmark.py

clean:
	rm -rf $(VENV) staticfiles .pytest_cache .ruff_cache

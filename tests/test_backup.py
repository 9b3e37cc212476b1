"""`make backup` / `make restore`: a copy restored into an empty database holds the same
records, model by model (on the database the suite runs on: SQLite or PostgreSQL)."""

import os
import sqlite3
import subprocess
import sys
import uuid

import psycopg2
import pytest
from django.apps import apps
from django.conf import settings
from django.db import connection

ROOT = settings.BASE_DIR
MODELS = [
    model
    for label in ("clusters", "alliance", "programmes")
    for model in apps.get_app_config(label).get_models()
]


def manage(database_url: str, *args: str) -> subprocess.CompletedProcess:
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "DJANGO_SETTINGS_MODULE": "clusterportal.settings.test",
    }
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def sqlite_counts(path) -> dict[str, int]:
    with sqlite3.connect(path) as db:
        return {
            model._meta.label: db.execute(
                f'SELECT count(*) FROM "{model._meta.db_table}"'
            ).fetchone()[0]
            for model in MODELS
        }


def postgres_counts(dsn: str) -> dict[str, int]:
    with psycopg2.connect(dsn) as db, db.cursor() as cursor:
        counts = {}
        for model in MODELS:
            cursor.execute(f'SELECT count(*) FROM "{model._meta.db_table}"')
            counts[model._meta.label] = cursor.fetchone()[0]
        return counts


@pytest.fixture
def databases(tmp_path):
    """Two throw-away databases of the suite's kind: (url of the source, url of the empty
    target, a function counting rows per model at a url)."""
    if connection.vendor == "sqlite":
        source, target = tmp_path / "source.sqlite3", tmp_path / "target.sqlite3"
        yield (
            f"sqlite:///{source}",
            f"sqlite:///{target}",
            lambda url: sqlite_counts(url.removeprefix("sqlite:///")),
        )
        return
    db = connection.settings_dict
    server = f"postgres://{db['USER']}:{db['PASSWORD'] or ''}@{db['HOST']}:{db['PORT'] or 5432}"
    names = [f"backup_{uuid.uuid4().hex[:10]}_{side}" for side in ("a", "b")]
    admin = psycopg2.connect(f"{server}/postgres")
    admin.autocommit = True
    with admin.cursor() as cursor:
        for name in names:
            cursor.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"{server}/{names[0]}", f"{server}/{names[1]}", postgres_counts
    finally:
        with admin.cursor() as cursor:
            for name in names:
                cursor.execute(f'DROP DATABASE IF EXISTS "{name}"')
        admin.close()


def test_backup_restores_into_an_empty_database(databases, tmp_path):
    source, target, counts = databases
    for step in (("migrate", "--noinput"), ("load_portal_data",)):
        assert manage(source, *step).returncode == 0
    backup = tmp_path / "portal.backup"
    made = manage(source, "backup_data", f"--output={backup}")
    assert made.returncode == 0, made.stderr
    assert backup.stat().st_size > 0

    restored = manage(target, "restore_data", str(backup))
    assert restored.returncode == 0, restored.stderr
    before, after = counts(source), counts(target)
    assert before["clusters.Cluster"] > 50
    assert after == before

    # The restored database is a working portal database: a second restore refuses to
    # overwrite it, and a file that is not a backup is refused with a message.
    again = manage(target, "restore_data", str(backup))
    assert again.returncode != 0 and "already holds portal data" in again.stderr
    junk = tmp_path / "junk.backup"
    junk.write_text("not a backup")
    refused = manage(
        f"{target}x" if connection.vendor == "sqlite" else target,
        "restore_data",
        str(junk),
        "--replace",
    )
    assert refused.returncode != 0
    assert "Traceback" not in refused.stderr

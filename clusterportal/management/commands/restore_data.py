"""``manage.py restore_data FILE [--replace]``: bring back a copy made by ``backup_data``.

The database must hold no portal data yet (a fresh one: ``migrate`` is not needed, the
copy brings its own tables), unless ``--replace`` says to overwrite what is there.
"""

import sqlite3
import subprocess
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError, connection

from clusterportal.management.commands.backup_data import postgres_environment, require_tool
from core import search


def holds_portal_data() -> bool:
    """Whether the database already has clusters (a table that exists and is not empty)."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1 FROM clusters_cluster LIMIT 1")
            return cursor.fetchone() is not None
    except DatabaseError:
        return False


class Command(BaseCommand):
    help = "Restore the database from a file written by backup_data."

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument(
            "--replace", action="store_true", help="Overwrite a database that holds data."
        )

    def handle(self, *args, file: Path, replace: bool, **options):
        if not file.is_file():
            raise CommandError(f"No backup file at {file}.")
        if holds_portal_data() and not replace:
            raise CommandError(
                "The database already holds portal data: restore into an empty database, "
                "or add --replace to overwrite it."
            )
        vendor = connection.vendor
        if vendor == "sqlite":
            try:
                source = sqlite3.connect(f"file:{file}?mode=ro", uri=True)
                source.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except sqlite3.DatabaseError as error:
                raise CommandError(f"{file} is not an SQLite backup: {error}") from None
            connection.ensure_connection()
            try:
                source.backup(connection.connection)
            finally:
                source.close()
            # A copy from before the search's FTS5 tables gets them.
            search.install_sqlite_search(connection.alias)
        elif vendor == "postgresql":
            command = [
                require_tool("pg_restore"),
                "--no-owner",
                "--clean",
                "--if-exists",
                f"--dbname={connection.settings_dict['NAME']}",
                str(file),
            ]
            connection.close()  # pg_restore drops and recreates tables this session uses
            result = subprocess.run(
                command, env=postgres_environment(), capture_output=True, text=True
            )
            if result.returncode:
                raise CommandError(f"pg_restore failed: {result.stderr.strip()[-2000:]}")
            with connection.cursor() as cursor:
                cursor.execute(search.TRGM_COST_SQL)
        else:
            raise CommandError(f"Restoring {vendor} databases is not supported.")
        self.stdout.write(f"Restored {file}.")

"""``manage.py backup_data [--output FILE]``: a consistent copy of the whole database.

SQLite: the online backup API (a consistent copy while the portal keeps serving).
PostgreSQL: ``pg_dump --format=custom`` (restored by ``restore_data`` with pg_restore).
The file goes to ``var/backups/`` unless ``--output`` names one; its path is printed.
"""

import datetime
import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection


def postgres_environment() -> dict:
    """The libpq variables that point pg_dump/pg_restore at the configured database."""
    db = connection.settings_dict
    env = dict(os.environ)
    for variable, key in (
        ("PGHOST", "HOST"),
        ("PGPORT", "PORT"),
        ("PGUSER", "USER"),
        ("PGPASSWORD", "PASSWORD"),
    ):
        if db.get(key):
            env[variable] = str(db[key])
    return env


def require_tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        raise CommandError(f"{name} is not installed (Debian: apt-get install postgresql-client).")
    return path


class Command(BaseCommand):
    help = "Write a consistent copy of the database to a file (see restore_data)."

    def add_arguments(self, parser):
        parser.add_argument("--output", type=Path, help="File to write (default: var/backups/).")

    def handle(self, *args, output: Path | None, **options):
        vendor = connection.vendor
        if output is None:
            stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
            suffix = "sqlite3" if vendor == "sqlite" else "dump"
            output = Path(settings.BASE_DIR) / "var" / "backups" / f"portal-{stamp}.{suffix}"
        output.parent.mkdir(parents=True, exist_ok=True)
        if vendor == "sqlite":
            connection.ensure_connection()
            target = sqlite3.connect(output)
            try:
                connection.connection.backup(target)
            finally:
                target.close()
        elif vendor == "postgresql":
            command = [
                require_tool("pg_dump"),
                "--format=custom",
                "--no-owner",
                f"--file={output}",
                connection.settings_dict["NAME"],
            ]
            result = subprocess.run(
                command, env=postgres_environment(), capture_output=True, text=True
            )
            if result.returncode:
                raise CommandError(f"pg_dump failed: {result.stderr.strip()}")
        else:
            raise CommandError(f"Backups of {vendor} databases are not supported.")
        self.stdout.write(str(output))

"""Benchmark: SQL queries and render time per page, and requests per second on loopback.

Builds a throw-away SQLite database (or uses DATABASE_URL when --use-database-url is
given), loads the real dataset plus N demo clusters, then:

1. renders each public page with Django's test client, counting SQL queries and taking
   the median render time over --repeat requests;
2. unless --no-load, serves the portal with gunicorn on 127.0.0.1 and measures requests
   per second with wrk (Debian package) when installed, else a bounded Python loop.

Usage: .venv/bin/python scripts/benchmark.py --clusters 5000 [--repeat 15] [--no-load]
Prints a Markdown table for the README's performance section.
"""

import argparse
import os
import secrets
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def configure(args) -> Path | None:
    tmp = None
    if not args.use_database_url:
        tmp = Path(tempfile.mkdtemp(prefix="portal-bench-"))
        os.environ["DATABASE_URL"] = f"sqlite:///{tmp / 'bench.sqlite3'}"
    os.environ.setdefault("DJANGO_SECRET_KEY", secrets.token_urlsafe(64))
    os.environ["DJANGO_SECURE_SSL_REDIRECT"] = "0"
    os.environ["DJANGO_SECURE_COOKIES"] = "0"
    os.environ["DJANGO_SETTINGS_MODULE"] = "clusterportal.settings.production"
    # Renders are measured cold (no page cache); the load test turns the cache on. The
    # cache lives beside the throw-away database, never in the working copy's var/.
    os.environ["DJANGO_PAGE_CACHE"] = "0"
    os.environ["DJANGO_CACHE_DIR"] = str((tmp or Path(tempfile.mkdtemp())) / "cache")
    return tmp


def prepare(clusters: int) -> None:
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)
    call_command("collectstatic", verbosity=0, interactive=False)
    call_command("load_portal_data", verbosity=0)
    started = time.perf_counter()
    call_command("generate_demo_data", clusters=clusters, verbosity=0)
    print(f"generate_demo_data --clusters {clusters}: {time.perf_counter() - started:.1f} s")


def pages() -> list[tuple[str, str]]:
    """(label, path) of the pages to measure, with realistic objects for detail pages."""
    from django.db.models import Count
    from django.urls import NoReverseMatch, reverse

    from alliance.models import Association, Event
    from clusters.models import Cluster
    from programmes.models import Programme, Project

    def first(queryset):
        obj = queryset.first()
        return obj.get_absolute_url() if obj else None

    candidates = [
        ("home", "home", None),
        ("cluster list", "clusters:cluster-list", None),
        ("cluster list, page 50", "clusters:cluster-list", "?page=50"),
        ("association list", "alliance:association-list", None),
        ("event list", "alliance:event-list", None),
        ("programme list", "programmes:programme-list", None),
        ("project list", "programmes:project-list", None),
        ("call list", "programmes:call-list", None),
    ]
    result = []
    for label, name, query in candidates:
        try:
            result.append((label, reverse(name) + (query or "")))
        except NoReverseMatch:
            continue
    busiest = Cluster.objects.published().annotate(n=Count("participations")).order_by("-n")
    details = [
        ("cluster page (most projects)", first(busiest)),
        ("real cluster page", first(Cluster.objects.published().real())),
        ("association page", first(Association.objects.published().real())),
        ("project page", first(Project.objects.published().real())),
        ("programme page", first(Programme.objects.real())),
        ("event page", first(Event.objects.published().real())),
    ]
    result += [(label, url) for label, url in details if url]
    return result


def measure_pages(repeat: int) -> list[dict]:
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST="127.0.0.1")
    rows = []
    for label, url in pages():
        times = []
        for i in range(repeat):
            with CaptureQueriesContext(connection) as queries:
                started = time.perf_counter()
                response = client.get(url)
                elapsed = time.perf_counter() - started
            if i == 0:
                status, size, count = response.status_code, len(response.content), len(queries)
            times.append(elapsed)
        rows.append(
            {
                "page": label,
                "url": url,
                "status": status,
                "queries": count,
                "median_ms": statistics.median(times) * 1000,
                "kb": size / 1024,
            }
        )
    return rows


def load_test(paths: list[str], seconds: int, connections: int) -> list[tuple[str, float]]:
    port = 8931
    env = {**os.environ, "DJANGO_PAGE_CACHE": "1"}
    server = subprocess.Popen(
        [
            str(ROOT / ".venv/bin/gunicorn"),
            "clusterportal.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "2",
            "--log-level",
            "warning",
            # gunicorn.conf.py (read from the working directory) logs every request.
            "--access-logfile",
            "/dev/null",
        ],
        cwd=ROOT,
        env=env,
    )
    try:
        for _ in range(50):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1)
                break
            except OSError:
                time.sleep(0.2)
        results = []
        for path in paths:
            url = f"http://127.0.0.1:{port}{path}"
            if shutil.which("wrk"):
                out = subprocess.run(
                    ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", url],
                    capture_output=True,
                    text=True,
                    check=True,
                ).stdout
                rps = float(
                    next(line for line in out.splitlines() if "Requests/sec" in line).split()[-1]
                )
            else:
                rps = _python_load(url, seconds, connections)
            results.append((path, rps))
        return results
    finally:
        server.terminate()
        server.wait(timeout=10)


def _python_load(url: str, seconds: int, connections: int) -> float:
    """A bounded fallback when wrk is not installed: N threads for a fixed time."""
    deadline = time.perf_counter() + seconds

    def worker(_):
        done = 0
        while time.perf_counter() < deadline and done < 100_000:
            with urllib.request.urlopen(url, timeout=10) as response:
                response.read()
            done += 1
        return done

    started = time.perf_counter()
    with ThreadPoolExecutor(connections) as pool:
        total = sum(pool.map(worker, range(connections)))
    return total / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clusters", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--no-load", action="store_true", help="skip the gunicorn load test")
    parser.add_argument("--seconds", type=int, default=10, help="load test length per page")
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--use-database-url", action="store_true")
    args = parser.parse_args()

    tmp = configure(args)
    import django

    django.setup()
    try:
        prepare(args.clusters)
        rows = measure_pages(args.repeat)
        print(f"\n{args.clusters} demo clusters + the real dataset; median of {args.repeat}.\n")
        print("| page | queries | median render (ms) | HTML (kB) | status |")
        print("|---|---:|---:|---:|---:|")
        for row in rows:
            print(
                f"| {row['page']} | {row['queries']} | {row['median_ms']:.1f} | "
                f"{row['kb']:.1f} | {row['status']} |"
            )
        if not args.no_load:
            wanted = ("home", "cluster list", "real cluster page", "cluster page (most projects)")
            targets = ["/robots.txt"] + [row["url"] for row in rows if row["page"] in wanted]
            print(
                f"\nLoad on loopback (gunicorn, 2 workers, page cache on, "
                f"{args.connections} connections):\n"
            )
            print("| URL | requests/s | ratio to /robots.txt |")
            print("|---|---:|---:|")
            results = load_test(targets, args.seconds, args.connections)
            ceiling = results[0][1] or 1
            for path, rps in results:
                print(f"| {path} | {rps:.0f} | {rps / ceiling:.2f} |")
    finally:
        if tmp:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()

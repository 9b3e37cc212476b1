"""The database goes away under a running server, and comes back (PostgreSQL).

gunicorn serves the portal (one worker, two threads, persistent database connections
with health checks, as in production) through a TCP proxy the test controls. Cutting
the proxy closes the open connections and refuses new ones, as a database server that
stopped or a network that failed. Then:

- ``/healthz`` says 503 at once (the load balancer takes the server out);
- a public page says "temporarily unavailable" (503, Retry-After, the page's language,
  no traceback) within seconds;
- a page already in the page cache is still served (200);
- once the proxy forwards again, pages work within seconds, with no restart: the dead
  persistent connections are noticed and replaced.

The server reads the test database, which holds the schema and no rows: empty pages
are still pages.
"""

import contextlib
import os
import selectors
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from django.db import connection

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.skipif(
    "connection.vendor != 'postgresql'",
    reason="the outage is a TCP proxy in front of PostgreSQL",
)


class Proxy:
    """A TCP forwarder to ``target`` that can be cut (open connections closed, new ones
    refused) and restored on the same port."""

    def __init__(self, target: tuple[str, int]):
        self.target = target
        self.port = free_port()
        self.lock = threading.Lock()
        self.sockets: set[socket.socket] = set()
        self.listener = None
        self.restore()

    def restore(self):
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(16)
        self.listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def cut(self):
        # shutdown() wakes the thread blocked in accept(); close() alone would not, and
        # the port would go on accepting.
        with contextlib.suppress(OSError):
            self.listener.shutdown(socket.SHUT_RDWR)
        self.listener.close()
        with self.lock:
            for sock in self.sockets:
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
                sock.close()
            self.sockets.clear()

    def _accept(self, listener):
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return  # cut
            try:
                upstream = socket.create_connection(self.target, timeout=5)
            except OSError:
                client.close()
                continue
            with self.lock:
                self.sockets.update((client, upstream))
            threading.Thread(target=self._pump, args=(client, upstream), daemon=True).start()

    def _pump(self, a, b):
        selector = selectors.DefaultSelector()
        selector.register(a, selectors.EVENT_READ, b)
        selector.register(b, selectors.EVENT_READ, a)
        try:
            while True:
                for key, _ in selector.select(timeout=1):
                    data = key.fileobj.recv(65536)
                    if not data:
                        return
                    key.data.sendall(data)
        except (OSError, ValueError):
            return
        finally:
            selector.close()
            for sock in (a, b):
                sock.close()
            with self.lock:
                self.sockets.discard(a)
                self.sockets.discard(b)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def get(url: str, timeout: float = 10):
    """(status, headers, body, seconds) of a GET, whatever the status."""
    started = time.monotonic()
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            status, headers, body = response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        status, headers, body = error.code, error.headers, error.read()
    return status, headers, body.decode(), time.monotonic() - started


@pytest.fixture
def server(db, tmp_path):
    """gunicorn on the test database through a proxy: (base URL, proxy). (``db``: the
    test database exists and ``settings_dict`` names it.)"""
    settings = connection.settings_dict
    if (settings["HOST"] or "").startswith("/"):
        pytest.skip("the database is reached through a Unix socket: no TCP to cut")
    proxy = Proxy((settings["HOST"] or "127.0.0.1", int(settings["PORT"] or 5432)))
    user = settings["USER"] or ""
    password = f":{settings['PASSWORD']}" if settings["PASSWORD"] else ""
    # The test settings, with the page cache on (in this one worker's memory).
    (tmp_path / "outage_settings.py").write_text(
        "from clusterportal.settings.test import *  # noqa: F403\nPAGE_CACHE = True\n"
    )
    port = free_port()
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(tmp_path), str(ROOT)]),
        "DJANGO_SETTINGS_MODULE": "outage_settings",
        "DATABASE_URL": (f"postgres://{user}{password}@127.0.0.1:{proxy.port}/{settings['NAME']}"),
        "DJANGO_CONN_MAX_AGE": "600",
        "GUNICORN_BIND": f"127.0.0.1:{port}",
        "WEB_CONCURRENCY": "1",
        "GUNICORN_THREADS": "2",
        "REDIS_URL": "",
    }
    log = (tmp_path / "gunicorn.log").open("w")
    process = subprocess.Popen(
        [
            str(Path(sys.executable).with_name("gunicorn")),
            "-c",
            "gunicorn.conf.py",
            "clusterportal.wsgi",
        ],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                if get(f"{base}/healthz", timeout=2)[0] == 200:
                    break
            except OSError:
                pass
            if time.monotonic() > deadline or process.poll() is not None:
                pytest.fail(f"gunicorn did not start on {env['DATABASE_URL']}")
            time.sleep(0.2)
        yield base, proxy
    finally:
        process.terminate()
        process.wait(timeout=20)
        proxy.cut()
        log.close()


def test_pages_survive_the_database_going_away_and_coming_back(server):
    base, proxy = server
    cached, uncached = f"{base}/lt/clusters/", f"{base}/en/clusters/"
    # Persistent connections open in both threads, and one page in the page cache.
    for _ in range(4):
        assert get(f"{base}/healthz")[0] == 200
        assert get(uncached)[0] == 200
    get(cached)
    assert get(cached)[1]["X-Page-Cache"] == "hit"

    proxy.cut()

    status, _, body, seconds = get(f"{base}/healthz")
    assert status == 503 and seconds < 2, (status, seconds, body)
    # A page nobody asked for yet (a 503 is never kept in the page cache).
    fresh = f"{base}/en/clusters/?sort=name"
    status, headers, body, seconds = get(fresh)
    assert status == 503 and seconds < 5, (status, seconds)
    assert headers["Retry-After"]
    assert "Temporarily unavailable" in body
    assert "Traceback" not in body and "OperationalError" not in body
    status, headers, body, _ = get(f"{base}/lt/search/?q=klasteris")
    assert status == 503 and "Laikinai nepasiekiama" in body
    status, headers, _, _ = get(cached)
    assert status == 200 and headers["X-Page-Cache"] == "hit"

    proxy.restore()

    deadline = time.monotonic() + 10
    while get(fresh)[0] != 200:
        assert time.monotonic() < deadline, "pages did not come back within 10 s"
        time.sleep(0.2)
    # Both threads' connections work again, without a restart.
    for _ in range(4):
        assert get(f"{base}/healthz")[0] == 200
        assert get(f"{base}/en/?from={_}")[0] == 200

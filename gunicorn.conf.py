"""gunicorn's configuration, used by `make run` and the container (``-c gunicorn.conf.py``).

Workers from the machine's cores (or WEB_CONCURRENCY), two threads each, bounded
timeouts, a graceful restart that lets running requests finish, access log to stdout.
"""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", f"127.0.0.1:{os.environ.get('PORT', '8000')}")
# Pages are rendered in Python: one worker per core plus one, unless told otherwise.
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() + 1))
threads = int(os.environ.get("GUNICORN_THREADS", "2"))
# A request taking longer than this is stuck: the worker is replaced.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
# On SIGHUP or SIGTERM, running requests get this long to finish.
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", "20"))
keepalive = 5
# Workers are replaced now and then, so that a slow leak cannot grow without bound. Not
# too often: a cached page takes well under a millisecond, so 5,000 requests were a few
# seconds of a busy worker, and each replacement showed as a latency spike. A worker stays
# near 100 MB at 10,000 clusters (benchmark).
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "100000"))
max_requests_jitter = max_requests // 10
# Request lines up to gunicorn's largest limit (8,190 bytes) reach the portal, which answers
# an address over 2,048 characters with its own translated 414 page (core.middleware);
# gunicorn's default (4,094) would give its bare English error instead. Longer lines are
# still refused by gunicorn itself.
limit_request_line = 8190
accesslog = "-"
errorlog = "-"
# Only the local proxy may tell the scheme and the client's address.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")

"""The versioned data cache: plain values computed from portal data, fresh after every edit.

Some values cost a grouped query that grows with the data (option counts such as
"Lithuania (31)", the home page's key numbers, same-sector clusters abroad). They are kept
in the cache under a *data version*; any save, delete or many-to-many change of a model of
a portal app (an app whose AppConfig says ``portal_data = True``) bumps the version, so
the next request computes afresh. The version lives in the shared cache (Redis in
production, a file cache shared by the worker processes otherwise), so an edit made
through one process is seen by all at once. Code that writes without signals (bulk
inserts) calls ``invalidate()`` itself.

What is stored are plain values (ids, numbers, strings, lists and dicts of them), never
model instances: they survive pickling between processes and code versions, and a page
cannot render a stale object as if it came from the database.
"""

import time
from collections.abc import Callable

from django.core.cache import cache
from django.utils.translation import get_language

VERSION_KEY = "datacache:version"
# Part of every key: raise it when the shape of a cached value changes, so that a deploy
# never reads values cached by the previous code.
FORMAT = 3
# Values are also recomputed after this many seconds, whatever happens.
TIMEOUT = 15 * 60


def version() -> int:
    """The current data version (created on first use)."""
    current = cache.get(VERSION_KEY)
    if current is None:
        cache.add(VERSION_KEY, time.time_ns(), None)
        current = cache.get(VERSION_KEY, 0)
    return current


def invalidate(**kwargs) -> None:
    """Make every cached value stale (also usable as a signal receiver)."""
    cache.set(VERSION_KEY, time.time_ns(), None)


def on_change(sender, **kwargs) -> None:
    """Signal receiver: a model (or a many-to-many table) changed; portal data bumps the
    version."""
    if getattr(sender._meta.app_config, "portal_data", False):
        invalidate()


def cached(name: str, compute: Callable[[], object]):
    """``compute()``'s result for ``name`` in the active language, from the cache if fresh.

    ``compute`` returns a plain value (see the module docstring).
    """
    key = f"datacache:{FORMAT}:{name}:{get_language()}:{version()}"
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, TIMEOUT)
    return value

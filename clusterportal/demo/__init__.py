"""Synthetic demo data for scale tests and benchmarks (``manage.py generate_demo_data``).

Everything it makes is published, has ``is_demo=True``, "(demo)" in its names, a slug
starting with ``demo-`` and a ``sources`` line saying it is generated. Real records are
only read (sectors, actions and calls that demo projects hang on), never changed: demo
projects, memberships and events link demo clusters only.

``vocabulary`` holds the words records are made of, ``records`` how rows are built and
inserted, ``builders`` one function per kind of record.
"""

from collections import Counter

from django.conf import settings
from django.db import connection, transaction
from django.utils import translation

from clusterportal.demo import builders
from clusterportal.demo.records import DemoRun
from core import datacache


def generate(count: int, seed: int = 0) -> Counter:
    """Add ``count`` demo clusters and proportional demo records, all or nothing.

    Returns the rows created per kind (label → count, in insertion order). The same seed on
    the same data gives the same rows. A consortium needs three clusters, so fewer make no
    project. The data cache is invalidated afterwards: bulk inserts send no signals.

    The planner's statistics are refreshed too (``ANALYZE``): SQLite keeps none until
    asked, and without them it reads a published cluster's "merged from" list or a
    shortlist's slugs through the status index (every published cluster) instead of
    the narrow one; PostgreSQL would refresh them only when autovacuum comes by.
    """
    run = DemoRun(seed)
    # The base column of a translated field holds the default language.
    with translation.override(settings.LANGUAGE_CODE), transaction.atomic():
        sectors = builders.add_sectors(run)
        clusters = builders.add_clusters(run, count, sectors)
        labels = builders.add_labels(run, clusters)
        associations = builders.add_associations(run, count, clusters, sectors)
        members = builders.add_memberships(run, clusters, associations)
        builders.add_figures(run, associations, members, labels)
        if count >= 3:
            projects, consortia = builders.add_projects(run, count, clusters)
            builders.add_participations(run, projects, consortia)
        builders.add_events(run, count, clusters, associations)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    datacache.invalidate()
    return run.created

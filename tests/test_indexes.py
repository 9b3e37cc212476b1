"""The directory's sorts and filters are answered from their indexes on PostgreSQL.

Each test requests a directory page, takes the query that reads the page's clusters
(the one with LIMIT) as Django sent it, and asks PostgreSQL for its plan at a realistic
size: the index named in the model's ``Meta.indexes`` must be in it. A change of an
ordering expression that no longer matches its index fails here, not in production.
"""

import io
import re

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core import datacache

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif("connection.vendor != 'postgresql'", reason="query plans are PostgreSQL's"),
]


@pytest.fixture(scope="module")
def many_clusters(module_db):
    from clusters.models import Cluster, LifeStatus

    call_command("generate_demo_data", clusters=3000, seed=12, stdout=io.StringIO())
    # A few that stopped, as in the real data (demo clusters are all active).
    stopped = Cluster.objects.order_by("pk").values("pk")[:5]
    Cluster.objects.filter(pk__in=stopped).update(life_status=LifeStatus.INACTIVE)
    datacache.invalidate()  # update() sends no signal: the filter's options are recounted
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def page_plan(client, url: str) -> str:
    """The plan of the query that picks ``url``'s page of clusters (the ids of its cards,
    read before their rows)."""
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    page = [
        q["sql"]
        for q in queries.captured_queries
        if re.match(
            r'SELECT "clusters_cluster"\."id"( AS "pk")? FROM .* ORDER BY .* '
            r"LIMIT \d+( OFFSET \d+)?$",
            q["sql"],
        )
    ]
    assert page, [q["sql"] for q in queries.captured_queries]
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN {page[0]}")
        return "\n".join(row[0] for row in cursor.fetchall())


@pytest.mark.parametrize(
    ("url", "index"),
    [
        ("/lt/clusters/", "cluster_list_order_lt_idx"),
        ("/en/clusters/", "cluster_list_order_en_idx"),
        ("/lt/clusters/?page=20", "cluster_list_order_lt_idx"),
        ("/lt/clusters/?sort=name", "cluster_name_order_lt_idx"),
        ("/en/clusters/?sort=name", "cluster_name_order_en_idx"),
        ("/lt/clusters/?sort=founded", "cluster_founded_idx"),
        ("/lt/clusters/?sort=updated", "cluster_updated_idx"),
        ("/lt/clusters/?life=inactive", "cluster_life_status_idx"),
        # The project count of every card, and "has EU projects".
        ("/lt/clusters/?projects=yes", "participation_cluster_idx"),
    ],
)
def test_directory_page_uses_its_index(client, many_clusters, url, index):
    plan = page_plan(client, url)
    assert index in plan, plan
    # The ordered index gives the first rows: no sort of every published cluster.
    if "sort=" not in url and "life=" not in url and "projects=" not in url:
        assert "Seq Scan on clusters_cluster " not in plan, plan

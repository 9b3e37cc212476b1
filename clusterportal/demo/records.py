"""How demo rows are made: the marks every demo record carries, unsaved instances built
fast, batched inserts, many-to-many links, and the state one run shares (its random
stream, today, where each cluster and association is, the rows created per kind).
"""

import datetime
import random
import re
from collections import Counter
from collections.abc import Iterable

from django.db import models
from django.utils import timezone

from clusterportal.demo.vocabulary import STEM_HEADS, STEM_TAILS
from core.content import PublicationStatus, today

BATCH_SIZE = 1000
DEMO = "(demo)"
DEMO_SOURCE = "Generated demo data (manage.py generate_demo_data); not a real record."
DEMO_DESCRIPTION = {
    "en": "Synthetic record generated for scale tests and demonstrations; not real.",
    "lt": "Sugeneruotas demonstracinis įrašas apkrovos bandymams; tai ne tikri duomenys.",
}
_TRAILING_NUMBER = re.compile(r"-(\d+)$")


def demo_fields() -> dict:
    """What every demo content record carries."""
    return {
        "is_demo": True,
        "sources": DEMO_SOURCE,
        "status": PublicationStatus.PUBLISHED,
        # bulk_create skips ContentModel.save(), which stamps it otherwise.
        "published_at": timezone.now(),
    }


def bilingual(field: str, en: str, lt: str) -> dict:
    """A translated field's base, Lithuanian and English columns (bulk_create skips
    modeltranslation's own filling); the base column holds the default language."""
    return {field: lt, f"{field}_lt": lt, f"{field}_en": en}


def add_months(day: datetime.date, months: int) -> datetime.date:
    month = day.month - 1 + months
    return day.replace(year=day.year + month // 12, month=month % 12 + 1, day=1)


def last_demo_number(model) -> int:
    """The highest trailing number of any slug starting with ``demo-``.

    New demo slugs are numbered above it, so repeated runs never collide, even with a
    (hypothetical) real record whose slug starts with ``demo-``.
    """
    slugs = model._default_manager.filter(slug__startswith="demo-").values_list("slug", flat=True)
    numbers = (
        int(m.group(1)) for slug in slugs.iterator() if (m := _TRAILING_NUMBER.search(slug))
    )
    return max(numbers, default=0)


class DemoRun:
    """The state one run shares between the builders.

    ``rng`` is the run's only source of randomness: builders draw from it in a fixed order,
    so one seed on the same data gives the same rows. ``created`` counts inserted rows per
    label, in insertion order. Countries are kept as ISO codes by primary key, because the
    instances' country descriptors would build a Country object on every read.
    """

    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.today = today()
        self.created = Counter()
        self.cluster_country: dict[int, str] = {}
        self.association_country: dict[int, str] = {}
        self._defaults: dict[type, dict] = {}

    def stem(self) -> str:
        """An invented brand-like name stem: "Nordwave", "Ambertech"…"""
        return self.rng.choice(STEM_HEADS) + self.rng.choice(STEM_TAILS)

    def build(self, model, **values):
        """An unsaved ``model`` instance from attribute names (``action_id``, ``name_en``).

        Built from positional values, the path Django takes when loading rows: keyword
        arguments would go through modeltranslation's per-keyword rewriting, which took
        most of the run time at 10,000 clusters.
        """
        defaults = self._defaults.get(model)
        if defaults is None:
            defaults = {f.attname: f.get_default() for f in model._meta.concrete_fields}
            self._defaults[model] = defaults
        unknown = values.keys() - defaults.keys()
        if unknown:
            raise TypeError(f"{model.__name__} has no field {', '.join(sorted(unknown))}")
        return model(*[values.get(name, default) for name, default in defaults.items()])

    def insert(self, model, objects: list, label: str | None = None) -> list:
        """bulk_create in batches; every object with a slug gets its primary key."""
        model.objects.bulk_create(objects, batch_size=BATCH_SIZE)
        # SQLite before 3.35 cannot return ids from a bulk insert: look them up by slug.
        # Only slugged records are pointed to; links, labels and figures never are.
        if objects and objects[0].pk is None and hasattr(objects[0], "slug"):
            slugs = [obj.slug for obj in objects]
            ids = {}
            for start in range(0, len(slugs), BATCH_SIZE):
                chunk = slugs[start : start + BATCH_SIZE]
                ids.update(model.objects.filter(slug__in=chunk).values_list("slug", "pk"))
            for obj in objects:
                obj.pk = ids[obj.slug]
        self.created[label or str(model._meta.verbose_name_plural)] += len(objects)
        return objects

    def link(
        self,
        relation,
        chosen: Iterable[tuple[models.Model, list[models.Model]]],
        label: str,
    ) -> list:
        """Insert the rows of a many-to-many ``relation`` (``Cluster.sectors``): one row per
        (record, related record) pair, in the order given."""
        field = relation.field
        through = relation.through
        source = through._meta.get_field(field.m2m_field_name()).attname
        target = through._meta.get_field(field.m2m_reverse_field_name()).attname
        rows = [
            self.build(through, **{source: record.pk, target: other.pk})
            for record, others in chosen
            for other in others
        ]
        return self.insert(through, rows, label)

"""``manage.py generate_demo_data --clusters N``: synthetic data for scale tests and benchmarks.

The data and its marking rules live in ``clusterportal.demo``; this command reads the
arguments and reports what was made.
"""

import argparse
import time

from django.core.management.base import BaseCommand, CommandError

from clusterportal.demo import generate

MAX_CLUSTERS = 200_000


def cluster_count(value) -> int:
    """The --clusters value: a whole number from 1 to MAX_CLUSTERS."""
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise argparse.ArgumentTypeError(f"must be a whole number, not {value!r}") from None
    if not 1 <= number <= MAX_CLUSTERS:
        raise argparse.ArgumentTypeError(f"must be between 1 and {MAX_CLUSTERS:,}, not {number}")
    return number


class Command(BaseCommand):
    help = (
        "Add N synthetic clusters with proportional associations, projects, participations, "
        "labels and events, all marked as demo data (is_demo, '(demo)', 'demo-' slugs). "
        "Real records are never changed."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--clusters",
            type=cluster_count,
            required=True,
            metavar="N",
            help=f"How many demo clusters to add (1 to {MAX_CLUSTERS:,}).",
        )
        parser.add_argument(
            "--seed",
            type=int,
            default=0,
            help="Random seed; the same seed gives the same data on an empty database.",
        )

    def handle(self, *args, clusters, seed, **options):
        try:
            count = cluster_count(clusters)
        except argparse.ArgumentTypeError as error:
            raise CommandError(f"--clusters {error}.") from None
        started = time.perf_counter()
        created = generate(count, seed)
        elapsed = time.perf_counter() - started
        for label, rows in created.items():
            self.stdout.write(f"  {rows:>8,} {label}")
        self.stdout.write(
            self.style.SUCCESS(
                f"Created {count:,} demo clusters and related demo data in {elapsed:.1f} s."
            )
        )

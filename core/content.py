"""What every content model shares: sources, demo marking and publication status.

Kept free of imports from the apps so that every app may use it.
"""

import datetime

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# Years accepted anywhere a year is stored (founding, labels, figures, calls).
MIN_YEAR = 1800
MAX_YEAR = 2100


def year_validators():
    """Form validators matching ``year_range_q`` (readable errors before the database)."""
    return [MinValueValidator(MIN_YEAR), MaxValueValidator(MAX_YEAR)]


def year_range_q(field: str, *, nullable: bool = True) -> models.Q:
    """A check-constraint condition keeping ``field`` within the accepted years."""
    q = models.Q(**{f"{field}__gte": MIN_YEAR, f"{field}__lte": MAX_YEAR})
    return q | models.Q(**{f"{field}__isnull": True}) if nullable else q


class PublicationStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    REVIEW = "review", _("Needs review")
    PUBLISHED = "published", _("Published")


class DatePrecision(models.TextChoices):
    """How much of a stored date is known; the rest is shown as unknown, never invented."""

    DAY = "day", _("Exact day")
    MONTH = "month", _("Month")
    YEAR = "year", _("Year")


def published_q(relation: str = "") -> models.Q:
    """The public-visibility rule, for this model or through a relation (``"cluster"``).

    Filtering through a join (``cluster__status``) instead of ``cluster__in=<subquery>``
    lets SQLite plan grouped counts over large tables sensibly.
    """
    prefix = f"{relation}__" if relation else ""
    return models.Q(**{f"{prefix}status": PublicationStatus.PUBLISHED})


# Addresses that are not the publisher's own page: staging or test copies of a site, copies
# on document-sharing (scraper) sites, and placeholder page names. Such a source may still be
# the only one found, so it is kept, and shown with the reason it is weak. Matched as
# substrings of the address.
WEAK_SOURCES = (
    (".hosted-temp.com", _("staging copy of the site")),
    ("//stage.", _("staging copy of the site")),
    ("//demo2.", _("demo copy of the site")),
    ("test-publish", _("test page of the site")),
    ("test page of", _("test page of the site")),
    (".wersjaprojektowa.", _("staging copy of the site")),
    ("lorem", _("placeholder page address")),
    ("porta-non-pulvinar", _("placeholder page address")),
    ("//vdocuments.", _("copy on a document-sharing site")),
    ("//fdocuments.", _("copy on a document-sharing site")),
    ("//dokumen.tips", _("copy on a document-sharing site")),
    ("//pdfslide.", _("copy on a document-sharing site")),
    ("//docest.com", _("copy on a document-sharing site")),
    ("//expydoc.com", _("copy on a document-sharing site")),
    ("//readkong.com", _("copy on a document-sharing site")),
    ("//dokumendiregistrid.karlerss.com", _("copy of a document register")),
    ("//polspy.org", _("copy of a document register")),
)


def weak_source_reason(source: str):
    """Why ``source`` (a URL or reference) is a weak source, or None for a publisher's page."""
    address = source.lower()
    for pattern, reason in WEAK_SOURCES:
        if pattern in address:
            return reason
    return None


class SourcedQuerySet(models.QuerySet):
    def published(self):
        """What the public may see: reference data without moderation is all public."""
        return self.all()

    def real(self):
        """Records of the real dataset (not generated demo data)."""
        return self.filter(is_demo=False)

    def demo(self):
        return self.filter(is_demo=True)


class ContentQuerySet(SourcedQuerySet):
    def published(self):
        """What the public may see: the one place that decides it."""
        return self.filter(published_q())


class SourcedModel(models.Model):
    """A record whose facts come from somewhere; demo records are marked as such."""

    sources = models.TextField(
        _("sources"),
        blank=True,
        help_text=_("Where the facts come from: one URL or reference per line."),
    )
    is_demo = models.BooleanField(
        _("demo data"),
        default=False,
        help_text=_("Synthetic record made by generate_demo_data; never shown as real."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = SourcedQuerySet.as_manager()

    class Meta:
        abstract = True

    @property
    def source_list(self) -> list[str]:
        return [line.strip() for line in self.sources.splitlines() if line.strip()]

    @property
    def source_entries(self) -> list[dict]:
        """The sources as shown: each entry's text and why it is a weak source (or None)."""
        return [
            {"text": source, "weak": weak_source_reason(source)} for source in self.source_list
        ]


class ContentModel(SourcedModel):
    """A record kept by association staff: moderated and dated by its last check."""

    status = models.CharField(
        _("publication status"),
        max_length=10,
        choices=PublicationStatus.choices,
        default=PublicationStatus.DRAFT,
    )
    published_at = models.DateTimeField(
        _("published at"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("When the record last became public; empty while it is not public."),
    )
    last_verified = models.DateField(
        _("last verified"),
        null=True,
        blank=True,
        help_text=_("When the facts were last checked against their sources."),
    )

    objects = ContentQuerySet.as_manager()

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        """Stamp ``published_at`` when the record becomes public, clear it when it stops
        being public (also for a save limited to ``update_fields`` that names the status)."""
        before = self.published_at
        self.published_at = (before or timezone.now()) if self.is_published else None
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "status" in update_fields and before != self.published_at:
            kwargs["update_fields"] = {*update_fields, "published_at"}
        super().save(*args, **kwargs)

    @property
    def is_published(self) -> bool:
        return self.status == PublicationStatus.PUBLISHED


def check_date_order(start, end, *, end_field: str, message) -> None:
    """Raise a readable form error when ``end`` comes before ``start``."""
    if start and end and end < start:
        raise ValidationError({end_field: message})


def percent_filled(filled) -> int:
    """The share, in whole percent, of true values in ``filled`` (key facts known or not)."""
    filled = list(filled)
    return round(100 * sum(map(bool, filled)) / len(filled)) if filled else 0


def today() -> datetime.date:
    return timezone.localdate()

"""Completeness of the real data: how many records fill each field, and clusters by country.

Shared by ``manage.py data_report`` and the staff page ``/admin/data-report/``, so both show
the same figures. Demo records are left out: the report judges the real dataset.
"""

from dataclasses import dataclass

from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from modeltranslation.translator import NotRegistered, translator

from alliance.models import Association, Event
from clusters.models import Cluster
from core.content import SourcedModel, today
from programmes.models import Action, Call, Participation, Programme, Project, Report

# The models the report covers, in the order the portal presents them.
MODELS = (Cluster, Association, Event, Programme, Action, Call, Project, Participation, Report)

# Bookkeeping columns that say nothing about how complete a record is.
SKIPPED = {"id", "slug", "is_demo", "status", "created_at", "updated_at", "logo"}

# A cluster's evidence is "recent" when its latest public trace is this many years old or less.
RECENT_YEARS = 2


@dataclass(frozen=True)
class FieldFill:
    name: str
    label: str
    filled: int
    total: int

    @property
    def percent(self) -> int:
        return round(100 * self.filled / self.total) if self.total else 0


@dataclass(frozen=True)
class ModelFill:
    label: str
    total: int
    fields: list[FieldFill]


@dataclass(frozen=True)
class CountryRow:
    code: str
    name: str
    total: int
    website: int
    sectors: int
    description: int
    contact: int
    recent_evidence: int | None  # None until clusters record their last evidence year


def real(model: type[models.Model]) -> models.QuerySet:
    """The model's records of the real dataset."""
    if issubclass(model, SourcedModel):
        return model.objects.filter(is_demo=False)
    return model.objects.filter(project__is_demo=False)  # participations


def reported_fields(model: type[models.Model]) -> list[models.Field]:
    """The fields whose filling the report counts: one column per language for translated
    fields (instead of the column that mirrors the active language), many-to-many fields,
    and no booleans (always filled) or bookkeeping."""
    try:
        translated = set(translator.get_options_for_model(model).fields)
    except NotRegistered:
        translated = set()
    fields = []
    for field in model._meta.get_fields():
        if field.auto_created or not (getattr(field, "concrete", False) or field.many_to_many):
            continue
        if field.name in SKIPPED or field.name in translated:
            continue
        if isinstance(field, models.BooleanField):
            continue
        fields.append(field)
    return fields


def filled_q(field: models.Field) -> Q:
    """A record fills ``field`` when it holds a value: not null, not empty text, at least one
    related record for a many-to-many field."""
    condition = Q(**{f"{field.name}__isnull": False})
    if isinstance(field, models.CharField | models.TextField) and not field.many_to_many:
        condition &= ~Q(**{field.name: ""})
    return condition


def label(field: models.Field) -> str:
    """The field's name for readers; a language column is named by its field and language."""
    original = getattr(field, "translated_field", None)
    if original is not None:
        return f"{original.verbose_name} [{field.language}]"
    return str(field.verbose_name)


def model_fill(model: type[models.Model]) -> ModelFill:
    """How many real records of ``model`` fill each reported field (one query)."""
    fields = reported_fields(model)
    counts = real(model).aggregate(
        total=Count("pk", distinct=True),
        **{
            f"f{index}": Count("pk", filter=filled_q(field), distinct=True)
            for index, field in enumerate(fields)
        },
    )
    return ModelFill(
        label=str(model._meta.verbose_name_plural),
        total=counts["total"],
        fields=[
            FieldFill(field.name, label(field), counts[f"f{index}"], counts["total"])
            for index, field in enumerate(fields)
        ],
    )


def has_field(model: type[models.Model], name: str) -> bool:
    try:
        model._meta.get_field(name)
    except FieldDoesNotExist:
        return False
    return True


def clusters_by_country() -> list[CountryRow]:
    """Per country: how many real clusters have a website, sectors, a description in either
    language, an organisation contact (e-mail or phone) and recent public evidence.

    Lithuania comes first, then countries by number of clusters. The evidence column is
    None while the cluster model has no ``last_evidence_year``.
    """
    evidence = has_field(Cluster, "last_evidence_year")
    counts = {
        "website": Count("pk", filter=~Q(website=""), distinct=True),
        "sectors": Count("pk", filter=Q(sectors__isnull=False), distinct=True),
        "description": Count(
            "pk",
            filter=(~Q(description_lt="") & Q(description_lt__isnull=False))
            | (~Q(description_en="") & Q(description_en__isnull=False)),
            distinct=True,
        ),
        "contact": Count("pk", filter=~Q(email="") | ~Q(phone=""), distinct=True),
    }
    if evidence:
        since = today().year - RECENT_YEARS
        counts["recent_evidence"] = Count(
            "pk", filter=Q(last_evidence_year__gte=since), distinct=True
        )
    rows = (
        Cluster.objects.real()
        .order_by()
        .values("country")
        .annotate(total=Count("pk", distinct=True), **counts)
    )
    result = [
        CountryRow(
            code=row["country"],
            name=str(countries.name(row["country"])),
            total=row["total"],
            website=row["website"],
            sectors=row["sectors"],
            description=row["description"],
            contact=row["contact"],
            recent_evidence=row.get("recent_evidence") if evidence else None,
        )
        for row in rows
    ]
    return sorted(result, key=lambda row: (row.code != "LT", -row.total, row.name))


def country_total(rows: list[CountryRow]) -> CountryRow:
    """The sum of ``rows`` (the table's last line)."""

    def total(attribute):
        values = [getattr(row, attribute) for row in rows]
        return None if any(value is None for value in values) else sum(values)

    return CountryRow(
        code="",
        name=str(_("All countries")),
        total=total("total"),
        website=total("website"),
        sectors=total("sectors"),
        description=total("description"),
        contact=total("contact"),
        recent_evidence=total("recent_evidence") if rows else None,
    )


def build() -> dict:
    """Everything the report shows."""
    rows = clusters_by_country()
    return {
        "models": [model_fill(model) for model in MODELS],
        "countries": rows,
        "country_total": country_total(rows),
        "recent_since": today().year - RECENT_YEARS,
        "evidence_known": has_field(Cluster, "last_evidence_year"),
    }

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import (
    Case,
    CharField,
    Count,
    Exists,
    F,
    OuterRef,
    Prefetch,
    Q,
    Subquery,
    TextChoices,
    Value,
    When,
)
from django.db.models.functions import Coalesce, NullIf
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from core.content import (
    ContentModel,
    ContentQuerySet,
    percent_filled,
    today,
    year_range_q,
    year_validators,
)
from core.images import logo_fields


class Sector(models.Model):
    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100, db_index=False)

    class Meta:
        verbose_name = _("sector")
        verbose_name_plural = _("sectors")
        ordering = ["name"]
        constraints = [
            # Sector pages and filters are addressed by slug.
            models.UniqueConstraint(fields=["slug"], name="sector_slug_unique"),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("clusters:cluster-list") + f"?sector={self.slug}"


# The member total of a cluster as the database computes it (see ``Cluster.member_total``).
MEMBER_TOTAL = (
    Coalesce("members_sme", 0)
    + Coalesce("members_large", 0)
    + Coalesce("members_research", 0)
    + Coalesce("members_other", 0)
)


def _band_q(low: int, high: int | None) -> Q:
    condition = Q(member_total__gte=low)
    return condition & Q(member_total__lte=high) if high is not None else condition


class LabelLevel(models.TextChoices):
    """ESCA cluster-management labels, lowest first."""

    BRONZE = "bronze", _("Bronze")
    SILVER = "silver", _("Silver")
    GOLD = "gold", _("Gold")


class Maturity(models.TextChoices):
    """Maturity levels of the 2020 Lithuanian national cluster concept."""

    EMERGING = "emerging", _("Emerging")
    FORMED = "formed", _("Formed")
    DEVELOPING = "developing", _("Developing")
    MATURE = "mature", _("Mature")


class LifeStatus(TextChoices):
    """Whether a cluster still works, as far as public evidence shows."""

    ACTIVE = "active", _("Active")
    INACTIVE = "inactive", _("Inactive")
    MERGED = "merged", _("Merged into another cluster")
    ANNOUNCED = "announced", _("Announced, unconfirmed")


class ClusterQuerySet(ContentQuerySet):
    def for_list(self):
        """What a list of cluster cards needs, in a fixed number of queries."""
        return self.prefetch_related(
            "sectors",
            Prefetch("labels", queryset=Label.objects.order_by("-awarded_year", "-pk")),
        )

    def in_country(self, code: str):
        return self.filter(country=code)

    def abroad_from(self, code: str):
        """Clusters of every country but ``code``."""
        return self.exclude(country=code)

    def in_sector(self, slug: str):
        return self.filter(
            Exists(
                Cluster.sectors.through.objects.filter(cluster=OuterRef("pk"), sector__slug=slug)
            )
        )

    def in_sectors(self, sector_ids):
        """Clusters sharing at least one of the sectors ``sector_ids``."""
        return self.filter(
            Exists(
                Cluster.sectors.through.objects.filter(
                    cluster=OuterRef("pk"), sector_id__in=sector_ids
                )
            )
        )

    def labelled(self, level: str | None = None):
        """Clusters that have been awarded an ESCA label (of ``level``, if given)."""
        labels = Label.objects.filter(cluster=OuterRef("pk"))
        return self.filter(Exists(labels.filter(level=level) if level else labels))

    def with_valid_label(self):
        """Clusters holding a label whose stated expiry has not passed."""
        return self.filter(
            Exists(Label.objects.filter(cluster=OuterRef("pk"), valid_until__gte=today()))
        )

    def with_label_summary(self):
        """Annotated with ``has_label`` and ``label_level`` (the latest label's level)."""
        labels = Label.objects.filter(cluster=OuterRef("pk"))
        latest = labels.order_by("-awarded_year", "-pk").values("level")[:1]
        return self.annotate(has_label=Exists(labels), label_level=Subquery(latest))

    def with_member_total(self):
        """Annotated with ``member_total``: SMEs + large + research + other members, 0 when
        none is declared (the band rule of ``in_size_band``)."""
        return self.annotate(member_total=MEMBER_TOTAL)

    def in_size_band(self, low: int, high: int | None):
        """Clusters whose declared member total is within ``low``–``high`` (no upper bound
        when ``high`` is None); clusters that declare no members are in no band."""
        return self.alias(member_total=MEMBER_TOTAL).filter(_band_q(low, high))

    def size_band_counts(self, bands: dict[str, tuple[int, int | None]]) -> dict[str, int]:
        """How many clusters fall in each of ``bands`` (name → (low, high)), in one query."""
        counts = {band: Count("pk", filter=_band_q(*limits)) for band, limits in bands.items()}
        return self.alias(member_total=MEMBER_TOTAL).aggregate(**counts)


def _active_first():
    """The directory's first sort key (clusterportal.directory.filters): active clusters
    before inactive, merged and announced ones. Spelt as the query spells it, so that
    PostgreSQL matches the index expression."""
    return Case(When(life_status=LifeStatus.ACTIVE, then=Value(0)), default=Value(1))


def _name_in(first: str, second: str):
    """The name as a page shows it: in language ``first``, else ``second`` (the ordering
    expression of core.listing.translated("name"), for an index)."""
    return Coalesce(
        NullIf(F(f"name_{first}"), Value(""), output_field=CharField()),
        NullIf(F(f"name_{second}"), Value(""), output_field=CharField()),
        output_field=CharField(),
    )


class Cluster(ContentModel):
    name = models.CharField(_("name"), max_length=200)
    acronym = models.CharField(_("acronym"), max_length=40, blank=True)
    slug = models.SlugField(_("slug"), max_length=120, db_index=False)
    description = models.TextField(_("description"), blank=True)
    country = CountryField(_("country"))
    city = models.CharField(_("city"), max_length=100, blank=True)
    region = models.CharField(_("region"), max_length=100, blank=True)
    founded_year = models.IntegerField(
        _("founding year"), null=True, blank=True, validators=year_validators()
    )
    coordinator = models.CharField(_("coordinating organisation"), max_length=250, blank=True)
    website = models.URLField(_("website"), blank=True)
    email = models.EmailField(
        _("organisation e-mail"),
        blank=True,
        help_text=_("A general address of the organisation, never a person's."),
    )
    phone = models.CharField(_("organisation phone"), max_length=40, blank=True)
    logo, logo_width, logo_height = logo_fields("logos/clusters/")
    members_sme = models.IntegerField(
        _("SME members"), null=True, blank=True, validators=[MinValueValidator(0)]
    )
    members_large = models.IntegerField(
        _("large company members"), null=True, blank=True, validators=[MinValueValidator(0)]
    )
    members_research = models.IntegerField(
        _("research and education members"),
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    members_other = models.IntegerField(
        _("other members"),
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
        help_text=_("Members not split by kind go here when only a total is known."),
    )
    employees = models.IntegerField(
        _("employees in member organisations"),
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    figures_year = models.IntegerField(
        _("figures as of year"),
        null=True,
        blank=True,
        validators=year_validators(),
        help_text=_("The year the member counts and employees refer to."),
    )
    figures_source = models.CharField(
        _("figures source"),
        max_length=300,
        blank=True,
        help_text=_("Where the member counts come from (URL or reference)."),
    )
    maturity = models.CharField(
        _("maturity level"),
        max_length=12,
        choices=Maturity.choices,
        blank=True,
        help_text=_("For Lithuanian clusters: level under the 2020 national cluster concept."),
    )
    sectors = models.ManyToManyField(
        Sector, verbose_name=_("sectors"), related_name="clusters", blank=True
    )
    offers = models.TextField(_("what it offers partners"), blank=True)
    seeks = models.TextField(_("partners it seeks"), blank=True)
    eccp_url = models.URLField(
        _("ECCP profile"),
        blank=True,
        help_text=_("Profile on the European Cluster Collaboration Platform."),
    )
    life_status = models.CharField(
        _("life status"),
        max_length=10,
        choices=LifeStatus.choices,
        default=LifeStatus.ACTIVE,
        help_text=_("Active unless a source says it stopped, merged or was only announced."),
    )
    last_evidence_year = models.IntegerField(
        _("latest public evidence"),
        null=True,
        blank=True,
        validators=year_validators(),
        help_text=_("The year of the latest dated public source showing the cluster at work."),
    )
    merged_into = models.ForeignKey(
        "self",
        verbose_name=_("merged into"),
        related_name="merged_from",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        # Indexed by ``cluster_merged_from_idx`` (merged_into first), in Meta.indexes.
        db_index=False,
        help_text=_("The cluster this one became part of (life status “merged”)."),
    )
    other_names = models.TextField(
        _("other names"),
        blank=True,
        help_text=_("Other names the cluster is known by in the sources, one per line."),
    )

    objects = ClusterQuerySet.as_manager()

    class Meta:
        verbose_name = _("cluster")
        verbose_name_plural = _("clusters")
        ordering = ["name"]
        constraints = [
            # Profile URLs are /clusters/<slug>/.
            models.UniqueConstraint(fields=["slug"], name="cluster_slug_unique"),
            models.CheckConstraint(
                condition=year_range_q("founded_year"), name="cluster_founded_year_range"
            ),
            models.CheckConstraint(
                condition=year_range_q("figures_year"), name="cluster_figures_year_range"
            ),
            models.CheckConstraint(
                condition=(
                    (Q(members_sme__gte=0) | Q(members_sme__isnull=True))
                    & (Q(members_large__gte=0) | Q(members_large__isnull=True))
                    & (Q(members_research__gte=0) | Q(members_research__isnull=True))
                    & (Q(members_other__gte=0) | Q(members_other__isnull=True))
                    & (Q(employees__gte=0) | Q(employees__isnull=True))
                ),
                name="cluster_counts_not_negative",
            ),
            # "Last public evidence: YEAR" on the profile must be a plausible year.
            models.CheckConstraint(
                condition=year_range_q("last_evidence_year"),
                name="cluster_last_evidence_year_range",
            ),
            # A "merged into" link is only meaningful for a merged cluster; the profile
            # shows it as "merged into …" and the target lists it as "merged from …".
            models.CheckConstraint(
                condition=Q(merged_into__isnull=True) | Q(life_status=LifeStatus.MERGED),
                name="cluster_merged_into_needs_merged_status",
            ),
            # A cluster cannot merge into itself (the profile would link to itself).
            models.CheckConstraint(
                condition=Q(merged_into__isnull=True) | ~Q(merged_into=F("id")),
                name="cluster_not_merged_into_itself",
            ),
        ]
        indexes = [
            # The directory lists published clusters filtered by country (and sorted by
            # country: ORDER BY country, …).
            models.Index(fields=["status", "country"], name="cluster_status_country_idx"),
            # The directory's default order, one index per language (the name in the
            # visitor's language first): ORDER BY active first, real first, name, pk
            # LIMIT 24 is read from the index instead of sorting every published cluster.
            *[
                models.Index(
                    _active_first(),
                    F("is_demo"),
                    _name_in(first, second),
                    F("id"),
                    condition=Q(status="published"),
                    name=f"cluster_list_order_{first}_idx",
                )
                for first, second in (("lt", "en"), ("en", "lt"))
            ],
            # The directory sorted by name (?sort=name): real first, name, pk.
            *[
                models.Index(
                    F("is_demo"),
                    _name_in(first, second),
                    F("id"),
                    condition=Q(status="published"),
                    name=f"cluster_name_order_{first}_idx",
                )
                for first, second in (("lt", "en"), ("en", "lt"))
            ],
            # ?sort=founded (ORDER BY founded_year NULLS LAST, …) and ?sort=updated
            # (ORDER BY updated_at DESC, …): the first page read from the index.
            models.Index(
                fields=["founded_year"],
                condition=Q(status="published"),
                name="cluster_founded_idx",
            ),
            models.Index(
                fields=["-updated_at"], condition=Q(status="published"), name="cluster_updated_idx"
            ),
            # A profile's "merged from" list: WHERE merged_into_id = ? AND status =
            # 'published'. Without statistics SQLite would read it through
            # cluster_status_country_idx (every published cluster); this one names both
            # terms. Leading with merged_into, it also serves the foreign key.
            models.Index(fields=["merged_into", "status"], name="cluster_merged_from_idx"),
            # The consortium builder's shortlist: WHERE status = 'published' AND slug IN
            # (…); the unique slug index alone loses to the status index in SQLite's plan
            # when the table has no statistics.
            models.Index(fields=["slug", "status"], name="cluster_slug_status_idx"),
            # ?life=inactive|merged|announced: the few clusters that are not active.
            models.Index(
                fields=["life_status"],
                condition=Q(status="published"),
                name="cluster_life_status_idx",
            ),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("clusters:cluster-detail", kwargs={"slug": self.slug})

    def clean(self):
        super().clean()
        if self.merged_into_id is not None:
            if self.pk is not None and self.merged_into_id == self.pk:
                raise ValidationError(
                    {"merged_into": _("A cluster cannot be merged into itself.")}
                )
            if self.life_status != LifeStatus.MERGED:
                raise ValidationError(
                    {
                        "life_status": _(
                            "Set the life status to “merged” when the cluster was merged "
                            "into another one."
                        )
                    }
                )

    def public_merged_into(self):
        """The published cluster this one merged into, or None (the profile's link)."""
        target = self.merged_into
        return target if target is not None and target.is_published else None

    def public_merged_from(self) -> list:
        """Published clusters that merged into this one, by name (the profile's links)."""
        return list(self.merged_from.published().order_by("name", "pk"))

    @property
    def other_name_list(self) -> list[str]:
        return [line.strip() for line in self.other_names.splitlines() if line.strip()]

    @property
    def member_total(self) -> int | None:
        counts = [
            self.members_sme,
            self.members_large,
            self.members_research,
            self.members_other,
        ]
        known = [c for c in counts if c is not None]
        return sum(known) if known else None

    def profile_completeness(self) -> int:
        """How much of the profile partners look for is filled in, in percent.

        Uses prefetched sectors (``for_list``) when there are any.
        """
        return percent_filled(
            [
                self.description_lt,
                self.description_en,
                self.website,
                self.email,
                self.city,
                self.founded_year is not None,
                self.coordinator,
                self.sectors.all(),
                self.member_total is not None,
                self.employees is not None,
                self.offers_lt or self.offers_en,
                self.logo,
            ]
        )

    def latest_label(self):
        """The most recently awarded ESCA label, or None (uses prefetched labels)."""
        return next(iter(self.labels.all()), None)

    def current_label(self):
        """The highest ESCA label whose stated expiry has not passed, or None.

        A label whose expiry the sources do not give is history, not a current label.
        """
        valid = [label for label in self.labels.all() if label.is_valid()]
        order = list(LabelLevel.values)
        return max(valid, key=lambda label: order.index(label.level), default=None)


class Label(models.Model):
    """An ESCA cluster-management label a cluster was awarded (its label history)."""

    cluster = models.ForeignKey(
        Cluster, verbose_name=_("cluster"), related_name="labels", on_delete=models.CASCADE
    )
    level = models.CharField(_("level"), max_length=6, choices=LabelLevel.choices)
    awarded_year = models.IntegerField(
        _("year awarded"),
        null=True,
        blank=True,
        validators=year_validators(),
        help_text=_("Leave empty when the sources do not give the year."),
    )
    valid_until = models.DateField(_("valid until"), null=True, blank=True)
    source = models.CharField(_("source"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("ESCA label")
        verbose_name_plural = _("ESCA labels")
        ordering = ["-awarded_year", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=year_range_q("awarded_year"), name="label_awarded_year_range"
            ),
            # One award of a level per year and cluster.
            models.UniqueConstraint(
                fields=["cluster", "level", "awarded_year"], name="label_unique_award"
            ),
        ]

    def __str__(self):
        year = self.awarded_year or "?"
        return f"{self.get_level_display()} ({year})"

    def clean(self):
        if self.valid_until and self.awarded_year and self.valid_until.year < self.awarded_year:
            raise ValidationError(
                {"valid_until": _("A label cannot expire before the year it was awarded.")}
            )

    def is_valid(self, on=None) -> bool:
        """Whether the label is known to hold on ``on`` (default today)."""
        return self.valid_until is not None and self.valid_until >= (on or today())

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator
from django.db import models
from django.db.models import (
    Case,
    Count,
    F,
    IntegerField,
    OuterRef,
    Q,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from clusters.models import Cluster
from core.content import (
    ContentModel,
    ContentQuerySet,
    DatePrecision,
    SourcedModel,
    SourcedQuerySet,
    check_date_order,
    published_q,
    today,
    year_range_q,
    year_validators,
)
from core.listing import translated

AMOUNT = {"max_digits": 14, "decimal_places": 2, "null": True, "blank": True}


class Generation(models.TextChoices):
    """The EU budget period an action belongs to, so today's lines stand apart from past ones.

    An action funded from one period's money but run in the next (the 2022–2024 COSME
    cluster partnerships) belongs to the period of its money.
    """

    PERIOD_2007_2013 = "2007-2013", _("2007–2013")
    PERIOD_2014_2020 = "2014-2020", _("2014–2020")
    PERIOD_2021_2027 = "2021-2027", _("2021–2027")
    PERIOD_2028_2034 = "2028-2034", _("2028–2034 (proposed)")


class EligibleArea(models.TextChoices):
    """Where a consortium's partners may come from, as the call names it.

    A named group stands for a list that changes with association agreements, so it is
    not spelled out as codes; a programme area (Interreg, a national measure) is a fixed
    list and is given in ``Action.eligible_countries``.
    """

    NOT_STATED = "", _("Not stated by the sources")
    EU = "eu", _("EU member states")
    EU_ASSOCIATED = (
        "eu_associated",
        _("EU member states and countries associated to the programme"),
    )
    LISTED = "listed", _("The countries listed")


class Programme(SourcedModel):
    name = models.CharField(_("name"), max_length=250)
    acronym = models.CharField(_("acronym"), max_length=40, blank=True)
    slug = models.SlugField(_("slug"), max_length=120, db_index=False)
    start_year = models.IntegerField(
        _("period start"), null=True, blank=True, validators=year_validators()
    )
    end_year = models.IntegerField(
        _("period end"), null=True, blank=True, validators=year_validators()
    )
    managing_body = models.CharField(_("managing body"), max_length=250, blank=True)
    legal_basis = models.CharField(_("legal basis"), max_length=250, blank=True)
    link = models.URLField(_("link"), blank=True)
    description = models.TextField(_("description"), blank=True)

    class Meta:
        verbose_name = _("programme")
        verbose_name_plural = _("programmes")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["slug"], name="programme_slug_unique"),
            models.CheckConstraint(
                condition=year_range_q("start_year") & year_range_q("end_year"),
                name="programme_years_range",
            ),
            models.CheckConstraint(
                condition=Q(start_year__isnull=True)
                | Q(end_year__isnull=True)
                | Q(end_year__gte=F("start_year")),
                name="programme_years_in_order",
            ),
        ]

    def __str__(self):
        return self.acronym or self.name

    def get_absolute_url(self):
        return reverse("programmes:programme-detail", kwargs={"slug": self.slug})

    def clean(self):
        check_date_order(
            self.start_year,
            self.end_year,
            end_field="end_year",
            message=_("The period cannot end before it starts."),
        )

    @property
    def period(self) -> str:
        if self.start_year and self.end_year:
            return f"{self.start_year}–{self.end_year}"
        return str(self.start_year or self.end_year or "")


class Action(SourcedModel):
    """A funding line of a programme, with its consortium rule."""

    programme = models.ForeignKey(
        Programme, verbose_name=_("programme"), related_name="actions", on_delete=models.PROTECT
    )
    name = models.CharField(_("name"), max_length=250)
    acronym = models.CharField(_("acronym"), max_length=40, blank=True)
    slug = models.SlugField(_("slug"), max_length=120, db_index=False)
    objective = models.TextField(_("objective"), blank=True)
    min_partners = models.PositiveSmallIntegerField(_("minimum partners"), null=True, blank=True)
    min_countries = models.PositiveSmallIntegerField(_("minimum countries"), null=True, blank=True)
    min_regions = models.PositiveSmallIntegerField(
        _("minimum regions"),
        null=True,
        blank=True,
        help_text=_("Partners must sit in at least this many different regions (I3)."),
    )
    min_less_developed_regions = models.PositiveSmallIntegerField(
        _("minimum partners in less developed regions"),
        null=True,
        blank=True,
        help_text=_("Of them, at least this many in different less developed regions."),
    )
    eligible_area = models.CharField(
        _("eligible countries"),
        max_length=20,
        choices=EligibleArea.choices,
        blank=True,
        default=EligibleArea.NOT_STATED,
    )
    eligible_countries = CountryField(
        _("listed countries"),
        multiple=True,
        blank=True,
        help_text=_("For a programme area: the countries whose organisations may take part."),
    )
    lead_rule = models.TextField(
        _("who may lead"),
        blank=True,
        help_text=_("Who may coordinate or apply, as the sources state it; empty when unknown."),
    )
    generation = models.CharField(
        _("funding period"),
        max_length=9,
        choices=Generation.choices,
        blank=True,
        help_text=_("The EU budget period whose money the action spends."),
    )
    rule_unverified = models.TextField(
        _("what the sources do not say"),
        blank=True,
        help_text=_("Parts of the rule no source confirmed; shown beside the rule."),
    )
    consortium_rule = models.TextField(
        _("consortium rule in words"),
        blank=True,
        help_text=_("The rule as the call states it, including what numbers cannot say."),
    )
    grant_min = models.DecimalField(_("typical grant from (EUR)"), **AMOUNT)
    grant_max = models.DecimalField(_("typical grant up to (EUR)"), **AMOUNT)
    funding_rate = models.PositiveSmallIntegerField(
        _("co-funding rate (%)"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(100)],
    )
    link = models.URLField(_("link"), blank=True)

    class Meta:
        verbose_name = _("action")
        verbose_name_plural = _("actions")
        ordering = ["programme__name", "name"]
        constraints = [
            # Partner search addresses an action by slug (?action=<slug>).
            models.UniqueConstraint(fields=["slug"], name="action_slug_unique"),
            models.CheckConstraint(
                condition=Q(grant_min__isnull=True)
                | Q(grant_max__isnull=True)
                | Q(grant_max__gte=F("grant_min")),
                name="action_grant_range_in_order",
            ),
            models.CheckConstraint(
                condition=Q(grant_min__gte=0) | Q(grant_min__isnull=True),
                name="action_grant_min_not_negative",
            ),
            models.CheckConstraint(
                condition=Q(funding_rate__lte=100) | Q(funding_rate__isnull=True),
                name="action_funding_rate_max_100",
            ),
            # The consortium builder counts countries among partners: more countries than
            # partners would be a rule no consortium can meet.
            models.CheckConstraint(
                condition=Q(min_partners__isnull=True)
                | Q(min_countries__isnull=True)
                | Q(min_countries__lte=F("min_partners")),
                name="action_countries_within_partners",
            ),
            # Each country holds at least one region, and the less developed regions are
            # some of the regions.
            models.CheckConstraint(
                condition=(
                    Q(min_regions__isnull=True)
                    | Q(min_countries__isnull=True)
                    | Q(min_regions__gte=F("min_countries"))
                )
                & (
                    Q(min_less_developed_regions__isnull=True)
                    | Q(min_regions__isnull=True)
                    | Q(min_less_developed_regions__lte=F("min_regions"))
                ),
                name="action_region_minimums_in_order",
            ),
            # "The countries listed" with no list would let the builder accept anyone.
            models.CheckConstraint(
                condition=~Q(eligible_area=EligibleArea.LISTED) | ~Q(eligible_countries=""),
                name="action_listed_area_has_countries",
            ),
        ]
        indexes = [
            # The programmes page and the consortium builder list today's actions first.
            models.Index(fields=["generation"], name="action_generation_idx"),
        ]

    def __str__(self):
        return self.acronym or self.name

    def get_absolute_url(self):
        return self.programme.get_absolute_url() + f"#action-{self.slug}"

    def clean(self):
        check_date_order(
            self.grant_min,
            self.grant_max,
            end_field="grant_max",
            message=_("The upper grant cannot be below the lower one."),
        )
        errors = {}
        if (
            self.min_partners is not None
            and self.min_countries is not None
            and self.min_countries > self.min_partners
        ):
            errors["min_countries"] = _("A consortium cannot span more countries than partners.")
        if (
            self.min_regions is not None
            and self.min_countries is not None
            and self.min_regions < self.min_countries
        ):
            errors["min_regions"] = _("Each country holds at least one region.")
        if (
            self.min_less_developed_regions is not None
            and self.min_regions is not None
            and self.min_less_developed_regions > self.min_regions
        ):
            errors["min_less_developed_regions"] = _(
                "The less developed regions are counted among the regions."
            )
        if self.eligible_area == EligibleArea.LISTED and not self.eligible_countries:
            errors["eligible_countries"] = _("List the countries, or choose another option.")
        if errors:
            raise ValidationError(errors)

    @property
    def is_current(self) -> bool:
        """Whether the action spends today's (2021–2027) money."""
        return self.generation == Generation.PERIOD_2021_2027


class CallStatus(models.TextChoices):
    UPCOMING = "upcoming", _("Upcoming")
    OPEN = "open", _("Open")
    CLOSED = "closed", _("Closed")
    UNKNOWN = "unknown", _("Dates not known")


# A call's last deadline as the database computes it (see ``Call.last_deadline``): the
# second stage's when there is one.
LAST_DEADLINE = Coalesce("second_deadline", "deadline")


class CallQuerySet(SourcedQuerySet):
    """Call status is derived from the dates, never stored (``Call.status`` is the same
    rule for one call)."""

    def with_last_deadline(self):
        return self.alias(last_deadline_at=LAST_DEADLINE)

    def upcoming(self):
        return self.filter(opens__gt=today())

    def open(self):
        now = today()
        return (
            self.with_last_deadline()
            .filter(Q(opens__lte=now) | Q(opens__isnull=True))
            .filter(last_deadline_at__gte=now)
        )

    def closed(self):
        now = today()
        return self.with_last_deadline().filter(
            Q(last_deadline_at__lt=now) | Q(last_deadline_at__isnull=True, year__lt=now.year)
        )

    def open_first(self):
        """Open calls (nearest deadline first), then upcoming, then those whose dates are
        not known, then closed ones (latest first)."""
        now = today()
        rank = Case(
            When(opens__gt=now, then=Value(1)),
            When(last_deadline_at__gte=now, then=Value(0)),
            When(
                Q(last_deadline_at__lt=now) | Q(last_deadline_at__isnull=True, year__lt=now.year),
                then=Value(3),
            ),
            default=Value(2),
            output_field=IntegerField(),
        )
        return (
            self.annotate(last_deadline_at=LAST_DEADLINE)
            .annotate(status_rank=rank)
            .order_by(
                "status_rank",
                Case(When(status_rank__lte=1, then=F("last_deadline_at"))).asc(nulls_last=True),
                F("last_deadline_at").desc(nulls_last=True),
                F("year").desc(nulls_last=True),
                "identifier",
            )
        )

    def for_list(self):
        return self.select_related("action__programme")


class Call(SourcedModel):
    action = models.ForeignKey(
        Action, verbose_name=_("action"), related_name="calls", on_delete=models.PROTECT
    )
    identifier = models.CharField(_("identifier"), max_length=80)
    title = models.CharField(_("title"), max_length=300, blank=True)
    year = models.IntegerField(
        _("year"),
        null=True,
        blank=True,
        validators=year_validators(),
        help_text=_("The call's year, for calls whose dates are not known."),
    )
    published_on = models.DateField(
        _("published"),
        null=True,
        blank=True,
        help_text=_(
            "When the call or its document was published. Not the opening date: a call "
            "may be announced weeks before it accepts applications."
        ),
    )
    opens = models.DateField(
        _("opens"),
        null=True,
        blank=True,
        help_text=_("When applications may first be submitted; empty when no source says."),
    )
    deadline = models.DateField(_("deadline"), null=True, blank=True)
    second_deadline = models.DateField(
        _("second-stage deadline"),
        null=True,
        blank=True,
        help_text=_("For two-stage calls: the deadline of the second stage."),
    )
    budget = models.DecimalField(_("budget (EUR)"), **AMOUNT)
    max_grant = models.DecimalField(_("maximum grant per project (EUR)"), **AMOUNT)
    expected_projects = models.PositiveSmallIntegerField(
        _("projects expected"), null=True, blank=True
    )
    link = models.URLField(_("link"), blank=True)
    note = models.TextField(_("note"), blank=True)

    objects = CallQuerySet.as_manager()

    class Meta:
        verbose_name = _("call")
        verbose_name_plural = _("calls")
        ordering = ["-deadline", "-year", "identifier"]
        constraints = [
            models.UniqueConstraint(fields=["identifier"], name="call_identifier_unique"),
            models.CheckConstraint(condition=year_range_q("year"), name="call_year_range"),
            models.CheckConstraint(
                condition=Q(opens__isnull=True)
                | Q(deadline__isnull=True)
                | Q(deadline__gte=F("opens")),
                name="call_dates_in_order",
            ),
            models.CheckConstraint(
                condition=Q(deadline__isnull=True)
                | Q(second_deadline__isnull=True)
                | Q(second_deadline__gte=F("deadline")),
                name="call_deadlines_in_order",
            ),
            # A call is published before (or when) it opens, never after.
            models.CheckConstraint(
                condition=Q(published_on__isnull=True)
                | Q(opens__isnull=True)
                | Q(opens__gte=F("published_on")),
                name="call_published_before_opening",
            ),
            models.CheckConstraint(
                condition=(Q(budget__gte=0) | Q(budget__isnull=True))
                & (Q(max_grant__gte=0) | Q(max_grant__isnull=True)),
                name="call_amounts_not_negative",
            ),
        ]
        indexes = [
            # The calls page sorts and filters by deadline.
            models.Index(fields=["deadline"], name="call_deadline_idx"),
        ]

    def __str__(self):
        return self.identifier

    def get_absolute_url(self):
        return reverse("programmes:call-list") + f"#call-{self.pk}"

    def clean(self):
        check_date_order(
            self.published_on,
            self.opens,
            end_field="opens",
            message=_("A call cannot open before it is published."),
        )
        check_date_order(
            self.opens,
            self.deadline,
            end_field="deadline",
            message=_("The deadline cannot come before the call opens."),
        )
        check_date_order(
            self.deadline,
            self.second_deadline,
            end_field="second_deadline",
            message=_("The second-stage deadline cannot come before the first."),
        )

    @property
    def last_deadline(self):
        return self.second_deadline or self.deadline

    @property
    def status(self) -> str:
        now = today()
        if self.opens and self.opens > now:
            return CallStatus.UPCOMING
        if self.last_deadline:
            return CallStatus.OPEN if self.last_deadline >= now else CallStatus.CLOSED
        if self.year and self.year < now.year:
            return CallStatus.CLOSED
        return CallStatus.UNKNOWN

    def get_status_display(self) -> str:
        return CallStatus(self.status).label


class ProjectQuerySet(ContentQuerySet):
    def for_list(self):
        return self.select_related("action__programme", "call")

    def with_participants(self):
        return self.prefetch_related("participations__cluster")

    def running(self):
        """Projects between their start and end dates (both known)."""
        now = today()
        return self.filter(start_date__lte=now, end_date__gte=now)

    def ended(self):
        return self.filter(end_date__lt=today())

    def with_partner_count(self):
        """Annotated with ``partner_count``: the project's visible participants.

        A correlated subquery rather than a join with GROUP BY: grouping by every column
        of the project row made the project list grow slow with the data.
        """
        visible = (
            Participation.objects.published()
            .filter(project=OuterRef("pk"))
            .order_by()
            .values("project")
            .annotate(n=Count("pk"))
            .values("n")
        )
        return self.annotate(
            partner_count=Coalesce(Subquery(visible, output_field=IntegerField()), Value(0))
        )

    def with_participant_in(self, code: str):
        """Projects with a visible participant from country ``code``."""
        participants = Participation.objects.published().with_country()
        return self.filter(
            pk__in=participants.filter(participant_country=code).values("project_id")
        )

    def newest_first(self):
        return self.order_by(F("start_date").desc(nulls_last=True), translated("title"), "pk")


class Project(ContentModel):
    title = models.CharField(_("title"), max_length=300)
    acronym = models.CharField(_("acronym"), max_length=60, blank=True)
    slug = models.SlugField(_("slug"), max_length=120, db_index=False)
    action = models.ForeignKey(
        Action,
        verbose_name=_("action"),
        related_name="projects",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
    )
    call = models.ForeignKey(
        Call,
        verbose_name=_("call"),
        related_name="projects",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
    )
    call_inferred = models.BooleanField(
        _("call inferred"),
        default=False,
        help_text=_("On when the sources do not name the call and it was inferred."),
    )
    start_date = models.DateField(_("start"), null=True, blank=True)
    end_date = models.DateField(_("end"), null=True, blank=True)
    date_precision = models.CharField(
        _("date precision"),
        max_length=5,
        choices=DatePrecision.choices,
        default=DatePrecision.DAY,
    )
    duration_months = models.PositiveSmallIntegerField(
        _("duration (months)"), null=True, blank=True
    )
    budget_total = models.DecimalField(_("total budget (EUR)"), **AMOUNT)
    eu_contribution = models.DecimalField(_("EU contribution (EUR)"), **AMOUNT)
    website = models.URLField(_("website"), blank=True)
    description = models.TextField(_("description"), blank=True)
    grant_agreement = models.CharField(_("grant agreement number"), max_length=40, blank=True)
    project_number = models.CharField(_("project number"), max_length=60, blank=True)
    eccp_url = models.URLField(_("ECCP page"), blank=True)
    clusters = models.ManyToManyField(
        Cluster,
        verbose_name=_("participating clusters"),
        through="Participation",
        related_name="projects",
        blank=True,
    )

    objects = ProjectQuerySet.as_manager()

    class Meta:
        verbose_name = _("project")
        verbose_name_plural = _("projects")
        ordering = ["-start_date", "title"]
        constraints = [
            models.UniqueConstraint(fields=["slug"], name="project_slug_unique"),
            models.CheckConstraint(
                condition=Q(end_date__isnull=True)
                | Q(start_date__isnull=True)
                | Q(end_date__gte=F("start_date")),
                name="project_dates_in_order",
            ),
            models.CheckConstraint(
                condition=(Q(budget_total__gte=0) | Q(budget_total__isnull=True))
                & (Q(eu_contribution__gte=0) | Q(eu_contribution__isnull=True)),
                name="project_amounts_not_negative",
            ),
            models.CheckConstraint(
                condition=Q(budget_total__isnull=True)
                | Q(eu_contribution__isnull=True)
                | Q(eu_contribution__lte=F("budget_total")),
                name="project_eu_share_within_budget",
            ),
        ]
        indexes = [
            # Project lists filter by action and sort by start.
            models.Index(fields=["status", "start_date"], name="project_status_start_idx"),
        ]

    def __str__(self):
        return self.acronym or self.title

    def get_absolute_url(self):
        return reverse("programmes:project-detail", kwargs={"slug": self.slug})

    def clean(self):
        check_date_order(
            self.start_date,
            self.end_date,
            end_field="end_date",
            message=_("The project cannot end before it starts."),
        )
        if (
            self.budget_total is not None
            and self.eu_contribution is not None
            and self.eu_contribution > self.budget_total
        ):
            raise ValidationError(
                {"eu_contribution": _("The EU contribution cannot exceed the total budget.")}
            )
        if self.call_id and self.action_id and self.call.action_id != self.action_id:
            raise ValidationError({"call": _("This call belongs to another action.")})


class Role(models.TextChoices):
    COORDINATOR = "coordinator", _("Coordinator")
    PARTNER = "partner", _("Partner")
    ASSOCIATED = "associated", _("Associated partner")


class ParticipationQuerySet(models.QuerySet):
    def published(self):
        """What the public may see: participations in published projects, of published
        clusters or of named organisations (a draft cluster stays out of sight)."""
        return self.filter(
            published_q("project"), Q(cluster__isnull=True) | published_q("cluster")
        )

    def of_clusters(self):
        return self.filter(cluster__isnull=False)

    def with_country(self):
        """Annotated with ``participant_country``: its cluster's, or the organisation's."""
        return self.annotate(
            participant_country=Case(
                When(cluster__isnull=False, then=F("cluster__country")),
                default=F("organisation_country"),
            )
        )

    def projects_per_country(self) -> dict[str, int]:
        """country code → how many distinct projects have a participant from it."""
        return dict(
            self.with_country()
            .order_by()
            .values("participant_country")
            .annotate(n=Count("project", distinct=True))
            .values_list("participant_country", "n")
        )

    def projects_per_cluster(self):
        """An expression for a cluster queryset: how many of these participations' projects
        each cluster takes part in (0 when none)."""
        counted = (
            self.filter(cluster=OuterRef("pk"))
            .order_by()
            .values("cluster")
            .annotate(n=Count("project", distinct=True))
            .values("n")
        )
        return Coalesce(Subquery(counted, output_field=IntegerField()), Value(0))


class Participation(models.Model):
    """A participant of a project: a cluster of the directory, or another organisation."""

    project = models.ForeignKey(
        Project,
        verbose_name=_("project"),
        related_name="participations",
        on_delete=models.CASCADE,
    )
    cluster = models.ForeignKey(
        Cluster,
        verbose_name=_("cluster"),
        related_name="participations",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        # Served by participation_cluster_idx, which starts with the cluster.
        db_index=False,
    )
    organisation = models.CharField(
        _("other organisation"),
        max_length=250,
        blank=True,
        help_text=_("A participant that is not a cluster (a university, an agency…)."),
    )
    organisation_country = CountryField(_("organisation's country"), blank=True)
    role = models.CharField(_("role"), max_length=12, choices=Role.choices, default=Role.PARTNER)
    note = models.CharField(
        _("note"),
        max_length=250,
        blank=True,
        help_text=_("For example: represented by its coordinating organisation."),
    )

    objects = ParticipationQuerySet.as_manager()

    class Meta:
        verbose_name = _("participation")
        verbose_name_plural = _("participations")
        ordering = ["role", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["project", "cluster"], name="participation_unique_cluster"
            ),
            models.UniqueConstraint(
                fields=["project"],
                condition=Q(role="coordinator"),
                name="participation_one_coordinator",
            ),
            # Either a cluster of the directory, or a named organisation with a country.
            models.CheckConstraint(
                condition=(Q(cluster__isnull=False) & Q(organisation=""))
                | (Q(cluster__isnull=True) & ~Q(organisation="") & ~Q(organisation_country="")),
                name="participation_cluster_or_organisation",
            ),
        ]
        indexes = [
            # A cluster's projects without reading the table: the directory's project
            # count per cluster (?sort=projects, every list card), its "has EU projects"
            # and programme filters (EXISTS … WHERE cluster_id = … AND project_id …), and
            # a cluster page's projects. Also the foreign key's own index.
            models.Index(fields=["cluster", "project"], name="participation_cluster_idx"),
        ]

    def __str__(self):
        return f"{self.participant_name} — {self.project} ({self.get_role_display()})"

    def clean(self):
        if self.cluster_id and self.organisation:
            raise ValidationError(_("Choose a cluster or name another organisation, not both."))
        if not self.cluster_id and not (self.organisation and self.organisation_country):
            raise ValidationError(_("Choose a cluster, or name the organisation and its country."))

    @property
    def participant_name(self) -> str:
        return self.cluster.name if self.cluster_id else self.organisation

    @property
    def country(self):
        return self.cluster.country if self.cluster_id else self.organisation_country


class Report(SourcedModel):
    """A published study, such as an EOCIC progress report."""

    title = models.CharField(_("title"), max_length=300)
    slug = models.SlugField(_("slug"), max_length=120, db_index=False)
    code = models.CharField(
        _("code or contract"), max_length=80, blank=True, help_text=_("E.g. EASME/COSME/2016/035.")
    )
    publisher = models.CharField(_("publisher"), max_length=250, blank=True)
    year = models.IntegerField(_("year"), null=True, blank=True, validators=year_validators())
    link = models.URLField(_("link"), blank=True)
    description = models.TextField(_("description"), blank=True)
    actions = models.ManyToManyField(
        Action, verbose_name=_("related actions"), related_name="reports", blank=True
    )

    class Meta:
        verbose_name = _("report")
        verbose_name_plural = _("reports")
        ordering = ["-year", "title"]
        constraints = [
            models.UniqueConstraint(fields=["slug"], name="report_slug_unique"),
            models.CheckConstraint(condition=year_range_q("year"), name="report_year_range"),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("programmes:programme-list") + f"#report-{self.slug}"

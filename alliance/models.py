from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models, transaction
from django.db.models import Case, Count, F, Q, Value, When
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from clusters.models import Cluster, Sector
from core.content import (
    ContentModel,
    ContentQuerySet,
    DatePrecision,
    check_date_order,
    percent_filled,
    published_q,
    today,
    year_range_q,
    year_validators,
)
from core.images import logo_fields


class AssociationKind(models.TextChoices):
    NATIONAL = "national", _("National cluster association")
    ALLIANCE = "alliance", _("European alliance of associations")
    NETWORK = "network", _("Cross-border cluster network")


class AssociationQuerySet(ContentQuerySet):
    def eca_members(self):
        return self.filter(eca_member=True)

    def for_list(self):
        return self.prefetch_related("sectors")

    def with_member_count(self):
        """Annotated with ``member_count``: how many published clusters are its members."""
        return self.annotate(
            member_count=Count("memberships", filter=published_q("memberships__cluster"))
        )


class Association(ContentModel):
    name = models.CharField(_("name"), max_length=250)
    acronym = models.CharField(_("acronym"), max_length=40, blank=True)
    slug = models.SlugField(_("slug"), max_length=120, db_index=False)
    kind = models.CharField(
        _("kind"), max_length=10, choices=AssociationKind.choices, default=AssociationKind.NATIONAL
    )
    description = models.TextField(_("description"), blank=True)
    country = CountryField(
        _("country"), blank=True, help_text=_("Empty for a European-level alliance.")
    )
    city = models.CharField(_("city"), max_length=100, blank=True)
    website = models.URLField(_("website"), blank=True)
    logo, logo_width, logo_height = logo_fields("logos/associations/")
    founded_year = models.IntegerField(
        _("founding year"), null=True, blank=True, validators=year_validators()
    )
    eca_member = models.BooleanField(_("member of the European Clusters Alliance"), default=False)
    eca_member_since = models.IntegerField(
        _("ECA member since (year)"),
        null=True,
        blank=True,
        validators=year_validators(),
        help_text=_("Leave empty when the year of joining is not known."),
    )
    eca_role = models.TextField(
        _("role in the Alliance"),
        blank=True,
        help_text=_("For example: signed the Warsaw Declaration (2019)."),
    )
    sectors = models.ManyToManyField(
        Sector, verbose_name=_("sectors"), related_name="associations", blank=True
    )
    members = models.ManyToManyField(
        Cluster,
        verbose_name=_("member clusters"),
        through="Membership",
        related_name="associations",
        blank=True,
    )
    eccp_url = models.URLField(_("ECCP profile"), blank=True)

    objects = AssociationQuerySet.as_manager()

    class Meta:
        verbose_name = _("association")
        verbose_name_plural = _("associations")
        ordering = ["name"]
        constraints = [
            # Association pages are /associations/<slug>/.
            models.UniqueConstraint(fields=["slug"], name="association_slug_unique"),
            models.CheckConstraint(
                condition=year_range_q("founded_year"), name="association_founded_year_range"
            ),
            models.CheckConstraint(
                condition=year_range_q("eca_member_since"),
                name="association_eca_since_year_range",
            ),
            # A joining year only makes sense for a member.
            models.CheckConstraint(
                condition=Q(eca_member=True) | Q(eca_member_since__isnull=True),
                name="association_eca_since_needs_member",
            ),
            # An association joins the Alliance once it exists.
            models.CheckConstraint(
                condition=Q(founded_year__isnull=True)
                | Q(eca_member_since__isnull=True)
                | Q(eca_member_since__gte=F("founded_year")),
                name="association_eca_since_after_founding",
            ),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("alliance:association-detail", kwargs={"slug": self.slug})

    def profile_completeness(self) -> int:
        """How much of the association's profile is filled in, in percent.

        Uses prefetched sectors (``for_list``) when there are any.
        """
        return percent_filled(
            [
                self.description_lt,
                self.description_en,
                self.website,
                self.city,
                self.founded_year is not None,
                self.sectors.all(),
                self.logo,
                self.eccp_url,
            ]
        )

    def clean(self):
        if self.eca_member_since and not self.eca_member:
            raise ValidationError(
                {"eca_member_since": _("Only a member of the Alliance has a joining year.")}
            )
        if (
            self.eca_member_since
            and self.founded_year
            and self.eca_member_since < self.founded_year
        ):
            raise ValidationError(
                {
                    "eca_member_since": _(
                        "An association cannot join the Alliance before it was founded."
                    )
                }
            )


class MembershipQuerySet(models.QuerySet):
    def published(self):
        """Memberships the public may see: of a published cluster in a published association."""
        return self.filter(published_q("cluster"), published_q("association"))


class Membership(models.Model):
    """A cluster's membership of an association; a cluster may belong to several."""

    association = models.ForeignKey(
        Association,
        verbose_name=_("association"),
        related_name="memberships",
        on_delete=models.CASCADE,
    )
    cluster = models.ForeignKey(
        Cluster, verbose_name=_("cluster"), related_name="memberships", on_delete=models.CASCADE
    )
    founding_member = models.BooleanField(_("founding member"), default=False)
    since_year = models.IntegerField(
        _("member since (year)"), null=True, blank=True, validators=year_validators()
    )
    source = models.CharField(_("source"), max_length=300, blank=True)

    objects = MembershipQuerySet.as_manager()

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        constraints = [
            models.UniqueConstraint(
                fields=["association", "cluster"], name="membership_unique_pair"
            ),
            models.CheckConstraint(
                condition=year_range_q("since_year"), name="membership_since_year_range"
            ),
        ]

    def __str__(self):
        return f"{self.cluster} — {self.association}"


class FigureKind(models.TextChoices):
    MEMBER_CLUSTERS = "member_clusters", _("Member clusters")
    COMPANIES = "companies", _("Companies")
    EMPLOYEES = "employees", _("Employees")
    SMES = "smes", _("SMEs")
    LARGE_COMPANIES = "large_companies", _("Large companies")
    RESEARCH_BODIES = "research_bodies", _("Research and education bodies")
    GOLD_LABELS = "gold_labels", _("Gold-labelled clusters")
    SILVER_LABELS = "silver_labels", _("Silver-labelled clusters")
    BRONZE_LABELS = "bronze_labels", _("Bronze-labelled clusters")


class FigureQualifier(models.TextChoices):
    EXACT = "exact", _("exactly")
    ABOUT = "about", _("about")
    MORE_THAN = "more_than", _("more than")


class FigureSourceKind(models.TextChoices):
    TALK = "talk", _("The talk (2019)")
    PUBLIC = "public", _("Public source")


class AssociationFigure(models.Model):
    """A figure an association declares, with where it comes from and as of when.

    The same figure may be held more than once: as the talk gave it and as a public
    source gives it, each with its own year.
    """

    association = models.ForeignKey(
        Association,
        verbose_name=_("association"),
        related_name="figures",
        on_delete=models.CASCADE,
    )
    kind = models.CharField(_("figure"), max_length=20, choices=FigureKind.choices)
    value = models.IntegerField(_("value"), validators=[MinValueValidator(0)])
    qualifier = models.CharField(
        _("precision"),
        max_length=10,
        choices=FigureQualifier.choices,
        default=FigureQualifier.EXACT,
    )
    as_of_year = models.IntegerField(
        _("as of year"), null=True, blank=True, validators=year_validators()
    )
    source_kind = models.CharField(
        _("kind of source"), max_length=6, choices=FigureSourceKind.choices
    )
    source = models.CharField(
        _("source"), max_length=300, blank=True, help_text=_("URL or reference.")
    )
    verified = models.BooleanField(
        _("confirmed by a public source"),
        default=False,
        help_text=_("Off for a figure only the talk gives, or one a public source contradicts."),
    )
    note = models.CharField(_("note"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("declared figure")
        verbose_name_plural = _("declared figures")
        ordering = ["kind", "-as_of_year"]
        constraints = [
            models.CheckConstraint(condition=Q(value__gte=0), name="figure_value_not_negative"),
            models.CheckConstraint(
                condition=year_range_q("as_of_year"), name="figure_as_of_year_range"
            ),
            models.UniqueConstraint(
                fields=["association", "kind", "source_kind", "as_of_year"],
                name="figure_unique_per_source_year",
            ),
        ]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.value}"


class EventKind(models.TextChoices):
    FORUM = "forum", _("Forum")
    CONFERENCE = "conference", _("Conference")
    TRAINING = "training", _("Training")
    STUDY_VISIT = "study_visit", _("Study visit")
    MATCHMAKING = "matchmaking", _("Matchmaking")
    HACKATHON = "hackathon", _("Hackathon")
    MEETING = "meeting", _("Project meeting")


def upcoming_q() -> Q:
    """The time rule of events: not yet over; an event without a known date never is."""
    now = today()
    return Q(end_date__gte=now) | Q(end_date__isnull=True, start_date__gte=now)


class EventQuerySet(ContentQuerySet):
    def upcoming(self):
        return self.filter(upcoming_q())

    def past(self):
        return self.exclude(upcoming_q())

    def for_list(self):
        return self.select_related("organiser")

    def upcoming_first(self):
        """Upcoming events soonest first, then past ones latest first, undated ones last."""
        upcoming = upcoming_q()
        return self.annotate(
            is_upcoming=Case(When(upcoming, then=Value(1)), default=Value(0)),
            upcoming_start=Case(When(upcoming, then=F("start_date"))),
            past_start=Case(When(~upcoming, then=F("start_date"))),
        ).order_by(
            "-is_upcoming",
            F("upcoming_start").asc(nulls_last=True),
            F("past_start").desc(nulls_last=True),
            "title",
            "pk",
        )


class Event(ContentModel):
    title = models.CharField(_("title"), max_length=250)
    slug = models.SlugField(_("slug"), max_length=140, db_index=False)
    kind = models.CharField(_("kind"), max_length=12, choices=EventKind.choices)
    description = models.TextField(_("description"), blank=True)
    city = models.CharField(_("city"), max_length=100, blank=True)
    country = CountryField(_("country"), blank=True)
    start_date = models.DateField(_("start"), null=True, blank=True)
    end_date = models.DateField(_("end"), null=True, blank=True)
    date_precision = models.CharField(
        _("date precision"),
        max_length=5,
        choices=DatePrecision.choices,
        default=DatePrecision.DAY,
        help_text=_("How much of the start date is known; the rest is not shown."),
    )
    date_note = models.CharField(
        _("date note"),
        max_length=200,
        blank=True,
        help_text=_("Shown when the date is not known exactly, e.g. “2016 or later”."),
    )
    organiser = models.ForeignKey(
        Association,
        verbose_name=_("organiser"),
        related_name="events",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
    )
    organiser_name = models.CharField(
        _("other organiser"),
        max_length=200,
        blank=True,
        help_text=_("When the organiser is not an association in the directory."),
    )
    clusters = models.ManyToManyField(
        Cluster, verbose_name=_("participating clusters"), related_name="events", blank=True
    )
    link = models.URLField(_("link"), blank=True)

    objects = EventQuerySet.as_manager()

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")
        ordering = ["-start_date", "title"]
        constraints = [
            models.UniqueConstraint(fields=["slug"], name="event_slug_unique"),
            models.CheckConstraint(
                condition=Q(end_date__isnull=True)
                | Q(start_date__isnull=True)
                | Q(end_date__gte=models.F("start_date")),
                name="event_dates_in_order",
            ),
            # An end date without a start date cannot be shown sensibly.
            models.CheckConstraint(
                condition=Q(end_date__isnull=True) | Q(start_date__isnull=False),
                name="event_end_needs_start",
            ),
        ]
        indexes = [
            # The events page lists upcoming published events by date.
            models.Index(fields=["status", "start_date"], name="event_status_start_idx"),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("alliance:event-detail", kwargs={"slug": self.slug})

    def clean(self):
        check_date_order(
            self.start_date,
            self.end_date,
            end_field="end_date",
            message=_("The event cannot end before it starts."),
        )
        if self.end_date and not self.start_date:
            raise ValidationError({"start_date": _("Give the start date too.")})


class Editor(models.Model):
    """Ties a staff account to the one association whose data it edits."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        related_name="editor",
        on_delete=models.CASCADE,
    )
    association = models.ForeignKey(
        Association,
        verbose_name=_("association"),
        related_name="editors",
        on_delete=models.CASCADE,
    )

    class Meta:
        verbose_name = _("editor")
        verbose_name_plural = _("editors")

    def __str__(self):
        return f"{self.user} ({self.association})"


class RequestStatus(models.TextChoices):
    PENDING = "pending", _("Pending")
    APPROVED = "approved", _("Approved")
    DECLINED = "declined", _("Declined")


class MembershipRequestQuerySet(models.QuerySet):
    def pending(self):
        return self.filter(status=RequestStatus.PENDING)


class MembershipRequest(models.Model):
    """An association editor's request to add an existing cluster, not yet theirs, to
    their association; a portal editor approves it (the membership is made) or declines.
    """

    association = models.ForeignKey(
        Association,
        verbose_name=_("association"),
        related_name="membership_requests",
        on_delete=models.CASCADE,
    )
    cluster = models.ForeignKey(
        Cluster,
        verbose_name=_("cluster"),
        related_name="membership_requests",
        on_delete=models.CASCADE,
    )
    note = models.TextField(
        _("note"),
        blank=True,
        help_text=_("For the portal's editors: why the cluster belongs to the association."),
    )
    status = models.CharField(
        _("request status"),
        max_length=10,
        choices=RequestStatus.choices,
        default=RequestStatus.PENDING,
    )
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("requested by"),
        related_name="+",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        related_name="+",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
    )
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    created_at = models.DateTimeField(_("requested at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = MembershipRequestQuerySet.as_manager()

    class Meta:
        verbose_name = _("membership request")
        verbose_name_plural = _("membership requests")
        ordering = ["-created_at", "-pk"]
        constraints = [
            # One open request per association and cluster: the portal editors decide each
            # pair once (the pending list, the approve action); decided ones may repeat.
            models.UniqueConstraint(
                fields=["association", "cluster"],
                condition=Q(status="pending"),
                name="membership_request_one_pending",
                violation_error_message=_(
                    "This association has already asked to add this cluster."
                ),
            ),
        ]

    def __str__(self):
        return f"{self.cluster} → {self.association}"

    def clean(self):
        if self.association_id is None or self.cluster_id is None:
            return
        if self.status != RequestStatus.PENDING:
            return
        if Membership.objects.filter(
            association_id=self.association_id, cluster_id=self.cluster_id
        ).exists():
            raise ValidationError({"cluster": _("The cluster is already a member.")})
        others = MembershipRequest.objects.pending().filter(
            association_id=self.association_id, cluster_id=self.cluster_id
        )
        if others.exclude(pk=self.pk).exists():
            raise ValidationError(
                {"cluster": _("This association has already asked to add this cluster.")}
            )

    @property
    def is_pending(self) -> bool:
        return self.status == RequestStatus.PENDING

    def approve(self, user) -> Membership:
        """Make the membership (public at once for a published cluster) and close the
        request; both in the history as ``user``'s change."""
        with transaction.atomic():
            membership = Membership.objects.filter(
                association_id=self.association_id, cluster_id=self.cluster_id
            ).first()
            if membership is None:
                membership = Membership(association=self.association, cluster=self.cluster)
                membership._history_user = user
                membership.save()
            self._decide(RequestStatus.APPROVED, user)
        return membership

    def decline(self, user) -> None:
        self._decide(RequestStatus.DECLINED, user)

    def _decide(self, status: str, user) -> None:
        self.status = status
        self.decided_by = user
        self.decided_at = timezone.now()
        self._history_user = user
        self.save(update_fields=["status", "decided_by", "decided_at", "updated_at"])

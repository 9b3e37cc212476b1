"""A consortium shortlist, read from the URL, and its check against a call's rule.

The shortlist lives in the query string (``?action=<slug>&cluster=<slug>&cluster=…``) so
that it can be bookmarked and shared; the first cluster is the applicant. What cannot be
part of it (an unknown, repeated, draft or demo slug; more than ``MAX_CLUSTERS``) is left
out with a note, never an error.

The verdict is a list of checks, each met or not with what is missing in words: the
action's formal rule from its data (minimum partners, minimum countries, and any other
condition the action holds), or, without an action, the talk's practical advice — an
international application needs clusters from at least ``ADVISED_FOREIGN_COUNTRIES``
foreign countries.
"""

import re
from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext, ngettext_lazy

from clusters.models import Cluster
from programmes.models import Action, EligibleArea, Participation

MAX_CLUSTERS = 30
# A page quotes at most this many of the values it left out.
MAX_NOTES = 10
# What a slug can be; anything else (control characters, NUL) names nothing and is never
# sent to the database.
SLUG = re.compile(r"^[-a-zA-Z0-9_]{1,120}$")


def shown(value: str) -> str:
    """A value from the URL as a note may quote it: printable and short."""
    return "".join(char for char in value if char.isprintable())[:80]


# The talk: "a consortium of clusters from at least 4–5 foreign countries".
ADVISED_FOREIGN_COUNTRIES = 4


@dataclass
class Shortlist:
    """The clusters of a consortium in the order given (the first is the applicant)."""

    clusters: list
    action: object | None
    ignored: list[str] = field(default_factory=list)

    @property
    def applicant(self):
        return self.clusters[0] if self.clusters else None

    @property
    def slugs(self) -> list[str]:
        return [cluster.slug for cluster in self.clusters]

    @property
    def countries(self) -> list:
        """The countries covered, the applicant's first, each once."""
        seen = {}
        for cluster in self.clusters:
            seen.setdefault(cluster.country.code, cluster.country)
        return list(seen.values())

    @property
    def foreign_countries(self) -> list:
        """Countries covered other than the applicant's."""
        if self.applicant is None:
            return []
        home = self.applicant.country.code
        return [country for country in self.countries if country.code != home]


def read_shortlist(query, *, clusters=None) -> Shortlist:
    """The shortlist a query string (a ``QueryDict``) asks for.

    ``clusters`` is the queryset clusters are looked up in (published, real ones by
    default). Each slug that cannot be used is named in ``ignored`` with the reason.
    """
    ignored = []
    action = None
    action_slug = query.get("action", "").strip()
    if action_slug:
        if SLUG.match(action_slug):
            action = Action.objects.select_related("programme").filter(slug=action_slug).first()
        if action is None:
            ignored.append(_("There is no action “%(slug)s”.") % {"slug": shown(action_slug)})

    wanted = []
    for slug in query.getlist("cluster"):
        slug = slug.strip()
        if not slug:
            continue
        if not SLUG.match(slug):
            ignored.append(_("There is no published cluster “%(slug)s”.") % {"slug": shown(slug)})
            continue
        if slug in wanted:
            ignored.append(_("“%(slug)s” was listed twice: kept once.") % {"slug": slug})
            continue
        wanted.append(slug)
    if len(wanted) > MAX_CLUSTERS:
        ignored.append(
            ngettext(
                "A shortlist holds at most %(max)d clusters: %(count)d more was left out.",
                "A shortlist holds at most %(max)d clusters: %(count)d more were left out.",
                len(wanted) - MAX_CLUSTERS,
            )
            % {"max": MAX_CLUSTERS, "count": len(wanted) - MAX_CLUSTERS}
        )
        wanted = wanted[:MAX_CLUSTERS]

    if clusters is None:
        clusters = Cluster.objects.published()
    project_count = Participation.objects.published().of_clusters().projects_per_cluster()
    rows = clusters.for_list().filter(slug__in=wanted).annotate(project_count=project_count)
    found = {cluster.slug: cluster for cluster in rows}
    chosen = []
    for slug in wanted:
        cluster = found.get(slug)
        if cluster is None:
            # A draft cluster is as unknown as a misspelt one: nothing is revealed.
            ignored.append(_("There is no published cluster “%(slug)s”.") % {"slug": slug})
        elif cluster.is_demo:
            ignored.append(
                _("“%(name)s” is demo data and cannot be part of a real consortium.")
                % {"name": cluster.name}
            )
        else:
            chosen.append(cluster)
    if len(ignored) > MAX_NOTES:
        more = len(ignored) - MAX_NOTES
        ignored = ignored[:MAX_NOTES] + [
            ngettext("…and %(count)d more.", "…and %(count)d more.", more) % {"count": more}
        ]
    return Shortlist(chosen, action, ignored)


@dataclass(frozen=True)
class Check:
    """One condition of a rule: what it asks, whether the shortlist meets it, and what
    is missing when it does not."""

    rule: str
    met: bool
    missing: str = ""
    # A condition the portal cannot decide from its data (regions, association to a
    # programme): shown as something to confirm, never counted for or against.
    to_confirm: bool = False
    # A minimum number of partners or countries (the part of a rule about its size).
    counted: bool = False


# What each rule asks and what is missing, in words (the plural follows "count").
PARTNERS_RULE = ngettext_lazy(
    "at least %(count)d partner in the consortium",
    "at least %(count)d partners in the consortium",
    "count",
)
PARTNERS_MISSING = ngettext_lazy("%(count)d more partner", "%(count)d more partners", "count")
COUNTRIES_RULE = ngettext_lazy(
    "partners from at least %(count)d country",
    "partners from at least %(count)d countries",
    "count",
)
COUNTRIES_MISSING = ngettext_lazy("%(count)d more country", "%(count)d more countries", "count")
FOREIGN_RULE = ngettext_lazy(
    "clusters from at least %(count)d foreign country",
    "clusters from at least %(count)d foreign countries",
    "count",
)
FOREIGN_MISSING = ngettext_lazy(
    "%(count)d more foreign country", "%(count)d more foreign countries", "count"
)


def count_check(have: int, minimum: int, rule, missing) -> Check:
    """A rule "at least ``minimum``" met by ``have``; ``rule`` and ``missing`` are the
    words, with ``%(count)d`` for the minimum and for what is short."""
    short = minimum - have
    return Check(
        str(rule % {"count": minimum}), short <= 0, str(missing % {"count": short}), counted=True
    )


def partner_check(shortlist: Shortlist, minimum: int) -> Check:
    return count_check(len(shortlist.clusters), minimum, PARTNERS_RULE, PARTNERS_MISSING)


def country_check(shortlist: Shortlist, minimum: int) -> Check:
    return count_check(len(shortlist.countries), minimum, COUNTRIES_RULE, COUNTRIES_MISSING)


def foreign_check(shortlist: Shortlist, minimum: int) -> Check:
    """The talk's advice: partners from ``minimum`` countries other than the applicant's."""
    check = count_check(len(shortlist.foreign_countries), minimum, FOREIGN_RULE, FOREIGN_MISSING)
    if not shortlist.foreign_countries and shortlist.applicant is not None:
        missing = _("no partner outside %(country)s yet (the applicant's country)") % {
            "country": shortlist.applicant.country.name
        }
        check = Check(check.rule, check.met, missing, counted=True)
    return check


# The member states of the European Union (ISO 3166 alpha-2), for rules that name them.
EU_MEMBER_STATES = frozenset(
    [
        "AT",
        "BE",
        "BG",
        "HR",
        "CY",
        "CZ",
        "DK",
        "EE",
        "FI",
        "FR",
        "DE",
        "GR",
        "HU",
        "IE",
        "IT",
        "LV",
        "LT",
        "LU",
        "MT",
        "NL",
        "PL",
        "PT",
        "RO",
        "SK",
        "SI",
        "ES",
        "SE",
    ]
)


def area_check(shortlist: Shortlist, action) -> Check | None:
    """Whether every partner comes from where the action's rule allows."""
    area = action.eligible_area
    if area == EligibleArea.LISTED:
        allowed = {country.code for country in action.eligible_countries}
        outside = [c for c in shortlist.countries if c.code not in allowed]
        return Check(
            _("partners only from the programme area (%(countries)s)")
            % {"countries": ", ".join(sorted(str(c.name) for c in action.eligible_countries))},
            not outside,
            _("partners from outside the programme area: %(countries)s")
            % {"countries": ", ".join(str(c.name) for c in outside)},
        )
    if area in (EligibleArea.EU, EligibleArea.EU_ASSOCIATED):
        outside = [c for c in shortlist.countries if c.code not in EU_MEMBER_STATES]
        if area == EligibleArea.EU or not outside:
            return Check(
                str(EligibleArea(area).label),
                not outside,
                _("partners from outside the EU: %(countries)s")
                % {"countries": ", ".join(str(c.name) for c in outside)},
            )
        return Check(
            str(EligibleArea(area).label),
            True,
            _("confirm that %(countries)s is associated to the programme")
            % {"countries": ", ".join(str(c.name) for c in outside)},
            to_confirm=True,
        )
    return None


def rule_checks(shortlist: Shortlist) -> list[Check]:
    """The chosen action's formal rule, from its data; [] without an action or when its
    data holds no rule. Regions are not known to the portal: a regional minimum is a
    condition to confirm."""
    action = shortlist.action
    if action is None:
        return []
    checks = []
    if action.min_partners:
        checks.append(partner_check(shortlist, action.min_partners))
    if action.min_countries:
        checks.append(country_check(shortlist, action.min_countries))
    area = area_check(shortlist, action)
    if area is not None:
        checks.append(area)
    if action.min_regions:
        checks.append(
            Check(
                ngettext(
                    "partners from at least %(count)d region",
                    "partners from at least %(count)d regions",
                    action.min_regions,
                )
                % {"count": action.min_regions},
                True,
                _("the portal does not know the partners' regions: confirm them"),
                to_confirm=True,
            )
        )
    return checks


def advice_checks(shortlist: Shortlist) -> list[Check]:
    return [foreign_check(shortlist, ADVISED_FOREIGN_COUNTRIES)]


@dataclass(frozen=True)
class Verdict:
    eligible: bool
    checks: list[Check]
    missing: list[str]
    judged_by: str  # "rule", "advice", "rule and advice" or "empty"


def verdict(shortlist: Shortlist) -> Verdict:
    """Whether the shortlist meets the action's rule (or, without a rule, the advice)."""
    if not shortlist.clusters:
        return Verdict(False, [], [_("no cluster on the shortlist yet")], "empty")
    checks = rule_checks(shortlist)
    judged_by = "rule"
    if not any(check.counted for check in checks):
        # A rule that says nothing of the consortium's size: the advice says it.
        checks = [*checks, *advice_checks(shortlist)]
        judged_by = "rule and advice" if checks[:-1] else "advice"
    missing = [check.missing for check in checks if not check.met and not check.to_confirm]
    return Verdict(not missing, checks, missing, judged_by)

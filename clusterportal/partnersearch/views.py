"""``/<lang>/partner-search/``: build a consortium, check it against a call's rule, find
partners for the countries still missing, download the partners' contacts."""

import csv

from django.db.models import Prefetch
from django.http import HttpResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.generic import TemplateView

from alliance.models import Association, Membership
from clusterportal.partners import best_per_country, in_partner_order
from clusterportal.partnersearch import consortium, state
from clusters.models import Cluster
from core import datacache
from core.bulk import FORMULA_STARTS
from core.listing import name_key, translated
from programmes.models import Action, Call, CallStatus, Generation

SUGGESTIONS_SHOWN = 10
# At most this many suggestions from one country, so that several countries are offered.
SUGGESTIONS_PER_COUNTRY = 2
CSV_COLUMNS = (
    "name",
    "country",
    "city",
    "website",
    "email",
    "phone",
    "introduced_by",
    "introduced_by_website",
    "profile_url",
)


def builder_url(action_slug: str, slugs: list[str]) -> str:
    """The builder's address for this action and shortlist (the shareable state)."""
    query = [("action", action_slug)] if action_slug else []
    query += [("cluster", slug) for slug in slugs]
    base = reverse("partnersearch:builder")
    return f"{base}?{urlencode(query)}" if query else base


CURRENT, PROPOSED, EARLIER = "current", "proposed", "earlier"


def action_period(action, year: int) -> str:
    """Whether an action is today's, a proposal for the next budget period, or past."""
    if action.generation == Generation.PERIOD_2021_2027:
        return CURRENT
    if action.generation == Generation.PERIOD_2028_2034:
        return PROPOSED
    if action.generation:
        return EARLIER
    end = action.programme.end_year  # no period given: the programme's tells
    return CURRENT if end is None or end >= year else EARLIER


def action_choices() -> dict[str, list[dict]]:
    """Every action by period (today's, proposed, earlier), each with its next or latest
    call."""
    year = timezone.localdate().year
    actions = Action.objects.select_related("programme").prefetch_related(
        Prefetch("calls", queryset=Call.objects.open_first(), to_attr="calls_in_order")
    )
    groups = {CURRENT: [], PROPOSED: [], EARLIER: []}
    for action in sorted(actions, key=lambda a: (name_key(a.programme), name_key(a))):
        call = next(iter(action.calls_in_order), None)
        groups[action_period(action, year)].append(
            {"action": action, "call": call, "call_note": call_note(call)}
        )
    return groups


def call_note(call) -> str:
    """When the call is (or was) open, in a few words: "open until 2027-01-15"."""
    if call is None:
        return ""
    if call.status == CallStatus.OPEN:
        return _("open until %(date)s") % {"date": call.last_deadline.isoformat()}
    if call.status == CallStatus.UPCOMING:
        return _("opens %(date)s") % {"date": call.opens.isoformat()}
    if call.last_deadline:
        return _("last deadline %(date)s") % {"date": call.last_deadline.isoformat()}
    return call.identifier


def suggestions(shortlist: consortium.Shortlist) -> list:
    """Clusters from countries not yet covered that share the shortlist's sectors, best
    partners first, at most ``SUGGESTIONS_PER_COUNTRY`` from one country.

    The candidates come from the data cache's ranking per sector (``best_per_country``):
    a request reads the ``SUGGESTIONS_SHOWN`` chosen rows only, whatever the data's size.
    """
    sector_ids = {sector.pk for cluster in shortlist.clusters for sector in cluster.sectors.all()}
    if not sector_ids:
        return []
    covered = {country.code for country in shortlist.countries}
    listed = {cluster.pk for cluster in shortlist.clusters}
    best = best_per_country(SUGGESTIONS_PER_COUNTRY)
    candidates = sorted({row for sector_id in sector_ids for row in best.get(sector_id, [])})
    chosen, per_country = [], {}
    for _rank, pk, code in candidates:
        if code in covered or pk in listed:
            continue
        if per_country.get(code, 0) < SUGGESTIONS_PER_COUNTRY:
            per_country[code] = per_country.get(code, 0) + 1
            chosen.append(pk)
        if len(chosen) == SUGGESTIONS_SHOWN:
            break
    if not chosen:
        return []
    rows = in_partner_order(Cluster.objects.published().filter(pk__in=chosen))
    by_pk = {cluster.pk: cluster for cluster in rows}
    return [by_pk[pk] for pk in chosen if pk in by_pk]


def national_associations() -> dict[str, int]:
    """country code → the pk of the Alliance member that can introduce partners there:
    a real association before demo ones, then the first by name. From the data cache
    (one row per country, however many associations there are)."""

    def compute():
        national = {}
        members = (
            Association.objects.published()
            .eca_members()
            .exclude(country="")
            .order_by("country", "is_demo", translated("name"), "pk")
        )
        for pk, code in members.values_list("pk", "country"):
            national.setdefault(code, pk)
        return national

    return datacache.cached("partnersearch:national", compute)


def associations_to_ask(shortlist: consortium.Shortlist) -> list:
    """For each country not yet covered, the Alliance member that can introduce partners."""
    covered = {country.code for country in shortlist.countries}
    wanted = [pk for code, pk in national_associations().items() if code not in covered]
    members = Association.objects.published().filter(pk__in=wanted)
    return sorted(members, key=lambda association: name_key(association.country.name))


def introducer(cluster, national: dict):
    """The association that can introduce ``cluster``: one it belongs to, else the
    Alliance member of its country (None when neither is known)."""
    for membership in cluster.public_memberships:
        return membership.association
    return national.get(cluster.country.code)


def safe_cell(value) -> str:
    """A CSV cell a spreadsheet will not run as a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


class PartnerSearchView(TemplateView):
    template_name = "partnersearch/builder.html"

    def get(self, request, *args, **kwargs):
        self.shortlist = consortium.read_shortlist(request.GET)
        if request.GET.get("format") == "csv":
            return self.csv_response()
        response = super().get(request, *args, **kwargs)
        # The page opened is the shortlist being built: other pages' links extend it.
        state.remember(request, response, self.shortlist.slugs)
        return response

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        shortlist = self.shortlist
        action_slug = shortlist.action.slug if shortlist.action else ""
        slugs = shortlist.slugs
        rows = []
        for index, cluster in enumerate(shortlist.clusters):
            others = slugs[:index] + slugs[index + 1 :]
            rows.append(
                {
                    "cluster": cluster,
                    "is_applicant": index == 0,
                    "remove_url": builder_url(action_slug, others),
                    "applicant_url": builder_url(action_slug, [cluster.slug, *others]),
                }
            )
        offered = [
            {"cluster": cluster, "add_url": builder_url(action_slug, [*slugs, cluster.slug])}
            for cluster in suggestions(shortlist)
        ]
        context.update(
            shortlist=shortlist,
            rows=rows,
            actions=action_choices(),
            verdict=consortium.verdict(shortlist),
            rule_checks=consortium.rule_checks(shortlist),
            advice_checks=consortium.advice_checks(shortlist) if shortlist.clusters else [],
            advised_foreign=consortium.ADVISED_FOREIGN_COUNTRIES,
            suggestions=offered,
            associations=associations_to_ask(shortlist) if shortlist.clusters else [],
            csv_url=builder_url(action_slug, slugs) + "&format=csv" if slugs else "",
            share_url=builder_url(action_slug, slugs),
            # The header counts this shortlist, not the one the request's cookie held.
            shortlist_slugs=slugs,
            directory_url=reverse("clusters:cluster-list"),
        )
        return context

    def csv_response(self) -> HttpResponse:
        """The shortlist's organisation contacts, one row per cluster (never a person's)."""
        clusters = self.shortlist.clusters
        memberships = Membership.objects.published().select_related("association")
        memberships = memberships.order_by(translated("association__name"), "pk")
        with_memberships = Cluster.objects.filter(
            pk__in=[c.pk for c in clusters]
        ).prefetch_related(
            Prefetch("memberships", queryset=memberships, to_attr="public_memberships")
        )
        by_pk = {cluster.pk: cluster for cluster in with_memberships}
        national = {
            association.country.code: association
            for association in Association.objects.published().filter(
                pk__in=national_associations().values()
            )
        }
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="consortium-shortlist.csv"'
        writer = csv.writer(response)
        writer.writerow(CSV_COLUMNS)
        for cluster in clusters:
            association = introducer(by_pk[cluster.pk], national)
            writer.writerow(
                safe_cell(value)
                for value in (
                    cluster.name,
                    cluster.country.code,
                    cluster.city,
                    cluster.website,
                    cluster.email,
                    cluster.phone,
                    association.name if association else "",
                    association.website if association else "",
                    self.request.build_absolute_uri(cluster.get_absolute_url()),
                )
            )
        return response

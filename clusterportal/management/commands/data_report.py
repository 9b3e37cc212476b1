"""``manage.py data_report``: how complete the real data is, per model and field, and per
country for clusters; the same figures as the staff page ``/admin/data-report/``."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import translation
from django.utils.translation import gettext as _

from clusterportal import datareport


def table(headers: list[str], rows: list[list]) -> list[str]:
    """Plain-text table lines: the first column left-aligned, the others right-aligned."""
    cells = [[str(cell) for cell in row] for row in [headers, *rows]]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]

    def line(row):
        first, *rest = row
        return "  ".join(
            [first.ljust(widths[0])]
            + [cell.rjust(w) for cell, w in zip(rest, widths[1:], strict=True)]
        ).rstrip()

    rule = "  ".join("-" * width for width in widths)
    return [line(cells[0]), rule, *(line(row) for row in cells[1:])]


def share(count: int | None, total: int) -> str:
    if count is None:
        return "—"
    percent = round(100 * count / total) if total else 0
    return f"{count} ({percent} %)"


class Command(BaseCommand):
    help = (
        "Print how complete the real data is: for each model, how many records fill each "
        "field; for clusters, per country, how many have a website, sectors, a description, "
        "an organisation contact and recent public evidence."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--language",
            default=settings.LANGUAGE_CODE,
            help="Language of the report: lt (default) or en.",
        )

    def handle(self, *args, language: str, **options):
        if language not in {code for code, _name in settings.LANGUAGES}:
            raise CommandError(f"Unknown language “{language}”: use lt or en.")
        with translation.override(language):
            report = datareport.build()
            for line in self.lines(report):
                self.stdout.write(line)

    def lines(self, report: dict) -> list[str]:
        out = [_("Completeness of the real data"), ""]
        for model in report["models"]:
            out.append(f"{model.label.capitalize()}: {model.total}")
            out += table(
                [_("Field"), _("Filled"), _("Share")],
                [[field.label, field.filled, f"{field.percent} %"] for field in model.fields],
            )
            out.append("")
        out.append(_("Clusters by country"))
        rows = [*report["countries"], report["country_total"]]
        out += table(
            [
                _("Country"),
                _("Clusters"),
                _("Website"),
                _("Sectors"),
                _("Description"),
                _("Contact"),
                _("Evidence since %(year)s") % {"year": report["recent_since"]},
            ],
            [
                [
                    row.name,
                    row.total,
                    share(row.website, row.total),
                    share(row.sectors, row.total),
                    share(row.description, row.total),
                    share(row.contact, row.total),
                    share(row.recent_evidence, row.total),
                ]
                for row in rows
            ],
        )
        if not report["evidence_known"]:
            out += ["", _("Clusters do not record the year of their latest public evidence yet.")]
        return out

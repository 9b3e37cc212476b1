"""``/<lang>/statistics/``: clusters by country, sector and label, the associations' declared
figures, projects by programme, action and year, Lithuanian clusters in EU projects, and
a map of Europe; every chart is drawn on the server and paired with a table."""

from django.utils.translation import gettext
from django.views.generic import TemplateView

from clusterportal.statistics import charts, numbers


class StatisticsView(TemplateView):
    template_name = "statistics/overview.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        stats = numbers.overview()
        lithuania = stats["lithuania"]
        context.update(
            stats=stats,
            map=charts.europe_map(stats["by_country"]),
            country_chart=charts.bar_chart(stats["by_country"]),
            sector_chart=charts.bar_chart(stats["by_sector"]),
            label_chart=charts.bar_chart(stats["by_label"]["levels"]),
            programme_chart=charts.bar_chart(stats["by_programme"]),
            year_chart=charts.bar_chart(
                [
                    {"name": row["year"] or gettext("Not known"), "count": row["count"]}
                    for row in stats["by_year"]
                ]
            ),
            lithuania_chart=charts.bar_chart(lithuania["by_programme"], value="projects"),
        )
        return context

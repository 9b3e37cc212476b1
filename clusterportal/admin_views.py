"""Staff pages inside the admin that combine apps."""

from django.contrib import admin
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from clusterportal import datareport


@admin.site.admin_view
def data_report(request):
    """The completeness report of ``manage.py data_report``, for signed-in staff.

    ``admin_view`` sends anyone else to the admin login, as for every admin page.
    """
    context = {
        **admin.site.each_context(request),
        "title": _("Data completeness"),
        **datareport.build(),
    }
    return TemplateResponse(request, "admin/data_report.html", context)

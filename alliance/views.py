from django.views.generic import DetailView, ListView

from alliance.models import Association, Event


class AssociationListView(ListView):
    template_name = "alliance/association_list.html"
    paginate_by = 50

    def get_queryset(self):
        return Association.objects.published().for_list()


class AssociationDetailView(DetailView):
    template_name = "alliance/association_detail.html"

    def get_queryset(self):
        return Association.objects.published().prefetch_related("figures")


class EventListView(ListView):
    template_name = "alliance/event_list.html"
    paginate_by = 50

    def get_queryset(self):
        return Event.objects.published().for_list()


class EventDetailView(DetailView):
    template_name = "alliance/event_detail.html"

    def get_queryset(self):
        return Event.objects.published().for_list()

from django.views.generic import DetailView, ListView

from programmes.models import Call, Programme, Project


class ProgrammeListView(ListView):
    template_name = "programmes/programme_list.html"

    def get_queryset(self):
        return Programme.objects.prefetch_related("actions")


class ProgrammeDetailView(DetailView):
    template_name = "programmes/programme_detail.html"

    def get_queryset(self):
        return Programme.objects.prefetch_related("actions__calls")


class ProjectListView(ListView):
    template_name = "programmes/project_list.html"
    paginate_by = 50

    def get_queryset(self):
        return Project.objects.published().for_list()


class ProjectDetailView(DetailView):
    template_name = "programmes/project_detail.html"

    def get_queryset(self):
        return Project.objects.published().for_list().with_participants()


class CallListView(ListView):
    template_name = "programmes/call_list.html"
    paginate_by = 50

    def get_queryset(self):
        return Call.objects.for_list()

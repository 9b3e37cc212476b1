from modeltranslation.translator import TranslationOptions, register

from clusterportal.history import register_history
from clusters.models import Cluster, Label, Sector


@register(Sector)
class SectorTranslation(TranslationOptions):
    fields = ("name",)
    required_languages = ("lt",)


@register(Cluster)
class ClusterTranslation(TranslationOptions):
    fields = ("name", "description", "offers", "seeks")
    required_languages = ("lt",)


register_history(Sector, Cluster, Label)

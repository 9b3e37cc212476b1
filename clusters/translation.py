from modeltranslation.translator import TranslationOptions, register

from clusters.models import Cluster, Label, Sector
from core.history import register_history


@register(Sector)
class SectorTranslation(TranslationOptions):
    fields = ("name",)
    required_languages = ("lt",)


@register(Cluster)
class ClusterTranslation(TranslationOptions):
    fields = ("name", "description", "offers", "seeks", "city", "coordinator")
    required_languages = ("lt",)


register_history(Sector, Cluster, Label)

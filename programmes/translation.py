from modeltranslation.translator import TranslationOptions, register

from core.history import register_history
from programmes.models import Action, Call, Participation, Programme, Project, Report


@register(Programme)
class ProgrammeTranslation(TranslationOptions):
    fields = ("name", "description")
    required_languages = ("lt",)


@register(Action)
class ActionTranslation(TranslationOptions):
    fields = ("name", "objective", "consortium_rule")
    required_languages = ("lt",)


@register(Call)
class CallTranslation(TranslationOptions):
    fields = ("title", "note")


@register(Project)
class ProjectTranslation(TranslationOptions):
    fields = ("title", "description")
    required_languages = ("lt",)


@register(Participation)
class ParticipationTranslation(TranslationOptions):
    fields = ("note",)


@register(Report)
class ReportTranslation(TranslationOptions):
    fields = ("title", "description")
    required_languages = ("lt",)


register_history(Programme, Action, Call, Project, Participation, Report)

from modeltranslation.translator import TranslationOptions, register

from core.history import register_history
from programmes.models import Action, Call, Participation, Programme, Project, Report


@register(Programme)
class ProgrammeTranslation(TranslationOptions):
    fields = ("name", "description", "managing_body")
    required_languages = {"lt": ("name", "description")}


@register(Action)
class ActionTranslation(TranslationOptions):
    fields = ("name", "objective", "consortium_rule", "lead_rule", "rule_unverified")
    required_languages = {"lt": ("name", "objective", "consortium_rule")}


@register(Call)
class CallTranslation(TranslationOptions):
    fields = ("title", "note")


@register(Project)
class ProjectTranslation(TranslationOptions):
    fields = ("title", "description")
    required_languages = ("lt",)


@register(Participation)
class ParticipationTranslation(TranslationOptions):
    # Organisation names have Lithuanian forms (Kauno technologijos universitetas).
    fields = ("note", "organisation")


@register(Report)
class ReportTranslation(TranslationOptions):
    fields = ("title", "description")
    required_languages = ("lt",)


register_history(Programme, Action, Call, Project, Participation, Report)

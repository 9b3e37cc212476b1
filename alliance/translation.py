from modeltranslation.translator import TranslationOptions, register

from alliance.models import (
    Association,
    AssociationFigure,
    Editor,
    Event,
    Membership,
    MembershipRequest,
)
from core.history import register_history


@register(Association)
class AssociationTranslation(TranslationOptions):
    fields = ("name", "description", "eca_role")
    required_languages = ("lt",)


@register(AssociationFigure)
class AssociationFigureTranslation(TranslationOptions):
    fields = ("note",)


@register(Event)
class EventTranslation(TranslationOptions):
    fields = ("title", "description", "date_note")
    required_languages = ("lt",)


register_history(Association, Membership, AssociationFigure, Event, Editor, MembershipRequest)

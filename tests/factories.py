"""Small factories for tests: each makes one valid, published record with sensible defaults."""

import itertools

from django.contrib.auth import get_user_model
from django.utils.text import slugify

from alliance.models import (
    Association,
    AssociationFigure,
    Editor,
    Event,
    EventKind,
    FigureKind,
    FigureSourceKind,
    Membership,
)
from clusters.models import Cluster, Label, LabelLevel, Sector
from core.content import PublicationStatus
from programmes.models import Action, Call, Participation, Programme, Project, Report

_seq = itertools.count(1)


def _name(prefix: str) -> str:
    return f"{prefix} {next(_seq)}"


def make_sector(**fields) -> Sector:
    name = fields.pop("name", _name("Sector"))
    fields.setdefault("slug", slugify(name))
    return Sector.objects.create(name=name, **fields)


def make_cluster(**fields) -> Cluster:
    sectors = fields.pop("sectors", [])
    name = fields.pop("name", _name("Cluster"))
    fields.setdefault("slug", slugify(name))
    fields.setdefault("country", "LT")
    fields.setdefault("status", PublicationStatus.PUBLISHED)
    cluster = Cluster.objects.create(name=name, **fields)
    if sectors:
        cluster.sectors.set(sectors)
    return cluster


def make_association(**fields) -> Association:
    name = fields.pop("name", _name("Association"))
    fields.setdefault("slug", slugify(name))
    fields.setdefault("country", "LT")
    fields.setdefault("status", PublicationStatus.PUBLISHED)
    return Association.objects.create(name=name, **fields)


def make_event(**fields) -> Event:
    title = fields.pop("title", _name("Event"))
    fields.setdefault("slug", slugify(title))
    fields.setdefault("kind", EventKind.FORUM)
    fields.setdefault("status", PublicationStatus.PUBLISHED)
    return Event.objects.create(title=title, **fields)


def make_programme(**fields) -> Programme:
    name = fields.pop("name", _name("Programme"))
    fields.setdefault("slug", slugify(name))
    return Programme.objects.create(name=name, **fields)


def make_action(**fields) -> Action:
    name = fields.pop("name", _name("Action"))
    fields.setdefault("slug", slugify(name))
    if "programme" not in fields:
        fields["programme"] = make_programme()
    return Action.objects.create(name=name, **fields)


def make_call(**fields) -> Call:
    fields.setdefault("identifier", _name("CALL").replace(" ", "-"))
    if "action" not in fields:
        fields["action"] = make_action()
    return Call.objects.create(**fields)


def make_project(**fields) -> Project:
    title = fields.pop("title", _name("Project"))
    fields.setdefault("slug", slugify(title))
    fields.setdefault("status", PublicationStatus.PUBLISHED)
    return Project.objects.create(title=title, **fields)


def make_participation(**fields) -> Participation:
    if "project" not in fields:
        fields["project"] = make_project()
    if "cluster" not in fields and "organisation" not in fields:
        fields["cluster"] = make_cluster()
    return Participation.objects.create(**fields)


def make_label(**fields) -> Label:
    if "cluster" not in fields:
        fields["cluster"] = make_cluster()
    fields.setdefault("level", LabelLevel.BRONZE)
    fields.setdefault("awarded_year", 2018)
    return Label.objects.create(**fields)


def make_membership(**fields) -> Membership:
    if "association" not in fields:
        fields["association"] = make_association()
    if "cluster" not in fields:
        fields["cluster"] = make_cluster()
    return Membership.objects.create(**fields)


def make_figure(**fields) -> AssociationFigure:
    if "association" not in fields:
        fields["association"] = make_association()
    fields.setdefault("kind", FigureKind.MEMBER_CLUSTERS)
    fields.setdefault("value", 10)
    fields.setdefault("as_of_year", 2019)
    fields.setdefault("source_kind", FigureSourceKind.PUBLIC)
    return AssociationFigure.objects.create(**fields)


def make_editor(**fields) -> Editor:
    if "user" not in fields:
        username = _name("editor").replace(" ", "-")
        fields["user"] = get_user_model().objects.create_user(username=username, is_staff=True)
    if "association" not in fields:
        fields["association"] = make_association()
    return Editor.objects.create(**fields)


def make_report(**fields) -> Report:
    actions = fields.pop("actions", [])
    title = fields.pop("title", _name("Report"))
    fields.setdefault("slug", slugify(title))
    report = Report.objects.create(title=title, **fields)
    if actions:
        report.actions.set(actions)
    return report

"""Small factories for tests: each makes one valid, published record with sensible defaults."""

import itertools

from django.utils.text import slugify

from alliance.models import Association, Event, EventKind
from clusterportal.content import PublicationStatus
from clusters.models import Cluster, Sector
from programmes.models import Action, Call, Participation, Programme, Project

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

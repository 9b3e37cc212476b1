"""``manage.py load_portal_data``: load the portal's real dataset from ``fixtures/``.

The dataset is one JSON file (``fixtures/portal_data.json``) with a list per kind; its
``meta.format`` describes the layout. Loading is all or nothing, every object passes
``full_clean()`` first, and a database that already holds real data is left untouched, so
``make run`` may run the command on every start without overwriting edits made in the admin.
"""

import json
from collections import Counter
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path

from django.conf import settings
from django.core.exceptions import NON_FIELD_ERRORS, FieldDoesNotExist, ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError, models, transaction
from django.utils import translation
from modeltranslation.translator import NotRegistered, translator

from alliance.models import Association, AssociationFigure, Event, Membership
from clusters.models import Cluster, Label, Sector
from core.content import ContentModel, PublicationStatus, SourcedModel
from programmes.models import Action, Call, Participation, Programme, Project, Report

DEFAULT_FILE = Path(settings.BASE_DIR) / "fixtures" / "portal_data.json"

# The kinds of the file, in loading order: each refers only to kinds above it.
KINDS = (
    "sectors",
    "clusters",
    "associations",
    "events",
    "programmes",
    "actions",
    "calls",
    "projects",
    "reports",
)

# How the summary lists what was made: each kind followed by the records nested in it.
REPORT_ORDER = (
    "sectors",
    "sectors already present",
    "clusters",
    "labels",
    "associations",
    "figures",
    "memberships",
    "events",
    "programmes",
    "actions",
    "calls",
    "projects",
    "participations",
    "reports",
)


class FixtureError(Exception):
    """A record that cannot be loaded; the message names it and says why."""


def real_data_present() -> bool:
    """Whether the database already holds real (non-demo) clusters, associations or programmes."""
    return any(model.objects.real().exists() for model in (Cluster, Association, Programme))


def read_fixture(path: Path) -> dict:
    """Return the parsed dataset at ``path``; amounts keep their exact decimals.

    Raises CommandError when the file is missing, is not JSON, or is not an object whose
    keys are ``meta`` and known kinds, each holding a list.
    """
    path = Path(path)
    try:
        with path.open(encoding="utf-8") as handle:
            data = json.load(handle, parse_float=Decimal)
    except OSError as error:
        raise CommandError(f"Cannot read {path}: {error.strerror or error}") from error
    except json.JSONDecodeError as error:
        raise CommandError(f"{path} is not valid JSON: {error}") from error
    if not isinstance(data, dict):
        raise CommandError(f"{path} must hold a JSON object with one list per kind.")
    unknown = set(data) - {"meta", *KINDS}
    if unknown:
        raise CommandError(f"{path}: unknown kinds {sorted(unknown)}; expected {list(KINDS)}.")
    for kind in KINDS:
        if not isinstance(data.get(kind, []), list):
            raise CommandError(f"{path}: “{kind}” must be a list.")
    return data


def translated_fields(model: type[models.Model]) -> set[str]:
    """The names of ``model``'s fields that have one column per language."""
    try:
        return set(translator.get_options_for_model(model).fields)
    except NotRegistered:
        return set()


def languages() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]


def build(model: type[models.Model], record: dict, *, skip: tuple[str, ...] = (), **extra):
    """Return an unsaved ``model`` instance holding ``record``'s values and ``extra``.

    A translated field is given as ``{"lt": …, "en": …}`` and fills its language columns;
    ``sources`` is a list and becomes one entry per line; keys in ``skip`` are left to the
    caller (relations). Any other key must name a plain field of the model, so a typo in
    the file fails loudly instead of being ignored. Raises ValueError for a bad key.
    """
    instance = model(**extra)
    if isinstance(instance, ContentModel):
        instance.status = PublicationStatus.PUBLISHED
    translatable = translated_fields(model)
    for key, value in record.items():
        if key in skip:
            continue
        if key in translatable:
            set_translations(instance, key, value)
        elif key == "sources" and isinstance(instance, SourcedModel):
            if not isinstance(value, list):
                raise ValueError("“sources” must be a list")
            instance.sources = "\n".join(value)
        else:
            setattr(instance, plain_field(model, key).attname, value)
    return instance


def set_translations(instance: models.Model, field: str, value) -> None:
    """Fill ``field``'s language columns from ``{"lt": …, "en": …}``."""
    if not isinstance(value, dict) or not set(value) <= set(languages()):
        raise ValueError(f"“{field}” is translated: give {{{', '.join(languages())}}} texts")
    for language, text in value.items():
        setattr(instance, f"{field}_{language}", text)


def plain_field(model: type[models.Model], name: str) -> models.Field:
    """The concrete, non-relational field ``name`` of ``model``, or ValueError."""
    try:
        field = model._meta.get_field(name)
    except FieldDoesNotExist:
        field = None
    if field is None or not field.concrete or field.is_relation or field.primary_key:
        raise ValueError(f"unknown field “{name}” for {model._meta.verbose_name}")
    return field


def save(instance: models.Model) -> models.Model:
    """Validate ``instance`` against every model rule, then save it."""
    instance.full_clean()
    instance.save()
    return instance


def describe(kind: str, record) -> str:
    """How an error message names a record: its kind and slug, identifier or other key."""
    if isinstance(record, dict):
        for key in ("slug", "identifier", "cluster", "organisation", "kind", "level"):
            if record.get(key):
                return f"{kind} “{record[key]}”"
    return kind


def validation_text(error: ValidationError) -> str:
    """A one-line account of a model validation error, field by field."""
    if not hasattr(error, "error_dict"):
        return " ".join(error.messages)
    return "; ".join(
        " ".join(messages) if field == NON_FIELD_ERRORS else f"{field}: {' '.join(messages)}"
        for field, messages in error.message_dict.items()
    )


@contextmanager
def naming(kind: str, record):
    """Turn any failure while loading ``record`` into a FixtureError that names it.

    Nested records (a cluster's labels, a project's participants) name their parent too.
    """
    name = describe(kind, record)
    try:
        yield
    except FixtureError as error:
        raise FixtureError(f"{name} › {error}") from error
    except ValidationError as error:
        raise FixtureError(f"{name}: {validation_text(error)}") from error
    except (KeyError, ValueError, TypeError, DatabaseError) as error:
        raise FixtureError(f"{name}: {error}") from error


def records(value, kind: str) -> list[dict]:
    """``value`` checked to be a list of JSON objects (the records of ``kind``)."""
    if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
        raise ValueError(f"“{kind}” must be a list of objects")
    return value


class PortalDataLoader:
    """Creates the records of one dataset; call ``load()`` inside a transaction.

    Records refer to each other by slug (calls by identifier); the loader keeps what it
    has created by that key, so a reference to a record not in the file is an error.
    Sectors already in the database (made by generate_demo_data, say) are reused by slug.
    """

    def __init__(self, data: dict):
        self.data = data
        self.counts: Counter[str] = Counter()
        self.created: dict[str, dict[str, models.Model]] = {kind: {} for kind in KINDS}

    def load(self) -> Counter:
        """Create every record of the dataset and return how many of each kind were made."""
        for kind in KINDS:
            load_record = getattr(self, f"load_{kind[:-1]}")
            for record in records(self.data.get(kind, []), kind):
                with naming(kind, record):
                    load_record(record)
        return self.counts

    def ref(self, kind: str, key):
        """The record of ``kind`` created from the file under ``key`` (a slug or identifier)."""
        try:
            return self.created[kind][key]
        except (KeyError, TypeError):
            raise ValueError(f"refers to unknown {kind[:-1]} “{key}”") from None

    def refs(self, kind: str, keys) -> list:
        return [self.ref(kind, key) for key in keys]

    def optional_ref(self, kind: str, key):
        return self.ref(kind, key) if key else None

    def remember(self, kind: str, key: str, instance: models.Model, *, created=True) -> None:
        if key in self.created[kind]:
            raise ValueError(f"“{key}” appears twice in {kind}")
        self.created[kind][key] = instance
        self.counts[kind if created else f"{kind} already present"] += 1

    def load_sector(self, record: dict) -> None:
        existing = Sector.objects.filter(slug=record.get("slug")).first()
        sector = existing or save(build(Sector, record))
        self.remember("sectors", sector.slug, sector, created=existing is None)

    def load_cluster(self, record: dict) -> None:
        cluster = save(build(Cluster, record, skip=("sectors", "labels")))
        cluster.sectors.set(self.refs("sectors", record.get("sectors", [])))
        for label in records(record.get("labels", []), "labels"):
            with naming("label", label):
                save(build(Label, label, cluster=cluster))
                self.counts["labels"] += 1
        self.remember("clusters", cluster.slug, cluster)

    def load_association(self, record: dict) -> None:
        association = save(build(Association, record, skip=("sectors", "figures", "members")))
        association.sectors.set(self.refs("sectors", record.get("sectors", [])))
        for figure in records(record.get("figures", []), "figures"):
            with naming("figure", figure):
                save(build(AssociationFigure, figure, association=association))
                self.counts["figures"] += 1
        for member in records(record.get("members", []), "members"):
            with naming("membership", member):
                cluster = self.ref("clusters", member.get("cluster"))
                save(
                    build(
                        Membership,
                        member,
                        skip=("cluster",),
                        association=association,
                        cluster=cluster,
                    )
                )
                self.counts["memberships"] += 1
        self.remember("associations", association.slug, association)

    def load_event(self, record: dict) -> None:
        organiser = self.optional_ref("associations", record.get("organiser"))
        event = save(build(Event, record, skip=("organiser", "clusters"), organiser=organiser))
        event.clusters.set(self.refs("clusters", record.get("clusters", [])))
        self.remember("events", event.slug, event)

    def load_programme(self, record: dict) -> None:
        programme = save(build(Programme, record))
        self.remember("programmes", programme.slug, programme)

    def load_action(self, record: dict) -> None:
        programme = self.ref("programmes", record.get("programme"))
        action = save(build(Action, record, skip=("programme",), programme=programme))
        self.remember("actions", action.slug, action)

    def load_call(self, record: dict) -> None:
        action = self.ref("actions", record.get("action"))
        call = save(build(Call, record, skip=("action",), action=action))
        self.remember("calls", call.identifier, call)

    def load_project(self, record: dict) -> None:
        project = save(
            build(
                Project,
                record,
                skip=("action", "call", "participants"),
                action=self.optional_ref("actions", record.get("action")),
                call=self.optional_ref("calls", record.get("call")),
            )
        )
        for participant in records(record.get("participants", []), "participants"):
            with naming("participant", participant):
                cluster = self.optional_ref("clusters", participant.get("cluster"))
                save(
                    build(
                        Participation,
                        participant,
                        skip=("cluster",),
                        project=project,
                        cluster=cluster,
                    )
                )
                self.counts["participations"] += 1
        self.remember("projects", project.slug, project)

    def load_report(self, record: dict) -> None:
        report = save(build(Report, record, skip=("actions",)))
        report.actions.set(self.refs("actions", record.get("actions", [])))
        self.remember("reports", report.slug, report)


class Command(BaseCommand):
    help = (
        "Load the portal's real dataset (fixtures/portal_data.json) in one transaction. "
        "Does nothing when the database already holds real data."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--file",
            type=Path,
            default=DEFAULT_FILE,
            help=f"The dataset to load (default: {DEFAULT_FILE}).",
        )

    def handle(self, *args, file: Path, **options):
        if real_data_present():
            self.stdout.write(
                "The database already holds real data; nothing was changed "
                "(load_portal_data only fills an empty or demo-only database)."
            )
            return
        data = read_fixture(file)
        # Untranslated columns take the default language, whatever the shell's locale.
        with translation.override(settings.LANGUAGE_CODE):
            try:
                with transaction.atomic():
                    counts = PortalDataLoader(data).load()
            except FixtureError as error:
                raise CommandError(f"Nothing was loaded from {file}. {error}") from error
        self.report(counts)

    def report(self, counts: Counter) -> None:
        """Print how many records of each kind were created, parents before their parts."""
        self.stdout.write(self.style.SUCCESS("Loaded the real dataset:"))
        for kind in REPORT_ORDER:
            if counts[kind]:
                self.stdout.write(f"  {kind}: {counts[kind]}")

"""``manage.py load_portal_data``: load the portal's real dataset from ``fixtures/``.

The dataset is one JSON file (``fixtures/portal_data.json``) with a list per kind; its
``meta.format`` describes the layout. Loading is all or nothing and every object passes
``full_clean()`` first.

An empty (or demo-only) database gets the whole dataset. A database that already holds
real data is brought up to date instead (``PortalDataUpdater``): records new to the file
arrive, and a field of an existing record takes the file's value only while it still holds
what the loader wrote last, as the record's history shows; a field an editor changed, and a
record an editor deleted, stay as they are. When the file has not changed, nothing changes,
so ``make run`` may run the command on every start.
"""

import itertools
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


# The change reason the loader's saves leave in the history: how an update tells the
# loader's own versions from editors' changes.
LOADER_REASON = "load_portal_data"


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
    """Validate ``instance`` against every model rule, then save it as the loader's version."""
    instance.full_clean()
    instance._change_reason = LOADER_REASON
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


# Keys of a cluster record that are relations, set apart from its plain fields.
CLUSTER_RELATIONS = ("sectors", "labels", "merged_into")


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
            if kind == "clusters":
                self.link_mergers()
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
        cluster = save(build(Cluster, record, skip=CLUSTER_RELATIONS))
        cluster.sectors.set(self.refs("sectors", record.get("sectors", [])))
        for label in records(record.get("labels", []), "labels"):
            with naming("label", label):
                save(build(Label, label, cluster=cluster))
                self.counts["labels"] += 1
        self.remember("clusters", cluster.slug, cluster)

    def link_mergers(self) -> None:
        """Link merged clusters to the cluster they merged into (it may come later in the file)."""
        for record in records(self.data.get("clusters", []), "clusters"):
            if record.get("merged_into"):
                with naming("clusters", record):
                    cluster = self.ref("clusters", record["slug"])
                    cluster.merged_into = self.ref("clusters", record["merged_into"])
                    save(cluster)

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


def target_values(model: type[models.Model], record: dict, skip: tuple[str, ...]) -> dict:
    """The column values ``record`` gives ``model``'s plain fields, keyed by attname.

    Mirrors ``build``: a translated field gives one column per language, ``sources`` one
    line per entry. Values are converted as the field would store them.
    """
    probe = build(model, record, skip=skip)
    names = []
    translatable = translated_fields(model)
    for key in record:
        if key in skip:
            continue
        if key in translatable:
            names += [f"{key}_{language}" for language in record[key]]
        elif key == "sources":
            names.append("sources")
        else:
            names.append(plain_field(model, key).attname)
    return {name: model._meta.get_field(name).to_python(getattr(probe, name)) for name in names}


def same(a, b) -> bool:
    """Equal as stored values; an empty text and a missing one are the same."""
    return (a in (None, "") and b in (None, "")) or a == b


def is_loader_version(version, *, first: bool) -> bool:
    """Whether a historical ``version`` was written by this command.

    Versions written now carry its change reason; a record loaded before reasons were
    recorded has its creation, made by no user, as the loader's version.
    """
    if version.history_change_reason == LOADER_REASON:
        return True
    return (
        first
        and version.history_type == "+"
        and version.history_user_id is None
        and not version.history_change_reason
    )


def edited_fields(instance: models.Model) -> set[str] | None:
    """The fields of ``instance`` that anyone but the loader has changed, from its history.

    None when the loader did not create the record (or its history is missing): then no
    field is known to be the loader's.
    """
    versions = list(instance.history.order_by("history_date", "history_id"))
    if not versions or not is_loader_version(versions[0], first=True):
        return None
    edited: set[str] = set()
    for before, after in itertools.pairwise(versions):
        if not is_loader_version(after, first=False):
            edited.update(change.field for change in after.diff_against(before).changes)
    return edited


def edited_by_a_user(instance: models.Model) -> bool:
    return instance.history.filter(history_user__isnull=False).exists()


class PortalDataUpdater(PortalDataLoader):
    """Brings a database that already holds the real data up to date with the file.

    - A record whose key (slug, call identifier) is new to the database is created whole,
      as in a first load; one an editor deleted (its key is in the history) stays deleted.
    - A field of an existing record takes the file's value unless someone other than the
      loader has ever changed it (``edited_fields``: every version in the history not
      written by the loader counts as an edit of the fields it changed); an edited field
      keeps the editor's value. A record the loader did not create only has its empty
      fields filled.
    - Relations are only added (sectors, memberships, event clusters, report actions); a
      cluster's ESCA labels follow the file unless a user edited that label.
    A record whose values already match the file is not saved, so an unchanged file
    changes nothing.
    """

    KEYS = {"calls": "identifier"}

    def find(self, kind: str, model: type[models.Model], record: dict):
        """(existing instance or None, whether the key was deleted before)."""
        field = self.KEYS.get(kind, "slug")
        key = record.get(field)
        instance = model.objects.filter(**{field: key}).first()
        if instance is not None:
            return instance, False
        deleted = model.history.filter(**{field: key}, history_type="-").exists()
        return None, deleted

    def sync(self, kind: str, instance: models.Model, record: dict, skip=()) -> models.Model:
        """Update ``instance``'s untouched fields to ``record``; save only if something changed."""
        differing = {
            name: value
            for name, value in target_values(type(instance), record, skip).items()
            if not same(getattr(instance, name), value)
        }
        if not differing:
            return instance
        edited = edited_fields(instance)
        changed = []
        for name, value in differing.items():
            # Without a history of the loader's own versions, only empty fields are filled.
            untouched = name not in edited if edited is not None else not getattr(instance, name)
            if untouched:
                setattr(instance, name, value)
                changed.append(name)
        if changed:
            save(instance)
            self.counts[f"{kind} updated"] += 1
            self.counts[f"{kind} fields updated"] += len(changed)
        return instance

    def existing(self, kind: str, model, record: dict, *, skip=(), create):
        """Sync the record if it exists, skip it if deleted, else ``create`` it."""
        instance, deleted = self.find(kind, model, record)
        if deleted:
            self.counts[f"{kind} deleted by editors, left out present"] += 1
            return None
        if instance is None:
            create(record)
            return None
        self.sync(kind, instance, record, skip)
        key = record.get(self.KEYS.get(kind, "slug"))
        self.remember(kind, key, instance, created=False)
        return instance

    def add_relations(self, kind: str, manager, targets) -> None:
        present = set(manager.all())
        missing = [target for target in targets if target not in present]
        if missing:
            manager.add(*missing)
            self.counts[f"{kind} links added"] += len(missing)

    def load_sector(self, record: dict) -> None:
        self.existing("sectors", Sector, record, create=super().load_sector)

    def load_cluster(self, record: dict) -> None:
        cluster = self.existing(
            "clusters", Cluster, record, skip=CLUSTER_RELATIONS, create=super().load_cluster
        )
        if cluster is None:
            return
        self.add_relations(
            "clusters", cluster.sectors, self.refs("sectors", record.get("sectors", []))
        )
        self.sync_labels(cluster, records(record.get("labels", []), "labels"))

    def sync_labels(self, cluster: Cluster, wanted: list[dict]) -> None:
        """Labels follow the file, except a label a user has edited (kept as it is)."""
        keys = {(label.get("level"), label.get("awarded_year")) for label in wanted}
        present = {}
        for label in cluster.labels.all():
            if (label.level, label.awarded_year) not in keys and not edited_by_a_user(label):
                label._change_reason = LOADER_REASON
                label.delete()
                self.counts["labels removed"] += 1
            else:
                present[(label.level, label.awarded_year)] = label
        for record in wanted:
            with naming("label", record):
                label = present.get((record.get("level"), record.get("awarded_year")))
                if label is None:
                    save(build(Label, record, cluster=cluster))
                    self.counts["labels"] += 1
                else:
                    self.sync("labels", label, record)

    def link_mergers(self) -> None:
        for record in records(self.data.get("clusters", []), "clusters"):
            target = record.get("merged_into")
            cluster = self.created["clusters"].get(record.get("slug"))
            if not target or cluster is None or target not in self.created["clusters"]:
                continue
            with naming("clusters", record):
                wanted = self.ref("clusters", target)
                edited = edited_fields(cluster)
                untouched = "merged_into" not in edited if edited is not None else False
                if cluster.merged_into_id != wanted.pk and (
                    untouched or cluster.merged_into_id is None
                ):
                    cluster.merged_into = wanted
                    save(cluster)
                    self.counts["clusters merged links set"] += 1

    def load_association(self, record: dict) -> None:
        association = self.existing(
            "associations",
            Association,
            record,
            skip=("sectors", "figures", "members"),
            create=super().load_association,
        )
        if association is None:
            return
        self.add_relations(
            "associations", association.sectors, self.refs("sectors", record.get("sectors", []))
        )
        members = set(association.memberships.values_list("cluster_id", flat=True))
        for member in records(record.get("members", []), "members"):
            with naming("membership", member):
                cluster = self.created["clusters"].get(member.get("cluster"))
                if cluster is None or cluster.pk in members:
                    continue
                save(
                    build(
                        Membership,
                        member,
                        skip=("cluster",),
                        association=association,
                        cluster=cluster,
                    )
                )
                members.add(cluster.pk)
                self.counts["memberships"] += 1

    def load_event(self, record: dict) -> None:
        organiser = self.optional_ref("associations", record.get("organiser"))
        event = self.existing(
            "events", Event, record, skip=("organiser", "clusters"), create=super().load_event
        )
        if event is None:
            return
        if event.organiser_id is None and organiser is not None:
            event.organiser = organiser
            save(event)
        clusters = [
            self.created["clusters"][slug]
            for slug in record.get("clusters", [])
            if slug in self.created["clusters"]
        ]
        self.add_relations("events", event.clusters, clusters)

    def load_programme(self, record: dict) -> None:
        self.existing("programmes", Programme, record, create=super().load_programme)

    def load_action(self, record: dict) -> None:
        self.existing("actions", Action, record, skip=("programme",), create=super().load_action)

    def load_call(self, record: dict) -> None:
        self.existing("calls", Call, record, skip=("action",), create=super().load_call)

    def load_project(self, record: dict) -> None:
        self.existing(
            "projects",
            Project,
            record,
            skip=("action", "call", "participants"),
            create=super().load_project,
        )

    def load_report(self, record: dict) -> None:
        report = self.existing(
            "reports", Report, record, skip=("actions",), create=super().load_report
        )
        if report is not None:
            actions = [
                self.created["actions"][slug]
                for slug in record.get("actions", [])
                if slug in self.created["actions"]
            ]
            self.add_relations("reports", report.actions, actions)


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
        data = read_fixture(file)
        updating = real_data_present()
        loader_class = PortalDataUpdater if updating else PortalDataLoader
        # Untranslated columns take the default language, whatever the shell's locale.
        with translation.override(settings.LANGUAGE_CODE):
            try:
                with transaction.atomic():
                    counts = loader_class(data).load()
            except FixtureError as error:
                raise CommandError(f"Nothing was loaded from {file}. {error}") from error
        if updating:
            self.report_update(counts)
        else:
            self.report(counts)

    def report_update(self, counts: Counter) -> None:
        """Print what an update added and changed, or that nothing changed."""
        changed = {key: count for key, count in counts.items() if count and "present" not in key}
        if not changed:
            self.stdout.write(
                "The database already holds the real data and the file brings nothing new; "
                "nothing was changed."
            )
            return
        self.stdout.write(self.style.SUCCESS("Updated the real dataset:"))
        for key in sorted(changed):
            self.stdout.write(f"  {key}: {changed[key]}")

    def report(self, counts: Counter) -> None:
        """Print how many records of each kind were created, parents before their parts."""
        self.stdout.write(self.style.SUCCESS("Loaded the real dataset:"))
        for kind in REPORT_ORDER:
            if counts[kind]:
                self.stdout.write(f"  {kind}: {counts[kind]}")

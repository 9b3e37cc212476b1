"""``manage.py create_editor USERNAME --association SLUG [--password P]``.

Creates (or updates) a staff account that edits one association's data only: the account
is tied to the association through ``alliance.Editor`` and put in the "Association
editors" group, whose permissions ``core.access.ensure_groups`` keeps. What the
account may then see and change is the access rule of ``core.access``.
"""

import getpass
import sys

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from alliance.models import Association, Editor
from core.access import ASSOCIATION_EDITORS, ensure_groups

# How many known slugs an "unknown association" error lists.
SLUGS_SHOWN = 30


class Command(BaseCommand):
    help = "Create or update a staff account that edits one association's data only."

    def add_arguments(self, parser):
        parser.add_argument("username", help="The account's user name (created if new).")
        parser.add_argument(
            "--association",
            required=True,
            metavar="SLUG",
            help="Slug of the association whose data the account edits.",
        )
        parser.add_argument(
            "--password",
            help="The account's password; asked twice on the terminal when not given.",
        )
        parser.add_argument("--email", default="", help="The account's e-mail address.")

    def handle(self, *args, username, association, password, email, **options):
        association_obj = self.find_association(association)
        user_model = get_user_model()
        user = user_model.objects.filter(username=username).first()
        created = user is None
        if created:
            user = user_model(username=username, email=email)
            try:
                user.clean_fields(exclude=["password"])
            except ValidationError as error:
                raise CommandError(self.describe(error)) from error
        elif user.is_superuser:
            raise CommandError(
                f"{username} is a superuser and already edits everything; "
                "an editor account is for association staff."
            )
        elif email:
            user.email = email

        if password is None:
            password = self.ask_password()
        try:
            validate_password(password, user)
        except ValidationError as error:
            raise CommandError("Password refused: " + self.describe(error)) from error

        with transaction.atomic():
            ensure_groups()
            user.is_staff = True
            user.is_active = True
            user.set_password(password)
            user.save()
            Editor.objects.update_or_create(user=user, defaults={"association": association_obj})
            user.groups.add(Group.objects.get(name=ASSOCIATION_EDITORS))

        verb = "Created" if created else "Updated"
        self.stdout.write(
            self.style.SUCCESS(
                f"{verb} editor {username} for {association_obj} ({association_obj.slug})."
            )
        )

    def find_association(self, slug: str) -> Association:
        association = Association.objects.filter(slug=slug).first()
        if association is not None:
            return association
        slugs = list(Association.objects.order_by("slug").values_list("slug", flat=True))
        if slugs:
            known = ", ".join(slugs[:SLUGS_SHOWN])
            if len(slugs) > SLUGS_SHOWN:
                known += f", … ({len(slugs) - SLUGS_SHOWN} more)"
        else:
            known = "none yet (load the data first: python manage.py load_portal_data)"
        raise CommandError(
            f'Unknown association "{slug}". Known slugs: {known}. '
            "An association's slug is also the last part of its public address "
            "(/lt/associations/<slug>/) and is shown on its admin page."
        )

    def ask_password(self) -> str:
        if not sys.stdin.isatty():
            raise CommandError("No terminal to ask for the password on: give it with --password.")
        first = getpass.getpass("Password: ")
        second = getpass.getpass("Password (again): ")
        if first != second:
            raise CommandError("The two passwords differ; nothing was changed.")
        if not first:
            raise CommandError("The password is empty; nothing was changed.")
        return first

    @staticmethod
    def describe(error: ValidationError) -> str:
        return " ".join(str(message) for message in error.messages)

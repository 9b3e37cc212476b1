"""The "Association editors" and "Portal editors" groups (see core.access)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

from core.access import ensure_groups


def create_groups(apps, schema_editor):
    # Permissions are normally created after the last migration (post_migrate); the
    # groups need them now, on a fresh database too.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    ensure_groups(apps)


def delete_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(
        name__in=["Association editors", "Portal editors"]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("clusters", "0003_history"),
        ("alliance", "0002_history"),
        ("programmes", "0002_history"),
    ]

    operations = [migrations.RunPython(create_groups, delete_groups)]

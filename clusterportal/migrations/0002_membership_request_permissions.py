"""The editors' groups get the permissions on membership requests (see core.access)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

from core.access import ensure_groups


def update_groups(apps, schema_editor):
    # As in 0001: the permissions of the new model exist only after post_migrate otherwise.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    ensure_groups(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("clusterportal", "0001_editor_groups"),
        ("alliance", "0006_membership_request"),
    ]

    operations = [migrations.RunPython(update_groups, migrations.RunPython.noop)]

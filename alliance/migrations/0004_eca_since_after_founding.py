"""An association joins the Alliance once it exists.

Databases loaded before this held KlasterLT as a member since 2019, a year before it was
founded (its predecessor signed the Warsaw Declaration): such a joining year becomes the
founding year before the constraint is added, so the migration never fails on old data.
"""

from django.db import migrations, models


def join_no_earlier_than_founding(apps, schema_editor):
    Association = apps.get_model("alliance", "Association")
    too_early = Association.objects.filter(
        founded_year__isnull=False,
        eca_member_since__isnull=False,
        eca_member_since__lt=models.F("founded_year"),
    )
    too_early.update(eca_member_since=models.F("founded_year"))


class Migration(migrations.Migration):
    dependencies = [
        ("alliance", "0003_logo_size"),
        ("clusters", "0006_search_functions_and_translated_fields"),
    ]

    operations = [
        migrations.RunPython(join_no_earlier_than_founding, migrations.RunPython.noop),
        migrations.AddConstraint(
            model_name="association",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    ("founded_year__isnull", True),
                    ("eca_member_since__isnull", True),
                    ("eca_member_since__gte", models.F("founded_year")),
                    _connector="OR",
                ),
                name="association_eca_since_after_founding",
            ),
        ),
    ]

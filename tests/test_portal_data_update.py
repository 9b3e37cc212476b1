"""``load_portal_data`` on a database that already holds the real data: an update.

New records arrive, untouched fields follow the file, an editor's change survives, and an
unchanged file changes nothing.
"""

import copy
import json
import shutil
import tempfile
from pathlib import Path

from django.contrib.auth import get_user_model
from django.test import TestCase

from alliance.models import Association
from clusters.models import Cluster, Label, Sector
from tests.test_load_portal_data import fixture_data, load


def changed_file(tmp_dir, data) -> str:
    path = tmp_dir / "portal_data.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return str(path)


def record(data, slug) -> dict:
    return next(c for c in data["clusters"] if c["slug"] == slug)


class TestUpdate(TestCase):
    @classmethod
    def setUpTestData(cls):
        load()
        cls.editor = get_user_model().objects.create_user("editor", is_staff=True)

    def setUp(self):
        self.tmp = Path(tempfile.mkdtemp())
        self.addCleanup(shutil.rmtree, self.tmp, ignore_errors=True)
        self.data = copy.deepcopy(fixture_data())

    def edit_as_editor(self, cluster, **fields):
        """Change ``cluster`` as a signed-in editor would (the history records the user)."""
        for name, value in fields.items():
            setattr(cluster, name, value)
        cluster._history_user = self.editor
        cluster.save()

    def test_an_unchanged_file_changes_nothing(self):
        versions = Cluster.history.count()

        output = load()

        assert "nothing was changed" in output
        assert Cluster.history.count() == versions

    def test_a_new_cluster_arrives_with_its_label_and_membership(self):
        self.data["clusters"].append(
            {
                "slug": "new-food-cluster",
                "name": {"lt": "Naujas maisto klasteris", "en": "New Food Cluster"},
                "country": "LT",
                "sectors": ["agrofood"],
                "labels": [{"level": "bronze", "awarded_year": 2024, "source": "https://x.test"}],
                "sources": ["https://x.test"],
            }
        )
        klasterlt = next(a for a in self.data["associations"] if a["slug"] == "klasterlt")
        klasterlt["members"].append({"cluster": "new-food-cluster", "source": "https://x.test"})

        output = load(file=changed_file(self.tmp, self.data))

        cluster = Cluster.objects.get(slug="new-food-cluster")
        assert cluster.is_published and cluster.name_lt == "Naujas maisto klasteris"
        assert cluster.labels.get().awarded_year == 2024
        assert (
            Association.objects.get(slug="klasterlt").memberships.filter(cluster=cluster).exists()
        )
        assert "clusters: 1" in output
        assert "memberships: 1" in output

    def test_an_untouched_field_follows_the_file_and_an_edited_one_survives(self):
        cluster = Cluster.objects.get(slug="litek")
        self.edit_as_editor(cluster, description_en="Edited by the cluster itself.")
        litek = record(self.data, "litek")
        litek["description"] = {"lt": "Naujas aprašymas.", "en": "A new description."}
        litek["founded_year"] = 2010

        load(file=changed_file(self.tmp, self.data))

        cluster.refresh_from_db()
        assert cluster.description_en == "Edited by the cluster itself."
        assert cluster.description_lt == "Naujas aprašymas."
        assert cluster.founded_year == 2010

    def test_a_field_changed_outside_the_admin_also_survives(self):
        # A shell edit leaves no user in the history, but it is still not the loader's value.
        cluster = Cluster.objects.get(slug="fetek")
        cluster.website = "https://fetek.example"
        cluster.save()
        record(self.data, "fetek")["website"] = "https://protechnology.example"

        load(file=changed_file(self.tmp, self.data))

        cluster.refresh_from_db()
        assert cluster.website == "https://fetek.example"

    def test_an_edit_survives_later_updates_that_save_the_record(self):
        cluster = Cluster.objects.get(slug="litek")
        self.edit_as_editor(cluster, description_en="Edited by the cluster itself.")
        litek = record(self.data, "litek")
        litek["founded_year"] = 2010
        load(file=changed_file(self.tmp, self.data))
        litek["founded_year"] = 2009

        load(file=changed_file(self.tmp, self.data))

        cluster.refresh_from_db()
        assert cluster.founded_year == 2009
        assert cluster.description_en == "Edited by the cluster itself."

    def test_a_renamed_sector_follows_the_file(self):
        sector = next(s for s in self.data["sectors"] if s["slug"] == "ict")
        sector["name"] = {"lt": "Informacinės technologijos", "en": "Information technology"}

        load(file=changed_file(self.tmp, self.data))

        assert Sector.objects.get(slug="ict").name_lt == "Informacinės technologijos"

    def test_running_the_update_twice_changes_nothing_the_second_time(self):
        record(self.data, "litek")["founded_year"] = 2010
        path = changed_file(self.tmp, self.data)
        load(file=path)
        versions = Cluster.history.count()

        second = load(file=path)

        assert "nothing was changed" in second
        assert Cluster.history.count() == versions

    def test_an_update_after_an_update_still_follows_the_file(self):
        record(self.data, "litek")["founded_year"] = 2010
        load(file=changed_file(self.tmp, self.data))
        record(self.data, "litek")["founded_year"] = 2009

        load(file=changed_file(self.tmp, self.data))

        assert Cluster.objects.get(slug="litek").founded_year == 2009

    def test_labels_follow_the_file_unless_edited(self):
        cluster = Cluster.objects.get(slug="ivita-wellness-cluster")
        assert set(cluster.labels.values_list("awarded_year", flat=True)) == {2014, 2018}
        record(self.data, "ivita-wellness-cluster")["labels"] = [
            {"level": "bronze", "awarded_year": 2018, "source": "https://x.test"}
        ]
        edited = Label.objects.get(cluster__slug="litek")
        edited.source = "checked by the cluster"
        edited._history_user = self.editor
        edited.save()
        record(self.data, "litek")["labels"] = []

        load(file=changed_file(self.tmp, self.data))

        assert list(cluster.labels.values_list("awarded_year", flat=True)) == [2018]
        assert Label.objects.get(cluster__slug="litek").source == "checked by the cluster"

    def test_a_database_loaded_before_reasons_were_recorded_is_updated(self):
        Cluster.history.update(history_change_reason=None)
        record(self.data, "litek")["founded_year"] = 2010

        load(file=changed_file(self.tmp, self.data))

        assert Cluster.objects.get(slug="litek").founded_year == 2010

    def test_a_merger_in_the_file_reaches_the_database(self):
        litek = record(self.data, "litek")
        litek.update(life_status="merged", merged_into="fetek")

        load(file=changed_file(self.tmp, self.data))

        cluster = Cluster.objects.get(slug="litek")
        assert cluster.life_status == "merged"
        assert cluster.merged_into.slug == "fetek"

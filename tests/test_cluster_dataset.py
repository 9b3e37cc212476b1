"""The clusters of the real dataset: every researched cluster present, sourced and linked."""

from django.test import TestCase
from django.urls import reverse
from django.utils import translation

from alliance.models import Association
from clusters.models import Cluster, Label, LifeStatus, Sector
from tests.test_load_portal_data import fixture_data, load

# lt-clusters.json holds 53 Lithuanian clusters, its two flagged duplicates already folded
# into one record each; eu-clusters.json holds 140 clusters abroad, 5 of them extending
# clusters the fixture already had, beside 19 foreign fixture clusters it does not repeat.
LT_CLUSTERS = 53
FOREIGN_CLUSTERS = 140 - 5 + 19 + 5


class TestClusterDataset(TestCase):
    @classmethod
    def setUpTestData(cls):
        load()
        cls.data = fixture_data()

    def test_every_researched_cluster_is_present_published_and_sourced(self):
        assert Cluster.objects.filter(country="LT").count() == LT_CLUSTERS
        assert Cluster.objects.exclude(country="LT").count() == FOREIGN_CLUSTERS
        assert Cluster.objects.exclude(status="published").count() == 0
        for cluster in Cluster.objects.all():
            assert cluster.source_list, cluster.slug
            assert cluster.description_lt and cluster.description_en, cluster.slug

    def test_duplicates_the_sources_flag_are_one_record_with_the_other_names(self):
        food = Cluster.objects.get(slug="national-food-cluster")
        assert "LTFood" in food.other_name_list
        monak = Cluster.objects.get(slug="monak2")
        assert "Modern Housing Development Cluster" in monak.other_name_list
        assert not Cluster.objects.filter(name_en__icontains="Modern Housing").exists()
        assert not Cluster.objects.filter(name_en="LTFood").exists()

    def test_the_film_clusters_merged_into_baltic_film_and_creative_tech(self):
        target = Cluster.objects.get(slug="baltic-film-creative-tech-cluster")
        merged = Cluster.objects.filter(merged_into=target)

        assert set(merged.values_list("slug", flat=True)) == {
            "vilnius-film-cluster",
            "multimedia-cluster-nebula",
        }
        assert set(merged.values_list("life_status", flat=True)) == {LifeStatus.MERGED}
        assert target.life_status == LifeStatus.ACTIVE
        assert {c.slug for c in target.public_merged_from()} == set(
            merged.values_list("slug", flat=True)
        )

    def test_the_profiles_link_a_merger_both_ways(self):
        with translation.override("lt"):
            film = reverse("clusters:cluster-detail", kwargs={"slug": "vilnius-film-cluster"})
            target = reverse(
                "clusters:cluster-detail", kwargs={"slug": "baltic-film-creative-tech-cluster"}
            )
        page = self.client.get(film).content.decode()
        assert "Prijungtas prie" in page and f'href="{target}"' in page
        assert "Susijungęs su kitu klasteriu" in page
        assert "Naujausias viešas veiklos įrodymas" in page and "2020" in page
        page = self.client.get(target).content.decode()
        assert "Prie jo prisijungė" in page and f'href="{film}"' in page

    def test_a_profile_without_contacts_points_to_the_association(self):
        cluster = Cluster.objects.get(slug="prefablt")
        assert not (cluster.website or cluster.email or cluster.phone)
        with translation.override("lt"):
            url = cluster.get_absolute_url()
            klasterlt = Association.objects.get(slug="klasterlt").get_absolute_url()
        page = self.client.get(url).content.decode()
        assert "Kontaktų nežinome" in page
        assert f'href="{klasterlt}"' in page

    def test_a_profile_without_contacts_or_association_points_to_the_country(self):
        cluster = Cluster.objects.get(slug="railway-lt")
        assert not cluster.memberships.exists()
        with translation.override("lt"):
            page = self.client.get(cluster.get_absolute_url()).content.decode()
        assert "kreipkitės į nacionalinę klasterių asociaciją" in page
        assert 'href="/lt/countries/lt/"' in page

    def test_one_sector_finds_every_food_cluster(self):
        agrofood = Sector.objects.get(slug="agrofood")
        food = Sector.objects.get(slug="food-beverages")
        assert set(food.clusters.all()) <= set(agrofood.clusters.all())
        assert agrofood.clusters.count() >= 70
        for cluster in Cluster.objects.filter(name_en__icontains="food"):
            assert agrofood in cluster.sectors.all(), cluster.slug

    def test_labels_keep_the_years_the_sources_give_and_no_other(self):
        assert Label.objects.get(cluster__slug="litcare").awarded_year is None
        assert Label.objects.get(cluster__slug="prefablt").awarded_year is None
        ivita = Cluster.objects.get(slug="ivita-wellness-cluster")
        assert set(ivita.labels.values_list("awarded_year", flat=True)) == {2014, 2018}
        assert list(
            Label.objects.exclude(valid_until=None).values_list("cluster__slug", flat=True)
        ) == ["omnipack"]

    def test_memberships_come_from_the_data(self):
        klasterlt = Association.objects.get(slug="klasterlt")
        assert klasterlt.memberships.count() >= 9
        assert Association.objects.get(slug="clustero").memberships.count() >= 9

    def test_cities_and_coordinators_have_lithuanian_forms(self):
        assert Cluster.objects.get(slug="malopolski-klaster-graficzny").city_lt == "Krokuva"
        warsaw = Cluster.objects.get(slug="mazovia-cluster-ict")
        assert warsaw.city_lt.startswith("Varšuva") and warsaw.city_en.startswith("Warsaw")
        litek = Cluster.objects.get(slug="litek")
        assert litek.coordinator_lt.startswith("VšĮ Fizikos instituto")
        assert litek.coordinator_en.startswith("Science and Technology Park")

    def test_life_status_and_evidence_come_from_the_data(self):
        assert set(
            Cluster.objects.filter(life_status=LifeStatus.INACTIVE).values_list("slug", flat=True)
        ) == {"taurage-wood-furniture-cluster", "lithuanian-furniture-cluster"}
        assert Cluster.objects.filter(life_status=LifeStatus.ANNOUNCED).count() == 2
        assert Cluster.objects.get(slug="litek").last_evidence_year == 2023

"""Merge ``shared/data/lt-clusters.json`` and ``eu-clusters.json`` into the fixture's clusters.

Usage: ``python scripts/build_fixture_clusters.py [DATA_DIR]`` (default ``../shared/data``).
Rewrites ``fixtures/portal_data.json`` in place, touching only the "sectors", "clusters" and
"associations" sections (cluster memberships). Running it again gives the same file.

Records already in the fixture are extended, never duplicated; their hand-written
descriptions are kept. New records get descriptions composed here from their facts, in
Lithuanian and English; no sentence of a source is copied. What the sources leave unknown
or uncertain is said in the description, as the fixture's existing records do.
"""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import cluster_tables as t  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "fixtures" / "portal_data.json"

COUNTRY_GENITIVE = {
    "AT": "Austrijos",
    "BE": "Belgijos",
    "BG": "Bulgarijos",
    "CY": "Kipro",
    "CZ": "Čekijos",
    "DE": "Vokietijos",
    "DK": "Danijos",
    "EE": "Estijos",
    "ES": "Ispanijos",
    "FI": "Suomijos",
    "FR": "Prancūzijos",
    "GR": "Graikijos",
    "HR": "Kroatijos",
    "HU": "Vengrijos",
    "IT": "Italijos",
    "LT": "Lietuvos",
    "LV": "Latvijos",
    "NL": "Nyderlandų",
    "NO": "Norvegijos",
    "PL": "Lenkijos",
    "PT": "Portugalijos",
    "RO": "Rumunijos",
    "SE": "Švedijos",
    "SI": "Slovėnijos",
    "SK": "Slovakijos",
}
COUNTRY_EN = {
    "AT": "Austria",
    "BE": "Belgium",
    "BG": "Bulgaria",
    "CY": "Cyprus",
    "CZ": "Czechia",
    "DE": "Germany",
    "DK": "Denmark",
    "EE": "Estonia",
    "ES": "Spain",
    "FI": "Finland",
    "FR": "France",
    "GR": "Greece",
    "HR": "Croatia",
    "HU": "Hungary",
    "IT": "Italy",
    "LT": "Lithuania",
    "LV": "Latvia",
    "NL": "the Netherlands",
    "NO": "Norway",
    "PL": "Poland",
    "PT": "Portugal",
    "RO": "Romania",
    "SE": "Sweden",
    "SI": "Slovenia",
    "SK": "Slovakia",
}
LABEL_LT = {"bronze": "bronzos", "silver": "sidabro", "gold": "aukso"}
LABEL_EN = {"bronze": "Bronze", "silver": "Silver", "gold": "Gold"}
# Unknown facts named in a description: data field -> (Lithuanian, English).
UNKNOWN_WORDS = {
    "founded": ("įkūrimo metai", "founding year"),
    "coordinator": ("koordinuojanti organizacija", "coordinating organisation"),
    "members": ("narių skaičius", "member count"),
    "website": ("interneto svetainė", "website"),
    "city": ("miestas", "city"),
}
UNCERTAIN_WORDS = {
    "name": (
        "pavadinimas (atkurtas, šaltiniuose tiksliai nepateiktas)",
        "the name (reconstructed)",
    ),
    "city": ("miestas nustatytas iš pavadinimo", "the city is inferred from the name"),
    "name_en": ("angliškas pavadinimas neoficialus", "the English name is not official"),
    "esca_label": ("ESCA ženklas", "the ESCA label"),
    "esca_label_year": ("ženklo suteikimo metai", "the label's award year"),
}


def clean(value):
    return value.strip() if isinstance(value, str) and value.strip() else None


def first_name(text: str) -> str:
    return text.split(" / ")[0].strip()


def sector_names(slugs, sectors, language):
    names = []
    for slug in slugs:
        name = sectors[slug][language]
        first = name.split()[0]
        names.append(name if first.isupper() else name[0].lower() + name[1:])
    return ", ".join(names)


def shown_sectors(slugs):
    """``slugs`` without an umbrella that a narrower sector of the list already implies."""
    implied = {umbrella for slug in slugs for umbrella in t.UMBRELLAS.get(slug, [])}
    return [slug for slug in slugs if slug not in implied]


def with_umbrellas(slugs):
    """``slugs`` plus the umbrella of each narrower sector, in a stable order."""
    result = list(dict.fromkeys(slugs))
    for slug in list(result):
        for umbrella in t.UMBRELLAS.get(slug, []):
            if umbrella not in result:
                result.append(umbrella)
    return result


def member_phrase(count, note):
    """(lt, en) for a member count, keeping a bound the source states ("more than 400")."""
    note = (note or "").lower()
    if note.startswith(("more than", "over")) or note.startswith(">"):
        return f"daugiau kaip {count}", f"more than {count}"
    if note.startswith(("about", "approximately", "c.", "~")):
        return f"apie {count}", f"about {count}"
    return str(count), str(count)


def is_bound(note):
    note = (note or "").lower()
    return note.startswith(("more than", "over", ">", "about", "approximately", "c.", "~"))


def describe(rec, *, country, sectors, slugs, coordinator, label, unverified, merged_name=None):
    """Compose (lt, en) description sentences from the record's facts."""
    lt, en = [], []
    gen = COUNTRY_GENITIVE[country]
    if slugs:
        lt.append(
            f"{gen} klasteris, veikiantis šiose srityse: {sector_names(slugs, sectors, 'lt')}."
        )
        en.append(
            f"Cluster in {COUNTRY_EN[country]} working in: {sector_names(slugs, sectors, 'en')}."
        )
    else:
        lt.append(f"{gen} klasteris; jo veiklos sričių šaltiniai nenurodo.")
        en.append(f"Cluster in {COUNTRY_EN[country]}; the sources do not give its fields.")
    founded = rec.get("founded")
    if founded:
        lt.append(f"Įkurtas {founded} m.")
        en.append(f"Founded in {founded}.")
    if coordinator:
        lt.append(f"Koordinuojanti organizacija – {coordinator[0]}.")
        en.append(f"Coordinated by {coordinator[1]}.")
    members = rec.get("members")
    if members:
        count_lt, count_en = member_phrase(members, rec.get("members_note"))
        year = rec.get("members_year")
        lt.append(
            f"Narių skaičius: {count_lt} ({year} m. duomenimis)."
            if year
            else f"Narių skaičius: {count_lt} (šaltinis metų nenurodo)."
        )
        en.append(
            f"Members: {count_en} (as of {year})."
            if year
            else f"Members: {count_en} (the source gives no year)."
        )
    if label:
        level, year = label
        if year:
            lt.append(f"{year} m. pelnė ESCA {LABEL_LT[level]} ženklą.")
            en.append(f"Awarded the ESCA {LABEL_EN[level]} label in {year}.")
        else:
            lt.append(f"Turi ESCA {LABEL_LT[level]} ženklą (suteikimo metų šaltiniai nenurodo).")
            en.append(f"Holds an ESCA {LABEL_EN[level]} label (the sources give no year).")
        until = rec.get("esca_valid_until")
        if until and len(until) == 4:
            lt.append(f"Šaltinio duomenimis, ženklas galiojo iki {until} m.")
            en.append(f"According to the source, the label was valid until {until}.")
    projects = [p for p in rec.get("projects") or [] if p]
    if projects:
        lt.append(f"Šaltiniuose minimi jo projektai: {len(projects)} (žr. šaltinius).")
        en.append(f"The sources name {len(projects)} of its projects.")
    status = rec.get("status")
    year = rec.get("last_evidence_year")
    if status == "merged" and merged_name:
        lt.append(f"Susijungė su kitais ir tapo klasterio „{merged_name[0]}“ dalimi.")
        en.append(f"It merged into the {merged_name[1]}.")
    elif status == "inactive":
        lt.append(f"{year} m. šaltiniai nurodė, kad klasteris nebeveikia.")
        en.append(f"Sources of {year} reported that the cluster no longer operated.")
    elif status == "announced":
        lt.append("Apie jo kūrimą buvo paskelbta, tačiau šaltiniai nepatvirtina, kad jis įkurtas.")
        en.append("Its creation was announced, but no source confirms that it was founded.")
    if not rec.get("verified", True) and country != "LT":
        lt.append(
            "Šaltiniai aiškiai nenurodo, kad tai klasterio organizacija, arba nenurodo jos šalies."
        )
        en.append(
            "The sources do not state outright that it is a cluster organisation or its country."
        )
    unknown = [
        words
        for field, words in UNKNOWN_WORDS.items()
        if field in unverified and not rec.get(field)
    ]
    uncertain = [
        words for field, words in UNCERTAIN_WORDS.items() if field in unverified and rec.get(field)
    ]
    if unknown:
        lt.append("Šaltiniuose nerasta: " + ", ".join(w[0] for w in unknown) + ".")
        en.append("Not found in the sources: " + ", ".join(w[1] for w in unknown) + ".")
    if uncertain:
        lt.append("Nepatvirtinta: " + ", ".join(w[0] for w in uncertain) + ".")
        en.append("Uncertain: " + ", ".join(w[1] for w in uncertain) + ".")
    return {"lt": " ".join(lt), "en": " ".join(en)}


def sources_of(rec):
    return list(dict.fromkeys([*(rec.get("source") or []), *(rec.get("source_refs") or [])]))


def merge_sources(old, new):
    merged = [t.SOURCE_REPLACEMENTS.get(source, source) for source in [*(old or []), *new]]
    return list(dict.fromkeys(merged))


def life_fields(rec, slug_of):
    fields = {"life_status": rec.get("status") or "active"}
    if rec.get("last_evidence_year"):
        fields["last_evidence_year"] = rec["last_evidence_year"]
    if rec.get("merged_into"):
        fields["merged_into"] = slug_of[rec["merged_into"]]
    return fields


def figures(rec, existing):
    """Member counts for the record, unless the fixture already holds some."""
    keys = ("members_sme", "members_large", "members_research", "members_other")
    if any(existing.get(key) is not None for key in keys):
        return {}
    members = rec.get("members")
    if not members or is_bound(rec.get("members_note")):
        return {}
    result = {"members_other": members}
    if rec.get("members_year"):
        result["figures_year"] = rec["members_year"]
    source = (rec.get("source") or [None])[0]
    if source:
        result["figures_source"] = source
    return result


def label_list(levels_years_sources):
    labels = []
    for level, year, source, valid_until in levels_years_sources:
        label = {"level": level.lower(), "awarded_year": year}
        # A date only: a year alone ("valid until 2020") is said in the description.
        if valid_until and len(valid_until) == 10:
            label["valid_until"] = valid_until
        if source:
            label["source"] = source[:300]
        labels.append(label)
    return labels


def ordered(record):
    """Keys in a fixed order so that the file stays readable and diffs stay small."""
    order = [
        "slug",
        "name",
        "country",
        "acronym",
        "city",
        "region",
        "founded_year",
        "coordinator",
        "website",
        "email",
        "eccp_url",
        "members_sme",
        "members_large",
        "members_research",
        "members_other",
        "figures_year",
        "figures_source",
        "sectors",
        "labels",
        "life_status",
        "last_evidence_year",
        "merged_into",
        "other_names",
        "description",
        "offers",
        "seeks",
        "sources",
    ]
    rest = [key for key in record if key not in order]
    return {key: record[key] for key in [*order, *rest] if key in record}


def build(data_dir: Path) -> None:
    fixture = json.loads(FIXTURE.read_text(encoding="utf-8"))
    lt_data = json.loads((data_dir / "lt-clusters.json").read_text(encoding="utf-8"))["clusters"]
    eu_data = json.loads((data_dir / "eu-clusters.json").read_text(encoding="utf-8"))["clusters"]

    # Sectors: add the new ones, rename the umbrellas.
    sector_list = fixture["sectors"]
    known = {s["slug"] for s in sector_list}
    for slug, lt, en in t.NEW_SECTORS:
        if slug not in known:
            sector_list.append({"slug": slug, "name": {"lt": lt, "en": en}})
    for sector in sector_list:
        if sector["slug"] in t.SECTOR_RENAMES:
            lt, en = t.SECTOR_RENAMES[sector["slug"]]
            sector["name"] = {"lt": lt, "en": en}
    sectors = {s["slug"]: s["name"] for s in sector_list}

    clusters = {c["slug"]: c for c in fixture["clusters"]}
    # City and coordinator are translated: every record gives both languages.
    for record in clusters.values():
        if isinstance(record.get("city"), str):
            record["city"] = dict(
                zip(("lt", "en"), t.CITIES.get(record["city"], (record["city"],) * 2), strict=True)
            )
        if isinstance(record.get("coordinator"), str):
            pair = t.FIXTURE_COORDINATORS.get(record["coordinator"], (record["coordinator"],) * 2)
            record["coordinator"] = {"lt": pair[0], "en": pair[1]}

    slug_of = dict(t.LT_SLUGS)
    for rec in eu_data:
        slug_of[rec["id"]] = rec["fixture_slug"] or rec["id"].split("-", 1)[1]
    names_lt = {}
    for rec in lt_data:
        names_lt[rec["id"]] = (
            clean(rec["name_lt"])
            or clusters.get(slug_of[rec["id"]], {}).get("name", {}).get("lt")
            or t.LT_NAME_EN_MAIN.get(rec["id"])
            or first_name(rec["name_en"]),
            t.LT_NAME_EN_MAIN.get(rec["id"])
            or t.LT_NAME_EN.get(rec["id"])
            or first_name(rec["name_en"]),
        )

    memberships: dict[str, list[dict]] = {}

    for rec in lt_data:
        slug = slug_of[rec["id"]]
        record = clusters.setdefault(slug, {"slug": slug})
        new = rec["existing_id"] is None
        name_lt, name_en = names_lt[rec["id"]]
        if new or not record.get("name"):
            record["name"] = {"lt": name_lt, "en": name_en}
        else:
            # Lithuanian names where the sources give them.
            if clean(rec["name_lt"]):
                record["name"]["lt"] = clean(rec["name_lt"])
            if rec["id"] in t.LT_NAME_EN_MAIN:
                record["name"]["en"] = t.LT_NAME_EN_MAIN[rec["id"]]
        record["country"] = "LT"
        if rec.get("acronym") and not record.get("acronym"):
            record["acronym"] = rec["acronym"]
        if rec.get("city"):
            pair = t.CITIES[rec["city"]]
            record["city"] = {"lt": pair[0], "en": pair[1]}
        if rec.get("founded") and not record.get("founded_year"):
            record["founded_year"] = rec["founded"]
        coordinator = t.LT_COORDINATORS.get(rec["id"])
        if coordinator:
            record["coordinator"] = {"lt": coordinator[0], "en": coordinator[1]}
        if rec.get("website"):
            record["website"] = rec["website"]
        if rec.get("org_email"):
            record["email"] = rec["org_email"]
        record.update(figures(rec, record))
        slugs = with_umbrellas([*record.get("sectors", []), *t.LT_SECTORS[rec["id"]]])
        if slugs:
            record["sectors"] = slugs
        labels = [
            (lab["level"], lab.get("year"), (lab.get("source") or [None])[0], None)
            for lab in rec.get("labels") or []
        ]
        if labels:
            record["labels"] = label_list(labels)
        else:
            record.pop("labels", None)
        record.update(life_fields(rec, slug_of))
        others = []
        for text in (rec.get("name_en") or "").split(" / ") + (rec.get("name_lt") or "").split(
            " / "
        ):
            text = text.strip()
            if text and text not in (record["name"]["lt"], record["name"]["en"]):
                others.append(text)
        others += t.LT_OTHER_NAMES.get(rec["id"], [])
        others = [o for o in dict.fromkeys(others) if o not in record["name"].values()]
        if others:
            record["other_names"] = "\n".join(others)
        if rec["id"] in t.LT_DESCRIPTIONS:
            lt, en = t.LT_DESCRIPTIONS[rec["id"]]
            record["description"] = {"lt": lt, "en": en}
        elif not record.get("description"):
            top = max(
                (lab for lab in rec.get("labels") or []),
                key=lambda lab: lab.get("year") or 0,
                default=None,
            )
            unverified = set(rec.get("unverified_fields") or [])
            merged = names_lt.get(rec.get("merged_into")) if rec.get("merged_into") else None
            description = describe(
                rec,
                country="LT",
                sectors=sectors,
                slugs=shown_sectors(slugs),
                coordinator=coordinator,
                label=(top["level"].lower(), top.get("year")) if top else None,
                unverified=unverified,
                merged_name=merged,
            )
            if "name_lt" in unverified or not clean(rec["name_lt"]):
                description["lt"] += " Lietuviško pavadinimo šaltiniai nepateikia."
                description["en"] += " The sources give no Lithuanian name."
            record["description"] = description
        for field, table in (("offers", t.LT_OFFERS), ("seeks", t.LT_SEEKS)):
            if rec["id"] in table and rec.get("status") in ("active", "merged"):
                lt_lines, en_lines = table[rec["id"]]
                record[field] = {"lt": "\n".join(lt_lines), "en": "\n".join(en_lines)}
        record["sources"] = merge_sources(record.get("sources"), sources_of(rec))
        for network in rec.get("networks") or []:
            association = t.LT_NETWORKS.get(network)
            if association:
                founding = "founding initiative" in network
                memberships.setdefault(association, []).append(
                    {
                        "cluster": slug,
                        "founding_member": founding,
                        "source": KLASTERLT_SOURCE
                        if association == "klasterlt"
                        else sources_of(rec)[0],
                    }
                )

    for rec in eu_data:
        slug = slug_of[rec["id"]]
        existing = rec["fixture_slug"] is not None
        record = clusters.setdefault(slug, {"slug": slug})
        native = rec["name"]
        english = first_name(rec["name_en"] or rec["name"])
        if not existing:
            # Lithuanian pages show a name in Latin script: the English one stands in for a
            # Cyrillic or Greek one, which stays among the other names.
            latin = not any("\u0370" <= ch <= "\u04ff" for ch in native)
            record["name"] = {"lt": native if latin else english, "en": english}
        record["country"] = rec["country"]
        if rec.get("acronym") and not record.get("acronym"):
            record["acronym"] = rec["acronym"]
        if rec.get("city"):
            pair = t.CITIES[rec["city"]]
            record["city"] = {"lt": pair[0], "en": pair[1]}
        if rec.get("founded") and not record.get("founded_year"):
            record["founded_year"] = rec["founded"]
        coordinator = (
            t.EU_COORDINATORS.get(rec.get("coordinator")) if rec.get("coordinator") else None
        )
        if rec.get("coordinator") and coordinator is None:
            raise SystemExit(f"no coordinator translation for {rec['id']}: {rec['coordinator']}")
        if coordinator:
            record["coordinator"] = {"lt": coordinator[0], "en": coordinator[1]}
        if rec.get("website"):
            record["website"] = rec["website"]
        if rec.get("org_email"):
            record["email"] = rec["org_email"]
        if rec.get("eccp_url"):
            record["eccp_url"] = rec["eccp_url"]
        record.update(figures(rec, record))
        own = t.EU_SECTOR_FIXES.get(rec["id"], rec.get("sector_slugs") or [])
        slugs = with_umbrellas([*record.get("sectors", []), *own])
        if slugs:
            record["sectors"] = slugs
        label = None
        if rec.get("esca_label"):
            label = (rec["esca_label"].lower(), rec.get("esca_label_year"))
            record["labels"] = label_list(
                [
                    (
                        label[0],
                        label[1],
                        (rec.get("source") or [None])[0],
                        rec.get("esca_valid_until"),
                    )
                ]
            )
        record.update(life_fields(rec, slug_of))
        others = [native, *(rec["name_en"] or "").split(" / ")]
        others = [
            n.strip() for n in others if n.strip() and n.strip() not in record["name"].values()
        ]
        if others:
            record["other_names"] = "\n".join(dict.fromkeys(others))
        if not rec["fixture_slug"] or not record.get("description"):
            record["description"] = describe(
                rec,
                country=rec["country"],
                sectors=sectors,
                slugs=shown_sectors(slugs),
                coordinator=coordinator,
                label=label,
                unverified=set(rec.get("unverified_fields") or []),
            )
        for field, table in (("offers", t.EU_OFFERS), ("seeks", t.EU_SEEKS)):
            if rec["id"] in table:
                lt_lines, en_lines = table[rec["id"]]
                record[field] = {"lt": "\n".join(lt_lines), "en": "\n".join(en_lines)}
        record["sources"] = merge_sources(record.get("sources"), sources_of(rec))
        for association_name in rec.get("associations") or []:
            association = t.EU_ASSOCIATIONS.get(association_name)
            if association:
                memberships.setdefault(association, []).append(
                    {"cluster": slug, "founding_member": False, "source": sources_of(rec)[0]}
                )

    for record in clusters.values():
        if record.get("sectors"):
            record["sectors"] = with_umbrellas(record["sectors"])
    for slug, description in t.DESCRIPTION_FIXES.items():
        clusters[slug]["description"] = description
    fixture["clusters"] = [ordered(record) for record in clusters.values()]

    for association in fixture["associations"]:
        members = association.setdefault("members", [])
        present = {m["cluster"] for m in members}
        for member in memberships.get(association["slug"], []):
            if member["cluster"] not in present:
                members.append(member)
                present.add(member["cluster"])
        if not members:
            association.pop("members")

    note = (
        ' A cluster\'s "merged_into" names the slug of the cluster it merged into; its'
        ' "other_names" holds one name per line. Where a record leaves a fact unknown or'
        " uncertain, its description says so."
    )
    if "merged_into" not in fixture["meta"]["format"]:
        fixture["meta"]["format"] += note
    FIXTURE.write_text(json.dumps(fixture, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


KLASTERLT_SOURCE = t.KLASTERLT_FOUNDING_SOURCE

if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "data")
